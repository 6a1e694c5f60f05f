import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { alone } from './bench';
import type { RunningContender } from './contenders/launch';

/** The process state letter from /proc: S sleeping, T stopped. */
const state = (pid: number) => /^State:\s+(\S)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]!;
/** Signals arrive asynchronously: the state a process settles in within a second (R and S both count as running). */
async function settled(pid: number, want: 'running' | 'stopped'): Promise<string> {
  for (let i = 0; i < 100; i += 1) {
    const s = state(pid);
    if ((want === 'stopped') === (s === 'T')) return want;
    await new Promise((r) => setTimeout(r, 10));
  }
  return state(pid) === 'T' ? 'stopped' : 'running';
}
const states = (pids: number[], want: ('running' | 'stopped')[]) => Promise.all(pids.map((pid, i) => settled(pid, want[i]!)));

test('a contender runs alone: the others are stopped during its work and resumed after, also when the work fails', async () => {
  const children: ChildProcess[] = [spawn('sleep', ['30']), spawn('sleep', ['30']), spawn('sleep', ['30'])];
  try {
    await Promise.all(children.map((c) => new Promise((resolve) => c.once('spawn', resolve))));
    const contenders = children.map((c) => ({ pid: c.pid! }) as RunningContender);
    const [active, other1] = contenders;
    const pids = contenders.map((c) => c.pid);
    const during = await alone(contenders, active!, () => states(pids, ['running', 'stopped', 'stopped']));
    expect(during).toEqual(['running', 'stopped', 'stopped']);
    expect(await states(pids, ['running', 'running', 'running'])).toEqual(['running', 'running', 'running']);

    await expect(alone(contenders, other1!, async () => Promise.reject(new Error('load failed')))).rejects.toThrow('load failed');
    expect(await states(pids, ['running', 'running', 'running'])).toEqual(['running', 'running', 'running']);

    // None active (the machine's own jitter is timed so): every one stopped, all resumed after.
    const none = await alone(contenders, null, () => states(pids, ['stopped', 'stopped', 'stopped']));
    expect(none).toEqual(['stopped', 'stopped', 'stopped']);
    expect(await states(pids, ['running', 'running', 'running'])).toEqual(['running', 'running', 'running']);
  } finally {
    for (const c of children) c.kill('SIGKILL');
  }
});
