import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { schemaDiff } from '../db/schema-diff';

/**
 * Writes a migration with the SQL that brings a migrated database to the entities.
 * Usage: pnpm migration:generate <Name>   (uses DATABASE_URL, or a fresh in-memory database)
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('Usage: pnpm migration:generate <PascalCaseName>');
    process.exit(2);
  }
  const config = loadConfig({ ...process.env, DATA_DIR: process.env.DATABASE_URL ? undefined : 'memory' });
  const db = await openDatabase(config);
  try {
    await db.dataSource.runMigrations();
    const diff = await schemaDiff(db.dataSource);
    if (diff.up.length === 0) {
      console.log('The database already matches the entities: no migration written.');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const quote = (q: string) => `    await queryRunner.query(${JSON.stringify(q)});`;
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${diff.up.map(quote).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${diff.down.reverse().map(quote).join('\n')}
  }
}
`;
    const file = path.join(__dirname, '..', '..', 'src', 'db', 'migrations', `${timestamp}-${name}.ts`);
    fs.writeFileSync(file, body);
    console.log(`Wrote ${path.relative(process.cwd(), file)} (${diff.up.length} statements). Add it to src/db/migrations/index.ts.`);
  } finally {
    await db.close();
  }
}

void main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
