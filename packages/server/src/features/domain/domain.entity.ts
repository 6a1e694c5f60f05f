import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { LocalizedText } from '../../graphql/localized';
import { Node, NodeEntity } from '../../graphql/node';

@ObjectType('Domain', {
  implements: Node,
  description:
    'A domain of cooperation in a tree (e-governance > electronic identity, ...), with OECD DAC CRS purpose codes.',
})
@Entity({ name: 'domain' })
@Check('CHK_domain_key', `"key" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('CHK_domain_not_own_parent', `"parent_id" IS NULL OR "parent_id" <> "id"`)
export class Domain extends NodeEntity {
  @Field(() => String, { description: 'A short stable key in kebab-case, for example `e-governance`.' })
  @Index({ unique: true })
  @Column({ type: 'text' })
  key!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Domain, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<Domain>;

  /** Localized labels; exposed through `label(lang)`. */
  @Column({ type: 'jsonb' })
  label!: LocalizedText;

  @Field(() => [String], {
    description: 'OECD DAC CRS purpose codes (IATI Sector vocabulary 1), for example 15110.',
  })
  @Index()
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  dacCodes!: string[];

  @Field(() => [Int], {
    description: 'IATI PolicyMarker codes for domains without a single purpose code (6 = climate mitigation, 7 = adaptation).',
  })
  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  policyMarkers!: number[];
}
