import { connectionType } from '../../graphql/connection';
import { listArgs } from '../../graphql/lists';
import { booleanField, customField, defineFilter, idField, relationMany, relationOne, stringField, stringListField, textField } from '../../graphql/filters';
import type { ListDef, RelationDef } from '../../graphql/lists';
import { defineOrder, OrderDirection } from '../../graphql/ordering';
import { Domain } from './domain.entity';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalizedTextInput } from '../../graphql/inputs';
import { payloadType } from '../../graphql/mutation';

/** SQL for the IDs of a domain (by key) and every domain below it. */
export const subtreeSql = (keyParam: string) =>
  `(WITH RECURSIVE sub AS (SELECT d.id FROM domain d WHERE d.key = ${keyParam} UNION SELECT c.id FROM domain c JOIN sub ON c.parent_id = sub.id) SELECT id FROM sub)`;

export const DomainFilter = defineFilter({
  name: 'Domain',
  description: 'Conditions on domains; fields combine with AND, and `and` / `or` / `not` compose them.',
  fields: {
    id: idField('id', 'Domain', 'The domain\'s ID.'),
    key: stringField('key', 'The domain\'s key (e-governance).'),
    label: textField('label', 'The label, in any language.'),
    dacCodes: stringListField('dac_codes', 'OECD DAC CRS purpose codes.'),
    subtreeOf: customField(() => String, 'The domain with this key, or any domain below it: `subtreeOf: "e-governance"` also matches "electronic-identity".', (key: string, a, fc) =>
      `${a}.id IN ${subtreeSql(fc.params.add(key, 'text'))}`,
    ),
    isRoot: customField(() => Boolean, 'True: a top-level domain; false: a narrower one.', (v: boolean, a) => (v ? `${a}.parent_id IS NULL` : `${a}.parent_id IS NOT NULL`)),
    parent: relationOne('Domain', (a, r) => `FROM domain ${r} WHERE ${r}.id = ${a}.parent_id`, 'The broader domain.'),
    agreements: relationMany(
      'Agreement',
      (a, r) => `FROM agreement ${r} WHERE EXISTS (SELECT 1 FROM agreement_domain ${r}e WHERE ${r}e.agreement_id = ${r}.id AND ${r}e.domain_id = ${a}.id)`,
      'Agreements that cover it.',
    ),
    experts: relationMany(
      'Expert',
      (a, r) => `FROM expert ${r} WHERE EXISTS (SELECT 1 FROM expert_domain ${r}e WHERE ${r}e.expert_id = ${r}.id AND ${r}e.domain_id = ${a}.id)`,
      'Experts with expertise in it.',
    ),
    missions: relationMany(
      'Mission',
      (a, r) => `FROM mission ${r} WHERE EXISTS (SELECT 1 FROM mission_domain ${r}e WHERE ${r}e.mission_id = ${r}.id AND ${r}e.domain_id = ${a}.id)`,
      'Missions working in it.',
    ),
    synthetic: booleanField('synthetic', 'True for generated demonstration data.'),
  },
});

export const domainList: ListDef<Domain> = {
  name: 'Domain',
  entity: Domain,
  table: 'domain',
  order: defineOrder({
    name: 'Domain',
    fields: {
      KEY: { sql: (a) => `${a}.key`, cast: 'text', description: 'The key.' },
      LABEL: {
        sql: (a, fc) => `coalesce(${a}.label->>${fc.params.add(fc.lang, 'text')}, ${a}.label->>'en', ${a}.label->>'nl', ${a}.label->>'fr', ${a}.label->>'de')`,
        cast: 'text',
        description: 'The label in the request\'s language (with the usual fallback).',
      },
      CREATED_AT: { sql: (a) => `${a}.created_at`, cast: 'timestamptz', description: 'When it was recorded in Coopgraph.' },
    },
    defaults: [{ field: 'KEY', direction: OrderDirection.ASC }],
  }),
};

export const childrenOfDomainRelation: RelationDef = { key: 'Domain.children', condition: (t, parent) => `${t}.parent_id = ${parent}` };

export const DomainConnection = connectionType(Domain, 'Domain', 'domains');
export const DomainListArgs = listArgs(domainList);

export const DomainPayload = payloadType(Domain, 'Domain', 'domain', 'domain');

@InputType('DomainCreateInput', { description: 'A new domain in the tree.' })
export class DomainCreateInput {
  @Field(() => String, { nullable: true, description: 'Makes a retried request harmless.' })
  idempotencyKey?: string | null;

  @Field(() => String, { description: 'A unique key in kebab-case (at most 60 characters).' })
  key!: string;

  @Field(() => ID, { nullable: true, description: 'The parent domain.' })
  parentId?: string | null;

  @Field(() => [LocalizedTextInput], { description: 'The label, in one or more languages (at most 200 characters).' })
  label!: LocalizedTextInput[];

  @Field(() => [String], { nullable: true, description: 'OECD DAC CRS purpose codes (five digits).' })
  dacCodes?: string[] | null;
}

@InputType('DomainUpdateInput', { description: 'Changes to a domain; omitted fields stay as they are.' })
export class DomainUpdateInput {
  @Field(() => ID, { description: 'The domain.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'New parent (null: a root domain).' })
  parentId?: string | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'New label.' })
  label?: LocalizedTextInput[] | null;

  @Field(() => [String], { nullable: true, description: 'New DAC codes.' })
  dacCodes?: string[] | null;
}
