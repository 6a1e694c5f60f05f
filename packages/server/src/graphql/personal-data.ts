import {
  defaultFieldResolver,
  DirectiveLocation,
  GraphQLDirective,
  isInterfaceType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { Directive, Extensions } from 'type-graphql';
import type { Context } from './context';
import { canReadPersonalData, ForbiddenError } from './permissions';

export const PERSONAL_DATA_DIRECTIVE = new GraphQLDirective({
  name: 'personalData',
  description: 'Marks a field that holds personal data: it resolves to null, with a FORBIDDEN error, for roles that may not read personal data, and every read is logged.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
});

/** Marks a field as personal data: in the schema (directive and extension) and, through `guardPersonalData`, at run time. */
export function PersonalData(): PropertyDecorator & MethodDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    Directive('@personalData')(target, key, descriptor as never);
    Extensions({ personalData: true })(target, key, descriptor as never);
  };
}

/** Set on the resolver of every guarded field: the schema test checks that no marked field lacks it. */
export const PERSONAL_DATA_GUARD = Symbol('personalDataGuard');

export function isPersonalDataField(field: GraphQLField<unknown, unknown>): boolean {
  return field.extensions?.personalData === true || Boolean(field.astNode?.directives?.some((d) => d.name.value === 'personalData'));
}

export function isGuarded(field: GraphQLField<unknown, unknown>): boolean {
  return Boolean(field.resolve && (field.resolve as unknown as Record<symbol, unknown>)[PERSONAL_DATA_GUARD]);
}

/**
 * Wraps the resolver of every personal-data field of every object type: whatever route
 * reached the object (a list, `node(id)`, a relation, a fragment on an interface), the
 * field is null with a FORBIDDEN error for roles without the right, and logged otherwise.
 */
export function guardPersonalData(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isPersonalDataField(field as GraphQLField<unknown, unknown>) || isGuarded(field as GraphQLField<unknown, unknown>)) continue;
      const names = personalFields.get(type.name) ?? new Set<string>();
      names.add(field.name).add(field.name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
      personalFields.set(type.name, names);
      const inner: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      const typeName = type.name;
      const guarded: GraphQLFieldResolver<unknown, Context> = (source, args, ctx, info) => {
        if (!canReadPersonalData(ctx)) {
          throw new ForbiddenError(
            `${typeName}.${field.name} is personal data, readable by coordinators and admins only; you are ${ctx.actor.role ?? 'not signed in'}. Leave it out of the query.`,
          );
        }
        const subject = source as { id?: unknown; constructor?: { name?: string } };
        if (typeof subject.id === 'string') {
          ctx.personalDataReads.push({ subjectType: info.parentType.name, subjectId: subject.id, field: field.name });
        }
        return inner(source, args, ctx, info);
      };
      (guarded as unknown as Record<symbol, unknown>)[PERSONAL_DATA_GUARD] = true;
      field.resolve = guarded;
    }
  }
  return schema;
}

/** Personal-data field names (and their snake_case column names) by GraphQL type. */
const personalFields = new Map<string, Set<string>>();

/**
 * For routes that return stored values rather than objects (change history `before` and
 * `after`, exports): the personal values of a `typeName` record, set to null for callers who
 * may not read them. Needs the schema built (`coopgraphSchema()`).
 */
export function redactPersonalData<T extends Record<string, unknown>>(ctx: Pick<Context, 'actor'>, typeName: string, values: T | null): T | null {
  const names = personalFields.get(typeName);
  if (!values || !names || canReadPersonalData(ctx)) return values;
  const copy: Record<string, unknown> = { ...values };
  for (const key of Object.keys(copy)) if (names.has(key)) copy[key] = null;
  return copy as T;
}

/**
 * Stored values of a `typeName` record (change history) as the caller may see them:
 * redacted for roles without the right; for the others, every non-empty personal value is
 * logged as a read of that record, like a guarded field.
 */
export function storedValuesFor<T extends Record<string, unknown>>(ctx: Context, typeName: string, subjectId: string, values: T | null): T | null {
  const names = personalFields.get(typeName);
  if (!values || !names) return values;
  if (!canReadPersonalData(ctx)) return redactPersonalData(ctx, typeName, values);
  for (const key of Object.keys(values)) {
    const value = values[key];
    const present = Array.isArray(value) ? value.length > 0 : value != null;
    if (names.has(key) && present) ctx.personalDataReads.push({ subjectType: typeName, subjectId, field: key });
  }
  return values;
}

/** Writes the request's personal-data reads to the access log, in one statement. */
export async function logPersonalDataReads(ctx: Context): Promise<void> {
  const reads = ctx.personalDataReads;
  if (reads.length === 0) return;
  ctx.personalDataReads = [];
  const unique = [...new Map(reads.map((r) => [`${r.subjectType}|${r.subjectId}|${r.field}`, r])).values()];
  await ctx.dataSource.query(
    `INSERT INTO personal_data_read (actor, request_id, subject_type, subject_id, field)
     SELECT $1, $2, t, s::uuid, f FROM unnest($3::text[], $4::text[], $5::text[]) AS r(t, s, f)`,
    [ctx.actor.id, ctx.requestId, unique.map((r) => r.subjectType), unique.map((r) => r.subjectId), unique.map((r) => r.field)],
  );
  ctx.logger.info({ actor: ctx.actor.id, reads: unique.length }, 'personal data read');
}
