import type { DataSource, EntityManager } from 'typeorm';
import { seedId } from './ids';
import { seedRecords, type SeedRecord } from './press-release';

export interface SeedReport {
  /** Rows inserted per table (citations included); all zero when the seed was already there. */
  inserted: Record<string, number>;
  /** Rows of the seed that were already present. */
  unchanged: number;
}

export const SEED_ACTOR = 'system:seed';

interface Row {
  table: string;
  type: string;
  id: string;
  values: Record<string, unknown>;
}

function toSqlValue(value: unknown): unknown {
  // Arrays go to PostgreSQL arrays; other objects are localized texts stored as jsonb.
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return JSON.stringify(value);
  return value;
}

function rowsOf(records: readonly SeedRecord[]): Row[] {
  const rows: Row[] = [];
  for (const record of records) {
    const id = seedId(record.key);
    rows.push({ table: record.table, type: record.type, id, values: record.row });
  }
  for (const record of records) {
    const subjectId = seedId(record.key);
    for (const cite of record.cites) {
      rows.push({
        table: 'citation',
        type: 'Citation',
        id: seedId(`citation:${record.key}:${cite.source}`),
        values: {
          source_id: seedId(`source:${cite.source}`),
          subject_type: record.type,
          subject_id: subjectId,
          locator: cite.locator ?? null,
          quote: cite.quote ?? null,
        },
      });
    }
  }
  return rows;
}

/** Inserts consecutive rows of one table in one statement; returns the IDs actually inserted. */
async function insertGroup(manager: EntityManager, table: string, rows: Row[]): Promise<Set<string>> {
  const columns = Object.keys(rows[0]!.values);
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const placeholders = ['id', ...columns].map((column) => {
      params.push(column === 'id' ? row.id : toSqlValue(row.values[column]));
      return `$${params.length}`;
    });
    return `(${placeholders.join(', ')})`;
  });
  const sql = `INSERT INTO "${table}" ("id", ${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')} ON CONFLICT DO NOTHING RETURNING "id"`;
  const result = (await manager.query(sql, params)) as Array<{ id: string }>;
  return new Set(result.map((r) => r.id));
}

/**
 * Loads the press-release seed in one transaction. Idempotent: rows already present (by ID
 * or by any unique key) are left as they are, and only new rows get a history entry.
 */
export async function seedPressRelease(dataSource: DataSource, requestId: string | null = null): Promise<SeedReport> {
  const rows = rowsOf(seedRecords);
  return dataSource.transaction(async (manager) => {
    const inserted: Record<string, number> = {};
    const created: Row[] = [];
    let start = 0;
    while (start < rows.length) {
      const first = rows[start]!;
      const keys = Object.keys(first.values).join(',');
      let end = start + 1;
      while (end < rows.length && rows[end]!.table === first.table && Object.keys(rows[end]!.values).join(',') === keys) end += 1;
      const group = rows.slice(start, end);
      const ids = await insertGroup(manager, first.table, group);
      inserted[first.table] = (inserted[first.table] ?? 0) + ids.size;
      for (const row of group) if (ids.has(row.id)) created.push(row);
      start = end;
    }
    if (created.length > 0) {
      const params: unknown[] = [];
      const tuples = created.map((row) => {
        params.push(SEED_ACTOR, requestId, row.type, row.id, JSON.stringify({ id: row.id, ...row.values }));
        const n = params.length;
        return `($${n - 4}, $${n - 3}, 'create', $${n - 2}, $${n - 1}, NULL, $${n}::jsonb)`;
      });
      await manager.query(
        `INSERT INTO "change" ("actor", "request_id", "operation", "subject_type", "subject_id", "before", "after") VALUES ${tuples.join(', ')}`,
        params,
      );
    }
    return { inserted, unchanged: rows.length - created.length };
  });
}
