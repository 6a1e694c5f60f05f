import { connectionType } from '../../graphql/connection';
import { listArgs } from '../../graphql/lists';
import {
  booleanField,
  defineFilter,
  enumField,
  enumFilter,
  floatField,
  fuzzyDateField,
  idField,
  relationMany,
  relationOne,
  stringField,
  textField,
} from '../../graphql/filters';
import type { ListDef, RelationDef } from '../../graphql/lists';
import { defineOrder, OrderDirection } from '../../graphql/ordering';
import { Assignment, AssignmentRole, Mission, MissionKind, MissionStatus } from './mission.entity';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FuzzyDateInput, LocalizedTextInput } from '../../graphql/inputs';
import { payloadType } from '../../graphql/mutation';
import { UserErrorCode } from '../../graphql/user-errors';

export const MissionFilter = defineFilter({
  name: 'Mission',
  description: 'Conditions on missions; fields combine with AND, and `and` / `or` / `not` compose them.',
  fields: {
    id: idField('id', 'Mission', 'The mission\'s ID.'),
    reference: stringField('reference', 'The mission\'s reference.'),
    title: textField('title', 'The title, in any language.'),
    kind: enumField('kind', enumFilter(MissionKind, 'MissionKind'), 'What kind of mission it is.'),
    status: enumField('status', enumFilter(MissionStatus, 'MissionStatus'), 'Where it stands.'),
    beneficiary: stringField('beneficiary', 'The beneficiary institution.'),
    plannedStart: fuzzyDateField('planned_start', 'Planned start.'),
    plannedEnd: fuzzyDateField('planned_end', 'Planned end.'),
    actualStart: fuzzyDateField('actual_start', 'Actual start.'),
    actualEnd: fuzzyDateField('actual_end', 'Actual end.'),
    country: relationOne('Country', (a, r) => `FROM country ${r} WHERE ${r}.id = ${a}.country_id`, 'The country.'),
    agreement: relationOne('Agreement', (a, r) => `FROM agreement ${r} WHERE ${r}.id = ${a}.agreement_id`, 'The agreement it runs under.'),
    domains: relationMany(
      'Domain',
      (a, r) => `FROM domain ${r} WHERE EXISTS (SELECT 1 FROM mission_domain ${r}e WHERE ${r}e.domain_id = ${r}.id AND ${r}e.mission_id = ${a}.id)`,
      'The domains it works in.',
    ),
    experts: relationMany(
      'Expert',
      (a, r) => `FROM expert ${r} WHERE EXISTS (SELECT 1 FROM assignment ${r}e WHERE ${r}e.expert_id = ${r}.id AND ${r}e.mission_id = ${a}.id)`,
      'The experts assigned.',
    ),
    assignments: relationMany('Assignment', (a, r) => `FROM assignment ${r} WHERE ${r}.mission_id = ${a}.id`, 'The assignments (role and days).'),
    synthetic: booleanField('synthetic', 'True for generated demonstration data.'),
  },
});

export const missionList: ListDef<Mission> = {
  name: 'Mission',
  entity: Mission,
  table: 'mission',
  order: defineOrder({
    name: 'Mission',
    fields: {
      REFERENCE: { sql: (a) => `${a}.reference`, cast: 'text', description: 'The reference.' },
      PLANNED_START: { sql: (a) => `lower(${a}.planned_start)`, cast: 'date', description: 'The first day the planned start may be.' },
      ACTUAL_START: { sql: (a) => `lower(${a}.actual_start)`, cast: 'date', description: 'The first day the actual start may be.' },
      STATUS: { sql: (a) => `${a}.status`, cast: 'text', description: 'The status.' },
      KIND: { sql: (a) => `${a}.kind`, cast: 'text', description: 'The kind.' },
      CREATED_AT: { sql: (a) => `${a}.created_at`, cast: 'timestamptz', description: 'When it was recorded in Coopgraph.' },
    },
    defaults: [{ field: 'REFERENCE', direction: OrderDirection.ASC }],
  }),
  // Coopgraph does not record when a mission was decided, so a day removes none; it dates the names in the answer.
  asOf: () => 'TRUE',
  asOfDescription: 'Answer names and nested relations as of this day (YYYY-MM-DD). Missions carry no decision date, so none is left out.',
};

export const AssignmentFilter = defineFilter({
  name: 'Assignment',
  description: 'Conditions on assignments of experts to missions.',
  fields: {
    role: enumField('role', enumFilter(AssignmentRole, 'AssignmentRole'), 'The expert\'s role.'),
    days: floatField('days', 'Days on the mission.'),
    expert: relationOne('Expert', (a, r) => `FROM expert ${r} WHERE ${r}.id = ${a}.expert_id`, 'The expert.'),
    mission: relationOne('Mission', (a, r) => `FROM mission ${r} WHERE ${r}.id = ${a}.mission_id`, 'The mission.'),
  },
});

