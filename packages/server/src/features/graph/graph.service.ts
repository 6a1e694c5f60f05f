import type { DataSource } from 'typeorm';
import { QueryTooBroadError, UserInputError } from '../../graphql/errors';
import { fromGlobalId } from '../../graphql/global-id';
import { nodeTypes } from '../../graphql/node-types';
import { GraphDirection, GraphEdge, GraphEdgeKind, GraphNodeType, GRAPH_NODE_TYPES, GraphPath, GraphPathStep, Neighborhood, Overlap, OverlapKind, type NodeRef } from './graph.types';

/**
 * Graph questions, answered in SQL over the `graph_edge` view: each question is ONE
 * statement whose shape depends only on the arguments (depth, maxLength), never on the
 * data. Every bound is enforced inside that statement:
 *
 * - the breadth-first layers are deduplicated (a node is reached once, at its distance);
 * - every scan of the edges leaving a layer stops at `scanLimit` + 1 rows, so that a
 *   question touching hubs costs at most a few scans of `scanLimit` rows;
 * - the layers after a cut, a meeting or an overflow are guarded by one-time conditions,
 *   so they do not run at all;
 * - results are cut with LIMIT inside the statement.
 *
 * The statement returns (type, id) pairs; nodes are then loaded through the request's
 * DataLoaders, one statement per node type present.
 */

export const MAX_DEPTH = 3;
export const MAX_NEIGHBORHOOD_LIMIT = 500;
export const MAX_PATH_LENGTH = 4;
export const MAX_PATHS = 100;
export const MAX_OVERLAP_LIMIT = 500;
/** Edges among the nodes of a neighbourhood, at most, per node allowed by `limit`. */
export const EDGES_PER_NODE = 10;

export interface GraphWalkOptions {
  /** Edge kinds to walk; every kind but CITATION when not given. */
  edgeKinds: readonly GraphEdgeKind[];
  /** Node types that may be reached or walked through; all when not given. */
  types: readonly GraphNodeType[];
}

export const article = (word: string) => (/^[AEIOU]/.test(word) ? 'an' : 'a');

/** Decodes an ID that must name a node of the graph (not an edge). */
export function graphNodeRef(globalId: string, argument: string): NodeRef {
  const { type, id } = fromGlobalId(globalId, argument);
  if (!(GRAPH_NODE_TYPES as readonly string[]).includes(type)) {
    const known = nodeTypes[type] ? `${article(type)} ${type}, which is an edge or a detail, not a node of the graph` : 'not a Coopgraph ID';
    throw new UserInputError(`The ID given for ${argument} is ${known}; graph questions start from a ${GRAPH_NODE_TYPES.join(', ')}.`, argument);
  }
  return { type, id };
}

/** Checks a whole-number argument against its bounds, with a message that says what to change. */
export function checkRange(argument: string, value: number, min: number, max: number, advice = ''): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UserInputError(`\`${argument}\` must be between ${min} and ${max}; got ${value}.${advice ? ` ${advice}` : ''}`, argument);
  }
}

export function walkOptions(edgeKinds: GraphEdgeKind[] | null | undefined, types: GraphNodeType[] | null | undefined, defaults: readonly GraphEdgeKind[]): GraphWalkOptions {
  if (edgeKinds && edgeKinds.length === 0) throw new UserInputError('`edgeKinds` must name at least one kind of edge; leave it out to walk every kind but CITATION.', 'edgeKinds');
  if (types && types.length === 0) throw new UserInputError('`types` must name at least one node type; leave it out to allow every type.', 'types');
  return { edgeKinds: [...new Set(edgeKinds ?? defaults)], types: [...new Set(types ?? GRAPH_NODE_TYPES)] };
}

/** Collects positional parameters for one statement. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

/**
 * The edges touching the nodes of `prev` (a relation with an `id` column), walked both
 * ways: one row per edge and direction, naming the node left (`prev_type`, `prev_id`) and
 * the node reached (`type`, `id`). The IDs go to each branch of the view as one array, so
 * each table is read through its index on that end. Row IDs are unique across tables, so
 * the ID alone names the node. Stops after `cap` + 1 rows: that many means "too many".
 */
