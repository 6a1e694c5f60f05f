import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/**
 * The node types of the graph that graph questions walk. Each value is the GraphQL type
 * name, which is also what the `graph_edge` view stores in `from_type` / `to_type`.
 * Edges with fields of their own (AgreementParty, Assignment, ...) are not nodes here:
 * they are the `via` of an edge.
 */
export enum GraphNodeType {
  AGENCY = 'Agency',
  AGREEMENT = 'Agreement',
  COUNTRY = 'Country',
  DOMAIN = 'Domain',
  EXPERT = 'Expert',
  MISSION = 'Mission',
  PARTNER_DESIGNATION = 'PartnerDesignation',
  PERSON = 'Person',
  SOURCE = 'Source',
}

registerEnumType(GraphNodeType, {
  name: 'GraphNodeType',
  description: 'A type of node that graph questions (`neighborhood`, `paths`, `overlap`) walk through.',
  valuesConfig: {
    AGENCY: { description: 'Agencies.' },
    AGREEMENT: { description: 'Agreements.' },
    COUNTRY: { description: 'Countries.' },
    DOMAIN: { description: 'Domains of cooperation.' },
    EXPERT: { description: 'Experts.' },
    MISSION: { description: 'Missions.' },
    PARTNER_DESIGNATION: { description: 'Partner-country designations (a country in a programme over a period).' },
    PERSON: { description: 'People (signatories, contacts, the people behind experts).' },
    SOURCE: { description: 'Sources, reached only through CITATION edges.' },
  },
});

export const GRAPH_NODE_TYPES: readonly GraphNodeType[] = Object.values(GraphNodeType);

/** The kinds of edge in the `graph_edge` view; the value is what the view stores in `kind`. */
export enum GraphEdgeKind {
  PARTY = 'party',
  SIGNATORY = 'signatory',
  COVERS_DOMAIN = 'covers_domain',
  COVERS_COUNTRY = 'covers_country',
  PARENT_AGREEMENT = 'parent_agreement',
  RUNS_UNDER = 'runs_under',
  MISSION_COUNTRY = 'mission_country',
  MISSION_DOMAIN = 'mission_domain',
  ASSIGNMENT = 'assignment',
  EMPLOYER = 'employer',
  EXPERTISE = 'expertise',
  PERSON = 'person',
  AFFILIATION = 'affiliation',
  LINEAGE = 'lineage',
  DESIGNATION = 'designation',
  PARENT_DOMAIN = 'parent_domain',
  AGENCY_COUNTRY = 'agency_country',
  CITATION = 'citation',
}

registerEnumType(GraphEdgeKind, {
  name: 'GraphEdgeKind',
  description: 'A kind of edge in the graph, with the direction it is stored in (`from` → `to`). Graph questions walk edges both ways.',
  valuesConfig: {
    PARTY: { description: 'Agency → Agreement: the agency is a party to the agreement (one edge per role; `via` is the AgreementParty).' },
    SIGNATORY: { description: 'Person → Agreement: the person signed the agreement for a party (`via` is the AgreementParty).' },
    COVERS_DOMAIN: { description: 'Agreement → Domain: the agreement covers the domain.' },
    COVERS_COUNTRY: { description: 'Agreement → Country: the agreement covers the country.' },
    PARENT_AGREEMENT: { description: 'Agreement → Agreement: a child agreement to its framework agreement.' },
    RUNS_UNDER: { description: 'Mission → Agreement: the mission runs under the agreement.' },
    MISSION_COUNTRY: { description: 'Mission → Country: the mission takes place in the country.' },
    MISSION_DOMAIN: { description: 'Mission → Domain: the mission works in the domain.' },
    ASSIGNMENT: { description: 'Mission → Expert: the expert is assigned to the mission (`via` is the Assignment).' },
    EMPLOYER: { description: 'Expert → Agency: the agency employs the expert.' },
    EXPERTISE: { description: 'Expert → Domain: the expert has expertise in the domain.' },
    PERSON: { description: 'Expert → Person: the person the expert is.' },
    AFFILIATION: { description: 'Person → Agency: the person works for the agency (`via` is the Affiliation).' },
    LINEAGE: { description: 'Agency → Agency: predecessor to successor, a merger or a split (`via` is the AgencyLineage).' },
    DESIGNATION: { description: 'PartnerDesignation → Country: the designation makes the country a partner country of a programme.' },
    PARENT_DOMAIN: { description: 'Domain → Domain: a domain to the broader domain it belongs to.' },
    AGENCY_COUNTRY: { description: 'Agency → Country: the country the agency belongs to.' },
    CITATION: {
      description:
        'Agency, Agreement, Country, Domain, Expert, Mission, PartnerDesignation or Person → Source: the node cites the source (`via` is the Citation). Not walked unless asked for in `edgeKinds`: every fact cites one of a few sources, which would connect everything in two steps.',
    },
  },
});

