import type { DataSource } from 'typeorm';
import { toGlobalId, tryFromGlobalId } from '../../graphql/global-id';
import { seedId } from '../../seed/ids';
import { generateSynthetic } from '../../synthetic/generate';
import { databaseKinds, startTestServer, type TestServer } from '../../test/harness';

const gid = (type: string, key: string) => toGlobalId(type, seedId(key));
const BOSA = gid('Agency', 'agency:bosa');
const BTC = gid('Agency', 'agency:btc');
const FEDICT = gid('Agency', 'agency:fedict');
const BENIN = gid('Country', 'country:BJ');
const BOSA_BTC = gid('Agreement', 'agreement:bosa-btc-2017');
const FEDICT_BTC = gid('Agreement', 'agreement:fedict-btc-egov');
const BENIN_MISSION = gid('Mission', 'mission:benin-2017-07');
const PRESS = gid('Source', 'source:press-release-2017-06-bosa-btc');

const NEIGHBORHOOD = `query($id: ID!, $depth: Int! = 1, $limit: Int! = 100, $types: [GraphNodeType!], $edgeKinds: [GraphEdgeKind!]) {
  neighborhood(id: $id, depth: $depth, limit: $limit, types: $types, edgeKinds: $edgeKinds) {
    truncated depths
    nodes { id __typename ... on Agency { name(lang: EN, asOf: "2017-06-02") } ... on Agreement { reference } }
    edges { kind from { id } to { id } via { id __typename ... on AgreementParty { role } ... on AgencyLineage { kind occurredOn } } }
  }
}`;

const PATHS = `query($from: ID!, $to: ID!, $maxLength: Int! = 3, $limit: Int! = 10, $types: [GraphNodeType!], $edgeKinds: [GraphEdgeKind!]) {
  paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit, types: $types, edgeKinds: $edgeKinds) {
    length
    nodes { id __typename }
    steps { kind direction node { id } via { id __typename ... on AgreementParty { role } } }
  }
}`;

const OVERLAP = `query($a: ID!, $b: ID!, $shared: OverlapKind!, $limit: Int! = 100) {
  overlap(a: $a, b: $b, shared: $shared, limit: $limit) { kind count nodes { id __typename } }
}`;

/** The path as a compact string: type names and edge kinds with their direction. */
const describePath = (path: any) =>
  [path.nodes[0].__typename, ...path.steps.map((s: any, i: number) => `${s.direction === 'FORWARD' ? '-' : '<-'}${s.kind}${s.direction === 'FORWARD' ? '->' : '-'} ${path.nodes[i + 1].__typename}`)].join(' ');

