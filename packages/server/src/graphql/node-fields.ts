import { Args, Ctx, FieldResolver, Resolver, Root, type ClassType, Extensions } from 'type-graphql';
import { READS_ID } from './plain-fields';
import { ChangeConnection } from '../features/history/history.resolver';
import { historyOf } from '../features/history/history.loaders';
import type { Change } from '../features/history/change.entity';
import { PageArgs, type ConnectionResult } from './connection';
import { Citation, Source } from '../features/source/source.entity';
import { citationsOf, sourcesOf } from '../features/source/source.loaders';
import type { Context } from './context';
import type { NodeEntity } from './node';

/**
 * Fields every node type has beside its own: its provenance. Each feature resolver
 * extends the class this returns for its type.
 */
export function NodeFieldsResolver<T extends NodeEntity>(type: ClassType<T>) {
  @Resolver(() => type)
  abstract class NodeFields {
    @Extensions(READS_ID)
    @FieldResolver(() => [Source], { description: 'The sources this is based on.' })
    sources(@Root() node: T, @Ctx() ctx: Context): Promise<Source[]> {
      return sourcesOf(ctx, node.id);
    }

    @Extensions(READS_ID)
    @FieldResolver(() => [Citation], { description: 'The citations of sources this makes, with the supporting passages.' })
    citations(@Root() node: T, @Ctx() ctx: Context): Promise<Citation[]> {
      return citationsOf(ctx, node.id);
    }

    @Extensions(READS_ID)
    @FieldResolver(() => ChangeConnection, { description: 'Every recorded change to this object, newest first. Read-only.' })
    history(@Root() node: T, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<ConnectionResult<Change>> {
      return historyOf(ctx, node.id, args);
    }
  }
  return NodeFields;
}