function scanSql(prev: string, kinds: string, cap: string): string {
  return `SELECT * FROM (
      SELECT e.from_type AS prev_type, e.from_id AS prev_id, e.kind, e.edge_type, e.edge_id, true AS forward, e.to_type AS type, e.to_id AS id
      FROM graph_edge e WHERE e.from_id = ANY(ARRAY(SELECT id FROM ${prev})) AND e.kind = ANY(${kinds})
      UNION ALL
      SELECT e.to_type, e.to_id, e.kind, e.edge_type, e.edge_id, false, e.from_type, e.from_id
      FROM graph_edge e WHERE e.to_id = ANY(ARRAY(SELECT id FROM ${prev})) AND e.kind = ANY(${kinds})
    ) scan LIMIT ${cap} + 1`;
}

/**
 * Runs a graph statement with nested-loop joins off. The planner cannot estimate the size
 * of a breadth-first layer (it sees one start row), so it would join two layers with a
 * nested loop, quadratic in their real sizes; hash joins stay linear whatever the sizes.
 * The edge scans need no joins (see scanSql), so nothing here wants a nested loop.
 * Four statements (begin, set, the question, commit), whatever the data.
 */
async function runGraphStatement<T>(dataSource: DataSource, sql: string, params: unknown[]): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SET LOCAL enable_nestloop = off');
    const [row] = (await manager.query(sql, params)) as T[];
    return row;
  });
}

function tableOf(dataSource: DataSource, type: string): string {
  return dataSource.getMetadata(nodeTypes[type]).tableName;
}

interface NeighborhoodRow {
  nodes: Array<[string, string, number]> | null;
  edges: Array<[string, string, string, string, string, string | null, string | null]> | null;
  truncated: boolean;
}

