import { toGlobalId } from '../../graphql/global-id';
import { seedId } from '../../seed/ids';
import { databaseKinds, startTestServer, type TestServer } from '../../test/harness';
import { agency, mutation, ok } from '../../test/write-helpers';

describe.each(databaseKinds())('agency mutations (%s database)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  test('identifiers: KBO numbers need valid check digits and are unique; IATI ids are well-formed and unique; websites are URLs', async () => {
    const created = await ok(server, 'agencyCreate', { kind: 'PUBLIC_INSTITUTION', names: [{ lang: 'FR', name: 'Institut', acronym: 'INS' }], kboNumber: '0200 000 043', iatiOrgId: 'BE-BCE_KBO-0200000043', website: 'https://ins.example.be' }, 'id kboNumber iatiOrgId name(lang: FR) acronym(lang: FR)');
    expect(created).toMatchObject({ kboNumber: '0200.000.043', iatiOrgId: 'BE-BCE_KBO-0200000043', name: 'Institut', acronym: 'INS' });
    const bad = await mutation(server, 'agencyCreate', { kind: 'MINISTRY', names: [{ lang: 'EN', name: 'X' }], kboNumber: '0264.814.355', iatiOrgId: 'not an id', website: 'javascript:alert(1)' });
    expect(bad.userErrors.map((e) => [e.field, e.code])).toEqual([
      [['input', 'kboNumber'], 'INVALID_FORMAT'],
      [['input', 'iatiOrgId'], 'INVALID_FORMAT'],
      [['input', 'website'], 'INVALID_FORMAT'],
    ]);
    // BTC's numbers are in the seed.
    const taken = await mutation(server, 'agencyCreate', { kind: 'MINISTRY', names: [{ lang: 'EN', name: 'Y' }], kboNumber: '0264814354', iatiOrgId: 'BE-BCE_KBO-0264814354' });
    expect(taken.userErrors.map((e) => [e.field, e.code])).toEqual([
      [['input', 'kboNumber'], 'TAKEN'],
      [['input', 'iatiOrgId'], 'TAKEN'],
    ]);
    const order = await mutation(server, 'agencyCreate', { kind: 'MINISTRY', names: [{ lang: 'EN', name: 'Z' }], existedFrom: '2020-01-02', existedUntil: '2020-01-01' });
    expect(order.userErrors.map((e) => [e.field, e.code])).toEqual([[['input', 'existedUntil'], 'DATE_ORDER']]);
    const update = await mutation(server, 'agencyUpdate', { id: created.id, version: 1, kboNumber: '0264.814.354' });
    expect(update.userErrors.map((e) => e.code)).toEqual(['TAKEN']);
  });

  test('a rename is a new dated name: the old name holds before the day, the new one from it, the agency stays the same', async () => {
    const a = await ok(server, 'agencyCreate', { kind: 'DEVELOPMENT_AGENCY', names: [{ lang: 'NL', name: 'Oude Naam', acronym: 'ON' }], namesFrom: '2010-01-01' });
    const renamed = await ok(server, 'agencyRename', { id: a.id, version: a.version, from: '2018-01-01', names: [{ lang: 'NL', name: 'Nieuwe Naam' }] }, 'id version before: name(lang: NL, asOf: "2017-12-31") after: name(lang: NL, asOf: "2018-01-01") acronym(lang: NL, asOf: "2017-06-01")');
    expect(renamed).toEqual({ id: a.id, version: a.version + 1, before: 'Oude Naam', after: 'Nieuwe Naam', acronym: 'ON' });
    const stale = await mutation(server, 'agencyRename', { id: a.id, version: a.version, from: '2019-01-01', names: [{ lang: 'NL', name: 'Te laat' }] });
    expect(stale.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
  });

  test('a merger is a dated lineage edge and the merged agency ceases the day before', async () => {
    const merged = await agency(server, 'Merged service');
    const into = await agency(server, 'Absorbing service');
    const result = await ok(server, 'agencyMerge', { id: merged.id, version: merged.version, intoId: into.id, on: '2017-03-01', legalBasis: 'Royal decree' }, 'id existedUntil successors { id } successorLinks { kind occurredOn legalBasis }');
    expect(result).toEqual({ id: merged.id, existedUntil: '2017-02-28', successors: [{ id: into.id }], successorLinks: [{ kind: 'MERGED_INTO', occurredOn: '2017-03-01', legalBasis: 'Royal decree' }] });
    const self = await mutation(server, 'agencyMerge', { id: into.id, version: into.version, intoId: into.id, on: '2017-03-01' });
    expect(self.userErrors.map((e) => [e.field, e.code])).toEqual([[['input', 'intoId'], 'INVALID_VALUE']]);
    const bosa = toGlobalId('Agency', seedId('agency:bosa'));
    const ceased = await mutation(server, 'agencyMerge', { id: merged.id, version: merged.version + 1, intoId: bosa, on: '2019-01-01' });
    expect(ceased.userErrors.map((e) => [e.field, e.code])).toEqual([[['input', 'on'], 'DATE_ORDER']]);
  });
});
