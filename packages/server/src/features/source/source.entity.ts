import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { enumCheck } from '../../graphql/enums';
import { DatePrecision } from '../../graphql/fuzzy-date';
import { Node, NodeEntity } from '../../graphql/node';

export enum SourceKind {
  PRESS_RELEASE = 'press_release',
  LEGAL_TEXT = 'legal_text',
  REGISTRY = 'registry',
  WEBSITE = 'website',
  CODELIST = 'codelist',
  SYNTHETIC = 'synthetic',
}

registerEnumType(SourceKind, {
  name: 'SourceKind',
  description: 'What kind of document a source is.',
  valuesConfig: {
    PRESS_RELEASE: { description: 'A press release.' },
    LEGAL_TEXT: { description: 'A law, decree or official journal publication.' },
    REGISTRY: { description: 'A public register (company register, IATI registry).' },
    WEBSITE: { description: 'A web page of the organisation itself.' },
    CODELIST: { description: 'A standard codelist (ISO, OECD DAC, IATI).' },
    SYNTHETIC: { description: 'The generator of synthetic demonstration data: what cites it is not real.' },
  },
});

@ObjectType('Source', {
  implements: Node,
  description: 'A document that facts in Coopgraph come from. Every node and edge can cite sources.',
})
@Entity({ name: 'source' })
@Check('CHK_source_kind', enumCheck('kind', SourceKind))
@Check('CHK_source_published_precision', enumCheck('published_precision', DatePrecision, true))
@Check('CHK_source_language', `"language" IS NULL OR "language" ~ '^[a-z]{2}$'`)
export class Source extends NodeEntity {
  @Field(() => String, { description: 'A short stable key, for example `press-release-2017-06-bosa-btc`.' })
  @Index({ unique: true })
  @Column({ type: 'text' })
  key!: string;

  @Field(() => SourceKind, { description: 'What kind of document this is.' })
  @Column({ type: 'text' })
  kind!: SourceKind;

  @Field(() => String, { description: 'The title of the document, in its own language.' })
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Who published the document.' })
  @Column({ type: 'text', nullable: true })
  publisher!: string | null;

  /** Stored fuzzy date; exposed as `publishedOn`. */
  @Column({ type: 'daterange', nullable: true })
  published!: string | null;

  @Column({ type: 'text', nullable: true })
  publishedPrecision!: string | null;

  @Field(() => String, { nullable: true, description: 'The language of the document (ISO 639-1).' })
  @Column({ type: 'char', length: 2, nullable: true })
  language!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the document can be read, if it is online.' })
  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'An excerpt of the document: the passage the facts come from.' })
  @Column({ type: 'text', nullable: true })
  excerpt!: string | null;
}

@ObjectType('Citation', {
  implements: Node,
  description: 'An edge from a node or edge to a source it is based on, with the passage that supports it.',
})
@Entity({ name: 'citation' })
@Index(['subjectId', 'sourceId'], { unique: true })
export class Citation extends NodeEntity {
  @Index()
  @Column({ type: 'uuid' })
  sourceId!: string;

  @ManyToOne(() => Source, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_id' })
  source?: Relation<Source>;

  /** GraphQL type name of the cited node or edge. */
  @Column({ type: 'text' })
  subjectType!: string;

  @Column({ type: 'uuid' })
  subjectId!: string;

  @Field(() => String, { nullable: true, description: 'Where in the source: page, paragraph or section.' })
  @Column({ type: 'text', nullable: true })
  locator!: string | null;

  @Field(() => String, { nullable: true, description: 'The words of the source that support the fact.' })
  @Column({ type: 'text', nullable: true })
  quote!: string | null;
}
