import { connectionType } from '../../graphql/connection';
import { listArgs } from '../../graphql/lists';
import { defineFilter, enumField, enumFilter, fuzzyDateField, relationOne, stringField } from '../../graphql/filters';
import type { ListDef, RelationDef } from '../../graphql/lists';
import { defineOrder, OrderDirection } from '../../graphql/ordering';
import { Citation, Source, SourceKind } from './source.entity';
import { Field, ID, InputType, Int } from 'type-graphql';
import { FuzzyDateInput } from '../../graphql/inputs';
import { payloadType } from '../../graphql/mutation';

export const SourceFilter = defineFilter({
  name: 'Source',
  description: 'Conditions on sources.',
  fields: {
    key: stringField('key', 'The source\'s key.'),
    kind: enumField('kind', enumFilter(SourceKind, 'SourceKind'), 'What kind of document.'),
    title: stringField('title', 'The title.'),
    language: stringField('language', 'The language (ISO 639-1).'),
    publishedOn: fuzzyDateField('published', 'When it was published.'),
  },
});

export const sourceList: ListDef<Source> = {
  name: 'Source',
  entity: Source,
  table: 'source',
  order: defineOrder({
    name: 'Source',
    fields: {
      KEY: { sql: (a) => `${a}.key`, cast: 'text', description: 'The key.' },
      TITLE: { sql: (a) => `${a}.title`, cast: 'text', description: 'The title.' },
      PUBLISHED_ON: { sql: (a) => `lower(${a}.published)`, cast: 'date', description: 'The first day it may have been published.' },
    },
    defaults: [{ field: 'KEY', direction: OrderDirection.ASC }],
  }),
};

export const CitationFilter = defineFilter({
  name: 'Citation',
  description: 'Conditions on citations.',
  fields: {
    subjectType: stringField('subject_type', 'The GraphQL type of what cites the source (Agency, Mission, ...).'),
    source: relationOne('Source', (a, r) => `FROM source ${r} WHERE ${r}.id = ${a}.source_id`, 'The cited source.'),
  },
});

export const citationList: ListDef<Citation> = {
  name: 'Citation',
  entity: Citation,
  table: 'citation',
  order: defineOrder({
    name: 'Citation',
    fields: {
      SUBJECT_TYPE: { sql: (a) => `${a}.subject_type`, cast: 'text', description: 'The type of what cites the source.' },
      CREATED_AT: { sql: (a) => `${a}.created_at`, cast: 'timestamptz', description: 'When it was recorded.' },
    },
    defaults: [{ field: 'SUBJECT_TYPE', direction: OrderDirection.ASC }],
  }),
};

export const citationsOfSource: RelationDef = { key: 'Source.citedBy', condition: (t, parent) => `${t}.source_id = ${parent}` };

export const SourceConnection = connectionType(Source, 'Source', 'sources');
export const SourceListArgs = listArgs(sourceList);
export const CitationConnection = connectionType(Citation, 'Citation', 'citations');
export const CitationListArgs = listArgs(citationList);

export const SourcePayload = payloadType(Source, 'Source', 'source', 'source');
export const CitationPayload = payloadType(Citation, 'Citation', 'citation', 'citation');

@InputType('SourceCreateInput', { description: 'A new source document.' })
export class SourceCreateInput {
  @Field(() => String, { nullable: true, description: 'Makes a retried request harmless.' })
  idempotencyKey?: string | null;

  @Field(() => String, { description: 'A unique key in kebab-case (at most 100 characters).' })
  key!: string;

  @Field(() => SourceKind, { description: 'What kind of document it is.' })
  kind!: SourceKind;

  @Field(() => String, { description: 'Its title (at most 500 characters).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Its publisher (at most 200 characters).' })
  publisher?: string | null;

  @Field(() => FuzzyDateInput, { nullable: true, description: 'When it was published.' })
  publishedOn?: FuzzyDateInput | null;

  @Field(() => String, { nullable: true, description: 'Its language (ISO 639-1).' })
  language?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it can be read (https://...).' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'The relevant passage (at most 5,000 characters).' })
  excerpt?: string | null;
}

@InputType('SourceUpdateInput', { description: 'Changes to a source.' })
export class SourceUpdateInput {
  @Field(() => ID, { description: 'The source.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT.' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'New title.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New publisher.' })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'New address.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'New excerpt.' })
  excerpt?: string | null;
}

@InputType('NodeCiteSourceInput', { description: 'A node or edge citing a source.' })
export class NodeCiteSourceInput {
  @Field(() => ID, { description: 'The node or edge that is based on the source.' })
  subjectId!: string;

  @Field(() => ID, { description: 'The source.' })
  sourceId!: string;

  @Field(() => String, { nullable: true, description: 'Where in the source (page, section; at most 200 characters).' })
  locator?: string | null;

  @Field(() => String, { nullable: true, description: 'The supporting words (at most 2,000 characters).' })
  quote?: string | null;
}
