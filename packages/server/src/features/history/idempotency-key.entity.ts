import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A create mutation's idempotency key, per actor: a retried request with the same key
 * returns what the first one created instead of creating again. Written in the mutation's
 * own transaction, so a refused mutation leaves no key behind.
 */
@Entity({ name: 'idempotency_key' })
export class IdempotencyKey {
  @PrimaryColumn({ type: 'text' })
  actor!: string;

  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  operation!: string;

  @Column({ type: 'text', nullable: true })
  subjectType!: string | null;

  @Column({ type: 'uuid', nullable: true })
  subjectId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
