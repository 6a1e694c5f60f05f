import { DateScalar } from '../../graphql/scalars';
import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { enumCheck } from '../../graphql/enums';
import { DatePrecision } from '../../graphql/fuzzy-date';
import type { LocalizedText } from '../../graphql/localized';
import { Node, NodeEntity } from '../../graphql/node';

@ObjectType('Country', {
  implements: Node,
  description: 'A country or territory, identified by its ISO 3166-1 codes.',
})
@Entity({ name: 'country' })
@Check('CHK_country_iso2', `"iso2" ~ '^[A-Z]{2}$'`)
@Check('CHK_country_iso3', `"iso3" IS NULL OR "iso3" ~ '^[A-Z]{3}$'`)
export class Country extends NodeEntity {
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code, for example BJ for Benin.' })
  @Index({ unique: true })
  @Column({ type: 'char', length: 2 })
  iso2!: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3 code, for example BEN.' })
  @Index({ unique: true })
  @Column({ type: 'char', length: 3, nullable: true })
  iso3!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 numeric code, for example 204.' })
  @Column({ type: 'char', length: 3, nullable: true })
  isoNumeric!: string | null;

  /** Localized names; exposed through `name(lang)`. */
  @Column({ type: 'jsonb' })
  name!: LocalizedText;
}

@ObjectType('PartnerDesignation', {
  implements: Node,
  description:
    'A period during which a country is a partner country of a cooperation programme (for example the fourteen partner countries of Belgian governmental cooperation).',
})
@Entity({ name: 'partner_designation' })
@Check('CHK_partner_designation_decided_precision', enumCheck('decided_precision', DatePrecision, true))
@Check('CHK_partner_designation_period', `"valid_until" IS NULL OR "valid_from" IS NULL OR "valid_until" >= "valid_from"`)
@Index(['countryId', 'programme'])
export class PartnerDesignation extends NodeEntity {
  @Index()
  @Column({ type: 'uuid' })
  countryId!: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_id' })
  country?: Relation<Country>;

  @Field(() => String, { description: 'The programme the country is a partner of.' })
  @Column({ type: 'text' })
  programme!: string;

  /** Stored fuzzy date of the decision; exposed as `decidedOn`. */
  @Column({ type: 'daterange', nullable: true })
  decided!: string | null;

  @Column({ type: 'text', nullable: true })
  decidedPrecision!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day of the designation (YYYY-MM-DD); null when unknown.' })
  @Index()
  @Column({ type: 'date', nullable: true })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the designation (YYYY-MM-DD); null while it lasts.' })
  @Index()
  @Column({ type: 'date', nullable: true })
  validUntil!: string | null;
}
