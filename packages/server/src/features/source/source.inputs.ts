import { connectionType } from '../../graphql/connection';
import { listArgs } from '../../graphql/lists';
import { defineFilter, enumField, enumFilter, fuzzyDateField, relationOne, stringField } from '../../graphql/filters';
import type { ListDef, RelationDef } from '../../graphql/lists';
import { defineOrder, OrderDirection } from '../../graphql/ordering';
import { Citation, Source, SourceKind } from './source.entity';

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
