import { connectionType } from '../../graphql/connection';
import { listArgs } from '../../graphql/lists';
import {
  booleanField,
  customField,
  dateField,
  defineFilter,
  enumField,
  enumFilter,
  fold,
  idField,
  intField,
  relationMany,
  relationOne,
  stringField,
  TextFilter,
} from '../../graphql/filters';
import type { ListDef, RelationDef } from '../../graphql/lists';
import { defineOrder, OrderDirection } from '../../graphql/ordering';
import { DateScalar } from '../../graphql/scalars';
import { likeEscape } from '../../graphql/sql';
import { Agency, AgencyKind } from './agency.entity';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Language } from '../../graphql/localized';
import { payloadType } from '../../graphql/mutation';

const existedOn = (alias: string, day: string) =>
  `((${alias}.existed_from IS NULL OR ${alias}.existed_from <= ${day}) AND (${alias}.existed_until IS NULL OR ${alias}.existed_until >= ${day}))`;

export const AgencyFilter = defineFilter({
  name: 'Agency',
  description: 'Conditions on agencies; fields combine with AND, and `and` / `or` / `not` compose them.',
  fields: {
    id: idField('id', 'Agency', 'The agency\'s ID.'),
    kind: enumField('kind', enumFilter(AgencyKind, 'AgencyKind'), 'What kind of public body it is.'),
    name: customField(() => TextFilter, 'Any of its names or acronyms, in any language and at any date (BTC, CTB and Enabel all match the same agency).', (v: TextFilter, alias, fc) => {
      const n = fc.alias('n');
      const texts = [`${n}.name`, `coalesce(${n}.acronym, '')`];
      const conditions: string[] = [];
      if (v.contains != null) {
        const p = fold(fc.params.add(likeEscape(v.contains), 'text'));
        conditions.push(`(${texts.map((t) => `${fold(t)} LIKE '%' || ${p} || '%' ESCAPE '\\'`).join(' OR ')})`);
      }
      if (v.startsWith != null) {
        const p = fold(fc.params.add(likeEscape(v.startsWith), 'text'));
        conditions.push(`(${texts.map((t) => `${fold(t)} LIKE ${p} || '%' ESCAPE '\\'`).join(' OR ')})`);
      }
      if (v.eq != null) {
        const p = fold(fc.params.add(v.eq, 'text'));
        conditions.push(`(${texts.map((t) => `${fold(t)} = ${p}`).join(' OR ')})`);
      }
      return conditions.length ? `EXISTS (SELECT 1 FROM agency_name ${n} WHERE ${n}.agency_id = ${alias}.id AND ${conditions.join(' AND ')})` : 'TRUE';
    }),
    kboNumber: stringField('kbo_number', 'Belgian enterprise number (0671.516.647).'),
    iatiOrgId: stringField('iati_org_id', 'IATI organisation identifier.'),
    iatiOrganisationType: intField('iati_organisation_type', 'IATI OrganisationType code.'),
    existedFrom: dateField('existed_from', 'First day of existence.'),
    existedUntil: dateField('existed_until', 'Last day of existence.'),
    existsOn: customField(() => DateScalar, 'Existed on this day (an unknown start or end counts as open).', (day: string, alias, fc) =>
      existedOn(alias, fc.params.add(day, 'date')),
    ),
    country: relationOne('Country', (a, r) => `FROM country ${r} WHERE ${r}.id = ${a}.country_id`, 'The country the agency belongs to.'),
    agreements: relationMany(
      'Agreement',
      (a, r) => `FROM agreement ${r} WHERE EXISTS (SELECT 1 FROM agreement_party ${r}p WHERE ${r}p.agreement_id = ${r}.id AND ${r}p.agency_id = ${a}.id)`,
      'The agreements it is party to.',
    ),
    parties: relationMany('AgreementParty', (a, r) => `FROM agreement_party ${r} WHERE ${r}.agency_id = ${a}.id`, 'Its parts in agreements (role included).'),
    experts: relationMany('Expert', (a, r) => `FROM expert ${r} WHERE ${r}.employer_id = ${a}.id`, 'The experts it employs.'),
    predecessors: relationMany(
      'Agency',
      (a, r) => `FROM agency ${r} WHERE EXISTS (SELECT 1 FROM agency_lineage ${r}l WHERE ${r}l.predecessor_id = ${r}.id AND ${r}l.successor_id = ${a}.id)`,
      'Agencies it descends from.',
    ),
    successors: relationMany(
      'Agency',
      (a, r) => `FROM agency ${r} WHERE EXISTS (SELECT 1 FROM agency_lineage ${r}l WHERE ${r}l.successor_id = ${r}.id AND ${r}l.predecessor_id = ${a}.id)`,
      'Agencies that descend from it.',
    ),
    synthetic: booleanField('synthetic', 'True for generated demonstration data.'),
  },
});

