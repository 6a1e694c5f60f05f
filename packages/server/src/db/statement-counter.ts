import pg from 'pg';
import type { DataSource, QueryRunner, ReplicationMode } from 'typeorm';
import type { RequestScope } from '../logger';

let installed = false;
let total = 0;

/** The request a pooled connection works for while that request holds it. */
const HELD_FOR = Symbol('coopgraph.heldFor');
type Tagged = { [HELD_FOR]?: RequestScope };

/**
 * Counts every statement sent through `pg`: in total, and for the request holding the
 * connection (see `holdFor`). Counting at the driver sees what the database really
 * receives, whatever the ORM does above it.
 */
export function installStatementCounter(): void {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function countedQuery(this: pg.Client & Tagged, ...args: unknown[]) {
    total += 1;
    const scope = this[HELD_FOR];
    if (scope !== undefined) scope.statements += 1;
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

/** Marks a pooled connection as working for `scope` until `release` (undefined: for nobody). */
export function holdFor(client: object, scope: RequestScope | undefined): void {
  (client as Tagged)[HELD_FOR] = scope;
}

const SCOPE = Symbol('coopgraph.requestScope');
const BASE = Symbol('coopgraph.baseDataSource');
const MANAGER = Symbol('coopgraph.requestManager');
type RequestDataSource = DataSource & { [SCOPE]?: RequestScope; [BASE]?: DataSource; [MANAGER]?: DataSource['manager'] };

/** One prototype per shared data source, holding what every request's view of it does. */
const requestPrototypes = new WeakMap<DataSource, DataSource>();

function requestPrototype(base: DataSource): DataSource {
  let proto = requestPrototypes.get(base);
  if (proto) return proto;
  proto = Object.create(base) as RequestDataSource;
  Object.defineProperties(proto, {
    [BASE]: { value: base },
    createQueryRunner: {
      value: function createQueryRunner(this: RequestDataSource, mode?: ReplicationMode): QueryRunner {
        const scope = this[SCOPE];
        const runner = base.createQueryRunner.call(this, mode) as QueryRunner & {
          databaseConnection?: object;
          releasePostgresConnection?: (error?: unknown) => Promise<void>;
        };
        const connect = runner.connect.bind(runner);
        runner.connect = async () => {
          const client = (await connect()) as object;
          holdFor(client, scope);
          return client;
        };
        // Every way back to the pool (release, or a connection error) passes here.
        const giveBack = runner.releasePostgresConnection?.bind(runner);
        if (giveBack) {
          runner.releasePostgresConnection = (error?: unknown) => {
            if (runner.databaseConnection) holdFor(runner.databaseConnection, undefined);
            return giveBack(error);
          };
        }
        return runner;
      },
    },
    // Managers and repositories reached from a request's view create their runners through it.
    manager: {
      get(this: RequestDataSource) {
        return (this[MANAGER] ??= base.createEntityManager.call(this));
      },
    },
  });
  requestPrototypes.set(base, proto);
  return proto;
}

/**
 * The data source of one request: the shared one, seen through an object whose query
 * runners mark the connection they hold with the request's scope, so that statements sent
 * by TypeORM (repositories, transactions, `query`) count for that request. Everything else
 * (metadata, driver, pool) is the shared data source's, by prototype.
 *
 * The view holds only its scope (and, once asked, its entity manager): its methods and the
 * `manager` getter sit on a prototype shared by every request. Defined on each view, a getter
 * and a method made per request gave every view a hidden class of its own, and V8 then kept
 * requests' objects through young-generation collections (packages/bench/README.md, seventh
 * pass: with this, the bytes promoted per collection on the shallow list at 900 requests/s
 * fell from 44 kB to 4 kB).
 */
export function requestDataSource(base: DataSource, scope: RequestScope): DataSource {
  const ds = Object.create(requestPrototype(base)) as RequestDataSource;
  ds[SCOPE] = scope;
  return ds;
}

/** The request a data source from `requestDataSource` belongs to; undefined for the shared one. */
export function scopeOfDataSource(dataSource: DataSource): RequestScope | undefined {
  return (dataSource as RequestDataSource)[SCOPE];
}

/** The shared data source behind a request's (itself when it is the shared one). */
export function baseDataSource(dataSource: DataSource): DataSource {
  return (dataSource as RequestDataSource)[BASE] ?? dataSource;
}