/** The nodes within `depth` steps of `start` (at most `limit`, nearest first) and the edges among them; null when `start` names nothing. */
export async function neighborhood(
  dataSource: DataSource,
  start: NodeRef,
  depth: number,
  limit: number,
  walk: GraphWalkOptions,
  scanLimit: number,
): Promise<Neighborhood | null> {
  const p = new Params();
  const startType = p.add(start.type, 'text');
  const startId = p.add(start.id, 'uuid');
  const kinds = p.add(walk.edgeKinds, 'text[]');
  const types = p.add(walk.types, 'text[]');
  const lim = p.add(limit, 'int');
  const cap = p.add(scanLimit, 'int');
  const maxEdges = p.add(limit * EDGES_PER_NODE, 'int');

  const ctes = [`n0 AS MATERIALIZED (SELECT ${startType} AS type, ${startId} AS id WHERE EXISTS (SELECT 1 FROM "${tableOf(dataSource, start.type)}" WHERE id = ${startId}))`];
  const truncatedIf: string[] = [];
  const levels = ['n0'];
  for (let level = 1; level <= depth; level += 1) {
    const seen = levels.map((n) => `NOT EXISTS (SELECT 1 FROM ${n} WHERE ${n}.id = s.id)`).join(' AND ');
    // The budget left for this level: the limit less the nodes kept at the levels before.
    const budget = `GREATEST(${lim} - ${levels.map((n) => `(SELECT count(*) FROM ${n})`).join(' - ')}, 0)`;
    ctes.push(
      `s${level} AS MATERIALIZED (${scanSql(`n${level - 1}`, kinds, cap)})`,
      `c${level} AS (SELECT DISTINCT s.type, s.id FROM s${level} s WHERE s.type = ANY(${types}) AND ${seen})`,
      // One more than the budget, to tell whether the limit cut this level.
      `k${level} AS MATERIALIZED (SELECT type, id FROM c${level} ORDER BY type, id LIMIT ${budget} + 1)`,
      `n${level} AS MATERIALIZED (SELECT type, id FROM k${level} ORDER BY type, id LIMIT ${budget})`,
    );
    truncatedIf.push(`(SELECT count(*) FROM s${level}) > ${cap}`, `(SELECT count(*) FROM k${level}) > (SELECT count(*) FROM n${level})`);
    levels.push(`n${level}`);
  }
  // The edges among the kept nodes, whichever levels they join: each level's scan holds
  // every edge touching that level's nodes (the last level's is scanned here), so an edge
  // between two kept nodes is seen exactly twice, once from each end. Grouping finds them
  // without a join whose plan would depend on row estimates the planner cannot make.
  const last = depth + 1;
  ctes.push(
    `s${last} AS MATERIALIZED (${scanSql(`n${depth}`, kinds, cap)})`,
    `kept AS MATERIALIZED (${levels.map((n, d) => `SELECT type, id, ${d} AS depth FROM ${n}`).join(' UNION ALL ')})`,
    `ed AS MATERIALIZED (SELECT kind, from_type, from_id, to_type, to_id, edge_type, edge_id FROM (${Array.from({ length: last }, (_, i) => `
         SELECT kind, CASE WHEN forward THEN prev_type ELSE type END AS from_type, CASE WHEN forward THEN prev_id ELSE id END AS from_id,
           CASE WHEN forward THEN type ELSE prev_type END AS to_type, CASE WHEN forward THEN id ELSE prev_id END AS to_id, edge_type, edge_id FROM s${i + 1}`).join(' UNION ALL')}
       ) seen GROUP BY kind, from_type, from_id, to_type, to_id, edge_type, edge_id HAVING count(*) = 2
       ORDER BY kind, from_id, to_id, edge_id LIMIT ${maxEdges} + 1)`,
  );
  truncatedIf.push(`(SELECT count(*) FROM s${last}) > ${cap}`, `(SELECT count(*) FROM ed) > ${maxEdges}`);
  const sql = `WITH ${ctes.join(',\n')}
    SELECT
      (SELECT json_agg(json_build_array(k.type, k.id, k.depth) ORDER BY k.depth, k.type, k.id) FROM kept k) AS nodes,
      (SELECT json_agg(json_build_array(q.kind, q.from_type, q.from_id, q.to_type, q.to_id, q.edge_type, q.edge_id) ORDER BY q.kind, q.from_id, q.to_id, q.edge_id)
         FROM (SELECT * FROM ed ORDER BY kind, from_id, to_id, edge_id LIMIT ${maxEdges}) q) AS edges,
      (${truncatedIf.join(' OR ')}) AS truncated`;
  const row = await runGraphStatement<NeighborhoodRow>(dataSource, sql, p.values);
  if (!row.nodes) return null;
  const result = new Neighborhood();
  result.refs = row.nodes.map(([type, id]) => ({ type, id }));
  result.depths = new Map(row.nodes.map(([, id, d]) => [id, d]));
  result.edgeRows = (row.edges ?? []).map(([kind, fromType, fromId, toType, toId, edgeType, edgeId]) => {
    const edge = new GraphEdge();
    edge.kind = kind as GraphEdgeKind;
    edge.fromRef = { type: fromType, id: fromId };
    edge.toRef = { type: toType, id: toId };
    edge.viaRef = edgeType && edgeId ? { type: edgeType, id: edgeId } : null;
    return edge;
  });
  result.truncated = row.truncated;
  return result;
}

interface PathsRow {
  length: number | null;
  overflow: boolean;
  candidates: number;
  paths: Array<{ types: string[]; ids: string[]; kinds: string[]; edge_types: Array<string | null>; edge_ids: Array<string | null>; forward: boolean[] }> | null;
}

/**
 * The shortest paths of at most `maxLength` steps between two nodes: a breadth-first
 * search from both ends at once (layers from `from`: f1, f2; from `to`: b1, b2, grown in
 * the order f1, b1, f2, b2 and stopped at the first meeting), then the paths through the
 * meeting nodes. Throws QUERY_TOO_BROAD when a layer's edges or the paths exceed `scanLimit`.
 */
