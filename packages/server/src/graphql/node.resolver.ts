import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from './context';
import { UserInputError } from './errors';
import { fromGlobalId } from './global-id';
import { Node, type NodeEntity } from './node';
import { nodeTypes } from './node-types';

const MAX_NODES = 100;

/** Loads a node by global ID; null when well-formed but absent. */
export async function loadNode(ctx: Context, globalId: string, argument: string): Promise<NodeEntity | null> {
  const { type, id } = fromGlobalId(globalId, argument);
  const entity = nodeTypes[type];
  if (!entity) throw new UserInputError(`"${globalId}" is not a valid Coopgraph ID; use an \`id\` returned by the API.`, argument);
  return ctx.loaders.byId(entity as never).load(id) as Promise<NodeEntity | null>;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Fetches any object by its global ID. Null when no object has that ID; an error when the ID is malformed.',
  })
  node(@Arg('id', () => ID, { description: 'A global ID returned by the API.' }) id: string, @Ctx() ctx: Context): Promise<NodeEntity | null> {
    return loadNode(ctx, id, 'id');
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Fetches up to ${MAX_NODES} objects by global ID, in the order given; null for each ID with no object.`,
  })
  nodes(
    @Arg('ids', () => [ID], { description: `Global IDs returned by the API (at most ${MAX_NODES}).` }) ids: string[],
    @Ctx() ctx: Context,
  ): Promise<Array<NodeEntity | null>> {
    if (ids.length > MAX_NODES) throw new UserInputError(`\`ids\` may hold at most ${MAX_NODES} IDs; got ${ids.length}.`, 'ids');
    return Promise.all(ids.map((id, index) => loadNode(ctx, id, `ids[${index}]`)));
  }
}