async function expectUserError(server: TestServer, query: string, variables: Record<string, unknown>, argument: string, message: RegExp) {
  const response = await server.gql(query, variables);
  expect(response.body.data?.[Object.keys(response.body.data ?? {})[0]] ?? null).toBeNull();
  expect(response.body.errors).toHaveLength(1);
  expect(response.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  expect(response.body.errors![0].message).toMatch(message);
}

describe.each(databaseKinds())('graph questions on the seed (%s database)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  test("BOSA's neighbourhood at depth 1: its four predecessors and its agreements, with typed edges", async () => {
    const { neighborhood } = await server.data(NEIGHBORHOOD, { id: BOSA });
    expect(neighborhood.truncated).toBe(false);
    expect(neighborhood.nodes[0].id).toBe(BOSA);
    expect(neighborhood.depths[0]).toBe(0);
    expect(neighborhood.depths.slice(1).every((d: number) => d === 1)).toBe(true);
    const agencies = neighborhood.nodes.filter((n: any) => n.__typename === 'Agency' && n.id !== BOSA).map((n: any) => n.name).sort();
    expect(agencies).toEqual(['Empreva', 'FPS Budget and Management Control', 'FPS Information and Communication Technology', 'FPS Personnel and Organisation']);
    const agreements = neighborhood.nodes.filter((n: any) => n.__typename === 'Agreement').map((n: any) => n.reference).sort();
    expect(agreements).toEqual(['BOSA-BTC-2017', 'FEDICT-BTC-EGOV']);
    // Its affiliated people and its country; no source: citations are not walked unless asked for.
    const types = new Set(neighborhood.nodes.map((n: any) => n.__typename));
    expect([...types].sort()).toEqual(['Agency', 'Agreement', 'Country', 'Person']);

    const lineage = neighborhood.edges.filter((e: any) => e.kind === 'LINEAGE');
    expect(lineage).toHaveLength(4);
    for (const edge of lineage) {
      expect(edge.to.id).toBe(BOSA);
      expect(edge.via).toMatchObject({ __typename: 'AgencyLineage', kind: 'MERGED_INTO', occurredOn: '2017-03-01' });
    }
    const parties = neighborhood.edges.filter((e: any) => e.kind === 'PARTY').map((e: any) => [e.from.id, e.to.id, e.via.__typename, e.via.role]);
    expect(parties.sort()).toEqual(
      [
        [BOSA, BOSA_BTC, 'AgreementParty', 'SIGNATORY'],
        [BOSA, FEDICT_BTC, 'AgreementParty', 'IMPLEMENTING'],
        // Fedict, a predecessor (depth 1), is party to FEDICT-BTC-EGOV (depth 1): edges among the nodes found count too.
        [FEDICT, FEDICT_BTC, 'AgreementParty', 'SIGNATORY'],
      ].sort(),
    );
    const ids = new Set(neighborhood.nodes.map((n: any) => n.id));
    for (const edge of neighborhood.edges) {
      expect(ids.has(edge.from.id) && ids.has(edge.to.id)).toBe(true);
    }
  });

  test('types and edge kinds narrow the walk; CITATION reaches sources when asked for', async () => {
    const { neighborhood } = await server.data(NEIGHBORHOOD, { id: BOSA, depth: 2, types: ['AGENCY', 'AGREEMENT'] });
    expect(new Set(neighborhood.nodes.map((n: any) => n.__typename))).toEqual(new Set(['Agency', 'Agreement']));
    // BTC is two steps away, through the agreements.
    const btc = neighborhood.nodes.findIndex((n: any) => n.id === BTC);
    expect(neighborhood.depths[btc]).toBe(2);

    const lineageOnly = await server.data(NEIGHBORHOOD, { id: FEDICT, depth: 3, edgeKinds: ['LINEAGE'] });
    expect(lineageOnly.neighborhood.nodes.map((n: any) => n.name).sort()).toEqual([
      'Empreva',
      'FPS Budget and Management Control',
      'FPS Information and Communication Technology',
      'FPS Personnel and Organisation',
      'Federal Public Service Policy and Support',
    ]);
    expect(lineageOnly.neighborhood.depths).toEqual([0, 1, 2, 2, 2]);

    const cited = await server.data(NEIGHBORHOOD, { id: PRESS, edgeKinds: ['CITATION'], limit: 500 });
    const citing = cited.neighborhood.nodes.map((n: any) => n.id);
    expect(citing).toEqual(expect.arrayContaining([BOSA, BTC, BOSA_BTC, BENIN_MISSION]));
    expect(cited.neighborhood.edges.every((e: any) => e.kind === 'CITATION' && e.to.id === PRESS && e.via.__typename === 'Citation')).toBe(true);
  });

  test('how is Fedict connected to Benin? Through its merger into BOSA and the BOSA–BTC agreement', async () => {
    const { paths } = await server.data(PATHS, { from: FEDICT, to: BENIN, maxLength: 4 });
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p: any) => p.length === 3)).toBe(true);
    expect(paths.map(describePath)).toContain('Agency -LINEAGE-> Agency -PARTY-> Agreement -COVERS_COUNTRY-> Country');
    const viaBosa = paths.find((p: any) => p.nodes[1].id === BOSA);
    expect(viaBosa.nodes.map((n: any) => n.id)).toEqual([FEDICT, BOSA, BOSA_BTC, BENIN]);
    expect(viaBosa.steps[1].via).toMatchObject({ __typename: 'AgreementParty', role: 'SIGNATORY' });
    expect(viaBosa.steps[2].via).toBeNull();

    // Without the agreement's countries, the way goes through the mission planned in Benin: one step longer.
    const { paths: viaMission } = await server.data(PATHS, { from: FEDICT, to: BENIN, maxLength: 4, edgeKinds: ['LINEAGE', 'PARTY', 'RUNS_UNDER', 'MISSION_COUNTRY'] });
    expect(viaMission.map(describePath)).toEqual(['Agency -LINEAGE-> Agency -PARTY-> Agreement <-RUNS_UNDER- Mission -MISSION_COUNTRY-> Country']);
    expect(viaMission[0].nodes.map((n: any) => n.id)).toEqual([FEDICT, BOSA, BOSA_BTC, BENIN_MISSION, BENIN]);
    expect(viaMission[0].steps.map((s: any) => s.node.id)).toEqual([BOSA, BOSA_BTC, BENIN_MISSION, BENIN]);

    // Nothing that short: an empty list, not an error. The other way round, the same path reversed.
    expect((await server.data(PATHS, { from: FEDICT, to: BENIN, maxLength: 2 })).paths).toEqual([]);
    const back = await server.data(PATHS, { from: BENIN, to: FEDICT, maxLength: 3 });
    expect(back.paths.map(describePath)).toContain('Country <-COVERS_COUNTRY- Agreement <-PARTY- Agency <-LINEAGE- Agency');
  });

  test('overlaps on the seed: BOSA and BTC share both agreements', async () => {
    const { overlap } = await server.data(OVERLAP, { a: BOSA, b: BTC, shared: 'AGREEMENTS' });
    expect(overlap.kind).toBe('AGREEMENTS');
    expect(overlap.count).toBe(2);
    expect(overlap.nodes.map((n: any) => n.id).sort()).toEqual([BOSA_BTC, FEDICT_BTC].sort());
    const experts = await server.data(OVERLAP, { a: BOSA, b: BTC, shared: 'EXPERTS' });
    expect(experts.overlap).toEqual({ kind: 'EXPERTS', count: 0, nodes: [] });
    await expectUserError(server, OVERLAP, { a: BOSA, b: BTC, shared: 'MISSIONS' }, 'a', /`a` must be the ID of an Agreement for shared: MISSIONS; got the ID of an Agency\./);
    await expectUserError(server, OVERLAP, { a: BOSA, b: BOSA, shared: 'EXPERTS' }, 'b', /same node/);
  });

  test('the graph_edge view stays flat: a condition on an end reaches every table, none is read as a subquery', async () => {
    // A branch with a WHERE of its own is not flattened by PostgreSQL: it is then read whole
    // for every node of a layer instead of through its index (seconds instead of milliseconds).
    const plan = ((await server.app.db.dataSource.query(`EXPLAIN SELECT * FROM graph_edge WHERE to_id = ANY($1::uuid[])`, [[seedId('agency:bosa')]])) as Array<{ 'QUERY PLAN': string }>)
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    expect(plan).not.toMatch(/Subquery Scan/);
    for (const table of ['agreement_party', 'agreement_domain', 'agreement_country', 'agreement', 'mission', 'mission_domain', 'assignment', 'expert', 'expert_domain', 'affiliation', 'agency_lineage', 'partner_designation', 'domain', 'agency', 'citation']) {
      expect(plan).toMatch(new RegExp(`on ${table}\\b`));
    }
  });

  test('bounds beyond their maximum are refused with a clear error', async () => {
    await expectUserError(server, NEIGHBORHOOD, { id: BOSA, depth: 4 }, 'depth', /`depth` must be between 1 and 3; got 4\./);
    await expectUserError(server, NEIGHBORHOOD, { id: BOSA, depth: 0 }, 'depth', /`depth` must be between 1 and 3; got 0\./);
    await expectUserError(server, NEIGHBORHOOD, { id: BOSA, limit: 501 }, 'limit', /`limit` must be between 1 and 500; got 501\./);
    await expectUserError(server, NEIGHBORHOOD, { id: BOSA, types: [] }, 'types', /at least one node type/);
    await expectUserError(server, PATHS, { from: FEDICT, to: BENIN, maxLength: 5 }, 'maxLength', /`maxLength` must be between 1 and 4; got 5\./);
    await expectUserError(server, PATHS, { from: FEDICT, to: BENIN, limit: 101 }, 'limit', /`limit` must be between 1 and 100; got 101\./);
    await expectUserError(server, PATHS, { from: FEDICT, to: BENIN, edgeKinds: [] }, 'edgeKinds', /at least one kind of edge/);
    await expectUserError(server, PATHS, { from: FEDICT, to: FEDICT }, 'to', /same node/);
    await expectUserError(server, OVERLAP, { a: BOSA, b: BTC, shared: 'AGREEMENTS', limit: 501 }, 'limit', /between 1 and 500/);
    // An edge's ID is not a node of the graph; a malformed ID says so.
    const party = gid('AgreementParty', 'party:agreement:bosa-btc-2017:bosa:signatory');
    await expectUserError(server, NEIGHBORHOOD, { id: party }, 'id', /is an AgreementParty, which is an edge or a detail/);
    await expectUserError(server, PATHS, { from: 'nonsense', to: BENIN }, 'from', /is not a valid Coopgraph ID/);
    // A well-formed ID of nothing: no neighbourhood.
    const nothing = toGlobalId('Agency', '00000000-0000-4000-8000-000000000000');
    expect((await server.data(NEIGHBORHOOD, { id: nothing })).neighborhood).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------
// Synthetic data: an oracle in the test, computed from every edge in memory.

interface EdgeRow {
  kind: string;
  from_type: string;
  from_id: string;
  to_type: string;
  to_id: string;
  edge_id: string | null;
}

interface Graph {
  adjacency: Map<string, Array<{ edge: EdgeRow; other: string; forward: boolean }>>;
  typeOf: Map<string, string>;
}

async function loadGraph(ds: DataSource): Promise<Graph> {
  // The oracle reads the tables themselves, not the view the server walks.
  const rows = (await ds.query(`
    SELECT 'party' AS kind, 'Agency' AS from_type, agency_id AS from_id, 'Agreement' AS to_type, agreement_id AS to_id, id AS edge_id FROM agreement_party
    UNION ALL SELECT 'signatory', 'Person', signatory_id, 'Agreement', agreement_id, id FROM agreement_party WHERE signatory_id IS NOT NULL
    UNION ALL SELECT 'covers_domain', 'Agreement', agreement_id, 'Domain', domain_id, NULL FROM agreement_domain
    UNION ALL SELECT 'covers_country', 'Agreement', agreement_id, 'Country', country_id, NULL FROM agreement_country
    UNION ALL SELECT 'parent_agreement', 'Agreement', id, 'Agreement', parent_id, NULL FROM agreement WHERE parent_id IS NOT NULL
    UNION ALL SELECT 'runs_under', 'Mission', id, 'Agreement', agreement_id, NULL FROM mission WHERE agreement_id IS NOT NULL
    UNION ALL SELECT 'mission_country', 'Mission', id, 'Country', country_id, NULL FROM mission
    UNION ALL SELECT 'mission_domain', 'Mission', mission_id, 'Domain', domain_id, NULL FROM mission_domain
    UNION ALL SELECT 'assignment', 'Mission', mission_id, 'Expert', expert_id, id FROM assignment
    UNION ALL SELECT 'employer', 'Expert', id, 'Agency', employer_id, NULL FROM expert
    UNION ALL SELECT 'expertise', 'Expert', expert_id, 'Domain', domain_id, NULL FROM expert_domain
    UNION ALL SELECT 'person', 'Expert', id, 'Person', person_id, NULL FROM expert
    UNION ALL SELECT 'affiliation', 'Person', person_id, 'Agency', agency_id, id FROM affiliation
    UNION ALL SELECT 'lineage', 'Agency', predecessor_id, 'Agency', successor_id, id FROM agency_lineage
    UNION ALL SELECT 'designation', 'PartnerDesignation', id, 'Country', country_id, NULL FROM partner_designation
    UNION ALL SELECT 'parent_domain', 'Domain', id, 'Domain', parent_id, NULL FROM domain WHERE parent_id IS NOT NULL
    UNION ALL SELECT 'agency_country', 'Agency', id, 'Country', country_id, NULL FROM agency WHERE country_id IS NOT NULL`)) as EdgeRow[];
  const graph: Graph = { adjacency: new Map(), typeOf: new Map() };
  const link = (node: string, entry: { edge: EdgeRow; other: string; forward: boolean }) => {
    if (!graph.adjacency.has(node)) graph.adjacency.set(node, []);
    graph.adjacency.get(node)!.push(entry);
  };
  for (const edge of rows) {
    link(edge.from_id, { edge, other: edge.to_id, forward: true });
    link(edge.to_id, { edge, other: edge.from_id, forward: false });
    graph.typeOf.set(edge.from_id, edge.from_type);
    graph.typeOf.set(edge.to_id, edge.to_type);
  }
  return graph;
}

const degree = (g: Graph, id: string) => g.adjacency.get(id)?.length ?? 0;

/** Distances from `start`, up to `max` steps. */
function distances(g: Graph, start: string, max: number): Map<string, number> {
  const seen = new Map([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= max && frontier.length > 0; d += 1) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const { other } of g.adjacency.get(node) ?? []) {
        if (!seen.has(other)) {
          seen.set(other, d);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

type Expected = { tooBroad: true } | { tooBroad: false; paths: string[] };

/**
 * What `paths` must answer, computed independently: the search from both ends that the
 * API documents (layers from `from` and `to`, grown alternately, each step's scan of
 * edges limited to `cap`), and every shortest path enumerated by depth-first search.
 */
function expectedPaths(g: Graph, s: string, t: string, maxLength: number, cap: number): Expected {
  const layersF = [new Set([s])];
  const layersB = [new Set([t])];
  const seenF = new Set([s]);
  const seenB = new Set([t]);
  const grow = (layers: Array<Set<string>>, seen: Set<string>): boolean => {
    const frontier = layers[layers.length - 1];
    let scanned = 0;
    const next = new Set<string>();
    for (const node of frontier) {
      for (const { other } of g.adjacency.get(node) ?? []) {
        scanned += 1;
        if (!seen.has(other)) next.add(other);
      }
    }
    if (scanned > cap) return false;
    for (const node of next) seen.add(node);
    layers.push(next);
    return true;
  };
  const meets = (a: Set<string>, b: Set<string>) => [...a].some((n) => b.has(n));
  let length: number | undefined;
  const order: Array<() => boolean> = [
    () => grow(layersF, seenF) && (meets(layersF[1], layersB[0]) ? ((length = 1), true) : true),
    () => grow(layersB, seenB) && (meets(layersF[1], layersB[1]) ? ((length = 2), true) : true),
    () => grow(layersF, seenF) && (meets(layersF[2], layersB[1]) ? ((length = 3), true) : true),
    () => grow(layersB, seenB) && (meets(layersF[2], layersB[2]) ? ((length = 4), true) : true),
  ];
  for (let step = 0; step < maxLength && length === undefined; step += 1) {
    if (!order[step]()) return { tooBroad: true };
  }
  if (length === undefined) return { tooBroad: false, paths: [] };
  const toTarget = distances(g, t, length);
  const found: string[] = [];
  const walk = (node: string, trail: string[], left: number) => {
    if (left === 0) {
      if (node === t) found.push(trail.join(' '));
      return;
    }
    for (const { edge, other, forward } of g.adjacency.get(node) ?? []) {
      if (toTarget.get(other) === left - 1) walk(other, [...trail, `${edge.kind}:${forward ? 'f' : 'b'}:${edge.edge_id ?? ''}`, other], left - 1);
    }
  };
  walk(s, [s], length);
  if (found.length > cap) return { tooBroad: true };
  return { tooBroad: false, paths: found.sort() };
}

const rowId = (globalId: string): string => tryFromGlobalId(globalId)?.id ?? `not an ID: ${globalId}`;

// A low scan limit lets the small synthetic data set stand for a large one.
const SCAN_LIMIT = 400;

describe.each(databaseKinds())('graph questions on synthetic data (%s database)', (kind) => {
  let server: TestServer;
  let graph: Graph;
  let ds: DataSource;
  let agencies: string[];
  beforeAll(async () => {
    server = await startTestServer(kind, { seed: false, env: { GRAPH_SCAN_LIMIT: String(SCAN_LIMIT) } });
    ds = server.app.db.dataSource;
    await generateSynthetic(ds, { scale: 0.02 });
    graph = await loadGraph(ds);
    agencies = ((await ds.query(`SELECT id FROM agency ORDER BY id`)) as Array<{ id: string }>).map((r) => r.id);
    agencies.sort((a, b) => degree(graph, b) - degree(graph, a) || (a < b ? -1 : 1));
  }, 120_000);
  afterAll(() => server?.close());

  test('a neighbourhood cut by its limit says so, keeps the nearest nodes, and matches the oracle when whole', async () => {
    const hub = agencies[0];
    const near = distances(graph, hub, 2);
    const atOne = [...near.values()].filter((d) => d === 1).length;
    expect(atOne).toBeGreaterThan(30);
    const cut = await server.data(NEIGHBORHOOD, { id: toGlobalId('Agency', hub), depth: 2, limit: 30 });
    expect(cut.neighborhood.truncated).toBe(true);
    expect(cut.neighborhood.nodes).toHaveLength(30);
    expect(cut.neighborhood.depths).toEqual([0, ...Array(29).fill(1)]);
    for (const node of cut.neighborhood.nodes.slice(1)) expect(near.get(rowId(node.id))).toBe(1);

    // The least connected agency, whole: the same nodes and edges as the oracle.
    const small = agencies[agencies.length - 1];
    const whole = await server.data(NEIGHBORHOOD, { id: toGlobalId('Agency', small), depth: 1, limit: 500 });
    const expected = distances(graph, small, 1);
    expect(whole.neighborhood.truncated).toBe(false);
    expect(whole.neighborhood.nodes.map((n: any) => rowId(n.id)).sort()).toEqual([...expected.keys()].sort());
    const edgesAmong = new Set<string>();
    for (const id of expected.keys()) {
      for (const { edge } of graph.adjacency.get(id) ?? []) {
        if (expected.has(edge.from_id) && expected.has(edge.to_id)) edgesAmong.add(`${edge.kind} ${edge.from_id} ${edge.to_id} ${edge.edge_id ?? ''}`);
      }
    }
    const got = whole.neighborhood.edges.map((e: any) => `${e.kind.toLowerCase()} ${rowId(e.from.id)} ${rowId(e.to.id)} ${e.via ? rowId(e.via.id) : ''}`);
    expect(got.sort()).toEqual([...edgesAmong].sort());
  });

  test('the statements of a neighbourhood request do not depend on the start node\'s degree', async () => {
    const [hub, small] = [agencies[0], agencies[agencies.length - 1]];
    expect(degree(graph, hub)).toBeGreaterThan(5 * degree(graph, small));
    const query = `query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 500, types: [AGREEMENT, COUNTRY, PERSON]) {
      truncated nodes { id __typename ... on Agreement { reference } ... on Person { name } ... on Country { iso2 } } edges { kind from { id } to { id } via { id } } } }`;
    const a = await server.gql(query, { id: toGlobalId('Agency', hub) });
    const b = await server.gql(query, { id: toGlobalId('Agency', small) });
    expect(a.body.errors).toBeUndefined();
    expect(b.body.errors).toBeUndefined();
    // Both found agreements, people and a country (the same node types), in very different numbers.
    for (const response of [a, b]) {
      expect(new Set(response.body.data!.neighborhood.nodes.slice(1).map((n: any) => n.__typename))).toEqual(new Set(['Agreement', 'Country', 'Person']));
    }
    expect(a.body.data!.neighborhood.nodes.length).toBeGreaterThan(2 * b.body.data!.neighborhood.nodes.length);
    expect(a.body.extensions!.sqlStatements).toBe(b.body.extensions!.sqlStatements);
    // begin, set, the question, commit; then one statement per node type and per edge type.
    expect(a.body.extensions!.sqlStatements).toBeLessThanOrEqual(4 + 4 + 2);
  });

  test('shortest paths match the oracle, or are refused as too broad exactly when the oracle says so', async () => {
    const byDegree = [...graph.adjacency.keys()].sort((x, y) => degree(graph, y) - degree(graph, x) || (x < y ? -1 : 1));
    const hubs = byDegree.slice(0, 6);
    const quiet = byDegree.filter((id) => degree(graph, id) <= 3).sort().slice(0, 6);
    const pairs: Array<[string, string]> = [];
    for (const a of [...hubs, ...quiet]) for (const b of [...hubs, ...quiet]) if (a < b) pairs.push([a, b]);
    let answered = 0;
    let refused = 0;
    for (const [s, t] of pairs) {
      for (const maxLength of [2, 4]) {
        const expected = expectedPaths(graph, s, t, maxLength, SCAN_LIMIT);
        const response = await server.gql(PATHS, { from: toGlobalId(graph.typeOf.get(s)!, s), to: toGlobalId(graph.typeOf.get(t)!, t), maxLength, limit: 100 });
        if (expected.tooBroad) {
          refused += 1;
          expect(response.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_BROAD');
          continue;
        }
        answered += 1;
        expect(response.body.errors).toBeUndefined();
        const got = response.body.data!.paths.map((p: any) =>
          [rowId(p.nodes[0].id), ...p.steps.flatMap((st: any) => [`${st.kind.toLowerCase()}:${st.direction === 'FORWARD' ? 'f' : 'b'}:${st.via ? rowId(st.via.id) : ''}`, rowId(st.node.id)])].join(' '),
        );
        if (expected.paths.length <= 100) expect(got.sort()).toEqual(expected.paths);
        else {
          expect(got).toHaveLength(100);
          for (const path of got) expect(expected.paths).toContain(path);
        }
      }
    }
    // The pairs exercise both outcomes.
    expect(answered).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(0);
  });

  test('an explosive question between hubs is answered with a clear error, not a timeout', async () => {
    // The two most connected agencies, through missions only: no shared agreement, so the
    // search must grow two steps from each side, through hundreds of missions and experts.
    const [a, b] = agencies;
    const response = await server.gql(PATHS, {
      from: toGlobalId('Agency', a),
      to: toGlobalId('Agency', b),
      maxLength: 4,
      edgeKinds: ['EMPLOYER', 'ASSIGNMENT', 'RUNS_UNDER', 'MISSION_DOMAIN', 'EXPERTISE'],
      types: ['EXPERT', 'MISSION', 'DOMAIN'],
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toBeNull();
    expect(response.body.errors![0].extensions!.code).toBe('QUERY_TOO_BROAD');
    expect(response.body.errors![0].message).toMatch(/too broad.*more than 400 edges.*Narrow it: lower `maxLength`/);
  });

  test('overlaps match counts computed independently', async () => {
    const setOf = async (sql: string, id: string) => new Set(((await ds.query(sql, [id])) as Array<{ id: string }>).map((r) => r.id));
    const intersect = (x: Set<string>, y: Set<string>) => [...x].filter((id) => y.has(id)).sort();
    const bestPair = async (ids: string[], sql: string) => {
      const sets = await Promise.all(ids.map((id) => setOf(sql, id)));
      let best: { a: string; b: string; shared: string[] } | undefined;
      for (let i = 0; i < ids.length; i += 1) {
        for (let j = i + 1; j < ids.length; j += 1) {
          const shared = intersect(sets[i], sets[j]);
          if (!best || shared.length > best.shared.length) best = { a: ids[i], b: ids[j], shared };
        }
      }
      return best!;
    };

    // Experts working for an agency: employed by it, or assigned to a mission under one of its agreements.
    const expertsOf = `SELECT id FROM expert WHERE employer_id = $1
      UNION SELECT a.expert_id FROM assignment a WHERE a.mission_id IN (
        SELECT m.id FROM mission m WHERE m.agreement_id IN (SELECT agreement_id FROM agreement_party WHERE agency_id = $1))`;
    const experts = await bestPair(agencies, expertsOf);
    expect(experts.shared.length).toBeGreaterThan(3);
    const e = await server.data(OVERLAP, { a: toGlobalId('Agency', experts.a), b: toGlobalId('Agency', experts.b), shared: 'EXPERTS', limit: 3 });
    expect(e.overlap.count).toBe(experts.shared.length);
    expect(e.overlap.nodes.map((n: any) => rowId(n.id))).toEqual(experts.shared.slice(0, 3));
    expect(e.overlap.nodes.every((n: any) => n.__typename === 'Expert')).toBe(true);

    const agreementsOf = `SELECT agreement_id AS id FROM agreement_party WHERE agency_id = $1`;
    const shared = await bestPair(agencies, agreementsOf);
    const g = await server.data(OVERLAP, { a: toGlobalId('Agency', shared.a), b: toGlobalId('Agency', shared.b), shared: 'AGREEMENTS' });
    expect(g.overlap.count).toBe(shared.shared.length);
    expect(g.overlap.nodes.map((n: any) => rowId(n.id))).toEqual(shared.shared);

    // Missions related to an agreement: under it or a child of it, or staffed by an expert employed by one of its parties.
    const missionsOf = `SELECT id FROM mission WHERE agreement_id = $1 OR agreement_id IN (SELECT id FROM agreement WHERE parent_id = $1)
      UNION SELECT s.mission_id FROM assignment s JOIN expert x ON x.id = s.expert_id WHERE x.employer_id IN (SELECT agency_id FROM agreement_party WHERE agreement_id = $1)`;
    const agreements = ((await ds.query(`SELECT id FROM agreement ORDER BY id LIMIT 15`)) as Array<{ id: string }>).map((r) => r.id);
    const missions = await bestPair(agreements, missionsOf);
    expect(missions.shared.length).toBeGreaterThan(0);
    const m = await server.data(OVERLAP, { a: toGlobalId('Agreement', missions.a), b: toGlobalId('Agreement', missions.b), shared: 'MISSIONS', limit: 500 });
    expect(m.overlap.count).toBe(missions.shared.length);
    expect(m.overlap.nodes.map((n: any) => rowId(n.id))).toEqual(missions.shared);
  });
});

export {};
