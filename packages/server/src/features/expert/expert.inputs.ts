import { connectionType } from '../../graphql/connection';
import { listArgs } from '../../graphql/lists';
import {
  booleanField,
  customField,
  DateRangeInput,
  dateField,
  defineFilter,
  enumField,
  enumFilter,
  idField,
  rangeSql,
  relationMany,
  relationOne,
  stringListField,
  stringOn,
} from '../../graphql/filters';
import type { ListDef, RelationDef } from '../../graphql/lists';
import { defineOrder, OrderDirection } from '../../graphql/ordering';
import { Availability, AvailabilityStatus, Expert } from './expert.entity';
import { Field, ID, InputType, Int } from 'type-graphql';
import { payloadType } from '../../graphql/mutation';
import { DateScalar } from '../../graphql/scalars';

export const ExpertFilter = defineFilter({
  name: 'Expert',
  description: 'Conditions on experts; fields combine with AND, and `and` / `or` / `not` compose them.',
  fields: {
    id: idField('id', 'Expert', 'The expert\'s ID.'),
    name: stringOn((a) => `(SELECT ep.given_name || ' ' || ep.family_name FROM person ep WHERE ep.id = ${a}.person_id)`, 'Given and family name.'),
    languages: stringListField('languages', 'Languages (ISO 639-1): `hasAny: ["pt"]` finds Portuguese speakers.'),
    employer: relationOne('Agency', (a, r) => `FROM agency ${r} WHERE ${r}.id = ${a}.employer_id`, 'The employing agency.'),
    domains: relationMany(
      'Domain',
      (a, r) => `FROM domain ${r} WHERE EXISTS (SELECT 1 FROM expert_domain ${r}e WHERE ${r}e.domain_id = ${r}.id AND ${r}e.expert_id = ${a}.id)`,
      'Domains of expertise.',
    ),
    missions: relationMany(
      'Mission',
      (a, r) => `FROM mission ${r} WHERE EXISTS (SELECT 1 FROM assignment ${r}e WHERE ${r}e.mission_id = ${r}.id AND ${r}e.expert_id = ${a}.id)`,
      'Missions the expert is assigned to.',
    ),
    assignments: relationMany('Assignment', (a, r) => `FROM assignment ${r} WHERE ${r}.expert_id = ${a}.id`, 'The expert\'s assignments.'),
    availableDuring: customField(() => DateRangeInput, 'Has an "available" period covering this whole period, and no "unavailable" period overlapping it.', (range: DateRangeInput, a, fc) => {
      const r = rangeSql(range, fc);
      return `(EXISTS (SELECT 1 FROM availability av WHERE av.expert_id = ${a}.id AND av.status = 'available' AND daterange(av.starts_on, av.ends_on, '[]') @> ${r})
        AND NOT EXISTS (SELECT 1 FROM availability un WHERE un.expert_id = ${a}.id AND un.status = 'unavailable' AND daterange(un.starts_on, un.ends_on, '[]') && ${r}))`;
    }),
    synthetic: booleanField('synthetic', 'True for generated demonstration data.'),
  },
});

export const expertList: ListDef<Expert> = {
  name: 'Expert',
  entity: Expert,
  table: 'expert',
  order: defineOrder({
    name: 'Expert',
    fields: {
      NAME: { sql: (a) => `(SELECT op.family_name || ' ' || op.given_name FROM person op WHERE op.id = ${a}.person_id)`, cast: 'text', description: 'Family name, then given name.' },
      CREATED_AT: { sql: (a) => `${a}.created_at`, cast: 'timestamptz', description: 'When it was recorded in Coopgraph.' },
    },
    defaults: [{ field: 'NAME', direction: OrderDirection.ASC }],
  }),
};

export const AvailabilityFilter = defineFilter({
  name: 'Availability',
  description: 'Conditions on availability periods.',
  fields: {
    status: enumField('status', enumFilter(AvailabilityStatus, 'AvailabilityStatus'), 'Available or not.'),
    startsOn: dateField('starts_on', 'First day.'),
    endsOn: dateField('ends_on', 'Last day.'),
  },
});

