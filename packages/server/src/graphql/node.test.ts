import { randomUUID } from 'node:crypto';
import { toGlobalId } from './global-id';
import { seedId } from '../seed/ids';
import { databaseKinds, startTestServer, type TestServer } from '../test/harness';

describe.each(databaseKinds())('node(id), nodes(ids) and paging (%s database)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  test('every node type round-trips through node(id)', async () => {
    const { missions, agreements, sources, domains, countries, people } = await server.data(`{
      missions(first: 5) { nodes { id assignments { id } } }
      agreements(first: 5) { nodes { id parties { id } } }
      sources(first: 5) { nodes { id citedBy(first: 2) { nodes { id } } } }
      domains(first: 5) { nodes { id } }
      countries(first: 5) { nodes { id partnerDesignations { id } } }
      people(first: 5) { nodes { id affiliations { id } } }
    }`);
    const ids: string[] = [
      ...missions.nodes.map((n: any) => n.id),
      ...agreements.nodes.flatMap((n: any) => [n.id, ...n.parties.map((p: any) => p.id)]),
      ...sources.nodes.flatMap((n: any) => [n.id, ...n.citedBy.nodes.map((c: any) => c.id)]),
      ...domains.nodes.map((n: any) => n.id),
      ...countries.nodes.flatMap((n: any) => [n.id, ...n.partnerDesignations.map((p: any) => p.id)]),
      ...people.nodes.flatMap((n: any) => [n.id, ...n.affiliations.map((a: any) => a.id)]),
    ];
    const { nodes } = await server.data(`query($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }`, { ids });
    expect(nodes.map((n: any) => n.id)).toEqual(ids);
    expect(new Set(nodes.map((n: any) => n.__typename))).toEqual(
      new Set(['Mission', 'Agreement', 'AgreementParty', 'Source', 'Citation', 'Domain', 'Country', 'PartnerDesignation', 'Person', 'Affiliation']),
    );
    const lineage = toGlobalId('AgencyLineage', seedId('lineage:fedict:bosa'));
    const { node } = await server.data(`query($id: ID!) { node(id: $id) { id ... on AgencyLineage { predecessor { acronym(lang: EN) } } } }`, { id: lineage });
    expect(node).toEqual({ id: lineage, predecessor: { acronym: 'Fedict' } });
  });

  test('a malformed ID is a client error that says so; a well-formed unknown ID is null', async () => {
    const bad = await server.gql(`{ node(id: "not-an-id") { id } }`);
    expect(bad.status).toBe(200);
    expect(bad.body.data).toEqual({ node: null });
    expect(bad.body.errors).toHaveLength(1);
    expect(bad.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    expect(bad.body.errors![0]!.message).toBe('"not-an-id" is not a valid Coopgraph ID; use an `id` returned by the API.');

    const foreignType = await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId('Spaceship', randomUUID()) });
    expect(foreignType.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');

    const unknown = await server.data(`query($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId('Agency', randomUUID()) });
    expect(unknown).toEqual({ node: null });

    const mixed = await server.data(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: [toGlobalId('Mission', randomUUID()), toGlobalId('Agency', seedId('agency:bosa'))],
    });
    expect(mixed.nodes).toEqual([null, { id: toGlobalId('Agency', seedId('agency:bosa')) }]);

    const tooMany = await server.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 101 }, () => toGlobalId('Agency', randomUUID())) });
    expect(tooMany.body.errors![0]!.message).toBe('`ids` may hold at most 100 IDs; got 101.');
  });

  test('connections page with opaque cursors, both ways, and refuse a missing or oversized page', async () => {
    const all = await server.data(`{ domains(first: 100) { totalCount nodes { id } } }`);
    const total = all.domains.totalCount;
    expect(total).toBe(all.domains.nodes.length);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await server.data(`query($after: String) { domains(first: 5, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, { after });
      seen.push(...page.domains.edges.map((e: any) => e.node.id));
      if (!page.domains.pageInfo.hasNextPage) break;
      after = page.domains.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.domains.nodes.map((n: any) => n.id));

    const last = await server.data(`{ domains(last: 3) { nodes { id } pageInfo { hasPreviousPage hasNextPage } } }`);
    expect(last.domains.nodes.map((n: any) => n.id)).toEqual(seen.slice(-3));
    expect(last.domains.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });

    // Checked before execution, variables included: HTTP 400 and no partial data.
    const missing = await server.gql(`{ domains { nodes { id } } }`);
    expect(missing.status).toBe(400);
    expect(missing.body.data).toBeUndefined();
    expect(missing.body.errors![0]).toMatchObject({ message: 'Give `first` or `last` (at most 100) to page through `domains`.', extensions: { code: 'BAD_USER_INPUT' } });
    const oversized = await server.gql(`query($n: Int) { agencies(first: $n) { nodes { id } } }`, { n: 101 });
    expect(oversized.status).toBe(400);
    expect(oversized.body.errors![0]!.message).toBe('`first` on `agencies` must be between 0 and 100; got 101.');
    const both = await server.gql(`{ agencies(first: 1, last: 1) { nodes { id } } }`);
    expect(both.status).toBe(400);
    expect(both.body.errors![0]!.message).toBe('Give either `first` or `last` on `agencies`, not both.');
    const badCursor = await server.gql(`{ agencies(first: 2, after: "bogus") { nodes { id } } }`);
    expect(badCursor.body.errors![0]!.message).toBe('`after` is not a cursor of this list with this order; use a cursor returned by the same query.');
  });
});
