import { gzipSync } from 'node:zlib';
import { isTimeout } from '../graphql/errors';
import { databaseKinds, startTestServer, type TestServer } from '../test/harness';

describe.each(databaseKinds())('limits on what a query may cost (%s database)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  test('every response reports its cost, computed before execution from the page sizes', async () => {
    const one = await server.gql('{ agreement(reference: "BOSA-BTC-2017") { title } }');
    expect(one.body.extensions?.cost).toEqual({ requested: 1, limit: 500000 });
    // 1 connection + 20 nodes + 20 nested connections + 20 × 5 nodes = 141
    const nested = await server.gql('query($n: Int) { agencies(first: $n) { nodes { name agreements(first: 5) { nodes { reference } } } } }', { n: 20 });
    expect(nested.status).toBe(200);
    expect(nested.body.extensions?.cost).toEqual({ requested: 141, limit: 500000 });
    // A plain list (no first/last) is estimated at 10 items: 1 + 3 + 3 × 10 = 34
    const plain = await server.gql('{ agreements(first: 3) { nodes { parties { role } } } }');
    expect(plain.body.extensions?.cost).toEqual({ requested: 34, limit: 500000 });
    const edges = await server.gql('{ people(last: 7) { edges { node { name } } pageInfo { hasNextPage } } }');
    expect(edges.body.extensions?.cost).toMatchObject({ requested: 1 + 7 + 7 + 1 });
  });

  test('a query over the cost limit is refused with a 400, a code and what to change, before running', async () => {
    const query = `{ agencies(first: 100) { nodes { agreements(first: 100) { nodes { missions(first: 100) { nodes { experts { domains { key } } } } } } } } }`;
    const refused = await server.gql(query);
    expect(refused.status).toBe(400);
    expect(refused.body.data).toBeUndefined();
    const error = refused.body.errors![0];
    expect(error.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(error.message).toMatch(/could return up to [\d,]+ objects, more than the limit of 500,000\. Ask for smaller pages/);
    expect(error.extensions?.cost.requested).toBeGreaterThan(500000);
    expect(refused.body.extensions?.sqlStatements).toBe(0);
  });

  test('depth, aliases, directives and tokens are limited with a 400 and a sentence', async () => {
    let deep = 'name';
    for (let i = 0; i < 8; i += 1) deep = `parties { agreement { ${deep} } }`;
    const depth = await server.gql(`{ agreements(first: 1) { nodes { ${deep} } } }`);
    expect(depth.status).toBe(400);
    expect(depth.body.errors![0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(depth.body.errors![0].message).toMatch(/^The query nests \d+ levels deep; at most 15 are allowed\. Select fewer nested relations/);

    const aliases = await server.gql(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: viewer { name }`).join(' ')} }`);
    expect(aliases.status).toBe(400);
    expect(aliases.body.errors![0].message).toMatch(/^The query uses 31 aliases; at most 30 are allowed/);

    const directives = await server.gql(`{ viewer { name ${'@include(if: true) '.repeat(51)} } }`);
    expect(directives.status).toBe(400);
    expect(directives.body.errors![0].extensions?.code).toBe('QUERY_TOO_COMPLEX');

    const tokens = await server.gql(`{ viewer { ${'name '.repeat(5001)} } }`);
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors![0].message).toMatch(/^The query is longer than 5000 tokens\./);
  });

  test('pages hold at most 100 items', async () => {
    const response = await server.gql('{ agencies(first: 101) { nodes { id } } }');
    expect(response.body.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.errors![0].message).toMatch(/100/);
  });

  test('the body size is limited, batching is off, malformed JSON is a 400', async () => {
    const big = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: server.tokens.analyst },
      body: JSON.stringify({ query: '{ viewer { name } }', variables: { pad: 'x'.repeat(1_100_000) } }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as any).errors[0].message).toMatch(/larger than 1048576 bytes \(BODY_LIMIT_BYTES\)/);

    const batch = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: server.tokens.analyst },
      body: JSON.stringify([{ query: '{ viewer { name } }' }, { query: '{ viewer { name } }' }]),
    });
    expect(batch.status).toBe(400);

    const malformed = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: server.tokens.analyst },
      body: '{"query": "{ viewer',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as any).errors[0].message).toBe('The request body is not valid JSON.');
  });

  test('every refusal carries the request ID, whoever answers it: the body reader, Apollo before its pipeline, the pipeline', async () => {
    const post = (body: string, id: string) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: server.tokens.analyst, 'x-request-id': id }, body });
    const unreadable = await post('{"query": ', 'refusal-1');
    expect(unreadable.status).toBe(400);
    expect(((await unreadable.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_REQUEST', requestId: 'refusal-1' });
    // No query at all: Apollo refuses it before any plugin runs.
    const empty = await post('{}', 'refusal-2');
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as any).errors[0].extensions).toMatchObject({ requestId: 'refusal-2' });
    const invalid = await post(JSON.stringify({ query: '{ nope }' }), 'refusal-3');
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as any).errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', requestId: 'refusal-3' });
  });

  test('JSON bodies: a charset, a compressed body and a non-object body', async () => {
    const post = (body: string | Buffer, headers: Record<string, string>) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { authorization: server.tokens.analyst, ...headers }, body });
    const query = JSON.stringify({ query: '{ viewer { name } }' });

    const withCharset = await post(query, { 'content-type': 'application/json; charset=UTF-8' });
    expect(withCharset.status).toBe(200);
    expect(((await withCharset.json()) as any).data.viewer.name).toBe('test analyst');

    // Compressed bodies take body-parser's path, which inflates them.
    const gzipped = await post(gzipSync(query), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(gzipped.status).toBe(200);
    expect(((await gzipped.json()) as any).data.viewer.name).toBe('test analyst');

    // Strict JSON, as body-parser's default: an object or an array, nothing else.
    const primitive = await post('"{ viewer { name } }"', { 'content-type': 'application/json' });
    expect(primitive.status).toBe(400);
    expect(((await primitive.json()) as any).errors[0].message).toBe('The request body is not valid JSON.');

    // Too large as declared: refused before the body is read, and the connection still answers.
    const big = await post(JSON.stringify({ query: '{ viewer { name } }', variables: { pad: 'x'.repeat(1_100_000) } }), { 'content-type': 'application/json; charset=utf-8' });
    expect(big.status).toBe(413);
    const after = await post(query, { 'content-type': 'application/json' });
    expect(after.status).toBe(200);
  });
});

describe.each(databaseKinds())('statement deadline (%s database)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { seed: false, env: { STATEMENT_TIMEOUT_MS: '300' } });
  });
  afterAll(() => server?.close());

  test('a statement longer than STATEMENT_TIMEOUT_MS is abandoned, and recognised as a timeout', async () => {
    const error = await server.app.db.dataSource.query('SELECT pg_sleep(3)').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeDefined();
    expect(isTimeout(error)).toBe(true);
  });
});