export const assignmentList: ListDef<Assignment> = {
  name: 'Assignment',
  entity: Assignment,
  table: 'assignment',
  order: defineOrder({
    name: 'Assignment',
    fields: {
      ROLE: { sql: (a) => `${a}.role`, cast: 'text', description: 'The role (lead first).' },
      DAYS: { sql: (a) => `${a}.days`, cast: 'numeric', description: 'Days on the mission.' },
      MISSION_REFERENCE: { sql: (a) => `(SELECT am.reference FROM mission am WHERE am.id = ${a}.mission_id)`, cast: 'text', description: 'The mission\'s reference.' },
    },
    defaults: [{ field: 'MISSION_REFERENCE', direction: OrderDirection.ASC }],
  }),
};

export const missionsOfAgreement: RelationDef = { key: 'Agreement.missions', condition: (t, parent) => `${t}.agreement_id = ${parent}` };
export const missionsOfCountry: RelationDef = { key: 'Country.missions', condition: (t, parent) => `${t}.country_id = ${parent}` };
export const missionsOfDomain: RelationDef = {
  key: 'Domain.missions',
  condition: (t, parent) => `EXISTS (SELECT 1 FROM mission_domain rel WHERE rel.mission_id = ${t}.id AND rel.domain_id = ${parent})`,
};
export const missionsOfExpert: RelationDef = {
  key: 'Expert.missions',
  condition: (t, parent) => `EXISTS (SELECT 1 FROM assignment rel WHERE rel.mission_id = ${t}.id AND rel.expert_id = ${parent})`,
};
export const assignmentsOfExpertRelation: RelationDef = { key: 'Expert.assignments', condition: (t, parent) => `${t}.expert_id = ${parent}` };

export const MissionConnection = connectionType(Mission, 'Mission', 'missions');
export const MissionListArgs = listArgs(missionList);
export const AssignmentConnection = connectionType(Assignment, 'Assignment', 'assignments');
export const AssignmentListArgs = listArgs(assignmentList);

export const MissionPayload = payloadType(Mission, 'Mission', 'mission', 'mission');
export const AssignmentPayload = payloadType(Assignment, 'Assignment', 'assignment', 'assignment (of an expert to a mission)');

@InputType('MissionCreateInput', { description: 'A new mission; it starts as CONSIDERED.' })
export class MissionCreateInput {
  @Field(() => String, { nullable: true, description: 'Makes a retried request harmless: the same key answers the mission created the first time.' })
  idempotencyKey?: string | null;

  @Field(() => String, { description: 'A reference unique in Coopgraph (at most 100 characters).' })
  reference!: string;

  @Field(() => [LocalizedTextInput], { description: 'The title, in one or more languages (at most 300 characters each).' })
  title!: LocalizedTextInput[];

  @Field(() => MissionKind, { nullable: true, description: 'What kind of mission it is.' })
  kind?: MissionKind | null;

  @Field(() => ID, { description: 'The country the mission takes place in.' })
  countryId!: string;

  @Field(() => ID, { nullable: true, description: 'The agreement it runs under.' })
  agreementId?: string | null;

  @Field(() => String, { nullable: true, description: 'The beneficiary institution (at most 300 characters).' })
  beneficiary?: string | null;

  @Field(() => FuzzyDateInput, { nullable: true, description: 'Planned start.' })
  plannedStart?: FuzzyDateInput | null;

  @Field(() => FuzzyDateInput, { nullable: true, description: 'Planned end.' })
  plannedEnd?: FuzzyDateInput | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Objectives (at most 5,000 characters each).' })
  objectives?: LocalizedTextInput[] | null;

  @Field(() => [ID], { nullable: true, description: 'Domains the mission works in.' })
  domainIds?: string[] | null;
}

@InputType('MissionUpdateInput', { description: 'Changes to a mission\'s details; omitted fields stay as they are, null clears.' })
export class MissionUpdateInput {
  @Field(() => ID, { description: 'The mission.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New reference.' })
  reference?: string | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'New title (replaces every language).' })
  title?: LocalizedTextInput[] | null;

  @Field(() => MissionKind, { nullable: true, description: 'New kind.' })
  kind?: MissionKind | null;

  @Field(() => ID, { nullable: true, description: 'New country.' })
  countryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New agreement (null: none).' })
  agreementId?: string | null;

  @Field(() => String, { nullable: true, description: 'New beneficiary.' })
  beneficiary?: string | null;

  @Field(() => FuzzyDateInput, { nullable: true, description: 'New planned start.' })
  plannedStart?: FuzzyDateInput | null;

  @Field(() => FuzzyDateInput, { nullable: true, description: 'New planned end.' })
  plannedEnd?: FuzzyDateInput | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'New objectives.' })
  objectives?: LocalizedTextInput[] | null;
}

