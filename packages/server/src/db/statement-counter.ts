import pg from 'pg';
import { requestScope } from '../logger';

let installed = false;
let total = 0;

/**
 * Counts every statement sent through `pg`, per request (in the request scope) and in
 * total. Counting at the driver sees what the database really receives, whatever the
 * ORM does above it.
 */
export function installStatementCounter(): void {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
    total += 1;
    const scope = requestScope.getStore();
    if (scope) scope.statements += 1;
    if (process.env.COOPGRAPH_TRACE_SQL) {
      const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text;
      process.stderr.write(`[sql ${scope?.requestId ?? '-'}] ${String(text).replace(/\s+/g, ' ').replace(/"t"."\w+" AS "t_\w+",? ?/g, '').slice(0, 260)}\n`);
    }
    return original.apply(this, args);
  } as typeof pg.Client.prototype.query;
}

/** Statements sent since the process started. */
export function totalStatements(): number {
  return total;
}
