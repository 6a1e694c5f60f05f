import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { enumCheck } from '../../graphql/enums';

export enum ChangeOperation {
  CREATE = 'create',
  UPDATE = 'update',
  ARCHIVE = 'archive',
  RESTORE = 'restore',
  DELETE = 'delete',
  ERASE = 'erase',
}

registerEnumType(ChangeOperation, {
  name: 'ChangeOperation',
  description: 'What a change did.',
  valuesConfig: {
    CREATE: { description: 'Created the node or edge.' },
    UPDATE: { description: 'Changed some of its fields.' },
    ARCHIVE: { description: 'Archived it (hidden from lists, kept for history).' },
    RESTORE: { description: 'Restored it from the archive.' },
    DELETE: { description: 'Removed an edge.' },
    ERASE: { description: 'Erased personal data (the erased values are not kept, here or anywhere).' },
  },
});

/** One write, as recorded in the change history: who, when, what, before and after. */
@ObjectType('Change', { description: 'One recorded write: who made it, when, to what, and the values before and after.' })
@Entity({ name: 'change' })
@Check('CHK_change_operation', enumCheck('operation', ChangeOperation))
@Index(['subjectId', 'occurredAt'])
export class Change {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the change was made.' })
  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Field(() => String, { description: 'Who made the change: a user, a token, or `system:seed` and the like.' })
  @Index()
  @Column({ type: 'text' })
  actor!: string;

  @Field(() => String, { nullable: true, description: 'The ID of the request that made the change.' })
  @Column({ type: 'text', nullable: true })
  requestId!: string | null;

  @Field(() => ChangeOperation, { description: 'What the change did.' })
  @Column({ type: 'text' })
  operation!: ChangeOperation;

  @Field(() => String, { description: 'The GraphQL type of the changed node or edge.' })
  @Index()
  @Column({ type: 'text' })
  subjectType!: string;

  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;
}
