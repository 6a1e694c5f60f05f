import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { importAgreements, importExperts } from '../features/import/import.service';
import { parseImport, UnreadableFile } from '../features/import/parse';

const USAGE = 'Usage: pnpm import -- --file <rows.csv|rows.json> --type experts|agreements [--dry-run]';

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Imports experts or agreements from a file into the configured database, printing progress. */
async function main(): Promise<void> {
  const file = argument('file');
  const type = argument('type');
  const dryRun = process.argv.includes('--dry-run');
  if (!file || (type !== 'experts' && type !== 'agreements')) {
    console.error(USAGE);
    process.exit(2);
  }
  const format = path.extname(file).toLowerCase() === '.json' ? 'json' : 'csv';
  const started = Date.now();
  let records;
  try {
    records = parseImport(format, fs.readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof UnreadableFile) {
      console.error(`${file}: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const db = await openDatabase(loadConfig());
  try {
    await db.dataSource.runMigrations();
    const importer = type === 'experts' ? importExperts : importAgreements;
    const t0 = Date.now();
    const report = await importer(db.dataSource, records, {
      dryRun,
      actor: 'system:import',
      requestId: null,
      onProgress: (phase, done, total) => process.stdout.write(`${phase === 'check' ? 'checked' : 'written'} ${done}/${total} rows\n`),
    });
    const seconds = (Date.now() - t0) / 1000;
    for (const row of report.rows.filter((r) => r.problems.length)) {
      for (const p of row.problems) console.log(`line ${row.line} (${row.key || 'no key'}): ${p.field?.join('.') ?? ''} ${p.code}: ${p.message}`);
    }
    const { create, update, skip, invalid } = report.counts;
    console.log(`${records.length} rows: ${create} create, ${update} update, ${skip} skip, ${invalid} invalid.`);
    console.log(
      report.applied
        ? `Applied in ${seconds.toFixed(2)} s (${Math.round(records.length / seconds)} rows/s), ${report.historyEntries} history entries; ${((Date.now() - started) / 1000).toFixed(2)} s in all.`
        : dryRun
          ? `Dry run in ${seconds.toFixed(2)} s (${Math.round(records.length / seconds)} rows/s): nothing written.`
          : 'Nothing written: fix the rows above and run again.',
    );
    if (!dryRun && !report.applied) process.exitCode = 1;
  } finally {
    await db.close();
  }
}

void main().catch((error: unknown) => {
  console.error(`Import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
