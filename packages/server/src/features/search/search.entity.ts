import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One searchable field of a document: the GraphQL field it comes from, its text and its weight. */
export interface SearchField {
  field: string;
  text: string;
  /** A: names, titles, references and codes; B: secondary identifiers; C: descriptions. */
  weight: 'A' | 'B' | 'C';
}

/**
 * The search index: one document per searchable node and language, built by SQL functions
 * and kept fresh by triggers on the source tables (see the Search migration). Not a node:
 * it is never written by the application, only read by the search service.
 */
@Entity({ name: 'search_document' })
@Index('IDX_search_document_document', { synchronize: false })
@Index('IDX_search_document_plain', { synchronize: false })
export class SearchDocument {
  /** GraphQL type name of the node (Agency, Agreement, ...). */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_search_document' })
  nodeType!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_search_document' })
  nodeId!: string;

  /** nl, fr, en, de, or und (undetermined: text in no particular language, such as people's names). */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_search_document' })
  lang!: string;

  /** The fields in this language, plus the language-neutral ones, strongest weight first. */
  @Column({ type: 'jsonb' })
  fields!: SearchField[];

  /** Names, references and codes reduced by search_key(), for exact-match ranking. */
  @Column({ type: 'text', array: true })
  exact!: string[];

  /** Weighted, stemmed in the document's language, accents folded. */
  @Column({ type: 'tsvector' })
  document!: string;

  /** Weighted, unstemmed (simple configuration), accents folded: for prefixes and words the stemmer mangles. */
  @Column({ type: 'tsvector' })
  plain!: string;
}
