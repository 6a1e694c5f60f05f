import { buildSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLSchema, lexicographicSortSchema, parse, printSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { AgencyLineageResolver, AgencyMutationResolver, AgencyResolver } from '../features/agency/agency.resolver';
import { AgreementMutationResolver, AgreementPartyResolver, AgreementResolver } from '../features/agreement/agreement.resolver';
import { CountryMutationResolver, CountryResolver, PartnerDesignationResolver } from '../features/country/country.resolver';
import { DomainMutationResolver, DomainResolver } from '../features/domain/domain.resolver';
import { AvailabilityResolver, ExpertMutationResolver, ExpertResolver } from '../features/expert/expert.resolver';
import { GraphEdgeResolver, GraphPathResolver, GraphPathStepResolver, GraphResolver, NeighborhoodResolver, OverlapResolver } from '../features/graph/graph.resolver';
import { ChangeResolver } from '../features/history/history.resolver';
import { ImportResolver } from '../features/import/import.resolver';
import { AssignmentResolver, MissionMutationResolver, MissionResolver } from '../features/mission/mission.resolver';
import { AffiliationResolver, PersonMutationResolver, PersonResolver } from '../features/person/person.resolver';
import { SearchResolver } from '../features/search/search.resolver';
import { CitationResolver, SourceMutationResolver, SourceResolver } from '../features/source/source.resolver';
import { StatsResolver } from '../features/stats/stats.resolver';
import { ArchiveResolver } from './archive';
import type { Context } from './context';
import { FuzzyDateResolver } from './fuzzy-date.resolver';
import { tryFromGlobalId } from './global-id';
import { NodeResolver } from './node.resolver';
import { nodeTypes } from './node-types';
import { DateScalar } from './scalars';

export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  FuzzyDateResolver,
  AgencyResolver,
  AgencyLineageResolver,
  AgreementResolver,
  AgreementPartyResolver,
  CountryResolver,
  PartnerDesignationResolver,
  DomainResolver,
  PersonResolver,
  AffiliationResolver,
  ExpertResolver,
  AvailabilityResolver,
  MissionResolver,
  AssignmentResolver,
  SourceResolver,
  CitationResolver,
  StatsResolver,
  SearchResolver,
  GraphResolver,
  NeighborhoodResolver,
  GraphEdgeResolver,
  GraphPathResolver,
  GraphPathStepResolver,
  OverlapResolver,
  ChangeResolver,
  MissionMutationResolver,
  AgencyMutationResolver,
  AgreementMutationResolver,
  CountryMutationResolver,
  DomainMutationResolver,
  PersonMutationResolver,
  ExpertMutationResolver,
  SourceMutationResolver,
  ArchiveResolver,
  ImportResolver,
];

let built: Promise<GraphQLSchema> | undefined;

/** The schema as TypeGraphQL builds it from the decorated classes, sorted for stable output. */
async function baseSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    orphanedTypes: Object.values(nodeTypes),
    scalarsMap: [{ type: Date, scalar: DateScalar }],
    validate: false,
  });
  schema.getQueryType()!.description =
    'The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends.';
  const mutation = schema.getMutationType();
  if (mutation) {
    mutation.description =
      'The coordinators\' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any).';
  }
  return lexicographicSortSchema(schema);
}

/**
 * The served schema: an Apollo Federation 2 subgraph. Every node type is an entity keyed
 * by its global ID, so another subgraph can extend Agency or Mission and a router can
 * resolve references through `_entities`.
 */
export function coopgraphSchema(): Promise<GraphQLSchema> {
  built ??= baseSchema().then((schema) => {
    const entityKeys = Object.keys(nodeTypes)
      .map((type) => `extend type ${type} @key(fields: "id")`)
      .join('\n');
    const typeDefs = parse(
      `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])\n${printSchema(schema)}\n${entityKeys}`,
    );
    const resolverMap = createResolversMap(schema) as Record<string, Record<string, unknown>>;
    for (const [type, entity] of Object.entries(nodeTypes)) {
      resolverMap[type] = {
        ...resolverMap[type],
        __resolveReference: (reference: { id: string }, ctx: Context) => {
          const decoded = tryFromGlobalId(reference.id);
          if (!decoded || decoded.type !== type) return null;
          return ctx.loaders.byId(entity as never).load(decoded.id);
        },
      };
    }
    return buildSubgraphSchema({ typeDefs, resolvers: resolverMap as never });
  });
  return built;
}
