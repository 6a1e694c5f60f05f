import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { schemaSdl } from '../graphql/print-schema';
import { compareSchemas } from '../graphql/schema-diff';

/**
 * Compares the schema the code builds with the last released one (schema.baseline.graphql).
 * Breaking changes fail; `--release` makes the current schema the new baseline, which is a
 * reviewed change of its own.
 */
async function main(): Promise<void> {
  const root = path.join(__dirname, '..', '..');
  const baselineFile = path.join(root, 'schema.baseline.graphql');
  const current = await schemaSdl();
  if (process.argv.includes('--release')) {
    fs.writeFileSync(baselineFile, current);
    console.log('schema.baseline.graphql now holds the current schema.');
    return;
  }
  const report = await compareSchemas(fs.readFileSync(baselineFile, 'utf8'), current);
  console.log(`Schema against the released baseline: ${report.breaking.length} breaking, ${report.dangerous.length} dangerous, ${report.safe.length} safe change(s).`);
  for (const message of report.breaking) console.log(`  BREAKING  ${message}`);
  for (const message of report.dangerous) console.log(`  dangerous ${message}`);
  if (report.breaking.length > 0) {
    console.log('Deprecate instead of removing or changing (README, "Schema policy"); a deliberate break needs `pnpm schema:release` in a reviewed commit.');
    process.exit(1);
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
