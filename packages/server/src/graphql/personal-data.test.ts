import fs from 'node:fs';
import path from 'node:path';
import { isInterfaceType, isObjectType, parse, type GraphQLField } from 'graphql';
import { seedRecords } from '../seed/press-release';
import { databaseKinds, startTestServer, type TestServer } from '../test/harness';
import { isConnectionOf, randomQuery } from '../test/random-query';
import { isGuarded, isPersonalDataField, redactPersonalData } from './personal-data';
import { coopgraphSchema } from './schema';

/** The seed's e-mail addresses and phone numbers: if an analyst ever sees one, a route leaks. */
const CANARIES: string[] = seedRecords
  .filter((r) => r.table === 'person')
  .flatMap((r) => [r.row.email as string | undefined, ...((r.row.phones as string[] | undefined) ?? [])])
  .filter((v): v is string => typeof v === 'string' && v.length > 0);

/** Field names that would hold personal data: they must be marked. */
const LOOKS_PERSONAL = /e-?mail|phone|mobile|fax|birth|address$|street|postcode|passport|national.?number|gender/i;

async function markedFields() {
  const schema = await coopgraphSchema();
  const marked: Array<{ type: string; field: GraphQLField<unknown, unknown>; guarded: boolean }> = [];
  const unmarked: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (!isObjectType(type) && !isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>) {
      if (isPersonalDataField(field)) marked.push({ type: type.name, field, guarded: isGuarded(field) });
      else if (LOOKS_PERSONAL.test(field.name)) unmarked.push(`${type.name}.${field.name}`);
    }
  }
  return { schema, marked, unmarked };
}

/** Every GraphQL document written in the test files: the suite's own queries, replayed as an analyst. */
function suiteQueries(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.test.ts')) {
        const text = fs.readFileSync(full, 'utf8');
        for (const match of text.matchAll(/(['`])((?:query|mutation|\{)[\s\S]*?)\1/g)) {
          const candidate = match[2].replace(/\$\{[^}]*\}/g, '1').replace(/\\"/g, '"');
          try {
            const doc = parse(candidate);
            if (doc.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'query')) found.add(candidate);
          } catch {
            // not GraphQL
          }
        }
      }
    }
  };
  walk(path.join(__dirname, '..'));
  return [...found];
}

describe('personal data in the schema', () => {
  test('every marked field is guarded, and no field that looks personal is unmarked', async () => {
    const { marked, unmarked } = await markedFields();
    expect(marked.map((m) => `${m.type}.${m.field.name}`).sort()).toEqual(expect.arrayContaining(['Person.email', 'Person.phones']));
    expect(marked.filter((m) => !m.guarded).map((m) => `${m.type}.${m.field.name}`)).toEqual([]);
    expect(unmarked).toEqual([]);
  });

  test('stored values (history, exports) are redacted for roles without the right', async () => {
    await coopgraphSchema();
    const stored = { given_name: 'Jacques', email: 'jacques.druart@p-o.belgium.be', phones: ['+32 479 85 72 09'] };
    const analyst = { actor: { id: 'token:x', kind: 'token' as const, role: 'analyst' as const, name: 'x' } };
    const coordinator = { actor: { ...analyst.actor, role: 'coordinator' as const } };
    expect(redactPersonalData(analyst, 'Person', stored)).toEqual({ given_name: 'Jacques', email: null, phones: null });
    expect(redactPersonalData(coordinator, 'Person', stored)).toEqual(stored);
    expect(redactPersonalData(analyst, 'Agency', { name: 'BOSA' })).toEqual({ name: 'BOSA' });
  });

  test('the seed has canaries to look for', () => {
    expect(CANARIES).toEqual(expect.arrayContaining(['jacques.druart@p-o.belgium.be', '+32 479 85 72 09']));
  });
});

