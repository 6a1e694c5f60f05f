import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ChangeOperation } from '../history/change.entity';

type Row = Record<string, unknown>;

/** Rows per statement: large enough to keep statements few, small enough to keep each one's memory modest. */
const CHUNK = 5000;

function sqlValue(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return JSON.stringify(value);
  return value;
}

/**
 * Writes many rows with few statements: multi-row INSERTs in chunks under PostgreSQL's
 * parameter limit, each row's history entry queued and written the same way, all in the
 * caller's transaction.
 */
export class BulkWriter {
  private readonly changes: Array<[string, string, string, Row | null, Row | null]> = [];

  constructor(
    private readonly manager: EntityManager,
    private readonly actor: string,
    private readonly requestId: string | null,
  ) {}

  newId(): string {
    return randomUUID();
  }

  /**
   * Inserts rows (each with its `id`) into `table`, recording a CREATE of `type` for each.
   * The rows travel as one JSON parameter per chunk that PostgreSQL turns into records of
   * the table's own row type: one statement per chunk, whatever the number of columns.
   */
  async insert(table: string, type: string, rows: Row[]): Promise<void> {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]!)
      .map((c) => `"${c}"`)
      .join(', ');
    for (let start = 0; start < rows.length; start += CHUNK) {
      const part = rows.slice(start, start + CHUNK);
      await this.manager.query(`INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb)`, [JSON.stringify(part)]);
    }
    for (const row of rows) this.changes.push([ChangeOperation.CREATE, type, row.id as string, null, row]);
  }

  /** Updates one row's columns, bumping its version, and records before and after. */
  async update(table: string, type: string, before: Row, changes: Row): Promise<void> {
    const columns = Object.keys(changes);
    const params: unknown[] = [before.id];
    const sets = columns.map((c) => `"${c}" = $${params.push(sqlValue(changes[c]))}`);
    await this.manager.query(`UPDATE "${table}" SET ${sets.join(', ')}, "version" = "version" + 1, "updated_at" = now() WHERE "id" = $1`, params);
    const after = { ...before, ...changes, version: Number(before.version ?? 0) + 1 };
    this.changes.push([ChangeOperation.UPDATE, type, before.id as string, before, after]);
  }

  /** Deletes edge rows, recording each removal. */
  async delete(table: string, type: string, rows: Row[]): Promise<void> {
    if (rows.length === 0) return;
    await this.manager.query(`DELETE FROM "${table}" WHERE "id" = ANY($1::uuid[])`, [rows.map((r) => r.id)]);
    for (const row of rows) this.changes.push([ChangeOperation.DELETE, type, row.id as string, row, null]);
  }

  /** Writes the queued history entries, a chunk per statement. */
  async flush(): Promise<number> {
    for (let start = 0; start < this.changes.length; start += CHUNK) {
      const part = this.changes.slice(start, start + CHUNK).map(([operation, type, id, before, after]) => ({
        actor: this.actor,
        request_id: this.requestId,
        operation,
        subject_type: type,
        subject_id: id,
        before,
        after,
      }));
      await this.manager.query(
        `INSERT INTO "change" ("actor", "request_id", "operation", "subject_type", "subject_id", "before", "after")
         SELECT "actor", "request_id", "operation", "subject_type", "subject_id", "before", "after" FROM jsonb_to_recordset($1::jsonb)
           AS r("actor" text, "request_id" text, "operation" text, "subject_type" text, "subject_id" uuid, "before" jsonb, "after" jsonb)`,
        [JSON.stringify(part)],
      );
    }
    const written = this.changes.length;
    this.changes.length = 0;
    return written;
  }
}
