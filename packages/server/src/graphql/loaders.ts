import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { GraphQLResolveInfo } from 'graphql';
import { plainColumns } from './plain-fields';
import { selectedFields } from './selection';
import { hydrate, readRows, tableOf } from './sql';

/**
 * The request's DataLoaders, created on first use and keyed by name, so that every
 * relation is fetched with one statement per level of the query, whatever the row count.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  /** Per field of the document (its `fieldNodes`): what its resolver found for the first parent, for the others. */
  readonly levels = new Map<unknown, unknown>();

  constructor(readonly dataSource: DataSource) {}

  /** The loader named `name`, created with `batch` on first use in this request. */
  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      // No batch size limit: keys travel as one array parameter, so one statement serves any number of rows.
      loader = new DataLoader<K, V>(batch);
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Rows by primary key, in key order; null where a key has no row. */
  byId<T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T> & { name: string; prototype: T }): DataLoader<string, T | null> {
    return this.get<string, T | null>(`${entity.name}.byId`, async (ids) => {
      // Raw rows and a plain hydration: TypeORM's query builder and entity transformer cost more than the query.
      const rows = hydrate(this.dataSource, entity, await readRows(this.dataSource, `SELECT * FROM ${tableOf(this.dataSource, entity)} t WHERE t.id = ANY($1)`, [[...ids]]));
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /**
   * Rows whose `column` equals each key (a one-to-many relation), grouped in key order,
   * each group sorted by `orderBy` then id.
   */
  manyBy<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T> & { name: string; prototype: T },
    column: keyof T & string,
    orderBy: Array<keyof T & string> = [],
  ): DataLoader<string, T[]> {
    return this.get<string, T[]>(`${entity.name}.by.${column}`, async (keys) => {
      const order = [...orderBy.map((field) => `t.${columnOf(this.dataSource, entity, field)} ASC NULLS FIRST`), 't.id ASC'].join(', ');
      const rows = hydrate(
        this.dataSource,
        entity,
        await readRows(this.dataSource, `SELECT * FROM ${tableOf(this.dataSource, entity)} t WHERE t.${columnOf(this.dataSource, entity, column)} = ANY($1) ORDER BY ${order}`, [[...keys]]),
      );
      const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
      for (const row of rows) groups.get(row[column] as string)?.push(row);
      return keys.map((key) => groups.get(key) ?? []);
    });
  }

  /**
   * Targets reached through an edge table from each key, in edge order (`edgeOrder`, then the
   * edge's id), each target once: one statement joining edge and target for all keys.
   */
  through<E extends ObjectLiteral & { id: string }, T extends ObjectLiteral & { id: string }>(
    edge: EntityTarget<E> & { name: string },
    fromColumn: keyof E & string,
    toColumn: keyof E & string,
    target: EntityTarget<T> & { name: string; prototype: T },
    edgeOrder: Array<keyof E & string> = [],
    columns = 't.*',
  ): DataLoader<string, T[]> {
    return this.get<string, T[]>(`${edge.name}.${fromColumn}.${toColumn}.${edgeOrder.join(',')}:${columns}`, async (keys) => {
      const ds = this.dataSource;
      const order = [...edgeOrder.map((field) => `e.${columnOf(ds, edge, field)} ASC NULLS FIRST`), 'e.id ASC'].join(', ');
      const raw = (await readRows(ds,
        `SELECT e.${columnOf(ds, edge, fromColumn)} AS "__from", ${columns} FROM ${tableOf(ds, edge)} e JOIN ${tableOf(ds, target)} t ON t.id = e.${columnOf(ds, edge, toColumn)}
         WHERE e.${columnOf(ds, edge, fromColumn)} = ANY($1) ORDER BY ${order}`,
        [[...keys]],
      )) as Array<Record<string, unknown>>;
      const rows = hydrate(ds, target, raw);
      // No priming of the byId cache from these rows: whether a later byId load found them
      // would depend on which statement answered first, and the statements of a request
      // must depend on its shape only.
      const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
      const seen = new Map<string, Set<string>>(keys.map((key) => [key, new Set()]));
      rows.forEach((row, i) => {
        const from = raw[i]!.__from as string;
        if (!seen.get(from)?.has(row.id)) {
          seen.get(from)?.add(row.id);
          groups.get(from)?.push(row);
        }
      });
      return keys.map((key) => groups.get(key) ?? []);
    });
  }
}

/**
 * Loads a many-to-many relation through an edge table: one statement for every key of the
 * level. With the field's `info`, a selection of plain fields reads only their columns.
 */
export async function loadThrough<E extends ObjectLiteral & { id: string }, T extends ObjectLiteral & { id: string }>(
  loaders: Loaders,
  key: string,
  edge: EntityTarget<E> & { name: string },
  fromColumn: keyof E & string,
  toColumn: keyof E & string,
  target: EntityTarget<T> & { name: string; prototype: T },
  edgeOrder: Array<keyof E & string> = [],
  info?: GraphQLResolveInfo,
): Promise<T[]> {
  let columns = 't.*';
  if (info) {
    // The selection under a field is fixed by the document: the parents of a level share it.
    let known = throughColumns.get(info.fieldNodes);
    if (known === undefined) {
      known = plainColumns(loaders.dataSource, target, selectedFields(info)) ?? 't.*';
      throughColumns.set(info.fieldNodes, known);
    }
    columns = known;
  }
  return loaders.through(edge, fromColumn, toColumn, target, edgeOrder, columns).load(key);
}

const throughColumns = new WeakMap<readonly unknown[], string>();

const columnNames = new WeakMap<object, Map<string, string>>();

/** The quoted database column of an entity's property. */
function columnOf(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, property: string): string {
  let map = columnNames.get(entity as object);
  if (!map) {
    map = new Map(dataSource.getMetadata(entity).columns.map((c) => [c.propertyName, `"${c.databaseName}"`]));
    columnNames.set(entity as object, map);
  }
  const column = map.get(property);
  if (!column) throw new Error(`${String((entity as { name?: string }).name)} has no column for ${property}.`);
  return column;
}
