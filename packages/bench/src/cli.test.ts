import { execFileSync, spawnSync } from 'node:child_process';
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
});
