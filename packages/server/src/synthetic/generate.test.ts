import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../config';
import { openDatabase, type Database } from '../db/data-source';
import { GENERATED_TABLES, generateSynthetic, plannedCounts, Random, SYNTHETIC_SOURCE_KEY, type GenerateReport } from './generate';

const SCALE = 0.02;
const SEED = 7;

/** A way to get fresh, empty databases: always the embedded one, PostgreSQL when TEST_DATABASE_URL is set. */
interface Engine {
  name: string;
  create(): Promise<Database>;
  /** Removes whatever `create` made outside the process. */
  cleanup(): Promise<void>;
}

const embedded: Engine = {
  name: 'embedded',
  create: () => openDatabase(loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory' })),
  cleanup: async () => undefined,
};

function postgres(serverUrl: string): Engine {
  const created: string[] = [];
  const admin = async <T>(fn: (client: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'postgres',
    async create() {
      const name = `cg_gen_${randomBytes(6).toString('hex')}`;
      await admin((client) => client.query(`CREATE DATABASE "${name}"`));
      created.push(name);
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return openDatabase(loadConfig({ NODE_ENV: 'test', DATABASE_URL: url.toString() }));
    },
    async cleanup() {
      await admin(async (client) => {
        for (const name of created.splice(0)) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      });
    },
  };
}

const engines: Engine[] = [embedded, ...(process.env.TEST_DATABASE_URL ? [postgres(process.env.TEST_DATABASE_URL)] : [])];

/** Per table: row count and an md5 over every column but the load timestamps, rows in id order. */
async function tableDigests(db: Database): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const table of GENERATED_TABLES) {
    const [row]: { n: number; digest: string }[] = await db.dataSource.query(
      `SELECT count(*)::int AS n,
              md5(coalesce(string_agg((to_jsonb(t) - 'created_at' - 'updated_at')::text, '|' ORDER BY t."id"), '')) AS digest
       FROM "${table}" t`,
    );
    digests[table] = `${row.n}:${row.digest}`;
  }
  return digests;
}

async function count(db: Database, sql: string, params: unknown[] = []): Promise<number> {
  const [row]: { n: number }[] = await db.dataSource.query(`SELECT (${sql})::int AS n`, params);
  return row.n;
}

const digestsByEngine = new Map<string, Record<string, string>>();

describe('plannedCounts', () => {
  test('scales every count linearly, fractions and multiples alike, and keeps the domain tree fixed', () => {
    expect(plannedCounts(1)).toMatchObject({ agencies: 200, agreements: 2000, experts: 10_000, missions: 20_000 });
    expect(plannedCounts(0.1)).toMatchObject({ agencies: 20, agreements: 200, experts: 1000, missions: 2000 });
    expect(plannedCounts(0.01)).toMatchObject({ agencies: 2, agreements: 20, experts: 100, missions: 200 });
    expect(plannedCounts(10)).toMatchObject({ agencies: 2000, agreements: 20_000, experts: 100_000, missions: 200_000 });
    expect(plannedCounts(10).domains).toBe(plannedCounts(0.01).domains);
    expect(plannedCounts(1).domains).toBeGreaterThanOrEqual(45);
  });

  test('refuses a scale that is not a positive number', () => {
    for (const scale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => plannedCounts(scale)).toThrow(RangeError);
  });
});

