/**
 * The query shapes of the benchmark, each written three times: as Coopgraph's GraphQL, as
 * PostGraphile's GraphQL on the same tables, and as one hand-written SQL statement (the
 * floor). Every answer is mapped to one canonical form (row UUIDs, lower-case enum values,
 * the same keys) so that the correctness gate can compare them, order included.
 */

export type Vars = Record<string, string | number | string[]>;
export type Contender = 'coopgraph' | 'postgraphile' | 'floor';

export interface GraphqlForm {
  query: string;
  variables: (v: Vars) => Record<string, unknown>;
  /** The `data` of the answer, in canonical form. */
  canonical: (data: any) => unknown;
}

export interface Shape {
  name: string;
  description: string;
  /** Variables of one request, drawn from a seeded pool. */
  draw: (rng: () => number) => Vars;
  coopgraph: GraphqlForm;
  postgraphile: GraphqlForm;
  /** One statement answering the shape as JSON text in column `j`; parameters from `params`. */
  floor: { sql: string; params: (v: Vars) => unknown[] };
  /** Canonical form of the floor's JSON (identity unless the shape's order is normalised). */
  floorCanonical?: (json: any) => unknown;
  /** Growth curves: depth and fan-out of this shape. */
  growth?: { depth: number; fanOut: number };
}

