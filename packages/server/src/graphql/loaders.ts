import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The request's DataLoaders, created on first use and keyed by name, so that every
 * relation is fetched with one statement per level of the query, whatever the row count.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

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
  byId<T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T> & { name: string }): DataLoader<string, T | null> {
    return this.get<string, T | null>(`${entity.name}.byId`, async (ids) => {
      const rows = await this.dataSource
        .getRepository(entity)
        .createQueryBuilder('t')
        .where('t.id = ANY(:ids)', { ids: [...ids] })
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /**
   * Rows whose `column` equals each key (a one-to-many relation), grouped in key order,
   * each group sorted by `orderBy` then id.
   */
  manyBy<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T> & { name: string },
    column: keyof T & string,
    orderBy: Array<keyof T & string> = [],
  ): DataLoader<string, T[]> {
    return this.get<string, T[]>(`${entity.name}.by.${column}`, async (keys) => {
      const qb = this.dataSource
        .getRepository(entity)
        .createQueryBuilder('t')
        .where(`t.${column} = ANY(:keys)`, { keys: [...keys] });
      for (const field of orderBy) qb.addOrderBy(`t.${field}`, 'ASC', 'NULLS FIRST');
      qb.addOrderBy('t.id', 'ASC');
      const rows = await qb.getMany();
      const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
      for (const row of rows) groups.get(row[column] as string)?.push(row);
      return keys.map((key) => groups.get(key) ?? []);
    });
  }
}

/** Loads a many-to-many relation through an edge table: edges by source key, then targets by ID. */
export async function loadThrough<E extends ObjectLiteral & { id: string }, T extends ObjectLiteral & { id: string }>(
  loaders: Loaders,
  key: string,
  edge: EntityTarget<E> & { name: string },
  fromColumn: keyof E & string,
  toColumn: keyof E & string,
  target: EntityTarget<T> & { name: string },
): Promise<T[]> {
  const edges = await loaders.manyBy(edge, fromColumn).load(key);
  const ids = [...new Set(edges.map((e) => e[toColumn] as string))];
  const rows = await loaders.byId(target).loadMany(ids);
  return rows.filter((row): row is T => row !== null && !(row instanceof Error));
}
