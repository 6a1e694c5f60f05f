import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { CoreShield, cpuListToMask } from './shield';

const allowed = (pid: number) => /^Cpus_allowed_list:\s+(\S+)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1];

test('CPU lists become the hexadecimal masks the workqueue file takes', () => {
  expect(cpuListToMask('0')).toBe('1');
  expect(cpuListToMask('1')).toBe('2');
  expect(cpuListToMask('0-1')).toBe('3');
  expect(cpuListToMask('0,2-3')).toBe('d');
});

const multiCore = os.cpus().length >= 2;
(multiCore ? test : test.skip)('moves every task in scope but the kept ones to the given core, and puts them back', async () => {
  const children: ChildProcess[] = [spawn('sleep', ['30']), spawn('sleep', ['30']), spawn('sleep', ['30'])];
  try {
    await Promise.all(children.map((c) => new Promise((resolve) => c.once('spawn', resolve))));
    const [moved, alsoMoved, kept] = children.map((c) => c.pid!);
    const before = [moved, alsoMoved, kept].map((pid) => allowed(pid!));
    expect(before.every((list) => list !== '0')).toBe(true);

    const shield = new CoreShield(() => [kept!], '0', { pids: () => [moved!, alsoMoved!, kept!], workqueues: false });
    shield.apply();
    expect([moved, alsoMoved, kept].map((pid) => allowed(pid!))).toEqual(['0', '0', before[2]]);
    expect(shield.summary()).toEqual({ tasks: 2, workqueues: false, names: ['sleep ×2'] });
    shield.apply(); // idempotent: nothing new to move
    expect(shield.summary().tasks).toBe(2);

    shield.restore();
    expect([moved, alsoMoved, kept].map((pid) => allowed(pid!))).toEqual(before);
  } finally {
    for (const c of children) c.kill('SIGKILL');
  }
});
