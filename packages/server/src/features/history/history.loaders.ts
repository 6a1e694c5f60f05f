import type { ConnectionResult, PageArgs } from '../../graphql/connection';
import { pageSize } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { UserInputError } from '../../graphql/errors';
import { Change, type ChangeOperation } from './change.entity';

const encode = (id: string) => Buffer.from(`h:${id}`, 'utf8').toString('base64url');

function decode(cursor: string, argument: string): string {
  const text = /^[A-Za-z0-9_-]{1,60}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const match = /^h:(\d{1,19})$/.exec(text);
  if (!match) throw new UserInputError(`\`${argument}\` is not a cursor returned by this list.`, argument);
  return match[1]!;
}

/** Page size, direction and the sequence numbers of the cursors of a history page. */
export interface ChangeCursor {
  size: number;
  backward: boolean;
  after: string | null;
  before: string | null;
}

export function changeCursor(args: PageArgs): ChangeCursor {
  const { size, backward } = pageSize(args);
  return { size, backward, after: args.after ? decode(args.after, 'after') : null, before: args.before ? decode(args.before, 'before') : null };
}

/** `rows` holds up to size + 1 changes in the page's reading order (newest first, or oldest first going backward). */
export function changeConnection(rows: Change[], cursor: ChangeCursor, count: () => Promise<number>): ConnectionResult<Change> {
  const hasMore = rows.length > cursor.size;
  const page = rows.slice(0, cursor.size);
  if (cursor.backward) page.reverse();
  const edges = page.map((node) => ({ cursor: encode(node.id), node }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: cursor.backward ? cursor.before !== null : hasMore,
      hasPreviousPage: cursor.backward ? hasMore : cursor.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return count();
    },
  };
}

interface ChangeRow {
  __subject: string;
  id: string;
  occurred_at: Date;
  actor: string;
  request_id: string | null;
  operation: ChangeOperation;
  subject_type: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

function toChange(row: ChangeRow): Change {
  return Object.assign(new Change(), {
    id: String(row.id),
    occurredAt: row.occurred_at,
    actor: row.actor,
    requestId: row.request_id,
    operation: row.operation,
    subjectType: row.subject_type,
    subjectId: row.__subject,
    before: row.before,
    after: row.after,
  });
}

/**
 * The `history` connection of a node. Every node of a level asks with the same arguments,
 * so one statement answers all of their pages (a LATERAL page per node) and one more their
 * counts, whatever the number of nodes.
 */
export function historyOf(ctx: Context, subjectId: string, args: PageArgs): Promise<ConnectionResult<Change>> {
  const cursor = changeCursor(args);
  const key = `${cursor.size}:${cursor.backward}:${cursor.after ?? ''}:${cursor.before ?? ''}`;
  const counts = ctx.loaders.get<string, number>('Change.history:count', async (ids) => {
    const rows = (await ctx.dataSource.query(
      `SELECT subject_id AS "subject", count(*)::int AS n FROM "change" WHERE subject_id = ANY($1::uuid[]) GROUP BY subject_id`,
      [[...ids]],
    )) as Array<{ subject: string; n: number }>;
    const bySubject = new Map(rows.map((r) => [r.subject, r.n]));
    return ids.map((id) => bySubject.get(id) ?? 0);
  });
  const pages = ctx.loaders.get<string, ConnectionResult<Change>>(`Change.history:page:${key}`, async (ids) => {
    const params: unknown[] = [[...ids]];
    const where = ['c.subject_id = s.__subject'];
    if (cursor.after) where.push(`c.id < $${params.push(cursor.after)}::bigint`);
    if (cursor.before) where.push(`c.id > $${params.push(cursor.before)}::bigint`);
    const rows =
      cursor.size === 0
        ? []
        : ((await ctx.dataSource.query(
            `SELECT s.__subject, c.id, c.occurred_at, c.actor, c.request_id, c.operation, c.subject_type, c.before, c.after
               FROM unnest($1::uuid[]) AS s(__subject)
              CROSS JOIN LATERAL (
                SELECT c.* FROM "change" c WHERE ${where.join(' AND ')}
                 ORDER BY c.id ${cursor.backward ? 'ASC' : 'DESC'} LIMIT ${cursor.size + 1}
              ) c`,
            params,
          )) as ChangeRow[]);
    const bySubject = new Map<string, Change[]>(ids.map((id) => [id, []]));
    for (const row of rows) bySubject.get(row.__subject)?.push(toChange(row));
    return ids.map((id) => changeConnection(bySubject.get(id)!, cursor, () => counts.load(id)));
  });
  return pages.load(subjectId);
}
