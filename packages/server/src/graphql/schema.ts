import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AgencyLineageResolver, AgencyResolver } from '../features/agency/agency.resolver';
import { AgreementPartyResolver, AgreementResolver } from '../features/agreement/agreement.resolver';
import { CountryResolver, PartnerDesignationResolver } from '../features/country/country.resolver';
import { DomainResolver } from '../features/domain/domain.resolver';
import { AvailabilityResolver, ExpertResolver } from '../features/expert/expert.resolver';
import { AssignmentResolver, MissionResolver } from '../features/mission/mission.resolver';
import { AffiliationResolver, PersonResolver } from '../features/person/person.resolver';
import { CitationResolver, SourceResolver } from '../features/source/source.resolver';
import { StatsResolver } from '../features/stats/stats.resolver';
import { FuzzyDateResolver } from './fuzzy-date.resolver';
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
];

let built: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema, built once per process from the decorated classes. */
export function coopgraphSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    orphanedTypes: Object.values(nodeTypes),
    scalarsMap: [{ type: Date, scalar: DateScalar }],
    validate: false,
  }).then((schema) => {
    schema.getQueryType()!.description =
      'The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends.';
    return lexicographicSortSchema(schema);
  });
  return built;
}
