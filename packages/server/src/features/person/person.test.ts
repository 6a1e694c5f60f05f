import { toGlobalId } from '../../graphql/global-id';
import { seedId } from '../../seed/ids';
import { databaseKinds, startTestServer, type TestServer } from '../../test/harness';
import { agency, en, mutation, ok, unique } from '../../test/write-helpers';

describe.each(databaseKinds())('people and experts (%s database)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  test('e-mail and phone formats; e-mail addresses are unique regardless of case', async () => {
    const bad = await mutation(server, 'personCreate', { givenName: ' ', familyName: 'X', email: 'a@b', phones: ['+32 2 740 74 00', '02 740 74 00'] });
    expect(bad.userErrors.map((e) => [e.field, e.code])).toEqual([
      [['input', 'givenName'], 'REQUIRED'],
      [['input', 'email'], 'INVALID_FORMAT'],
      [['input', 'phones', '1'], 'INVALID_FORMAT'],
    ]);
    const taken = await mutation(server, 'personCreate', { givenName: 'J', familyName: 'D', email: 'Jacques.Druart@p-o.belgium.be' });
    expect(taken.userErrors.map((e) => [e.field, e.code])).toEqual([[['input', 'email'], 'TAKEN']]);
    const p = await ok(server, 'personCreate', { givenName: 'Ann', familyName: 'Peeters', email: `${unique('ann')}@Example.org`, phones: ['+32 475 12 34 56'] }, 'id version email phones');
    expect(p.email).toMatch(/@example\.org$/);
    const updated = await ok(server, 'personUpdate', { id: p.id, version: p.version, familyName: 'Peeters-Janssens' }, 'name version');
    expect(updated).toEqual({ name: 'Ann Peeters-Janssens', version: p.version + 1 });
  });

  test('experts: one profile per person, ISO 639-1 languages, expertise and availability replaced as a whole', async () => {
    const employer = await agency(server);
    const person = await ok(server, 'personCreate', { givenName: 'Exp', familyName: unique('Ert') });
    const bad = await mutation(server, 'expertCreate', { personId: person.id, employerId: employer.id, languages: ['fr', 'french'] });
    expect(bad.userErrors.map((e) => [e.field, e.code])).toEqual([[['input', 'languages', '1'], 'INVALID_FORMAT']]);
    const d1 = await ok(server, 'domainCreate', { key: unique('d').toLowerCase(), label: en('One') });
    const d2 = await ok(server, 'domainCreate', { key: unique('d').toLowerCase(), label: en('Two') });
    const e = await ok(server, 'expertCreate', { personId: person.id, employerId: employer.id, languages: ['FR', 'nl'], domainIds: [d1.id] }, 'id version languages domains { id }');
    expect(e).toMatchObject({ languages: ['fr', 'nl'], domains: [{ id: d1.id }] });
    expect((await mutation(server, 'expertCreate', { personId: person.id, employerId: employer.id })).userErrors.map((x) => x.code)).toEqual(['TAKEN']);
    const set = await ok(server, 'expertSetExpertise', { id: e.id, version: e.version, domainIds: [d2.id], languages: ['pt'] }, 'version languages domains { id }');
    expect(set).toEqual({ version: e.version + 1, languages: ['pt'], domains: [{ id: d2.id }] });
    const overlap = await mutation(server, 'expertSetAvailability', {
      id: e.id,
      version: set.version,
      periods: [
        { startsOn: '2020-01-01', endsOn: '2020-06-30', status: 'AVAILABLE' },
        { startsOn: '2020-06-01', endsOn: '2020-12-31', status: 'AVAILABLE' },
        { startsOn: '2021-01-10', endsOn: '2021-01-01', status: 'UNAVAILABLE' },
      ],
    });
    expect(overlap.userErrors.map((x) => [x.field, x.code])).toEqual([
      [['input', 'periods', '1', 'startsOn'], 'DATE_ORDER'],
      [['input', 'periods', '2', 'endsOn'], 'DATE_ORDER'],
    ]);
    const avail = await ok(server, 'expertSetAvailability', { id: e.id, version: set.version, periods: [{ startsOn: '2020-01-01', endsOn: '2020-06-30', status: 'AVAILABLE', note: 'first half' }] }, 'version availability(first: 10) { nodes { startsOn endsOn status note } }');
    expect(avail.availability.nodes).toEqual([{ startsOn: '2020-01-01', endsOn: '2020-06-30', status: 'AVAILABLE', note: 'first half' }]);
    const other = await agency(server, 'New employer');
    const moved = await ok(server, 'expertUpdate', { id: e.id, version: avail.version, employerId: other.id, summary: 'Public finance' }, 'employer { id } summary');
    expect(moved).toEqual({ employer: { id: other.id }, summary: 'Public finance' });
  });

  test("erasing a person removes their personal data everywhere, history included, and records that it happened", async () => {
    const id = toGlobalId('Person', seedId('person:jeanine-simbizi'));
    const before = await server.data(`query($id: ID!) { node(id: $id) { ... on Person { name email citations { quote } history(first: 10) { totalCount nodes { after } } } } }`, { id });
    expect(before.node.email).toBe('jeanine.simbizi@btcctb.org');
    expect(JSON.stringify(before.node.history.nodes)).toContain('Simbizi');
    expect(JSON.stringify(before.node.history.nodes)).toContain('jeanine.simbizi@btcctb.org');
    // The history's stored values follow the same rule as the fields: no e-mail for an analyst.
    const asAnalyst = await server.as('analyst').gql(`query($id: ID!) { node(id: $id) { ... on Person { history(first: 10) { nodes { after } } } } }`, { id });
    expect(asAnalyst.body.errors).toBeUndefined();
    const analystAfter = asAnalyst.body.data!.node.history.nodes.map((n: any) => n.after).filter(Boolean);
    expect(analystAfter.length).toBeGreaterThan(0);
    expect(analystAfter.every((a: any) => a.email === null && a.phones === null && typeof a.family_name === 'string')).toBe(true);
    const asCoordinator = await server.gql(`mutation($id: ID!) { personErase(input: { id: $id }) { person { id } } }`, { id });
    expect(asCoordinator.body.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['FORBIDDEN', "Erasing a person's personal data needs the admin role; you are signed in as coordinator."]]);
    const erased = await server.as('admin').data(`mutation($id: ID!) { personErase(input: { id: $id }) { person { name email phones } historyEntriesScrubbed userErrors { code } } }`, { id });
    expect(erased.personErase).toEqual({ person: { name: '(erased) (erased)', email: null, phones: [] }, historyEntriesScrubbed: 1, userErrors: [] });
    const after = await server.data(`query($id: ID!) { node(id: $id) { ... on Person { citations { quote } history(first: 10) { nodes { operation before after } } } } }`, { id });
    const text = JSON.stringify(after.node);
    for (const personal of ['Simbizi', 'Jeanine', 'btcctb', '+32 475 84 00 40']) expect(text).not.toContain(personal);
    expect(after.node.citations.every((c: any) => c.quote === null)).toBe(true);
    expect(after.node.history.nodes[0]).toEqual({ operation: 'ERASE', before: null, after: { erased: ['given_name', 'family_name', 'email', 'phones'], historyEntriesScrubbed: 1 } });
    // Nowhere in the database, not only through the API.
    const rows = await server.app.db.dataSource.query(`SELECT count(*)::int AS n FROM "change" WHERE "before"::text ILIKE '%simbizi%' OR "after"::text ILIKE '%simbizi%'`);
    expect(rows[0].n).toBe(0);
  });
});
