import { generateSynthetic } from '../synthetic/generate';
import { databaseKinds, startTestServer, type TestServer } from '../test/harness';
import { setRelationFolding } from './lists';

/**
 * A batch of rows whose selection asks for one of their relations fetches that relation's
 * pages in its own statement (see `foldableRelations`). Folded or not, every answer must be
 * the same; folded, a level costs no statement of its own.
 */

interface Case {
  query: string;
  variables?: Record<string, unknown>;
  /** Statements saved by folding (0 where nothing may fold). */
  saved: number;
}

const CASES: Record<string, Case> = {
  'three levels in one statement: the root brings its agreements and their missions': {
    query: `{ agencies(first: 6, orderBy: [{ field: NAME }]) { nodes { id name agreements(first: 3) { nodes { id reference missions(first: 2) { nodes { id reference status } } } } } } }`,
    saved: 2,
  },
  'as many statements for larger pages: whether a level folds depends on the query\'s selection, not on its sizes or the data': {
    query: `{ agencies(first: 50) { nodes { id agreements(first: 10) { nodes { id reference missions(first: 5) { nodes { id reference } } } } } } }`,
    saved: 2,
  },
  'a level that reads a JSON document (the agreements\' titles) is not repeated with each of its children: the missions come in a statement of their own': {
    query: `{ agencies(first: 5) { nodes { id agreements(first: 3) { nodes { id title missions(first: 2) { nodes { id } } } } } } }`,
    saved: 1,
  },
  'not folded: the parents read a timestamp': {
    query: `{ agencies(first: 5) { nodes { id createdAt agreements(first: 2) { nodes { id } } } } }`,
    saved: 0,
  },
  'a relation\'s batch folds too: countries read a timestamp (no fold), their agencies\' batch brings agreements and missions, an agreement under two agencies': {
    query: `{ countries(first: 100) { nodes { id createdAt agencies(first: 10) { nodes { id acronym agreements(first: 6) { nodes { id reference missions(first: 3) { nodes { id reference } } } } } } } } }`,
    saved: 2,
  },
  'one agreement under each of its parties, consecutive in one batch: each party gets its own page (runs split by parent, not only by ID)': {
    query: `{ agencies(first: 100) { nodes { id createdAt agreements(first: 1, filter: { reference: { eq: "BOSA-BTC-2017" } }) { nodes { id reference missions(first: 3) { nodes { id reference } } } } } } }`,
    saved: 1,
  },
  'paging, counts and order on the folded level: hasNextPage, totalCount, filter, orderBy, backward': {
    query: `query($n: Int!) { agencies(first: 8) { nodes { id
      agreements(first: $n, orderBy: [{ field: SIGNED_ON, direction: DESC }]) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { id signedOn { iso } } }
    } } }`,
    variables: { n: 2 },
    saved: 1,
  },
  'variables two levels down (asked twice, with other values: nothing of a request stays in the document\'s caches)': {
    query: `query($a: Int!, $m: Int!, $status: [MissionStatus!]) { agencies(first: 4) { nodes { id agreements(first: $a) { nodes { id missions(first: $m, filter: { status: { in: $status } }) { nodes { id status } } } } } } }`,
    variables: { a: 3, m: 2, status: ['COMPLETED'] },
    saved: 2,
  },
  'variables two levels down, other values': {
    query: `query($a: Int!, $m: Int!, $status: [MissionStatus!]) { agencies(first: 4) { nodes { id agreements(first: $a) { nodes { id missions(first: $m, filter: { status: { in: $status } }) { nodes { id status } } } } } } }`,
    variables: { a: 2, m: 4, status: ['ONGOING', 'PLANNED'] },
    saved: 2,
  },
  'the last level as one array per parent, with integer and boolean columns': {
    query: `{ agencies(first: 6, orderBy: [{ field: NAME }]) { nodes { id agreements(first: 4) { nodes { id reference missions(first: 3) { nodes { id reference version synthetic status } } } } } } }`,
    saved: 2,
  },
  'the last level as arrays with hasNextPage and totalCount': {
    query: `{ agencies(first: 8) { nodes { id agreements(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { id reference kind } } } } }`,
    saved: 1,
  },
  'backward pages': {
    query: `{ agencies(first: 8) { nodes { id agreements(last: 2) { pageInfo { hasPreviousPage } nodes { id reference } } } } }`,
    saved: 1,
  },
  'a filtered child': {
    query: `{ agreements(first: 15) { nodes { reference missions(first: 3, filter: { status: { in: [COMPLETED, ONGOING] } }, orderBy: [{ field: PLANNED_START }]) { nodes { reference status plannedStart { iso } } } } } }`,
    saved: 1,
  },
  'through a fragment and edges { node }': {
    query: `fragment A on Agency { agreements(first: 2) { edges { node { id reference } } } } { agencies(first: 5) { nodes { id ...A } } }`,
    saved: 1,
  },
  'not folded: a cursor is selected on the child': {
    query: `{ agencies(first: 5) { nodes { id agreements(first: 2) { edges { cursor node { id } } } } } }`,
    saved: 0,
  },
  'not folded: the same relation twice, under two aliases': {
    query: `{ agencies(first: 5) { nodes { id a: agreements(first: 1) { nodes { id } } b: agreements(first: 3) { nodes { id } } } } }`,
    saved: 0,
  },
  'not folded: the graph as of a day': {
    query: `{ agencies(first: 5, asOf: "2018-06-30") { nodes { id agreements(first: 3) { nodes { id reference } } } } }`,
    saved: 0,
  },
  'not folded: a child the resolver refuses (no page size) is refused as before': {
    query: `{ agencies(first: 2) { nodes { id agreements { nodes { id } } } } }`,
    saved: 0,
  },
};

