import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENDERS, median, type BenchResult, type FixedRateResult } from './bench';
import { GROWTH_DEPTHS, GROWTH_FAN_OUTS, mainShapes } from './shapes';

const COLORS: Record<string, string> = { coopgraph: '#2b6cb0', postgraphile: '#c05621', floor: '#2f855a', pgbench: '#718096' };

export interface ShapeSummary {
  shape: string;
  rps: Record<string, number>;
  p50: Record<string, number>;
  p99: Record<string, number>;
  cpuMs: Record<string, number>;
  vsPostgraphile: number;
  vsFloor: number;
}

/** Medians over rounds, per shape and contender, and the two ratios. */
export function summarise(r: BenchResult): ShapeSummary[] {
  return r.options.shapes.map((shape) => {
    const of = (c: string, key: 'rps' | 'p50' | 'p99' | 'cpuMsPerRequest') => median(r.measurements.filter((m) => m.shape === shape && m.contender === c).map((m) => m[key]));
    const rps: Record<string, number> = {};
    const p50: Record<string, number> = {};
    const p99: Record<string, number> = {};
    const cpuMs: Record<string, number> = {};
    for (const c of [...CONTENDERS, 'pgbench']) {
      rps[c] = of(c, 'rps');
      p50[c] = of(c, 'p50');
      p99[c] = of(c, 'p99');
      cpuMs[c] = of(c, 'cpuMsPerRequest');
    }
    return { shape, rps, p50, p99, cpuMs, vsPostgraphile: rps.coopgraph! / rps.postgraphile!, vsFloor: rps.coopgraph! / rps.floor! };
  });
}

/** Ratio of Coopgraph to each opponent per round (A B C of the same round), medianed: drift cancels. */
export function roundRatios(r: BenchResult, shape: string, opponent: string): number {
  const ratios: number[] = [];
  for (const m of r.measurements.filter((x) => x.shape === shape && x.contender === 'coopgraph')) {
    const o = r.measurements.find((x) => x.shape === shape && x.contender === opponent && x.round === m.round);
    if (o) ratios.push(m.rps / o.rps);
  }
  return median(ratios);
}

export const geomean = (values: number[]) => Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length);

const f = (v: number, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
const x = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '–');

