import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { BENCH_DIST, cpuMs, launch, node22, signalLiveServers, peakRssMb, request, SERVER_DIR, statementsSoFar, type RunningContender } from './contenders/launch';
import type { LoadJob, LoadResult } from './load-worker';
import { canonicalJson, variablePool, type Contender, type Shape, type Vars } from './shapes';
import { QuietMachine, type QuietSummary } from './quiet';
import { CoreShield } from './shield';

const run = promisify(execFile);

export const CONTENDERS: Contender[] = ['coopgraph', 'postgraphile', 'floor'];

export interface BenchOptions {
  /** A PostgreSQL URL of the server to use (any database on it; scratch databases are created beside it). */
  adminUrl: string;
  dbName: string;
  scale: number;
  seed: number;
  shapes: Shape[];
  rounds: number;
  warmupMs: number;
  durationMs: number;
  connections: number;
  poolSize: number;
  /** Pool entries compared by the correctness gate, per shape. */
  gateSamples: number;
  /** Pin load generator and database backends to core 0, servers to core 1. */
  pin: boolean;
  /**
   * With `pin`: also move every other movable task of the machine off core 1 during the run
   * (CoreShield), and put it back after.
   */
  shield?: boolean;
  fixedRate: boolean;
  /**
   * Rounds of the fixed-rate run (A B C, A B C, ... per shape, as the closed loop). The report
   * takes medians over them: one round can fall on a JIT or GC transient of one contender, or on
   * a stall of the machine, that says nothing of its steady state.
   */
  fixedRateRounds: number;
  /** Unrecorded warm-up at the rate before each fixed-rate run, ms. */
  fixedRateWarmupMs: number;
  /**
   * With `pin` and the fixed rate: time each core's own jitter (native/hiccup.c) for this long
   * before the fixed-rate rounds, servers stopped; 0 or absent to skip.
   */
  jitterMs?: number;
  /**
   * Quiet the machine for the jitter measurement and the fixed-rate rounds: pause these
   * services, which no contender uses, and DAMON (QuietMachine; resumed after, also on a signal
   * or a kill). Absent or null: nothing is paused.
   */
  quietServices?: string[] | null;
  pgbench: boolean;
  /** Shapes pgbench runs (all when absent). */
  pgbenchShapes?: string[];
  portBase: number;
  /** Drop the database at the end (smoke mode). */
  dropAfter: boolean;
  log: (line: string) => void;
}

export interface GateResult {
  shape: string;
  samples: number;
  mismatches: Array<{ contender: Contender; vars: Vars; expected: string; actual: string }>;
  statements: Record<Contender, number>;
  bytes: Record<Contender, number>;
}

export interface Measurement {
  shape: string;
  contender: Contender | 'pgbench';
  round: number;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  cpuMsPerRequest: number;
}

export interface FixedRateResult {
  shape: string;
  contender: Contender;
  /** Round of the fixed-rate run (1 when the run predates rounds). */
  round?: number;
  rate: number;
  achievedRps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  errors: number;
  /** How late the load generator itself sent requests (p50, p99 ms): part of every latency. */
  sendLagP50?: number;
  sendLagP99?: number;
  /** Whether the load generator ran at a real-time priority (chrt -f 10). */
  realTime?: boolean;
  /** Which load generator ran it: the C one (native/fixed-rate.c) or the Node one. */
  generator?: 'c' | 'node';
}

export interface BenchResult {
  options: Omit<BenchOptions, 'log' | 'shapes' | 'adminUrl'> & { shapes: string[] };
  startedAt: string;
  finishedAt: string;
  machine: { cpus: string; cores: number; memoryGb: number; loadBefore: number[]; loadAfter: number[]; kernel: string };
  versions: Record<string, string>;
  data: { generatedSeconds: number | null; rows: Record<string, number> };
  gate: GateResult[];
  measurements: Measurement[];
  fixedRate: FixedRateResult[];
  peakRssMb: Record<Contender, number>;
  /** Each core's own jitter before the fixed-rate rounds (absent when not measured). */
  jitter?: JitterResult[];
  /** What the core shield moved off the servers' core (absent when it was off). */
  shield?: { tasks: number; workqueues: boolean; names: string[] };
  /** What was paused for the latency rounds (absent when nothing was). */
  quiet?: QuietSummary;
  errors: string[];
}