/** mulberry32: small, fast, deterministic. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: () => number, values: readonly T[]): T => values[Math.floor(rng() * values.length)]!;

const AGENCY_KINDS = ['federal_public_service', 'development_agency', 'internal_service', 'ministry', 'regional_government', 'local_government', 'public_institution'] as const;
const AGREEMENT_KINDS = ['cooperation', 'partnership', 'memorandum_of_understanding', 'framework'] as const;
const AGREEMENT_STATUSES = ['draft', 'signed', 'terminated', 'expired'] as const;

const up = (s: string) => s.toUpperCase();
const low = (s: string | null) => (s == null ? null : s.toLowerCase());

/** The row UUID in a Coopgraph global ID: compact (a type byte, then the UUID's 16 bytes) or legacy (`Type:uuid`). */
export function rowIdOf(globalId: string): string {
  const bytes = Buffer.from(globalId, 'base64url');
  if (bytes.length === 17) {
    const hex = bytes.subarray(1).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  const decoded = bytes.toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}

function randomDay(rng: () => number, fromYear: number, toYear: number): string {
  const year = fromYear + Math.floor(rng() * (toYear - fromYear + 1));
  const month = 1 + Math.floor(rng() * 12);
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

function addYears(day: string, years: number): string {
  return `${Number(day.slice(0, 4)) + years}${day.slice(4)}`;
}

// ---------------------------------------------------------------- shallow list

const shallow: Shape = {
  name: 'shallow',
  description: 'A shallow list: 50 agreements of one kind and status, by reference, with their own columns.',
  draw: (rng) => ({ kind: pick(rng, AGREEMENT_KINDS), status: pick(rng, AGREEMENT_STATUSES) }),
  coopgraph: {
    query: `query Shallow($kind: AgreementKind!, $status: AgreementStatus!) {
  agreements(first: 50, filter: { kind: { eq: $kind }, status: { eq: $status } }) {
    nodes { id reference kind status validFrom validUntil }
  }
}`,
    variables: (v) => ({ kind: up(v.kind as string), status: up(v.status as string) }),
    canonical: (d) =>
      d.agreements.nodes.map((a: any) => ({ id: rowIdOf(a.id), reference: a.reference, kind: low(a.kind), status: low(a.status), validFrom: a.validFrom, validUntil: a.validUntil })),
  },
  postgraphile: {
    query: `query Shallow($kind: String!, $status: String!) {
  allAgreements(first: 50, condition: { kind: $kind, status: $status }, orderBy: [REFERENCE_ASC, PRIMARY_KEY_ASC]) {
    nodes { rowId reference kind status validFrom validUntil }
  }
}`,
    variables: (v) => ({ kind: v.kind, status: v.status }),
    canonical: (d) =>
      d.allAgreements.nodes.map((a: any) => ({ id: a.rowId, reference: a.reference, kind: a.kind, status: a.status, validFrom: a.validFrom, validUntil: a.validUntil })),
  },
  floor: {
    sql: `SELECT coalesce(json_agg(json_build_object('id', a.id, 'reference', a.reference, 'kind', a.kind, 'status', a.status,
  'validFrom', a.valid_from, 'validUntil', a.valid_until) ORDER BY a.reference, a.id), '[]')::text AS j
FROM (SELECT * FROM agreement WHERE kind = $1 AND status = $2 ORDER BY reference, id LIMIT 50) a`,
    params: (v) => [v.kind, v.status],
  },
};

// ---------------------------------------------------------------- nested chain (and growth)

/**
 * agencies(first: F) → agreements(first: F) → missions(first: F) → experts, cut at `depth`
 * levels. The agencies are those of one kind, by kind then ID; agreements by reference,
 * missions by reference, experts by assignment role then assignment.
 */
function chainShape(name: string, description: string, depth: number, rootFirst: number, fanOut: number, growth: boolean): Shape {
  const cgLevel = (level: number): string => {
    if (level === 2) return ` agreements(first: ${fanOut}) { nodes { id reference${depth > 2 ? cgLevel(3) : ''} } }`;
    if (level === 3) return ` missions(first: ${fanOut}) { nodes { id reference${depth > 3 ? cgLevel(4) : ''} } }`;
    return ' experts { id languages }';
  };
  const pgLevel = (level: number): string => {
    if (level === 2)
      return ` agreementsByAgreementPartyAgencyIdAndAgreementId(first: ${fanOut}, orderBy: [REFERENCE_ASC, PRIMARY_KEY_ASC]) { nodes { rowId reference${depth > 2 ? pgLevel(3) : ''} } }`;
    if (level === 3) return ` missionsByAgreementId(first: ${fanOut}, orderBy: [REFERENCE_ASC, PRIMARY_KEY_ASC]) { nodes { rowId reference${depth > 3 ? pgLevel(4) : ''} } }`;
    return ' assignmentsByMissionId(orderBy: [ROLE_ASC, PRIMARY_KEY_ASC]) { nodes { expertByExpertId { rowId languages } } }';
  };
  const cgCanon = (a: any, level: number): any => {
    if (level === 1) return { id: rowIdOf(a.id), kind: low(a.kind), ...(depth > 1 ? { agreements: a.agreements.nodes.map((x: any) => cgCanon(x, 2)) } : {}) };
    if (level === 2) return { id: rowIdOf(a.id), reference: a.reference, ...(depth > 2 ? { missions: a.missions.nodes.map((x: any) => cgCanon(x, 3)) } : {}) };
    if (level === 3) return { id: rowIdOf(a.id), reference: a.reference, ...(depth > 3 ? { experts: a.experts.map((x: any) => cgCanon(x, 4)) } : {}) };
    return { id: rowIdOf(a.id), languages: a.languages };
  };
  const pgCanon = (a: any, level: number): any => {
    if (level === 1)
      return { id: a.rowId, kind: a.kind, ...(depth > 1 ? { agreements: a.agreementsByAgreementPartyAgencyIdAndAgreementId.nodes.map((x: any) => pgCanon(x, 2)) } : {}) };
    if (level === 2) return { id: a.rowId, reference: a.reference, ...(depth > 2 ? { missions: a.missionsByAgreementId.nodes.map((x: any) => pgCanon(x, 3)) } : {}) };
    if (level === 3)
      return { id: a.rowId, reference: a.reference, ...(depth > 3 ? { experts: a.assignmentsByMissionId.nodes.map((x: any) => pgCanon(x.expertByExpertId, 4)) } : {}) };
    return { id: a.rowId, languages: a.languages };
  };
  const sqlLevel = (level: number, parent: string): string => {
    if (level === 2)
      return `(SELECT coalesce(json_agg(json_build_object('id', r.id, 'reference', r.reference${depth > 2 ? `, 'missions', ${sqlLevel(3, 'r')}` : ''}) ORDER BY r.reference, r.id), '[]')
   FROM (SELECT r.id, r.reference FROM agreement r
         WHERE EXISTS (SELECT 1 FROM agreement_party p WHERE p.agreement_id = r.id AND p.agency_id = ${parent}.id)
         ORDER BY r.reference, r.id LIMIT ${fanOut}) r)`;
    if (level === 3)
      return `(SELECT coalesce(json_agg(json_build_object('id', m.id, 'reference', m.reference${depth > 3 ? `, 'experts', ${sqlLevel(4, 'm')}` : ''}) ORDER BY m.reference, m.id), '[]')
     FROM (SELECT m.id, m.reference FROM mission m WHERE m.agreement_id = ${parent}.id ORDER BY m.reference, m.id LIMIT ${fanOut}) m)`;
    return `(SELECT coalesce(json_agg(json_build_object('id', e.id, 'languages', e.languages) ORDER BY s.role, s.id), '[]')
       FROM assignment s JOIN expert e ON e.id = s.expert_id WHERE s.mission_id = ${parent}.id)`;
  };
  return {
    name,
    description,
    growth: growth ? { depth, fanOut } : undefined,
    draw: (rng) => ({ kind: pick(rng, AGENCY_KINDS) }),
    coopgraph: {
      query: `query Chain($kind: AgencyKind!) {
  agencies(first: ${rootFirst}, filter: { kind: { eq: $kind } }, orderBy: [{ field: KIND }]) {
    nodes { id kind${depth > 1 ? cgLevel(2) : ''} }
  }
}`,
      variables: (v) => ({ kind: up(v.kind as string) }),
      canonical: (d) => d.agencies.nodes.map((a: any) => cgCanon(a, 1)),
    },
    postgraphile: {
      query: `query Chain($kind: String!) {
  allAgencies(first: ${rootFirst}, condition: { kind: $kind }, orderBy: [KIND_ASC, PRIMARY_KEY_ASC]) {
    nodes { rowId kind${depth > 1 ? pgLevel(2) : ''} }
  }
}`,
      variables: (v) => ({ kind: v.kind }),
      canonical: (d) => d.allAgencies.nodes.map((a: any) => pgCanon(a, 1)),
    },
    floor: {
      sql: `SELECT coalesce(json_agg(json_build_object('id', a.id, 'kind', a.kind${depth > 1 ? `, 'agreements', ${sqlLevel(2, 'a')}` : ''}) ORDER BY a.kind, a.id), '[]')::text AS j
FROM (SELECT id, kind FROM agency WHERE kind = $1 ORDER BY kind, id LIMIT ${rootFirst}) a`,
      params: (v) => [v.kind],
    },
  };
}

// ---------------------------------------------------------------- many-to-many

const manyToMany: Shape = {
  name: 'many-to-many',
  description: '20 agreements of one kind and status, each with its domains (agreement_domain) and its parties\u2019 agencies (agreement_party).',
  draw: (rng) => ({ kind: pick(rng, AGREEMENT_KINDS), status: pick(rng, AGREEMENT_STATUSES) }),
  coopgraph: {
    query: `query ManyToMany($kind: AgreementKind!, $status: AgreementStatus!) {
  agreements(first: 20, filter: { kind: { eq: $kind }, status: { eq: $status } }) {
    nodes { id reference domains { id key } agencies { id kind } }
  }
}`,
    variables: (v) => ({ kind: up(v.kind as string), status: up(v.status as string) }),
    canonical: (d) =>
      d.agreements.nodes.map((a: any) => ({
        id: rowIdOf(a.id),
        reference: a.reference,
        domains: a.domains.map((x: any) => ({ id: rowIdOf(x.id), key: x.key })),
        agencies: a.agencies.map((x: any) => ({ id: rowIdOf(x.id), kind: low(x.kind) })),
      })),
  },
  postgraphile: {
    query: `query ManyToMany($kind: String!, $status: String!) {
  allAgreements(first: 20, condition: { kind: $kind, status: $status }, orderBy: [REFERENCE_ASC, PRIMARY_KEY_ASC]) {
    nodes {
      rowId reference
      agreementDomainsByAgreementId(orderBy: PRIMARY_KEY_ASC) { nodes { domainByDomainId { rowId key } } }
      agreementPartiesByAgreementId(orderBy: [ROLE_ASC, PRIMARY_KEY_ASC]) { nodes { agencyByAgencyId { rowId kind } } }
    }
  }
}`,
    variables: (v) => ({ kind: v.kind, status: v.status }),
    canonical: (d) =>
      d.allAgreements.nodes.map((a: any) => {
        // An agency party in two roles is one agency: keep its first appearance, as Coopgraph does.
        const seen = new Set<string>();
        const agencies = a.agreementPartiesByAgreementId.nodes
          .map((p: any) => p.agencyByAgencyId)
          .filter((x: any) => (seen.has(x.rowId) ? false : (seen.add(x.rowId), true)));
        return {
          id: a.rowId,
          reference: a.reference,
          domains: a.agreementDomainsByAgreementId.nodes.map((x: any) => ({ id: x.domainByDomainId.rowId, key: x.domainByDomainId.key })),
          agencies: agencies.map((x: any) => ({ id: x.rowId, kind: x.kind })),
        };
      }),
  },
  floor: {
    sql: `SELECT coalesce(json_agg(json_build_object('id', a.id, 'reference', a.reference,
  'domains', (SELECT coalesce(json_agg(json_build_object('id', d.id, 'key', d.key) ORDER BY ad.id), '[]')
              FROM agreement_domain ad JOIN domain d ON d.id = ad.domain_id WHERE ad.agreement_id = a.id),
  'agencies', (SELECT coalesce(json_agg(json_build_object('id', g.id, 'kind', g.kind) ORDER BY p.first_role, p.first_id), '[]')
               FROM (SELECT DISTINCT ON (agency_id) agency_id, role AS first_role, id AS first_id FROM agreement_party
                     WHERE agreement_id = a.id ORDER BY agency_id, role, id) p
               JOIN agency g ON g.id = p.agency_id)
  ) ORDER BY a.reference, a.id), '[]')::text AS j
FROM (SELECT id, reference FROM agreement WHERE kind = $1 AND status = $2 ORDER BY reference, id LIMIT 20) a`,
    params: (v) => [v.kind, v.status],
  },
};

// ---------------------------------------------------------------- filtered, ordered, paginated, counted

const filtered: Shape = {
  name: 'filtered',
  description: 'Agreements valid from within a two-year window and of two statuses, newest first, 20 a page, with totalCount and hasNextPage.',
  draw: (rng) => {
    const from = randomDay(rng, 2005, 2024);
    const statuses = [pick(rng, AGREEMENT_STATUSES), pick(rng, AGREEMENT_STATUSES)];
    return { from, to: addYears(from, 2), statuses: [...new Set(statuses)] };
  },
  coopgraph: {
    query: `query Filtered($from: Date!, $to: Date!, $statuses: [AgreementStatus!]!) {
  agreements(first: 20, filter: { validFrom: { gte: $from, lt: $to }, status: { in: $statuses } }, orderBy: [{ field: VALID_FROM, direction: DESC }]) {
    totalCount
    pageInfo { hasNextPage }
    nodes { id reference validFrom status }
  }
}`,
    variables: (v) => ({ from: v.from, to: v.to, statuses: (v.statuses as string[]).map(up) }),
    canonical: (d) => ({
      totalCount: d.agreements.totalCount,
      hasNextPage: d.agreements.pageInfo.hasNextPage,
      nodes: d.agreements.nodes.map((a: any) => ({ id: rowIdOf(a.id), reference: a.reference, validFrom: a.validFrom, status: low(a.status) })),
    }),
  },
  postgraphile: {
    query: `query Filtered($from: Date!, $to: Date!, $statuses: [String!]!) {
  allAgreements(first: 20, filter: { validFrom: { greaterThanOrEqualTo: $from, lessThan: $to }, status: { in: $statuses } }, orderBy: [VALID_FROM_DESC, PRIMARY_KEY_DESC]) {
    totalCount
    pageInfo { hasNextPage }
    nodes { rowId reference validFrom status }
  }
}`,
    variables: (v) => ({ from: v.from, to: v.to, statuses: v.statuses }),
    canonical: (d) => ({
      totalCount: d.allAgreements.totalCount,
      hasNextPage: d.allAgreements.pageInfo.hasNextPage,
      nodes: d.allAgreements.nodes.map((a: any) => ({ id: a.rowId, reference: a.reference, validFrom: a.validFrom, status: a.status })),
    }),
  },
  floor: {
    sql: `WITH hits AS (SELECT id, reference, valid_from, status FROM agreement WHERE valid_from >= $1 AND valid_from < $2 AND status = ANY($3::text[])),
page AS (SELECT * FROM hits ORDER BY valid_from DESC, id DESC LIMIT 21)
SELECT json_build_object(
  'totalCount', (SELECT count(*) FROM hits),
  'hasNextPage', (SELECT count(*) > 20 FROM page),
  'nodes', (SELECT coalesce(json_agg(json_build_object('id', p.id, 'reference', p.reference, 'validFrom', p.valid_from, 'status', p.status)
            ORDER BY p.valid_from DESC, p.id DESC), '[]') FROM (SELECT * FROM page ORDER BY valid_from DESC, id DESC LIMIT 20) p)
)::text AS j`,
    params: (v) => [v.from, v.to, v.statuses],
  },
};

// ---------------------------------------------------------------- aggregate

/** Groups are a set: PostGraphile's groupedAggregates has no order by count, so every answer is sorted the same way. */
const sortGroups = (groups: Array<{ kind: string; status: string; count: number }>) =>
  [...groups].sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind) || a.status.localeCompare(b.status));