export const AgencyOrder = defineOrder({
  name: 'Agency',
  fields: {
    NAME: {
      sql: (alias, fc) =>
        `(SELECT sn.name FROM agency_name sn WHERE sn.agency_id = ${alias}.id ORDER BY (sn.valid_until IS NULL) DESC, sn.valid_until DESC, (sn.lang = ${fc.params.add(fc.lang, 'text')}) DESC, sn.lang LIMIT 1)`,
      cast: 'text',
      description: 'Its latest name, in the request\'s language where it has one.',
    },
    KIND: { sql: (a) => `${a}.kind`, cast: 'text', description: 'Its kind.' },
    EXISTED_FROM: { sql: (a) => `${a}.existed_from`, cast: 'date', description: 'First day of existence.' },
    KBO_NUMBER: { sql: (a) => `${a}.kbo_number`, cast: 'text', description: 'Belgian enterprise number.' },
    CREATED_AT: { sql: (a) => `${a}.created_at`, cast: 'timestamptz', description: 'When it was recorded in Coopgraph.' },
  },
  defaults: [{ field: 'NAME', direction: OrderDirection.ASC }],
});

export const agencyList: ListDef<Agency> = {
  name: 'Agency',
  entity: Agency,
  table: 'agency',
  order: AgencyOrder,
  asOf: (alias, day, fc) => existedOn(alias, fc.params.add(day, 'date')),
  asOfDescription:
    'The agencies that existed on this day (YYYY-MM-DD), each named as it was then; nested relations and names follow the same day unless given their own.',
};

export const agenciesOfCountry: RelationDef = { key: 'Country.agencies', condition: (t, parent) => `${t}.country_id = ${parent}` };

export const AgencyConnection = connectionType(Agency, 'Agency', 'agencies');
export const AgencyListArgs = listArgs(agencyList);

export const AgencyPayload = payloadType(Agency, 'Agency', 'agency', 'agency');

@InputType('AgencyNameInput', { description: 'A name of an agency in one language.' })
export class AgencyNameInput {
  @Field(() => Language, { description: 'The language of the name.' })
  lang!: Language;

  @Field(() => String, { description: 'The full name (at most 300 characters).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The acronym in this language (at most 30 characters).' })
  acronym?: string | null;
}

@InputType('AgencyCreateInput', { description: 'A new agency.' })
export class AgencyCreateInput {
  @Field(() => String, { nullable: true, description: 'Makes a retried request harmless: the same key answers the agency created the first time.' })
  idempotencyKey?: string | null;

  @Field(() => AgencyKind, { description: 'What kind of public body it is.' })
  kind!: AgencyKind;

  @Field(() => [AgencyNameInput], { description: 'Its names, at least one.' })
  names!: AgencyNameInput[];

  @Field(() => DateScalar, { nullable: true, description: 'Since when the names are used; defaults to the first day of existence.' })
  namesFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'KBO/BCE number (0264.814.354), unique.' })
  kboNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'IATI organisation identifier, unique.' })
  iatiOrgId?: string | null;

  @Field(() => Int, { nullable: true, description: 'IATI OrganisationType code.' })
  iatiOrganisationType?: number | null;

  @Field(() => ID, { nullable: true, description: 'Its country.' })
  countryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Its website (https://...).' })
  website?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day of existence.' })
  existedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of existence.' })
  existedUntil?: string | null;
}

@InputType('AgencyUpdateInput', { description: 'Changes to an agency; omitted fields stay as they are, null clears. Names change with agencyRename.' })
export class AgencyUpdateInput {
  @Field(() => ID, { description: 'The agency.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  version!: number;

  @Field(() => AgencyKind, { nullable: true, description: 'New kind.' })
  kind?: AgencyKind | null;

  @Field(() => String, { nullable: true, description: 'New KBO/BCE number.' })
  kboNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'New IATI organisation identifier.' })
  iatiOrgId?: string | null;

  @Field(() => Int, { nullable: true, description: 'New IATI OrganisationType code.' })
  iatiOrganisationType?: number | null;

  @Field(() => ID, { nullable: true, description: 'New country.' })
  countryId?: string | null;

  @Field(() => String, { nullable: true, description: 'New website.' })
  website?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'New first day of existence.' })
  existedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'New last day of existence.' })
  existedUntil?: string | null;
}

@InputType('AgencyRenameInput', { description: 'A rename from a day on: the old names end the day before, the new ones start that day. The agency stays the same.' })
export class AgencyRenameInput {
  @Field(() => ID, { description: 'The agency.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  version!: number;

  @Field(() => DateScalar, { description: 'The first day of the new names.' })
  from!: string;

  @Field(() => [AgencyNameInput], { description: 'The new names, one per language renamed.' })
  names!: AgencyNameInput[];
}

@InputType('AgencyMergeInput', { description: 'Merges an agency into another on a day: a dated lineage edge, and the merged agency ceases the day before.' })
export class AgencyMergeInput {
  @Field(() => ID, { description: 'The agency that is merged (it ceases to exist on its own).' })
  id!: string;

  @Field(() => Int, { description: 'The version of that agency you read.' })
  version!: number;

  @Field(() => ID, { description: 'The agency it is merged into.' })
  intoId!: string;

  @Field(() => DateScalar, { description: 'The day the merger took effect.' })
  on!: string;

  @Field(() => String, { nullable: true, description: 'The act it rests on (at most 500 characters).' })
  legalBasis?: string | null;
}
