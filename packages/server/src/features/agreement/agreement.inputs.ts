import { connectionType } from '../../graphql/connection';
import { listArgs } from '../../graphql/lists';
import {
  booleanField,
  customField,
  dateField,
  defineFilter,
  enumField,
  enumFilter,
  fuzzyDateField,
  idField,
  relationMany,
  relationOne,
  stringField,
  textField,
} from '../../graphql/filters';
import type { ListDef, RelationDef } from '../../graphql/lists';
import { defineOrder, OrderDirection } from '../../graphql/ordering';
import { DateScalar } from '../../graphql/scalars';
import { Agreement, AgreementKind, AgreementParty, AgreementStatus, PartyRole } from './agreement.entity';
import { Field, ID, InputType, Int } from 'type-graphql';
import { FuzzyDateInput, LocalizedTextInput } from '../../graphql/inputs';
import { payloadType } from '../../graphql/mutation';

export const AgreementFilter = defineFilter({
  name: 'Agreement',
  description: 'Conditions on agreements; fields combine with AND, and `and` / `or` / `not` compose them.',
  fields: {
    id: idField('id', 'Agreement', 'The agreement\'s ID.'),
    reference: stringField('reference', 'The agreement\'s reference.'),
    title: textField('title', 'The title, in any language.'),
    purpose: textField('purpose', 'The purpose, in any language.'),
    kind: enumField('kind', enumFilter(AgreementKind, 'AgreementKind'), 'What kind of agreement it is.'),
    status: enumField('status', enumFilter(AgreementStatus, 'AgreementStatus'), 'Where it stands.'),
    signedOn: fuzzyDateField('signed', 'When it was signed: `within: {from: "2017-01-01", to: "2017-12-31"}` is "certainly signed in 2017".'),
    validFrom: dateField('valid_from', 'First day of validity.'),
    validUntil: dateField('valid_until', 'Last day of validity.'),
    validOn: customField(() => DateScalar, 'Valid on this day (unknown bounds count as open).', (day: string, a, fc) => {
      const d = fc.params.add(day, 'date');
      return `((${a}.valid_from IS NULL OR ${a}.valid_from <= ${d}) AND (${a}.valid_until IS NULL OR ${a}.valid_until >= ${d}))`;
    }),
    parties: relationMany('AgreementParty', (a, r) => `FROM agreement_party ${r} WHERE ${r}.agreement_id = ${a}.id`, 'Its parties (agency and role).'),
    agencies: relationMany(
      'Agency',
      (a, r) => `FROM agency ${r} WHERE EXISTS (SELECT 1 FROM agreement_party ${r}p WHERE ${r}p.agency_id = ${r}.id AND ${r}p.agreement_id = ${a}.id)`,
      'The agencies party to it, in any role.',
    ),
    domains: relationMany(
      'Domain',
      (a, r) => `FROM domain ${r} WHERE EXISTS (SELECT 1 FROM agreement_domain ${r}e WHERE ${r}e.domain_id = ${r}.id AND ${r}e.agreement_id = ${a}.id)`,
      'The domains it covers.',
    ),
    countries: relationMany(
      'Country',
      (a, r) => `FROM country ${r} WHERE EXISTS (SELECT 1 FROM agreement_country ${r}e WHERE ${r}e.country_id = ${r}.id AND ${r}e.agreement_id = ${a}.id)`,
      'The countries it covers.',
    ),
    missions: relationMany('Mission', (a, r) => `FROM mission ${r} WHERE ${r}.agreement_id = ${a}.id`, 'The missions run under it.'),
    parent: relationOne('Agreement', (a, r) => `FROM agreement ${r} WHERE ${r}.id = ${a}.parent_id`, 'The framework agreement it is made under.'),
    children: relationMany('Agreement', (a, r) => `FROM agreement ${r} WHERE ${r}.parent_id = ${a}.id`, 'Agreements made under it.'),
    synthetic: booleanField('synthetic', 'True for generated demonstration data.'),
  },
});