function barChart(summaries: ShapeSummary[], title: string): string {
  const series = ['coopgraph', 'postgraphile', 'floor', 'pgbench'];
  const width = 900;
  const height = 360;
  const left = 70;
  const bottom = 80;
  const top = 40;
  const max = Math.max(1, ...summaries.flatMap((s) => series.map((c) => (Number.isFinite(s.rps[c]!) ? s.rps[c]! : 0))));
  const logMax = Math.ceil(Math.log10(max));
  const plotH = height - top - bottom;
  const y = (v: number) => top + plotH - (Math.log10(Math.max(1, v)) / logMax) * plotH;
  const groupW = (width - left - 20) / summaries.length;
  const barW = (groupW - 16) / series.length;
  const parts: string[] = [];
  parts.push(`<text x="${width / 2}" y="22" text-anchor="middle" font-size="15">${title}</text>`);
  for (let p = 0; p <= logMax; p += 1) {
    parts.push(`<line x1="${left}" x2="${width - 20}" y1="${y(10 ** p)}" y2="${y(10 ** p)}" stroke="#ddd"/>`);
    parts.push(`<text x="${left - 6}" y="${y(10 ** p) + 4}" text-anchor="end" font-size="11">${10 ** p}</text>`);
  }
  summaries.forEach((s, i) => {
    series.forEach((c, j) => {
      const v = s.rps[c]!;
      if (!Number.isFinite(v)) return;
      const bx = left + i * groupW + 8 + j * barW;
      parts.push(`<rect x="${bx.toFixed(1)}" y="${y(v).toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${(top + plotH - y(v)).toFixed(1)}" fill="${COLORS[c]}"><title>${c}: ${v.toFixed(0)} req/s</title></rect>`);
    });
    parts.push(`<text x="${left + i * groupW + groupW / 2}" y="${height - bottom + 16}" text-anchor="middle" font-size="11">${s.shape}</text>`);
    parts.push(`<text x="${left + i * groupW + groupW / 2}" y="${height - bottom + 32}" text-anchor="middle" font-size="10" fill="#2b6cb0">${x(s.vsPostgraphile)} PG</text>`);
  });
  series.forEach((c, j) => {
    parts.push(`<rect x="${left + j * 130}" y="${height - 24}" width="12" height="12" fill="${COLORS[c]}"/><text x="${left + j * 130 + 16}" y="${height - 14}" font-size="12">${c}</text>`);
  });
  parts.push(`<text x="16" y="${top + plotH / 2}" font-size="11" transform="rotate(-90 16 ${top + plotH / 2})" text-anchor="middle">requests per second (log)</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif"><rect width="100%" height="100%" fill="white"/>${parts.join('')}</svg>\n`;
}

function growthChart(r: BenchResult, summaries: ShapeSummary[]): string {
  const width = 900;
  const height = 340;
  const panelW = (width - 40) / GROWTH_FAN_OUTS.length;
  const top = 50;
  const plotH = 220;
  const all = summaries.filter((s) => s.shape.startsWith('growth-'));
  const max = Math.max(1, ...all.flatMap((s) => CONTENDERS.map((c) => (Number.isFinite(s.rps[c]!) ? s.rps[c]! : 0))));
  const logMax = Math.ceil(Math.log10(max));
  const parts: string[] = [`<text x="${width / 2}" y="22" text-anchor="middle" font-size="15">Growth: requests per second by depth, for fan-outs ${GROWTH_FAN_OUTS.join(', ')} (${r.options.scale === 1 ? 'scale 1' : `scale ${r.options.scale}`})</text>`];
  GROWTH_FAN_OUTS.forEach((fan, p) => {
    const x0 = 50 + p * panelW;
    const xw = panelW - 60;
    const px = (d: number) => x0 + ((d - 1) / (GROWTH_DEPTHS.length - 1)) * xw;
    const py = (v: number) => top + plotH - (Math.log10(Math.max(1, v)) / logMax) * plotH;
    parts.push(`<text x="${x0 + xw / 2}" y="${top - 8}" text-anchor="middle" font-size="12">fan-out ${fan}</text>`);
    for (let e = 0; e <= logMax; e += 1) parts.push(`<line x1="${x0}" x2="${x0 + xw}" y1="${py(10 ** e)}" y2="${py(10 ** e)}" stroke="#eee"/><text x="${x0 - 4}" y="${py(10 ** e) + 4}" font-size="9" text-anchor="end">${10 ** e}</text>`);
    GROWTH_DEPTHS.forEach((d) => parts.push(`<text x="${px(d)}" y="${top + plotH + 14}" font-size="10" text-anchor="middle">${d}</text>`));
    for (const c of CONTENDERS) {
      const points = GROWTH_DEPTHS.map((d) => [d, all.find((s) => s.shape === `growth-d${d}-f${fan}`)?.rps[c]] as const).filter(([, v]) => v !== undefined && Number.isFinite(v));
      if (!points.length) continue;
      parts.push(`<polyline fill="none" stroke="${COLORS[c]}" stroke-width="2" points="${points.map(([d, v]) => `${px(d).toFixed(1)},${py(v!).toFixed(1)}`).join(' ')}"/>`);
      for (const [d, v] of points) parts.push(`<circle cx="${px(d).toFixed(1)}" cy="${py(v!).toFixed(1)}" r="3" fill="${COLORS[c]}"><title>${c} depth ${d}: ${v!.toFixed(0)} req/s</title></circle>`);
    }
  });
  CONTENDERS.forEach((c, j) => parts.push(`<rect x="${60 + j * 130}" y="${height - 24}" width="12" height="12" fill="${COLORS[c]}"/><text x="${76 + j * 130}" y="${height - 14}" font-size="12">${c}</text>`));
  parts.push(`<text x="${width - 20}" y="${height - 14}" font-size="11" text-anchor="end">x: depth (levels below the root list); y: req/s, log scale</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif"><rect width="100%" height="100%" fill="white"/>${parts.join('')}</svg>\n`;
}

export function writeReport(r: BenchResult, out: string, name: string): string {
  const summaries = summarise(r);
  const main = summaries.filter((s) => mainShapes.some((m) => m.name === s.shape));
  const growth = summaries.filter((s) => s.shape.startsWith('growth-'));
  const ratioPg = (s: ShapeSummary) => roundRatios(r, s.shape, 'postgraphile');
  const ratioFloor = (s: ShapeSummary) => roundRatios(r, s.shape, 'floor');
  const lines: string[] = [];
  const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' / ');
  lines.push(`# Coopgraph benchmark: scale ${r.options.scale}`, '');
  lines.push(`Run ${r.startedAt} to ${r.finishedAt}. Generated by \`pnpm bench\` (packages/bench); raw numbers in \`${name}.json\`.`, '');
  lines.push('## Machine and versions', '');
  lines.push(`- CPU: ${r.machine.cpus}, ${r.machine.cores} cores; ${r.machine.memoryGb} GB memory; Linux ${r.machine.kernel}`);
  lines.push(`- Load average (1/5/15 min) before: ${load(r.machine.loadBefore)}; after: ${load(r.machine.loadAfter)} (the machine is shared: other work inflates every contender alike, interleaving cancels slow drift)`);
  lines.push(`- ${Object.entries(r.versions).map(([k, v]) => `${k} ${v}`).join('; ')}`);
  lines.push(`- Data: synthetic generator, scale ${r.options.scale}, seed ${r.options.seed}: ${Object.entries(r.data.rows).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}${r.data.generatedSeconds ? `; generated in ${r.data.generatedSeconds.toFixed(0)} s` : ' (database reused)'}`);
  lines.push(
    `- Method: correctness gate first (${r.options.gateSamples} requests per shape and contender, canonical JSON equal to the floor's); warm-up ${r.options.warmupMs / 1000} s per shape and contender; ${r.options.rounds} interleaved rounds of ${r.options.durationMs / 1000} s (Coopgraph, PostGraphile, floor, per shape); ${r.options.connections} connections, closed loop; pools of ${r.options.poolSize} database connections; ${r.options.pin ? `load generator and database backends on core 0, servers on core 1 (taskset)${r.shield ? `; core 1 shielded: ${r.shield.tasks} other tasks of the machine moved to core 0 for the run and back after (${r.shield.names.slice(0, 8).join(', ')}${r.shield.names.length > 8 ? ', …' : ''})${r.shield.workqueues ? ', unbound kernel workqueues too' : ''}` : ''}` : 'nothing pinned'}; each server runs alone, the others stopped (SIGSTOP) while one is measured; variables drawn in turn from a seeded pool of 64 per shape; no caching of results. All three servers run on the same Node binary.`,
  );
  lines.push('');
  lines.push('## Ratios (medians over rounds)', '');
  lines.push('| shape | Coopgraph req/s | PostGraphile req/s | floor req/s | pgbench tps | Coopgraph / PostGraphile | Coopgraph / floor |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  for (const s of summaries) lines.push(`| ${s.shape} | ${f(s.rps.coopgraph!)} | ${f(s.rps.postgraphile!)} | ${f(s.rps.floor!)} | ${f(s.rps.pgbench!)} | ${x(ratioPg(s))} | ${x(ratioFloor(s))} |`);
  const gmMainPg = geomean(main.map(ratioPg));
  const gmMainFloor = geomean(main.map(ratioFloor));
  const gmAllPg = geomean(summaries.map(ratioPg));
  const gmAllFloor = geomean(summaries.map(ratioFloor));
  lines.push(`| **geometric mean, ${main.length} main shapes** | | | | | **${x(gmMainPg)}** | **${x(gmMainFloor)}** |`);
  if (growth.length) lines.push(`| geometric mean, all ${summaries.length} shapes (growth included) | | | | | ${x(gmAllPg)} | ${x(gmAllFloor)} |`);
  lines.push(
    '',
    'Ratios are the median over rounds of the per-round ratio (each round runs the contenders back to back, so drift of the machine cancels); on a loaded machine they can differ from the ratio of the median throughputs beside them.',
    '',
  );
  lines.push('![throughput per shape](throughput-' + name + '.svg)', '');
  if (growth.length) lines.push('![growth curves](growth-' + name + '.svg)', '');

  lines.push('## Latency, CPU and statements', '');
  lines.push('| shape | contender | p50 ms (closed loop) | p99 ms | CPU ms / request | SQL statements / request | bytes / answer |');
  lines.push('|---|---|---:|---:|---:|---:|---:|');
  for (const s of summaries) {
    const g = r.gate.find((x) => x.shape === s.shape);
    for (const c of CONTENDERS) lines.push(`| ${s.shape} | ${c} | ${f(s.p50[c]!, 1)} | ${f(s.p99[c]!, 1)} | ${f(s.cpuMs[c]!, 2)} | ${g ? f(g.statements[c], 2) : '–'} | ${g ? g.bytes[c] : '–'} |`);
  }
  lines.push('', 'CPU is the server process\'s user + system time over the run divided by the requests answered (10 ms resolution). Statements are counted at each server\'s `pg` driver during the gate, BEGIN/COMMIT included.', '');

  const fixed = fixedRateSummaries(r);
  if (fixed.length) {
    const rounds = Math.max(...r.fixedRate.map((fr) => fr.round ?? 1));
    lines.push('## Fixed rate (half the slowest contender\'s throughput, open loop)', '');
    lines.push(`Medians over ${rounds} interleaved round${rounds === 1 ? '' : 's'}; p99 / p50 is the median of each round's own ratio.`, '');
    lines.push('| shape | rate /s | contender | p50 ms | p90 ms | p99 ms | p99 / p50 | p99 per round, ms | generator send lag p50 / p99 ms |');
    lines.push('|---|---:|---|---:|---:|---:|---:|---:|---:|');
    for (const s of fixed) {
      const lag = s.sendLagP99 === undefined ? '–' : `${f(s.sendLagP50!, 2)} / ${f(s.sendLagP99, 2)}`;
      lines.push(`| ${s.shape} | ${s.rate} | ${s.contender} | ${f(s.p50, 2)} | ${f(s.p90, 2)} | ${f(s.p99, 2)} | ${f(s.tailRatio, 2)} | ${s.p99PerRound.map((v) => f(v, 1)).join(' / ')} | ${lag} |`);
    }
    lines.push(
      '',
      `Latency counts from each request's scheduled send time (no coordinated omission); in every round the load generator warms up at the rate for ${((r.options.fixedRateWarmupMs ?? 1000) / 1000).toFixed(1)} s first, unrecorded, and has up to 64 keep-alive connections. ${generatorSentence(r.fixedRate)}${r.fixedRate.every((fr) => fr.realTime) ? 'It ran at a real-time priority (`chrt -f 10`), ahead of the database on the core they share. ' : r.fixedRate.some((fr) => fr.realTime) ? '' : 'It ran at the normal priority (this machine refused `chrt`). '}The last column is how late each request went out after its scheduled time (medians over rounds): the generator's own delay, or a wait for a free connection while all 64 were busy (a stalled server). That delay is inside every latency of the row.${quietSentence(r)}`,
      '',
    );
  }
  if (r.jitter?.length) {
    const role = (core: string) => (core === '1' ? 'the servers\' core' : core === '0' ? 'the database\'s and load generator\'s core' : `core ${core}`);
    lines.push('### The machine\'s own jitter', '');
    lines.push(
      `Before the rounds above${r.quiet ? ', with the machine quieted as said there' : ''}, \`native/hiccup.c\` spun on each core for ${f((r.jitter[0]!.durationMs ?? 0) / 1000, 0)} s with every server stopped and the database idle, counting the gaps between two readings of the clock (time the core spent elsewhere: interrupts, kernel threads, other tasks, the hypervisor). A request that meets such a gap is late by it, whatever the server does.`,
      '',
    );
    lines.push('| core | gaps ≥ 0.5 ms | ≥ 1 ms | ≥ 2 ms | ≥ 5 ms | longest ms | time inside gaps ≥ 1 ms |');
    lines.push('|---|---:|---:|---:|---:|---:|---:|');
    for (const j of r.jitter) {
      const g = j.gapsAtLeastMs;
      lines.push(`| ${j.core} (${role(j.core)}) | ${g['0.5'] ?? 0} | ${g['1'] ?? 0} | ${g['2'] ?? 0} | ${g['5'] ?? 0} | ${f(j.longestMs, 2)} | ${f((j.shareInsideGapsAtLeast['1'] ?? 0) * 100, 2)}% |`);
    }
    lines.push('');
  }
  lines.push('## Peak memory', '');
  lines.push(`Peak resident set size (VmHWM) over the whole run: ${CONTENDERS.map((c) => `${c} ${f(r.peakRssMb[c], 0)} MB`).join(', ')}.`, '');

  lines.push('## Targets', '');
  const perShapeMissPg = summaries.filter((s) => ratioPg(s) < 1);
  const perShapeMissFloor = summaries.filter((s) => ratioFloor(s) < 0.5);
  lines.push(`- Coopgraph ≥ 1.0× PostGraphile on every shape: ${perShapeMissPg.length ? `**missed** on ${perShapeMissPg.map((s) => `${s.shape} (${ratioPg(s).toFixed(3)}×: ${((1 - ratioPg(s)) * 100).toFixed(1)}% below)`).join(', ')}` : 'met'}.`);
  lines.push(
    `- Coopgraph ≥ 1.5× PostGraphile, geometric mean: ${gmMainPg >= 1.5 ? 'met' : `**missed** by ${((1 - gmMainPg / 1.5) * 100).toFixed(0)}%`} (${x(gmMainPg)} over the main shapes${growth.length ? `, ${x(gmAllPg)} over all` : ''}).`,
  );
  lines.push(`- Coopgraph ≥ 0.5× the floor on every shape: ${perShapeMissFloor.length ? `**missed** on ${perShapeMissFloor.map((s) => `${s.shape} (${x(ratioFloor(s))}: ${((1 - ratioFloor(s) / 0.5) * 100).toFixed(0)}% below the target)`).join(', ')}` : 'met'}.`);
  const depthStatements = GROWTH_DEPTHS.map((d) => [...new Set(GROWTH_FAN_OUTS.map((fan) => r.gate.find((g) => g.shape === `growth-d${d}-f${fan}`)?.statements.coopgraph).filter((v) => v !== undefined))]);
  if (growth.length)
    lines.push(
      `- Statements per request independent of row counts: ${depthStatements.every((v) => v.length <= 1) ? 'met' : '**missed**'} (Coopgraph, by depth 1–4 at fan-outs ${GROWTH_FAN_OUTS.join('/')}: ${depthStatements.map((v) => v.join('/')).join(', ')}).`,
    );
  const cgFixed = fixed.filter((s) => s.contender === 'coopgraph');
  if (cgFixed.length) {
    const bad = cgFixed.filter((s) => s.tailRatio > 3);
    const others = (c: string) => fixed.filter((s) => s.contender === c && s.tailRatio > 3).length;
    const floorAlso = bad.filter((b) => fixed.some((s) => s.contender === 'floor' && s.shape === b.shape && s.tailRatio > 3)).map((b) => b.shape);
    const jitter = (core: string) => r.jitter?.find((j) => j.core === core);
    const noise =
      jitter('0') && jitter('1')
        ? ` The machine alone (every server stopped, the database idle${r.quiet ? ', its other services paused' : ''}) spent ${f((jitter('0')!.shareInsideGapsAtLeast['1'] ?? 0) * 100, 2)}% of the time on core 0 (database and load generator) and ${f((jitter('1')!.shareInsideGapsAtLeast['1'] ?? 0) * 100, 2)}% on core 1 (servers) in gaps of 1 ms or more, up to ${f(jitter('0')!.longestMs, 1)} and ${f(jitter('1')!.longestMs, 1)} ms.`
        : '';
    lines.push(
      `- p99 ≤ 3× p50 at the fixed rate: ${bad.length ? `**missed** on ${bad.map((s) => `${s.shape} (${s.tailRatio.toFixed(1)}×)`).join(', ')}` : 'met'} (for comparison, on the same machine at the same time PostGraphile misses it on ${others('postgraphile')} of ${cgFixed.length} shapes and the floor on ${others('floor')}${bad.length ? `; the floor misses it too on ${floorAlso.length} of Coopgraph's ${bad.length}${floorAlso.length ? `: ${floorAlso.join(', ')}` : ''}` : ''}).${noise}`,
    );
  }
  lines.push(
    `- Peak RSS ≤ 300 MB${r.options.scale === 10 ? '' : ' (the target is for scale 10)'}: ${r.peakRssMb.coopgraph <= 300 ? 'met' : '**missed**'}, Coopgraph ${f(r.peakRssMb.coopgraph, 0)} MB (PostGraphile ${f(r.peakRssMb.postgraphile, 0)} MB, floor ${f(r.peakRssMb.floor, 0)} MB).`,
  );
  if (r.errors.length) lines.push('', '## Errors during the run', '', ...r.errors.map((e) => `- ${e.replace(/\n/g, ' ')}`));
  lines.push('');
  const file = path.join(out, `${name}.md`);
  writeFileSync(file, lines.join('\n'));
  writeFileSync(path.join(out, `throughput-${name}.svg`), barChart(main.length ? main : summaries, `Requests per second per shape (scale ${r.options.scale}), medians of ${r.options.rounds} rounds`));
  if (growth.length) writeFileSync(path.join(out, `growth-${name}.svg`), growthChart(r, summaries));
  return file;
}

export interface FixedRateSummary {
  shape: string;
  contender: string;
  rate: number;
  p50: number;
  p90: number;
  p99: number;
  /** Median over rounds of each round's p99 / p50. */
  tailRatio: number;
  p99PerRound: number[];
  sendLagP50?: number;
  sendLagP99?: number;
}

/** The fixed-rate rows per shape and contender, as medians over rounds, in the run's order. */
export function fixedRateSummaries(r: BenchResult): FixedRateSummary[] {
  const out: FixedRateSummary[] = [];
  for (const fr of r.fixedRate) {
    if (out.some((s) => s.shape === fr.shape && s.contender === fr.contender)) continue;
    const rows = r.fixedRate.filter((x) => x.shape === fr.shape && x.contender === fr.contender).sort((a, b) => (a.round ?? 1) - (b.round ?? 1));
    const lags = rows.filter((x) => x.sendLagP99 !== undefined);
    out.push({
      shape: fr.shape,
      contender: fr.contender,
      rate: fr.rate,
      p50: median(rows.map((x) => x.p50)),
      p90: median(rows.map((x) => x.p90)),
      p99: median(rows.map((x) => x.p99)),
      tailRatio: median(rows.map((x) => x.p99 / x.p50)),
      p99PerRound: rows.map((x) => x.p99),
      ...(lags.length ? { sendLagP50: median(lags.map((x) => x.sendLagP50!)), sendLagP99: median(lags.map((x) => x.sendLagP99!)) } : {}),
    });
  }
  return out;
}

function generatorSentence(rows: FixedRateResult[]): string {
  if (rows.length && rows.every((fr) => fr.generator === 'c'))
    return 'The generator is `native/fixed-rate.c` (epoll and a timerfd, nothing allocated per request), so that its own pauses do not count as the servers\' latency. ';
  if (rows.some((fr) => fr.generator === 'c')) return 'The generator was `native/fixed-rate.c` for some rows and the Node one for the others. ';
  return 'The generator is the Node one (`src/load-worker.ts`): no C compiler built `native/fixed-rate.c`, and its own pauses are inside these latencies. ';
}

/** How the machine was quieted for the latency rounds (--quiet), or nothing when it was not. */
function quietSentence(r: BenchResult): string {
  if (!r.quiet) return '';
  const what = [r.quiet.paused.length ? `the machine's services that no contender uses were paused (SIGSTOP, SIGCONT after: ${r.quiet.paused.join(', ')})` : '', r.quiet.damonOff ? `the kernel's DAMON monitor${r.quiet.damonOff > 1 ? 's were' : ' was'} off` : '']
    .filter(Boolean)
    .join(' and ');
  return what ? ` From the jitter measurement below to the last round, ${what} (\`--quiet\`).` : ' `--quiet` found nothing to pause.';
}
