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
