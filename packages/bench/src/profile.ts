/**
 * Profiles one contender under load with V8's --cpu-prof and prints where its time goes:
 *   node dist/profile.js [--contender coopgraph] [--shape nested] [--seconds 10] [--top 40]
 * The profile (.cpuprofile, loadable in Chrome DevTools) stays in results/tmp/profiles/.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launch } from './contenders/launch';
import { runLoad } from './load-worker';
import { shapeByName, variablePool, type Contender } from './shapes';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

function parse(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) out[argv[i]!.replace(/^--/, '')] = argv[i + 1] ?? '';
  return out;
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const contender = (args.contender ?? 'coopgraph') as Contender;
  const shape = shapeByName(args.shape ?? 'nested');
  const seconds = Number(args.seconds ?? 10);
  const dir = path.resolve(__dirname, '..', 'results', 'tmp', 'profiles', `${contender}-${shape.name}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const adminUrl = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  adminUrl.pathname = `/${args.db ?? 'coopgraph_bench_s1'}`;
  const c = await launch(contender, {
    databaseUrl: adminUrl.toString(),
    port: 4190,
    counterPort: 4191,
    poolSize: 8,
    cpus: null,
    nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...(args.flags ? args.flags.split(' ') : [])],
  });
  const pool = variablePool(shape, 42, 64);
  const bodies = pool.map((v) =>
    contender === 'floor' ? JSON.stringify({ shape: shape.name, variables: v }) : JSON.stringify({ query: shape[contender].query, variables: shape[contender].variables(v) }),
  );
  const result = await runLoad({ url: c.url, bodies, connections: 8, durationMs: seconds * 1000, rate: null });
  await c.stop();
  console.log(`${contender} ${shape.name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, ${result.errors} errors`);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`No profile written in ${dir}.`);
  const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const node of profile.nodes) {
    const t = self.get(node.id) ?? 0;
    if (!t) continue;
    const url = node.callFrame.url.replace(/^file:\/\//, '');
    const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url.includes('/server/dist/') ? 'coopgraph' : url ? path.basename(url) : `(${node.callFrame.functionName || 'native'})`);
    const key = `${node.callFrame.functionName || '(anonymous)'} ${pkg}:${path.basename(url)}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + t);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + t);
  }
  const show = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .forEach(([k, v]) => console.log(`${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`));
  console.log(`\nself time by package (${path.join(dir, file)}):`);
  show(byPackage, 20);
  console.log('\nself time by function:');
  show(byFunction, Number(args.top ?? 40));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
