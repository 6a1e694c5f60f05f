import { generateSynthetic } from '../synthetic/generate';
import { databaseKinds, startTestServer, type TestServer } from '../test/harness';

/** A minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

describe.each(databaseKinds())('CSV export (%s database)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
    await generateSynthetic(server.app.db.dataSource, { scale: 0.02, seed: 5 });
  });
  afterAll(() => server?.close());

  const exportCsv = (body: Record<string, unknown>) =>
    fetch(`${server.url}/export.csv`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: server.tokens.analyst }, body: JSON.stringify(body) });

  test('streams every node of a filtered list, over several pages, with codes, labels and relation IDs', async () => {
    const query = `query($status: [MissionStatus!]) { missions(first: 50, filter: { status: { in: $status } }, orderBy: [{ field: REFERENCE }]) {
      nodes { id reference status kind title(lang: EN) country { iso2 } agreement { id reference } domains { key } plannedStart { iso } } } }`;
    const response = await exportCsv({ query, variables: { status: ['PLANNED', 'COMPLETED', 'CANCELLED'] } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="missions.csv"');
    const text = (await response.text()).replace(/^\uFEFF/, '');
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(['id', 'reference', 'status', 'status.label', 'kind', 'kind.label', 'title', 'country.iso2', 'agreement.id', 'agreement.reference', 'domains.key', 'plannedStart.iso']);

    const expected = await server.data(`{ missions(first: 1, filter: { status: { in: [PLANNED, COMPLETED, CANCELLED] } }) { totalCount } }`);
    expect(rows).toHaveLength(expected.missions.totalCount);
    expect(rows.length).toBeGreaterThan(100); // more than two pages of 50
    expect(Number(response.headers.get('x-total-count'))).toBe(rows.length);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    const references = rows.map((r) => r[1]!);
    expect(references).toEqual([...references].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const benin = rows.find((r) => r[1] === 'BJ-2017-07-HRM')!;
    expect(benin.slice(2, 10)).toEqual([
      'PLANNED',
      'Planned, with a period and a beneficiary',
      'SUPPORT_MISSION',
      'A support mission (ondersteuningsmissie) to a partner institution',
      'Support mission: competency management and performance appraisal in the Beninese administration',
      'BJ',
      benin[8],
      'BOSA-BTC-2017',
    ]);
    expect(benin[8]).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(benin.slice(10)).toEqual(['human-resources-management', '2017-07']);
  });

  test('GET works too, and text with commas, quotes and formulas survives', async () => {
    const ds = server.app.db.dataSource;
    await ds.query(`UPDATE mission SET beneficiary = $1 WHERE reference = 'BJ-2017-07-HRM'`, ['Ministry "of Labour", Cotonou\n=cmd']);
    const query = `{ missions(filter: { reference: { eq: "BJ-2017-07-HRM" } }) { nodes { reference beneficiary } } }`;
    const response = await fetch(`${server.url}/export.csv?query=${encodeURIComponent(query)}`, { headers: { authorization: server.tokens.analyst } });
    expect(response.status).toBe(200);
    const [, row] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    expect(row).toEqual(['BJ-2017-07-HRM', 'Ministry "of Labour", Cotonou\n=cmd']);
    const formula = await ds.query(`UPDATE mission SET beneficiary = '=HYPERLINK("x")' WHERE reference = 'BJ-2017-07-HRM'`).then(() =>
      fetch(`${server.url}/export.csv?query=${encodeURIComponent(query)}`, { headers: { authorization: server.tokens.analyst } }).then((r) => r.text()),
    );
    expect(parseCsv(formula.replace(/^\uFEFF/, ''))[1]).toEqual(['BJ-2017-07-HRM', `'=HYPERLINK("x")`]);
  });

  test('a query without a list, an invalid query, or bad variables get a 400 that says why', async () => {
    const noList = await exportCsv({ query: '{ agreement(reference: "BOSA-BTC-2017") { title } }' });
    expect(noList.status).toBe(400);
    expect(((await noList.json()) as any).errors[0].message).toMatch(/must select a list/);
    const invalid = await exportCsv({ query: '{ missions(first: 5) { nodes { nope } } }' });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as any).errors[0].message).toMatch(/^The query is not valid: Cannot query field "nope"/);
    const badVariables = await fetch(`${server.url}/export.csv?query=${encodeURIComponent('{ missions { nodes { id } } }')}&variables=%7Bnope`, { headers: { authorization: server.tokens.analyst } });
    expect(badVariables.status).toBe(400);
    expect(((await badVariables.json()) as any).errors[0].message).toBe('`variables` is not valid JSON.');
    const badFilter = await exportCsv({ query: '{ missions(filter: { id: { eq: "x" } }) { nodes { id } } }' });
    expect(badFilter.status).toBe(400);
    expect(((await badFilter.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  test('exports apply the same roles: no credentials, no export; an analyst gets no personal data, a coordinator does', async () => {
    const query = '{ people(first: 100) { nodes { name email } } }';
    const anonymous = await fetch(`${server.url}/export.csv?query=${encodeURIComponent(query)}`);
    expect(anonymous.status).toBe(401);
    const analyst = await exportCsv({ query });
    const analystText = await analyst.text();
    expect(analystText).not.toContain('jacques.druart@p-o.belgium.be');
    expect(analystText).toMatch(/personal data/);
    const coordinator = await fetch(`${server.url}/export.csv`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: server.tokens.coordinator },
      body: JSON.stringify({ query }),
    });
    expect(coordinator.status).toBe(200);
    expect(await coordinator.text()).toContain('jacques.druart@p-o.belgium.be');
  });
});
