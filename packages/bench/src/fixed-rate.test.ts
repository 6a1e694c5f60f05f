import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildFixedRateGenerator, writeNativeJob } from './bench';
import { runLoad, type LoadResult } from './load-worker';
import net from 'node:net';

/**
 * The C fixed-rate generator (native/fixed-rate.c) against a real HTTP server in this process:
 * what it counts, how it reads both answer framings, and that latency runs from each request's
 * due time. Bounds asserted here follow from the schedule, not from the machine's speed.
 */
const run = promisify(execFile);
let tmp: string;
let binary: string;
let server: http.Server;
let url: string;
const received: string[] = [];
let delayMs = 0;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'fixed-rate-test-'));
  const built = await buildFixedRateGenerator(tmp, () => undefined);
  if (!built) throw new Error('No C compiler (cc, gcc or clang) built native/fixed-rate.c.');
  binary = built;
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push(body);
      const kind = (JSON.parse(body) as { k: string }).k;
      setTimeout(() => {
        if (kind === 'chunked') {
          // No content-length: Node frames the answer in chunks, written in two parts.
          res.writeHead(200, { 'content-type': 'application/json' });
          res.write('{"data":{"a":');
          setImmediate(() => res.end('"b"}}'));
        } else if (kind === 'bad') {
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"errors":[{"message":"no such field"}]}');
        } else if (kind === 'fail') {
          res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
        } else {
          const answer = JSON.stringify({ data: { echo: 'x'.repeat(100_000) } });
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) }).end(answer);
        }
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(tmp, { recursive: true, force: true });
});

async function generate(bodies: string[], rate: number, durationMs: number, maxConnections: number, warmupMs = 0): Promise<LoadResult & { connections: number }> {
  const file = path.join(tmp, `job-${Date.now()}.txt`);
  writeNativeJob(file, { url, bodies, connections: 1, durationMs, rate, warmupMs }, maxConnections);
  const { stdout } = await run(binary, [file]);
  return JSON.parse(stdout) as LoadResult & { connections: number };
}

test('sends every due request once, in turn, and counts GraphQL errors and HTTP failures', async () => {
  received.length = 0;
  delayMs = 0;
  const bodies = ['{"k":"plain"}', '{"k":"chunked"}', '{"k":"bad"}', '{"k":"fail"}'];
  const r = await generate(bodies, 200, 500, 8);
  // 200 per second for half a second: requests 0..99, bodies taken in turn.
  expect(r.requests).toBe(100);
  expect(received).toHaveLength(100);
  expect(received.slice(0, 8)).toEqual([...bodies, ...bodies]);
  expect(r.errors).toBe(50);
  expect(r.firstError).toMatch(/^200: \{"errors"|^500: boom/);
  expect(r.p50).toBeGreaterThan(0);
  expect(r.p99).toBeGreaterThanOrEqual(r.p50);
});

test('counts latency from the due time when the server falls behind (no coordinated omission)', async () => {
  received.length = 0;
  delayMs = 20;
  // One connection and 20 ms per answer: at most 50 answers per second for 100 due per second.
  // Request k is due at 10k ms and cannot finish before 20(k+1) ms, so the last of 30 waits at
  // least 20 * 30 - 10 * 29 = 310 ms; a generator timing from its own send would see 20 ms.
  const r = await generate(['{"k":"plain"}'], 100, 300, 1);
  expect(r.requests).toBe(30);
  expect(r.connections).toBe(1);
  expect(r.max).toBeGreaterThanOrEqual(300);
  expect(r.sendLagP99).toBeGreaterThanOrEqual(200);
});

test('leaves the warm-up unrecorded', async () => {
  received.length = 0;
  delayMs = 0;
  const r = await generate(['{"k":"plain"}'], 100, 200, 4, 300);
  expect(received).toHaveLength(50);
  expect(r.requests).toBe(20);
  expect(r.errors).toBe(0);
});

test('reopens the connections a server closes when idle (its keep-alive timeout), and counts a close with a request out as an error', async () => {
  // A server whose keep-alive timeout (60 ms) is shorter than the interval between requests
  // (5 per second, 200 ms): it closes every connection between two requests. The old
  // generator took the first close for a refused connection and ended the run.
  const served: string[] = [];
  let hangUpOn = -1;
  const short = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      served.push(Buffer.concat(chunks).toString('utf8'));
      if (served.length - 1 === hangUpOn) {
        req.socket.destroy(); // the connection closes with this request unanswered
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 11 }).end('{"data":{}}');
    });
  });
  short.keepAliveTimeout = 60;
  await new Promise<void>((resolve) => short.listen(0, '127.0.0.1', resolve));
  const shortUrl = `http://127.0.0.1:${(short.address() as AddressInfo).port}/graphql`;
  const runShort = async (durationMs: number) => {
    const file = path.join(tmp, `job-short-${Date.now()}.txt`);
    writeNativeJob(file, { url: shortUrl, bodies: ['{"k":"plain"}'], connections: 1, durationMs, rate: 5, warmupMs: 0 }, 4);
    const { stdout } = await run(binary, [file]);
    return JSON.parse(stdout) as LoadResult;
  };
  try {
    const quiet = await runShort(1000);
    expect(served).toHaveLength(5);
    expect({ requests: quiet.requests, errors: quiet.errors }).toEqual({ requests: 5, errors: 0 });

    served.length = 0;
    hangUpOn = 2;
    const broken = await runShort(1000);
    expect(served).toHaveLength(5);
    expect({ requests: broken.requests, errors: broken.errors, firstError: broken.firstError }).toEqual({
      requests: 4,
      errors: 1,
      firstError: 'the server closed a connection with a request out',
    });
  } finally {
    short.closeAllConnections();
    await new Promise((resolve) => short.close(resolve));
  }
});

test('sends the same request head, byte for byte, as the closed-loop generator', async () => {
  // A raw TCP server that keeps the bytes of every request head and answers each one.
  const heads: string[] = [];
  const raw = net.createServer((socket) => {
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        const end = pending.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = pending.subarray(0, end + 4).toString('latin1');
        const length = Number(/^content-length: (\d+)$/im.exec(head)?.[1] ?? 0);
        if (pending.length < end + 4 + length) return;
        heads.push(head);
        pending = pending.subarray(end + 4 + length);
        socket.write('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 11\r\n\r\n{"data":{}}');
      }
    });
  });
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  try {
    const rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}/graphql`;
    const body = '{"query":"{ a }"}';
    const file = path.join(tmp, 'job-head.txt');
    writeNativeJob(file, { url: rawUrl, bodies: [body], connections: 1, durationMs: 50, rate: 100 }, 1);
    await run(binary, [file]);
    const fromC = heads.splice(0);
    await runLoad({ url: rawUrl, bodies: [body], connections: 1, durationMs: 50, rate: null });
    const fromNode = heads.splice(0);
    expect(fromC.length).toBeGreaterThan(0);
    expect(fromNode.length).toBeGreaterThan(0);
    expect(fromC[0]).toMatch(/^POST \/graphql HTTP\/1\.1\r\n/);
    expect(fromC[0]).toContain('accept: application/json\r\n');
    expect(new Set([...fromC, ...fromNode])).toEqual(new Set([fromNode[0]]));
  } finally {
    raw.close();
  }
});
