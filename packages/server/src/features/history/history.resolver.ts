import { GraphQLJSONObject } from 'graphql-scalars';
import { Args, ArgsType, Ctx, Field, FieldResolver, GraphQLISODateTime, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { connectionType, PageArgs, type ConnectionResult } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id';
import { Node, type NodeEntity } from '../../graphql/node';
import { nodeTypes } from '../../graphql/node-types';
import { storedValuesFor } from '../../graphql/personal-data';
import { Change, ChangeOperation } from './change.entity';
import { changeConnection, changeCursor } from './history.loaders';

export const ChangeConnection = connectionType(Change, 'Change', 'recorded changes, newest first');

@InputType('ChangeFilter', { description: 'Narrows the change history; the conditions given must all hold.' })
export class ChangeFilter {
  @Field(() => String, { nullable: true, description: 'Only changes made by this actor (as shown in `Change.actor`).' })
  actor?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only changes to these GraphQL types (for example ["Mission", "Assignment"]).' })
  subjectTypes?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only changes to this node or edge (its global ID).' })
  subject?: string | null;

  @Field(() => [ChangeOperation], { nullable: true, description: 'Only these operations.' })
  operations?: ChangeOperation[] | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Only changes made at or after this instant.' })
  since?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Only changes made before this instant.' })
  until?: Date | null;
}

@ArgsType()
export class ChangesArgs extends PageArgs {
  @Field(() => ChangeFilter, { nullable: true, description: 'Which changes to list.' })
  filter?: ChangeFilter | null;
}

/**
 * A page of the change history, newest first, with keyset cursors on the change's
 * sequence number (`after` goes towards older changes).
 */
export async function paginateChanges(dataSource: DataSource, args: PageArgs, filter: ChangeFilter): Promise<ConnectionResult<Change>> {
  const cursor = changeCursor(args);
  const base = () => {
    const qb = dataSource.getRepository(Change).createQueryBuilder('c');
    if (filter.subject) {
      const { id } = fromGlobalId(filter.subject, 'filter.subject');
      qb.andWhere('c.subject_id = :subject', { subject: id });
    }
    if (filter.actor) qb.andWhere('c.actor = :actor', { actor: filter.actor });
    if (filter.subjectTypes?.length) qb.andWhere('c.subject_type = ANY(:types)', { types: filter.subjectTypes });
    if (filter.operations?.length) qb.andWhere('c.operation = ANY(:ops)', { ops: filter.operations });
    if (filter.since) qb.andWhere('c.occurred_at >= :since', { since: filter.since });
    if (filter.until) qb.andWhere('c.occurred_at < :until', { until: filter.until });
    return qb;
  };
  const qb = base();
  // Newest first: "after" a cursor means older, that is a smaller sequence number.
  if (cursor.after) qb.andWhere('c.id < :after', { after: cursor.after });
  if (cursor.before) qb.andWhere('c.id > :before', { before: cursor.before });
  qb.orderBy('c.id', cursor.backward ? 'ASC' : 'DESC').limit(cursor.size + 1);
  const rows = cursor.size === 0 ? [] : await qb.getMany();
  return changeConnection(rows, cursor, () => base().getCount());
}

@Resolver(() => Change)
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description: 'The change history of the whole registry, newest first: every write with its actor, time, operation and values. Read-only: no mutation changes it.',
  })
  changes(@Args(() => ChangesArgs) args: ChangesArgs, @Ctx() ctx: Context): Promise<ConnectionResult<Change>> {
    return paginateChanges(ctx.dataSource, args, args.filter ?? {});
  }

  @FieldResolver(() => ID, { description: 'The global ID of the changed node or edge (it may since have been removed).' })
  subjectId(@Root() change: Change): string {
    return toGlobalId(change.subjectType, change.subjectId);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The changed node or edge as it is now; null when it has been removed or is not a node.' })
  async subject(@Root() change: Change, @Ctx() ctx: Context): Promise<NodeEntity | null> {
    const entity = nodeTypes[change.subjectType];
    if (!entity) return null;
    return (await ctx.loaders.byId(entity as never).load(change.subjectId)) as NodeEntity | null;
  }

  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: 'The stored values before the change (columns by name); null for a creation. Personal data (a person\'s `email`, `phones`) is null for roles that may not read it.' })
  before(@Root() change: Change, @Ctx() ctx: Context): Record<string, unknown> | null {
    return storedValuesFor(ctx, change.subjectType, change.subjectId, change.before);
  }

  @FieldResolver(() => GraphQLJSONObject, { nullable: true, description: 'The stored values after the change (columns by name); null for a removal. Personal data is null for roles that may not read it.' })
  after(@Root() change: Change, @Ctx() ctx: Context): Record<string, unknown> | null {
    return storedValuesFor(ctx, change.subjectType, change.subjectId, change.after);
  }
}

export { Change };