describe('Random', () => {
  test('repeats its sequence for the same seed and label, and differs otherwise', () => {
    const draw = (seed: number, label: string) => {
      const rng = new Random(seed, label);
      return [rng.uuid(), rng.uuid(), rng.int(0, 1_000_000)];
    };
    expect(draw(42, 'ids:agency')).toEqual(draw(42, 'ids:agency'));
    expect(draw(42, 'ids:agency')).not.toEqual(draw(43, 'ids:agency'));
    expect(draw(42, 'ids:agency')).not.toEqual(draw(42, 'ids:mission'));
  });

  test('makes version-4 UUIDs', () => {
    const rng = new Random(1, 'uuid');
    for (let i = 0; i < 100; i += 1) expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe.each(engines)('generateSynthetic on the $name database', (engine) => {
  let first: Database;
  let second: Database;
  /** A database that already holds a domain and a country the generator also knows. */
  let prefilled: Database;
  let report: GenerateReport;
  const prefilledDomainId = '00000000-0000-4000-8000-000000000001';
  const prefilledCountryId = '00000000-0000-4000-8000-000000000002';

  beforeAll(async () => {
    [first, second, prefilled] = await Promise.all([engine.create(), engine.create(), engine.create()]);
    await Promise.all([first, second, prefilled].map((db) => db.dataSource.runMigrations()));
    await prefilled.dataSource.query(
      `INSERT INTO "domain" ("id", "key", "label", "dac_codes") VALUES ($1, 'e-governance', '{"en": "E-governance"}', '{15110}')`,
      [prefilledDomainId],
    );
    await prefilled.dataSource.query(`INSERT INTO "country" ("id", "iso2", "iso3", "name") VALUES ($1, 'BJ', 'BEN', '{"en": "Benin"}')`, [
      prefilledCountryId,
    ]);
    report = await generateSynthetic(first.dataSource, { scale: SCALE, seed: SEED });
    await generateSynthetic(second.dataSource, { scale: SCALE, seed: SEED });
    await generateSynthetic(prefilled.dataSource, { scale: SCALE, seed: SEED });
  });

  afterAll(async () => {
    await Promise.all([first, second, prefilled].map((db) => db?.close()));
    await engine.cleanup();
  });

  test('loads the planned numbers of rows, and edges within their stated ranges', async () => {
    const planned = plannedCounts(SCALE);
    const rows: Record<string, number> = {};
    for (const table of GENERATED_TABLES) rows[table] = await count(first, `SELECT count(*) FROM "${table}"`);
    expect(report.skipped).toBeUndefined();
    expect(report.counts).toEqual(rows);

    expect(rows).toMatchObject({
      source: 1,
      agency: planned.agencies,
      agreement: planned.agreements,
      expert: planned.experts,
      mission: planned.missions,
      domain: planned.domains,
      person: planned.experts + planned.signatories,
      affiliation: planned.signatories,
      citation: planned.agencies + planned.agreements + planned.missions,
    });
    expect(rows.country).toBeGreaterThanOrEqual(40);
    const between = (table: string, perItem: number, min: number, max: number) => {
      expect(rows[table]).toBeGreaterThanOrEqual(perItem * min);
      expect(rows[table]).toBeLessThanOrEqual(perItem * max);
    };
    between('agency_name', planned.agencies, 4, 12);
    between('agreement_party', planned.agreements, 2, 4);
    between('agreement_domain', planned.agreements, 1, 3);
    between('agreement_country', planned.agreements, 1, 3);
    between('expert_domain', planned.experts, 1, 3);
    between('availability', planned.experts, 0, 3);
    between('mission_domain', planned.missions, 1, 3);
    between('assignment', planned.missions, 1, 4);
    // Per item, not only in total.
    expect(await count(first, `SELECT count(*) FROM (SELECT agreement_id FROM agreement_party GROUP BY 1 HAVING count(*) NOT BETWEEN 2 AND 4) x`)).toBe(0);
    expect(await count(first, `SELECT count(*) FROM (SELECT mission_id FROM assignment GROUP BY 1 HAVING count(*) NOT BETWEEN 1 AND 4) x`)).toBe(0);
    expect(await count(first, `SELECT count(*) FROM expert e WHERE cardinality(e.languages) NOT BETWEEN 1 AND 4`)).toBe(0);
  });

  test('marks every row synthetic, and every agency, agreement and mission cites the synthetic source', async () => {
    for (const table of GENERATED_TABLES) {
      expect([table, await count(first, `SELECT count(*) FROM "${table}" WHERE NOT synthetic`)]).toEqual([table, 0]);
    }
    const [source]: { id: string; kind: string; title: string }[] = await first.dataSource.query(
      `SELECT "id", "kind", "title" FROM "source" WHERE "key" = $1`,
      [SYNTHETIC_SOURCE_KEY],
    );
    expect(source.kind).toBe('synthetic');
    expect(source.title).toMatch(/describes no real agency, person or event/);
    for (const [table, type] of [
      ['agency', 'Agency'],
      ['agreement', 'Agreement'],
      ['mission', 'Mission'],
    ]) {
      const uncited = await count(
        first,
        `SELECT count(*) FROM "${table}" t WHERE NOT EXISTS (
           SELECT 1 FROM citation c WHERE c.subject_id = t.id AND c.source_id = $1 AND c.subject_type = $2)`,
        [source.id, type],
      );
      expect([table, uncited]).toEqual([table, 0]);
    }
    expect(await count(first, `SELECT count(*) FROM "change"`)).toBe(0);
  });

  test('gives identical rows, ids included, for the same scale and seed', async () => {
    const digests = await tableDigests(first);
    expect(await tableDigests(second)).toEqual(digests);
    digestsByEngine.set(engine.name, digests);
  });

  test('keeps missions in countries their agreement covers, on existing experts', async () => {
    expect(
      await count(
        first,
        `SELECT count(*) FROM mission m WHERE m.agreement_id IS NULL OR NOT EXISTS (
           SELECT 1 FROM agreement_country ac WHERE ac.agreement_id = m.agreement_id AND ac.country_id = m.country_id)`,
      ),
    ).toBe(0);
    expect(await count(first, `SELECT count(*) FROM assignment a LEFT JOIN expert e ON e.id = a.expert_id WHERE e.id IS NULL`)).toBe(0);
    expect(await count(first, `SELECT count(*) FROM (SELECT mission_id FROM assignment WHERE role = 'lead' GROUP BY 1 HAVING count(*) <> 1) x`)).toBe(0);
  });

  test('varies statuses, kinds and date precisions, and nests some agreements under frameworks', async () => {
    const distinct = (sql: string) => count(first, `SELECT count(DISTINCT v) FROM (${sql}) x(v)`);
    expect(await distinct(`SELECT status FROM mission`)).toBeGreaterThanOrEqual(4);
    expect(await distinct(`SELECT kind FROM mission`)).toBe(5);
    expect(await distinct(`SELECT signed_precision FROM agreement WHERE signed IS NOT NULL`)).toBeGreaterThanOrEqual(2);
    expect(await distinct(`SELECT planned_start_precision FROM mission WHERE planned_start IS NOT NULL`)).toBeGreaterThanOrEqual(2);
    expect(await count(first, `SELECT count(*) FROM agreement child JOIN agreement p ON p.id = child.parent_id WHERE p.kind = 'framework'`)).toBeGreaterThan(0);
    expect(await count(first, `SELECT count(*) FROM agreement WHERE lower(signed) < '2005-01-01' OR lower(signed) >= '2027-01-01'`)).toBe(0);
    // Every agency has a name in each of the four languages.
    expect(await count(first, `SELECT count(*) FROM agency a WHERE (SELECT count(DISTINCT lang) FROM agency_name n WHERE n.agency_id = a.id) <> 4`)).toBe(0);
  });

  test('uses only reserved e-mail domains and unallocated phone numbers', async () => {
    expect(await count(first, `SELECT count(*) FROM person WHERE email IS NOT NULL AND email NOT LIKE '%@example.org'`)).toBe(0);
    expect(await count(first, `SELECT count(*) FROM person, unnest(phones) p WHERE p !~ '^\\+32 2 000 [0-9]{2} [0-9]{2}$'`)).toBe(0);
    expect(await count(first, `SELECT count(*) FROM person WHERE email IS NOT NULL`)).toBeGreaterThan(0);
  });

  test('reuses domains and countries already present, and draws the same ids for everything else', async () => {
    const [domain]: { id: string; synthetic: boolean }[] = await prefilled.dataSource.query(`SELECT "id", "synthetic" FROM "domain" WHERE "key" = 'e-governance'`);
    expect(domain).toEqual({ id: prefilledDomainId, synthetic: false });
    expect(await count(prefilled, `SELECT count(*) FROM "country" WHERE "iso2" = 'BJ'`)).toBe(1);
    expect(await count(prefilled, `SELECT count(*) FROM "domain" d WHERE d.parent_id IS NULL AND d.key = 'e-governance'`)).toBe(1);
    expect(await count(prefilled, `SELECT count(*) FROM "domain" WHERE "parent_id" = $1`, [prefilledDomainId])).toBeGreaterThan(0);
    const ids = async (db: Database, table: string) => ((await db.dataSource.query(`SELECT "id" FROM "${table}" ORDER BY "id"`)) as { id: string }[]).map((r) => r.id);
    for (const table of ['agency', 'agreement', 'expert', 'mission', 'assignment']) {
      expect(await ids(prefilled, table)).toEqual(await ids(first, table));
    }
  });

  test('skips, with a message, when synthetic data is already present', async () => {
    const before = await tableDigests(first);
    const again = await generateSynthetic(first.dataSource, { scale: SCALE, seed: SEED });
    expect(again.skipped).toMatch(/already present/);
    expect(again.counts).toEqual({});
    expect(await tableDigests(first)).toEqual(before);
  });
});

describe('generateSynthetic across engines', () => {
  const bothEngines = engines.length > 1 ? test : test.skip;
  bothEngines('gives the same rows on PostgreSQL and on the embedded database', () => {
    expect(digestsByEngine.get('postgres')).toEqual(digestsByEngine.get('embedded'));
  });
});
