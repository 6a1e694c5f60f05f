import { ArgsType, Field, ID, Int } from 'type-graphql';
import { MAX_DEPTH, MAX_NEIGHBORHOOD_LIMIT, MAX_OVERLAP_LIMIT, MAX_PATH_LENGTH, MAX_PATHS } from './graph.service';
import { GraphEdgeKind, GraphNodeType, OverlapKind } from './graph.types';

const EDGE_KINDS_DESCRIPTION = 'The kinds of edge to walk, in either direction; every kind but CITATION when left out.';

@ArgsType()
export class NeighborhoodArgs {
  @Field(() => ID, { description: 'The global ID of the node to start from: an agency, agreement, country, domain, expert, mission, partner designation, person or source.' })
  id!: string;

  @Field(() => Int, { defaultValue: 1, description: `How many steps away from the start node to go: 1 to ${MAX_DEPTH}.` })
  depth!: number;

  @Field(() => [GraphNodeType], {
    nullable: true,
    description: 'Only nodes of these types are reached, and only they are walked through (the start node always counts); every type when left out.',
  })
  types?: GraphNodeType[] | null;

  @Field(() => [GraphEdgeKind], { nullable: true, description: EDGE_KINDS_DESCRIPTION })
  edgeKinds?: GraphEdgeKind[] | null;

  @Field(() => Int, {
    defaultValue: 100,
    description: `The most nodes to return, the start node included: 1 to ${MAX_NEIGHBORHOOD_LIMIT}. The nearest are kept (then by type and ID); \`truncated\` says when some were left out.`,
  })
  limit!: number;
}

@ArgsType()
export class PathsArgs {
  @Field(() => ID, { description: 'The global ID of the node the paths start from.' })
  from!: string;

  @Field(() => ID, { description: 'The global ID of the node the paths end at.' })
  to!: string;

  @Field(() => Int, { defaultValue: 3, description: `The longest path to look for, in steps: 1 to ${MAX_PATH_LENGTH}.` })
  maxLength!: number;

  @Field(() => [GraphNodeType], {
    nullable: true,
    description: 'Only nodes of these types may lie between the two ends (the ends always count); every type when left out.',
  })
  types?: GraphNodeType[] | null;

  @Field(() => [GraphEdgeKind], { nullable: true, description: EDGE_KINDS_DESCRIPTION })
  edgeKinds?: GraphEdgeKind[] | null;

  @Field(() => Int, { defaultValue: 10, description: `The most paths to return: 1 to ${MAX_PATHS}.` })
  limit!: number;
}

@ArgsType()
export class OverlapArgs {
  @Field(() => ID, { description: 'The global ID of the first node: an agency for EXPERTS and AGREEMENTS, an agreement for MISSIONS.' })
  a!: string;

  @Field(() => ID, { description: 'The global ID of the second node, of the same type as `a`.' })
  b!: string;

  @Field(() => OverlapKind, { description: 'What the two nodes are asked to share; each value defines it precisely.' })
  shared!: OverlapKind;

  @Field(() => Int, { defaultValue: 100, description: `The most shared nodes to list in \`nodes\`: 1 to ${MAX_OVERLAP_LIMIT}. \`count\` counts them all.` })
  limit!: number;
}