export const agreementList: ListDef<Agreement> = {
  name: 'Agreement',
  entity: Agreement,
  table: 'agreement',
  order: defineOrder({
    name: 'Agreement',
    fields: {
      REFERENCE: { sql: (a) => `${a}.reference`, cast: 'text', description: 'The reference.' },
      SIGNED_ON: { sql: (a) => `lower(${a}.signed)`, cast: 'date', description: 'The first day it may have been signed (unknown last).' },
      KIND: { sql: (a) => `${a}.kind`, cast: 'text', description: 'The kind.' },
      STATUS: { sql: (a) => `${a}.status`, cast: 'text', description: 'The status.' },
      VALID_FROM: { sql: (a) => `${a}.valid_from`, cast: 'date', description: 'First day of validity.' },
      VALID_UNTIL: { sql: (a) => `${a}.valid_until`, cast: 'date', description: 'Last day of validity.' },
      CREATED_AT: { sql: (a) => `${a}.created_at`, cast: 'timestamptz', description: 'When it was recorded in Coopgraph.' },
    },
    defaults: [{ field: 'REFERENCE', direction: OrderDirection.ASC }],
  }),
  asOf: (a, day, fc) => {
    const d = fc.params.add(day, 'date');
    return `((${a}.signed IS NULL OR lower(${a}.signed) IS NULL OR lower(${a}.signed) <= ${d}) AND (${a}.valid_until IS NULL OR ${a}.valid_until >= ${d}))`;
  },
  asOfDescription:
    'The agreements as they stood on this day (YYYY-MM-DD): possibly signed by then and not yet expired; names in the answer follow the same day.',
};

export const AgreementPartyFilter = defineFilter({
  name: 'AgreementParty',
  description: 'Conditions on agreement parties.',
  fields: {
    role: enumField('role', enumFilter(PartyRole, 'PartyRole'), 'The agency\'s role.'),
    agency: relationOne('Agency', (a, r) => `FROM agency ${r} WHERE ${r}.id = ${a}.agency_id`, 'The agency.'),
    agreement: relationOne('Agreement', (a, r) => `FROM agreement ${r} WHERE ${r}.id = ${a}.agreement_id`, 'The agreement.'),
  },
});

export const partyList: ListDef<AgreementParty> = {
  name: 'AgreementParty',
  entity: AgreementParty,
  table: 'agreement_party',
  order: defineOrder({
    name: 'AgreementParty',
    fields: {
      ROLE: { sql: (a) => `${a}.role`, cast: 'text', description: 'The role.' },
      AGREEMENT_REFERENCE: { sql: (a) => `(SELECT ar.reference FROM agreement ar WHERE ar.id = ${a}.agreement_id)`, cast: 'text', description: 'The agreement\'s reference.' },
      CREATED_AT: { sql: (a) => `${a}.created_at`, cast: 'timestamptz', description: 'When it was recorded in Coopgraph.' },
    },
    defaults: [{ field: 'AGREEMENT_REFERENCE', direction: OrderDirection.ASC }],
  }),
};

export const agreementsOfAgency: RelationDef = {
  key: 'Agency.agreements',
  condition: (t, parent) => `EXISTS (SELECT 1 FROM agreement_party rel WHERE rel.agreement_id = ${t}.id AND rel.agency_id = ${parent})`,
};
export const partiesOfAgencyRelation: RelationDef = { key: 'Agency.parties', condition: (t, parent) => `${t}.agency_id = ${parent}` };
export const childrenOfAgreementRelation: RelationDef = { key: 'Agreement.children', condition: (t, parent) => `${t}.parent_id = ${parent}` };
export const agreementsOfDomain: RelationDef = {
  key: 'Domain.agreements',
  condition: (t, parent) => `EXISTS (SELECT 1 FROM agreement_domain rel WHERE rel.agreement_id = ${t}.id AND rel.domain_id = ${parent})`,
};
export const agreementsOfCountry: RelationDef = {
  key: 'Country.agreements',
  condition: (t, parent) => `EXISTS (SELECT 1 FROM agreement_country rel WHERE rel.agreement_id = ${t}.id AND rel.country_id = ${parent})`,
};

