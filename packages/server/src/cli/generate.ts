import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { DEFAULT_SEED, generateSynthetic } from '../synthetic/generate';

/**
 * Loads deterministic synthetic data into the configured database (DATABASE_URL, or the
 * embedded database in DATA_DIR), after running pending migrations.
 *
 *   node dist/cli/generate.js --scale 1 [--seed 42]
 *
 * Progress goes to stderr; the summary (rows per table, seconds) to stdout.
 */

const USAGE = 'node dist/cli/generate.js --scale <number> [--seed <whole number>]';

class UsageError extends Error {}

function parseArgs(argv: string[]): { scale: number; seed: number } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const match = /^--(scale|seed)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unknown argument "${arg}".`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${match[1]} needs a value.`);
    values.set(match[1], value);
  }
  const scaleText = values.get('scale');
  if (scaleText === undefined) throw new UsageError('--scale is required.');
  const scale = Number(scaleText);
  if (!Number.isFinite(scale) || scale <= 0) throw new UsageError(`--scale must be a positive number, got "${scaleText}".`);
  const seedText = values.get('seed');
  const seed = seedText === undefined ? DEFAULT_SEED : Number(seedText);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new UsageError(`--seed must be a whole number from 0 to ${0xffffffff}, got "${seedText}".`);
  }
  return { scale, seed };
}

/** One sentence, ending with a full stop. */
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

async function main(): Promise<void> {
  let args: { scale: number; seed: number };
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`generate: ${error.message.replace(/\.$/, '')} (usage: ${USAGE}).`);
      process.exit(1);
    }
    throw error;
  }

  const config = loadConfig();
  const where = config.database.kind === 'postgres' ? config.database.display : `embedded database (${config.database.dataDir})`;
  console.error(`generate: scale ${args.scale}, seed ${args.seed}, into ${where}`);
  const db = await openDatabase(config, {
    onRetry: (attempt, delayMs, reason) => console.error(`generate: database not reachable (${reason}); retry ${attempt} in ${delayMs} ms`),
  });
  try {
    const migrations = await db.dataSource.runMigrations();
    if (migrations.length > 0) console.error(`generate: ran ${migrations.length} migration(s)`);
    const report = await generateSynthetic(db.dataSource, {
      scale: args.scale,
      seed: args.seed,
      onProgress: (step, done, total) => console.error(`generate: ${step} ${done}/${total}`),
    });
    if (report.skipped) {
      console.log(report.skipped);
      return;
    }
    const width = Math.max(...Object.keys(report.counts).map((table) => table.length));
    const lines = Object.entries(report.counts).map(([table, rows]) => `  ${table.padEnd(width)}  ${rows.toLocaleString('en')}`);
    const total = Object.values(report.counts).reduce((sum, rows) => sum + rows, 0);
    console.log(`Generated ${total.toLocaleString('en')} rows in ${(report.ms / 1000).toFixed(1)} s:\n${lines.join('\n')}`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`generate: synthetic data generation failed: ${sentence(message.split('\n')[0])}`);
  process.exit(1);
});
