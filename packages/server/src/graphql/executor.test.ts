import pg from 'pg';
import { generateSynthetic } from '../synthetic/generate';
import { databaseKinds, startTestServer, type TestServer } from '../test/harness';
import { setRelationFolding } from './lists';

/**
 * The read path's speed-ups must not change answers: operations compiled by graphql-jit
 * behave as graphql-js does where the two once differed, and narrow reads answer the same
 * values as whole rows while reading fewer columns.
 */

/** Texts of the statements sent through `pg` while `work` runs (observed, then passed on). */
async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const texts: string[] = [];
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function observed(this: pg.Client, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text;
    if (text) texts.push(text.replace(/\s+/g, ' '));
    return original.apply(this, args);
  } as typeof pg.Client.prototype.query;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = original as typeof pg.Client.prototype.query;
  }
  return texts;
}

describe.each(databaseKinds())('compiled execution and narrow reads (%s database)', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  test('a non-null variable with a default may be left out: execution and the page-size check use the default', async () => {
    const data = await server.data('query($n: Int! = 2) { agencies(first: $n) { nodes { id } } }');
    expect(data.agencies.nodes).toHaveLength(2);
  });

  test('an operation graphql-jit cannot compile (a variable of a recursive filter type) is answered by graphql-js', async () => {
    const query = 'query($filter: AgreementFilter, $first: Int) { agreements(first: $first, filter: $filter) { totalCount nodes { reference } } }';
    const filtered = await server.data(query, { first: 5, filter: { reference: { eq: 'BOSA-BTC-2017' } } });
    expect(filtered.agreements).toEqual({ totalCount: 1, nodes: [{ reference: 'BOSA-BTC-2017' }] });
    const all = await server.data(query, { first: 5 });
    expect(all.agreements.totalCount).toBeGreaterThan(1);
  });

  test('page-size and cost checks are remembered per document and variables, never carried to other variables', async () => {
    const query = 'query($n: Int) { agencies(first: $n) { nodes { id } } }';
    const costOf = (response: { body: { extensions?: unknown } }) => (response.body.extensions as { cost: { requested: number } }).cost.requested;
    const small = await server.gql(query, { n: 1 });
    expect(small.status).toBe(200);
    const costSmall = costOf(small);
    const big = await server.gql(query, { n: 500 });
    expect(big.status).toBe(400);
    expect(big.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const again = await server.gql(query, { n: 2 });
    expect(again.status).toBe(200);
    expect(costOf(again)).toBeGreaterThan(costSmall);
    const repeated = await server.gql(query, { n: 1 });
    expect(costOf(repeated)).toBe(costSmall);
  });

  test('a field read under another name (`id` reads `globalId`) answers the same compiled and interpreted, and the schema keeps its names', async () => {
    const compiled = await server.data('{ agreements(first: 5) { nodes { id reference parties { id } missions(first: 2) { nodes { id } } } } }');
    // A variable of a recursive filter type: graphql-js executes it, calling the resolvers.
    const interpreted = await server.data('query($filter: AgreementFilter, $first: Int) { agreements(first: $first, filter: $filter) { nodes { id reference parties { id } missions(first: 2) { nodes { id } } } } }', { first: 5 });
    expect(compiled.agreements.nodes.length).toBeGreaterThan(1);
    expect(compiled).toEqual(interpreted);
    expect(compiled.agreements.nodes[0].id).toMatch(/^[A-Za-z0-9_-]{23}$/);
    // Compiling showed the field to graphql-jit as `globalId` for a moment: nothing of it stays.
    const type = await server.data('{ __type(name: "Agreement") { fields { name } } }');
    const names = type.__type.fields.map((f: { name: string }) => f.name);
    expect(names).toContain('id');
    expect(names).not.toContain('globalId');
  });

  test('a variable of the wrong type is the caller\'s error: HTTP 400, BAD_USER_INPUT, nothing executed', async () => {
    const response = await server.gql('query($n: Int!) { agencies(first: $n) { nodes { id } } }', { n: 'two' });
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('$n'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  test('an error in a nullable field leaves the rest of the answer, with its path and location', async () => {
    const response = await server.gql('{ agreement(reference: "BOSA-BTC-2017") { reference } node(id: "nope") { id } }');
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ agreement: { reference: 'BOSA-BTC-2017' }, node: null });
    expect(response.body.errors).toEqual([
      expect.objectContaining({ path: ['node'], locations: [{ line: 1, column: 55 }], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'id' }) }),
    ]);
  });

  test('an error that reaches the root answers data: null, as graphql-js does', async () => {
    const response = await server.as('analyst').gql('mutation { apiTokenCreate(input: { name: "x", role: ANALYST }) { secret } }');
    expect(response.body.data).toBeNull();
    expect(response.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test('a selection of plain fields reads only their columns, and answers what whole rows answer', async () => {
    const narrow = '{ agreements(first: 5) { nodes { id reference kind domains { id key } } } }';
    const wide = '{ agreements(first: 5) { nodes { id reference kind title domains { id key label } } } }';
    let narrowData: any;
    let wideData: any;
    const narrowSql = await statementsDuring(async () => (narrowData = await server.data(narrow)));
    const wideSql = await statementsDuring(async () => (wideData = await server.data(wide)));
    const page = (texts: string[]) => texts.find((t) => /FROM "agreement" t/.test(t) && /ORDER BY/.test(t))!;
    const domains = (texts: string[]) => texts.find((t) => /JOIN "domain" t/.test(t))!;
    expect(page(narrowSql)).toMatch(/^SELECT t\."id", t\."reference", t\."kind" FROM/);
    expect(page(narrowSql)).not.toMatch(/"title"|"created_at"|"purpose"/);
    expect(domains(narrowSql)).toMatch(/AS "__from", t\."id", t\."key" FROM/);
    // A field with a resolver of its own (a translated title or label) reads the row.
    expect(page(wideSql)).toMatch(/t\."title"/);
    expect(domains(wideSql)).toMatch(/AS "__from", t\.\* FROM/);
    const strip = (nodes: any[]) => nodes.map((a) => ({ id: a.id, reference: a.reference, kind: a.kind, domains: a.domains.map((d: any) => ({ id: d.id, key: d.key })) }));
    expect(narrowData.agreements.nodes.length).toBeGreaterThan(0);
    expect(strip(narrowData.agreements.nodes)).toEqual(strip(wideData.agreements.nodes));
  });

  test('pages read the extra row and the sort keys only when the selection asks for more or for cursors', async () => {
    await generateSynthetic(server.app.db.dataSource, { scale: 0.02, seed: 7 });
    const agency = (await server.data<any>('{ agencies(first: 50, filter: { synthetic: true }) { nodes { id agreements(first: 1) { totalCount } } } }')).agencies.nodes.find(
      (a: any) => a.agreements.totalCount >= 3,
    );
    expect(agency).toBeDefined();
    const relation = (texts: string[]) => texts.find((t) => /CROSS JOIN LATERAL/.test(t) && /FROM "agreement" t/.test(t))!;
    const q = (selection: string, after?: string) =>
      `query($id: ID!) { node(id: $id) { ... on Agency { agreements(first: 2${after ? `, after: "${after}"` : ''}) { ${selection} } } } }`;

    const bare = await statementsDuring(() => server.data(q('nodes { reference }'), { id: agency.id }));
    expect(relation(bare)).toMatch(/LIMIT 2 \) page$/);
    expect(relation(bare)).not.toMatch(/__k0/);

    let first: any;
    const paged = await statementsDuring(async () => (first = await server.data(q('pageInfo { hasNextPage endCursor } edges { cursor node { reference } }'), { id: agency.id })));
    expect(relation(paged)).toMatch(/LIMIT 3 \) page$/);
    expect(relation(paged)).toMatch(/AS "__k0"/);

    // The cursors and hasNextPage read that way page through the relation without gaps or repeats.
    const page1 = first.node.agreements;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.edges.at(-1).cursor).toBe(page1.pageInfo.endCursor);
    const page2 = (await server.data<any>(q('pageInfo { hasNextPage } nodes { reference }', page1.pageInfo.endCursor), { id: agency.id })).node.agreements;
    const all = (await server.data<any>(q('nodes { reference }').replace('first: 2', 'first: 4'), { id: agency.id })).node.agreements.nodes.map((n: any) => n.reference);
    expect([...page1.edges.map((e: any) => e.node.reference), ...page2.nodes.map((n: any) => n.reference)]).toEqual(all);
    expect(page2.pageInfo.hasNextPage).toBe(agency.agreements.totalCount > 4);
  });

  test('a selected totalCount is counted beside the page, not after it, on root lists and relations', async () => {
    // Once unobserved first, so that the pool holds a connection for each statement: otherwise,
    // on a loaded machine, the page can be answered while the count's connection is still opening.
    await server.data('{ agreements(first: 2) { totalCount nodes { reference } } }');
    // Each statement's start and end, as the driver sees them.
    const events: string[] = [];
    const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
    pg.Client.prototype.query = function observed(this: pg.Client, ...args: unknown[]) {
      const text = String(typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string } | undefined)?.text);
      const kind = /count\(\*\)/.test(text) ? 'count' : /FROM "agreement" t/.test(text) ? 'page' : 'other';
      events.push(`start ${kind}`);
      const result = original.apply(this, args) as Promise<unknown>;
      return result.then((value) => {
        events.push(`end ${kind}`);
        return value;
      });
    } as typeof pg.Client.prototype.query;
    try {
      const root = await server.data<any>('{ agreements(first: 2) { totalCount nodes { reference } } }');
      expect(root.agreements.totalCount).toBeGreaterThanOrEqual(root.agreements.nodes.length);
      const starts = events.filter((e) => e === 'start page' || e === 'start count');
      expect(starts).toHaveLength(2);
      // The embedded database is one session (a pool of one): there they take turns.
      if (kind === 'postgres') {
        // Both statements were sent before the first of them was answered.
        expect(events.indexOf('start count')).toBeLessThan(events.indexOf('end page'));
        expect(events.indexOf('start page')).toBeLessThan(events.indexOf('end count'));
      }

      // A relation's page is counted beside it when the page has a statement of its own (not
      // folded into its parents' statement: folded, it comes with the parents and its count after).
      events.length = 0;
      setRelationFolding(false);
      const nested = await server.data<any>('{ agencies(first: 3) { nodes { agreements(first: 1) { totalCount nodes { reference } } } } }');
      expect(nested.agencies.nodes.length).toBeGreaterThan(0);
      expect(events.indexOf('start count')).toBeGreaterThanOrEqual(0);
      if (kind === 'postgres') expect(events.indexOf('start count')).toBeLessThan(events.indexOf('end page'));
    } finally {
      setRelationFolding(true);
      pg.Client.prototype.query = original as typeof pg.Client.prototype.query;
    }
  });
});
