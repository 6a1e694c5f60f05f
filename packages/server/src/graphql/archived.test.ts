import { toGlobalId } from './global-id';
import { seedId } from '../seed/ids';
import { databaseKinds, startTestServer, type TestServer } from '../test/harness';
import { ok } from '../test/write-helpers';

const MOZAMBIQUE = toGlobalId('Country', seedId('country:MZ'));

describe.each(databaseKinds())('archived records in lists (%s database)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  const missionsIn = async (archived?: string) => {
    const arg = archived ? `, archived: ${archived}` : '';
    return server.data(`{
      missions(first: 10${arg}) { totalCount nodes { reference archivedAt } }
      country: node(id: "${MOZAMBIQUE}") { ... on Country { missions(first: 10${arg}) { totalCount nodes { reference } } } }
      countries(first: 100, filter: { missions: { some: {} } }) { nodes { iso2 } }
    }`);
  };

  test('root lists, relation lists, their counts and relation filters hide archived records unless asked', async () => {
    const before = await missionsIn();
    const mozambique = before.country.missions.nodes[0];
    expect(before.country.missions.totalCount).toBe(1);
    expect(before.countries.nodes.map((c: any) => c.iso2)).toContain('MZ');

    const { missions } = await server.data(`{ missions(first: 10, filter: { country: { iso2: { eq: "MZ" } } }) { nodes { id version } } }`);
    const target = missions.nodes[0];
    await ok(server, 'nodeArchive', { id: target.id, version: target.version }, 'id');

    const hidden = await missionsIn();
    expect(hidden.missions.totalCount).toBe(before.missions.totalCount - 1);
    expect(hidden.missions.nodes.map((m: any) => m.reference)).not.toContain(mozambique.reference);
    expect(hidden.country.missions).toEqual({ totalCount: 0, nodes: [] });
    expect(hidden.countries.nodes.map((c: any) => c.iso2)).not.toContain('MZ');

    const all = await missionsIn('INCLUDE');
    expect(all.missions.totalCount).toBe(before.missions.totalCount);
    expect(all.country.missions.totalCount).toBe(1);

    const only = await missionsIn('ONLY');
    expect(only.missions.totalCount).toBe(1);
    expect(only.missions.nodes).toEqual([{ reference: mozambique.reference, archivedAt: expect.any(String) }]);

    // Still reachable by ID, and restorable.
    const { node } = await server.data(`query($id: ID!) { node(id: $id) { ... on Mission { version archivedAt } } }`, { id: target.id });
    expect(node.archivedAt).not.toBeNull();
    await ok(server, 'nodeRestore', { id: target.id, version: node.version }, 'id');
    expect((await missionsIn()).missions.totalCount).toBe(before.missions.totalCount);
  });

  test('the history of many nodes takes the same statements as the history of one', async () => {
    const statements = async (first: number) => {
      const response = await server.gql(`{ missions(first: ${first}, archived: INCLUDE) { nodes { reference history(first: 3) { totalCount nodes { operation actor } } } } }`);
      expect(response.body.errors).toBeUndefined();
      const nodes = response.body.data!.missions.nodes;
      expect(nodes.length).toBe(first);
      expect(nodes.every((n: any) => n.history.totalCount > 0 && n.history.nodes.length > 0)).toBe(true);
      return response.body.extensions!.sqlStatements;
    };
    expect(await statements(2)).toBe(await statements(1));
  });
});