const aggregate: Shape = {
  name: 'aggregate',
  description: 'Agreements valid from a day on, counted by kind and status.',
  draw: (rng) => ({ from: randomDay(rng, 2005, 2022) }),
  coopgraph: {
    query: `query Aggregate($from: Date!) {
  agreementStats(filter: { validFrom: { gte: $from } }, groupBy: [KIND, STATUS]) { kind status count }
}`,
    variables: (v) => ({ from: v.from }),
    canonical: (d) => sortGroups(d.agreementStats.map((g: any) => ({ kind: low(g.kind)!, status: low(g.status)!, count: g.count }))),
  },
  postgraphile: {
    query: `query Aggregate($from: Date!) {
  allAgreements(filter: { validFrom: { greaterThanOrEqualTo: $from } }) {
    groupedAggregates(groupBy: [KIND, STATUS]) { keys distinctCount { rowId } }
  }
}`,
    variables: (v) => ({ from: v.from }),
    canonical: (d) =>
      sortGroups(d.allAgreements.groupedAggregates.map((g: any) => ({ kind: g.keys[0], status: g.keys[1], count: Number(g.distinctCount.rowId) }))),
  },
  floor: {
    sql: `SELECT coalesce(json_agg(json_build_object('kind', g.kind, 'status', g.status, 'count', g.n) ORDER BY g.n DESC, g.kind, g.status), '[]')::text AS j
FROM (SELECT kind, status, count(*)::int AS n FROM agreement WHERE valid_from >= $1 GROUP BY kind, status) g`,
    params: (v) => [v.from],
  },
  floorCanonical: (json) => sortGroups(json),
};

