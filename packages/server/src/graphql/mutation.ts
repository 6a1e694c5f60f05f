import { Field, ObjectType, type ClassType } from 'type-graphql';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { recordChange, snapshot } from '../features/history/history.service';
import { ChangeOperation } from '../features/history/change.entity';
import type { Context } from './context';
import { tryFromGlobalId } from './global-id';
import type { NodeEntity } from './node';
import { actorName, assertCanWrite } from './permissions';
import { UserError, UserErrorCode, userError } from './user-errors';

/** Thrown inside a mutation to roll it back and answer with user errors. */
export class Rejected extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join(' '));
  }
}

/** Rolls back a dry run after every check passed, carrying its warnings out of the transaction. */
class DryRunComplete extends Error {
  constructor(readonly warnings: UserError[]) {
    super('dry run');
  }
}

/** Fields every mutation payload has. */
@ObjectType('MutationPayload', { description: 'What every mutation answers.' })
export abstract class MutationPayload {
  @Field(() => [UserError], {
    description: 'Why the mutation refused its input; empty on success. When there is any, nothing was written.',
  })
  userErrors: UserError[] = [];

  @Field(() => [UserError], {
    description: 'Possible problems that did not stop the mutation, such as a mission that may start before its agreement when a date is known only to the month.',
  })
  warnings: UserError[] = [];
}

/** Declares `<Name>Payload` with the changed object under `field`. */
export function payloadType<T extends object>(type: ClassType<T>, name: string, field: string, noun: string) {
  @ObjectType(`${name}Payload`, { description: `What a mutation of a ${noun} answers: the ${noun}, user errors and warnings.` })
  class Payload extends MutationPayload {
    @Field(() => type, { name: field, nullable: true, description: `The ${noun} after the mutation; null when it was refused.` })
    result: T | null = null;
  }
  return Payload as unknown as ClassType<MutationPayload & { result: T | null }>;
}

/** The unit of work of one mutation: its transaction, its errors and warnings, its history. */
export class MutationScope {
  readonly errors: UserError[] = [];
  readonly warnings: UserError[] = [];

  constructor(
    readonly ctx: Context,
    readonly manager: EntityManager,
  ) {}

  error(field: string | null, code: UserErrorCode, message: string): void {
    this.errors.push(userError(field, code, message));
  }

  warn(field: string | null, code: UserErrorCode, message: string): void {
    this.warnings.push(userError(field, code, message));
  }

  /** Stops the mutation (rolling everything back) when any error has been found. */
  check(): void {
    if (this.errors.length > 0) throw new Rejected([...this.errors]);
  }

  fail(field: string | null, code: UserErrorCode, message: string): never {
    this.error(field, code, message);
    throw new Rejected([...this.errors]);
  }

  get actor(): string {
    return actorName(this.ctx);
  }

  /** Resolves a global ID of an expected type to a row, or records a user error on `field`. */
  async find<T extends NodeEntity>(entity: ClassType<T>, globalId: string | null | undefined, field: string, options: { allowArchived?: boolean } = {}): Promise<T | null> {
    if (globalId == null) return null;
    const decoded = tryFromGlobalId(globalId);
    if (!decoded) {
      this.error(field, UserErrorCode.INVALID_FORMAT, `"${String(globalId).slice(0, 60)}" is not a Coopgraph ID; use an \`id\` returned by the API.`);
      return null;
    }
    if (decoded.type !== entity.name) {
      this.error(field, UserErrorCode.WRONG_TYPE, `This is the ID of a ${decoded.type}; a ${entity.name} is expected here.`);
      return null;
    }
    const row = await this.manager.findOneBy(entity as EntityTarget<T>, { id: decoded.id } as never);
    if (!row) {
      this.error(field, UserErrorCode.NOT_FOUND, `No ${entity.name} has this ID.`);
      return null;
    }
    if (row.archivedAt && !options.allowArchived) {
      this.error(field, UserErrorCode.ARCHIVED, `This ${entity.name} is archived; restore it before using it.`);
    }
    return row;
  }

  /** Inserts a row and records its creation. */
  async create<T extends NodeEntity>(entity: ClassType<T>, values: Partial<T>): Promise<T> {
    const repo = this.manager.getRepository(entity as EntityTarget<T>);
    const row = await repo.save(repo.create(values as never) as unknown as T);
    const fresh = (await repo.findOneBy({ id: row.id } as never))!;
    await recordChange(this, ChangeOperation.CREATE, entity.name, fresh.id, null, snapshot(this.manager, entity, fresh));
    return fresh;
  }

