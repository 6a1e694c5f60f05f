import { connectionType } from '../../graphql/connection';
import { listArgs } from '../../graphql/lists';
import { booleanField, customField, defineFilter, idField, relationMany, stringField, textField } from '../../graphql/filters';
import type { ListDef } from '../../graphql/lists';
import { defineOrder, OrderDirection } from '../../graphql/ordering';
import { DateScalar } from '../../graphql/scalars';
import { Country, PartnerDesignation } from './country.entity';
import { Field, ID, InputType, Int } from 'type-graphql';
import { FuzzyDateInput, LocalizedTextInput } from '../../graphql/inputs';
import { payloadType } from '../../graphql/mutation';

export const CountryFilter = defineFilter({
  name: 'Country',
  description: 'Conditions on countries; fields combine with AND, and `and` / `or` / `not` compose them.',
  fields: {
    id: idField('id', 'Country', 'The country\'s ID.'),
    iso2: stringField('iso2', 'ISO 3166-1 alpha-2 code (upper case).'),
    name: textField('name', 'The name, in any language.'),
    isPartnerOn: customField(() => DateScalar, 'Designated a partner country on this day. A designation with an unknown first day counts from the day it was decided.', (day: string, a, fc) => {
      const d = fc.params.add(day, 'date');
      return `EXISTS (SELECT 1 FROM partner_designation pd WHERE pd.country_id = ${a}.id
        AND (coalesce(pd.valid_from, lower(pd.decided)) IS NULL OR coalesce(pd.valid_from, lower(pd.decided)) <= ${d})
        AND (pd.valid_until IS NULL OR pd.valid_until >= ${d}))`;
    }),
    missions: relationMany('Mission', (a, r) => `FROM mission ${r} WHERE ${r}.country_id = ${a}.id`, 'Missions in the country.'),
    agreements: relationMany(
      'Agreement',
      (a, r) => `FROM agreement ${r} WHERE EXISTS (SELECT 1 FROM agreement_country ${r}e WHERE ${r}e.agreement_id = ${r}.id AND ${r}e.country_id = ${a}.id)`,
      'Agreements covering the country.',
    ),
    agencies: relationMany('Agency', (a, r) => `FROM agency ${r} WHERE ${r}.country_id = ${a}.id`, 'Agencies based in the country.'),
    synthetic: booleanField('synthetic', 'True for generated demonstration data.'),
  },
});

export const countryList: ListDef<Country> = {
  name: 'Country',
  entity: Country,
  table: 'country',
  order: defineOrder({
    name: 'Country',
    fields: {
      NAME: {
        sql: (a, fc) => `coalesce(${a}.name->>${fc.params.add(fc.lang, 'text')}, ${a}.name->>'en', ${a}.name->>'nl', ${a}.name->>'fr', ${a}.name->>'de')`,
        cast: 'text',
        description: 'The name in the request\'s language (with the usual fallback).',
      },
      ISO2: { sql: (a) => `${a}.iso2`, cast: 'text', description: 'The ISO 3166-1 alpha-2 code.' },
    },
    defaults: [{ field: 'ISO2', direction: OrderDirection.ASC }],
  }),
  // Countries do not come and go here; the day dates the partner status in the answer.
  asOf: () => 'TRUE',
  asOfDescription: 'Answer `isPartner` and the nested relations as of this day (YYYY-MM-DD).',
};

export const CountryConnection = connectionType(Country, 'Country', 'countries');
export const CountryListArgs = listArgs(countryList);

export const CountryPayload = payloadType(Country, 'Country', 'country', 'country');
export const PartnerDesignationPayload = payloadType(PartnerDesignation, 'PartnerDesignation', 'designation', 'partner-country designation');

@InputType('CountryCreateInput', { description: 'A new country or territory.' })
export class CountryCreateInput {
  @Field(() => String, { nullable: true, description: 'Makes a retried request harmless.' })
  idempotencyKey?: string | null;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code, unique.' })
  iso2!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code, unique.' })
  iso3?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 numeric code (three digits).' })
  isoNumeric?: string | null;

  @Field(() => [LocalizedTextInput], { description: 'The name in one or more languages (at most 200 characters).' })
  name!: LocalizedTextInput[];
}

@InputType('CountryUpdateInput', { description: 'Changes to a country.' })
export class CountryUpdateInput {
  @Field(() => ID, { description: 'The country.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  version!: number;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'New names.' })
  name?: LocalizedTextInput[] | null;
}

@InputType('CountryDesignatePartnerInput', { description: 'Makes a country a partner country of a programme over a period.' })
export class CountryDesignatePartnerInput {
  @Field(() => ID, { description: 'The country.' })
  countryId!: string;

  @Field(() => String, { description: 'The programme (at most 200 characters).' })
  programme!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the designation.' })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the designation.' })
  validUntil?: string | null;

  @Field(() => FuzzyDateInput, { nullable: true, description: 'When it was decided.' })
  decidedOn?: FuzzyDateInput | null;
}
