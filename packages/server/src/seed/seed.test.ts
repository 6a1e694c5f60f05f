import { openDatabase, type Database } from '../db/data-source';
import { createScratchDatabase, databaseKinds, testConfig, type ScratchDatabase } from '../test/harness';
import { seedPressRelease } from './seed';

const tables = ['source', 'country', 'partner_designation', 'agency', 'agency_name', 'agency_lineage', 'domain', 'person', 'affiliation', 'agreement', 'agreement_party', 'agreement_domain', 'agreement_country', 'mission', 'mission_domain', 'citation', 'change'];

describe.each(databaseKinds())('the press-release seed (%s database)', (kind) => {
  let scratch: ScratchDatabase;
  let db: Database;
  beforeAll(async () => {
    scratch = await createScratchDatabase(kind);
    db = await openDatabase(testConfig(scratch.url));
    await db.dataSource.runMigrations();
  });
  afterAll(async () => {
    await db?.close();
    await scratch?.drop();
  });

  /** A fingerprint of every row of every table, to see that nothing changed at all. */
  async function fingerprint(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const table of tables) {
      const [row] = (await db.dataSource.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${table}" t`)) as Array<{ n: number; h: string }>;
      out[table] = `${row!.n}:${row!.h}`;
    }
    return out;
  }

  test('loads every fact once, and a second run changes nothing', async () => {
    const first = await seedPressRelease(db.dataSource);
    expect(first.inserted).toMatchObject({ source: 8, country: 15, partner_designation: 14, agency: 6, agency_lineage: 4, agreement: 2, agreement_party: 5, mission: 2, person: 4 });
    const before = await fingerprint();
    const second = await seedPressRelease(db.dataSource);
    expect(Object.values(second.inserted).every((n) => n === 0)).toBe(true);
    expect(await fingerprint()).toEqual(before);
  });

  test('every seeded node and edge cites a source, and each insert is in the change history', async () => {
    for (const table of ['country', 'partner_designation', 'agency', 'agency_lineage', 'domain', 'person', 'affiliation', 'agreement', 'agreement_party', 'agreement_domain', 'agreement_country', 'mission', 'mission_domain']) {
      const [row] = (await db.dataSource.query(`SELECT count(*)::int AS n FROM "${table}" t WHERE NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_id = t.id)`)) as Array<{ n: number }>;
      expect({ table, uncited: row!.n }).toEqual({ table, uncited: 0 });
    }
    const [counts] = (await db.dataSource.query(`SELECT (SELECT count(*) FROM change WHERE actor = 'system:seed' AND operation = 'create')::int AS changes,
      ((SELECT count(*) FROM agency) + (SELECT count(*) FROM mission) + (SELECT count(*) FROM citation))::int AS some_rows`)) as Array<{ changes: number; some_rows: number }>;
    expect(counts!.changes).toBeGreaterThan(counts!.some_rows);
    const [after] = (await db.dataSource.query(`SELECT after FROM change WHERE subject_type = 'Person' AND after->>'family_name' = 'Druart'`)) as Array<{ after: Record<string, unknown> }>;
    expect(after!.after).toMatchObject({ given_name: 'Jacques', email: 'jacques.druart@p-o.belgium.be' });
  });

  test('dates keep their known precision', async () => {
    const rows = (await db.dataSource.query(`SELECT reference, signed::text AS signed, signed_precision FROM agreement ORDER BY reference`)) as unknown[];
    expect(rows).toEqual([
      { reference: 'BOSA-BTC-2017', signed: '[2017-06-02,2017-06-03)', signed_precision: 'day' },
      { reference: 'FEDICT-BTC-EGOV', signed: '(,2017-06-02)', signed_precision: 'unknown' },
    ]);
    const [benin] = (await db.dataSource.query(`SELECT planned_start::text AS s, planned_start_precision AS p FROM mission WHERE reference = 'BJ-2017-07-HRM'`)) as unknown[];
    expect(benin).toEqual({ s: '[2017-07-01,2017-08-01)', p: 'month' });
  });
});
