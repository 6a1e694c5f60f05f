import { databaseKinds, startTestServer, type TestServer } from '../test/harness';
import { agency, agreement, countryId, day, en, expert, mission, mutation, unique } from '../test/write-helpers';

/**
 * Parallel requests, not sequential imitations. On PostgreSQL they run on separate pool
 * connections at the same time; the embedded database has one connection, where they
 * queue, and the outcome must be the same.
 */
describe.each(databaseKinds())('concurrent writes (%s database)', (kind) => {
  let server: TestServer;
  let benin: string;
  let agr: any;
  beforeAll(async () => {
    server = await startTestServer(kind);
    benin = await countryId(server, 'BJ');
    agr = await agreement(server, '2020-01-01', '2022-12-31', [benin]);
  });
  afterAll(() => server?.close());

  test('coordinators updating the same version at once: exactly one wins, the others get CONFLICT', async () => {
    const a = await agency(server);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => mutation(server, 'agencyUpdate', { id: a.id, version: a.version, website: `https://site-${i}.example.be` }, 'version website')),
    );
    const winners = results.filter((r) => r.userErrors.length === 0);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.userErrors[0]?.code === 'CONFLICT')).toHaveLength(5);
    const { node } = await server.data(`query($id: ID!) { node(id: $id) { ... on Agency { version website history(first: 10) { totalCount } } } }`, { id: a.id });
    expect(node).toEqual({ version: a.version + 1, website: winners[0]!.agency.website, history: { totalCount: 2 } });
  });

  test('two coordinators assigning the last available expert at once: one success, one clear refusal', async () => {
    for (let round = 0; round < 5; round += 1) {
      const e = await expert(server);
      const start = `2021-0${round + 1}-01`;
      const end = `2021-0${round + 1}-20`;
      const m1 = await mission(server, agr.id, benin, day(start), day(end));
      const m2 = await mission(server, agr.id, benin, day(`2021-0${round + 1}-10`), day(`2021-0${round + 1}-25`));
      const [r1, r2] = await Promise.all([
        mutation(server, 'missionAssignExpert', { missionId: m1.id, expertId: e.id, role: 'LEAD' }, 'id'),
        mutation(server, 'missionAssignExpert', { missionId: m2.id, expertId: e.id, role: 'LEAD' }, 'id'),
      ]);
      const outcomes = [r1, r2].map((r) => (r.userErrors.length ? r.userErrors[0]!.code : 'OK')).sort();
      expect(outcomes).toEqual(['EXPERT_DOUBLE_BOOKED', 'OK']);
      const refused = [r1, r2].find((r) => r.userErrors.length)!;
      expect(refused.assignment).toBeNull();
      expect(refused.userErrors[0]!.message).toMatch(/already on mission/);
      const { node } = await server.data(`query($id: ID!) { node(id: $id) { ... on Expert { assignments(first: 10) { nodes { id } } } } }`, { id: e.id });
      expect(node.assignments.nodes).toHaveLength(1);
    }
  });

  test('a create retried in parallel with one idempotency key creates once and both answer the same object', async () => {
    const key = unique('par');
    const input = { idempotencyKey: key, reference: unique('M'), title: en('Parallel retry'), countryId: benin, agreementId: agr.id };
    const results = await Promise.all(Array.from({ length: 4 }, () => mutation(server, 'missionCreate', input, 'id reference')));
    expect(results.every((r) => r.userErrors.length === 0)).toBe(true);
    expect(new Set(results.map((r) => r.mission.id)).size).toBe(1);
    const { changes } = await server.data(`query($s: ID!) { changes(first: 10, filter: { subject: $s }) { totalCount } }`, { s: results[0]!.mission.id });
    expect(changes.totalCount).toBe(1);
  });

  test('two creates racing for one unique reference: one succeeds, the other gets TAKEN on the field', async () => {
    const reference = unique('RACE');
    const results = await Promise.all(
      [1, 2, 3].map(() => mutation(server, 'agreementCreate', { reference, title: en('Race'), kind: 'COOPERATION' }, 'id')),
    );
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(1);
    for (const r of results.filter((x) => x.userErrors.length)) {
      expect(r.userErrors).toEqual([{ field: ['input', 'reference'], code: 'TAKEN', message: expect.any(String) }]);
    }
    const { changes } = await server.data(`{ changes(first: 100, filter: { subjectTypes: ["Agreement"], operations: [CREATE], since: "${new Date(Date.now() - 60_000).toISOString()}" }) { nodes { after } } }`);
    expect(changes.nodes.filter((n: any) => n.after.reference === reference)).toHaveLength(1);
  });
});
