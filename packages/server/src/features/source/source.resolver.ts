import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Mutation, Info, Extensions } from 'type-graphql';
import { READS_ID } from '../../graphql/plain-fields';
import type { ConnectionResult } from '../../graphql/connection';
import { foldableRelations, relationPage, rootPage, type ListArgs } from '../../graphql/lists';
import type { Context } from '../../graphql/context';
import { FuzzyDate } from '../../graphql/fuzzy-date';
import { Node, type NodeEntity } from '../../graphql/node';
import { NodeFieldsResolver } from '../../graphql/node-fields';
import { nodeTypes } from '../../graphql/node-types';
import { Citation, Source } from './source.entity';
import { CitationConnection, CitationListArgs, citationList, citationsOfSource, SourceConnection, SourceListArgs, sourceList, CitationPayload, NodeCiteSourceInput, SourceCreateInput, SourcePayload, SourceUpdateInput } from './source.inputs';
import { sourceService } from './source.service';

@Resolver(() => Source)
export class SourceResolver extends NodeFieldsResolver(Source) {
  @Query(() => SourceConnection, { name: 'sources', description: 'The documents Coopgraph\'s facts come from.' })
  allSources(@Args(() => SourceListArgs) args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Source>> {
    return rootPage(ctx, sourceList, args, info);
  }

  @Query(() => Source, { nullable: true, description: 'A source by its key, for example `press-release-2017-06-bosa-btc`.' })
  source(@Arg('key', () => String, { description: 'The source\'s key.' }) key: string, @Ctx() ctx: Context): Promise<Source | null> {
    return ctx.dataSource.getRepository(Source).findOneBy({ key });
  }

  @FieldResolver(() => FuzzyDate, { nullable: true, description: 'When the document was published, at the precision known.' })
  publishedOn(@Root() source: Source): FuzzyDate | null {
    return FuzzyDate.fromStored(source.published, source.publishedPrecision);
  }

  @Extensions(READS_ID)
  @FieldResolver(() => CitationConnection, { description: 'The citations of this source: every node and edge based on it.' })
  citedBy(@Root() source: Source, @Ctx() ctx: Context, @Args(() => CitationListArgs) args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Citation>> {
    return relationPage(ctx, citationList, citationsOfSource, source, args, info);
  }
}

// Relations a batch of Source rows may fetch in its own statement (see foldableRelations).
foldableRelations(Source, {
  citedBy: [citationList, citationsOfSource],
});

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Source, { description: 'The cited source.' })
  async source(@Root() citation: Citation, @Ctx() ctx: Context): Promise<Source> {
    return (await ctx.loaders.byId(Source).load(citation.sourceId))!;
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description: 'The node or edge that cites the source; null for edges without fields of their own (such as an agreement covering a domain).',
  })
  subject(@Root() citation: Citation, @Ctx() ctx: Context): Promise<NodeEntity | null> {
    const entity = nodeTypes[citation.subjectType];
    if (!entity) return Promise.resolve(null);
    return ctx.loaders.byId(entity as never).load(citation.subjectId) as Promise<NodeEntity | null>;
  }
}

@Resolver()
export class SourceMutationResolver {
  @Mutation(() => SourcePayload, { description: 'Records a source document (the key is unique).' })
  sourceCreate(@Arg('input', () => SourceCreateInput, { description: 'The source.' }) input: SourceCreateInput, @Ctx() ctx: Context) {
    return sourceService.create(ctx, input);
  }

  @Mutation(() => SourcePayload, { description: 'Changes a source\'s details.' })
  sourceUpdate(@Arg('input', () => SourceUpdateInput, { description: 'The changes.' }) input: SourceUpdateInput, @Ctx() ctx: Context) {
    return sourceService.update(ctx, input);
  }

  @Mutation(() => CitationPayload, { description: 'Makes any node or edge cite a source, with the supporting passage.' })
  nodeCiteSource(@Arg('input', () => NodeCiteSourceInput, { description: 'What cites what.' }) input: NodeCiteSourceInput, @Ctx() ctx: Context) {
    return sourceService.cite(ctx, input);
  }
}
