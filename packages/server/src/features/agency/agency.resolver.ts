import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { connectionType, PageArgs, paginateTable, type ConnectionResult } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { LangArg, type Language } from '../../graphql/localized';
import { NodeFieldsResolver } from '../../graphql/node-fields';
import { DateScalar } from '../../graphql/scalars';
import { Agreement, AgreementParty } from '../agreement/agreement.entity';
import { agreementsById } from '../agreement/agreement.loaders';
import { Country } from '../country/country.entity';
import { countryById } from '../country/country.loaders';
import { Expert } from '../expert/expert.entity';
import { Affiliation } from '../person/person.entity';
import { Agency, AgencyLineage, AgencyName } from './agency.entity';
import {
  affiliationsOfAgency,
  agenciesById,
  agencyById,
  expertsEmployedBy,
  lineageFromPredecessors,
  lineageToSuccessors,
  namesOfAgency,
  namesOn,
  partiesOfAgency,
  pickName,
} from './agency.loaders';

export const AgencyConnection = connectionType(Agency, 'Agency', 'agencies');

const AsOfArg = () =>
  Arg('asOf', () => DateScalar, {
    nullable: true,
    description: 'The day the name is asked for (YYYY-MM-DD); defaults to today. BTC is BTC on 2017-06-02 and Enabel on 2018-01-01.',
  });

const today = () => new Date().toISOString().slice(0, 10);

@Resolver(() => Agency)
export class AgencyResolver extends NodeFieldsResolver(Agency) {
  @Query(() => AgencyConnection, { description: 'Public bodies that sign agreements and make experts available.' })
  agencies(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<ConnectionResult<Agency>> {
    return paginateTable(ctx.dataSource, Agency, args);
  }

  @FieldResolver(() => String, { description: 'The agency\'s name in a language, as it was on a day.' })
  async name(@Root() agency: Agency, @Ctx() ctx: Context, @LangArg() lang?: Language | null, @AsOfArg() asOf?: string | null): Promise<string> {
    const names = namesOn(await namesOfAgency(ctx, agency.id), asOf ?? today());
    return pickName(names, lang ?? ctx.lang)?.name ?? '';
  }

  @FieldResolver(() => String, { nullable: true, description: 'The agency\'s acronym in a language, as it was on a day (FOD BOSA, SPF BOSA, CTB, ...).' })
  async acronym(@Root() agency: Agency, @Ctx() ctx: Context, @LangArg() lang?: Language | null, @AsOfArg() asOf?: string | null): Promise<string | null> {
    const names = namesOn(await namesOfAgency(ctx, agency.id), asOf ?? today());
    const chosen = pickName(names, lang ?? ctx.lang);
    // The acronym goes with the name: an agency's acronym in one language is not borrowed by another.
    return chosen?.acronym ?? null;
  }

  @FieldResolver(() => [AgencyName], { description: 'Every name of the agency, in every language, with its period; or those in use on `asOf`.' })
  async names(
    @Root() agency: Agency,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Only the names in use on this day (YYYY-MM-DD).' }) asOf?: string | null,
  ): Promise<AgencyName[]> {
    const names = await namesOfAgency(ctx, agency.id);
    return asOf ? namesOn(names, asOf) : names;
  }

  @FieldResolver(() => Country, { nullable: true, description: 'The country the agency belongs to.' })
  country(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Country | null> {
    return agency.countryId ? countryById(ctx, agency.countryId) : Promise.resolve(null);
  }

  @FieldResolver(() => [AgreementParty], { description: 'The agency\'s parts in agreements: each with the agreement and its role.' })
  parties(@Root() agency: Agency, @Ctx() ctx: Context): Promise<AgreementParty[]> {
    return partiesOfAgency(ctx, agency.id);
  }

  @FieldResolver(() => [Agreement], { description: 'The agreements the agency is party to, in any role.' })
  async agreements(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Agreement[]> {
    const parties = await partiesOfAgency(ctx, agency.id);
    return agreementsById(ctx, parties.map((p) => p.agreementId));
  }

  @FieldResolver(() => [Agency], { description: 'Agencies this one descends from (merged into it, or split off from by it).' })
  async predecessors(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Agency[]> {
    return agenciesById(ctx, (await lineageFromPredecessors(ctx, agency.id)).map((l) => l.predecessorId));
  }

  @FieldResolver(() => [Agency], { description: 'Agencies that descend from this one.' })
  async successors(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Agency[]> {
    return agenciesById(ctx, (await lineageToSuccessors(ctx, agency.id)).map((l) => l.successorId));
  }

  @FieldResolver(() => [AgencyLineage], { description: 'Lineage edges to this agency\'s predecessors, with dates and legal basis.' })
  predecessorLinks(@Root() agency: Agency, @Ctx() ctx: Context): Promise<AgencyLineage[]> {
    return lineageFromPredecessors(ctx, agency.id);
  }

  @FieldResolver(() => [AgencyLineage], { description: 'Lineage edges to this agency\'s successors, with dates and legal basis.' })
  successorLinks(@Root() agency: Agency, @Ctx() ctx: Context): Promise<AgencyLineage[]> {
    return lineageToSuccessors(ctx, agency.id);
  }

  @FieldResolver(() => [Expert], { description: 'Experts this agency employs and makes available.' })
  experts(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Expert[]> {
    return expertsEmployedBy(ctx, agency.id);
  }

  @FieldResolver(() => [Affiliation], { description: 'People working for this agency, with their positions.' })
  affiliations(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Affiliation[]> {
    return affiliationsOfAgency(ctx, agency.id);
  }
}

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
