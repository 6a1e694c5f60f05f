import budgets from './statement-budgets.json';
import { toGlobalId } from './global-id';
import { seedId } from '../seed/ids';
import { generateSynthetic } from '../synthetic/generate';
import { databaseKinds, startTestServer, type TestServer } from '../test/harness';

/** Query shapes whose SQL statement counts are pinned, whatever the number of rows. */
const SHAPES: Record<Exclude<keyof typeof budgets, '$comment'>, string> = {
  nestedConnections: `{ agencies(first: 50) { totalCount nodes { name acronym agreements(first: 20) { totalCount nodes { reference title signedOn { text }
      domains { label } countries { name } missions(first: 20) { nodes { reference title status country { name }
      assignments { role days } experts { name languages employer { name } } } } } } } } }`,
  relationFilters: `{ agencies(first: 20, filter: { agreements: { some: { domains: { some: { subtreeOf: "e-governance" } } } },
      experts: { none: { languages: { hasAny: ["pt"] } } } }) { totalCount nodes { id kind } } }`,
  aggregateTwoDimensions: `{ missionStats(groupBy: [DOMAIN, COUNTRY]) { domain { key label } country { name } count expertDays } }`,
  nodesById: `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Mission { reference status } ... on Agency { name } } }`,
  filteredOrderedPageWithTotal: `{ missions(first: 25, filter: { status: { in: [PLANNED, CONFIRMED, ONGOING] }, plannedStart: { overlaps: { from: "2015-01-01", to: "2020-12-31" } } },
      orderBy: [{ field: PLANNED_START, direction: DESC }]) { totalCount nodes { reference plannedStart { iso } } pageInfo { endCursor hasNextPage } } }`,
  nodeHistory: `{ missions(first: 40, archived: INCLUDE) { nodes { reference history(first: 5) { totalCount nodes { operation actor occurredAt before after } } } } }`,
  searchPage: `{ search(query: "mission", types: [MISSION], first: 50) { totalCount nodes { rank matchedField snippet node { id ... on Mission { reference status } } } } }`,
  graphNeighborhood: `{ neighborhood(id: "${toGlobalId('Agency', seedId('agency:bosa'))}", depth: 2, limit: 300) { truncated depths
      nodes { id ... on Agency { name } ... on Agreement { reference } ... on Mission { reference } }
      edges { kind from { id } to { id } via { id ... on AgreementParty { role } } } } }`,
  graphPaths: `{ paths(from: "${toGlobalId('Agency', seedId('agency:fedict'))}", to: "${toGlobalId('Country', seedId('country:BJ'))}", maxLength: 4) {
      length nodes { id __typename } steps { kind direction node { id } via { id ... on AgreementParty { role } } } } }`,
  graphOverlap: `{ overlap(a: "${toGlobalId('Agency', seedId('agency:bosa'))}", b: "${toGlobalId('Agency', seedId('agency:btc'))}", shared: AGREEMENTS) {
      count nodes { id ... on Agreement { reference } } } }`,
};

async function measure(server: TestServer): Promise<Record<string, number>> {
  const ids = (await server.data(`{ missions(first: 40) { nodes { id } } agencies(first: 40) { nodes { id } } }`)) as any;
  const variables = { ids: [...ids.missions.nodes, ...ids.agencies.nodes].map((n: any) => n.id) };
  const out: Record<string, number> = {};
  for (const [shape, query] of Object.entries(SHAPES)) {
    const response = await server.gql(query, shape === 'nodesById' ? variables : undefined);
    expect(response.body.errors).toBeUndefined();
    out[shape] = response.body.extensions!.sqlStatements!;
  }
  return out;
}

// Scale 1 on PostgreSQL; the embedded database (single-threaded WebAssembly) takes the same
// tenfold step one size down, to keep the suite's time reasonable.
const SCALES = { postgres: [0.1, 1], embedded: [0.01, 0.1] } as const;

describe.each(databaseKinds())('statement budgets per query shape (%s database)', (kind) => {
  test('synthetic data of two sizes, tenfold apart, stay within the committed statement budget of every query shape', async () => {
    const [small, large] = SCALES[kind];
    const results: Record<string, Record<string, number>> = {};
    for (const scale of [small, large]) {
      // nestedConnections costs 663,101 (50 × 20 × 20 missions, each with plain lists estimated
      // at 10 items), over the default QUERY_MAX_COST of 500,000: raised here because this test
      // measures statements, not cost (http/limits.test.ts tests the cost limit).
      const server = await startTestServer(kind, { seed: true, env: { QUERY_MAX_COST: '2000000' } });
      try {
        await generateSynthetic(server.app.db.dataSource, { scale, seed: 3 });
        results[scale] = await measure(server);
        if (process.env.COOPGRAPH_REPORT_BUDGETS) console.log(kind, scale, JSON.stringify(results[scale]));
      } finally {
        await server.close();
      }
    }
    // Within budget at both sizes. The larger data may need a statement more than the smaller:
    // the request's loaders cache rows by ID, and on small data more of them are already
    // loaded by an earlier level (every employer is among the agencies listed first).
    for (const scale of [small, large]) {
      for (const [shape, statements] of Object.entries(results[String(scale)]!)) {
        const budget = (budgets as unknown as Record<string, number>)[shape]!;
        expect({ scale, shape, statements, withinBudget: statements <= budget }).toEqual({ scale, shape, statements, withinBudget: true });
      }
    }
  }, 600_000);
});
