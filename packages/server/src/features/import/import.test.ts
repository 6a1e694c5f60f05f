import { databaseKinds, startTestServer, type TestServer } from '../../test/harness';
import { unique } from '../../test/write-helpers';

const IMPORT = `mutation($input: ImportInput!) { expertImport(input: $input) { dryRun applied historyEntries summary { total create update skip invalid } rows { line key action problems { field code message } } userErrors { field code message } } }`;
const AGREEMENTS = IMPORT.replace('expertImport', 'agreementImport');

const counts = async (server: TestServer) =>
  (await server.app.db.dataSource.query(
    `SELECT (SELECT count(*) FROM "person")::int AS people, (SELECT count(*) FROM "expert")::int AS experts, (SELECT count(*) FROM "change")::int AS changes, (SELECT count(*) FROM "agreement")::int AS agreements`,
  ))[0] as { people: number; experts: number; changes: number; agreements: number };

describe.each(databaseKinds())('bulk import (%s database)', (kind) => {
  let server: TestServer;
  let domainKey: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    domainKey = unique('imp').toLowerCase();
    await server.data(`mutation { domainCreate(input: { key: "${domainKey}", label: [{ lang: EN, text: "Imported" }] }) { userErrors { code } } }`);
  });
  afterAll(() => server?.close());

  const csv = (rows: string[]) => ['email,givenName,familyName,phones,employerKbo,languages,domains,summary', ...rows].join('\n');

  test('a dry run reports create, update or skip and the problems of every row, and writes nothing', async () => {
    const before = await counts(server);
    const file = csv([
      `ann@example.org,Ann,Peeters,+32 475 11 22 33,0264.814.354,fr;nl,${domainKey},"Public finance, budgeting"`,
      'jacques.druart@p-o.belgium.be,Jacques,Druart,,0671.516.647,fr,,',
      'bad-address,Bob,,,0264.814.355,xx,nope,',
      'ann@example.org,Ann,Again,,0264.814.354,,,',
    ]);
    const { expertImport } = await server.data(IMPORT, { input: { format: 'CSV', contents: file, dryRun: true } });
    expect(expertImport).toMatchObject({ dryRun: true, applied: false, historyEntries: 0, summary: { total: 4, create: 1, update: 1, skip: 0, invalid: 2 }, userErrors: [] });
    expect(expertImport.rows.map((r: any) => [r.line, r.key, r.action])).toEqual([
      [2, 'ann@example.org', 'CREATE'],
      [3, 'jacques.druart@p-o.belgium.be', 'UPDATE'],
      [4, 'bad-address', 'INVALID'],
      [5, 'ann@example.org', 'INVALID'],
    ]);
    expect(expertImport.rows[2].problems.map((p: any) => [p.field, p.code])).toEqual([
      [['email'], 'INVALID_FORMAT'],
      [['familyName'], 'REQUIRED'],
      [['employerKbo'], 'INVALID_FORMAT'],
      [['languages', '0'], 'INVALID_FORMAT'],
      [['domains'], 'NOT_FOUND'],
    ]);
    expect(expertImport.rows[3].problems.map((p: any) => p.code)).toEqual(['DUPLICATE_IN_FILE']);
    expect(await counts(server)).toEqual(before);
  });

  test('apply is all or nothing: one bad row and no row, no history entry is written', async () => {
    const before = await counts(server);
    const file = csv(['one@example.org,One,Row,,0264.814.354,fr,,', 'two@example.org,Two,Row,,9999.999.999,fr,,']);
    const { expertImport } = await server.data(IMPORT, { input: { format: 'CSV', contents: file, dryRun: false } });
    expect(expertImport).toMatchObject({ applied: false, summary: { create: 1, invalid: 1 }, userErrors: [{ code: 'INVALID_VALUE', field: ['input', 'contents'] }] });
    expect(await counts(server)).toEqual(before);
  });

  test('apply creates, a second apply skips, a changed row updates; every write is in the history', async () => {
    const mail = `${unique('imp')}@example.org`.toLowerCase();
    const file = csv([`${mail},Imke,Janssens,+32 2 740 74 00,0264.814.354,fr;pt,${domainKey},Statistics`]);
    const first = (await server.data(IMPORT, { input: { format: 'CSV', contents: file, dryRun: false } })).expertImport;
    expect(first).toMatchObject({ applied: true, summary: { create: 1 }, historyEntries: 3 });
    const { people } = await server.data(`{ people(first: 100) { nodes { email expertProfile { languages summary domains { key } employer { kboNumber } history(first: 5) { nodes { operation actor } } } } } }`);
    const imported = people.nodes.find((p: any) => p.email === mail);
    expect(imported.expertProfile).toEqual({ languages: ['fr', 'pt'], summary: 'Statistics', domains: [{ key: domainKey }], employer: { kboNumber: '0264.814.354' }, history: { nodes: [{ operation: 'CREATE', actor: expect.stringMatching(/^token:/) }] } });

    const again = (await server.data(IMPORT, { input: { format: 'CSV', contents: file, dryRun: false } })).expertImport;
    expect(again).toMatchObject({ applied: true, summary: { skip: 1, create: 0, update: 0 }, historyEntries: 0 });

    const changed = csv([`${mail},Imke,Janssens,+32 2 740 74 00,0671.516.647,fr;pt,${domainKey},Statistics`]);
    const update = (await server.data(IMPORT, { input: { format: 'CSV', contents: changed, dryRun: false } })).expertImport;
    expect(update).toMatchObject({ applied: true, summary: { update: 1 }, historyEntries: 1 });
    const after = await server.data(`{ people(first: 100) { nodes { email expertProfile { version employer { kboNumber } history(first: 1) { nodes { operation before after } } } } } }`);
    const expert = after.people.nodes.find((p: any) => p.email === mail).expertProfile;
    expect(expert.employer.kboNumber).toBe('0671.516.647');
    expect(expert.version).toBe(2);
    expect(expert.history.nodes[0].operation).toBe('UPDATE');
    expect(expert.history.nodes[0].before.employer_id).not.toBe(expert.history.nodes[0].after.employer_id);
  });

  test('JSON files and agreements: matched on reference, parties by KBO number or IATI id with their roles', async () => {
    const reference = unique('IMP-AGR');
    const rows = [
      { reference, title: 'Imported agreement', kind: 'cooperation', signedOn: '2019-05', validFrom: '2019-06-01', validUntil: '2022-05-31', parties: ['0264.814.354', 'BE-BCE_KBO-0671516647:implementing', '0264.814.354:Funding'], countries: ['bj', 'RW'], domains: [domainKey] },
      { reference: unique('IMP-AGR'), title: 'Backwards', kind: 'treaty', validFrom: '2020-01-01', validUntil: '2019-01-01', parties: ['0000.000.097', '0264.814.354:sponsor'] },
    ];
    const dry = (await server.data(AGREEMENTS, { input: { format: 'JSON', contents: JSON.stringify(rows), dryRun: true } })).agreementImport;
    expect(dry.rows.map((r: any) => r.action)).toEqual(['CREATE', 'INVALID']);
    expect(dry.rows[1].problems.map((p: any) => [p.field[0], p.code])).toEqual([
      ['kind', 'INVALID_VALUE'],
      ['validUntil', 'DATE_ORDER'],
      ['parties', 'NOT_FOUND'],
      ['parties', 'INVALID_VALUE'],
    ]);
    const applied = (await server.data(AGREEMENTS, { input: { format: 'JSON', contents: JSON.stringify(rows.slice(0, 1)), dryRun: false } })).agreementImport;
    expect(applied).toMatchObject({ applied: true, summary: { create: 1 } });
    const { agreement } = await server.data(`query($r: String!) { agreement(reference: $r) { status signedOn { iso } countries { iso2 } domains { key } parties { role agency { kboNumber } } } }`, { r: reference });
    expect(agreement.status).toBe('SIGNED');
    expect(agreement.signedOn.iso).toBe('2019-05');
    expect(agreement.countries.map((c: any) => c.iso2).sort()).toEqual(['BJ', 'RW']);
    expect(agreement.parties.map((p: any) => `${p.agency.kboNumber} ${p.role}`).sort()).toEqual(['0264.814.354 FUNDING', '0264.814.354 SIGNATORY', '0671.516.647 IMPLEMENTING']);
    const update = [{ reference, title: 'Imported agreement', countries: 'BJ' }];
    const second = (await server.data(AGREEMENTS, { input: { format: 'JSON', contents: JSON.stringify(update), dryRun: false } })).agreementImport;
    expect(second).toMatchObject({ applied: true, summary: { update: 1 } });
    const after = await server.data(`query($r: String!) { agreement(reference: $r) { countries { iso2 } parties { id } } }`, { r: reference });
    expect(after.agreement).toMatchObject({ countries: [{ iso2: 'BJ' }] });
    expect(after.agreement.parties).toHaveLength(3);
    // A parties list replaces the agreement's parties, role by role.
    const roles = [{ reference, title: 'Imported agreement', parties: '0264.814.354:funding;BE-BCE_KBO-0671516647:implementing' }];
    expect((await server.data(AGREEMENTS, { input: { format: 'JSON', contents: JSON.stringify(roles), dryRun: false } })).agreementImport).toMatchObject({ applied: true, summary: { update: 1 } });
    const last = await server.data(`query($r: String!) { agreement(reference: $r) { parties { role agency { kboNumber } } } }`, { r: reference });
    expect(last.agreement.parties.map((p: any) => `${p.agency.kboNumber} ${p.role}`).sort()).toEqual(['0264.814.354 FUNDING', '0671.516.647 IMPLEMENTING']);
  });

  test('unreadable and oversized files are refused on the contents field', async () => {
    const broken = (await server.data(IMPORT, { input: { format: 'CSV', contents: 'email,givenName\n"open,quote', dryRun: true } })).expertImport;
    expect(broken.userErrors).toEqual([{ field: ['input', 'contents'], code: 'UNREADABLE', message: expect.stringContaining('never closed') }]);
    const big = (await server.data(IMPORT, { input: { format: 'JSON', contents: ' '.repeat(900_001), dryRun: true } })).expertImport;
    expect(big.userErrors.map((e: any) => e.code)).toEqual(['TOO_LARGE']);
  });

  test('a 2,000-row import runs in a number of statements independent of the row count', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `bulk${i}-${kind}@example.org,Bulk,Expert ${i},,0264.814.354,fr;en,${domainKey},`);
    const before = await counts(server);
    const response = await server.gql(IMPORT, { input: { format: 'CSV', contents: csv(rows), dryRun: false } });
    expect(response.body.data!.expertImport).toMatchObject({ applied: true, summary: { create: 2000 }, historyEntries: 6000 });
    const after = await counts(server);
    expect(after.experts - before.experts).toBe(2000);
    expect(after.changes - before.changes).toBe(6000);
    // Lookups, then one INSERT per table and chunk, then the history in chunks: far fewer statements than rows.
    expect(response.body.extensions!.sqlStatements).toBeLessThan(30);
  });
});
