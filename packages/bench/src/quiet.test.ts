import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processState, protectedPids, QuietMachine } from './quiet';

// Only processes this test starts are ever considered (the `pids` scope), and DAMON is a
// folder of the test's own: the machine's real services and DAMON are never touched here.

/** The state a process settles in within two seconds: signals arrive asynchronously. */
async function settled(pid: number, want: 'running' | 'stopped'): Promise<'running' | 'stopped'> {
  for (let i = 0; i < 200; i += 1) {
    if ((processState(pid) === 'T') === (want === 'stopped')) return want;
    await new Promise((r) => setTimeout(r, 10));
  }
  return processState(pid) === 'T' ? 'stopped' : 'running';
}

function started(command: string, args: string[]): Promise<ChildProcess> {
  const child = spawn(command, args, { stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    child.once('spawn', () => resolve(child));
    child.once('error', reject);
  });
}

let dir: string;
let damon: string;
const children: ChildProcess[] = [];
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'coopgraph-quiet-'));
  damon = path.join(dir, 'kdamonds');
  for (const [n, state] of [
    ['0', 'on'],
    ['1', 'off'],
  ]) {
    mkdirSync(path.join(damon, n!), { recursive: true });
    writeFileSync(path.join(damon, n!, 'state'), `${state}\n`);
  }
});
afterEach(() => {
  for (const c of children.splice(0)) {
    c.kill('SIGCONT');
    c.kill('SIGKILL');
  }
  rmSync(dir, { recursive: true, force: true });
});
const damonStates = () => ['0', '1'].map((n) => readFileSync(path.join(damon, n, 'state'), 'utf8').trim());

test('pauses the named services and DAMON, and resumes exactly what it paused', async () => {
  const service = await started('sleep', ['60']);
  const other = await started('tail', ['-f', '/dev/null']);
  const kept = await started('sleep', ['60']);
  const alreadyStopped = await started('sleep', ['60']);
  children.push(service, other, kept, alreadyStopped);
  alreadyStopped.kill('SIGSTOP');
  expect(await settled(alreadyStopped.pid!, 'stopped')).toBe('stopped');

  const quiet = new QuietMachine({
    services: ['sleep'],
    keep: () => [kept.pid!],
    pids: () => [service.pid!, other.pid!, kept.pid!, alreadyStopped.pid!],
    damonDir: damon,
  });
  const summary = await quiet.pause();
  expect(summary).toEqual({ paused: ['sleep'], damonOff: 1, guarded: true });
  expect(await settled(service.pid!, 'stopped')).toBe('stopped');
  // Not named, kept (a contender), or someone else's pause: untouched.
  expect(await settled(other.pid!, 'running')).toBe('running');
  expect(await settled(kept.pid!, 'running')).toBe('running');
  expect(damonStates()).toEqual(['off', 'off']);

  quiet.resume();
  expect(await settled(service.pid!, 'running')).toBe('running');
  expect(damonStates()).toEqual(['on', 'off']);
  // The other process's pause is its own business: still stopped.
  expect(await settled(alreadyStopped.pid!, 'stopped')).toBe('stopped');

  // Paused again right after: the new pause holds.
  const again = await quiet.pause();
  expect(again.paused).toEqual(['sleep']);
  await new Promise((r) => setTimeout(r, 300));
  expect(await settled(service.pid!, 'stopped')).toBe('stopped');
  quiet.resume();
  expect(await settled(service.pid!, 'running')).toBe('running');
});

test('a bench killed with SIGKILL while paused leaves nothing stopped: the watchdog resumes it all', async () => {
  const service = await started('sleep', ['60']);
  children.push(service);
  const script = `
    const { QuietMachine } = require(${JSON.stringify(path.join(__dirname, '..', 'dist', 'quiet.js'))});
    new QuietMachine({ services: ['sleep'], pids: () => [${service.pid}], damonDir: ${JSON.stringify(damon)} })
      .pause()
      .then((s) => { process.stdout.write(JSON.stringify(s) + '\\n'); setInterval(() => {}, 1000); });
  `;
  const bench = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(bench);
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    bench.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    bench.once('exit', (code) => reject(new Error(`the bench exited first (${code})`)));
  });
  expect(JSON.parse(line)).toEqual({ paused: ['sleep'], damonOff: 1, guarded: true });
  expect(await settled(service.pid!, 'stopped')).toBe('stopped');
  expect(damonStates()).toEqual(['off', 'off']);

  bench.kill('SIGKILL');
  expect(await settled(service.pid!, 'running')).toBe('running');
  for (let i = 0; i < 100 && damonStates()[0] !== 'on'; i += 1) await new Promise((r) => setTimeout(r, 20));
  expect(damonStates()).toEqual(['on', 'off']);
});

test('never pauses process 1, the bench itself or its ancestors, whatever their names', async () => {
  const chain = protectedPids(process.pid);
  expect(chain[0]).toBe(1);
  expect(chain).toContain(process.pid);
  expect(chain).toContain(process.ppid);

  const comm = (pid: number) => readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  // Scope: this process and its parent, under their own names. Nothing may be paused.
  const quiet = new QuietMachine({ services: [comm(process.pid), comm(process.ppid)], pids: () => [process.pid, process.ppid], damonDir: null });
  const summary = await quiet.pause();
  quiet.resume();
  expect(summary).toEqual({ paused: [], damonOff: 0, guarded: true });
});

test("the watchdog's signals: SIGUSR1 stands it down untouched, SIGTERM resumes the plan first", async () => {
  const guardJs = path.join(__dirname, '..', 'dist', 'quiet-guard.js');
  const runGuard = async (signal: NodeJS.Signals) => {
    const service = await started('sleep', ['60']);
    children.push(service);
    service.kill('SIGSTOP');
    expect(await settled(service.pid!, 'stopped')).toBe('stopped');
    // This test process is the "bench": alive throughout, so only the signal can end the guard.
    const guard = spawn(process.execPath, [guardJs, String(process.pid), JSON.stringify({ pids: [service.pid], damonStateFiles: [] })], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(guard);
    await new Promise<void>((resolve) => guard.stdout!.on('data', (c: Buffer) => c.toString().includes('ready') && resolve()));
    const exited = new Promise<number | null>((resolve) => guard.once('exit', resolve));
    guard.kill(signal);
    expect(await exited).toBe(0);
    return settled(service.pid!, signal === 'SIGUSR1' ? 'stopped' : 'running');
  };
  expect(await runGuard('SIGUSR1')).toBe('stopped');
  expect(await runGuard('SIGTERM')).toBe('running');
});
