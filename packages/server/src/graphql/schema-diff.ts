import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface SchemaReport {
  breaking: string[];
  dangerous: string[];
  safe: string[];
}

// Federation's own directives are declared by the router; the SDL only links them.
const FEDERATION_PRELUDE = `
scalar link__Import
scalar federation__FieldSet
enum link__Purpose { SECURITY EXECUTION }
directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA
directive @key(fields: federation__FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
`;

function load(sdl: string) {
  return buildSchema(`${FEDERATION_PRELUDE}\n${sdl}`, { assumeValidSDL: true });
}

/** Compares two versions of the published SDL, the way a client of the schema would feel it. */
export async function compareSchemas(before: string, after: string): Promise<SchemaReport> {
  const changes: Change[] = await diff(load(before), load(after));
  const pick = (level: CriticalityLevel) => changes.filter((c) => c.criticality.level === level).map((c) => c.message);
  return { breaking: pick(CriticalityLevel.Breaking), dangerous: pick(CriticalityLevel.Dangerous), safe: pick(CriticalityLevel.NonBreaking) };
}
