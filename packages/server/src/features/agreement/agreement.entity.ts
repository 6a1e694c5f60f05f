import { DateScalar } from '../../graphql/scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { enumCheck } from '../../graphql/enums';
import { DatePrecision } from '../../graphql/fuzzy-date';
import type { LocalizedText } from '../../graphql/localized';
import { Node, NodeEntity } from '../../graphql/node';
import { Agency } from '../agency/agency.entity';
import { Country } from '../country/country.entity';
import { Domain } from '../domain/domain.entity';
import { Person } from '../person/person.entity';

export enum AgreementKind {
  COOPERATION = 'cooperation',
  PARTNERSHIP = 'partnership',
  MEMORANDUM_OF_UNDERSTANDING = 'memorandum_of_understanding',
  FRAMEWORK = 'framework',
}

registerEnumType(AgreementKind, {
  name: 'AgreementKind',
  description: 'What kind of agreement this is.',
  valuesConfig: {
    COOPERATION: { description: 'A cooperation agreement (samenwerkingsakkoord).' },
    PARTNERSHIP: { description: 'A partnership agreement (partnerschapsovereenkomst).' },
    MEMORANDUM_OF_UNDERSTANDING: { description: 'A memorandum of understanding (IATI document category A09).' },
    FRAMEWORK: { description: 'A framework agreement, under which child agreements are made.' },
  },
});

export enum AgreementStatus {
  DRAFT = 'draft',
  SIGNED = 'signed',
  TERMINATED = 'terminated',
  EXPIRED = 'expired',
}

registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'Where an agreement stands.',
  valuesConfig: {
    DRAFT: { description: 'Being negotiated; not signed yet.' },
    SIGNED: { description: 'Signed by its parties.' },
    TERMINATED: { description: 'Ended early by a party.' },
    EXPIRED: { description: 'Its validity has run out.' },
  },
});

@ObjectType('Agreement', {
  implements: Node,
  description:
    'An agreement signed by agencies (its parties), covering domains and countries; missions run under it. A framework agreement can have child agreements.',
})
@Entity({ name: 'agreement' })
@Check('CHK_agreement_kind', enumCheck('kind', AgreementKind))
@Check('CHK_agreement_status', enumCheck('status', AgreementStatus))
@Check('CHK_agreement_signed_precision', enumCheck('signed_precision', DatePrecision, true))
@Check('CHK_agreement_signed_pair', `("signed" IS NULL) = ("signed_precision" IS NULL)`)
@Check('CHK_agreement_validity', `"valid_until" IS NULL OR "valid_from" IS NULL OR "valid_until" >= "valid_from"`)
@Check('CHK_agreement_not_own_parent', `"parent_id" IS NULL OR "parent_id" <> "id"`)
// Current agreements in their lists' default order (reference, then ID): by ID for the
// agreements reached through a link table (an agency's, a country's, a domain's), by parent
// for a framework's children. See the same indexes on Mission.
@Index('IDX_agreement_live', ['id', 'reference'], { where: '"archived_at" IS NULL' })
@Index('IDX_agreement_live_by_parent', ['parentId', 'reference', 'id'], { where: '"archived_at" IS NULL' })
export class Agreement extends NodeEntity {
  @Field(() => String, { description: 'The agreement\'s reference, unique in Coopgraph.' })
  @Index({ unique: true })
  @Column({ type: 'text' })
  reference!: string;

  /** Localized title; exposed through `title(lang)`. */
  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  /** Localized purpose; exposed through `purpose(lang)`. */
  @Column({ type: 'jsonb', nullable: true })
  purpose!: LocalizedText | null;

  @Field(() => AgreementKind, { description: 'What kind of agreement this is.' })
  @Index()
  @Column({ type: 'text' })
  kind!: AgreementKind;

  @Field(() => AgreementStatus, { description: 'Where the agreement stands.' })
  @Index()
  @Column({ type: 'text' })
  status!: AgreementStatus;

  /** Stored fuzzy date of signature; exposed as `signedOn`. */
  @Index()
  @Column({ type: 'daterange', nullable: true })
  signed!: string | null;

  @Column({ type: 'text', nullable: true })
  signedPrecision!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day of validity (YYYY-MM-DD); null when unknown.' })
  @Index()
  @Column({ type: 'date', nullable: true })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of validity (YYYY-MM-DD); null when open-ended.' })
  @Index()
  @Column({ type: 'date', nullable: true })
  validUntil!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Agreement, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<Agreement>;
}

export enum PartyRole {
  FUNDING = 'funding',
  ACCOUNTABLE = 'accountable',
  EXTENDING = 'extending',
  IMPLEMENTING = 'implementing',
  SIGNATORY = 'signatory',
}

registerEnumType(PartyRole, {
  name: 'PartyRole',
  description: 'The role of an agency in an agreement: IATI OrganisationRole codes 1 to 4, plus signatory.',
  valuesConfig: {
    FUNDING: { description: 'IATI OrganisationRole 1: provides the funds.' },
    ACCOUNTABLE: { description: 'IATI OrganisationRole 2: accountable for the use of the funds.' },
    EXTENDING: { description: 'IATI OrganisationRole 3: manages the budget on behalf of the funder.' },
    IMPLEMENTING: { description: 'IATI OrganisationRole 4: carries out the work.' },
    SIGNATORY: { description: 'Signed the agreement (no IATI code).' },
  },
});

@ObjectType('AgreementParty', {
  implements: Node,
  description: 'An edge from an agreement to an agency that is party to it, with its role and the person who signed.',
})
@Entity({ name: 'agreement_party' })
@Check('CHK_agreement_party_role', enumCheck('role', PartyRole))
@Index(['agreementId', 'agencyId', 'role'], { unique: true })
export class AgreementParty extends NodeEntity {
  @Column({ type: 'uuid' })
  agreementId!: string;

  @ManyToOne(() => Agreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: Relation<Agreement>;

  @Index()
  @Column({ type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Relation<Agency>;

  @Field(() => PartyRole, { description: 'The agency\'s role in the agreement.' })
  @Index()
  @Column({ type: 'text' })
  role!: PartyRole;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  signatoryId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'signatory_id' })
  signatory?: Relation<Person>;
}

/** An agreement covers a domain. */
@Entity({ name: 'agreement_domain' })
@Index(['agreementId', 'domainId'], { unique: true })
export class AgreementDomain extends NodeEntity {
  @Column({ type: 'uuid' })
  agreementId!: string;

  @ManyToOne(() => Agreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: Relation<Agreement>;

  @Index()
  @Column({ type: 'uuid' })
  domainId!: string;

  @ManyToOne(() => Domain, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'domain_id' })
  domain?: Relation<Domain>;
}

/** An agreement covers a country. */
@Entity({ name: 'agreement_country' })
@Index(['agreementId', 'countryId'], { unique: true })
export class AgreementCountry extends NodeEntity {
  @Column({ type: 'uuid' })
  agreementId!: string;

  @ManyToOne(() => Agreement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: Relation<Agreement>;

  @Index()
  @Column({ type: 'uuid' })
  countryId!: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_id' })
  country?: Relation<Country>;
}
