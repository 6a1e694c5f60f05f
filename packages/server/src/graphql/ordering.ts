import { Field, InputType, registerEnumType, type ClassType } from 'type-graphql';
import { UserInputError } from './errors';
import type { FilterContext } from './filters';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction. Missing values sort after present ones in ascending order, and before them in descending order.',
  valuesConfig: { ASC: { description: 'Smallest first.' }, DESC: { description: 'Largest first.' } },
});

export interface OrderField {
  /** The SQL expression to sort by, on the row aliased `alias`. */
  sql: (alias: string, fc: FilterContext) => string;
  /** PostgreSQL type of the expression, to compare cursor values with it. */
  cast: string;
  description: string;
}

export interface OrderSpec {
  name: string;
  fields: Record<string, OrderField>;
  /** Applied when the caller gives no orderBy; the unique tiebreaker (id) is always appended. */
  defaults: OrderInput[];
}

export interface OrderInput {
  field: string;
  direction: OrderDirection;
}

export interface OrderDef {
  spec: OrderSpec;
  input: ClassType;
}

const MAX_ORDER_FIELDS = 4;

/** Declares `<Type>OrderField` and `<Type>Order { field, direction }`. */
export function defineOrder(spec: OrderSpec): OrderDef {
  const values = Object.fromEntries(Object.keys(spec.fields).map((k) => [k, k]));
  registerEnumType(values, {
    name: `${spec.name}OrderField`,
    description: `What to sort ${spec.name} items by. The ID is always the last key, so the order is total and cursors are stable.`,
    valuesConfig: Object.fromEntries(Object.entries(spec.fields).map(([k, f]) => [k, { description: f.description }])),
  });
  const name = `${spec.name}Order`;
  const input = { [name]: class {} }[name]!;
  Field(() => values, { description: 'The key to sort by.' })(input.prototype, 'field');
  Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'The direction (ascending by default).' })(input.prototype, 'direction');
  InputType(name, { description: `One sort key for ${spec.name} lists.` })(input);
  return { spec, input };
}

export interface ResolvedOrder {
  keys: Array<{ sql: string; cast: string; direction: OrderDirection }>;
}

/** The sort keys of a request, ending with the ID tiebreaker. */
export function resolveOrder(def: OrderDef, orderBy: OrderInput[] | null | undefined, alias: string, fc: FilterContext): ResolvedOrder {
  const chosen = orderBy && orderBy.length ? orderBy : def.spec.defaults;
  if (chosen.length > MAX_ORDER_FIELDS) throw new UserInputError(`orderBy takes at most ${MAX_ORDER_FIELDS} keys.`, 'orderBy');
  const keys = chosen.map((o) => {
    const field = def.spec.fields[o.field];
    if (!field) throw new UserInputError(`Cannot sort ${def.spec.name} by ${o.field}.`, 'orderBy');
    return { sql: field.sql(alias, fc), cast: field.cast, direction: o.direction ?? OrderDirection.ASC };
  });
  keys.push({ sql: `${alias}."id"`, cast: 'uuid', direction: keys.at(-1)?.direction ?? OrderDirection.ASC });
  return { keys };
}

export function orderSql(order: ResolvedOrder, reverse: boolean): string {
  return order.keys
    .map((k) => {
      const asc = (k.direction === OrderDirection.ASC) !== reverse;
      return `${k.sql} ${asc ? 'ASC NULLS LAST' : 'DESC NULLS FIRST'}`;
    })
    .join(', ');
}

/**
 * The rows strictly after `values` in the order (or before, with `reverse`). NULL sorts as
 * the largest value, consistently with `orderSql`.
 */
export function keysetSql(order: ResolvedOrder, values: unknown[], reverse: boolean, fc: FilterContext): string {
  const ors: string[] = [];
  for (let i = 0; i < order.keys.length; i += 1) {
    const ands: string[] = [];
    for (let j = 0; j < i; j += 1) {
      const k = order.keys[j]!;
      ands.push(values[j] === null ? `${k.sql} IS NULL` : `${k.sql} = ${fc.params.add(values[j], k.cast)}`);
    }
    const k = order.keys[i]!;
    const v = values[i];
    const ascending = (k.direction === OrderDirection.ASC) !== reverse;
    if (ascending) {
      if (v === null) continue; // nothing is after NULL at this key
      ands.push(`(${k.sql} > ${fc.params.add(v, k.cast)} OR ${k.sql} IS NULL)`);
    } else {
      ands.push(v === null ? `${k.sql} IS NOT NULL` : `${k.sql} < ${fc.params.add(v, k.cast)}`);
    }
    ors.push(`(${ands.join(' AND ')})`);
  }
  return ors.length ? `(${ors.join(' OR ')})` : 'FALSE';
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument: string, length: number): unknown[] {
  let values: unknown;
  try {
    values = /^[A-Za-z0-9_-]{1,2000}$/.test(cursor) ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
  } catch {
    values = null;
  }
  if (!Array.isArray(values) || values.length !== length || values.some((v) => v !== null && typeof v !== 'string' && typeof v !== 'number')) {
    throw new UserInputError(`\`${argument}\` is not a cursor of this list with this order; use a cursor returned by the same query.`, argument);
  }
  return values;
}