export const availabilityList: ListDef<Availability> = {
  name: 'Availability',
  entity: Availability,
  table: 'availability',
  order: defineOrder({
    name: 'Availability',
    fields: { STARTS_ON: { sql: (a) => `${a}.starts_on`, cast: 'date', description: 'First day.' } },
    defaults: [{ field: 'STARTS_ON', direction: OrderDirection.ASC }],
  }),
  asOf: (a, day, fc) => `${a}.ends_on >= ${fc.params.add(day, 'date')}`,
  asOfDescription: 'Only periods not yet over on this day (YYYY-MM-DD).',
};

export const expertsOfAgency: RelationDef = { key: 'Agency.experts', condition: (t, parent) => `${t}.employer_id = ${parent}` };
export const expertsOfDomain: RelationDef = {
  key: 'Domain.experts',
  condition: (t, parent) => `EXISTS (SELECT 1 FROM expert_domain rel WHERE rel.expert_id = ${t}.id AND rel.domain_id = ${parent})`,
};
export const availabilityOfExpertRelation: RelationDef = { key: 'Expert.availability', condition: (t, parent) => `${t}.expert_id = ${parent}` };

export const ExpertConnection = connectionType(Expert, 'Expert', 'experts');
export const ExpertListArgs = listArgs(expertList);
export const AvailabilityConnection = connectionType(Availability, 'Availability', 'availability periods');
export const AvailabilityListArgs = listArgs(availabilityList);

export const ExpertPayload = payloadType(Expert, 'Expert', 'expert', 'expert');

@InputType('ExpertCreateInput', { description: 'Makes a person available as an expert of an agency.' })
export class ExpertCreateInput {
  @Field(() => String, { nullable: true, description: 'Makes a retried request harmless: the same key answers the expert created the first time.' })
  idempotencyKey?: string | null;

  @Field(() => ID, { description: 'The person (one expert profile per person).' })
  personId!: string;

  @Field(() => ID, { description: 'The employing agency.' })
  employerId!: string;

  @Field(() => [String], { nullable: true, description: 'Working languages (ISO 639-1 codes).' })
  languages?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Domains of expertise.' })
  domainIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A short profile (at most 2,000 characters).' })
  summary?: string | null;
}

@InputType('ExpertUpdateInput', { description: 'Changes to an expert profile; expertise and availability have their own verbs.' })
export class ExpertUpdateInput {
  @Field(() => ID, { description: 'The expert.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'New employing agency.' })
  employerId?: string | null;

  @Field(() => String, { nullable: true, description: 'New profile text.' })
  summary?: string | null;
}

@InputType('AvailabilityPeriodInput', { description: 'A period an expert is, or is not, available.' })
export class AvailabilityPeriodInput {
  @Field(() => DateScalar, { description: 'First day.' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Last day.' })
  endsOn!: string;

  @Field(() => AvailabilityStatus, { description: 'Available or not.' })
  status!: AvailabilityStatus;

  @Field(() => String, { nullable: true, description: 'A note for coordinators (at most 500 characters).' })
  note?: string | null;
}

@InputType('ExpertSetAvailabilityInput', { description: 'Replaces an expert\'s availability periods.' })
export class ExpertSetAvailabilityInput {
  @Field(() => ID, { description: 'The expert.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => [AvailabilityPeriodInput], { description: 'Every period; periods with the same status must not overlap.' })
  periods!: AvailabilityPeriodInput[];
}

@InputType('ExpertSetExpertiseInput', { description: 'Replaces an expert\'s domains of expertise and languages.' })
export class ExpertSetExpertiseInput {
  @Field(() => ID, { description: 'The expert.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => [ID], { description: 'The domains of expertise.' })
  domainIds!: string[];

  @Field(() => [String], { description: 'The working languages (ISO 639-1).' })
  languages!: string[];
}
