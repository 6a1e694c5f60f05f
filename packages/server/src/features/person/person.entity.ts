import { DateScalar } from '../../graphql/scalars';
import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { LocalizedText } from '../../graphql/localized';
import { Node, NodeEntity } from '../../graphql/node';
import { PersonalData } from '../../graphql/personal-data';
import { Agency } from '../agency/agency.entity';

@ObjectType('Person', {
  implements: Node,
  description:
    'A person who appears as a signatory, a contact or an expert. E-mail addresses and phone numbers are personal data.',
})
@Entity({ name: 'person' })
@Check('CHK_person_email', `"email" IS NULL OR "email" ~ '^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$'`)
@Index(['familyName', 'givenName'])
export class Person extends NodeEntity {
  @Field(() => String, { description: 'Given name(s).' })
  @Column({ type: 'text' })
  givenName!: string;

  @Field(() => String, { description: 'Family name.' })
  @Column({ type: 'text' })
  familyName!: string;

  @PersonalData()
  @Field(() => String, {
    nullable: true,
    description: 'Work e-mail address. Personal data: only roles allowed to see personal data read it.',
  })
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @PersonalData()
  @Field(() => [String], {
    nullable: true,
    description: 'Work phone numbers in international format (+32 ...). Personal data: only roles allowed to see personal data read them.',
  })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  phones!: string[];
}

@ObjectType('Affiliation', {
  implements: Node,
  description: 'An edge from a person to an agency they work for, with their position (for example "International Coordination").',
})
@Entity({ name: 'affiliation' })
@Check('CHK_affiliation_period', `"valid_until" IS NULL OR "valid_from" IS NULL OR "valid_until" >= "valid_from"`)
@Index(['personId', 'agencyId'])
export class Affiliation extends NodeEntity {
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<Person>;

  @Index()
  @Column({ type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Relation<Agency>;

  /** Localized position title; exposed through `position(lang)`. */
  @Column({ type: 'jsonb', nullable: true })
  position!: LocalizedText | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day in this position (YYYY-MM-DD), if known.' })
  @Column({ type: 'date', nullable: true })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day in this position (YYYY-MM-DD); null while current or unknown.' })
  @Column({ type: 'date', nullable: true })
  validUntil!: string | null;
}
