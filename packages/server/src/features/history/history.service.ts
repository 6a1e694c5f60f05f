import type { ClassType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import type { ChangeOperation } from './change.entity';

/** What recordChange needs of a mutation: its transaction, actor and request. */
export interface ChangeWriter {
  manager: EntityManager;
  actor: string;
  ctx: { requestId: string };
}

/** A row as stored: its columns by database name (the shape the seed history uses too). */
export function snapshot(manager: EntityManager, entity: ClassType<object>, row: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of manager.connection.getMetadata(entity).columns) {
    const value = (row as Record<string, unknown>)[column.propertyName];
    out[column.databaseName] = value instanceof Date ? value.toISOString() : (value ?? null);
  }
  return out;
}

/**
 * Appends one entry to the change history, in the mutation's own transaction: the write
 * and its record commit or roll back together.
 */
export async function recordChange(
  writer: ChangeWriter,
  operation: ChangeOperation,
  subjectType: string,
  subjectId: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Promise<void> {
  await writer.manager.query(
    `INSERT INTO "change" ("actor", "request_id", "operation", "subject_type", "subject_id", "before", "after") VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)`,
    [writer.actor, writer.ctx.requestId, operation, subjectType, subjectId, before && JSON.stringify(before), after && JSON.stringify(after)],
  );
}
