import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startCoopgraph } from './app';
import { createScratchDatabase, databaseKinds, startTestServer, testConfig } from './test/harness';

const MAIN = path.join(__dirname, '..', 'dist', 'main.js');

interface Started {
  child: ChildProcessWithoutNullStreams;
  url: string;
  lines: Array<Record<string, any>>;
  stderr: () => string;
  exited: Promise<number | null>;
}

const children = new Set<ChildProcessWithoutNullStreams>();
// A failed assertion must not leave a server running (it would keep the test run alive).
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Runs the built server as a newcomer would, and waits for its "ready" log line. */
function runServer(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', PORT: '0', LOG_LEVEL: 'info', ...env },
  });
  children.add(child);
  const lines: Array<Record<string, any>> = [];
  let stderr = '';
  let buffer = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        const record = JSON.parse(line) as Record<string, any>;
        lines.push(record);
        const ready = /ready at (http:\/\/\S+)\/graphql/.exec(String(record.msg));
        if (ready) resolve({ child, url: ready[1]!, lines, stderr: () => stderr, exited });
      }
    });
    void exited.then((code) => reject(new Error(`server exited with ${code} before it was ready: ${stderr}`)));
  });
}

/** Runs a command-line tool of the built server to its end. */
function runCli(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'dist', 'cli', script), ...args], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', LOG_LEVEL: 'silent', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end();
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

/** Runs the built server expecting it to refuse to start; returns its exit code and stderr. */
async function failToStart(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', PORT: '0', ...env } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stderr };
}

describe('the command-line tools', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-cli-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test('user:create makes the first admin and token:create prints a token once; both work against the server', async () => {
    const user = await runCli('user-create.js', ['--login', 'Admin@Example.org', '--role', 'admin'], { DATA_DIR: dataDir, COOPGRAPH_PASSWORD: 'a long enough passphrase' });
    expect(user.stderr).toBe('');
    expect(user.stdout).toMatch(/User "admin@example.org" \(admin\) is ready/);
    expect(user.code).toBe(0);
    const short = await runCli('user-create.js', ['--login', 'x2', '--role', 'admin'], { DATA_DIR: dataDir, COOPGRAPH_PASSWORD: 'short' });
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(/A password must be 12 to 1000 characters long/);
    const badRole = await runCli('token-create.js', ['--name', 'ci', '--role', 'boss'], { DATA_DIR: dataDir });
    expect(badRole.stderr).toMatch(/"boss" is not a role; use analyst, coordinator or admin/);
    const token = await runCli('token-create.js', ['--name', 'nightly export', '--role', 'analyst', '--days', '30'], { DATA_DIR: dataDir });
    expect(token.code).toBe(0);
    const secret = token.stdout.trim();
    expect(secret).toMatch(/^cgt_[A-Za-z0-9_-]{43}$/);

    const server = await runServer({ DATA_DIR: dataDir });
    try {
      const viewer = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: '{"query":"{ viewer { name role } }"}' });
      expect(((await viewer.json()) as any).data.viewer).toEqual({ name: 'nightly export', role: 'ANALYST' });
      const login = await fetch(`${server.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'admin@example.org', password: 'a long enough passphrase' }) });
      expect(login.status).toBe(200);
      expect(login.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict; Max-Age=\d+; Secure/);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});

describe('the built server on the embedded database', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coopgraph-start-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test('creates, migrates and seeds its data folder, logs JSON with request IDs, stops on SIGTERM, and keeps its data', async () => {
    // DEMO_ACCESS prints a demo login and token, as the embedded demo start does by default.
    const first = await runServer({ DATA_DIR: dataDir, DEMO_ACCESS: 'true' });
    expect(first.lines.some((l) => /Applied \d+ migration/.test(l.msg))).toBe(true);
    const demo = first.lines.map((l) => /export COOPGRAPH_TOKEN=(cgt_\S+)/.exec(String(l.msg))).find(Boolean);
    expect(demo).toBeTruthy();
    expect(first.lines.some((l) => /Seeded \d+ rows/.test(l.msg))).toBe(true);
    expect((await fetch(`${first.url}/health`)).status).toBe(200);
    expect(await (await fetch(`${first.url}/ready`)).json()).toEqual({ status: 'ready', database: 'embedded' });

    const response = await fetch(`${first.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'curl-test-1', authorization: `Bearer ${demo![1]}` },
      body: JSON.stringify({ query: '{ agreement(reference: "BOSA-BTC-2017") { signedOn { iso } } node(id: "nope") { id } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('curl-test-1');
    // The README's first-minute curl works with the printed demo token.
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    const curl = /curl -s http:\/\/127\.0\.0\.1:4000\/graphql .*?-H "authorization: Bearer \$COOPGRAPH_TOKEN" -d '([\s\S]*?)'\n/.exec(readme);
    expect(curl).toBeTruthy();
    const readmeAnswer = await fetch(`${first.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${demo![1]}` }, body: curl![1] });
    const firstBody = (await readmeAnswer.json()) as any;
    expect(firstBody.errors).toBeUndefined();
    expect(firstBody.data.agreement.title).toBe('Cooperation agreement between the FPS Policy and Support and BTC');
    const body = (await response.json()) as any;
    expect(body.data.agreement.signedOn.iso).toBe('2017-06-02');
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: 'curl-test-1' });
    expect(body.errors[0].extensions.stacktrace).toBeUndefined();
    expect(body.extensions).toEqual({ cost: { requested: 3, limit: 500000 } }); // no statement counts in production

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.lines.find((l) => l.msg === 'request completed')).toMatchObject({ requestId: 'curl-test-1', path: '/graphql', status: 200 });
    expect(first.lines.some((l) => l.msg === 'Stopped cleanly')).toBe(true);

    const second = await runServer({ DATA_DIR: dataDir, DEMO_ACCESS: 'true' });
    // The demo token printed by the previous start was replaced.
    const stale = await fetch(`${second.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${demo![1]}` }, body: '{"query":"{ viewer { name } }"}' });
    expect(stale.status).toBe(401);
    expect(second.lines.some((l) => /Applied/.test(l.msg))).toBe(false);
    expect(second.lines.some((l) => l.msg === 'Seed data already present')).toBe(true);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  test('an unusable data folder ends with one sentence naming DATA_DIR', async () => {
    const file = path.join(dataDir, 'a-file');
    fs.writeFileSync(file, '');
    const { code, stderr } = await failToStart({ DATA_DIR: path.join(file, 'db') });
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^Coopgraph cannot start: DATA_DIR: cannot create or write the embedded database folder .+ \(ENOTDIR\)\.$/);
  });

  test('a malformed DATABASE_URL ends with one sentence, no stack trace', async () => {
    const { code, stderr } = await failToStart({ DATABASE_URL: 'postgres//oops' });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('Coopgraph cannot start: DATABASE_URL: is not a valid URL; expected postgres://user:password@host:5432/database.');
  });

  test('an unreachable database is retried with backoff, then reported in one sentence', async () => {
    const { code, stderr } = await failToStart({ DATABASE_URL: 'postgres://coop:secret@127.0.0.1:9/coop', DATABASE_CONNECT_TIMEOUT: '2' });
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^Coopgraph cannot start: DATABASE_URL: cannot reach the PostgreSQL server at 127\.0\.0\.1:9\/coop \(ECONNREFUSED\)\. Gave up after [2-9] attempts over 2 s \(DATABASE_CONNECT_TIMEOUT\)\.$/);
    expect(stderr).not.toContain('secret');
  });
});

