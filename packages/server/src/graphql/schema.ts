import { buildSubgraphSchema } from '@apollo/subgraph';
import { type DocumentNode, type GraphQLSchema, isObjectType, Kind, lexicographicSortSchema, parse, printSchema, visit } from 'graphql';
import { buildSchema, createResolversMap, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import { AgencyLineageResolver, AgencyMutationResolver, AgencyResolver } from '../features/agency/agency.resolver';
import { AgreementMutationResolver, AgreementPartyResolver, AgreementResolver } from '../features/agreement/agreement.resolver';
import { CountryMutationResolver, CountryResolver, PartnerDesignationResolver } from '../features/country/country.resolver';
import { DomainMutationResolver, DomainResolver } from '../features/domain/domain.resolver';
import { AvailabilityResolver, ExpertMutationResolver, ExpertResolver } from '../features/expert/expert.resolver';
import { GraphEdgeResolver, GraphPathResolver, GraphPathStepResolver, GraphResolver, NeighborhoodResolver, OverlapResolver } from '../features/graph/graph.resolver';
import { ChangeResolver } from '../features/history/history.resolver';
import { ImportResolver } from '../features/import/import.resolver';
import { AssignmentResolver, ExpertSuggestionResolver, MissionMutationResolver, MissionResolver } from '../features/mission/mission.resolver';
import { AffiliationResolver, PersonMutationResolver, PersonResolver } from '../features/person/person.resolver';
import { SearchResolver } from '../features/search/search.resolver';
import { CitationResolver, SourceMutationResolver, SourceResolver } from '../features/source/source.resolver';
import { AuthResolver } from '../features/auth/auth.resolver';
import { StatsResolver } from '../features/stats/stats.resolver';
import { ArchiveResolver } from './archive';
import type { Context } from './context';
import { UserInputError } from './errors';
import { FuzzyDateResolver } from './fuzzy-date.resolver';
import { tryFromGlobalId } from './global-id';
import { NodeResolver } from './node.resolver';
import { nodeTypes } from './node-types';
import { leanFieldResolvers } from './lean-resolvers';
import { propertyReader, registerFieldReads } from './plain-fields';
import { guardPersonalData, isPersonalDataField, PERSONAL_DATA_DIRECTIVE } from './personal-data';
import { DateScalar } from './scalars';

export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  AuthResolver,
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
  ExpertSuggestionResolver,
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
    directives: [PERSONAL_DATA_DIRECTIVE],
    validate: false,
  });
  schema.getQueryType()!.description =
    'The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends.';
  const mutation = schema.getMutationType();
  if (mutation) {
    mutation.description =
      'The coordinators\' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access.';
  }
  plainPropertyFields(schema);
  leanFieldResolvers(schema, resolvers);
  return lexicographicSortSchema(schema);
}

type FieldMeta = NonNullable<ReturnType<typeof getMetadataStorage>['objectTypes'][number]['fields']>[number];

/**
 * TypeGraphQL gives every field a resolver, even one that only reads a property: a closure
 * that builds a resolver-data object and runs an (empty) middleware chain for every value of
 * every answer. Fields with no field resolver, middleware or role are plain properties: they
 * get graphql-js's default resolver (same name) or a direct read (a renamed field, such as
 * `id` read from `globalId`). Same answers; less work and garbage per value. A property that
 * may hold a promise is marked PROMISED and keeps its resolver.
 */
