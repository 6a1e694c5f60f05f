import type { Pool } from 'pg';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { baseDataSource, holdFor, scopeOfDataSource } from '../db/statement-counter';
import { type ElementEnd, readElement } from '../db/text-array';

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

/** Property names of an entity's columns, by database name. */
function propertyMap<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T> & { prototype: T }): Map<string, string> {
  let map = columnMaps.get(entity);
  if (!map) {
    map = new Map(dataSource.getMetadata(entity).columns.map((c) => [c.databaseName, c.propertyName]));
    columnMaps.set(entity, map);
  }
  return map;
}

/** One instance of `prototype` per source, with `properties[c]` copied from `source[keys[c]]`. */
function instancesOf<T>(prototype: T, sources: ReadonlyArray<object>, keys: ReadonlyArray<string | number>, properties: readonly string[]): T[] {
  const count = keys.length;
  const instances = new Array<T>(sources.length);
  for (let i = 0; i < sources.length; i += 1) {
    const source = sources[i] as Record<string | number, unknown>;
    const instance = Object.create(prototype as object) as Record<string, unknown>;
    for (let c = 0; c < count; c += 1) instance[properties[c]!] = source[keys[c]!];
    instances[i] = instance as T;
  }
  return instances;
}

/**
 * Turns raw rows (snake_case columns) into entity instances without TypeORM's hydration:
 * one prototype assignment and a copy per column read. A narrow read (a few columns of a
 * wide table) copies only those: the others are absent, as they were never read.
 * With `prefix`, reads the columns named `<prefix><column>` and no other.
 */
export function hydrate<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T> & { prototype: T }, rows: Array<Record<string, unknown>>, prefix = ''): T[] {
  if (rows.length === 0) return [];
  const map = propertyMap(dataSource, entity);
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
  return instancesOf(entity.prototype, rows, columns, properties);
}

/**
 * Entity instances from tuples (arrays of values, in the order of `columns`, database names),
 * as a folded level brings them (see `textTuples`).
 */
export function hydrateTuples<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T> & { prototype: T }, columns: readonly string[], tuples: ReadonlyArray<readonly unknown[]>): T[] {
  if (tuples.length === 0) return [];
  const map = propertyMap(dataSource, entity);
  return instancesOf(
    entity.prototype,
    tuples,
    columns.map((_, c) => c),
    columns.map((c) => map.get(c)!),
  );
}

/** How a column's text form is read back as the driver reads it from a row; absent: not read from text here. */
type TextReader = 'string' | 'integer' | 'boolean';
const TEXT_READERS: Record<string, TextReader> = {
  uuid: 'string',
  text: 'string',
  'character varying': 'string',
  varchar: 'string',
  character: 'string',
  char: 'string',
  integer: 'integer',
  int: 'integer',
  int4: 'integer',
  smallint: 'integer',
  int2: 'integer',
  boolean: 'boolean',
  bool: 'boolean',
};

/** Reads a level sent as a text array of tuples (see `textTuples`). */
export interface TupleReader {
  /** SQL for one tuple of the row aliased `alias`: `ARRAY[alias."c1"::text, …]` (a boolean reads `true`/`false`). */
  tupleSql(alias: string): string;
  /** The tuples of a text array `{{…},{…}}` (null: none), values read as from a row. */
  read(text: string | null): unknown[][];
}

const tupleReaders = new Map<string, TupleReader | null>();

/**
 * A reader for a level of `entity` read as a PostgreSQL text array of tuples of `columns`
 * (database names), or null when a column's text form is not one it reads back exactly as the
 * driver reads a row (strings, integers and booleans are; numbers the driver keeps as strings,
 * dates, documents and arrays are not). PostgreSQL writes such an array with less work than
 * one row per item or JSON, and the reader here is a plain scan.
 */
export function textTuples(dataSource: DataSource, entity: EntityTarget<ObjectLiteral> & { name: string }, columns: readonly string[]): TupleReader | null {
  const key = `${entity.name}:${columns.join(',')}`;
  let known = tupleReaders.get(key);
  if (known === undefined) {
    const metadata = dataSource.getMetadata(entity);
    const readers: TextReader[] = [];
    for (const name of columns) {
      const column = metadata.columns.find((c) => c.databaseName === name);
      const reader = column && !column.isArray ? TEXT_READERS[String(dataSource.driver.normalizeType(column)).toLowerCase()] : undefined;
      if (reader === undefined) break;
      readers.push(reader);
    }
    known =
      readers.length === columns.length && columns.length > 0
        ? {
            tupleSql: (alias) => `ARRAY[${columns.map((c) => `${alias}."${c}"::text`).join(', ')}]`,
            read: (text) => readTextTuples(text, readers),
          }
        : null;
    tupleReaders.set(key, known);
  }
  return known;
}

const COMMA = 44;
/** Where the last element read ended (see `readElement`). */
const at: ElementEnd = { end: 0 };

/**
 * The tuples of a two-dimensional text array as PostgreSQL writes it: `{}` or
 * `{{a,b},{c,"d, \"e\""}}`. An element is quoted (backslash escapes `"` and `\`) when it is
 * empty, holds a delimiter, brace, quote, backslash or space, or reads NULL; an unquoted
 * NULL is null.
 */
export function readTextTuples(text: string | null, readers: readonly TextReader[]): unknown[][] {
  const tuples: unknown[][] = [];
  if (text === null || text.length <= 2) return tuples;
  const width = readers.length;
  let i = 1;
  for (;;) {
    i += 1; // the tuple's '{'
    const tuple = new Array<unknown>(width);
    for (let c = 0; c < width; c += 1) {
      const value = readElement(text, i, at);
      if (value === undefined) throw new Error('Unterminated or malformed element in a text array.');
      i = at.end;
      const reader = readers[c];
      tuple[c] = value === null || reader === 'string' ? value : reader === 'integer' ? Number(value) : value === 'true' || value === 't';
      i += 1; // the ',' after the element, or the tuple's '}'
    }
    tuples.push(tuple);
    if (text.charCodeAt(i) !== COMMA) return tuples;
    i += 1;
  }
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
