import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, UsageError } from './cli';

const cli = path.join(__dirname, '..', 'dist', 'cli.js');

describe('bench command line', () => {
  it('reads flags, values and --key=value', () => {
    expect(parseArgs(['--rounds', '5', '--no-shield', '--shapes=shallow,nested', '--smoke'])).toEqual({
      rounds: '5',
      'no-shield': true,
      shapes: 'shallow,nested',
      smoke: true,
    });
  });

  it('refuses unknown options, missing values and non-numbers', () => {
    expect(() => parseArgs(['--round', '5'])).toThrow(new UsageError('Unknown option --round.'));
    expect(() => parseArgs(['--rounds'])).toThrow('--rounds needs a value.');
    expect(() => parseArgs(['--rounds', '--smoke'])).toThrow('--rounds needs a value.');
    expect(() => parseArgs(['--duration', 'four'])).toThrow('--duration wants a number, got four.');
    expect(() => parseArgs(['--smoke=yes'])).toThrow('--smoke takes no value.');
    expect(() => parseArgs(['shallow'])).toThrow('Unexpected argument shallow.');
  });

  it('prints its usage on --help and exits 0 without running anything', () => {
    const out = execFileSync(process.execPath, [cli, '--help'], { encoding: 'utf8', timeout: 10_000 });
    expect(out).toContain('Usage: pnpm bench');
    expect(out).toContain('--fixed-rate-rounds');
  });

  it('exits 2 with the reason and the usage on a bad option, before touching the database', () => {
    const run = spawnSync(process.execPath, [cli, '--bogus'], { encoding: 'utf8', timeout: 10_000, env: { ...process.env, BENCH_DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown option --bogus.');
    expect(run.stderr).toContain('Usage: pnpm bench');
    const shapes = spawnSync(process.execPath, [cli, '--shapes', 'shallow,deep'], { encoding: 'utf8', timeout: 10_000, env: { ...process.env, BENCH_DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' } });
    expect(shapes.status).toBe(2);
    expect(shapes.stderr).toContain('Unknown shape deep; the shapes are shallow, nested');
    const quiet = spawnSync(process.execPath, [cli, '--quiet-services', 'redis-server'], { encoding: 'utf8', timeout: 10_000, env: { ...process.env, BENCH_DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' } });
    expect(quiet.status).toBe(2);
    expect(quiet.stderr).toContain('--quiet-services needs --quiet.');
  });

  it('an interrupt while the servers start leaves none of them running', async () => {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('This test needs PostgreSQL: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres).');
    const out = mkdtempSync(path.join(os.tmpdir(), 'bench-interrupt-'));
    // Ports of their own; Coopgraph is the first contender, on the first port after the base.
    const coopgraphPort = 4741;
    const answers = () =>
      new Promise<boolean>((resolve) => {
        const req = http.request({ host: '127.0.0.1', port: coopgraphPort, path: '/health' }, (res) => {
          res.resume();
          resolve(true);
        });
        req.on('error', () => resolve(false));
        req.end();
      });
    try {
      const child = spawn(process.execPath, [cli, '--smoke', '--no-pin', '--no-pgbench', '--ports', '4740', '--out', out], {
        env: { ...process.env, BENCH_DATABASE_URL: adminUrl },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let log = '';
      const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
      // Coopgraph has answered its start-up probe once the next contender starts.
      await new Promise<void>((resolve, reject) => {
        child.stderr!.on('data', (chunk: Buffer) => {
          log += chunk.toString('utf8');
          if (log.includes('start: postgraphile')) resolve();
        });
        child.on('exit', () => reject(new Error(`The bench ended before starting PostGraphile:\n${log}`)));
      });
      expect(await answers()).toBe(true);
      child.kill('SIGINT');
      expect(await exited).toBe('SIGINT');
      // Coopgraph drains and exits on the SIGTERM it was sent: its port closes within seconds.
      const deadline = Date.now() + 20_000;
      while ((await answers()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(await answers()).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
