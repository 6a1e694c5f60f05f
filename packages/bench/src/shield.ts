import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { numericEntries, readOrNull } from './proc';

/**
 * Keeps the servers' core to the server being measured: every other task that may run anywhere
 * (processes, their threads, and kernel threads not bound to a core) is moved to the other
 * cores for the run, and put back afterwards. The machine's own services and kernel threads
 * otherwise land on the servers' core now and then: on this kind of machine the kernel's DAMON
 * thread (`kdamond`) ran 2.6-3.8 ms at a time every 512 ms there, each time stalling the server
 * in the middle of a fixed-rate run (seen with `perf record -C 1 -e sched:sched_switch`).
 * Unbound kernel workqueues go the same way through /sys/devices/virtual/workqueue/cpumask.
 *
 * Needs the right to change other processes' affinity (root or CAP_SYS_NICE); without it,
 * nothing moves and `moved` stays 0.
 */
export class CoreShield {
  private readonly saved = new Map<number, string>();
  private workqueueMask: string | null = null;
  private readonly names = new Map<string, number>();

  constructor(
    /** Processes left where they are (the contenders, pinned to the servers' core). */
    private readonly keep: () => number[],
    /** The CPU list the other tasks go to (`taskset -c` syntax). */
    private readonly to: string,
    /** The processes to consider (every process of the machine by default) and whether to narrow unbound kernel workqueues. */
    private readonly scope: { pids?: () => number[]; workqueues?: boolean } = {},
  ) {}

  /** Moves the tasks not yet moved (new ones appear between runs); idempotent. */
  apply(): void {
    const keep = new Set(this.keep());
    for (const pid of this.scope.pids?.() ?? numericEntries('/proc')) {
      if (keep.has(pid) || pid === process.pid) continue;
      for (const tid of numericEntries(`/proc/${pid}/task`)) {
        if (this.saved.has(tid)) continue;
        const status = readOrNull(`/proc/${pid}/task/${tid}/status`);
        const allowed = status && /^Cpus_allowed_list:\s+(\S+)$/m.exec(status)?.[1];
        if (!allowed || allowed === this.to) continue;
        // Kernel threads bound to one core (per-CPU workers, ksoftirqd, migration) refuse: fine.
        if (spawnSync('taskset', ['-pc', this.to, String(tid)], { stdio: 'ignore' }).status !== 0) continue;
        this.saved.set(tid, allowed);
        const name = (readOrNull(`/proc/${pid}/task/${tid}/comm`) ?? '?').trim().replace(/[/:]\d.*$/, '');
        this.names.set(name, (this.names.get(name) ?? 0) + 1);
      }
    }
    if (this.workqueueMask === null && this.scope.workqueues !== false) {
      const file = '/sys/devices/virtual/workqueue/cpumask';
      const before = readOrNull(file)?.trim();
      if (before) {
        try {
          writeFileSync(file, cpuListToMask(this.to));
          this.workqueueMask = before;
        } catch {
          // not writable here: unbound kernel work may still reach the servers' core
        }
      }
    }
  }

  /** Puts every moved task that still exists back on its own CPU list. */
  restore(): void {
    for (const [tid, allowed] of this.saved) spawnSync('taskset', ['-pc', allowed, String(tid)], { stdio: 'ignore' });
    this.saved.clear();
    if (this.workqueueMask !== null) {
      try {
        writeFileSync('/sys/devices/virtual/workqueue/cpumask', this.workqueueMask);
      } catch {
        // gone or refused: nothing more to do
      }
      this.workqueueMask = null;
    }
  }

  /** What was moved, for the report: task count and the most frequent names. */
  summary(): { tasks: number; workqueues: boolean; names: string[] } {
    const names = [...this.names].sort((a, b) => b[1] - a[1]).map(([n, c]) => (c > 1 ? `${n} ×${c}` : n));
    return { tasks: [...this.names.values()].reduce((s, c) => s + c, 0), workqueues: this.workqueueMask !== null, names };
  }
}

/** "0" → "1", "0-1" → "3", "0,2" → "5": the hexadecimal mask the workqueue file takes. */
export function cpuListToMask(list: string): string {
  let mask = 0n;
  for (const part of list.split(',')) {
    const [a, b] = part.split('-').map(Number);
    for (let cpu = a!; cpu <= (b ?? a)!; cpu += 1) mask |= 1n << BigInt(cpu);
  }
  return mask.toString(16);
}
