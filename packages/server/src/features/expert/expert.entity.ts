import { DateScalar } from '../../graphql/scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { enumCheck } from '../../graphql/enums';
import { Node, NodeEntity } from '../../graphql/node';
import { Agency } from '../agency/agency.entity';
import { Domain } from '../domain/domain.entity';
import { Person } from '../person/person.entity';

@ObjectType('Expert', {
  implements: Node,
  description:
    'A person an agency makes available for missions: their employer, domains of expertise, languages and availability.',
})
@Entity({ name: 'expert' })
@Check('CHK_expert_languages', `"languages" <@ ARRAY['aa','ab','af','ak','am','ar','as','az','be','bg','bm','bn','bs','ca','cs','da','de','el','en','es','et','eu','fa','ff','fi','fr','ga','gl','gu','ha','he','hi','hr','hu','hy','id','ig','is','it','ja','ka','kg','kk','km','kn','ko','ku','ky','lb','ln','lo','lt','lu','lv','mg','mk','ml','mn','mr','ms','mt','my','ne','nl','no','ny','om','pa','pl','ps','pt','qu','rn','ro','ru','rw','sg','si','sk','sl','sn','so','sq','sr','sv','sw','ta','te','tg','th','ti','tk','tl','tr','ts','uk','ur','uz','vi','wo','xh','yo','zh','zu']::text[]`)
export class Expert extends NodeEntity {
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<Person>;

  @Index()
  @Column({ type: 'uuid' })
  employerId!: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id' })
  employer?: Relation<Agency>;

  @Field(() => [String], { description: 'Languages the expert works in (ISO 639-1 codes, for example fr, pt).' })
  @Index()
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  @Field(() => String, { nullable: true, description: 'A short description of the expert\'s profile.' })
  @Column({ type: 'text', nullable: true })
  summary!: string | null;
}

/** An expert has expertise in a domain. */
@Entity({ name: 'expert_domain' })
@Index(['expertId', 'domainId'], { unique: true })
export class ExpertDomain extends NodeEntity {
  @Column({ type: 'uuid' })
  expertId!: string;

  @ManyToOne(() => Expert, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id' })
  expert?: Relation<Expert>;

  @Index()
  @Column({ type: 'uuid' })
  domainId!: string;

  @ManyToOne(() => Domain, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'domain_id' })
  domain?: Relation<Domain>;
}

export enum AvailabilityStatus {
  AVAILABLE = 'available',
  UNAVAILABLE = 'unavailable',
}

registerEnumType(AvailabilityStatus, {
  name: 'AvailabilityStatus',
  description: 'Whether an expert can be booked during a period.',
  valuesConfig: {
    AVAILABLE: { description: 'The expert can be assigned to missions in this period.' },
    UNAVAILABLE: { description: 'The expert cannot be assigned in this period (leave, other duties).' },
  },
});

@ObjectType('Availability', {
  implements: Node,
  description: 'A period during which an expert is, or is not, available for missions.',
})
@Entity({ name: 'availability' })
@Check('CHK_availability_status', enumCheck('status', AvailabilityStatus))
@Check('CHK_availability_period', `"ends_on" >= "starts_on"`)
@Index(['expertId', 'startsOn'])
export class Availability extends NodeEntity {
  @Column({ type: 'uuid' })
  expertId!: string;

  @ManyToOne(() => Expert, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'expert_id' })
  expert?: Relation<Expert>;

  @Field(() => DateScalar, { description: 'First day of the period (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Last day of the period (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  endsOn!: string;

  @Field(() => AvailabilityStatus, { description: 'Available or not during the period.' })
  @Column({ type: 'text' })
  status!: AvailabilityStatus;

  @Field(() => String, { nullable: true, description: 'A note for coordinators.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