  /**
   * Updates a row only if it still has the version the client read (a conditional UPDATE:
   * TypeORM's version column does not guard `save()`), bumps the version, and records the
   * change with the values before and after. A stale version is a CONFLICT user error.
   */
  async update<T extends NodeEntity>(
    entity: ClassType<T>,
    before: T,
    expectedVersion: number | null | undefined,
    changes: Partial<T>,
    operation: ChangeOperation = ChangeOperation.UPDATE,
  ): Promise<T> {
    this.check();
    const version = expectedVersion ?? before.version;
    const result = await this.manager
      .createQueryBuilder()
      .update(entity as EntityTarget<ObjectLiteral>)
      .set({ ...(changes as ObjectLiteral), version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id: before.id, version })
      .execute();
    if (!result.affected) {
      const current = await this.manager.findOneBy(entity as EntityTarget<T>, { id: before.id } as never);
      this.fail(
        'version',
        UserErrorCode.CONFLICT,
        `This ${entity.name} was changed by someone else since you read it: you sent version ${version}, the current version is ${current?.version ?? 'gone'}. Reload it and apply your change again.`,
      );
    }
    const after = (await this.manager.findOneBy(entity as EntityTarget<T>, { id: before.id } as never))!;
    await recordChange(this, operation, entity.name, after.id, snapshot(this.manager, entity, before), snapshot(this.manager, entity, after));
    return after;
  }

  /** Deletes an edge row and records it. */
  async remove<T extends NodeEntity>(entity: ClassType<T>, row: T): Promise<void> {
    await this.manager.delete(entity as EntityTarget<T>, { id: row.id } as never);
    await recordChange(this, ChangeOperation.DELETE, entity.name, row.id, snapshot(this.manager, entity, row), null);
  }
}

export interface MutationOptions<R> {
  /** Name of the operation, stored with an idempotency key. */
  operation: string;
  /** A client-chosen key: a retried create with the same key answers the first result. */
  idempotencyKey?: string | null;
  /** Loads the result of an earlier request with the same key. */
  replay?: (manager: EntityManager, subjectId: string) => Promise<R | null>;
  /** Check only: run every rule, answer the user errors and warnings, and write nothing. */
  dryRun?: boolean | null;
}

/**
 * Runs a mutation in one transaction: permission check, validation, writes and their
 * history either all happen or none does. User errors come back in the payload.
 */
export async function mutate<R extends { id: string } | null, P extends MutationPayload & { result: R | null }>(
  ctx: Context,
  Payload: ClassType<P>,
  options: MutationOptions<R>,
  work: (scope: MutationScope) => Promise<R>,
): Promise<P> {
  assertCanWrite(ctx);
  const payload = new Payload();
  const key = options.idempotencyKey ?? null;
  if (key !== null && (key.length === 0 || key.length > 200)) {
    payload.userErrors = [userError('idempotencyKey', UserErrorCode.INVALID_FORMAT, 'An idempotency key has 1 to 200 characters.')];
    return payload;
  }
  try {
    const outcome = await ctx.dataSource.transaction(async (manager) => {
      const scope = new MutationScope(ctx, manager);
      if (key !== null) {
        // A concurrent request with the same key waits here until the first commits or rolls back.
        const claimed = (await manager.query(
          `INSERT INTO "idempotency_key" ("actor", "key", "operation") VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING "key"`,
          [scope.actor, key, options.operation],
        )) as unknown[];
        if (claimed.length === 0) {
          const [earlier] = (await manager.query(`SELECT "operation", "subject_id" FROM "idempotency_key" WHERE "actor" = $1 AND "key" = $2`, [
            scope.actor,
            key,
          ])) as Array<{ operation: string; subject_id: string | null }>;
          if (!earlier || earlier.operation !== options.operation || !earlier.subject_id || !options.replay) {
            return scope.fail(
              'idempotencyKey',
              UserErrorCode.IDEMPOTENCY_KEY_REUSED,
              `This idempotency key was already used for ${earlier?.operation ?? 'another request'}; use a new key for a new request.`,
            );
          }
          return { result: (await options.replay(manager, earlier.subject_id)) as R, scope };
        }
      }
      const result = await work(scope);
      scope.check();
      if (options.dryRun) throw new DryRunComplete(scope.warnings);
      if (key !== null && result) {
        await manager.query(`UPDATE "idempotency_key" SET "subject_id" = $3 WHERE "actor" = $1 AND "key" = $2`, [scope.actor, key, result.id]);
      }
      return { result, scope };
    });
    payload.result = outcome.result;
    payload.warnings = outcome.scope.warnings;
    return payload;
  } catch (error) {
    if (error instanceof Rejected) {
      payload.userErrors = error.errors;
      return payload;
    }
    if (error instanceof DryRunComplete) {
      payload.warnings = error.warnings;
      return payload;
    }
    // A concurrent request took a unique value between our check and our insert.
    if ((error as { code?: string }).code === '23505') {
      const detail = String((error as { detail?: string }).detail ?? '');
      const column = /Key \(([a-z_]+)/.exec(detail)?.[1]?.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()) ?? null;
      payload.userErrors = [userError(column, UserErrorCode.TAKEN, `Another record already has this value${column ? ` of ${column}` : ''}.`)];
      return payload;
    }
    throw error;
  }
}
