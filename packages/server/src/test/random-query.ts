import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** A small deterministic PRNG (mulberry32): the same seed gives the same query. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Strings that have broken text filters elsewhere: quotes, comment markers, LIKE wildcards, backslashes, NUL, unicode. */
export const NASTY_STRINGS = [
  "'",
  '"',
  "' OR '1'='1",
  "'; DROP TABLE person; --",
  '--',
  '/*',
  '*/',
  '%',
  '_',
  '%_%',
  '\\',
  '\\\\%',
  '\u0000',
  'a\u0000b',
  '\u202e',
  '😀',
  '$1',
  '${x}',
  ' ',
  '',
  'BOSA-BTC-2017',
  'e-governance',
  'BJ',
  'press-release-2017-06-bosa-btc',
];

export interface QueryPools {
  /** Global IDs known to exist, and some that do not. */
  ids: string[];
}

const MAX_DEPTH = 5;

/** A random, schema-valid (or nearly: argument values are random) read query. */
export function randomQuery(schema: GraphQLSchema, seed: number, pools: QueryPools): string {
  const next = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const chance = (p: number) => next() < p;

  const literal = (type: GraphQLInputType, depth = 0): string => {
    if (isNonNullType(type)) return literal(type.ofType, depth);
    if (isListType(type)) {
      return `[${Array.from({ length: 1 + Math.floor(next() * 3) }, () => literal(type.ofType as GraphQLInputType, depth + 1)).join(', ')}]`;
    }
    if (isEnumType(type)) return pick(type.getValues()).name;
    if (isInputObjectType(type)) {
      if (depth > 3) return '{}';
      const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || chance(0.3));
      return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, depth + 1)}`).join(', ')} }`;
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int':
          return String(pick([0, 1, 2, 3, 5, 10, -1, 100, 101, 2147483647]));
        case 'Float':
          return String(pick([0, 1.5, -3, 1e9]));
        case 'Boolean':
          return pick(['true', 'false']);
        case 'ID':
          return JSON.stringify(chance(0.8) ? pick(pools.ids) : pick(NASTY_STRINGS));
        case 'Date':
          return JSON.stringify(pick(['2017-06-02', '2018-01-01', '1999-12-31', '2017-02-30', 'yesterday']));
        case 'DateTimeISO':
          return JSON.stringify(pick(['2017-06-02T00:00:00Z', 'not a time']));
        default:
          return JSON.stringify(pick(NASTY_STRINGS));
      }
    }
    return 'null';
  };

  const args = (list: readonly GraphQLArgument[]): string => {
    const parts: string[] = [];
    for (const arg of list) {
      if (arg.name === 'first' && chance(0.9)) parts.push(`first: ${pick([1, 2, 3, 5])}`);
      else if (arg.name === 'last' || arg.name === 'after' || arg.name === 'before') {
        if (chance(0.1)) parts.push(`${arg.name}: ${literal(arg.type)}`);
      } else if (isNonNullType(arg.type) || chance(0.3)) parts.push(`${arg.name}: ${literal(arg.type)}`);
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  };

  const selection = (type: GraphQLNamedType, depth: number): string => {
    if (isAbstractType(type)) {
      const possible = schema.getPossibleTypes(type);
      const chosen = possible.filter(() => chance(0.3)).slice(0, 3);
      const common = isInterfaceType(type) ? selectFields(type as unknown as GraphQLObjectType, depth) : '';
      return `{ __typename ${common} ${chosen.map((t) => `... on ${t.name} ${selection(t, depth + 1)}`).join(' ')} }`;
    }
    return `{ __typename ${selectFields(type as GraphQLObjectType, depth)} }`;
  };

  const selectFields = (type: GraphQLObjectType, depth: number): string => {
    const fields = Object.values(type.getFields()).filter((f) => !f.name.startsWith('__'));
    const count = 1 + Math.floor(next() * Math.min(4, fields.length));
    const chosen = new Set<string>();
    const parts: string[] = [];
    for (let i = 0; i < count * 2 && chosen.size < count; i += 1) {
      const field = pick(fields);
      if (chosen.has(field.name)) continue;
      const named = getNamedType(field.type);
      if (!isLeafType(named) && depth >= MAX_DEPTH) continue;
      if (field.args.some((a) => isNonNullType(a.type) && isInputObjectType(getNamedType(a.type))) && depth > 2) continue;
      chosen.add(field.name);
      parts.push(`${field.name}${args(field.args)}${isLeafType(named) ? '' : ` ${selection(named, depth + 1)}`}`);
    }
    return parts.join(' ');
  };

  const query = schema.getQueryType()!;
  return `query Random${seed >>> 0} ${selection(query, 0)}`;
}

/** Every object type with a root list (connection) field, and that field's name. */
export function isConnectionOf(schema: GraphQLSchema, typeName: string): string | undefined {
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const named = getNamedType(field.type);
    if (isObjectType(named) && named.name === `${typeName}Connection`) return field.name;
  }
  return undefined;
}
