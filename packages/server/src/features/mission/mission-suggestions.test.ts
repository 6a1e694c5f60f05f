import { toGlobalId } from '../../graphql/global-id';
import { seedId } from '../../seed/ids';
import { databaseKinds, startTestServer, type TestServer } from '../../test/harness';
import { agreement, countryId, day, en, expert, mission, mutation, ok, unique } from '../../test/write-helpers';

const domain = (key: string) => toGlobalId('Domain', seedId(`domain:${key}`));

const SUGGESTIONS = `query($id: ID!, $langs: [String!]) { node(id: $id) { ... on Mission {
  expertSuggestions(first: 50, languages: $langs) { score domainMatch sharedLanguages fit conflicts { code certain message } expert { id } matchedDomains { key } }
} } }`;

describe.each(databaseKinds())('expert suggestions and assignment checks before saving (%s database)', (kind) => {
  let server: TestServer;
  let benin: string;
  let agr: any;
  beforeAll(async () => {
    server = await startTestServer(kind);
    benin = await countryId(server, 'BJ');
    agr = await agreement(server, '2021-01-01', '2021-12-31', [benin]);
  });
  afterAll(() => server?.close());

  /** An expert with the given domains and languages. */
  const specialist = async (domains: string[], languages: string[]) => {
    const e = await expert(server);
    return ok(server, 'expertSetExpertise', { id: e.id, version: e.version, domainIds: domains.map(domain), languages }, 'id version');
  };

  test('experts rank by domain (broader and narrower count), language and calendar; conflicts are named', async () => {
    const m = await ok(server, 'missionCreate', {
      reference: unique('M'),
      title: en('Identity cards'),
      countryId: benin,
      agreementId: agr.id,
      plannedStart: day('2021-03-01'),
      plannedEnd: day('2021-03-12'),
      domainIds: [domain('electronic-identity'), domain('human-resources-management')],
    }, 'id version');
    const exact = await specialist(['electronic-identity', 'human-resources-management'], ['fr']);
    const broader = await specialist(['e-governance'], ['pt']);
    const busy = await specialist(['electronic-identity', 'human-resources-management'], ['fr']);
    const unrelated = await specialist(['food-security'], ['fr']);
    const other = await mission(server, agr.id, benin, day('2021-03-10'), day('2021-03-20'));
    await ok(server, 'missionAssignExpert', { missionId: other.id, expertId: busy.id, role: 'LEAD' });

    const { node } = await server.data(SUGGESTIONS, { id: m.id, langs: ['FR'] });
    const byExpert = new Map(node.expertSuggestions.map((s: any) => [s.expert.id, s]));
    const ranked = node.expertSuggestions.map((s: any) => s.expert.id);
    expect(byExpert.get(exact.id)).toMatchObject({ score: 1, domainMatch: 1, sharedLanguages: ['fr'], fit: 'FREE', conflicts: [] });
    expect((byExpert.get(exact.id) as any).matchedDomains.map((d: any) => d.key).sort()).toEqual(['electronic-identity', 'human-resources-management']);
    // e-governance is broader than electronic identity: it counts for that one domain of two.
    expect(byExpert.get(broader.id)).toMatchObject({ domainMatch: 0.5, sharedLanguages: [], fit: 'FREE', matchedDomains: [{ key: 'electronic-identity' }] });
    expect(byExpert.get(busy.id)).toMatchObject({
      domainMatch: 1,
      fit: 'CONFLICT',
      conflicts: [{ code: 'EXPERT_DOUBLE_BOOKED', certain: true, message: expect.stringContaining('overlaps this one') }],
    });
    expect(byExpert.get(unrelated.id)).toMatchObject({ domainMatch: 0, sharedLanguages: ['fr'] });
    // Weighted: exact 1; busy 0.5·1 + 0.2·1 + 0.3·0 = 0.7; broader 0.5·0.5 + 0 + 0.3 = 0.55; unrelated 0 + 0.2 + 0.3 = 0.5.
    expect([exact.id, busy.id, broader.id, unrelated.id].map((id) => (byExpert.get(id) as any).score)).toEqual([1, 0.7, 0.55, 0.5]);
    expect(ranked.indexOf(exact.id)).toBeLessThan(ranked.indexOf(busy.id));
    expect(ranked.indexOf(busy.id)).toBeLessThan(ranked.indexOf(broader.id));
    expect(ranked.indexOf(broader.id)).toBeLessThan(ranked.indexOf(unrelated.id));

    // Once assigned, an expert is no longer suggested.
    await ok(server, 'missionAssignExpert', { missionId: m.id, expertId: exact.id, role: 'LEAD' });
    const after = await server.data(SUGGESTIONS, { id: m.id, langs: ['fr'] });
    expect(after.node.expertSuggestions.map((s: any) => s.expert.id)).not.toContain(exact.id);
  });

  test('suggestions for many missions take the same statements as for one', async () => {
    const statements = async (first: number) => {
      const response = await server.gql(`{ missions(first: ${first}, filter: { plannedStart: { overlaps: { from: "2021-01-01", to: "2021-12-31" } } }) {
        nodes { expertSuggestions(first: 3, languages: ["fr"]) { score expert { id } matchedDomains { key } } } } }`);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.missions.nodes).toHaveLength(first);
      return response.body.extensions!.sqlStatements;
    };
    for (const d of ['2021-06-01', '2021-06-10', '2021-06-20']) await mission(server, agr.id, benin, day(d), day(d));
    expect(await statements(3)).toBe(await statements(1));
  });

  test('bad arguments are refused with the argument named', async () => {
    const m = await mission(server, agr.id, benin, day('2021-05-01'), day('2021-05-05'));
    const tooMany = await server.gql(`query($id: ID!) { node(id: $id) { ... on Mission { expertSuggestions(first: 500) { score } } } }`, { id: m.id });
    expect(tooMany.body.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([['BAD_USER_INPUT', 'first']]);
    const badLanguage = await server.gql(`query($id: ID!) { node(id: $id) { ... on Mission { expertSuggestions(languages: ["french"]) { score } } } }`, { id: m.id });
    expect(badLanguage.body.errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([['BAD_USER_INPUT', 'languages']]);
  });

  test('a dry run of missionAssignExpert reports the conflicts and writes nothing', async () => {
    const e = await expert(server);
    const first = await mission(server, agr.id, benin, day('2021-09-01'), day('2021-09-10'));
    const second = await mission(server, agr.id, benin, day('2021-09-05'), day('2021-09-15'));
    await ok(server, 'missionAssignExpert', { missionId: first.id, expertId: e.id, role: 'LEAD' });
    const before = await server.data(`{ changes(first: 1) { totalCount edges { cursor } } }`);

    const dry = await mutation(server, 'missionAssignExpert', { missionId: second.id, expertId: e.id, role: 'MEMBER', dryRun: true });
    expect(dry.assignment).toBeNull();
    expect(dry.userErrors.map((x) => x.code)).toEqual(['EXPERT_DOUBLE_BOOKED']);
    const accepted = await mutation(server, 'missionAssignExpert', { missionId: second.id, expertId: e.id, role: 'MEMBER', dryRun: true, acceptConflicts: ['EXPERT_DOUBLE_BOOKED'] });
    expect([accepted.assignment, accepted.userErrors]).toEqual([null, []]);

    const { node } = await server.data(`query($id: ID!) { node(id: $id) { ... on Mission { assignments { id } } } }`, { id: second.id });
    expect(node.assignments).toEqual([]);
    expect(await server.data(`{ changes(first: 1) { totalCount edges { cursor } } }`)).toEqual(before);

    const real = await mutation(server, 'missionAssignExpert', { missionId: second.id, expertId: e.id, role: 'MEMBER', acceptConflicts: ['EXPERT_DOUBLE_BOOKED'] });
    expect(real.assignment).not.toBeNull();
  });
});
