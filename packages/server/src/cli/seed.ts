import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { seedPressRelease } from '../seed/seed';

/** Migrates the configured database and loads the press-release seed (idempotent). */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    const applied = await db.dataSource.runMigrations();
    if (applied.length > 0) console.log(`Applied ${applied.length} migration(s).`);
    const report = await seedPressRelease(db.dataSource);
    const rows = Object.entries(report.inserted).filter(([, n]) => n > 0);
    console.log(
      rows.length === 0
        ? `The seed is already present (${report.unchanged} rows): nothing changed.`
        : `Inserted ${rows.map(([table, n]) => `${n} ${table}`).join(', ')}; ${report.unchanged} rows were already present.`,
    );
  } finally {
    await db.close();
  }
}

void main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