describe.each(databaseKinds())('a level fetched in its parents\' statement (%s database)', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind);
    await generateSynthetic(server.app.db.dataSource, { scale: 0.02, seed: 11 });
  }, 180_000);

  afterAll(async () => {
    setRelationFolding(true);
    await server?.close();
  });

  test.each(Object.entries(CASES))('%s', async (_name, c) => {
    setRelationFolding(false);
    const plain = await server.gql(c.query, c.variables);
    setRelationFolding(true);
    const folded = await server.gql(c.query, c.variables);
    // The same answer, errors included (but for the request IDs they carry).
    const withoutIds = (body: typeof plain.body) => ({ ...body, extensions: undefined, errors: body.errors?.map((e) => ({ ...e, extensions: { ...e.extensions, requestId: undefined } })) });
    expect(withoutIds(folded.body)).toEqual(withoutIds(plain.body));
    expect(folded.body.extensions!.sqlStatements).toBe(plain.body.extensions!.sqlStatements! - c.saved);
  });

  test('the cases hold data to fold: nested pages that are not all empty, an agreement under two agencies', async () => {
    const data = await server.data(CASES['a relation\'s batch folds too: countries read a timestamp (no fold), their agencies\' batch brings agreements and missions, an agreement under two agencies']!.query);
    const agreements = data.countries.nodes.flatMap((c: any) => c.agencies.nodes.flatMap((a: any) => a.agreements.nodes));
    expect(agreements.length).toBeGreaterThan(10);
    expect(agreements.some((a: any) => a.missions.nodes.length > 0)).toBe(true);
    expect(agreements.some((a: any) => a.missions.nodes.length === 0)).toBe(true);
    expect(new Set(agreements.map((a: any) => a.id)).size).toBeLessThan(agreements.length);
    const refused = await server.gql(CASES['not folded: a child the resolver refuses (no page size) is refused as before']!.query);
    expect(refused.body.errors?.[0]?.message).toMatch(/first|last/);
  });
});
