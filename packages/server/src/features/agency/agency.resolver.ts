import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Mutation, Info, Extensions } from 'type-graphql';
import { READS_ID } from '../../graphql/plain-fields';
import type { ConnectionResult } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { asOfOf, foldableRelations, relationPage, rootPage, withAsOf, type ListArgs } from '../../graphql/lists';
import { LangArg, type Language } from '../../graphql/localized';
import { NodeFieldsResolver } from '../../graphql/node-fields';
import { DateScalar } from '../../graphql/scalars';
import { Agreement, AgreementParty } from '../agreement/agreement.entity';
import { AgreementConnection, AgreementListArgs, agreementList, agreementsOfAgency, AgreementPartyConnection, AgreementPartyListArgs, partiesOfAgencyRelation, partyList } from '../agreement/agreement.inputs';
import { Country } from '../country/country.entity';
import { countryById } from '../country/country.loaders';
import { Expert } from '../expert/expert.entity';
import { ExpertConnection, ExpertListArgs, expertList, expertsOfAgency } from '../expert/expert.inputs';
import { Affiliation } from '../person/person.entity';
import { AffiliationConnection, AffiliationListArgs, affiliationList, affiliationsOfAgencyRelation } from '../person/person.inputs';
import { Agency, AgencyLineage, AgencyName } from './agency.entity';
import { AgencyConnection, AgencyListArgs, agencyList, AgencyCreateInput, AgencyMergeInput, AgencyPayload, AgencyRenameInput, AgencyUpdateInput } from './agency.inputs';
import { agenciesById, agencyById, lineageFromPredecessors, lineageToSuccessors, namesOfAgency, namesOn, pickName } from './agency.loaders';
import { agencyService } from './agency.service';

const AsOfArg = () =>
  Arg('asOf', () => DateScalar, {
    nullable: true,
    description:
      'The day the name is asked for (YYYY-MM-DD); defaults to the day the agency was listed for, else today. BTC is BTC on 2017-06-02 and Enabel on 2018-01-01.',
  });

const today = () => new Date().toISOString().slice(0, 10);
const dayFor = (agency: Agency, asOf?: string | null) => asOf ?? asOfOf(agency) ?? today();

