import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { seedRecords } from '../seed/press-release';
import { databaseKinds, startTestServer, type TestCaller, type TestServer } from '../test/harness';
import { NASTY_STRINGS, randomQuery } from '../test/random-query';
import { coopgraphSchema } from './schema';

const CANARIES: string[] = seedRecords
  .filter((r) => r.table === 'person')
  .flatMap((r) => [r.row.email as string | undefined, ...((r.row.phones as string[] | undefined) ?? [])])
  .filter((v): v is string => typeof v === 'string' && v.length > 0);

/** What must never appear in an answer: internals of the server or of the database. */
const UNMASKED = /stacktrace|QueryFailedError|TypeORM|EntityManager|syntax error at or near|relation "|column "|node_modules|\.ts:\d+|\.js:\d+|duplicate key|invalid byte sequence/;

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

interface Tally {
  queries: number;
  variables: number;
  bodies: number;
  injections: number;
}

/** The invariants of every answer: no 5xx, JSON, no internal error, nothing unmasked, no personal data for an analyst. */
function check(status: number, text: string, caller: TestCaller, what: string): void {
  const where = `${what.slice(0, 300)} -> ${status} ${text.slice(0, 500)}`;
  if (status >= 500) throw new Error(`5xx for ${where}`);
  // Node's HTTP parser answers an over-long URL or header itself, with an empty body.
  if (status === 431 || status === 414) return;
  let body: { errors?: Array<{ extensions?: { code?: string } }> };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`Not JSON for ${where}`);
  }
  if (body.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) throw new Error(`Internal error for ${where}`);
  if (UNMASKED.test(text)) throw new Error(`Unmasked internals for ${where}`);
  if (caller === 'analyst' || caller === 'anonymous') {
    for (const canary of CANARIES) if (text.includes(canary)) throw new Error(`Personal data (${canary}) for ${caller}: ${where}`);
  }
}

