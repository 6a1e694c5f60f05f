import fs from 'node:fs';
import path from 'node:path';
import { schemaSdl } from './print-schema';
import { compareSchemas } from './schema-diff';

const BASE = `
"""A thing."""
type Thing { """Its name.""" name: String!  """Its size.""" size: Int }
"""Entry."""
type Query { """Things.""" things: [Thing!]! }
`;

describe('the breaking-change check', () => {
  test('flags a removed field and a narrowed type, not an addition or a deprecation', async () => {
    const added = BASE.replace('size: Int }', 'size: Int """New.""" colour: String }');
    expect((await compareSchemas(BASE, added)).breaking).toEqual([]);
    const deprecated = BASE.replace('size: Int }', 'size: Int @deprecated(reason: "Use weight.") }');
    expect((await compareSchemas(BASE, deprecated)).breaking).toEqual([]);
    const removed = BASE.replace('"""Its size.""" size: Int ', '');
    expect((await compareSchemas(BASE, removed)).breaking).toEqual(["Field 'size' was removed from object type 'Thing'"]);
    const retyped = BASE.replace('size: Int', 'size: String');
    expect((await compareSchemas(BASE, retyped)).breaking).toHaveLength(1);
  });

  test('the current schema has no breaking change against the released baseline', async () => {
    const baseline = fs.readFileSync(path.join(__dirname, '..', '..', 'schema.baseline.graphql'), 'utf8');
    const report = await compareSchemas(baseline, await schemaSdl());
    expect(report.breaking).toEqual([]);
  });
});
