import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/data-source';
import { createUser, parseRole } from '../features/auth/auth.service';
import { parseArgs } from './args';

const USAGE = 'Usage: pnpm user:create --login <login> --role <analyst|coordinator|admin> [--replace]   (password from COOPGRAPH_PASSWORD, or typed on standard input)';

async function readPassword(): Promise<string> {
  if (process.env.COOPGRAPH_PASSWORD) return process.env.COOPGRAPH_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('Password (at least 12 characters): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/** Creates a dashboard user (the first admin, typically) in the configured database, migrating it first. */
async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.login || !args.role) throw new Error(USAGE);
  const role = parseRole(args.role);
  const password = await readPassword();
  const db = await openDatabase(loadConfig());
  try {
    await db.dataSource.runMigrations();
    const user = await createUser(db.dataSource, { login: args.login, password, role }, { replace: args.replace === 'true' });
    console.log(`User "${user.login}" (${user.role}) is ready: sign in at /auth/login.`);
  } finally {
    await db.close();
  }
}

void main().catch((error: unknown) => {
  console.error(`user:create failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
