import { databaseKinds, startTestServer, type TestServer } from '../../test/harness';
import { agency, countryId, en, month, mutation, ok, unique } from '../../test/write-helpers';

describe.each(databaseKinds())('agreement mutations (%s database)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  test('create, add parties, sign with a month-precision date, terminate; each verb refused out of order', async () => {
    const a = await ok(server, 'agreementCreate', { reference: unique('AGR'), title: en('Cooperation'), purpose: en('Why'), kind: 'COOPERATION', validFrom: '2019-01-01', validUntil: '2023-12-31' }, 'id version status purpose');
    expect(a).toMatchObject({ status: 'DRAFT', purpose: 'Why' });
    const noParties = await mutation(server, 'agreementSign', { id: a.id, version: a.version, signedOn: month(2019, 2) });
    expect(noParties.userErrors.map((e) => e.code)).toEqual(['REQUIRED']);
    const one = await agency(server, 'Party one');
    const person = await ok(server, 'personCreate', { givenName: 'Sig', familyName: 'Natory' });
    const party = await ok(server, 'agreementAddParty', { agreementId: a.id, agencyId: one.id, role: 'SIGNATORY', signatoryId: person.id }, 'id role agency { id } signatory { id }');
    expect(party).toMatchObject({ role: 'SIGNATORY', agency: { id: one.id }, signatory: { id: person.id } });
    expect((await mutation(server, 'agreementAddParty', { agreementId: a.id, agencyId: one.id, role: 'SIGNATORY' })).userErrors.map((e) => e.code)).toEqual(['ALREADY_LINKED']);
    const signed = await ok(server, 'agreementSign', { id: a.id, version: a.version, signedOn: month(2019, 2) }, 'id version status signedOn { precision iso }');
    expect(signed).toMatchObject({ status: 'SIGNED', signedOn: { precision: 'MONTH', iso: '2019-02' } });
    expect((await mutation(server, 'agreementSign', { id: a.id, version: signed.version, signedOn: month(2019, 3) })).userErrors.map((e) => e.code)).toEqual(['ILLEGAL_TRANSITION']);
    const tooLate = await mutation(server, 'agreementTerminate', { id: a.id, version: signed.version, lastDay: '2024-06-30' });
    expect(tooLate.userErrors.map((e) => [e.field, e.code])).toEqual([[['input', 'lastDay'], 'DATE_ORDER']]);
    const ended = await ok(server, 'agreementTerminate', { id: a.id, version: signed.version, lastDay: '2021-06-30' }, 'status validUntil');
    expect(ended).toEqual({ status: 'TERMINATED', validUntil: '2021-06-30' });
    expect((await mutation(server, 'agreementTerminate', { id: a.id, version: signed.version + 1, lastDay: '2021-05-30' })).userErrors.map((e) => e.code)).toEqual(['ILLEGAL_TRANSITION']);
    await ok(server, 'agreementRemoveParty', { partyId: party.id }, 'id');
    const { node } = await server.data(`query($id: ID!) { node(id: $id) { ... on Agreement { parties { id } } } }`, { id: a.id });
    expect(node.parties).toEqual([]);
    const history = await server.data(`query($id: ID!) { changes(first: 5, filter: { subject: $id }) { nodes { operation subjectType } } }`, { id: party.id });
    expect(history.changes.nodes).toEqual([{ operation: 'DELETE', subjectType: 'AgreementParty' }, { operation: 'CREATE', subjectType: 'AgreementParty' }]);
  });

  test('attach and detach domains and countries', async () => {
    const a = await ok(server, 'agreementCreate', { reference: unique('AGR'), title: en('Links'), kind: 'FRAMEWORK' });
    const bj = await countryId(server, 'BJ');
    const rw = await countryId(server, 'RW');
    const domain = await ok(server, 'domainCreate', { key: unique('dom').toLowerCase(), label: en('A domain') });
    await ok(server, 'agreementAttachCountries', { id: a.id, ids: [bj, rw] });
    await ok(server, 'agreementAttachDomains', { id: a.id, ids: [domain.id] });
    expect((await mutation(server, 'agreementAttachCountries', { id: a.id, ids: [bj] })).userErrors).toEqual([
      { field: ['input', 'ids', '0'], code: 'ALREADY_LINKED', message: expect.any(String) },
    ]);
    await ok(server, 'agreementDetachCountries', { id: a.id, ids: [rw] });
    expect((await mutation(server, 'agreementDetachDomains', { id: a.id, ids: [domain.id, domain.id] })).userErrors.map((e) => e.code)).toEqual(['NOT_LINKED']);
    const { node } = await server.data(`query($id: ID!) { node(id: $id) { ... on Agreement { countries { iso2 } domains { id } } } }`, { id: a.id });
    expect(node).toEqual({ countries: [{ iso2: 'BJ' }], domains: [{ id: domain.id }] });
    // A child agreement needs a framework parent.
    const child = await ok(server, 'agreementCreate', { reference: unique('AGR'), title: en('Child'), kind: 'COOPERATION', parentId: a.id }, 'id parent { id }');
    expect(child.parent.id).toBe(a.id);
    expect((await mutation(server, 'agreementCreate', { reference: unique('AGR'), title: en('Grandchild'), kind: 'COOPERATION', parentId: child.id })).userErrors.map((e) => e.code)).toEqual(['INVALID_VALUE']);
  });

  test('validation: unique reference, validity order, required title, wrong ID types', async () => {
    const refused = await mutation(server, 'agreementCreate', { reference: 'BOSA-BTC-2017', title: [], kind: 'COOPERATION', validFrom: '2020-01-01', validUntil: '2019-01-01' });
    expect(refused.userErrors.map((e) => [e.field, e.code])).toEqual([
      [['input', 'title'], 'REQUIRED'],
      [['input', 'validUntil'], 'DATE_ORDER'],
      [['input', 'reference'], 'TAKEN'],
    ]);
    const a = await ok(server, 'agreementCreate', { reference: unique('AGR'), title: en('Typed'), kind: 'COOPERATION' });
    const wrong = await mutation(server, 'agreementAddParty', { agreementId: a.id, agencyId: a.id, role: 'FUNDING' });
    expect(wrong.userErrors).toEqual([{ field: ['input', 'agencyId'], code: 'WRONG_TYPE', message: expect.stringContaining('Agreement') }]);
    const updated = await ok(server, 'agreementUpdate', { id: a.id, version: a.version, title: [{ lang: 'FR', text: 'Accord' }], validFrom: '2020-01-01' }, 'title(lang: FR) validFrom version');
    expect(updated).toEqual({ title: 'Accord', validFrom: '2020-01-01', version: a.version + 1 });
  });
});
