import { DateScalar } from '../../graphql/scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { enumCheck } from '../../graphql/enums';
import { Language } from '../../graphql/localized';
import { Node, NodeEntity } from '../../graphql/node';
import { Country } from '../country/country.entity';

export enum AgencyKind {
  FEDERAL_PUBLIC_SERVICE = 'federal_public_service',
  DEVELOPMENT_AGENCY = 'development_agency',
  INTERNAL_SERVICE = 'internal_service',
  MINISTRY = 'ministry',
  REGIONAL_GOVERNMENT = 'regional_government',
  LOCAL_GOVERNMENT = 'local_government',
  PUBLIC_INSTITUTION = 'public_institution',
  INTERNATIONAL_ORGANISATION = 'international_organisation',
}

registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  description: 'What kind of public body an agency is.',
  valuesConfig: {
    FEDERAL_PUBLIC_SERVICE: { description: 'A Belgian federal public service (FOD / SPF / FÖD).' },
    DEVELOPMENT_AGENCY: { description: 'A development agency, such as BTC / Enabel.' },
    INTERNAL_SERVICE: { description: 'A service internal to the administration, such as a prevention service.' },
    MINISTRY: { description: 'A ministry of a partner country or another state.' },
    REGIONAL_GOVERNMENT: { description: 'A regional or community government or its administration.' },
    LOCAL_GOVERNMENT: { description: 'A municipality, province or other local authority.' },
    PUBLIC_INSTITUTION: { description: 'Another public institution (agency, institute, public company).' },
    INTERNATIONAL_ORGANISATION: { description: 'An international or multilateral organisation.' },
  },
});

@ObjectType('Agency', {
  implements: Node,
  description:
    'A public body that signs agreements and makes experts available. Its names are dated and localized: a rename is a new dated name of the same agency (BTC became Enabel on 2018-01-01).',
})
@Entity({ name: 'agency' })
@Check('CHK_agency_kind', enumCheck('kind', AgencyKind))
@Check('CHK_agency_existence', `"existed_until" IS NULL OR "existed_from" IS NULL OR "existed_until" >= "existed_from"`)
@Check('CHK_agency_kbo_number', `"kbo_number" IS NULL OR "kbo_number" ~ '^[01][0-9]{3}\\.[0-9]{3}\\.[0-9]{3}$'`)
export class Agency extends NodeEntity {
  @Field(() => AgencyKind, { description: 'What kind of public body this is.' })
  @Index()
  @Column({ type: 'text' })
  kind!: AgencyKind;

  @Field(() => Int, {
    nullable: true,
    description: 'IATI OrganisationType code (10 = Government, 15 = Other public sector, ...).',
  })
  @Column({ type: 'smallint', nullable: true })
  iatiOrganisationType!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Belgian enterprise number (KBO / BCE), written 0671.516.647.',
  })
  @Index({ unique: true, where: '"kbo_number" IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  kboNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'IATI organisation identifier, for example BE-BCE_KBO-0264814354.' })
  @Index({ unique: true, where: '"iati_org_id" IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  iatiOrgId!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  countryId!: string | null;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'country_id' })
  country?: Relation<Country>;

  @Field(() => String, { nullable: true, description: 'The agency\'s website.' })
  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day of existence (YYYY-MM-DD); null when unknown.' })
  @Index()
  @Column({ type: 'date', nullable: true })
  existedFrom!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day of existence (YYYY-MM-DD); null while the agency exists.',
  })
  @Index()
  @Column({ type: 'date', nullable: true })
  existedUntil!: string | null;
}

@ObjectType('AgencyName', {
  description: 'A name and acronym of an agency in one language, valid over a period. Renames are new names, not edits.',
})
@Entity({ name: 'agency_name' })
@Check('CHK_agency_name_lang', enumCheck('lang', Language))
@Check('CHK_agency_name_period', `"valid_until" IS NULL OR "valid_from" IS NULL OR "valid_until" >= "valid_from"`)
@Index(['agencyId', 'lang', 'validFrom'])
export class AgencyName extends NodeEntity {
  @Column({ type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Relation<Agency>;

  @Field(() => Language, { description: 'The language of this name.' })
  @Column({ type: 'char', length: 2 })
  lang!: Language;

  @Field(() => String, { description: 'The full name.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The acronym in this language (FOD BOSA, SPF BOSA, ...).' })
  @Column({ type: 'text', nullable: true })
  acronym!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day the name is used (YYYY-MM-DD); null when unknown.' })
  @Column({ type: 'date', nullable: true })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day the name is used (YYYY-MM-DD); null while in use.' })
  @Column({ type: 'date', nullable: true })
  validUntil!: string | null;
}

export enum LineageKind {
  MERGED_INTO = 'merged_into',
  SPLIT_FROM = 'split_from',
}

registerEnumType(LineageKind, {
  name: 'LineageKind',
  description: 'How an agency descends from another.',
  valuesConfig: {
    MERGED_INTO: { description: 'The predecessor was merged into the successor and ceased to exist on its own.' },
    SPLIT_FROM: { description: 'The successor was split off from the predecessor, which continued.' },
  },
});

@ObjectType('AgencyLineage', {
  implements: Node,
  description: 'A dated edge from a predecessor agency to its successor: a merger or a split.',
})
@Entity({ name: 'agency_lineage' })
@Check('CHK_agency_lineage_kind', enumCheck('kind', LineageKind))
@Check('CHK_agency_lineage_distinct', `"predecessor_id" <> "successor_id"`)
@Index(['predecessorId', 'successorId', 'kind'], { unique: true })
export class AgencyLineage extends NodeEntity {
  @Column({ type: 'uuid' })
  predecessorId!: string;

  @ManyToOne(() => Agency, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'predecessor_id' })
  predecessor?: Relation<Agency>;

  @Index()
  @Column({ type: 'uuid' })
  successorId!: string;

  @ManyToOne(() => Agency, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'successor_id' })
  successor?: Relation<Agency>;

  @Field(() => LineageKind, { description: 'A merger or a split.' })
  @Column({ type: 'text' })
  kind!: LineageKind;

  @Field(() => DateScalar, { nullable: true, description: 'The day it took effect (YYYY-MM-DD).' })
  @Index()
  @Column({ type: 'date', nullable: true })
  occurredOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The act it rests on, for example a royal decree.' })
  @Column({ type: 'text', nullable: true })
  legalBasis!: string | null;
}
