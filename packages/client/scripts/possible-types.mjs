// Writes src/gql/possible-types.json from the server's schema: Apollo's cache needs to
// know which types implement `Node` to match fragments written on the interface.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildSchema, isInterfaceType, isUnionType } from 'graphql';

const schema = buildSchema(readFileSync(new URL('../../server/schema.graphql', import.meta.url), 'utf8'), { assumeValidSDL: true });
const possibleTypes = {};
for (const type of Object.values(schema.getTypeMap())) {
  if (type.name.startsWith('__')) continue;
  if (isInterfaceType(type) || isUnionType(type)) {
    possibleTypes[type.name] = schema.getPossibleTypes(type).map((t) => t.name).sort();
  }
}
writeFileSync(new URL('../src/gql/possible-types.json', import.meta.url), `${JSON.stringify(possibleTypes, null, 2)}\n`);