function plainPropertyFields(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const withResolver = new Set(storage.fieldResolvers.map((r) => `${r.getObjectType?.()?.name ?? '?'}.${r.methodName}`));
  const objectByTarget = new Map(storage.objectTypes.map((o) => [o.target, o]));
  const merged = new Map<Function, Map<string, FieldMeta>>();
  // The fields of an object type as TypeGraphQL's generator assembles them: the superclass's,
  // then the interfaces', then its own, later ones winning by schema name.
  const fieldsOf = (target: Function): Map<string, FieldMeta> => {
    const known = merged.get(target);
    if (known) return known;
    const meta = objectByTarget.get(target)!;
    const parent = Object.getPrototypeOf(target) as Function;
    const fields = new Map(objectByTarget.has(parent) ? fieldsOf(parent) : []);
    for (const face of storage.interfaceTypes.filter((i) => meta.interfaceClasses?.includes(i.target))) {
      for (const field of face.fields ?? []) fields.set(field.schemaName, field);
    }
    for (const field of meta.fields ?? []) fields.set(field.schemaName, field);
    merged.set(target, fields);
    return fields;
  };
  for (const meta of storage.objectTypes) {
    const type = schema.getType(meta.name);
    if (!type || !isObjectType(type)) continue;
    const graphqlFields = type.getFields();
    for (const [schemaName, field] of fieldsOf(meta.target)) {
      const graphqlField = graphqlFields[schemaName];
      if (!graphqlField || withResolver.has(`${field.target.name}.${field.name}`)) continue;
      if (field.middlewares?.length || field.roles || field.params?.length || field.extensions?.promised) continue;
      const property = field.name;
      registerFieldReads(meta.name, schemaName, [property]);
      graphqlField.resolve = schemaName === property ? undefined : propertyReader(property);
    }
  }
  // Relations marked READS_ID (or any `reads` list) need only those properties of their object.
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const reads = field.extensions?.reads;
      if (Array.isArray(reads)) registerFieldReads(type.name, field.name, reads as string[]);
    }
  }
}

/** `_entities` answers a malformed representation (not an object with `__typename` and `id`) with BAD_USER_INPUT, not an internal error. */
function checkRepresentations(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()._entities;
  const inner = field?.resolve;
  if (!field || !inner) return;
  field.resolve = (source, args: { representations?: unknown[] }, ctx, info) => {
    for (const [index, representation] of (args.representations ?? []).entries()) {
      const r = representation as { __typename?: unknown; id?: unknown } | null;
      if (!r || typeof r !== 'object' || typeof r.__typename !== 'string' || typeof r.id !== 'string') {
        throw new UserInputError(`representations[${index}] must be an object with a \`__typename\` and the entity's \`id\`, like {"__typename": "Agency", "id": "..."}.`, 'representations');
      }
    }
    return inner(source, args, ctx, info);
  };
}

/** `Type.field` of every field marked `@PersonalData()` in the built schema. */
function personalDataMarks(schema: GraphQLSchema): Set<string> {
  const marks = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!('getFields' in type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if ('args' in field && isPersonalDataField(field as never)) marks.add(`${type.name}.${field.name}`);
    }
  }
  return marks;
}

/** printSchema drops applied directives: put `@personalData` back on the marked fields of the SDL. */
function withPersonalDataDirectives(document: DocumentNode, marks: Set<string>): DocumentNode {
  const apply = (typeName: string, fields: readonly { name: { value: string }; directives?: readonly unknown[] }[] | undefined) =>
    fields?.map((field) =>
      marks.has(`${typeName}.${field.name.value}`)
        ? { ...field, directives: [...(field.directives ?? []), { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: 'personalData' }, arguments: [] }] }
        : field,
    );
  return visit(document, {
    ObjectTypeDefinition: (node) => ({ ...node, fields: apply(node.name.value, node.fields) as never }),
    InterfaceTypeDefinition: (node) => ({ ...node, fields: apply(node.name.value, node.fields) as never }),
  });
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
    const typeDefs = withPersonalDataDirectives(
      parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])\n${printSchema(schema)}\n${entityKeys}`),
      personalDataMarks(schema),
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
    const subgraph = buildSubgraphSchema({ typeDefs, resolvers: resolverMap as never });
    checkRepresentations(subgraph);
    // Guarded last, on the schema that is served: every route (lists, node, relations, _entities) meets the guard.
    return guardPersonalData(subgraph);
  });
  return built;
}
