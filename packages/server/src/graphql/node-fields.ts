import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
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
    @FieldResolver(() => [Source], { description: 'The sources this is based on.' })
    sources(@Root() node: T, @Ctx() ctx: Context): Promise<Source[]> {
      return sourcesOf(ctx, node.id);
    }

    @FieldResolver(() => [Citation], { description: 'The citations of sources this makes, with the supporting passages.' })
    citations(@Root() node: T, @Ctx() ctx: Context): Promise<Citation[]> {
      return citationsOf(ctx, node.id);
    }
  }
  return NodeFields;
}