describe('the embedded database runs on its own thread', () => {
  test('/health answers while a long query runs', async () => {
    const server = await startTestServer('embedded', { seed: false });
    try {
      let queryDone = false;
      const long = server.app.db.dataSource.query('SELECT count(*) FROM generate_series(1, 400000)').then(() => (queryDone = true));
      // Let the query reach the database thread first.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const health = await fetch(`${server.url}/health`);
      expect(health.status).toBe(200);
      expect(queryDone).toBe(false);
      await long;
    } finally {
      await server.close();
    }
  });
});

const postgresOnly = databaseKinds().includes('postgres') ? describe : describe.skip;

postgresOnly('start-up against PostgreSQL', () => {
  test('a wrong user or password is named, not retried', async () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.username = 'no_such_role_here';
    url.password = 'wrong';
    const { code, stderr } = await failToStart({ DATABASE_URL: url.toString(), DATABASE_CONNECT_TIMEOUT: '30' });
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^Coopgraph cannot start: DATABASE_URL: the server at .+ refused the user name or password/);
    expect(stderr).not.toContain('wrong@');
  });

  test('a server that is briefly unreachable at start is waited for', async () => {
    const scratch = await createScratchDatabase('postgres');
    const target = new URL(scratch.url!);
    // A proxy that starts listening only after a while, as a database container would.
    const proxy = net.createServer((socket) => {
      const upstream = net.connect(Number(target.port || 5432), target.hostname);
      socket.pipe(upstream).pipe(socket);
      socket.on('error', () => upstream.destroy());
      upstream.on('error', () => socket.destroy());
    });
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    const viaProxy = new URL(scratch.url!);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(port);
    const retries: number[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void retries.push(JSON.parse(line).attempt) });
    const opening = startCoopgraph(testConfig(viaProxy.toString(), { DATABASE_CONNECT_TIMEOUT: '20' }), logger);
    setTimeout(() => proxy.listen(port, '127.0.0.1'), 1500);
    const app = await opening;
    try {
      expect(retries.length).toBeGreaterThanOrEqual(2);
      expect((await fetch(`${app.url}/ready`)).status).toBe(200);
    } finally {
      await app.close();
      proxy.close();
      await scratch.drop();
    }
  });
});

describe('a fault of the server', () => {
  test('is masked in production with the request ID in the answer, and logged with that ID', async () => {
    const lines: Array<Record<string, any>> = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const app = await startCoopgraph(testConfig(undefined, { NODE_ENV: 'production', AUTH_PUBLIC_READ: 'true', SEED_ON_START: 'false' }), logger);
    try {
      // A table that went missing under the server: not the caller's fault.
      await app.db.dataSource.query('ALTER TABLE domain RENAME TO domain_gone');
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'fault-1' },
        body: JSON.stringify({ query: '{ domains(first: 1) { nodes { id } } }' }),
      });
      const body = (await response.json()) as any;
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].message).toBe('Internal server error. Quote request ID fault-1 when reporting it.');
      expect(body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'fault-1' });
      expect(JSON.stringify(body)).not.toMatch(/domain_gone|relation|stack/i);
      const logged = lines.find((l) => l.msg === 'Unexpected error while resolving a request');
      expect(logged).toMatchObject({ requestId: 'fault-1', path: ['domains'] });
      expect(logged!.err.message).toMatch(/relation "domain" does not exist/);
    } finally {
      await app.close();
    }
  });
});
