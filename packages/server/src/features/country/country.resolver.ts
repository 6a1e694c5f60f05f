import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { connectionType, PageArgs, paginateTable, type ConnectionResult } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { UserInputError } from '../../graphql/errors';
import { FuzzyDate } from '../../graphql/fuzzy-date';
import { LangArg, type Language, pickText, Translation, translations } from '../../graphql/localized';
import { NodeFieldsResolver } from '../../graphql/node-fields';
import { DateScalar } from '../../graphql/scalars';
import { Agency } from '../agency/agency.entity';
import { Agreement } from '../agreement/agreement.entity';
import { Mission } from '../mission/mission.entity';
import { Country, PartnerDesignation } from './country.entity';
import {
  agenciesInCountry,
  agreementsCoveringCountry,
  countryById,
  designationsOfCountry,
  missionsInCountry,
} from './country.loaders';

export const CountryConnection = connectionType(Country, 'Country', 'countries');

export function designationActiveOn(designation: PartnerDesignation, day: string): boolean {
  return (!designation.validFrom || designation.validFrom <= day) && (!designation.validUntil || designation.validUntil >= day);
}

@Resolver(() => Country)
export class CountryResolver extends NodeFieldsResolver(Country) {
  @Query(() => CountryConnection, { description: 'Countries and territories.' })
  countries(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<ConnectionResult<Country>> {
    return paginateTable(ctx.dataSource, Country, args);
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
    description: 'True when the country is designated a partner country on the given day (or today). A designation with an unknown start counts as active.',
  })
  async isPartner(
    @Root() country: Country,
    @Ctx() ctx: Context,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The day to ask about (YYYY-MM-DD); defaults to today.' }) on?: string | null,
  ): Promise<boolean> {
    const day = on ?? new Date().toISOString().slice(0, 10);
    return (await designationsOfCountry(ctx, country.id)).some((d) => designationActiveOn(d, day));
  }

  @FieldResolver(() => [Mission], { description: 'Missions in this country.' })
  missions(@Root() country: Country, @Ctx() ctx: Context): Promise<Mission[]> {
    return missionsInCountry(ctx, country.id);
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements that cover this country.' })
  agreements(@Root() country: Country, @Ctx() ctx: Context): Promise<Agreement[]> {
    return agreementsCoveringCountry(ctx, country.id);
  }

  @FieldResolver(() => [Agency], { description: 'Agencies based in this country.' })
  agencies(@Root() country: Country, @Ctx() ctx: Context): Promise<Agency[]> {
    return agenciesInCountry(ctx, country.id);
  }
}

@Resolver(() => PartnerDesignation)
export class PartnerDesignationResolver extends NodeFieldsResolver(PartnerDesignation) {
  @FieldResolver(() => Country, { description: 'The partner country.' })
  async country(@Root() designation: PartnerDesignation, @Ctx() ctx: Context): Promise<Country> {
    return (await countryById(ctx, designation.countryId))!;
  }

  @FieldResolver(() => FuzzyDate, { nullable: true, description: 'When the designation was decided, at the precision known.' })
  decidedOn(@Root() designation: PartnerDesignation): FuzzyDate | null {
    return FuzzyDate.fromStored(designation.decided, designation.decidedPrecision);
  }
}