export const AgreementConnection = connectionType(Agreement, 'Agreement', 'agreements');
export const AgreementListArgs = listArgs(agreementList);
export const AgreementPartyConnection = connectionType(AgreementParty, 'AgreementParty', 'agreement parties');
export const AgreementPartyListArgs = listArgs(partyList);

export const AgreementPayload = payloadType(Agreement, 'Agreement', 'agreement', 'agreement');
export const AgreementPartyPayload = payloadType(AgreementParty, 'AgreementParty', 'party', 'party to an agreement');

@InputType('AgreementCreateInput', { description: 'A new agreement; it starts as DRAFT.' })
export class AgreementCreateInput {
  @Field(() => String, { nullable: true, description: 'Makes a retried request harmless: the same key answers the agreement created the first time.' })
  idempotencyKey?: string | null;

  @Field(() => String, { description: 'A reference unique in Coopgraph (at most 100 characters).' })
  reference!: string;

  @Field(() => [LocalizedTextInput], { description: 'The title, in one or more languages (at most 300 characters each).' })
  title!: LocalizedTextInput[];

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'The purpose (at most 5,000 characters each).' })
  purpose?: LocalizedTextInput[] | null;

  @Field(() => AgreementKind, { description: 'What kind of agreement it is.' })
  kind!: AgreementKind;

  @Field(() => DateScalar, { nullable: true, description: 'First day of validity.' })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of validity.' })
  validUntil?: string | null;

  @Field(() => ID, { nullable: true, description: 'The framework agreement it is made under.' })
  parentId?: string | null;
}

@InputType('AgreementUpdateInput', { description: 'Changes to an agreement\'s details; omitted fields stay as they are, null clears.' })
export class AgreementUpdateInput {
  @Field(() => ID, { description: 'The agreement.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New reference.' })
  reference?: string | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'New title.' })
  title?: LocalizedTextInput[] | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'New purpose.' })
  purpose?: LocalizedTextInput[] | null;

  @Field(() => AgreementKind, { nullable: true, description: 'New kind.' })
  kind?: AgreementKind | null;

  @Field(() => DateScalar, { nullable: true, description: 'New first day of validity.' })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'New last day of validity.' })
  validUntil?: string | null;
}

@InputType('AgreementSignInput', { description: 'Records the signature of a draft agreement.' })
export class AgreementSignInput {
  @Field(() => ID, { description: 'The agreement.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => FuzzyDateInput, { description: 'When it was signed, as precisely as known.' })
  signedOn!: FuzzyDateInput;
}

@InputType('AgreementTerminateInput', { description: 'Ends a signed agreement early.' })
export class AgreementTerminateInput {
  @Field(() => ID, { description: 'The agreement.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => DateScalar, { description: 'The last day it is valid.' })
  lastDay!: string;
}

@InputType('AgreementAddPartyInput', { description: 'Adds an agency as a party to an agreement.' })
export class AgreementAddPartyInput {
  @Field(() => ID, { description: 'The agreement.' })
  agreementId!: string;

  @Field(() => ID, { description: 'The agency.' })
  agencyId!: string;

  @Field(() => PartyRole, { description: 'Its role.' })
  role!: PartyRole;

  @Field(() => ID, { nullable: true, description: 'The person who signed for it.' })
  signatoryId?: string | null;
}

@InputType('AgreementRemovePartyInput', { description: 'Removes a party from an agreement.' })
export class AgreementRemovePartyInput {
  @Field(() => ID, { description: 'The party edge (AgreementParty) to remove.' })
  partyId!: string;
}

@InputType('AgreementLinkInput', { description: 'Domains or countries to attach to, or detach from, an agreement.' })
export class AgreementLinkInput {
  @Field(() => ID, { description: 'The agreement.' })
  id!: string;

  @Field(() => [ID], { description: 'The domains or countries.' })
  ids!: string[];
}
