import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { enumCheck } from '../../graphql/enums';
import { DatePrecision } from '../../graphql/fuzzy-date';
import type { LocalizedText } from '../../graphql/localized';
import { Node, NodeEntity } from '../../graphql/node';
import { Agreement } from '../agreement/agreement.entity';
import { Country } from '../country/country.entity';
import { Domain } from '../domain/domain.entity';
import { Expert } from '../expert/expert.entity';

export enum MissionKind {
  SUPPORT_MISSION = 'support_mission',
  EXPERT_MISSION = 'expert_mission',
  STUDY_VISIT = 'study_visit',
  WORKSHOP = 'workshop',
  ASSESSMENT = 'assessment',
}

registerEnumType(MissionKind, {
  name: 'MissionKind',
  description: 'What kind of mission this is.',
  valuesConfig: {
    SUPPORT_MISSION: { description: 'A support mission (ondersteuningsmissie) to a partner institution.' },
    EXPERT_MISSION: { description: 'An expert posted to give advice or training.' },
    STUDY_VISIT: { description: 'A visit of partner-country officials to learn from Belgian practice.' },
    WORKSHOP: { description: 'A workshop or seminar.' },
    ASSESSMENT: { description: 'An assessment or identification mission.' },
  },
});

export enum MissionStatus {
  CONSIDERED = 'considered',
  PLANNED = 'planned',
  CONFIRMED = 'confirmed',
  ONGOING = 'ongoing',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
}

registerEnumType(MissionStatus, {
  name: 'MissionStatus',
  description: 'Where a mission stands.',
  valuesConfig: {
    CONSIDERED: { description: 'Under consideration (IATI ActivityStatus 1, pipeline).' },
    PLANNED: { description: 'Planned, with a period and a beneficiary.' },
    CONFIRMED: { description: 'Confirmed with the partner; experts are being assigned.' },
    ONGOING: { description: 'Under way (IATI ActivityStatus 2).' },
    COMPLETED: { description: 'Finished (IATI ActivityStatus 3 or 4).' },
    CANCELLED: { description: 'Cancelled (IATI ActivityStatus 5).' },
  },
});

const period = (name: string) =>
  `("${name}" IS NULL) = ("${name}_precision" IS NULL)`;

@ObjectType('Mission', {
  implements: Node,
  description:
    'A mission of experts in a partner country, for a beneficiary institution, under an agreement. Planned and actual periods keep their precision (a mission planned for "July 2017").',
})
@Entity({ name: 'mission' })
@Check('CHK_mission_kind', enumCheck('kind', MissionKind, true))
@Check('CHK_mission_status', enumCheck('status', MissionStatus))
@Check('CHK_mission_planned_start_precision', enumCheck('planned_start_precision', DatePrecision, true))
@Check('CHK_mission_planned_end_precision', enumCheck('planned_end_precision', DatePrecision, true))
@Check('CHK_mission_actual_start_precision', enumCheck('actual_start_precision', DatePrecision, true))
@Check('CHK_mission_actual_end_precision', enumCheck('actual_end_precision', DatePrecision, true))
@Check('CHK_mission_planned_start_pair', period('planned_start'))
@Check('CHK_mission_planned_end_pair', period('planned_end'))
@Check('CHK_mission_actual_start_pair', period('actual_start'))
@Check('CHK_mission_actual_end_pair', period('actual_end'))
@Check(
  'CHK_mission_planned_order',
  `"planned_start" IS NULL OR "planned_end" IS NULL OR upper("planned_end") IS NULL OR lower("planned_start") IS NULL OR upper("planned_end") > lower("planned_start")`,
)
@Check(
  'CHK_mission_actual_order',
  `"actual_start" IS NULL OR "actual_end" IS NULL OR upper("actual_end") IS NULL OR lower("actual_start") IS NULL OR upper("actual_end") > lower("actual_start")`,
)
// Current missions in their lists' default order (reference, then ID), by parent and by ID:
// a page of an agreement's or country's missions is a range of one index, and the archive
// check comes from the index's predicate, not from each row's last column. The ID index
// serves missions reached through a link table (a domain's, an expert's).
@Index('IDX_mission_live_by_agreement', ['agreementId', 'reference', 'id'], { where: '"archived_at" IS NULL' })
@Index('IDX_mission_live_by_country', ['countryId', 'reference', 'id'], { where: '"archived_at" IS NULL' })
@Index('IDX_mission_live', ['id', 'reference'], { where: '"archived_at" IS NULL' })
export class Mission extends NodeEntity {
  @Field(() => String, { description: 'The mission\'s reference, unique in Coopgraph.' })
  @Index({ unique: true })
  @Column({ type: 'text' })
  reference!: string;

