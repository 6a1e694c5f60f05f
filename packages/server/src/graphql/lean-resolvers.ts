import { type GraphQLFieldResolver, GraphQLScalarType, type GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type ResolverMeta = ReturnType<typeof getMetadataStorage>['queries'][number];
type ParamMeta = NonNullable<ResolverMeta['params']>[number];
type Getter = (root: unknown, args: Record<string, unknown>, ctx: unknown, info: unknown) => unknown;
type Class = new () => object;

const SIMPLE = new Set<unknown>([String, Number, Boolean, Date, Symbol, BigInt]);

/**
 * Whether a class, or an input class of one of its fields at any depth, gives its instances
 * own properties (initialisers) that the plain objects graphql-js coerces would lack.
 */
function hasInitialisers(type: unknown, seen = new Set<unknown>()): boolean {
  if (typeof type !== 'function' || SIMPLE.has(type) || seen.has(type)) return false;
  seen.add(type);
  try {
    if (Object.keys(new (type as Class)()).length > 0) return true;
  } catch {
    return true;
  }
  const fields = getMetadataStorage().fields.filter((f) => f.target === type || (type as Class).prototype instanceof f.target);
  return fields.some((field) => hasInitialisers(field.getType(), seen));
}

/** `@Root()` as TypeGraphQL gives it: the object itself when it already is of the declared class. */
function rootAs(type: unknown, value: unknown): unknown {
  if (value == null || typeof type !== 'function' || type instanceof GraphQLScalarType || typeof value !== 'object') return value;
  if (SIMPLE.has((value as object).constructor) || value instanceof (type as Class)) return value;
  if (Array.isArray(value)) return value.map((item) => rootAs(type, item));
  const instance = new (type as Class)() as Record<string, unknown>;
  for (const key of Object.keys(instance)) if (instance[key] === undefined && !(key in value)) delete instance[key];
  return Object.assign(instance, value);
}

/** How one decorated parameter is read from graphql-js's resolver arguments; null when not supported here. */
function getterOf(param: ParamMeta): Getter | null {
  switch (param.kind) {
    case 'root': {
      const { propertyName, getType } = param;
      const read: Getter = propertyName ? (root) => (root as Record<string, unknown>)[propertyName] : (root) => root;
      if (!getType) return read;
      return (root, args, ctx, info) => rootAs(getType(), read(root, args, ctx, info));
    }
    case 'context': {
      const { propertyName } = param;
      return propertyName ? (_root, _args, ctx) => (ctx as Record<string, unknown>)[propertyName] : (_root, _args, ctx) => ctx;
    }
    case 'info':
      return (_root, _args, _ctx, info) => info;
    case 'args':
      return hasInitialisers(param.getType()) ? null : (_root, args) => args;
    case 'arg': {
      const { name } = param;
      return hasInitialisers(param.getType()) ? null : (_root, args) => args[name];
    }
    default:
      return null;
  }
}

/**
 * TypeGraphQL calls every field resolver through a generic wrapper: per call it looks the
 * resolver class up in its container (a linear search), sorts the parameter list, converts
 * the arguments to class instances and runs an empty middleware chain. On a nested answer
 * that is done for every object. Field resolvers without middleware, roles or custom
 * parameters are called directly here instead, with the same parameters: the same resolver
 * instance for every call (as TypeGraphQL's default container keeps), arguments as
 * graphql-js coerced them (the argument classes have no initialisers; those that do keep
 * TypeGraphQL's wrapper), and `@Root()` as TypeGraphQL would convert it.
 */
export function leanFieldResolvers(schema: GraphQLSchema, resolverClasses: readonly Function[]): number {
  const storage = getMetadataStorage();
  const typeNames = new Map(storage.objectTypes.map((o) => [o.target, o.name]));
  const instances = new Map<Function, Record<string, unknown>>();
  const done = new Set<string>();
  let replaced = 0;
  const candidates: Array<{ typeName: string | undefined; resolver: ResolverMeta }> = [
    ...storage.fieldResolvers
      .filter((resolver) => resolver.kind === 'external')
      .map((resolver) => ({ typeName: typeNames.get(resolver.getObjectType?.() as Function), resolver: resolver as unknown as ResolverMeta })),
    // Root queries too: their arguments (filters, pages) were converted to classes on every request.
    ...storage.queries.map((resolver) => ({ typeName: schema.getQueryType()?.name, resolver: resolver as unknown as ResolverMeta })),
  ];
  for (const { typeName, resolver } of candidates) {
    if (!resolverClasses.includes(resolver.target)) continue;
    const type = typeName ? schema.getType(typeName) : undefined;
    const key = `${typeName}.${resolver.schemaName}`;
    // TypeGraphQL uses the first matching resolver of a field; so does this.
    if (!type || !isObjectType(type) || done.has(key)) continue;
    done.add(key);
    const field = type.getFields()[resolver.schemaName];
    if (!field || resolver.middlewares?.length || resolver.roles) continue;
    const getters = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index).map(getterOf);
    if (getters.some((getter) => getter === null)) continue;
    let instance = instances.get(resolver.target);
    if (!instance) {
      instance = new (resolver.target as Class)() as Record<string, unknown>;
      instances.set(resolver.target, instance);
    }
    const method = instance[resolver.methodName];
    if (typeof method !== 'function') continue;
    const target = instance;
    const read = getters as Getter[];
    const call: GraphQLFieldResolver<unknown, unknown> =
      read.length === 0
        ? () => method.call(target)
        : read.length === 1
          ? (root, args, ctx, info) => method.call(target, read[0]!(root, args, ctx, info))
          : read.length === 2
            ? (root, args, ctx, info) => method.call(target, read[0]!(root, args, ctx, info), read[1]!(root, args, ctx, info))
            : read.length === 3
              ? (root, args, ctx, info) => method.call(target, read[0]!(root, args, ctx, info), read[1]!(root, args, ctx, info), read[2]!(root, args, ctx, info))
              : (root, args, ctx, info) => method.apply(target, read.map((get) => get(root, args, ctx, info)));
    field.resolve = call;
    replaced += 1;
  }
  return replaced;
}
