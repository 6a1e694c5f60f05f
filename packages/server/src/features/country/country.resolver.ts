import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Mutation, Info, Extensions } from 'type-graphql';
import { READS_ID } from '../../graphql/plain-fields';
import type { ConnectionResult } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { UserInputError } from '../../graphql/errors';
import { FuzzyDate } from '../../graphql/fuzzy-date';
import { asOfOf, carry, foldableRelations, relationPage, rootPage, type ListArgs } from '../../graphql/lists';
import { LangArg, type Language, pickText, Translation, translations } from '../../graphql/localized';
import { NodeFieldsResolver } from '../../graphql/node-fields';
import { DateScalar } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { AgencyConnection, AgencyListArgs, agenciesOfCountry, agencyList } from '../agency/agency.inputs';
import { Agreement } from '../agreement/agreement.entity';
import { AgreementConnection, AgreementListArgs, agreementList, agreementsOfCountry } from '../agreement/agreement.inputs';
import { Mission } from '../mission/mission.entity';
import { MissionConnection, MissionListArgs, missionList, missionsOfCountry } from '../mission/mission.inputs';
import { Country, PartnerDesignation } from './country.entity';
import { CountryConnection, CountryListArgs, countryList, CountryCreateInput, CountryDesignatePartnerInput, CountryPayload, CountryUpdateInput, PartnerDesignationPayload } from './country.inputs';
import { countryById, designationsOfCountry } from './country.loaders';
import { countryService } from './country.service';

/** Active on `day`; with no known first day, a designation counts from the first day it may have been decided. */
export function designationActiveOn(designation: PartnerDesignation, day: string): boolean {
  const from = designation.validFrom ?? FuzzyDate.fromStored(designation.decided, designation.decidedPrecision)?.earliest ?? null;
  return (!from || from <= day) && (!designation.validUntil || designation.validUntil >= day);
}

@Resolver(() => Country)
export class CountryResolver extends NodeFieldsResolver(Country) {
  @Query(() => CountryConnection, { description: 'Countries and territories.' })
  countries(@Args(() => CountryListArgs) args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Country>> {
    return rootPage(ctx, countryList, args, info);
  }

  @Query(() => Country, { nullable: true, description: 'A country by its ISO 3166-1 alpha-2 code (BJ), case-insensitive.' })
  country(@Arg('code', () => String, { description: 'ISO 3166-1 alpha-2 code, for example BJ.' }) code: string, @Ctx() ctx: Context): Promise<Country | null> {
    if (!/^[A-Za-z]{2}$/.test(code)) throw new UserInputError(`"${code.slice(0, 20)}" is not an ISO 3166-1 alpha-2 code (two letters, such as BJ).`, 'code');
    return ctx.dataSource.getRepository(Country).findOneBy({ iso2: code.toUpperCase() });
  }

  @FieldResolver(() => String, { description: 'The country\'s name.' })
  name(@Root() country: Country, @Ctx() ctx: Context, @LangArg() lang?: Language | null): string {
    return pickText(country.name, lang ?? ctx.lang) ?? country.iso2;
  }

  @FieldResolver(() => [Translation], { description: 'The country\'s name in every language Coopgraph has it in.' })
  nameTranslations(@Root() country: Country): Translation[] {
    return translations(country.name);
  }

  @FieldResolver(() => [PartnerDesignation], { description: 'The periods during which this country is a partner country of a programme.' })
  partnerDesignations(@Root() country: Country, @Ctx() ctx: Context): Promise<PartnerDesignation[]> {
    return designationsOfCountry(ctx, country.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'True when the country is designated a partner country on the given day (else the day the list was asked for, else today). A designation with an unknown first day counts from the day it was decided.',
  })
  async isPartner(
    @Root() country: Country,
    @Ctx() ctx: Context,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The day to ask about (YYYY-MM-DD).' }) on?: string | null,
  ): Promise<boolean> {
    const day = on ?? asOfOf(country) ?? new Date().toISOString().slice(0, 10);
    return (await designationsOfCountry(ctx, country.id)).some((d) => designationActiveOn(d, day));
  }

  @Extensions(READS_ID)
  @FieldResolver(() => MissionConnection, { description: 'Missions in this country.' })
  missions(@Root() country: Country, @Ctx() ctx: Context, @Args(() => MissionListArgs) args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Mission>> {
    return relationPage(ctx, missionList, missionsOfCountry, country, args, info);
  }

  @Extensions(READS_ID)
  @FieldResolver(() => AgreementConnection, { description: 'Agreements that cover this country.' })
  agreements(@Root() country: Country, @Ctx() ctx: Context, @Args(() => AgreementListArgs) args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Agreement>> {
    return relationPage(ctx, agreementList, agreementsOfCountry, country, args, info);
  }

  @Extensions(READS_ID)
  @FieldResolver(() => AgencyConnection, { description: 'Agencies based in this country.' })
  agencies(@Root() country: Country, @Ctx() ctx: Context, @Args(() => AgencyListArgs) args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Agency>> {
    return relationPage(ctx, agencyList, agenciesOfCountry, country, args, info);
  }
}

// Relations a batch of Country rows may fetch in its own statement (see foldableRelations).
foldableRelations(Country, {
  missions: [missionList, missionsOfCountry],
  agreements: [agreementList, agreementsOfCountry],
  agencies: [agencyList, agenciesOfCountry],
});

@Resolver(() => PartnerDesignation)
export class PartnerDesignationResolver extends NodeFieldsResolver(PartnerDesignation) {
  @FieldResolver(() => Country, { description: 'The partner country.' })
  async country(@Root() designation: PartnerDesignation, @Ctx() ctx: Context): Promise<Country> {
    return carry(designation, await countryById(ctx, designation.countryId))!;
  }

  @FieldResolver(() => FuzzyDate, { nullable: true, description: 'When the designation was decided, at the precision known.' })
  decidedOn(@Root() designation: PartnerDesignation): FuzzyDate | null {
    return FuzzyDate.fromStored(designation.decided, designation.decidedPrecision);
  }
}

@Resolver()
export class CountryMutationResolver {
  @Mutation(() => CountryPayload, { description: 'Records a country (ISO codes are unique).' })
  countryCreate(@Arg('input', () => CountryCreateInput, { description: 'The country.' }) input: CountryCreateInput, @Ctx() ctx: Context) {
    return countryService.create(ctx, input);
  }

  @Mutation(() => CountryPayload, { description: 'Changes a country\'s names.' })
  countryUpdate(@Arg('input', () => CountryUpdateInput, { description: 'The changes.' }) input: CountryUpdateInput, @Ctx() ctx: Context) {
    return countryService.update(ctx, input);
  }

  @Mutation(() => PartnerDesignationPayload, { description: 'Makes a country a partner country of a programme over a period.' })
  countryDesignatePartner(@Arg('input', () => CountryDesignatePartnerInput, { description: 'Country, programme and period.' }) input: CountryDesignatePartnerInput, @Ctx() ctx: Context) {
    return countryService.designatePartner(ctx, input);
  }
}
