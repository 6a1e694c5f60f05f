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
  /**
   * Open loop only: requests sent at the rate for this long first and not recorded, so that
   * this process's own warm-up (a new process, code not yet optimised) is not taken for the
   * server's latency.
   */
  warmupMs?: number;
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
  /**
   * Open loop only: how late this generator sent requests after their scheduled time (its own
   * timer and scheduling delays, part of every latency above), p50 and p99 in ms.
   */
  sendLagP50?: number;
  sendLagP99?: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * The request headers of both load generators, in this order, before `content-length`; Node's
 * client adds `Host` and `Connection` after them. native/fixed-rate.c writes the same bytes
 * (its REQUEST_HEADERS), so the server meets the same requests in the closed loop and at the
 * fixed rate (src/fixed-rate.test.ts compares the two heads).
 */
export const REQUEST_HEADERS = { 'content-type': 'application/json', accept: 'application/json' } as const;

const ERRORS_MEMBER = Buffer.from('"errors":');

export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const url = new URL(job.url);
  // Open loop: enough sockets that a burst waits at the server, not in this client's queue.
  const sockets = job.rate === null ? job.connections : Math.max(job.connections, 64);
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  const buffers = job.bodies.map((b) => Buffer.from(b, 'utf8'));

  const send = (body: Buffer): Promise<void> =>
    new Promise((resolve) => {
      const req = http.request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers: { ...REQUEST_HEADERS, 'content-length': body.length } },
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

  let lag: { p50: number; p99: number } | undefined;
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
    const warmupMs = job.warmupMs ?? 0;
    const recordFrom = started + warmupMs;
    const until = end + warmupMs;
    const inFlight: Promise<void>[] = [];
    const lags: number[] = [];
    let i = 0;
    for (;;) {
      const scheduled = started + i * interval;
      if (scheduled >= until) break;
      const wait = scheduled - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const body = buffers[next++ % buffers.length]!;
      const recorded = scheduled >= recordFrom;
      // Sent late: latency counts from the scheduled time (the wait is the system's). Sent up
      // to a millisecond early (timers are coarse): it counts from the send.
      const from = Math.max(scheduled, performance.now());
      if (recorded) lags.push(from - scheduled);
      const p = send(body).then(() => {
        if (recorded) latencies.push(performance.now() - from);
      });
      inFlight.push(p);
      i += 1;
    }
    await Promise.all(inFlight);
    const sortedLags = Float64Array.from(lags).sort();
    lag = { p50: percentile(sortedLags, 50), p99: percentile(sortedLags, 99) };
  }
  const elapsedMs = performance.now() - started - (job.rate === null ? 0 : (job.warmupMs ?? 0));
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
    ...(lag ? { sendLagP50: lag.p50, sendLagP99: lag.p99 } : {}),
  };
}

if (require.main === module) {
  const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as LoadJob;
  void runLoad(job).then((result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  });
}