export async function shortestPaths(
  dataSource: DataSource,
  from: NodeRef,
  to: NodeRef,
  maxLength: number,
  limit: number,
  walk: GraphWalkOptions,
  scanLimit: number,
): Promise<GraphPath[]> {
  const p = new Params();
  const sType = p.add(from.type, 'text');
  const sId = p.add(from.id, 'uuid');
  const tType = p.add(to.type, 'text');
  const tId = p.add(to.id, 'uuid');
  const kinds = p.add(walk.edgeKinds, 'text[]');
  const types = p.add(walk.types, 'text[]');
  const cap = p.add(scanLimit, 'int');
  const lim = p.add(limit, 'int');

  // Layers: f1 = 1 step from `from`, b1 = 1 step from `to`, f2, b2; each only when maxLength needs it.
  const hasF1 = maxLength >= 1;
  const hasB1 = maxLength >= 2;
  const hasF2 = maxLength >= 3;
  const hasB2 = maxLength >= 4;

  const met: string[] = [];
  const overflows: string[] = [];
  // A layer grows only while nothing has met and no scan has overflowed.
  const guard = () => [...met.map((m) => `NOT (SELECT met FROM ${m})`), ...overflows.map((s) => `(SELECT count(*) FROM ${s}) <= ${cap}`)].join(' AND ') || 'true';
  const ctes = [`f0 AS (SELECT ${sType} AS type, ${sId} AS id)`, `b0 AS (SELECT ${tType} AS type, ${tId} AS id)`];
  // Forward layers may reach `to` whatever its type; backward layers may reach `from`.
  const allowedF = `(s.type = ANY(${types}) OR s.id = ${tId})`;
  const allowedB = `(s.type = ANY(${types}) OR s.id = ${sId})`;
  if (hasF1) {
    ctes.push(
      `fs1 AS MATERIALIZED (${scanSql('f0', kinds, cap)})`,
      `f1 AS MATERIALIZED (SELECT DISTINCT s.type, s.id FROM fs1 s WHERE ${allowedF} AND s.id <> ${sId})`,
      `met1 AS MATERIALIZED (SELECT EXISTS (SELECT 1 FROM f1 WHERE f1.id = ${tId}) AS met)`,
    );
    overflows.push('fs1');
    met.push('met1');
  }
  if (hasB1) {
    ctes.push(
      `bs1 AS MATERIALIZED (${scanSql(`(SELECT * FROM b0 WHERE ${guard()}) g`, kinds, cap)})`,
      `b1 AS MATERIALIZED (SELECT DISTINCT s.type, s.id FROM bs1 s WHERE ${allowedB} AND s.id <> ${tId})`,
      `met2 AS MATERIALIZED (SELECT EXISTS (SELECT 1 FROM f1 JOIN b1 USING (id)) AS met)`,
    );
    overflows.push('bs1');
    met.push('met2');
  }
  if (hasF2) {
    ctes.push(
      `fs2 AS MATERIALIZED (${scanSql(`(SELECT * FROM f1 WHERE ${guard()}) g`, kinds, cap)})`,
      `f2 AS MATERIALIZED (SELECT DISTINCT s.type, s.id FROM fs2 s WHERE ${allowedF} AND s.id <> ${sId} AND NOT EXISTS (SELECT 1 FROM f1 WHERE f1.id = s.id))`,
      `met3 AS MATERIALIZED (SELECT EXISTS (SELECT 1 FROM f2 JOIN b1 USING (id)) AS met)`,
    );
    overflows.push('fs2');
    met.push('met3');
  }
  if (hasB2) {
    ctes.push(
      `bs2 AS MATERIALIZED (${scanSql(`(SELECT * FROM b1 WHERE ${guard()}) g`, kinds, cap)})`,
      `b2 AS MATERIALIZED (SELECT DISTINCT s.type, s.id FROM bs2 s WHERE ${allowedB} AND s.id <> ${tId} AND NOT EXISTS (SELECT 1 FROM b1 WHERE b1.id = s.id))`,
      `met4 AS MATERIALIZED (SELECT EXISTS (SELECT 1 FROM f2 JOIN b2 USING (id)) AS met)`,
    );
    overflows.push('bs2');
    met.push('met4');
  }

  // The paths of each length, from the scans' rows: x* are rows walked from `from`
  // (prev → node: forward as stored), y* rows walked from `to` (so walked back).
  const path = (nodes: Array<[string, string]>, steps: Array<[string, boolean]>) =>
    `SELECT ARRAY[${nodes.map(([t]) => t).join(', ')}]::text[] AS types, ARRAY[${nodes.map(([, i]) => i).join(', ')}]::uuid[] AS ids,
       ARRAY[${steps.map(([s]) => `${s}.kind`).join(', ')}]::text[] AS kinds,
       ARRAY[${steps.map(([s]) => `${s}.edge_type`).join(', ')}]::text[] AS edge_types,
       ARRAY[${steps.map(([s]) => `${s}.edge_id`).join(', ')}]::uuid[] AS edge_ids,
       ARRAY[${steps.map(([s, walkedBack]) => (walkedBack ? `NOT ${s}.forward` : `${s}.forward`)).join(', ')}]::boolean[] AS forward`;
  const S: [string, string] = [sType, sId];
  const T: [string, string] = [tType, tId];
  const branches: string[] = [];
  if (hasF1) branches.push(`${path([S, T], [['x1', false]])} FROM fs1 x1 WHERE x1.id = ${tId}`);
  if (hasB1) {
    branches.push(`${path([S, ['x1.type', 'x1.id'], T], [['x1', false], ['y1', true]])}
      FROM fs1 x1 JOIN b1 m ON m.id = x1.id JOIN bs1 y1 ON y1.id = x1.id`);
  }
  if (hasF2) {
    branches.push(`${path([S, ['x1.type', 'x1.id'], ['x2.type', 'x2.id'], T], [['x1', false], ['x2', false], ['y1', true]])}
      FROM fs2 x2 JOIN f2 ON f2.id = x2.id JOIN b1 m ON m.id = x2.id JOIN fs1 x1 ON x1.id = x2.prev_id JOIN bs1 y1 ON y1.id = x2.id`);
  }
  if (hasB2) {
    branches.push(`${path([S, ['x1.type', 'x1.id'], ['x2.type', 'x2.id'], ['y1.type', 'y1.id'], T], [['x1', false], ['x2', false], ['y2', true], ['y1', true]])}
      FROM fs2 x2 JOIN f2 ON f2.id = x2.id JOIN b2 m ON m.id = x2.id JOIN fs1 x1 ON x1.id = x2.prev_id
      JOIN bs2 y2 ON y2.id = x2.id JOIN bs1 y1 ON y1.id = y2.prev_id`);
  }
  ctes.push(`found AS MATERIALIZED (SELECT * FROM (${branches.join('\nUNION ALL\n')}) q LIMIT ${cap} + 1)`);
  const lengthCase = `CASE ${met.map((m, i) => `WHEN (SELECT met FROM ${m}) THEN ${i + 1}`).join(' ')} END`;
  const sql = `WITH ${ctes.join(',\n')}
    SELECT ${lengthCase} AS length,
      (${[...overflows.map((s) => `(SELECT count(*) FROM ${s}) > ${cap}`), `(SELECT count(*) FROM found) > ${cap}`].join(' OR ')}) AS overflow,
      (SELECT count(*)::int FROM found) AS candidates,
      (SELECT json_agg(json_build_object('types', q.types, 'ids', q.ids, 'kinds', q.kinds, 'edge_types', q.edge_types, 'edge_ids', q.edge_ids, 'forward', q.forward)
                       ORDER BY q.ids, q.edge_ids, q.kinds)
         FROM (SELECT * FROM found ORDER BY ids, edge_ids, kinds LIMIT ${lim}) q) AS paths`;
  const row = await runGraphStatement<PathsRow>(dataSource, sql, p.values);
  if (row.overflow) {
    throw new QueryTooBroadError(
      `This question is too broad: one step of the search from these nodes touches more than ${scanLimit} edges, or more than ${scanLimit} shortest paths join them. Narrow it: lower \`maxLength\`, restrict \`edgeKinds\` or \`types\`, or pick less connected nodes.`,
    );
  }
  return (row.paths ?? []).map((found) => {
    const result = new GraphPath();
    result.length = found.kinds.length;
    result.nodeRefs = found.ids.map((id, i) => ({ type: found.types[i], id }));
    result.steps = found.kinds.map((kind, i) => {
      const step = new GraphPathStep();
      step.kind = kind as GraphEdgeKind;
      step.direction = found.forward[i] ? GraphDirection.FORWARD : GraphDirection.BACKWARD;
      step.nodeRef = result.nodeRefs[i + 1];
      const edgeType = found.edge_types[i];
      const edgeId = found.edge_ids[i];
      step.viaRef = edgeType && edgeId ? { type: edgeType, id: edgeId } : null;
      return step;
    });
    return result;
  });
}