/** Every kind but CITATION: the kinds graph questions walk when `edgeKinds` is not given. */
export const DEFAULT_EDGE_KINDS: readonly GraphEdgeKind[] = Object.values(GraphEdgeKind).filter((k) => k !== GraphEdgeKind.CITATION);

export enum GraphDirection {
  FORWARD = 'forward',
  BACKWARD = 'backward',
}

registerEnumType(GraphDirection, {
  name: 'GraphDirection',
  description: 'Which way a path walks an edge, relative to the direction the edge is stored in.',
  valuesConfig: {
    FORWARD: { description: 'From the edge\'s `from` to its `to` (an agency to an agreement it is party to).' },
    BACKWARD: { description: 'From the edge\'s `to` to its `from` (an agreement to an agency that is party to it).' },
  },
});

export enum OverlapKind {
  EXPERTS = 'experts',
  AGREEMENTS = 'agreements',
  MISSIONS = 'missions',
}

registerEnumType(OverlapKind, {
  name: 'OverlapKind',
  description: 'What two nodes are asked to share in `overlap`.',
  valuesConfig: {
    EXPERTS: {
      description:
        'Two agencies: the experts who work for both. An expert works for an agency when the agency employs the expert, or when the expert is assigned to a mission that runs under an agreement the agency is a party to (in any role).',
    },
    AGREEMENTS: { description: 'Two agencies: the agreements both are parties to (in any role).' },
    MISSIONS: {
      description:
        'Two agreements: the missions related to both. A mission is related to an agreement when it runs under the agreement or under a child agreement of it, or when an expert assigned to it is employed by an agency that is a party to the agreement.',
    },
  },
});

/** A node of a graph answer, as SQL returns it: its type name and row ID. */
export interface NodeRef {
  type: string;
  id: string;
}

@ObjectType('GraphEdge', {
  description: 'An edge of the graph: a kind, the two nodes it links in its stored direction, and the edge\'s own node when it has fields of its own.',
})
export class GraphEdge {
  @Field(() => GraphEdgeKind, { description: 'What the edge means.' })
  kind!: GraphEdgeKind;

  /** The ends and the edge's own node, as SQL returns them; the resolver loads them. */
  fromRef!: NodeRef;
  toRef!: NodeRef;
  viaRef!: NodeRef | null;
}

@ObjectType('Neighborhood', {
  description: 'The nodes within a few steps of a node, and the edges among them.',
})
export class Neighborhood {
  /** Nodes in breadth-first order: the start node, then by distance, then by type and ID. */
  refs!: NodeRef[];

  /** Distance from the start node, by row ID. */
  depths!: Map<string, number>;

  edgeRows!: GraphEdge[];

  @Field(() => Boolean, {
    description:
      'True when the answer was cut: more nodes lie within `depth` than `limit` allows, an edge scan reached the server\'s scan limit, or the edges among the nodes exceed ten times `limit`. The nodes kept are then the nearest ones.',
  })
  truncated!: boolean;
}

@ObjectType('GraphPathStep', {
  description: 'One step of a path: the edge it follows, which way, and the node it arrives at.',
})
export class GraphPathStep {
  /** The node the step arrives at. */
  nodeRef!: NodeRef;

  /** The edge's own node, when it has one. */
  viaRef!: NodeRef | null;

  @Field(() => GraphEdgeKind, { description: 'The kind of edge the step follows.' })
  kind!: GraphEdgeKind;

  @Field(() => GraphDirection, { description: 'Whether the step walks the edge in its stored direction or against it.' })
  direction!: GraphDirection;
}

@ObjectType('GraphPath', {
  description: 'A path between two nodes: its length and its steps, in order from the start node.',
})
export class GraphPath {
  /** Every node on the path, the start node first. */
  nodeRefs!: NodeRef[];

  @Field(() => Int, { description: 'The number of steps (edges) of the path.' })
  length!: number;

  @Field(() => [GraphPathStep], { description: 'The steps, in order from the start node; the last one arrives at the end node.' })
  steps!: GraphPathStep[];
}

@ObjectType('Overlap', {
  description: 'What two nodes share, by a definition given by its `kind`.',
})
export class Overlap {
  @Field(() => OverlapKind, { description: 'What was asked to be shared.' })
  kind!: OverlapKind;

  @Field(() => Int, { description: 'How many nodes the two share, all of them (not only those listed in `nodes`).' })
  count!: number;

  /** The first `limit` shared nodes, in ID order. */
  refs!: NodeRef[];
}