function dbUrl(adminUrl: string, dbName: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  return url.toString();
}

/** Creates and fills the database unless it already holds this scale and seed (marked by a comment). */
export async function ensureData(options: Pick<BenchOptions, 'adminUrl' | 'dbName' | 'scale' | 'seed' | 'log'>): Promise<number | null> {
  if (!/^coopgraph_bench[a-z0-9_]*$/.test(options.dbName)) throw new Error(`Benchmark databases are named coopgraph_bench*, not ${options.dbName}.`);
  // The marker names the latest migration: a database made before a schema change (an index
  // added, say) is made again rather than measured without it.
  const marker = `coopgraph-bench scale=${options.scale} seed=${options.seed} schema=${latestMigration()} complete`;
  const admin = new pg.Client({ connectionString: options.adminUrl });
  await admin.connect();
  try {
    const found = await admin.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [options.dbName],
    );
    if (found.rows[0]?.comment === marker) {
      options.log(`data: reusing ${options.dbName} (${marker})`);
      return null;
    }
    if (found.rows.length) await admin.query(`DROP DATABASE "${options.dbName}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${options.dbName}"`);
  } finally {
    await admin.end();
  }
  options.log(`data: generating scale ${options.scale} into ${options.dbName}`);
  const started = performance.now();
  await run(node22(), [path.join(SERVER_DIR, 'dist', 'cli', 'generate.js'), '--scale', String(options.scale), '--seed', String(options.seed)], {
    cwd: SERVER_DIR,
    env: { PATH: process.env.PATH, DATABASE_URL: dbUrl(options.adminUrl, options.dbName), LOG_LEVEL: 'warn' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const db = new pg.Client({ connectionString: dbUrl(options.adminUrl, options.dbName) });
  await db.connect();
  try {
    // As autovacuum would leave the tables once the load settles: statistics for the planner,
    // and the visibility map that lets index-only scans skip the table, for every contender.
    await db.query('VACUUM (ANALYZE)');
    await db.query(`COMMENT ON DATABASE "${options.dbName}" IS '${marker}'`);
  } finally {
    await db.end();
  }
  options.log(`data: generated in ${seconds.toFixed(1)} s`);
  return seconds;
}

/** The name of the server's latest migration (from its build). */
function latestMigration(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { migrations } = require(path.join(SERVER_DIR, 'dist', 'db', 'migrations', 'index.js')) as { migrations: Array<{ name: string }> };
  return migrations[migrations.length - 1]!.name;
}

export async function dropDatabase(adminUrl: string, dbName: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

function body(contender: Contender, shape: Shape, vars: Vars): string {
  if (contender === 'floor') return JSON.stringify({ shape: shape.name, variables: vars });
  const form = shape[contender];
  return JSON.stringify({ query: form.query, variables: form.variables(vars) });
}

function canonical(contender: Contender, shape: Shape, answer: any): unknown {
  if (contender === 'floor') return shape.floorCanonical ? shape.floorCanonical(answer.data) : answer.data;
  return shape[contender].canonical(answer.data);
}

/** Every contender answers each sampled request exactly as the floor does; also counts statements per request. */
export async function correctnessGate(contenders: RunningContender[], shape: Shape, pool: Vars[], samples: number): Promise<GateResult> {
  const result: GateResult = {
    shape: shape.name,
    samples: Math.min(samples, pool.length),
    mismatches: [],
    statements: { coopgraph: NaN, postgraphile: NaN, floor: NaN },
    bytes: { coopgraph: 0, postgraphile: 0, floor: 0 },
  };
  const expected: string[] = [];
  const ordered = [...contenders].sort((a, b) => (a.name === 'floor' ? -1 : b.name === 'floor' ? 1 : 0));
  for (const c of ordered) {
    const before = await statementsSoFar(c);
    for (let i = 0; i < result.samples; i += 1) {
      const vars = pool[i]!;
      const res = await request(c, body(c.name, shape, vars));
      result.bytes[c.name] += res.body.length;
      let actual: string;
      try {
        const parsed = JSON.parse(res.body);
        actual = res.status === 200 && !parsed.errors ? canonicalJson(canonical(c.name, shape, parsed)) : `HTTP ${res.status}: ${res.body.slice(0, 500)}`;
      } catch (error) {
        actual = `unreadable answer (${(error as Error).message}): HTTP ${res.status}: ${res.body.slice(0, 500)}`;
      }
      if (c.name === 'floor') expected.push(actual);
      else if (actual !== expected[i]) result.mismatches.push({ contender: c.name, vars, expected: expected[i]!, actual });
    }
    result.statements[c.name] = ((await statementsSoFar(c)) - before) / result.samples;
    result.bytes[c.name] = Math.round(result.bytes[c.name] / result.samples);
  }
  return result;
}

async function pinBackends(adminUrl: string, dbName: string, cpus: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const rows = await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [dbName]);
    for (const { pid } of rows.rows) {
      await run('taskset', ['-pc', cpus, String(pid)]).catch(() => undefined);
    }
  } finally {
    await admin.end();
  }
}

/**
 * Runs `work` with every contender but `active` (every one, when null) stopped (SIGSTOP), then
 * resumes them; one that has exited is skipped. An idle server is not idle to its core: after
 * its own run, V8 shrinks its heap (the memory reducer's mark-compacts, marked on background
 * threads) and its timers fire, on the core the measured server shares with it. Stopped, it
 * does that in its own run, where it counts.
 */
export async function alone<T>(contenders: RunningContender[], active: RunningContender | null, work: () => Promise<T>): Promise<T> {
  const others = contenders.filter((c) => c !== active);
  const signal = (c: RunningContender, sig: NodeJS.Signals) => {
    try {
      process.kill(c.pid, sig);
    } catch {
      // exited: its stop() reports how
    }
  };
  for (const c of others) signal(c, 'SIGSTOP');
  try {
    return await work();
  } finally {
    for (const c of others) signal(c, 'SIGCONT');
  }
}

/** Whether this machine lets the bench run a process at a real-time priority (`chrt`; root or CAP_SYS_NICE). */
let realTimeAllowed: boolean | undefined;
async function canRunRealTime(): Promise<boolean> {
  realTimeAllowed ??= await run('chrt', ['-f', '10', 'true']).then(
    () => true,
    () => false,
  );
  return realTimeAllowed;
}

/** Compiles native/<name>.c into `tmp` with the machine's C compiler; null where there is none. */
async function compileNative(tmp: string, name: string): Promise<string | null> {
  const binary = path.join(tmp, name);
  const source = path.join(BENCH_DIST, '..', 'native', `${name}.c`);
  for (const cc of [process.env.CC, 'cc', 'gcc', 'clang'].filter((c): c is string => !!c)) {
    try {
      await run(cc, ['-O2', '-o', binary, source]);
      return binary;
    } catch {
      // the next compiler
    }
  }
  return null;
}

/**
 * The C fixed-rate generator (native/fixed-rate.c), compiled once per run with the machine's C
 * compiler; null where there is none (the Node generator then runs the fixed rate too).
 */
export async function buildFixedRateGenerator(tmp: string, log: (line: string) => void): Promise<string | null> {
  const binary = await compileNative(tmp, 'fixed-rate');
  if (binary === null) log('fixed rate: no C compiler built native/fixed-rate.c; the Node generator runs the fixed rate');
  return binary;
}

/** The machine's own jitter on one core, from native/hiccup.c (see there). */
export interface JitterResult {
  core: string;
  /** What else was running: the servers stopped, so the core's own noise only. */
  durationMs: number;
  thresholdUs: number;
  lostMs: number;
  longestMs: number;
  /** Gaps at or above each bound, in ms: '0.05', '0.1', '0.25', '0.5', '1', '2', '5', '10'. */
  gapsAtLeastMs: Record<string, number>;
  /** The share of the run spent inside gaps of at least 0.5 and 1 ms. */
  shareInsideGapsAtLeast: Record<string, number>;
}

/** native/hiccup.c, compiled with the machine's C compiler; null where there is none. */
export function buildHiccupMeter(tmp: string): Promise<string | null> {
  return compileNative(tmp, 'hiccup');
}

/** Runs the hiccup meter on `core` (taskset) for `durationMs`: how the core is taken away from a program that wants it all the time. */
export async function measureJitter(binary: string, core: string, durationMs: number): Promise<JitterResult> {
  const { stdout } = await run('taskset', ['-c', core, binary, String(durationMs)]);
  return { core, ...(JSON.parse(stdout.trim()) as Omit<JitterResult, 'core'>) };
}

/** Writes `job` (open loop) in the C generator's format: a header line, then one body per line. */
export function writeNativeJob(file: string, job: LoadJob, maxConnections: number): void {
  if (job.rate === null) throw new Error('The C generator runs open-loop jobs only (a rate).');
  if (job.bodies.some((b) => b.includes('\n'))) throw new Error('A body holds a line break: the C generator reads one body per line.');
  const url = new URL(job.url);
  const header = [url.hostname, url.port, url.pathname, job.rate, job.durationMs, job.warmupMs ?? 0, maxConnections, job.bodies.length].join(' ');
  writeFileSync(file, `${header}\n${job.bodies.map((b) => `${b}\n`).join('')}`);
}

/**
 * Runs the load generator on `job`. At a fixed rate it runs at a real-time priority where the
 * machine allows it: it shares core 0 with the database, and a send or a read it made late
 * would count as the server's latency (the report still shows its own lateness). The fixed
 * rate uses the C generator where it builds: it sends within microseconds of each due time,
 * where the Node one's own pauses reached milliseconds.
 */
async function load(job: LoadJob, pin: boolean, tmp: string, native: string | null = null): Promise<LoadResult & { realTime: boolean; generator: 'c' | 'node' }> {
  const file = path.join(tmp, `job-${process.pid}-${Date.now()}.json`);
  const realTime = job.rate !== null && (await canRunRealTime());
  let program: string[];
  if (native !== null && job.rate !== null) {
    writeNativeJob(file, job, 64);
    program = [native, file];
  } else {
    writeFileSync(file, JSON.stringify(job));
    program = [node22(), path.join(BENCH_DIST, 'load-worker.js'), file];
  }
  const command = [...(pin ? ['taskset', '-c', '0'] : []), ...(realTime ? ['chrt', '-f', '10'] : []), ...program];
  try {
    const { stdout } = await run(command[0]!, command.slice(1), { maxBuffer: 16 * 1024 * 1024 });
    return { ...(JSON.parse(stdout.trim().split('\n').at(-1)!) as LoadResult), realTime, generator: native !== null && job.rate !== null ? 'c' : 'node' };
  } finally {
    rmSync(file, { force: true });
  }
}

function sqlLiteral(value: unknown): string {
  if (Array.isArray(value)) return `ARRAY[${value.map(sqlLiteral).join(', ')}]::text[]`;
  if (typeof value === 'number') return String(value);
  return `'${String(value).replace(/'/g, "''")}'`;
}

/** pgbench on the floor's SQL alone: one script per pool entry (literals in place of parameters), chosen at random. */
async function pgbenchShape(options: BenchOptions, shape: Shape, pool: Vars[], tmp: string): Promise<Measurement> {
  const files: string[] = [];
  pool.slice(0, 16).forEach((vars, i) => {
    const params = shape.floor.params(vars);
    const sql = shape.floor.sql.replace(/\$(\d+)(::text\[\])?/g, (_m, n: string) => sqlLiteral(params[Number(n) - 1]));
    const file = path.join(tmp, `pgbench-${shape.name}-${i}.sql`);
    writeFileSync(file, `${sql.replace(/\s*\n\s*/g, ' ')};\n`);
    files.push(file);
  });
  const url = new URL(options.adminUrl);
  const args = ['-n', '-M', 'prepared', '-c', String(options.connections), '-j', '1', '-T', String(Math.max(1, Math.round(options.durationMs / 1000))), '-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username || 'postgres'), ...files.flatMap((f) => ['-f', f]), options.dbName];
  const child = spawn(options.pin ? 'taskset' : 'pgbench', options.pin ? ['-c', '0', 'pgbench', ...args] : args, { env: { ...process.env, PGPASSWORD: decodeURIComponent(url.password) } });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  if (options.pin) setTimeout(() => void pinBackends(options.adminUrl, options.dbName, '0'), 300);
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? -1)));
  const tps = /tps = ([\d.]+)/.exec(out);
  const latency = /latency average = ([\d.]+) ms/.exec(out);
  const processed = /number of transactions actually processed: (\d+)/.exec(out);
  if (code !== 0 || !tps) throw new Error(`pgbench failed on ${shape.name} (exit ${code}):\n${out.slice(-2000)}`);
  return {
    shape: shape.name,
    contender: 'pgbench',
    round: 0,
    rps: Number(tps[1]),
    p50: latency ? Number(latency[1]) : NaN,
    p99: NaN,
    requests: processed ? Number(processed[1]) : NaN,
    errors: 0,
    cpuMsPerRequest: NaN,
  };
}

