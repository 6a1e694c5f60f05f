import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { BENCH_DIST } from './contenders/launch';
import { numericEntries, readOrNull } from './proc';

/**
 * The machine's own services that no contender uses, as this kind of machine starts them:
 * RabbitMQ (beam.smp and its helpers), Redis, NATS, Mosquitto and MariaDB. With the core shield
 * they all share core 0 with the database and the load generator, and wake there many times a
 * second (RabbitMQ's schedulers alone take about 3% of a core).
 */
export const DEFAULT_QUIET_SERVICES = ['beam.smp', 'erl_child_setup', 'epmd', 'inet_gethost', 'redis-server', 'nats-server', 'mosquitto', 'mariadbd'];

/** Where the kernel's DAMON (data access monitor) threads are switched on and off. */
export const DAMON_DIR = '/sys/kernel/mm/damon/admin/kdamonds';

export interface QuietSummary {
  /** The paused processes' names, most frequent first ("name ×count"). */
  paused: string[];
  /** How many DAMON monitors were running and turned off. */
  damonOff: number;
  /** Whether a watchdog process stood by to undo the pause if the bench died without doing so. */
  guarded: boolean;
}

/** The plan the watchdog (quiet-guard.js) carries out when the bench is gone: what to resume. */
export interface QuietPlan {
  pids: number[];
  damonStateFiles: string[];
}

/**
 * Quiets the machine for the latency rounds, reversibly: the services named in `services`
 * are paused (SIGSTOP, then SIGCONT) and the kernel's DAMON monitors turned off (then on).
 * Neither PostgreSQL nor a contender is ever in the list; the bench's own process, its
 * ancestors and process 1 are never paused whatever their name, nor a process that was
 * already stopped (someone else's pause is left alone).
 *
 * A watchdog process, started detached before anything is paused, resumes everything as
 * soon as the bench process disappears, so even a SIGKILL of the bench leaves no service
 * stopped. Needs the right to signal those processes and to write DAMON's files (root);
 * what it may not touch it leaves as it is.
 */
export class QuietMachine {
  private plan: QuietPlan = { pids: [], damonStateFiles: [] };
  private guard: ChildProcess | null = null;
  private readonly names = new Map<string, number>();

  constructor(
    private readonly options: {
      /** Process names (as /proc/PID/comm gives them) to pause. */
      services: string[];
      /** Processes never paused (the contenders, the database). */
      keep?: () => number[];
      /** The processes to consider (every process of the machine by default). */
      pids?: () => number[];
      /** DAMON's admin folder (tests point it elsewhere); null leaves DAMON alone. */
      damonDir?: string | null;
    },
  ) {}

  /** Pauses the services and DAMON, the watchdog standing by first. Idempotent while paused. */
  async pause(): Promise<QuietSummary> {
    if (this.guard !== null) return this.summary();
    this.names.clear();
    const keep = new Set([...(this.options.keep?.() ?? []), ...protectedPids(process.pid)]);
    const wanted = new Set(this.options.services);
    const pids = (this.options.pids?.() ?? numericEntries('/proc')).filter((pid) => {
      if (keep.has(pid)) return false;
      const comm = readOrNull(`/proc/${pid}/comm`)?.trim();
      return comm !== undefined && wanted.has(comm) && processState(pid) !== 'T';
    });
    const damonDir = this.options.damonDir === undefined ? DAMON_DIR : this.options.damonDir;
    const damonStateFiles = damonDir === null ? [] : numericEntries(damonDir).map((n) => path.join(damonDir, String(n), 'state'));
    const running = damonStateFiles.filter((file) => readOrNull(file)?.trim() === 'on');
    // The watchdog knows everything that may be paused before anything is: a SIGKILL between two
    // steps below still ends with every service running.
    this.guard = await startGuard({ pids, damonStateFiles: running });
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGSTOP');
        this.plan.pids.push(pid);
        const name = readOrNull(`/proc/${pid}/comm`)?.trim() ?? '?';
        this.names.set(name, (this.names.get(name) ?? 0) + 1);
      } catch {
        // exited meanwhile, or not ours to signal
      }
    }
    for (const file of running) {
      try {
        writeFileSync(file, 'off');
        this.plan.damonStateFiles.push(file);
      } catch {
        // not writable here: DAMON keeps running
      }
    }
    return this.summary();
  }

  /** Resumes what pause() paused, then stands the watchdog down. Safe to call more than once. */
  resume(): void {
    resumePlan(this.plan);
    this.plan = { pids: [], damonStateFiles: [] };
    if (this.guard !== null) {
      try {
        this.guard.kill('SIGUSR1');
      } catch {
        // already gone
      }
      this.guard = null;
    }
  }

  summary(): QuietSummary {
    const paused = [...this.names].sort((a, b) => b[1] - a[1]).map(([n, c]) => (c > 1 ? `${n} ×${c}` : n));
    return { paused, damonOff: this.plan.damonStateFiles.length, guarded: this.guard !== null };
  }
}

/** SIGCONT to every paused process, DAMON back on: what both resume() and the watchdog do. */
export function resumePlan(plan: QuietPlan): void {
  for (const pid of plan.pids) {
    try {
      process.kill(pid, 'SIGCONT');
    } catch {
      // gone
    }
  }
  for (const file of plan.damonStateFiles) {
    try {
      writeFileSync(file, 'on');
    } catch {
      // gone or refused
    }
  }
}

/** Process 1, `pid` and every ancestor of it: pausing any of them would stop the bench itself. */
export function protectedPids(pid: number): number[] {
  const out = [1];
  for (let p = pid; p > 1; ) {
    out.push(p);
    const status = readOrNull(`/proc/${p}/status`);
    const parent = status ? Number(/^PPid:\s+(\d+)$/m.exec(status)?.[1]) : NaN;
    if (!Number.isInteger(parent) || parent === p) break;
    p = parent;
  }
  return out;
}

/** The state letter /proc gives (R running, S sleeping, T stopped, ...); null when gone. */
export function processState(pid: number): string | null {
  const status = readOrNull(`/proc/${pid}/status`);
  return status ? (/^State:\s+(\S)/m.exec(status)?.[1] ?? null) : null;
}

/** Starts the watchdog, detached in its own session, and waits until it stands by. */
function startGuard(plan: QuietPlan): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(BENCH_DIST, 'quiet-guard.js'), String(process.pid), JSON.stringify(plan)], {
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const fail = (why: string) => {
      child.kill('SIGKILL');
      reject(new Error(`The quiet-machine watchdog did not start: ${why}`));
    };
    const timer = setTimeout(() => fail('no answer within 10 s'), 10_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(error.message);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The quiet-machine watchdog exited at start (code ${code}).`));
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!out.includes('ready\n')) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.stdout!.removeAllListeners('data');
      child.stdout!.destroy();
      child.unref();
      resolve(child);
    });
  });
}
