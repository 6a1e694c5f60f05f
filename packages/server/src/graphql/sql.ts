import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

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

const columnMaps = new WeakMap<object, Array<[string, string]>>();

/**
 * Turns raw rows (snake_case columns) into entity instances without TypeORM's hydration:
 * one prototype assignment and a copy per column. Columns named `__x` are kept as they are.
 */
export function hydrate<T extends ObjectLiteral>(dataSource: DataSource, entity: EntityTarget<T> & { prototype: T }, rows: Array<Record<string, unknown>>): T[] {
  let map = columnMaps.get(entity);
  if (!map) {
    map = dataSource.getMetadata(entity).columns.map((c) => [c.databaseName, c.propertyName] as [string, string]);
    columnMaps.set(entity, map);
  }
  return rows.map((row) => {
    const instance = Object.create(entity.prototype) as Record<string, unknown>;
    for (const [column, property] of map) instance[property] = row[column];
    return instance as T;
  });
}

/** Table name of an entity, quoted. */
export function tableOf(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>): string {
  return `"${dataSource.getMetadata(entity).tableName}"`;
}
