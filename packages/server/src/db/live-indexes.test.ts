import pg from 'pg';
import { generateSynthetic } from '../synthetic/generate';
import { databaseKinds, startTestServer, type TestServer } from '../test/harness';

/**
 * The partial indexes on current agreements and missions (migration LiveRelationIndexes)
 * serve only statements whose conditions imply their predicate, `archived_at IS NULL`. Each
 * case sends a query over HTTP, takes the statement the server sent for the relation, and
 * asks the planner for its plan in a transaction (rolled back) where the table keeps only
 * its constraint indexes and the one index under test, with sequential and bitmap scans
 * turned off. The index shows in the plan, without a filter on `archived_at`, only if it
 * can answer the relation's pages: were the statements and the index to drift apart, the
 * planner would have to fall back to another plan and the case would fail.
 */

interface Case {
  query: string;
  /** The relation's table and the index that must serve it. */
  table: 'agreement' | 'mission';
  index: string;
}

const CASES: Record<string, Case> = {
  'an agency\'s agreements, reached through its party links': {
    query: '{ agencies(first: 5) { nodes { id agreements(first: 3) { nodes { id reference } } } } }',
    table: 'agreement',
    index: 'IDX_agreement_live',
  },
  'an agreement\'s missions, one level down in the same statement': {
    query: '{ agencies(first: 5) { nodes { id agreements(first: 3) { nodes { id reference missions(first: 2) { nodes { id reference } } } } } } }',
    table: 'mission',
    index: 'IDX_mission_live_by_agreement',
  },
  'a country\'s missions': {
    query: '{ countries(first: 5) { nodes { id missions(first: 3) { nodes { id reference } } } } }',
    table: 'mission',
    index: 'IDX_mission_live_by_country',
  },
  'a framework agreement\'s children': {
    query: '{ agencies(first: 5) { nodes { id agreements(first: 3) { nodes { id reference children(first: 2) { nodes { id reference } } } } } } }',
    table: 'agreement',
    index: 'IDX_agreement_live_by_parent',
  },
  'a domain\'s missions, reached through their domain links': {
    query: '{ domains(first: 5) { nodes { id missions(first: 3) { nodes { id reference } } } } }',
    table: 'mission',
    index: 'IDX_mission_live',
  },
};

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

function scans(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(scans)].filter((n) => n['Relation Name'] !== undefined);
}

describe.each(databaseKinds())('relation pages read current rows through the live indexes (%s database)', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind);
    await generateSynthetic(server.app.db.dataSource, { scale: 0.02, seed: 11 });
  }, 180_000);

  afterAll(() => server?.close());

  test.each(Object.entries(CASES))('%s', async (_name, c) => {
    const spy = jest.spyOn(pg.Client.prototype, 'query');
    let sent: Array<{ text: string; values: unknown[] }>;
    try {
      const data = await server.data(c.query);
      expect(JSON.stringify(data)).toContain('"reference"');
      sent = spy.mock.calls.map(([first, second]) =>
        typeof first === 'string' ? { text: first, values: (second as unknown[]) ?? [] } : { text: (first as { text: string }).text, values: (first as { values?: unknown[] }).values ?? [] },
      );
    } finally {
      spy.mockRestore();
    }
    const relationStatements = sent.filter((s) => new RegExp(`FROM "${c.table}" t WHERE`).test(s.text) && /"archived_at" IS NULL/.test(s.text));
    expect(relationStatements.length).toBeGreaterThan(0);

    const runner = server.app.db.dataSource.createQueryRunner();
    const used: PlanNode[] = [];
    try {
      await runner.query(`VACUUM (ANALYZE) "${c.table}"`);
      await runner.startTransaction();
      const others = (await runner.query(
        `SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
          WHERE i.indrelid = $1::regclass AND c.relname <> $2 AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
        [c.table, c.index],
      )) as Array<{ name: string }>;
      for (const { name } of others) await runner.query(`DROP INDEX "${name}"`);
      for (const setting of ['enable_seqscan', 'enable_bitmapscan']) await runner.query(`SET LOCAL ${setting} = off`);
      for (const s of relationStatements) {
        const [row] = (await runner.query(`EXPLAIN (FORMAT JSON) ${s.text}`, s.values)) as Array<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>;
        used.push(...scans(row!['QUERY PLAN'][0]!.Plan).filter((n) => n['Relation Name'] === c.table && n['Index Name'] === c.index));
      }
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    expect(used.length).toBeGreaterThan(0);
    for (const scan of used) expect(scan.Filter ?? '').not.toMatch(/archived_at/);
  });
});