  /** Localized title; exposed through `title(lang)`. */
  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Field(() => MissionKind, { nullable: true, description: 'What kind of mission this is; null while not decided or not known.' })
  @Index()
  @Column({ type: 'text', nullable: true })
  kind!: MissionKind | null;

  @Field(() => MissionStatus, { description: 'Where the mission stands.' })
  @Index()
  @Column({ type: 'text' })
  status!: MissionStatus;

  @Index()
  @Column({ type: 'uuid' })
  countryId!: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_id' })
  country?: Relation<Country>;

  @Field(() => String, { nullable: true, description: 'The institution the mission supports, as named in the source.' })
  @Column({ type: 'text', nullable: true })
  beneficiary!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  agreementId!: string | null;

  @ManyToOne(() => Agreement, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'agreement_id' })
  agreement?: Relation<Agreement>;

  @Index()
  @Column({ type: 'daterange', nullable: true })
  plannedStart!: string | null;

  @Column({ type: 'text', nullable: true })
  plannedStartPrecision!: string | null;

  @Column({ type: 'daterange', nullable: true })
  plannedEnd!: string | null;

  @Column({ type: 'text', nullable: true })
  plannedEndPrecision!: string | null;

  @Index()
  @Column({ type: 'daterange', nullable: true })
  actualStart!: string | null;

  @Column({ type: 'text', nullable: true })
  actualStartPrecision!: string | null;

  @Column({ type: 'daterange', nullable: true })
  actualEnd!: string | null;

  @Column({ type: 'text', nullable: true })
  actualEndPrecision!: string | null;

  /** Localized objectives; exposed through `objectives(lang)`. */
  @Column({ type: 'jsonb', nullable: true })
  objectives!: LocalizedText | null;

  /** Localized outcome; exposed through `outcome(lang)`. */
  @Column({ type: 'jsonb', nullable: true })
  outcome!: LocalizedText | null;
}

/** A mission works in a domain. */
@Entity({ name: 'mission_domain' })
@Index(['missionId', 'domainId'], { unique: true })
export class MissionDomain extends NodeEntity {
  @Column({ type: 'uuid' })
  missionId!: string;

  @ManyToOne(() => Mission, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mission_id' })
  mission?: Relation<Mission>;

  @Index()
  @Column({ type: 'uuid' })
  domainId!: string;

  @ManyToOne(() => Domain, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'domain_id' })
  domain?: Relation<Domain>;
}

export enum AssignmentRole {
  LEAD = 'lead',
  MEMBER = 'member',
}

registerEnumType(AssignmentRole, {
  name: 'AssignmentRole',
  description: 'An expert\'s role on a mission.',
  valuesConfig: {
    LEAD: { description: 'Leads the mission.' },
    MEMBER: { description: 'Member of the mission team.' },
  },
});

@ObjectType('Assignment', {
  implements: Node,
  description: 'An edge from a mission to an expert assigned to it, with a role and the number of days.',
})
@Entity({ name: 'assignment' })
@Check('CHK_assignment_role', enumCheck('role', AssignmentRole))
@Check('CHK_assignment_days', `"days" IS NULL OR ("days" > 0 AND "days" <= 366)`)
@Index(['missionId', 'expertId'], { unique: true })
export class Assignment extends NodeEntity {
  @Column({ type: 'uuid' })
  missionId!: string;

  @ManyToOne(() => Mission, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mission_id' })
  mission?: Relation<Mission>;

  @Index()
  @Column({ type: 'uuid' })
  expertId!: string;

  @ManyToOne(() => Expert, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'expert_id' })
  expert?: Relation<Expert>;

  @Field(() => AssignmentRole, { description: 'The expert\'s role on the mission.' })
  @Column({ type: 'text' })
  role!: AssignmentRole;

  @Field(() => Float, { nullable: true, description: 'Days the expert works on the mission.' })
  @Column({ type: 'numeric', precision: 5, scale: 1, nullable: true })
  days!: number | null;

  @Field(() => [String], {
    description:
      'Conflicts the coordinator knowingly accepted when assigning (for example EXPERT_DOUBLE_BOOKED); empty when there were none.',
  })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  acceptedConflicts!: string[];
}