describe.each(databaseKinds())('fuzzing over HTTP (%s database)', (kind) => {
  let server: TestServer;
  let ids: string[] = [];
  const tally: Tally = { queries: 0, variables: 0, bodies: 0, injections: 0 };

  const send = async (caller: TestCaller, body: string, init: { method?: string; contentType?: string; search?: string } = {}) => {
    const headers: Record<string, string> = { accept: 'application/graphql-response+json, application/json' };
    if (init.contentType) headers['content-type'] = init.contentType;
    if (caller !== 'anonymous') headers.authorization = server.tokens[caller];
    const response = await fetch(`${server.url}/graphql${init.search ?? ''}`, {
      method: init.method ?? 'POST',
      headers,
      body: init.method === 'GET' ? undefined : body,
    });
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    const data = await server.as('admin').data('{ people(first: 100) { nodes { id } } agencies(first: 100) { nodes { id } } missions(first: 100) { nodes { id } } }');
    ids = [...data.people.nodes, ...data.agencies.nodes, ...data.missions.nodes].map((n: { id: string }) => n.id);
    ids.push('QWdlbmN5OjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA', 'not-an-id');
  });
  afterAll(async () => {
    await server?.close();
    fs.mkdirSync(path.join(__dirname, '..', '..', '.reports'), { recursive: true });
    fs.writeFileSync(path.join(__dirname, '..', '..', '.reports', `fuzz-${kind}.json`), `${JSON.stringify(tally)}\n`);
  });

  test('random valid queries generated from the schema, as each role', async () => {
    const schema = await coopgraphSchema();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.constantFrom<TestCaller>('analyst', 'analyst', 'coordinator', 'admin'), async (seed, caller) => {
        const query = randomQuery(schema, seed, { ids });
        const { status, text } = await send(caller, JSON.stringify({ query }), { contentType: 'application/json' });
        tally.queries += 1;
        check(status, text, caller, query);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  test('random variables', async () => {
    const operations = [
      'query($id: ID!) { node(id: $id) { id ... on Person { name email phones } } }',
      'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Person { email } } }',
      'query($first: Int, $after: String, $last: Int, $before: String) { people(first: $first, after: $after, last: $last, before: $before) { totalCount nodes { name email } pageInfo { endCursor } } }',
      'query($reference: String!) { agreement(reference: $reference) { title parties { signatory { email } } } }',
      'query($reference: String!) { mission(reference: $reference) { title } }',
      'query($key: String!) { source(key: $key) { title } domain(key: $key) { label } }',
      'query($code: String!) { country(code: $code) { name } }',
      'query($lang: Language, $asOf: Date) { agencies(first: 3) { nodes { name(lang: $lang, asOf: $asOf) } } }',
    ];
    const text = fc.oneof(fc.constantFrom(...NASTY_STRINGS), fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(...ids));
    const value: fc.Arbitrary<unknown> = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 150 }), fc.jsonValue({ maxDepth: 4 }));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...operations),
        fc.dictionary(fc.constantFrom('id', 'ids', 'first', 'after', 'last', 'before', 'reference', 'key', 'code', 'lang', 'asOf', 'extra'), value),
        fc.constantFrom<TestCaller>('analyst', 'coordinator'),
        async (query, variables, caller) => {
          const { status, text: body } = await send(caller, JSON.stringify({ query, variables }), { contentType: 'application/json' });
          tally.variables += 1;
          check(status, body, caller, `${query} ${JSON.stringify(variables)}`);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  test('malformed bodies, content types and methods', async () => {
    const body = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.jsonValue({ maxDepth: 5 }).map((v) => JSON.stringify(v)),
      fc.record({ query: fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue({ maxDepth: 2 })), variables: fc.jsonValue({ maxDepth: 3 }), operationName: fc.oneof(fc.string(), fc.jsonValue({ maxDepth: 1 })) }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
      fc.constantFrom('{"query": "{ viewer { name } }"', '[', '{"query": "{"}', '{"query": "query { __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}', `{"query": "${'{'.repeat(5000)}"}`, `${'['.repeat(10000)}${']'.repeat(10000)}`),
    );
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/graphql', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined),
        fc.constantFrom('POST', 'POST', 'GET', 'PUT'),
        fc.constantFrom<TestCaller>('analyst', 'anonymous'),
        async (raw, contentType, method, caller) => {
          const search = method === 'GET' ? `?query=${encodeURIComponent(raw)}` : undefined;
          const { status, text } = await send(caller, raw, { method, contentType, search });
          tally.bodies += 1;
          check(status, text, caller, `${method} ${contentType} ${raw}`);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  test('injection attempts in every text argument return correct results or clear errors', async () => {
    const lookups: Array<[string, string]> = [
      ['agreement(reference: $s) { reference }', 'agreement'],
      ['mission(reference: $s) { reference }', 'mission'],
      ['source(key: $s) { key }', 'source'],
      ['domain(key: $s) { key }', 'domain'],
      ['country(code: $s) { iso2 }', 'country'],
    ];
    const attempts = [
      ...NASTY_STRINGS.filter((s) => !['BOSA-BTC-2017', 'e-governance', 'BJ', 'press-release-2017-06-bosa-btc'].includes(s)),
      'BOSA-BTC-201_',
      'BOSA-BTC-%',
      'e-gov%',
      'B_',
      'B%',
      "BOSA-BTC-2017' --",
      'BOSA-BTC-2017\u0000',
      'x'.repeat(1_000_000),
      JSON.stringify(Array.from({ length: 500 }, () => '[').join('')),
    ];
    for (const [field, name] of lookups) {
      for (const s of attempts) {
        const { status, text } = await send('analyst', JSON.stringify({ query: `query($s: String!) { ${field} }`, variables: { s } }), { contentType: 'application/json' });
        tally.injections += 1;
        check(status, text, 'analyst', `${name} ${JSON.stringify(s.slice(0, 50))}`);
        const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
        if (body.errors) {
          // A clear error: the caller's fault, with a sentence.
          expect(body.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
          expect(body.errors[0].message.length).toBeGreaterThan(20);
        } else {
          // Nothing matches a wildcard, a quote or a comment: these are not patterns.
          expect(body.data?.[name]).toBeNull();
        }
      }
    }
    // And the real values still match exactly (the lookups above could fail).
    const exact = await server.as('analyst').data('{ agreement(reference: "BOSA-BTC-2017") { reference } domain(key: "e-governance") { key } country(code: "bj") { iso2 } }');
    expect(exact).toEqual({ agreement: { reference: 'BOSA-BTC-2017' }, domain: { key: 'e-governance' }, country: { iso2: 'BJ' } });

    // Deep nesting in variables and in the query.
    let nested: unknown = 'x';
    for (let i = 0; i < 2000; i += 1) nested = [nested];
    const deepVariables = await send('analyst', JSON.stringify({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: nested } }), { contentType: 'application/json' });
    check(deepVariables.status, deepVariables.text, 'analyst', 'deeply nested variables');
    expect(deepVariables.status).toBe(400);
    const deepQuery = await send('analyst', JSON.stringify({ query: `{ ${'viewer { '.repeat(3000)}${' }'.repeat(3000)} }` }), { contentType: 'application/json' });
    check(deepQuery.status, deepQuery.text, 'analyst', 'deeply nested query');
    expect(deepQuery.status).toBe(400);
    tally.injections += 2;
  });
});