@Resolver(() => Agency)
export class AgencyResolver extends NodeFieldsResolver(Agency) {
  @Query(() => AgencyConnection, { description: 'Public bodies that sign agreements and make experts available.' })
  agencies(@Args(() => AgencyListArgs) args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Agency>> {
    return rootPage(ctx, agencyList, args, info);
  }

  @FieldResolver(() => String, { description: 'The agency\'s name in a language, as it was on a day.' })
  async name(@Root() agency: Agency, @Ctx() ctx: Context, @LangArg() lang?: Language | null, @AsOfArg() asOf?: string | null): Promise<string> {
    const names = namesOn(await namesOfAgency(ctx, agency.id), dayFor(agency, asOf));
    return pickName(names, lang ?? ctx.lang)?.name ?? '';
  }

  @FieldResolver(() => String, { nullable: true, description: 'The agency\'s acronym in a language, as it was on a day (FOD BOSA, SPF BOSA, CTB, ...).' })
  async acronym(@Root() agency: Agency, @Ctx() ctx: Context, @LangArg() lang?: Language | null, @AsOfArg() asOf?: string | null): Promise<string | null> {
    const names = namesOn(await namesOfAgency(ctx, agency.id), dayFor(agency, asOf));
    // The acronym goes with the chosen name: one language's acronym is not borrowed by another.
    return pickName(names, lang ?? ctx.lang)?.acronym ?? null;
  }

  @FieldResolver(() => [AgencyName], { description: 'Every name of the agency, in every language, with its period; or those in use on `asOf`.' })
  async names(
    @Root() agency: Agency,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Only the names in use on this day (YYYY-MM-DD).' }) asOf?: string | null,
  ): Promise<AgencyName[]> {
    const names = await namesOfAgency(ctx, agency.id);
    const day = asOf ?? asOfOf(agency);
    return day ? namesOn(names, day) : names;
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country the agency belongs to.' })
  async country(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Country | null> {
    return agency.countryId ? withAsOf((await countryById(ctx, agency.countryId))!, asOfOf(agency)) : null;
  }

  @Extensions(READS_ID)
  @FieldResolver(() => AgreementPartyConnection, { description: 'The agency\'s parts in agreements: each with the agreement and its role.' })
  parties(@Root() agency: Agency, @Ctx() ctx: Context, @Args(() => AgreementPartyListArgs) args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<AgreementParty>> {
    return relationPage(ctx, partyList, partiesOfAgencyRelation, agency, args, info);
  }

  @Extensions(READS_ID)
  @FieldResolver(() => AgreementConnection, { description: 'The agreements the agency is party to, in any role.' })
  agreements(@Root() agency: Agency, @Ctx() ctx: Context, @Args(() => AgreementListArgs) args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Agreement>> {
    return relationPage(ctx, agreementList, agreementsOfAgency, agency, args, info);
  }

  @FieldResolver(() => [Agency], { description: 'Agencies this one descends from (merged into it, or split off from by it); as of a day, only lineage that had happened by then.' })
  async predecessors(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Agency[]> {
    const day = asOfOf(agency);
    const links = (await lineageFromPredecessors(ctx, agency.id)).filter((l) => !day || !l.occurredOn || l.occurredOn <= day);
    return (await agenciesById(ctx, links.map((l) => l.predecessorId))).map((a) => withAsOf(a, day));
  }

  @FieldResolver(() => [Agency], { description: 'Agencies that descend from this one; as of a day, only lineage that had happened by then.' })
  async successors(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Agency[]> {
    const day = asOfOf(agency);
    const links = (await lineageToSuccessors(ctx, agency.id)).filter((l) => !day || !l.occurredOn || l.occurredOn <= day);
    return (await agenciesById(ctx, links.map((l) => l.successorId))).map((a) => withAsOf(a, day));
  }

  @FieldResolver(() => [AgencyLineage], { description: 'Lineage edges to this agency\'s predecessors, with dates and legal basis.' })
  predecessorLinks(@Root() agency: Agency, @Ctx() ctx: Context): Promise<AgencyLineage[]> {
    return lineageFromPredecessors(ctx, agency.id);
  }

  @FieldResolver(() => [AgencyLineage], { description: 'Lineage edges to this agency\'s successors, with dates and legal basis.' })
  successorLinks(@Root() agency: Agency, @Ctx() ctx: Context): Promise<AgencyLineage[]> {
    return lineageToSuccessors(ctx, agency.id);
  }

  @Extensions(READS_ID)
  @FieldResolver(() => ExpertConnection, { description: 'Experts this agency employs and makes available.' })
  experts(@Root() agency: Agency, @Ctx() ctx: Context, @Args(() => ExpertListArgs) args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Expert>> {
    return relationPage(ctx, expertList, expertsOfAgency, agency, args, info);
  }

  @Extensions(READS_ID)
  @FieldResolver(() => AffiliationConnection, { description: 'People working for this agency, with their positions.' })
  affiliations(@Root() agency: Agency, @Ctx() ctx: Context, @Args(() => AffiliationListArgs) args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Affiliation>> {
    return relationPage(ctx, affiliationList, affiliationsOfAgencyRelation, agency, args, info);
  }
}

// Relations a batch of Agency rows may fetch in its own statement (see foldableRelations).
foldableRelations(Agency, {
  parties: [partyList, partiesOfAgencyRelation],
  agreements: [agreementList, agreementsOfAgency],
  experts: [expertList, expertsOfAgency],
  affiliations: [affiliationList, affiliationsOfAgencyRelation],
});

@Resolver(() => AgencyLineage)
export class AgencyLineageResolver extends NodeFieldsResolver(AgencyLineage) {
  @FieldResolver(() => Agency, { description: 'The agency that came first.' })
  async predecessor(@Root() link: AgencyLineage, @Ctx() ctx: Context): Promise<Agency> {
    return (await agencyById(ctx, link.predecessorId))!;
  }

  @FieldResolver(() => Agency, { description: 'The agency that came after.' })
  async successor(@Root() link: AgencyLineage, @Ctx() ctx: Context): Promise<Agency> {
    return (await agencyById(ctx, link.successorId))!;
  }
}

@Resolver()
export class AgencyMutationResolver {
  @Mutation(() => AgencyPayload, { description: 'Records a new agency with its names and identifiers (KBO number and IATI id are unique).' })
  agencyCreate(@Arg('input', () => AgencyCreateInput, { description: 'The agency.' }) input: AgencyCreateInput, @Ctx() ctx: Context) {
    return agencyService.create(ctx, input);
  }

  @Mutation(() => AgencyPayload, { description: 'Changes an agency\'s details (names change with agencyRename).' })
  agencyUpdate(@Arg('input', () => AgencyUpdateInput, { description: 'The changes.' }) input: AgencyUpdateInput, @Ctx() ctx: Context) {
    return agencyService.update(ctx, input);
  }

  @Mutation(() => AgencyPayload, { description: 'Renames an agency from a day on: new dated names, the old ones kept for before (BTC became Enabel on 2018-01-01).' })
  agencyRename(@Arg('input', () => AgencyRenameInput, { description: 'The agency, the day and the new names.' }) input: AgencyRenameInput, @Ctx() ctx: Context) {
    return agencyService.rename(ctx, input);
  }

  @Mutation(() => AgencyPayload, { description: 'Merges an agency into another: a dated lineage edge, and the merged agency ceases the day before.' })
  agencyMerge(@Arg('input', () => AgencyMergeInput, { description: 'The merged agency, the one it joins, and the day.' }) input: AgencyMergeInput, @Ctx() ctx: Context) {
    return agencyService.merge(ctx, input);
  }
}