// ---------------------------------------------------------------- all shapes

export const nested = chainShape(
  'nested',
  'Three levels below the root: 10 agencies of one kind \u2192 5 agreements each \u2192 5 missions each \u2192 their experts.',
  4,
  10,
  5,
  false,
);

export const GROWTH_DEPTHS = [1, 2, 3, 4];
export const GROWTH_FAN_OUTS = [5, 10, 20];

export const growthShapes: Shape[] = GROWTH_DEPTHS.flatMap((depth) =>
  GROWTH_FAN_OUTS.map((fanOut) =>
    chainShape(`growth-d${depth}-f${fanOut}`, `Growth: depth ${depth}, fan-out ${fanOut} (agencies \u2192 agreements \u2192 missions \u2192 experts).`, depth, fanOut, fanOut, true),
  ),
);

export const mainShapes: Shape[] = [shallow, nested, manyToMany, filtered, aggregate];
export const allShapes: Shape[] = [...mainShapes, ...growthShapes];

export function shapeByName(name: string): Shape {
  const shape = allShapes.find((s) => s.name === name);
  if (!shape) throw new Error(`No shape named ${name}.`);
  return shape;
}

/** A pool of `size` variable sets for `shape`, the same for every contender. */
export function variablePool(shape: Shape, seed: number, size: number): Vars[] {
  const rng = seededRandom(seed ^ hash(shape.name));
  return Array.from({ length: size }, () => shape.draw(rng));
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** JSON with object keys sorted: equal text means equal answers, array order included. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}