@InputType('MissionTransitionInput', { description: 'A mission whose status changes.' })
export class MissionTransitionInput {
  @Field(() => ID, { description: 'The mission.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  version!: number;
}

@InputType('MissionPlanInput', { description: 'Plans a considered mission: it needs a planned start and end, given here or already set.' })
export class MissionPlanInput extends MissionTransitionInput {
  @Field(() => FuzzyDateInput, { nullable: true, description: 'Planned start, if not set yet or changed.' })
  plannedStart?: FuzzyDateInput | null;

  @Field(() => FuzzyDateInput, { nullable: true, description: 'Planned end, if not set yet or changed.' })
  plannedEnd?: FuzzyDateInput | null;
}

@InputType('MissionStartInput', { description: 'Starts a confirmed mission.' })
export class MissionStartInput extends MissionTransitionInput {
  @Field(() => FuzzyDateInput, { nullable: true, description: 'The day it actually started.' })
  actualStart?: FuzzyDateInput | null;
}

@InputType('MissionCompleteInput', { description: 'Completes an ongoing mission.' })
export class MissionCompleteInput extends MissionTransitionInput {
  @Field(() => FuzzyDateInput, { nullable: true, description: 'The day it actually ended.' })
  actualEnd?: FuzzyDateInput | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'What it achieved.' })
  outcome?: LocalizedTextInput[] | null;
}

@InputType('MissionAssignExpertInput', { description: 'Assigns an expert to a mission with a role and days.' })
export class MissionAssignExpertInput {
  @Field(() => ID, { description: 'The mission.' })
  missionId!: string;

  @Field(() => ID, { description: 'The expert.' })
  expertId!: string;

  @Field(() => AssignmentRole, { description: 'The expert\'s role.' })
  role!: AssignmentRole;

  @Field(() => Float, { nullable: true, description: 'Days of work (more than 0, at most 366).' })
  days?: number | null;

  @Field(() => [UserErrorCode], {
    nullable: true,
    description: 'Conflicts you knowingly accept (only EXPERT_DOUBLE_BOOKED can be); they are recorded on the assignment and in its history.',
  })
  acceptConflicts?: UserErrorCode[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Check only: answer the user errors and warnings this assignment would meet (double bookings, availability, dates), with a null assignment, and write nothing.',
  })
  dryRun?: boolean | null;
}

@InputType('MissionUnassignExpertInput', { description: 'Removes an expert from a mission.' })
export class MissionUnassignExpertInput {
  @Field(() => ID, { description: 'The assignment to remove.' })
  assignmentId!: string;
}

/** How well an expert's calendar fits a mission. */
export enum ExpertFit {
  FREE = 'free',
  POSSIBLE_CONFLICT = 'possible_conflict',
  CONFLICT = 'conflict',
}

registerEnumType(ExpertFit, {
  name: 'ExpertFit',
  description: 'How an expert\'s bookings and availability meet a mission\'s period.',
  valuesConfig: {
    FREE: { description: 'No booking or availability period stands in the way (or the mission has no dates yet).' },
    POSSIBLE_CONFLICT: { description: 'A conflict is possible because a date is known only to the month or year: assigning gives a warning.' },
    CONFLICT: { description: 'A certain conflict: assigning is refused (a double booking can be accepted on purpose).' },
  },
});

@ObjectType('ExpertSuggestionConflict', { description: 'Something that stands between a suggested expert and the mission, as `missionAssignExpert` would report it.' })
export class ExpertSuggestionConflict {
  @Field(() => UserErrorCode, { description: 'EXPERT_DOUBLE_BOOKED or EXPERT_UNAVAILABLE.' })
  code!: UserErrorCode;

  @Field(() => Boolean, { description: 'True when the conflict is certain; false when a rough date only makes it possible.' })
  certain!: boolean;

  @Field(() => String, { description: 'The conflict in a sentence.' })
  message!: string;
}

@ObjectType('ExpertSuggestion', { description: 'An expert who could go on a mission, with why they rank where they do.' })
export class ExpertSuggestion {
  /** Resolved to the expert by the resolver. */
  expertId!: string;

  /** Resolved to domains by the resolver. */
  matchedDomainIds!: string[];

  @Field(() => Float, {
    description: 'From 0 to 1: the weighted mean of the domain match (weight 0.5), language match (0.2, when languages were asked for) and calendar fit (0.3: 1 free, 0.5 possible conflict, 0 conflict).',
  })
  score!: number;

  @Field(() => Float, { nullable: true, description: 'Share of the mission\'s domains the expert covers (a domain counts when the expert has it, a broader or a narrower one); null when the mission has no domains.' })
  domainMatch!: number | null;

  @Field(() => [String], { description: 'The languages asked for that the expert speaks (ISO 639-1).' })
  sharedLanguages!: string[];

  @Field(() => ExpertFit, { description: 'How the expert\'s calendar fits the mission\'s period.' })
  fit!: ExpertFit;

  @Field(() => [ExpertSuggestionConflict], { description: 'Double bookings and availability problems, certain or possible.' })
  conflicts!: ExpertSuggestionConflict[];
}