/** The expected type of `a` and `b` for each kind of overlap. */
export const OVERLAP_INPUT: Record<OverlapKind, GraphNodeType> = {
  [OverlapKind.EXPERTS]: GraphNodeType.AGENCY,
  [OverlapKind.AGREEMENTS]: GraphNodeType.AGENCY,
  [OverlapKind.MISSIONS]: GraphNodeType.AGREEMENT,
};

const OVERLAP_OUTPUT: Record<OverlapKind, GraphNodeType> = {
  [OverlapKind.EXPERTS]: GraphNodeType.EXPERT,
  [OverlapKind.AGREEMENTS]: GraphNodeType.AGREEMENT,
  [OverlapKind.MISSIONS]: GraphNodeType.MISSION,
};

/**
 * Per kind: the nodes related to $1 or $2, as (node, related_to) pairs; a node is shared
 * when it is related to both. The definitions are those of the OverlapKind values.
 */
const OVERLAP_RELATED: Record<OverlapKind, string> = {
  [OverlapKind.EXPERTS]: `
    SELECT e.id AS node_id, e.employer_id AS related_to FROM expert e WHERE e.employer_id IN ($1, $2)
    UNION
    SELECT s.expert_id, p.agency_id FROM agreement_party p
      JOIN mission m ON m.agreement_id = p.agreement_id
      JOIN assignment s ON s.mission_id = m.id
    WHERE p.agency_id IN ($1, $2)`,
  [OverlapKind.AGREEMENTS]: `
    SELECT p.agreement_id AS node_id, p.agency_id AS related_to FROM agreement_party p WHERE p.agency_id IN ($1, $2)`,
  [OverlapKind.MISSIONS]: `
    SELECT m.id AS node_id, m.agreement_id AS related_to FROM mission m WHERE m.agreement_id IN ($1, $2)
    UNION
    SELECT m.id, c.parent_id FROM agreement c JOIN mission m ON m.agreement_id = c.id WHERE c.parent_id IN ($1, $2)
    UNION
    SELECT s.mission_id, p.agreement_id FROM agreement_party p
      JOIN expert e ON e.employer_id = p.agency_id
      JOIN assignment s ON s.expert_id = e.id
    WHERE p.agreement_id IN ($1, $2)`,
};

/** What `a` and `b` share, counted and listed (the first `limit`, in ID order) in one statement. */
export async function overlap(dataSource: DataSource, kind: OverlapKind, a: NodeRef, b: NodeRef, limit: number): Promise<Overlap> {
  const sql = `WITH related AS (${OVERLAP_RELATED[kind]}),
      shared AS MATERIALIZED (SELECT node_id FROM related GROUP BY node_id HAVING count(DISTINCT related_to) = 2)
    SELECT (SELECT count(*)::int FROM shared) AS count,
      (SELECT json_agg(q.node_id ORDER BY q.node_id) FROM (SELECT node_id FROM shared ORDER BY node_id LIMIT $3) q) AS ids`;
  const [row] = (await dataSource.query(sql, [a.id, b.id, limit])) as Array<{ count: number; ids: string[] | null }>;
  const result = new Overlap();
  result.kind = kind;
  result.count = row.count;
  result.refs = (row.ids ?? []).map((id) => ({ type: OVERLAP_OUTPUT[kind], id }));
  return result;
}
