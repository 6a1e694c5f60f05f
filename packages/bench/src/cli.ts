import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBench, type BenchOptions, type BenchResult } from './bench';
import { DEFAULT_QUIET_SERVICES } from './quiet';
import { writeReport } from './report';
import { allShapes, mainShapes, shapeByName } from './shapes';

const usage = `Usage: pnpm bench [options]

Runs Coopgraph, PostGraphile 5 and the hand-written-SQL floor side by side on the
same data and writes a Markdown report, a JSON record and SVG charts.

Options:
  --scale N               data scale (default 1; smoke 0.05)
  --rounds N              interleaved closed-loop rounds (default 3; smoke 1)
  --duration S            seconds per measured window (default 4)
  --warmup S              seconds of warm-up before each window (default 1.5)
  --shapes a,b            only these shapes (default: all)
  --no-growth             only the main shapes
  --no-pgbench            skip pgbench on the floor's SQL
  --no-fixed-rate         skip the fixed-rate latency rounds
  --fixed-rate-rounds N   fixed-rate rounds (default 5; smoke 1)
  --fixed-rate-warmup S   seconds at the rate before each round (default 3)
  --jitter S              seconds each core's own jitter is timed before the fixed rate (default 10; smoke 0.2; 0 skips)
  --no-pin                do not pin servers, database and load generator to cores
  --no-shield             do not move the machine's other tasks off the servers' core
  --quiet                 pause the machine's services that no contender uses (RabbitMQ, Redis,
                          NATS, Mosquitto, MariaDB) and DAMON during the jitter and fixed-rate
                          rounds; resumed after, and by a watchdog if the bench is killed
  --quiet-services a,b    with --quiet: these process names instead
  --smoke                 tiny data, short windows, correctness gate included
  --out DIR               where to write the report (default results/)
  --db NAME               database name (default coopgraph_bench_s<scale>)
  --seed N                data and variable seed (default 42)
  --ports N               first port of the contenders (default 4100)
  --connections N         closed-loop connections (default 8)
  --pool N                database pool size of each server (default 8)
  --gate N                requests per shape in the correctness gate (default 16)
  --report FILE.json      rewrite the report (Markdown and charts) from a saved run
  -h, --help              this text

PostgreSQL comes from BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
the data goes to a database coopgraph_bench_s<scale>, kept for the next run.`;

const flags = ['no-growth', 'no-pgbench', 'no-fixed-rate', 'no-pin', 'no-shield', 'quiet', 'smoke', 'help'];
const valued = ['jitter', 'scale', 'rounds', 'duration', 'warmup', 'shapes', 'fixed-rate-rounds', 'fixed-rate-warmup', 'out', 'db', 'seed', 'ports', 'connections', 'pool', 'gate', 'report', 'quiet-services'];
const numeric = new Set(['jitter', 'scale', 'rounds', 'duration', 'warmup', 'fixed-rate-rounds', 'fixed-rate-warmup', 'seed', 'ports', 'connections', 'pool', 'gate']);

export class UsageError extends Error {}

/** Parses the command line; an unknown option, a missing value or a value that is not a number where one is wanted is a UsageError. */
export function parseArgs(argv: string[]): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '-h') {
      out.help = true;
      continue;
    }
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument ${arg}.`);
    const eq = arg.indexOf('=');
    const key = arg.slice(2, eq < 0 ? undefined : eq);
    if (flags.includes(key)) {
      if (eq >= 0) throw new UsageError(`--${key} takes no value.`);
      out[key] = true;
    } else if (valued.includes(key)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${key} needs a value.`);
      if (numeric.has(key) && !(Number.isFinite(Number(value)) && Number(value) >= 0)) throw new UsageError(`--${key} wants a number, got ${value}.`);
      out[key] = value;
    } else {
      throw new UsageError(`Unknown option --${key}.`);
    }
  }
  return out;
}

async function main(): Promise<void> {
  let args: Record<string, string | boolean>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    console.log(usage);
    return;
  }
  if (typeof args.report === 'string') {
    // Rewrite the report (Markdown and charts) from a saved run: --report results/scale-1.json
    const file = path.resolve(args.report);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as BenchResult;
    console.error(`report: ${writeReport(saved, path.dirname(file), path.basename(file, '.json'))}`);
    return;
  }
  const smoke = Boolean(args.smoke);
  const scale = Number(args.scale ?? (smoke ? 0.05 : 1));
  const unknown = typeof args.shapes === 'string' ? args.shapes.split(',').filter((name) => !allShapes.some((s) => s.name === name)) : [];
  if (unknown.length) {
    console.error(`Unknown shape ${unknown.join(', ')}; the shapes are ${allShapes.map((s) => s.name).join(', ')}.`);
    process.exitCode = 2;
    return;
  }
  if (typeof args['quiet-services'] === 'string' && !args.quiet) {
    console.error(`--quiet-services needs --quiet.\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const quietServices = args.quiet ? (typeof args['quiet-services'] === 'string' ? args['quiet-services'].split(',').filter(Boolean) : DEFAULT_QUIET_SERVICES) : null;
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
    fixedRateRounds: Number(args['fixed-rate-rounds'] ?? (smoke ? 1 : 5)),
    fixedRateWarmupMs: Number(args['fixed-rate-warmup'] ?? (smoke ? 0.1 : 3)) * 1000,
    jitterMs: Number(args.jitter ?? (smoke ? 0.2 : 10)) * 1000,
    quietServices,
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

if (require.main === module) void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
