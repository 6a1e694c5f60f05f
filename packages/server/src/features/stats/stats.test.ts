import { generateSynthetic } from '../../synthetic/generate';
import { databaseKinds, startTestServer, type TestServer } from '../../test/harness';

describe.each(databaseKinds())('aggregates (%s database)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
    await generateSynthetic(server.app.db.dataSource, { scale: 0.02, seed: 11 });
  });
  afterAll(() => server?.close());

  test('missions per country per year, on the seed', async () => {
    const { missionStats } = await server.data(`{ missionStats(groupBy: [COUNTRY, YEAR], filter: { synthetic: false }) { country { iso2 } year count expertDays } }`);
    const byCountry = [...missionStats].sort((a: any, b: any) => a.country.iso2.localeCompare(b.country.iso2));
    expect(byCountry).toEqual([
      { country: { iso2: 'BJ' }, year: 2017, count: 1, expertDays: 0 },
      { country: { iso2: 'MZ' }, year: null, count: 1, expertDays: 0 },
    ]);
  });

  test('agreements per domain count the whole subtree', async () => {
    const { agreementStats } = await server.data(`{ agreementStats(groupBy: [DOMAIN], filter: { synthetic: false }) { domain { key } count missionCount } }`);
    const byKey = Object.fromEntries(agreementStats.map((g: any) => [g.domain.key, [g.count, g.missionCount]]));
    expect(byKey['public-administration']).toEqual([2, 1]); // BOSA-BTC directly, Fedict-BTC through e-governance
    expect(byKey['e-governance']).toEqual([1, 0]);
    expect(byKey['electronic-identity']).toEqual([1, 0]);
    expect(byKey['justice']).toBeUndefined();
  });

  test('groups are the same whether or not the costly measures are selected (they are computed only when asked for)', async () => {
    const withMeasure = await server.data(`{ agreementStats(groupBy: [KIND, STATUS]) { kind status count missionCount } }`);
    const without = await server.data(`{ agreementStats(groupBy: [KIND, STATUS]) { kind status ...Counted } } fragment Counted on AgreementGroup { count }`);
    expect(without.agreementStats).toEqual(withMeasure.agreementStats.map(({ missionCount: _m, ...g }: any) => g));
    expect(withMeasure.agreementStats.some((g: any) => g.missionCount > 0)).toBe(true);
    const missions = await server.data(`{ missionStats(groupBy: [STATUS]) { status count expertDays } }`);
    const missionsWithout = await server.data(`{ missionStats(groupBy: [STATUS]) { status count } }`);
    expect(missionsWithout.missionStats).toEqual(missions.missionStats.map(({ expertDays: _d, ...g }: any) => g));
  });

  test('missions per country per year match an independent SQL count, expert-days included', async () => {
    const ds = server.app.db.dataSource;
    const expected = (await ds.query(`
      SELECT c.iso2, extract(year FROM lower(coalesce(m.actual_start, m.planned_start)))::int AS year, count(*)::int AS n,
             coalesce(sum((SELECT sum(a.days) FROM assignment a WHERE a.mission_id = m.id)), 0)::float8 AS days
      FROM mission m JOIN country c ON c.id = m.country_id WHERE m.synthetic GROUP BY 1, 2`)) as Array<{ iso2: string; year: number | null; n: number; days: number }>;
    const { missionStats } = await server.data(`{ missionStats(groupBy: [COUNTRY, YEAR], filter: { synthetic: true }) { country { iso2 } year count expertDays } }`);
    const got = new Map(missionStats.map((g: any) => [`${g.country.iso2}:${g.year}`, [g.count, g.expertDays]]));
    expect(got.size).toBe(expected.length);
    for (const row of expected) {
      const [n, days] = got.get(`${row.iso2}:${row.year}`) as [number, number];
      expect(n).toBe(row.n);
      expect(days).toBeCloseTo(row.days, 5);
    }
    const counts = missionStats.map((g: any) => g.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts); // largest groups first
  });

  test('grouping by agency, and by status within a filter, agree with the lists', async () => {
    const { agreementStats } = await server.data(`{ agreementStats(groupBy: [AGENCY], filter: { synthetic: true }) { agency { id } count } }`);
    const top = agreementStats[0];
    const { agreements } = await server.data(`query($id: ID!) { agreements(first: 1, filter: { agencies: { some: { id: { eq: $id } } } }) { totalCount } }`, { id: top.agency.id });
    expect(agreements.totalCount).toBe(top.count);
    const { missionStats } = await server.data(`{ missionStats(groupBy: [STATUS], filter: { status: { in: [PLANNED, COMPLETED] } }) { status count } }`);
    expect(new Set(missionStats.map((g: any) => g.status))).toEqual(new Set(['PLANNED', 'COMPLETED']));
    const total = await server.data(`{ missionStats(groupBy: []) { count } missions(first: 1) { totalCount } }`);
    expect(total.missionStats).toEqual([{ count: total.missions.totalCount }]);
  });

  test('statements per aggregate request do not grow with the groups', async () => {
    const few = await server.gql(`{ missionStats(groupBy: [STATUS]) { status count } }`);
    const many = await server.gql(`{ missionStats(groupBy: [DOMAIN, COUNTRY]) { domain { key label } country { name } count } }`);
    expect(few.body.errors).toBeUndefined();
    expect(many.body.errors).toBeUndefined();
    expect(many.body.data!.missionStats.length).toBeGreaterThan(few.body.data!.missionStats.length * 5);
    expect(many.body.extensions!.sqlStatements).toBeLessThanOrEqual(3);
  });

  test('more than two dimensions, or one twice, is refused with a sentence', async () => {
    const three = await server.gql(`{ missionStats(groupBy: [STATUS, KIND, YEAR]) { count } }`);
    expect(three.body.errors![0]).toMatchObject({ message: 'Group by at most two dimensions at once.', extensions: { code: 'BAD_USER_INPUT' } });
    const twice = await server.gql(`{ missionStats(groupBy: [YEAR, YEAR]) { count } }`);
    expect(twice.body.errors![0]!.message).toBe('Each dimension may appear once in groupBy.');
  });
});
