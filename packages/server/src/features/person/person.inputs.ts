import { connectionType } from '../../graphql/connection';
import { listArgs } from '../../graphql/lists';
import { booleanField, defineFilter, idField, relationMany, relationOne, stringOn } from '../../graphql/filters';
import type { ListDef } from '../../graphql/lists';
import { defineOrder, OrderDirection } from '../../graphql/ordering';
import { Affiliation, Person } from './person.entity';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MutationPayload, payloadType } from '../../graphql/mutation';

// No filter on e-mail addresses or phone numbers: they are personal data.
export const PersonFilter = defineFilter({
  name: 'Person',
  description: 'Conditions on people; fields combine with AND, and `and` / `or` / `not` compose them.',
  fields: {
    id: idField('id', 'Person', 'The person\'s ID.'),
    name: stringOn((a) => `(${a}.given_name || ' ' || ${a}.family_name)`, 'Given and family name.'),
    affiliations: relationMany('Affiliation', (a, r) => `FROM affiliation ${r} WHERE ${r}.person_id = ${a}.id`, 'Their affiliations.'),
    synthetic: booleanField('synthetic', 'True for generated demonstration data.'),
  },
});

export const personList: ListDef<Person> = {
  name: 'Person',
  entity: Person,
  table: 'person',
  order: defineOrder({
    name: 'Person',
    fields: {
      FAMILY_NAME: { sql: (a) => `${a}.family_name`, cast: 'text', description: 'Family name.' },
      GIVEN_NAME: { sql: (a) => `${a}.given_name`, cast: 'text', description: 'Given name.' },
      CREATED_AT: { sql: (a) => `${a}.created_at`, cast: 'timestamptz', description: 'When they were recorded in Coopgraph.' },
    },
    defaults: [
      { field: 'FAMILY_NAME', direction: OrderDirection.ASC },
      { field: 'GIVEN_NAME', direction: OrderDirection.ASC },
    ],
  }),
};

export const AffiliationFilter = defineFilter({
  name: 'Affiliation',
  description: 'Conditions on affiliations of people with agencies.',
  fields: {
    agency: relationOne('Agency', (a, r) => `FROM agency ${r} WHERE ${r}.id = ${a}.agency_id`, 'The agency.'),
    person: relationOne('Person', (a, r) => `FROM person ${r} WHERE ${r}.id = ${a}.person_id`, 'The person.'),
  },
});

export const affiliationList: ListDef<Affiliation> = {
  name: 'Affiliation',
  entity: Affiliation,
  table: 'affiliation',
  order: defineOrder({
    name: 'Affiliation',
    fields: {
      VALID_FROM: { sql: (a) => `${a}.valid_from`, cast: 'date', description: 'First day in the position.' },
      FAMILY_NAME: { sql: (a) => `(SELECT ap.family_name FROM person ap WHERE ap.id = ${a}.person_id)`, cast: 'text', description: 'The person\'s family name.' },
    },
    defaults: [{ field: 'FAMILY_NAME', direction: OrderDirection.ASC }],
  }),
};

export const PersonConnection = connectionType(Person, 'Person', 'people');
export const PersonListArgs = listArgs(personList);
export const AffiliationConnection = connectionType(Affiliation, 'Affiliation', 'affiliations');
export const AffiliationListArgs = listArgs(affiliationList);
export const affiliationsOfAgencyRelation = { key: 'Agency.affiliations', condition: (t: string, parent: string) => `${t}.agency_id = ${parent}` };

export const PersonPayload = payloadType(Person, 'Person', 'person', 'person');

@InputType('PersonCreateInput', { description: 'A new person.' })
export class PersonCreateInput {
  @Field(() => String, { nullable: true, description: 'Makes a retried request harmless: the same key answers the person created the first time.' })
  idempotencyKey?: string | null;

  @Field(() => String, { description: 'Given name(s) (at most 100 characters).' })
  givenName!: string;

  @Field(() => String, { description: 'Family name (at most 100 characters).' })
  familyName!: string;

  @Field(() => String, { nullable: true, description: 'Work e-mail address, unique.' })
  email?: string | null;

  @Field(() => [String], { nullable: true, description: 'Work phone numbers in international format (+32 ...).' })
  phones?: string[] | null;
}

@InputType('PersonUpdateInput', { description: 'Changes to a person; omitted fields stay as they are, null clears.' })
export class PersonUpdateInput {
  @Field(() => ID, { description: 'The person.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New given name(s).' })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: 'New family name.' })
  familyName?: string | null;

  @Field(() => String, { nullable: true, description: 'New e-mail address.' })
  email?: string | null;

  @Field(() => [String], { nullable: true, description: 'New phone numbers (replace the old ones).' })
  phones?: string[] | null;
}

@InputType('PersonEraseInput', { description: 'A person whose personal data is to be erased (administrators only).' })
export class PersonEraseInput {
  @Field(() => ID, { description: 'The person.' })
  id!: string;
}

@ObjectType('PersonErasePayload', { description: 'What personErase answers.' })
export class PersonErasePayload extends MutationPayload {
  @Field(() => Person, { name: 'person', nullable: true, description: 'The person as kept: no name, e-mail or phone.' })
  result: Person | null = null;

  @Field(() => Int, { description: 'How many history entries had personal data removed.' })
  historyEntriesScrubbed = 0;
}
