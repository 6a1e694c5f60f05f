import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildHiccupMeter, measureJitter } from './bench';

/**
 * native/hiccup.c: the meter of a core's own jitter in the report. It must see a gap that is
 * there (the process stopped for a while) and report consistent counts.
 */
let tmp: string;
let meter: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'hiccup-test-'));
  const built = await buildHiccupMeter(tmp);
  if (!built) throw new Error('No C compiler (cc, gcc or clang) built native/hiccup.c.');
  meter = built;
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('reports its run with counts that shrink as the bound grows', async () => {
  const j = await measureJitter(meter, '0', 200);
  expect(j.core).toBe('0');
  expect(j.durationMs).toBeGreaterThanOrEqual(200);
  const counts = ['0.05', '0.1', '0.25', '0.5', '1', '2', '5', '10'].map((bound) => j.gapsAtLeastMs[bound]);
  for (const n of counts) expect(Number.isInteger(n)).toBe(true);
  for (let i = 1; i < counts.length; i += 1) expect(counts[i]!).toBeLessThanOrEqual(counts[i - 1]!);
  expect(j.lostMs).toBeLessThanOrEqual(j.durationMs);
  expect(j.shareInsideGapsAtLeast['1']).toBeLessThanOrEqual(j.shareInsideGapsAtLeast['0.5']!);
});

test('sees the time the core was taken away: a stop of 60 ms in the middle of the run', async () => {
  const child = spawn(meter, ['600']);
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  await new Promise((r) => setTimeout(r, 200));
  child.kill('SIGSTOP');
  await new Promise((r) => setTimeout(r, 60));
  child.kill('SIGCONT');
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).toBe(0);
  const j = JSON.parse(out) as { longestMs: number; gapsAtLeastMs: Record<string, number>; shareInsideGapsAtLeast: Record<string, number> };
  expect(j.longestMs).toBeGreaterThanOrEqual(50);
  expect(j.gapsAtLeastMs['10']).toBeGreaterThanOrEqual(1);
  expect(j.shareInsideGapsAtLeast['1']).toBeGreaterThanOrEqual(50 / 600);
});

test('refuses a bad duration', async () => {
  await expect(measureJitter(meter, '0', Number.NaN)).rejects.toThrow(/positive/);
});
