import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dropDatabase, runBench, type BenchResult } from './bench';
import { SERVER_DIR } from './contenders/launch';
import { writeReport } from './report';
import { allShapes, canonicalJson, growthShapes, variablePool } from './shapes';

/**
 * The benchmark's smoke mode, on real PostgreSQL (TEST_DATABASE_URL): a scratch database with
 * tiny synthetic data, the three servers, the correctness gate on every shape, then about a
 * second of load per shape and contender (closed loop and fixed rate) and pgbench on the main
 * shapes. It fails, never skips, when something is broken, so the benchmark cannot rot.
 */
const adminUrl = process.env.TEST_DATABASE_URL;
const dbName = `coopgraph_bench_smoke_${process.pid}`;
let result: BenchResult;
/**
 * A stand-in for one of the machine's services, for --quiet: a process of a name nothing else
 * has, which notes the longest gap between two ticks of a 10 ms timer (how long it was stopped).
 */
const PROBE = 'cg-quiet-probe';
let probe: ChildProcess;
let probeOutput = '';

beforeAll(async () => {
  if (!adminUrl) throw new Error('The benchmark smoke test needs PostgreSQL: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres).');
  if (!existsSync(path.join(SERVER_DIR, 'dist', 'main.js'))) execFileSync('pnpm', ['run', 'build'], { cwd: SERVER_DIR, stdio: 'inherit' });
  probe = spawn(process.execPath, ['-e', `process.title = '${PROBE}'; let last = Date.now(), gap = 0; setInterval(() => { const now = Date.now(); gap = Math.max(gap, now - last); last = now; }, 10); process.on('SIGTERM', () => { process.stdout.write(String(gap)); process.exit(0); });`], { stdio: ['ignore', 'pipe', 'inherit'] });
  probe.stdout!.on('data', (c: Buffer) => (probeOutput += c.toString()));
  await new Promise((r) => setTimeout(r, 300));
  const lines: string[] = [];
  try {
    result = await runBench({
      adminUrl,
      dbName,
      scale: 0.05,
      seed: 42,
      shapes: allShapes,
      rounds: 1,
      warmupMs: 100,
      durationMs: 300,
      connections: 4,
      poolSize: 4,
      gateSamples: 4,
      pin: false,
      fixedRate: true,
      fixedRateRounds: 2,
      fixedRateWarmupMs: 100,
      jitterMs: 200,
      quietServices: [PROBE],
      pgbench: true,
      pgbenchShapes: ['shallow', 'nested', 'many-to-many', 'filtered', 'aggregate'],
      portBase: 4160,
      dropAfter: true,
      log: (line) => lines.push(line),
    });
  } finally {
    await dropDatabase(adminUrl, dbName);
  }
}, 280_000);

afterAll(() => {
  if (probe.exitCode === null) probe.kill('SIGKILL');
});

test('--quiet paused the named service for the latency rounds and resumed it after', async () => {
  expect(result.quiet).toMatchObject({ paused: [PROBE], guarded: true });
  // Running again: it answers SIGTERM with the longest gap its timer saw.
  const exited = new Promise((r) => probe.once('exit', r));
  probe.kill('SIGTERM');
  await exited;
  // The jitter run (2 × 200 ms) and 2 fixed-rate rounds of every shape and contender: seconds.
  expect(Number(probeOutput)).toBeGreaterThan(1000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-report-'));
  try {
    expect(readFileSync(writeReport(result, dir, 'smoke'), 'utf8')).toContain(`paused (SIGSTOP, SIGCONT after: ${PROBE})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every contender answers every shape exactly as the floor does', () => {
  expect(result.gate.map((g) => g.shape)).toEqual(allShapes.map((s) => s.name));
  for (const g of result.gate) expect({ shape: g.shape, mismatches: g.mismatches }).toEqual({ shape: g.shape, mismatches: [] });
});

test('load runs without errors and every contender answers', () => {
  expect(result.errors).toEqual([]);
  for (const shape of allShapes)
    for (const contender of ['coopgraph', 'postgraphile', 'floor'] as const) {
      const m = result.measurements.find((x) => x.shape === shape.name && x.contender === contender);
      expect({ shape: shape.name, contender, answered: (m?.requests ?? 0) > 0 }).toEqual({ shape: shape.name, contender, answered: true });
    }
  // Two interleaved fixed-rate rounds: every shape and contender once in each.
  expect(result.fixedRate.length).toBe(allShapes.length * 3 * 2);
  expect(result.fixedRate.filter((f) => f.round === 1).length).toBe(allShapes.length * 3);
  expect(result.fixedRate.filter((f) => f.round === 2).length).toBe(allShapes.length * 3);
  // The C generator (native/fixed-rate.c) ran every fixed-rate row: the machine has a C compiler.
  expect(result.fixedRate.map((f) => f.generator)).toEqual(result.fixedRate.map(() => 'c'));
  expect(result.jitter?.map((j) => j.core)).toEqual(['1', '0']);
  for (const j of result.jitter ?? []) expect(j.durationMs).toBeGreaterThanOrEqual(200);
  expect(result.measurements.filter((m) => m.contender === 'pgbench').length).toBe(5);
});

test('Coopgraph sends the same statements at every fan-out: a list and two levels of connections below it in one', () => {
  // Depth 4 adds the experts (a list, not a connection): a statement of its own. Fewer where a
  // level is empty in the tiny data set (an agency kind absent, so no agreements to fetch under).
  const expected: Record<number, number> = { 1: 1, 2: 1, 3: 1, 4: 2 };
  for (const depth of [1, 2, 3, 4]) {
    const counts = growthShapes.filter((s) => s.growth!.depth === depth).map((s) => result.gate.find((g) => g.shape === s.name)!.statements.coopgraph);
    expect({ depth, counts }).toEqual({ depth, counts: counts.map((n) => Math.min(n, expected[depth]!)) });
    expect(Math.max(...counts)).toBe(expected[depth]);
  }
});

test('the report and its charts are written', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-report-'));
  try {
    const file = writeReport(result, dir, 'smoke');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('## Ratios');
    expect(text).toContain('geometric mean');
    expect(text).toContain('### The machine\'s own jitter');
    expect(readFileSync(path.join(dir, 'throughput-smoke.svg'), 'utf8')).toMatch(/^<svg/);
    expect(readFileSync(path.join(dir, 'growth-smoke.svg'), 'utf8')).toMatch(/^<svg/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('variable pools are deterministic and canonical JSON ignores key order only', () => {
  expect(variablePool(allShapes[0]!, 42, 8)).toEqual(variablePool(allShapes[0]!, 42, 8));
  expect(canonicalJson({ b: 1, a: [2, 1] })).toBe(canonicalJson({ a: [2, 1], b: 1 }));
  expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
});
