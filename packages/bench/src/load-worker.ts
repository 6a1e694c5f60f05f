/**
 * The load generator, run as its own process (pinned with taskset by the harness):
 *   node load-worker.js <job.json>
 * Job: {url, bodies, connections, durationMs, rate}. Closed loop when `rate` is null (each
 * connection sends its next request when the previous answer arrives); otherwise open loop
 * at `rate` requests per second, latency counted from the scheduled send time, so that a
 * stalled server is not hidden (coordinated omission). Prints one JSON result line.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';

export interface LoadJob {
  url: string;
  bodies: string[];
  connections: number;
  durationMs: number;
  rate: number | null;
}

export interface LoadResult {
  requests: number;
  errors: number;
  firstError: string | null;
  elapsedMs: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** CPU time of this load generator (user + system) per answered request. */
  cpuMsPerRequest: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ERRORS_MEMBER = Buffer.from('"errors":');

export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const url = new URL(job.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections, maxFreeSockets: job.connections });
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  const buffers = job.bodies.map((b) => Buffer.from(b, 'utf8'));

  const send = (body: Buffer): Promise<void> =>
    new Promise((resolve) => {
      const req = http.request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            // Cheap check of every answer, on its bytes (no decoding): a GraphQL error travels
            // as an "errors" member, which JSON cannot hold inside a string.
            const answer = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
            if (res.statusCode !== 200 || answer.indexOf(ERRORS_MEMBER) !== -1) {
              errors += 1;
              firstError ??= `${res.statusCode}: ${answer.subarray(0, 300).toString('utf8')}`;
            }
            resolve();
          });
        },
      );
      req.on('error', (e) => {
        errors += 1;
        firstError ??= e.message;
        resolve();
      });
      req.end(body);
    });

  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const end = started + job.durationMs;
  if (job.rate === null) {
    const worker = async () => {
      while (performance.now() < end) {
        const body = buffers[next++ % buffers.length]!;
        const t0 = performance.now();
        await send(body);
        latencies.push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: job.connections }, worker));
  } else {
    const interval = 1000 / job.rate;
    const inFlight: Promise<void>[] = [];
    let i = 0;
    for (;;) {
      const scheduled = started + i * interval;
      if (scheduled >= end) break;
      const wait = scheduled - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const body = buffers[next++ % buffers.length]!;
      const p = send(body).then(() => {
        latencies.push(performance.now() - scheduled);
      });
      inFlight.push(p);
      i += 1;
    }
    await Promise.all(inFlight);
  }
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    errors,
    firstError,
    elapsedMs,
    rps: (latencies.length / elapsedMs) * 1000,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
    cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length),
  };
}

if (require.main === module) {
  const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as LoadJob;
  void runLoad(job).then((result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  });
}
