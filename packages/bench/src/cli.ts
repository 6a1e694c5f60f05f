import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBench, type BenchOptions, type BenchResult } from './bench';
import { writeReport } from './report';
import { allShapes, mainShapes, shapeByName } from './shapes';

/**
 * pnpm bench [--scale 1] [--rounds 3] [--duration 4] [--warmup 1.5] [--shapes a,b] [--no-pin] [--no-shield]
 *            [--no-growth] [--no-pgbench] [--no-fixed-rate] [--fixed-rate-rounds 3] [--fixed-rate-warmup 3] [--smoke] [--out results]
 *            [--db coopgraph_bench_x] [--ports 4100] [--connections 8] [--pool 8] [--gate 16]
 * pnpm bench --report results/scale-1.json   rewrites a report from a saved run.
 * PostgreSQL from BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * the data goes to a database coopgraph_bench_s<scale>, kept for the next run.
 */
function parse(argv: string[]): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument ${arg}.`);
    const key = arg.slice(2);
    if (key.startsWith('no-') || key === 'smoke') out[key] = true;
    else out[key] = argv[++i] ?? '';
  }
  return out;
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  if (typeof args.report === 'string') {
    // Rewrite the report (Markdown and charts) from a saved run: --report results/scale-1.json
    const file = path.resolve(args.report);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as BenchResult;
    console.error(`report: ${writeReport(saved, path.dirname(file), path.basename(file, '.json'))}`);
    return;
  }
  const smoke = Boolean(args.smoke);
  const scale = Number(args.scale ?? (smoke ? 0.05 : 1));
  const shapes = typeof args.shapes === 'string' ? args.shapes.split(',').map(shapeByName) : args['no-growth'] ? mainShapes : allShapes;
  const options: BenchOptions = {
    adminUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    dbName: typeof args.db === 'string' ? args.db : `coopgraph_bench_s${String(scale).replace('.', '_')}`,
    scale,
    seed: Number(args.seed ?? 42),
    shapes,
    rounds: Number(args.rounds ?? (smoke ? 1 : 3)),
    warmupMs: Number(args.warmup ?? (smoke ? 0.1 : 1.5)) * 1000,
    durationMs: Number(args.duration ?? (smoke ? 0.3 : 4)) * 1000,
    connections: Number(args.connections ?? 8),
    poolSize: Number(args.pool ?? 8),
    gateSamples: Number(args.gate ?? (smoke ? 4 : 16)),
    pin: !args['no-pin'],
    shield: !args['no-shield'],
    fixedRate: !args['no-fixed-rate'],
    fixedRateRounds: Number(args['fixed-rate-rounds'] ?? (smoke ? 1 : 3)),
    fixedRateWarmupMs: Number(args['fixed-rate-warmup'] ?? (smoke ? 0.1 : 3)) * 1000,
    pgbench: !args['no-pgbench'],
    portBase: Number(args.ports ?? 4100),
    dropAfter: false,
    log: (line) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`),
  };
  const result = await runBench(options);
  const out = path.resolve(typeof args.out === 'string' ? args.out : path.join(__dirname, '..', 'results', ...(smoke ? ['tmp'] : [])));
  mkdirSync(out, { recursive: true });
  const name = `scale-${String(scale).replace('.', '_')}`;
  writeFileSync(path.join(out, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const report = writeReport(result, out, name);
  console.error(`report: ${report}`);
  if (result.errors.length) {
    console.error(`errors during the run:\n${result.errors.join('\n')}`);
    process.exitCode = 1;
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
