import { databaseKinds, startTestServer, type TestServer } from '../../test/harness';
import { agreement, countryId, day, en, expert, mission, month, mutation, ok, unique } from '../../test/write-helpers';

describe.each(databaseKinds())('missions: state machine, rules and assignments (%s database)', (kind) => {
  let server: TestServer;
  let benin: string;
  let agr: any;
  beforeAll(async () => {
    server = await startTestServer(kind);
    benin = await countryId(server, 'BJ');
    agr = await agreement(server, '2020-01-01', '2020-12-31', [benin]);
  });
  afterAll(() => server?.close());

  test('a mission goes CONSIDERED → PLANNED → CONFIRMED → ONGOING → COMPLETED through the verbs', async () => {
    const created = await ok(server, 'missionCreate', { reference: unique('M'), title: en('Lifecycle'), countryId: benin, agreementId: agr.id }, 'id version status');
    expect(created.status).toBe('CONSIDERED');
    const planned = await ok(server, 'missionPlan', { id: created.id, version: created.version, plannedStart: day('2020-03-01'), plannedEnd: day('2020-03-10') }, 'id version status plannedStart { iso } plannedEnd { iso }');
    expect(planned).toMatchObject({ status: 'PLANNED', version: created.version + 1, plannedStart: { iso: '2020-03-01' }, plannedEnd: { iso: '2020-03-10' } });
    const confirmed = await ok(server, 'missionConfirm', { id: created.id, version: planned.version }, 'id version status');
    expect(confirmed.status).toBe('CONFIRMED');
    const started = await ok(server, 'missionStart', { id: created.id, version: confirmed.version, actualStart: day('2020-03-02') }, 'id version status actualStart { iso }');
    expect(started).toMatchObject({ status: 'ONGOING', actualStart: { iso: '2020-03-02' } });
    const done = await ok(server, 'missionComplete', { id: created.id, version: started.version, actualEnd: day('2020-03-09'), outcome: en('Done') }, 'id version status outcome actualEnd { iso }');
    expect(done).toMatchObject({ status: 'COMPLETED', outcome: 'Done', actualEnd: { iso: '2020-03-09' } });
  });

  test('an illegal transition is a user error naming the allowed ones, and changes nothing', async () => {
    const m = await ok(server, 'missionCreate', { reference: unique('M'), title: en('Skip'), countryId: benin, agreementId: agr.id }, 'id version');
    const skip = await mutation(server, 'missionStart', { id: m.id, version: m.version });
    expect(skip.mission).toBeNull();
    expect(skip.userErrors).toEqual([
      { field: ['input', 'id'], code: 'ILLEGAL_TRANSITION', message: expect.stringMatching(/CONSIDERED.*PLANNED or CANCELLED.*missionPlan, missionCancel/) },
    ]);
    const cancelled = await ok(server, 'missionCancel', { id: m.id, version: m.version }, 'id version status');
    expect(cancelled.status).toBe('CANCELLED');
    const again = await mutation(server, 'missionPlan', { id: m.id, version: cancelled.version, plannedStart: day('2020-03-01'), plannedEnd: day('2020-03-02') });
    expect(again.userErrors[0]).toMatchObject({ code: 'ILLEGAL_TRANSITION', message: expect.stringContaining('CANCELLED is final') });
    const { node } = await server.data(`query($id: ID!) { node(id: $id) { ... on Mission { status version } } }`, { id: m.id });
    expect(node).toEqual({ status: 'CANCELLED', version: cancelled.version });
  });

  test('planning needs a planned start and end', async () => {
    const m = await ok(server, 'missionCreate', { reference: unique('M'), title: en('No dates'), countryId: benin, agreementId: agr.id }, 'id version');
    const refused = await mutation(server, 'missionPlan', { id: m.id, version: m.version });
    expect(refused.userErrors.map((e) => [e.field, e.code])).toEqual([
      [['input', 'plannedStart'], 'REQUIRED'],
      [['input', 'plannedEnd'], 'REQUIRED'],
    ]);
  });

  test('dates in order: an end before the start is refused; a possible inversion of month dates is a warning', async () => {
    const refused = await mutation(server, 'missionCreate', { reference: unique('M'), title: en('Backwards'), countryId: benin, agreementId: agr.id, plannedStart: day('2020-05-10'), plannedEnd: day('2020-05-01') });
    expect(refused.userErrors).toEqual([{ field: ['input', 'plannedEnd'], code: 'DATE_ORDER', message: expect.stringContaining('comes before the start') }]);
    const warned = await mutation(server, 'missionCreate', { reference: unique('M'), title: en('Same month'), countryId: benin, agreementId: agr.id, plannedStart: month(2020, 5), plannedEnd: day('2020-05-15') });
    expect(warned.userErrors).toEqual([]);
    expect(warned.warnings).toEqual([{ field: ['input', 'plannedEnd'], code: 'DATE_ORDER', message: expect.stringContaining('may come before') }]);
    expect(warned.mission).not.toBeNull();
  });

  test("a mission's period must lie within its agreement's validity: certain outside is an error, possibly outside (month precision) a warning", async () => {
    const outside = await mutation(server, 'missionCreate', { reference: unique('M'), title: en('Too late'), countryId: benin, agreementId: agr.id, plannedStart: day('2021-02-01'), plannedEnd: day('2021-02-10') });
    expect(outside.userErrors.map((e) => [e.field, e.code])).toEqual([
      [['input', 'plannedStart'], 'OUTSIDE_AGREEMENT_PERIOD'],
      [['input', 'plannedEnd'], 'OUTSIDE_AGREEMENT_PERIOD'],
    ]);
    const late = await agreement(server, '2020-06-15', '2020-12-31', [benin]);
    const maybe = await mutation(server, 'missionCreate', { reference: unique('M'), title: en('June'), countryId: benin, agreementId: late.id, plannedStart: month(2020, 6), plannedEnd: day('2020-07-10') });
    expect(maybe.userErrors).toEqual([]);
    expect(maybe.warnings).toEqual([{ field: ['input', 'plannedStart'], code: 'OUTSIDE_AGREEMENT_PERIOD', message: expect.stringContaining('may start') }]);
  });

  test('the country must be covered by the agreement or be a partner country at the date', async () => {
    const france = (await ok(server, 'countryCreate', { iso2: 'FR', iso3: 'FRA', name: en('France') })).id;
    const refused = await mutation(server, 'missionCreate', { reference: unique('M'), title: en('France'), countryId: france, agreementId: agr.id, plannedStart: day('2020-03-01'), plannedEnd: day('2020-03-05') });
    expect(refused.userErrors).toEqual([{ field: ['input', 'countryId'], code: 'COUNTRY_NOT_COVERED', message: expect.stringContaining('France is not covered by agreement') }]);
    // Rwanda is not attached to the agreement but is a partner country (seeded, open-ended).
    const rwanda = await countryId(server, 'RW');
    const partner = await mutation(server, 'missionCreate', { reference: unique('M'), title: en('Rwanda'), countryId: rwanda, agreementId: agr.id, plannedStart: day('2020-03-01'), plannedEnd: day('2020-03-05') });
    expect(partner.userErrors).toEqual([]);
    // A designation that ends mid-month makes a mission starting "that month" only possibly covered.
    await ok(server, 'countryDesignatePartner', { countryId: france, programme: 'Test programme', validFrom: '2019-01-01', validUntil: '2020-03-15' });
    const maybe = await mutation(server, 'missionCreate', { reference: unique('M'), title: en('France maybe'), countryId: france, agreementId: agr.id, plannedStart: month(2020, 3), plannedEnd: day('2020-04-05') });
    expect(maybe.userErrors).toEqual([]);
    expect(maybe.warnings.map((w) => w.code)).toEqual(['COUNTRY_NOT_COVERED']);
  });

  describe('assignments', () => {
    test('an expert is assigned with a role and days, and unassigned', async () => {
      const e = await expert(server);
      const m = await mission(server, agr.id, benin, day('2020-04-01'), day('2020-04-10'));
      const a = await ok(server, 'missionAssignExpert', { missionId: m.id, expertId: e.id, role: 'LEAD', days: 8 }, 'id role days acceptedConflicts expert { id } mission { id }');
      expect(a).toMatchObject({ role: 'LEAD', days: 8, acceptedConflicts: [], expert: { id: e.id }, mission: { id: m.id } });
      const twice = await mutation(server, 'missionAssignExpert', { missionId: m.id, expertId: e.id, role: 'MEMBER' });
      expect(twice.userErrors[0]!.code).toBe('ALREADY_LINKED');
      await ok(server, 'missionUnassignExpert', { assignmentId: a.id }, 'id');
      const { node } = await server.data(`query($id: ID!) { node(id: $id) { ... on Mission { assignments { id } } } }`, { id: m.id });
      expect(node.assignments).toEqual([]);
      const bad = await mutation(server, 'missionAssignExpert', { missionId: m.id, expertId: e.id, role: 'MEMBER', days: 0 });
      expect(bad.userErrors).toEqual([{ field: ['input', 'days'], code: 'INVALID_VALUE', message: expect.any(String) }]);
    });

    test('double booking is refused, can be overridden explicitly, and the override is recorded', async () => {
      const e = await expert(server);
      const first = await mission(server, agr.id, benin, day('2020-05-01'), day('2020-05-10'));
      const second = await mission(server, agr.id, benin, day('2020-05-08'), day('2020-05-20'));
      await ok(server, 'missionAssignExpert', { missionId: first.id, expertId: e.id, role: 'LEAD' });
      const refused = await mutation(server, 'missionAssignExpert', { missionId: second.id, expertId: e.id, role: 'MEMBER' });
      expect(refused.userErrors).toEqual([{ field: ['input', 'expertId'], code: 'EXPERT_DOUBLE_BOOKED', message: expect.stringContaining(first.reference ?? 'mission') }]);
      const accepted = await ok(server, 'missionAssignExpert', { missionId: second.id, expertId: e.id, role: 'MEMBER', acceptConflicts: ['EXPERT_DOUBLE_BOOKED'] }, 'id acceptedConflicts history(first: 1) { nodes { operation after } }');
      expect(accepted.acceptedConflicts).toHaveLength(1);
      expect(accepted.acceptedConflicts[0]).toMatch(/^EXPERT_DOUBLE_BOOKED:/);
      expect(accepted.history.nodes[0].after.accepted_conflicts).toEqual(accepted.acceptedConflicts);
      // Only double booking can be accepted.
      const other = await mission(server, agr.id, benin, day('2020-05-09'), day('2020-05-11'));
      const wrong = await mutation(server, 'missionAssignExpert', { missionId: other.id, expertId: e.id, role: 'MEMBER', acceptConflicts: ['EXPERT_UNAVAILABLE'] });
      expect(wrong.userErrors[0]).toMatchObject({ field: ['input', 'acceptConflicts', '0'], code: 'INVALID_VALUE' });
    });

    test('a possible overlap (month precision) is a warning; a cancelled mission does not book', async () => {
      const e = await expert(server);
      const june = await mission(server, agr.id, benin, month(2020, 6), month(2020, 6));
      await ok(server, 'missionAssignExpert', { missionId: june.id, expertId: e.id, role: 'LEAD' });
      const mid = await mission(server, agr.id, benin, day('2020-06-20'), day('2020-07-05'));
      const warned = await mutation(server, 'missionAssignExpert', { missionId: mid.id, expertId: e.id, role: 'MEMBER' });
      expect(warned.userErrors).toEqual([]);
      expect(warned.warnings.map((w) => w.code)).toEqual(['EXPERT_DOUBLE_BOOKED']);

      const e2 = await expert(server);
      const cancelled = await mission(server, agr.id, benin, day('2020-08-01'), day('2020-08-10'));
      await ok(server, 'missionAssignExpert', { missionId: cancelled.id, expertId: e2.id, role: 'LEAD' });
      await ok(server, 'missionCancel', { id: cancelled.id, version: cancelled.version });
      const same = await mission(server, agr.id, benin, day('2020-08-01'), day('2020-08-10'));
      expect((await mutation(server, 'missionAssignExpert', { missionId: same.id, expertId: e2.id, role: 'LEAD' })).userErrors).toEqual([]);
    });

    test('an expert must be available: unavailable periods refuse, available periods must cover the mission', async () => {
      const e = await expert(server);
      await ok(server, 'expertSetAvailability', {
        id: e.id,
        version: e.version,
        periods: [
          { startsOn: '2020-01-01', endsOn: '2020-09-30', status: 'AVAILABLE' },
          { startsOn: '2020-03-10', endsOn: '2020-03-20', status: 'UNAVAILABLE', note: 'leave' },
        ],
      });
      const onLeave = await mission(server, agr.id, benin, day('2020-03-15'), day('2020-03-25'));
      const refused = await mutation(server, 'missionAssignExpert', { missionId: onLeave.id, expertId: e.id, role: 'LEAD' });
      expect(refused.userErrors).toEqual([{ field: ['input', 'expertId'], code: 'EXPERT_UNAVAILABLE', message: expect.stringContaining('2020-03-10') }]);
      const outsideAvailability = await mission(server, agr.id, benin, day('2020-10-05'), day('2020-10-10'));
      const refused2 = await mutation(server, 'missionAssignExpert', { missionId: outsideAvailability.id, expertId: e.id, role: 'LEAD' });
      expect(refused2.userErrors.map((x) => x.code)).toEqual(['EXPERT_UNAVAILABLE']);
      const partly = await mission(server, agr.id, benin, day('2020-09-25'), day('2020-10-02'));
      const warned = await mutation(server, 'missionAssignExpert', { missionId: partly.id, expertId: e.id, role: 'LEAD' });
      expect(warned.userErrors).toEqual([]);
      expect(warned.warnings.map((x) => x.code)).toEqual(['EXPERT_UNAVAILABLE']);
      const fine = await mission(server, agr.id, benin, day('2020-04-01'), day('2020-04-03'));
      const okay = await mutation(server, 'missionAssignExpert', { missionId: fine.id, expertId: e.id, role: 'LEAD' });
      expect([okay.userErrors, okay.warnings]).toEqual([[], []]);
    });

    test('new availability is saved, and the missions the expert is booked on that no longer fit are named in warnings', async () => {
      const e = await expert(server);
      const booked = await mission(server, agr.id, benin, day('2020-05-04'), day('2020-05-08'));
      const rough = await mission(server, agr.id, benin, month(2020, 6), month(2020, 6));
      await ok(server, 'missionAssignExpert', { missionId: booked.id, expertId: e.id, role: 'LEAD' });
      await ok(server, 'missionAssignExpert', { missionId: rough.id, expertId: e.id, role: 'MEMBER' });
      const { node } = await server.data(`query($id: ID!) { node(id: $id) { ... on Expert { version } } }`, { id: e.id });
      const refs = await server.data(`query($a: ID!, $b: ID!) { a: node(id: $a) { ... on Mission { reference } } b: node(id: $b) { ... on Mission { reference } } }`, { a: booked.id, b: rough.id });
      const changed = await mutation(server, 'expertSetAvailability', {
        id: e.id,
        version: node.version,
        periods: [
          { startsOn: '2020-05-01', endsOn: '2020-05-31', status: 'UNAVAILABLE', note: 'leave' },
          { startsOn: '2020-06-15', endsOn: '2020-06-20', status: 'UNAVAILABLE' },
        ],
      }, 'version availability(first: 10) { totalCount }');
      expect(changed.userErrors).toEqual([]);
      expect(changed.expert.availability.totalCount).toBe(2);
      expect(changed.warnings).toHaveLength(2);
      expect(changed.warnings).toEqual(
        expect.arrayContaining([
          { field: ['input', 'periods'], code: 'EXPERT_UNAVAILABLE', message: expect.stringMatching(new RegExp(`^Assigned to mission ${refs.a.reference}: The expert is unavailable from 2020-05-01`)) },
          { field: ['input', 'periods'], code: 'EXPERT_UNAVAILABLE', message: expect.stringMatching(new RegExp(`^Assigned to mission ${refs.b.reference}: .*may fall in this mission`)) },
        ]),
      );
    });
  });

  test('missionUpdate checks the same rules and refuses a taken reference', async () => {
    const m = await mission(server, agr.id, benin, day('2020-09-01'), day('2020-09-05'));
    const other = await mission(server, agr.id, benin, day('2020-09-01'), day('2020-09-05'));
    const { node } = await server.data(`query($id: ID!) { node(id: $id) { ... on Mission { reference } } }`, { id: other.id });
    const taken = await mutation(server, 'missionUpdate', { id: m.id, version: m.version, reference: node.reference });
    expect(taken.userErrors).toEqual([{ field: ['input', 'reference'], code: 'TAKEN', message: expect.any(String) }]);
    const late = await mutation(server, 'missionUpdate', { id: m.id, version: m.version, plannedEnd: day('2021-03-01') });
    expect(late.userErrors.map((e) => e.code)).toEqual(['OUTSIDE_AGREEMENT_PERIOD']);
    const updated = await ok(server, 'missionUpdate', { id: m.id, version: m.version, beneficiary: 'Ministry of Civil Service', kind: 'WORKSHOP' }, 'version beneficiary kind');
    expect(updated).toEqual({ version: m.version + 1, beneficiary: 'Ministry of Civil Service', kind: 'WORKSHOP' });
  });
});
