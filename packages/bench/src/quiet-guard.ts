/**
 * The quiet machine's watchdog (see quiet.ts): `node quiet-guard.js <bench pid> <plan JSON>`.
 * Started detached before anything is paused. It resumes the plan (SIGCONT to the paused
 * services, DAMON back on) when the bench process is gone, however it went, or when killed
 * (SIGTERM, SIGINT, SIGHUP), then exits. SIGUSR1 is the bench's "resumed already, stand
 * down": it exits without touching anything, so that a pause the bench makes right after
 * cannot be undone by a late SIGCONT from this watchdog.
 */
import { processState, resumePlan, type QuietPlan } from './quiet';

const benchPid = Number(process.argv[2]);
const plan = JSON.parse(process.argv[3] ?? '{}') as QuietPlan;
if (!Number.isInteger(benchPid) || benchPid <= 1 || !Array.isArray(plan.pids) || !Array.isArray(plan.damonStateFiles)) {
  process.stderr.write('usage: quiet-guard <bench pid> <{"pids":[...],"damonStateFiles":[...]}>\n');
  process.exit(2);
}

function done(): never {
  resumePlan(plan);
  process.exit(0);
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, done);
process.on('SIGUSR1', () => process.exit(0));
// Gone: no such process, or a zombie its parent has not reaped yet.
setInterval(() => {
  const state = processState(benchPid);
  if (state === null || state === 'Z' || state === 'X') done();
}, 100);
process.stdout.write('ready\n');
