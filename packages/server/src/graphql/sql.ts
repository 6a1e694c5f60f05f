import type { Pool } from 'pg';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { baseDataSource, holdFor, scopeOfDataSource } from '../db/statement-counter';

/** Collects parameters while SQL text is assembled, so values never enter the SQL text. */
export class SqlParams {
  readonly values: unknown[] = [];

  /** A placeholder for `value`, with an explicit cast when PostgreSQL cannot infer the type. */
  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }
}

/** Escapes LIKE wildcards so user text matches literally (with `ESCAPE '\'`). */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const columnMaps = new WeakMap<object, Map<string, string>>();

/**
 * Turns raw rows (snake_case columns) into entity instances without TypeORM's hydration:
 * one prototype assignment and a copy per column read. A narrow read (a few columns of a
 * wide table) copies only those: the others are absent, as they were never read.
 * With `prefix`, reads the columns named `<prefix><column>` and no other.
 */
export function hydrate<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T> & { prototype: T }, rows: Array<Record<string, unknown>>, prefix = ''): T[] {
  if (rows.length === 0) return [];
  let map = columnMaps.get(entity);
  if (!map) {
    map = new Map(dataSource.getMetadata(entity).columns.map((c) => [c.databaseName, c.propertyName]));
    columnMaps.set(entity, map);
  }
  // Every row of a statement has the same columns: find the entity's among them once.
  const columns: string[] = [];
  const properties: string[] = [];
  for (const column of Object.keys(rows[0]!)) {
    // With a prefix, only the columns named `<prefix><column>` (a child's, in a folded statement).
    const property = prefix ? (column.startsWith(prefix) ? map.get(column.slice(prefix.length)) : undefined) : map.get(column);
    if (property !== undefined) {
      columns.push(column);
      properties.push(property);
    }
  }
  const count = columns.length;
  const prototype = entity.prototype;
  const instances = new Array<T>(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i]!;
    const instance = Object.create(prototype) as Record<string, unknown>;
    for (let c = 0; c < count; c += 1) instance[properties[c]!] = row[columns[c]!];
    instances[i] = instance as T;
  }
  return instances;
}

/** Table name of an entity, quoted. */
export function tableOf(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>): string {
  return `"${dataSource.getMetadata(entity).tableName}"`;
}

/** Most distinct read statements a process prepares; beyond it, statements run unprepared. */
export const PREPARED_STATEMENT_LIMIT = 500;
const preparedNames = new Map<string, string>();
const preparedSources = new WeakSet<DataSource>();

/** Reads through `dataSource` may use prepared statements (PostgreSQL, not the embedded database). */
export function enablePreparedReads(dataSource: DataSource): void {
  preparedSources.add(dataSource);
}

/**
 * Runs a read statement of the API (lists, loaders). On PostgreSQL each distinct SQL text is
 * prepared once per connection and planned from then on without parsing (a nested page
 * sends the same few texts on every request), up to PREPARED_STATEMENT_LIMIT texts per process.
 */
export async function readRows<T = Record<string, unknown>>(dataSource: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const base = baseDataSource(dataSource);
  if (!preparedSources.has(base)) return (await dataSource.query(sql, params)) as T[];
  let name = preparedNames.get(sql);
  if (name === undefined && preparedNames.size < PREPARED_STATEMENT_LIMIT) {
    name = `coopgraph_${preparedNames.size}`;
    preparedNames.set(sql, name);
  }
  const pool = (base.driver as unknown as { master: Pool }).master;
  const client = await pool.connect();
  // The connection works for the request (if any) until it goes back: its statements count there.
  holdFor(client, scopeOfDataSource(dataSource));
  try {
    return (await client.query(name === undefined ? { text: sql, values: params } : { name, text: sql, values: params })).rows as T[];
  } finally {
    holdFor(client, undefined);
    client.release();
  }
}

/** Rows grouped by a key, each group in the rows' order. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
