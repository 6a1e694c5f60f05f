import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** GraphQL fields whose resolution reads only known properties of their object, by type: field name → properties. */
const plainFields = new Map<string, Map<string, readonly string[]>>();

/**
 * Field extension for a relation resolved from the object's ID alone (a connection or a list
 * through a loader keyed by the parent's ID): selecting it needs no other column of the row.
 */
export const READS_ID = { reads: ['id'] } as const;

/** Records that resolving `type.field` reads only `properties` of the object. */
export function registerFieldReads(type: string, field: string, properties: readonly string[]): void {
  let fields = plainFields.get(type);
  if (!fields) {
    fields = new Map();
    plainFields.set(type, fields);
  }
  fields.set(field, properties);
}

/** The property each direct-read resolver (`propertyReader`) reads. */
const readProperties = new WeakMap<Function, string>();

/**
 * A resolver for a field that only reads a property of another name (`id` reads `globalId`).
 * graphql-js calls it like any resolver; the compiled executor reads the property in place
 * (see `readsProperty`), as it does a field of the property's own name.
 */
export function propertyReader(property: string): (source: Record<string, unknown>) => unknown {
  const read = (source: Record<string, unknown>) => source[property];
  readProperties.set(read, property);
  return read;
}

/** The property a field's resolver reads directly, or undefined when it is another resolver. */
export function readsProperty(resolve: Function | undefined): string | undefined {
  return resolve ? readProperties.get(resolve) : undefined;
}

/** Properties computed from the row's ID alone (the global ID reads `id` and the class name). */
const FROM_ID = new Set(['id', 'globalId']);

const columnMaps = new WeakMap<object, Map<string, string>>();

/**
 * The columns a selection of `fields` on rows of `entity` (its class name is its GraphQL type)
 * needs, as `alias."column"` SQL, when every selected field is a plain property that is a
 * column (or the global ID) or a relation marked READS_ID: a list of agreements asking for
 * `id reference kind missions {…}` reads three columns, not fifteen, and parses no JSON
 * document or timestamp it will not answer. Null when a selected field has a resolver that
 * may read any column: then the caller reads the whole row.
 */
export function plainColumns(dataSource: DataSource, entity: EntityTarget<ObjectLiteral> & { name: string }, fields: Iterable<string>, alias = 't'): string | null {
  const plain = plainFields.get(entity.name);
  if (!plain) return null;
  let columns = columnMaps.get(entity);
  if (!columns) {
    columns = new Map(dataSource.getMetadata(entity).columns.map((c) => [c.propertyName, c.databaseName]));
    columnMaps.set(entity, columns);
  }
  const needed = new Set<string>(['id']);
  for (const field of fields) {
    if (field === '__typename') continue;
    const properties = plain.get(field);
    if (properties === undefined) return null;
    for (const property of properties) {
      if (FROM_ID.has(property)) continue;
      const column = columns.get(property);
      if (column === undefined) return null;
      needed.add(column);
    }
  }
  return [...needed].map((column) => `${alias}."${column}"`).join(', ');
}
