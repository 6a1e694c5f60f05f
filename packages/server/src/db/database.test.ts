import { loadConfig } from '../config';
import { openDatabase } from './data-source';
import { entities } from './entities';
import { schemaDiff } from './schema-diff';
import { createScratchDatabase, databaseKinds, testConfig } from '../test/harness';

const viewNames = ['graph_edge'];
const tableNames = ['source', 'citation', 'country', 'partner_designation', 'agency', 'agency_name', 'agency_lineage', 'domain', 'person', 'affiliation', 'agreement', 'agreement_party', 'agreement_domain', 'agreement_country', 'expert', 'expert_domain', 'availability', 'mission', 'mission_domain', 'assignment', 'change', 'idempotency_key', 'search_document', 'app_user', 'session', 'api_token', 'personal_data_read'];

describe.each(databaseKinds())('migrations (%s database)', (kind) => {
  test('run from empty, leave no difference with the entities, and revert to empty', async () => {
    const scratch = await createScratchDatabase(kind);
    const db = await openDatabase(testConfig(scratch.url));
    try {
      const tablesIn = async () =>
        ((await db.dataSource.query(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY 1`,
        )) as Array<{ table_name: string }>).map((r) => r.table_name);
      const viewsIn = async () =>
        ((await db.dataSource.query(`SELECT table_name FROM information_schema.views WHERE table_schema = 'public' ORDER BY 1`)) as Array<{ table_name: string }>).map((r) => r.table_name);
      expect(await tablesIn()).toEqual([]);
      const applied = await db.dataSource.runMigrations();
      expect(applied.length).toBeGreaterThan(0);
      expect(await tablesIn()).toEqual([...tableNames].sort());
      // Views the migrations create by hand (TypeORM does not track them).
      expect(await viewsIn()).toEqual(viewNames);
      expect(entities.map((e) => db.dataSource.getMetadata(e).tableName).sort()).toEqual([...tableNames].sort());
      expect(await schemaDiff(db.dataSource)).toEqual({ up: [], down: [] });
      expect(await db.dataSource.showMigrations()).toBe(false);

      for (let i = 0; i < applied.length; i += 1) await db.dataSource.undoLastMigration();
      expect(await tablesIn()).toEqual([]);
      expect(await viewsIn()).toEqual([]);
      await db.dataSource.runMigrations();
      expect(await schemaDiff(db.dataSource)).toEqual({ up: [], down: [] });
    } finally {
      await db.close();
      await scratch.drop();
    }
  });

  test('constraints refuse what the model forbids', async () => {
    const scratch = await createScratchDatabase(kind);
    const db = await openDatabase(testConfig(scratch.url));
    try {
      await db.dataSource.runMigrations();
      const q = (sql: string) => db.dataSource.query(sql);
      await q(`INSERT INTO agency (id, kind) VALUES ('00000000-0000-4000-8000-000000000001', 'development_agency')`);
      // An end never before its start.
      await expect(q(`INSERT INTO agency (kind, existed_from, existed_until) VALUES ('ministry', '2018-01-01', '2017-01-01')`)).rejects.toThrow(/CHK_agency_existence/);
      // Enumerations, identifiers and codes.
      await expect(q(`INSERT INTO agency (kind) VALUES ('castle')`)).rejects.toThrow(/CHK_agency_kind/);
      await expect(q(`INSERT INTO agency (kind, kbo_number) VALUES ('ministry', '671516647')`)).rejects.toThrow(/CHK_agency_kbo_number/);
      await q(`INSERT INTO agency (kind, kbo_number) VALUES ('ministry', '0671.516.647')`);
      await expect(q(`INSERT INTO agency (kind, kbo_number) VALUES ('ministry', '0671.516.647')`)).rejects.toThrow(/duplicate key/);
      await expect(q(`INSERT INTO country (iso2, name) VALUES ('bj', '{}')`)).rejects.toThrow(/CHK_country_iso2/);
      // Foreign keys.
      await expect(q(`INSERT INTO agency_name (agency_id, lang, name) VALUES ('00000000-0000-4000-8000-00000000ffff', 'nl', 'X')`)).rejects.toThrow(/foreign key/);
      await expect(q(`INSERT INTO agency_name (agency_id, lang, name) VALUES ('00000000-0000-4000-8000-000000000001', 'xx', 'X')`)).rejects.toThrow(/CHK_agency_name_lang/);
      // Fuzzy periods: an end interval entirely before the start interval is refused.
      await q(`INSERT INTO country (id, iso2, name) VALUES ('00000000-0000-4000-8000-000000000002', 'BJ', '{}')`);
      await expect(
        q(`INSERT INTO mission (reference, title, status, country_id, planned_start, planned_start_precision, planned_end, planned_end_precision)
           VALUES ('M1', '{}', 'planned', '00000000-0000-4000-8000-000000000002', '[2017-07-01,2017-08-01)', 'month', '[2017-05-01,2017-06-01)', 'month')`),
      ).rejects.toThrow(/CHK_mission_planned_order/);
      await q(`INSERT INTO mission (reference, title, status, country_id, planned_start, planned_start_precision, planned_end, planned_end_precision)
               VALUES ('M2', '{}', 'planned', '00000000-0000-4000-8000-000000000002', '[2017-07-01,2017-08-01)', 'month', '[2017-07-01,2017-08-01)', 'month')`);
      await expect(q(`INSERT INTO mission (reference, title, status, country_id) VALUES ('M3', '{}', 'dreamt', '00000000-0000-4000-8000-000000000002')`)).rejects.toThrow(/CHK_mission_status/);
    } finally {
      await db.close();
      await scratch.drop();
    }
  });

  test('every foreign key column is indexed', async () => {
    const scratch = await createScratchDatabase(kind);
    const db = await openDatabase(testConfig(scratch.url));
    try {
      await db.dataSource.runMigrations();
      const unindexed = (await db.dataSource.query(`
        SELECT c.conrelid::regclass::text AS table_name, a.attname AS column_name
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f'
          AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])
        ORDER BY 1, 2`)) as unknown[];
      expect(unindexed).toEqual([]);
    } finally {
      await db.close();
      await scratch.drop();
    }
  });
});

test('configuration errors name the setting in one sentence', () => {
  expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow('DATABASE_URL: is not a valid URL; expected postgres://user:password@host:5432/database.');
  expect(() => loadConfig({ DATABASE_URL: 'mysql://x@y/z' })).toThrow('DATABASE_URL: must start with postgres:// or postgresql://, not mysql://.');
  expect(() => loadConfig({ PORT: 'eighty' })).toThrow('PORT: expected a whole number between 0 and 65535, got "eighty".');
  expect(() => loadConfig({ SEED_ON_START: 'maybe' })).toThrow('SEED_ON_START: expected true or false, got "maybe".');
  expect(() => loadConfig({ NODE_ENV: 'staging' })).toThrow('NODE_ENV: expected one of development, production, test, got "staging".');
  const config = loadConfig({});
  expect(config.database.kind).toBe('embedded');
  expect(config.port).toBe(4000);
});

(process.env.TEST_DATABASE_URL ? test : test.skip)('PostgreSQL connections stay open once made: the idle ones are not closed, and their prepared statements stay', async () => {
  const scratch = await createScratchDatabase('postgres');
  const db = await openDatabase(testConfig(scratch.url, { DATABASE_POOL_SIZE: '3' }));
  try {
    const pool = (db.dataSource.driver as unknown as { master: { options: { min: number; max: number; idleTimeoutMillis: number }; totalCount: number } }).master;
    expect(pool.options.max).toBe(3);
    // pg-pool closes an idle connection only while it holds more than `min`.
    expect(pool.options.min).toBe(3);
    await Promise.all([1, 2, 3].map(() => db.dataSource.query('SELECT pg_sleep(0.05)')));
    expect(pool.totalCount).toBe(3);
  } finally {
    await db.close();
    await scratch.drop();
  }
});