async function versions(): Promise<Record<string, string>> {
  const pkg = (name: string) => {
    try {
      // Some packages do not export package.json: find it beside their entry point.
      let dir = path.dirname(require.resolve(name));
      while (!existsSync(path.join(dir, 'package.json')) || path.basename(dir) === 'dist') dir = path.dirname(dir);
      return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  };
  const serverPkg = JSON.parse(readFileSync(path.join(SERVER_DIR, 'package.json'), 'utf8')) as { version: string };
  const nodeVersion = (await run(node22(), ['--version'])).stdout.trim();
  const pgbenchVersion = await run('pgbench', ['--version']).then((r) => r.stdout.trim()).catch(() => 'unavailable');
  return {
    node: nodeVersion,
    coopgraph: serverPkg.version,
    postgraphile: pkg('postgraphile'),
    'postgraphile-plugin-connection-filter': pkg('postgraphile-plugin-connection-filter'),
    '@graphile-contrib/pg-many-to-many': pkg('@graphile-contrib/pg-many-to-many'),
    '@graphile/pg-aggregates': pkg('@graphile/pg-aggregates'),
    pg: pkg('pg'),
    pgbench: pgbenchVersion,
  };
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const log = options.log;
  const startedAt = new Date().toISOString();
  const loadBefore = os.loadavg();
  const generatedSeconds = await ensureData(options);
  const databaseUrl = dbUrl(options.adminUrl, options.dbName);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-bench-'));
  const errors: string[] = [];
  const contenders: RunningContender[] = [];
  const result: BenchResult = {
    options: { ...options, shapes: options.shapes.map((s) => s.name), log: undefined, adminUrl: undefined } as never,
    startedAt,
    finishedAt: '',
    machine: { cpus: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), loadBefore, loadAfter: [], kernel: os.release() },
    versions: await versions(),
    data: { generatedSeconds, rows: {} },
    gate: [],
    measurements: [],
    fixedRate: [],
    peakRssMb: { coopgraph: NaN, postgraphile: NaN, floor: NaN },
    errors,
  };
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  for (const table of ['agency', 'agreement', 'agreement_party', 'agreement_domain', 'mission', 'assignment', 'expert']) {
    result.data.rows[table] = Number((await db.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
  }
  await db.end();

  let shield: CoreShield | null = null;
  let quiet: QuietMachine | null = null;
  // Interrupted at any point: the machine's tasks back where they were, its services running
  // again, no server left stopped or running (those still starting included).
  const restoreOnSignal = (signal: NodeJS.Signals) => {
    quiet?.resume();
    shield?.restore();
    signalLiveServers('SIGTERM');
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', restoreOnSignal);
  process.once('SIGTERM', restoreOnSignal);
  try {
    for (const [i, name] of CONTENDERS.entries()) {
      log(`start: ${name}`);
      contenders.push(
        await launch(name, {
          databaseUrl,
          port: options.portBase + 1 + i,
          counterPort: options.portBase + 11 + i,
          poolSize: options.poolSize,
          cpus: options.pin ? '1' : null,
        }),
      );
    }
    const pools = new Map(options.shapes.map((s) => [s.name, variablePool(s, options.seed, 64)]));

    // 1. The correctness gate: nothing is timed unless every answer equals the floor's.
    for (const shape of options.shapes) {
      const gate = await correctnessGate(contenders, shape, pools.get(shape.name)!, options.gateSamples);
      result.gate.push(gate);
      const s = gate.statements;
      log(`gate: ${shape.name}: ${gate.mismatches.length ? `${gate.mismatches.length} MISMATCHES` : 'equal'} (statements/request: coopgraph ${s.coopgraph}, postgraphile ${s.postgraphile}, floor ${s.floor})`);
    }
    const failed = result.gate.filter((g) => g.mismatches.length);
    if (failed.length) {
      const first = failed[0]!.mismatches[0]!;
      throw new Error(
        `Correctness gate failed on ${failed.map((g) => g.shape).join(', ')}. First: ${first.contender} on ${failed[0]!.shape} with ${JSON.stringify(first.vars)}\nexpected ${first.expected.slice(0, 1500)}\nactual   ${first.actual.slice(0, 1500)}`,
      );
    }

    shield = options.pin && options.shield !== false ? new CoreShield(() => contenders.map((c) => c.pid), '0') : null;
    quiet = options.fixedRate && options.quietServices?.length ? new QuietMachine({ services: options.quietServices, keep: () => contenders.map((c) => c.pid) }) : null;
    /** Before every run: the database backends made since on core 0, the servers' core shielded. */
    const prepare = async () => {
      if (options.pin) await pinBackends(options.adminUrl, options.dbName, '0');
      shield?.apply();
    };
    try {
      await prepare();
      const job = (c: RunningContender, shape: Shape, durationMs: number, rate: number | null): LoadJob => ({
        url: c.url,
        bodies: pools.get(shape.name)!.map((v) => body(c.name, shape, v)),
        connections: options.connections,
        durationMs,
        rate,
        // The fixed-rate run starts a new load generator: it warms up at the rate, unrecorded.
        warmupMs: rate === null ? 0 : options.fixedRateWarmupMs,
      });

      // 2. Warm-up: every contender, every shape.
      for (const shape of options.shapes) for (const c of contenders) await alone(contenders, c, () => load(job(c, shape, options.warmupMs, null), options.pin, tmp));
      await prepare();

      // 3. Interleaved rounds: A B C, A B C, ... per shape.
      for (let round = 1; round <= options.rounds; round += 1) {
        for (const shape of options.shapes) {
          for (const c of contenders) {
            // Pools open and close connections as they go: pin the backends made since.
            await prepare();
            const { r, cpu } = await alone(contenders, c, async () => {
              const cpuBefore = cpuMs(c.pid);
              const r = await load(job(c, shape, options.durationMs, null), options.pin, tmp);
              return { r, cpu: cpuMs(c.pid) - cpuBefore };
            });
            if (r.errors) errors.push(`${c.name} ${shape.name} round ${round}: ${r.errors} errors, first: ${r.firstError}`);
            result.measurements.push({ shape: shape.name, contender: c.name, round, rps: r.rps, p50: r.p50, p99: r.p99, requests: r.requests, errors: r.errors, cpuMsPerRequest: cpu / Math.max(1, r.requests) });
          }
          log(
            `round ${round}: ${shape.name}: ${contenders
              .map((c) => `${c.name} ${result.measurements.find((m) => m.round === round && m.shape === shape.name && m.contender === c.name)!.rps.toFixed(0)}/s`)
              .join(', ')}`,
          );
        }
      }

      // 4. Latency without queueing: a fixed rate at half the slowest contender's throughput, in
      //    interleaved rounds (medians in the report).
      if (options.fixedRate) {
        const native = await buildFixedRateGenerator(tmp, log);
        const rates = new Map(
          options.shapes.map((shape) => {
            const slowest = Math.min(...CONTENDERS.map((c) => median(result.measurements.filter((m) => m.shape === shape.name && m.contender === c).map((m) => m.rps))));
            return [shape.name, Math.max(1, Math.floor(slowest / 2))];
          }),
        );
        // The machine's services that no contender uses, paused from here to the last
        // fixed-rate round (resumed in the finally below).
        if (quiet) {
          result.quiet = await quiet.pause();
          log(`quiet: paused ${result.quiet.paused.join(', ') || 'nothing'}; DAMON monitors turned off: ${result.quiet.damonOff}`);
        }
        // The machine's own noise under every latency below: each core timed alone for a
        // while, every server stopped (and the database idle), the servers' core shielded.
        const meter = (options.jitterMs ?? 0) > 0 && os.cpus().length >= 2 ? await buildHiccupMeter(tmp) : null;
        if (meter) {
          await prepare();
          result.jitter = [];
          await alone(contenders, null, async () => {
            for (const core of ['1', '0']) result.jitter!.push(await measureJitter(meter, core, options.jitterMs!));
          });
          log(`jitter: ${result.jitter.map((j) => `core ${j.core}: ${j.gapsAtLeastMs['1']} gaps >= 1 ms in ${(j.durationMs / 1000).toFixed(0)} s, longest ${j.longestMs.toFixed(1)} ms`).join('; ')}`);
        }
        for (let round = 1; round <= options.fixedRateRounds; round += 1) {
          for (const shape of options.shapes) {
            const rate = rates.get(shape.name)!;
            for (const c of contenders) {
              await prepare();
              const r = await alone(contenders, c, () => load(job(c, shape, options.durationMs, rate), options.pin, tmp, native));
              if (r.errors) errors.push(`${c.name} ${shape.name} fixed rate round ${round}: ${r.errors} errors, first: ${r.firstError}`);
              result.fixedRate.push({ shape: shape.name, contender: c.name, round, rate, achievedRps: r.rps, p50: r.p50, p90: r.p90, p99: r.p99, max: r.max, errors: r.errors, sendLagP50: r.sendLagP50, sendLagP99: r.sendLagP99, realTime: r.realTime, generator: r.generator });
            }
            log(
              `fixed rate ${rate}/s round ${round}: ${shape.name}: ${result.fixedRate
                .filter((f) => f.shape === shape.name && f.round === round)
                .map((f) => `${f.contender} p50 ${f.p50.toFixed(1)} p99 ${f.p99.toFixed(1)} ms`)
                .join(', ')}`,
            );
          }
        }
      }

      for (const c of contenders) result.peakRssMb[c.name] = peakRssMb(c.pid);
    } finally {
      quiet?.resume();
      shield?.restore();
      if (shield) result.shield = shield.summary();
    }
  } finally {
    for (const c of contenders) await c.stop();
    process.removeListener('SIGINT', restoreOnSignal);
    process.removeListener('SIGTERM', restoreOnSignal);
  }

  // 5. pgbench: the database's own ceiling for the floor's SQL, with nothing in between.
  if (options.pgbench) {
    for (const shape of options.shapes.filter((s) => !options.pgbenchShapes || options.pgbenchShapes.includes(s.name))) {
      try {
        const m = await pgbenchShape(options, shape, variablePool(shape, options.seed, 64), tmp);
        result.measurements.push(m);
        log(`pgbench: ${shape.name}: ${m.rps.toFixed(0)} tps`);
      } catch (error) {
        errors.push((error as Error).message);
      }
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  if (options.dropAfter) await dropDatabase(options.adminUrl, options.dbName);
  result.machine.loadAfter = os.loadavg();
  result.finishedAt = new Date().toISOString();
  return result;
}

export function median(values: number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
