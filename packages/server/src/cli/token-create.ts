import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { createApiToken, parseRole } from '../features/auth/auth.service';
import { parseArgs } from './args';

const USAGE = 'Usage: pnpm token:create --name <what it is for> --role <analyst|coordinator|admin> [--days 90]';

/** Creates an API token and prints its secret, once (only its SHA-256 is stored). */
async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.name || !args.role) throw new Error(USAGE);
  const role = parseRole(args.role);
  const days = args.days === undefined ? 90 : Number(args.days);
  const db = await openDatabase(loadConfig());
  try {
    await db.dataSource.runMigrations();
    const { token, secret } = await createApiToken(db.dataSource, { name: args.name, role, expiresInDays: days, createdBy: 'cli' });
    console.error(`Token "${token.name}" (${token.role}, id ${token.id}) expires ${token.expiresAt.toISOString()}. Its secret, shown once:`);
    console.log(secret);
  } finally {
    await db.close();
  }
}

void main().catch((error: unknown) => {
  console.error(`token:create failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