describe.each(databaseKinds())('personal data over HTTP (%s database)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
    // The seed has people but no experts yet: make one seeded person an expert on a mission,
    // so that the expert and assignment routes reach a person with a canary.
    await server.app.db.dataSource.transaction(async (m) => {
      const experts: Array<{ id: string }> = await m.query(
        `INSERT INTO expert (person_id, employer_id, languages)
         SELECT p.id, a.agency_id, '{fr,nl}' FROM person p JOIN affiliation a ON a.person_id = p.id
          WHERE p.email = 'jacques.druart@p-o.belgium.be' LIMIT 1 RETURNING id`,
      );
      await m.query(
        `UPDATE agreement_party SET signatory_id = (SELECT id FROM person WHERE email = 'jeanine.simbizi@btcctb.org')
          WHERE id = (SELECT id FROM agreement_party WHERE signatory_id IS NULL ORDER BY id LIMIT 1)`,
      );
      await m.query(`INSERT INTO assignment (mission_id, expert_id, role, days) SELECT id, $1, 'lead', 5 FROM mission ORDER BY reference LIMIT 1`, [experts[0].id]);
    });
  });
  afterAll(() => server?.close());

  test('each marked field, reached through node(id), is null with FORBIDDEN for an analyst and readable by a coordinator', async () => {
    const { schema, marked } = await markedFields();
    for (const { type, field } of marked) {
      if (!isObjectType(schema.getType(type))) continue;
      const root = isConnectionOf(schema, type);
      expect(root).toBeDefined();
      const ids = await server.as('admin').data(`{ list: ${root}(first: 100) { nodes { id } } }`);
      expect(ids.list.nodes.length).toBeGreaterThan(0);
      const query = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on ${type} { id value: ${field.name} } } }`;
      const analyst = await server.as('analyst').gql(query, { ids: ids.list.nodes.map((n: any) => n.id) });
      expect(analyst.body.data?.nodes.every((n: any) => n.value === null)).toBe(true);
      expect(analyst.body.errors?.length).toBe(ids.list.nodes.length);
      expect(new Set(analyst.body.errors!.map((e) => e.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
      const coordinator = await server.as('coordinator').data(query, { ids: ids.list.nodes.map((n: any) => n.id) });
      expect(coordinator.nodes.some((n: any) => n.value !== null && (!Array.isArray(n.value) || n.value.length > 0))).toBe(true);
    }
  });

  test('no route around the guard: every relation that reaches a person, fragments and aliases', async () => {
    const routes = [
      '{ people(first: 100) { nodes { email phones } edges { node { e: email } } } }',
      '{ experts(first: 100) { nodes { person { email phones } } } }',
      '{ agencies(first: 100) { nodes { experts(first: 10) { nodes { person { email } } } affiliations(first: 10) { nodes { person { email phones } } } } } }',
      '{ agreements(first: 100) { nodes { parties { signatory { email phones } } } } }',
      '{ missions(first: 100) { nodes { assignments { expert { person { email phones } } } experts { person { phones } } } } }',
      'fragment P on Person { email phones } { people(first: 100) { nodes { ...P ... on Node { ... on Person { x: email } } } } }',
    ];
    const { people } = await server.as('admin').data('{ people(first: 100) { nodes { id } } }');
    routes.push(`{ ${people.nodes.map((p: any, i: number) => `p${i}: node(id: "${p.id}") { ... on Person { email phones } }`).slice(0, 25).join(' ')} }`);
    let leaked = 0;
    for (const query of routes) {
      const response = await server.as('analyst').gql(query);
      const text = JSON.stringify(response.body);
      for (const canary of CANARIES) if (text.includes(canary)) leaked += 1;
      if (response.status === 200 && !response.body.errors) {
        // A route that cannot reach personal data would make this test meaningless.
        throw new Error(`No FORBIDDEN error for ${query}: ${text.slice(0, 300)}`);
      }
    }
    expect(leaked).toBe(0);
    // The same routes do reach the canaries for a coordinator, so the check above can fail.
    const coordinator = JSON.stringify((await server.as('coordinator').gql(routes[0])).body);
    expect(CANARIES.some((c) => coordinator.includes(c))).toBe(true);
  });

  test('every query of the suite, and 300 generated ones, sent as an analyst, contain no canary', async () => {
    const schema = await coopgraphSchema();
    const queries = suiteQueries();
    expect(queries.length).toBeGreaterThan(20);
    const { people, agencies, agreements } = await server.as('admin').data('{ people(first: 100) { nodes { id } } agencies(first: 100) { nodes { id } } agreements(first: 100) { nodes { id } } }');
    const ids = [...people.nodes, ...agencies.nodes, ...agreements.nodes].map((n: any) => n.id);
    for (let seed = 1; seed <= 300; seed += 1) queries.push(randomQuery(schema, seed, { ids }));
    const leaks: string[] = [];
    let personalErrors = 0;
    for (const query of queries) {
      const response = await server.as('analyst').gql(query, { first: 5, n: 5, id: ids[0], ids: ids.slice(0, 10), reference: 'BOSA-BTC-2017' });
      expect(response.status).toBeLessThan(500);
      const text = JSON.stringify(response.body);
      for (const canary of CANARIES) if (text.includes(canary)) leaks.push(`${canary} in ${query.slice(0, 200)}`);
      personalErrors += (response.body.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').length;
    }
    expect(leaks).toEqual([]);
    expect(personalErrors).toBeGreaterThan(0);
  });
});
