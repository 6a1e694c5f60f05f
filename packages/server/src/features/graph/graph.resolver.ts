import { Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { UserInputError } from '../../graphql/errors';
import { Node, type NodeEntity } from '../../graphql/node';
import { nodeTypes } from '../../graphql/node-types';
import { NeighborhoodArgs, OverlapArgs, PathsArgs } from './graph.inputs';
import {
  article,
  checkRange,
  graphNodeRef,
  MAX_DEPTH,
  MAX_NEIGHBORHOOD_LIMIT,
  MAX_OVERLAP_LIMIT,
  MAX_PATH_LENGTH,
  MAX_PATHS,
  neighborhood,
  overlap,
  OVERLAP_INPUT,
  shortestPaths,
  walkOptions,
} from './graph.service';
import { DEFAULT_EDGE_KINDS, GraphEdge, GraphPath, GraphPathStep, Neighborhood, Overlap, type NodeRef } from './graph.types';

/** Loads a node named by SQL through the request's loaders (one statement per type, whatever the count). */
function loadRef(ctx: Context, ref: NodeRef): Promise<NodeEntity | null> {
  return ctx.loaders.byId(nodeTypes[ref.type] as never).load(ref.id) as Promise<NodeEntity | null>;
}

async function loadRefs(ctx: Context, refs: NodeRef[]): Promise<NodeEntity[]> {
  // A node deleted since the question was answered is left out rather than failing the request.
  return (await Promise.all(refs.map((ref) => loadRef(ctx, ref)))).filter((node): node is NodeEntity => node !== null);
}

async function loadRequired(ctx: Context, ref: NodeRef): Promise<NodeEntity> {
  const node = await loadRef(ctx, ref);
  if (!node) throw new UserInputError(`The ${ref.type} on this edge no longer exists; ask again.`);
  return node;
}

@Resolver()
export class GraphResolver {
  @Query(() => Neighborhood, {
    nullable: true,
    description:
      'The nodes within `depth` steps of a node, walking edges both ways, and the edges among them; null when the ID names nothing. Computed in one SQL statement, nearest nodes first.',
  })
  neighborhood(@Args(() => NeighborhoodArgs) args: NeighborhoodArgs, @Ctx() ctx: Context): Promise<Neighborhood | null> {
    const start = graphNodeRef(args.id, 'id');
    checkRange('depth', args.depth, 1, MAX_DEPTH, 'Ask again from one of the nodes found to go further.');
    checkRange('limit', args.limit, 1, MAX_NEIGHBORHOOD_LIMIT);
    const walk = walkOptions(args.edgeKinds, args.types, DEFAULT_EDGE_KINDS);
    return neighborhood(ctx.dataSource, start, args.depth, args.limit, walk, ctx.config.graphScanLimit);
  }

  @Query(() => [GraphPath], {
    description:
      'The shortest paths between two nodes, of at most `maxLength` steps, walking edges both ways: all of that shortest length (up to `limit`), in a stable order. Empty when no path is that short, or when an ID names nothing. A question that would touch too much of the graph fails with QUERY_TOO_BROAD.',
  })
  paths(@Args(() => PathsArgs) args: PathsArgs, @Ctx() ctx: Context): Promise<GraphPath[]> {
    const from = graphNodeRef(args.from, 'from');
    const to = graphNodeRef(args.to, 'to');
    if (from.id === to.id) throw new UserInputError('`from` and `to` are the same node; a path needs two.', 'to');
    checkRange('maxLength', args.maxLength, 1, MAX_PATH_LENGTH, 'Longer connections are better found by asking from a node in between.');
    checkRange('limit', args.limit, 1, MAX_PATHS);
    const walk = walkOptions(args.edgeKinds, args.types, DEFAULT_EDGE_KINDS);
    return shortestPaths(ctx.dataSource, from, to, args.maxLength, args.limit, walk, ctx.config.graphScanLimit);
  }

  @Query(() => Overlap, {
    description: 'What two nodes share: the experts or agreements of two agencies, the missions of two agreements. Counted and listed in one SQL statement.',
  })
  overlap(@Args(() => OverlapArgs) args: OverlapArgs, @Ctx() ctx: Context): Promise<Overlap> {
    const expected = OVERLAP_INPUT[args.shared];
    const a = graphNodeRef(args.a, 'a');
    const b = graphNodeRef(args.b, 'b');
    for (const [argument, ref] of [['a', a], ['b', b]] as const) {
      if (ref.type !== expected) {
        throw new UserInputError(`\`${argument}\` must be the ID of ${article(expected)} ${expected} for shared: ${args.shared.toUpperCase()}; got the ID of ${article(ref.type)} ${ref.type}.`, argument);
      }
    }
    if (a.id === b.id) throw new UserInputError('`a` and `b` are the same node; an overlap needs two.', 'b');
    checkRange('limit', args.limit, 1, MAX_OVERLAP_LIMIT);
    return overlap(ctx.dataSource, args.shared, a, b, args.limit);
  }
}

@Resolver(() => Neighborhood)
export class NeighborhoodResolver {
  @FieldResolver(() => [Node], { description: 'The nodes found: the start node first, then by distance, then by type and ID.' })
  nodes(@Root() result: Neighborhood, @Ctx() ctx: Context): Promise<NodeEntity[]> {
    return loadRefs(ctx, result.refs);
  }

  @FieldResolver(() => [GraphEdge], { description: 'Every edge of the walked kinds between two of the nodes found, whichever their distances, by kind and IDs.' })
  edges(@Root() result: Neighborhood): GraphEdge[] {
    return result.edgeRows;
  }

  @FieldResolver(() => [Int], { description: 'The distance of each node of `nodes` from the start node, in the same order (0 for the start node).' })
  async depths(@Root() result: Neighborhood, @Ctx() ctx: Context): Promise<number[]> {
    const nodes = await loadRefs(ctx, result.refs);
    return nodes.map((node) => result.depths.get(node.id) ?? 0);
  }
}

@Resolver(() => GraphEdge)
export class GraphEdgeResolver {
  @FieldResolver(() => Node, { description: 'The node the edge starts from, in its stored direction.' })
  from(@Root() edge: GraphEdge, @Ctx() ctx: Context): Promise<NodeEntity> {
    return loadRequired(ctx, edge.fromRef);
  }

  @FieldResolver(() => Node, { description: 'The node the edge leads to, in its stored direction.' })
  to(@Root() edge: GraphEdge, @Ctx() ctx: Context): Promise<NodeEntity> {
    return loadRequired(ctx, edge.toRef);
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description: 'The edge\'s own node when it has fields of its own (an AgreementParty, Assignment, Affiliation, AgencyLineage or Citation); null for plain links.',
  })
  via(@Root() edge: GraphEdge, @Ctx() ctx: Context): Promise<NodeEntity | null> {
    return edge.viaRef ? loadRef(ctx, edge.viaRef) : Promise.resolve(null);
  }
}

