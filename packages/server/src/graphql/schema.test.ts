import fs from 'node:fs';
import path from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isUnionType, type GraphQLSchema } from 'graphql';
import { schemaSdl } from './print-schema';
import { coopgraphSchema } from './schema';

/** Every type, field, argument and enum value of ours that lacks a description. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const need = (what: string, description: string | null | undefined) => {
    if (!description || description.trim().length < 3) missing.push(what);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    // Introspection and Apollo Federation's own machinery are documented by their specifications.
    if (type.name.startsWith('_') || type.name.startsWith('link__') || type.name.startsWith('federation__')) continue;
    if (isScalarType(type) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
    need(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.name.startsWith('_')) continue;
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) need(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) need(`${type.name}.${value.name}`, value.description);
    } else if (isUnionType(type)) {
      // described above
    }
  }
  return missing;
}

describe('the published schema', () => {
  test('documents every type, field, argument and enum value', async () => {
    expect(undocumented(await coopgraphSchema())).toEqual([]);
  });

  test('schema.graphql is committed and current (run `pnpm schema` after changing the API)', async () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await schemaSdl());
  });

  test('every node type implements Node and has a root field or is reachable through node(id)', async () => {
    const schema = await coopgraphSchema();
    const node = schema.getType('Node');
    expect(node && isInterfaceType(node)).toBe(true);
    const implementations = schema.getPossibleTypes(node as never).map((t) => t.name).sort();
    expect(implementations).toEqual(
      ['Affiliation', 'Agency', 'AgencyLineage', 'Agreement', 'AgreementParty', 'Assignment', 'Availability', 'Citation', 'Country', 'Domain', 'Expert', 'Mission', 'PartnerDesignation', 'Person', 'Source'].sort(),
    );
    const query = schema.getQueryType()!.getFields();
    for (const root of ['node', 'nodes', 'agencies', 'agreements', 'domains', 'experts', 'missions', 'countries', 'people', 'sources']) {
      expect(query[root]).toBeDefined();
    }
  });
});
