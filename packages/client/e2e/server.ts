import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const SERVER_DIR = path.join(__dirname, '../../server');

/** A free TCP port in 4200–4299 (the range this project's tests use), tried in random order. */
export async function freePort(from = 4200, to = 4299): Promise<number> {
  const ports = Array.from({ length: to - from + 1 }, (_, i) => from + i).sort(() => Math.random() - 0.5);
  for (const port of ports) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port between ${from} and ${to}.`);
}

export interface RunningServer {
  url: string;
  /** The demo admin's login and password, printed by the server at start (DEMO_ACCESS). */
  demo: { login: string; password: string };
  log: () => string;
  stop(): Promise<void>;
}

interface PgClientClass {
  new (options: { connectionString: string }): { connect(): Promise<void>; query(sql: string): Promise<unknown>; end(): Promise<void> };
}

/** The PostgreSQL database for this run when TEST_DATABASE_URL is set: created here, dropped at the end. */
async function postgresDatabase(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return null;
  // The server package's driver: the client package does not depend on pg itself.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Client } = require(require.resolve('pg', { paths: [SERVER_DIR] })) as { Client: PgClientClass };
  const name = `coopgraph_client_e2e_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * Starts the real server (packages/server/dist/main.js, built beforehand) over HTTP on a
 * free port, serving the built dashboard, on a fresh database: in memory (embedded
 * PGlite), or a new PostgreSQL database when TEST_DATABASE_URL is set. Synthetic data is
 * loaded at start, as `pnpm start` does on a first embedded start.
 */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  // The port is free when chosen but the server listens only after migrating and seeding:
  // another process may take it meanwhile, so a start that finds it taken tries another.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startServerOnce(extraEnv);
    } catch (error) {
      if (attempt >= 3 || !/EADDRINUSE/.test((error as Error).message)) throw error;
    }
  }
}

async function startServerOnce(extraEnv: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  const pg = await postgresDatabase();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'info',
    SYNTHETIC_SCALE: '0.01',
    // A demo administrator whose password the server prints: the tests sign in with it.
    DEMO_ACCESS: 'true',
    ...(pg ? { DATABASE_URL: pg.url } : { DATA_DIR: 'memory' }),
    ...extraEnv,
  };
  const child: ChildProcess = spawn(process.execPath, [path.join(SERVER_DIR, 'dist/main.js')], { cwd: SERVER_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += String(chunk)));
  child.stderr!.on('data', (chunk) => (output += String(chunk)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start within 120 s:\n${output}`)), 120_000);
    const check = () => {
      const match = /Coopgraph ready at (http:\/\/[^\s/]+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with ${code}:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await pg?.drop().catch(() => undefined);
    throw error;
  });
  const demo = /sign in as "([^"]+)" with password (\S+) \(admin\)/.exec(output);
  if (!demo) throw new Error(`The server printed no demo access:\n${output}`);
  return {
    url,
    demo: { login: demo[1], password: demo[2] },
    log: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await pg?.drop().catch(() => undefined);
    },
  };
}