@Resolver(() => GraphPath)
export class GraphPathResolver {
  @FieldResolver(() => [Node], { description: 'Every node on the path in order, from the start node to the end node (`length` + 1 of them).' })
  nodes(@Root() path: GraphPath, @Ctx() ctx: Context): Promise<NodeEntity[]> {
    return loadRefs(ctx, path.nodeRefs);
  }
}

@Resolver(() => GraphPathStep)
export class GraphPathStepResolver {
  @FieldResolver(() => Node, { description: 'The node the step arrives at.' })
  node(@Root() step: GraphPathStep, @Ctx() ctx: Context): Promise<NodeEntity> {
    return loadRequired(ctx, step.nodeRef);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The edge\'s own node when it has fields of its own (for example the AgreementParty, with the role); null for plain links.' })
  via(@Root() step: GraphPathStep, @Ctx() ctx: Context): Promise<NodeEntity | null> {
    return step.viaRef ? loadRef(ctx, step.viaRef) : Promise.resolve(null);
  }
}

@Resolver(() => Overlap)
export class OverlapResolver {
  @FieldResolver(() => [Node], { description: 'The shared nodes, the first `limit` of them in ID order.' })
  nodes(@Root() result: Overlap, @Ctx() ctx: Context): Promise<NodeEntity[]> {
    return loadRefs(ctx, result.refs);
  }
}
