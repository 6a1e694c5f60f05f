import type { Context } from '../../graphql/context';
import { UserInputError } from '../../graphql/errors';
import { compileFilter, filterContext } from '../../graphql/filters';
import { readRows, SqlParams } from '../../graphql/sql';
import { Agency } from '../agency/agency.entity';
import { Country } from '../country/country.entity';
import { Domain } from '../domain/domain.entity';
import { AgreementDimension, AgreementGroup, MissionDimension, MissionGroup } from './stats.inputs';

/** Groups beyond this are refused: an analyst asking for more wants a filter or a coarser dimension. */
export const MAX_GROUPS = 10_000;

// Every domain with each of its ancestors (itself included): counting through it gives
// each domain the items of its whole subtree.
const ANCESTORS = `anc(domain_id, ancestor_id) AS (
  SELECT id, id FROM domain
  UNION ALL
  SELECT anc.domain_id, d.parent_id FROM anc JOIN domain d ON d.id = anc.ancestor_id WHERE d.parent_id IS NOT NULL
)`;

type Dimension = MissionDimension | AgreementDimension;

interface DimensionSql {
  select: string;
  column: string;
  join?: string;
}

function checkDimensions(groupBy: Dimension[]): void {
  if (groupBy.length > 2) throw new UserInputError('Group by at most two dimensions at once.', 'groupBy');
  if (new Set(groupBy).size !== groupBy.length) throw new UserInputError('Each dimension may appear once in groupBy.', 'groupBy');
}

async function resolveGroups<G extends { domain: Domain | null; country: Country | null; agency: Agency | null }>(
  ctx: Context,
  rows: Array<Record<string, any>>,
  build: (row: Record<string, any>) => G,
): Promise<G[]> {
  if (rows.length > MAX_GROUPS) {
    throw new UserInputError(`This grouping yields more than ${MAX_GROUPS} groups; add a filter or group by fewer or coarser dimensions.`, 'groupBy');
  }
  const load = async <T extends { id: string }>(entity: (new () => T) & { name: string }, column: string) => {
    const ids = [...new Set(rows.map((r) => r[column]).filter(Boolean))] as string[];
    const found = await ctx.loaders.byId(entity as never).loadMany(ids);
    return new Map(found.filter((x): x is T => x instanceof entity).map((x) => [x.id, x]));
  };
  const [domains, countries, agencies] = await Promise.all([load(Domain, 'd_domain'), load(Country, 'd_country'), load(Agency, 'd_agency')]);
  return rows.map((row) => {
    const group = build(row);
    group.domain = row.d_domain ? (domains.get(row.d_domain) ?? null) : null;
    group.country = row.d_country ? (countries.get(row.d_country) ?? null) : null;
    group.agency = row.d_agency ? (agencies.get(row.d_agency) ?? null) : null;
    return group;
  });
}

function groupSql(dimensions: Record<string, DimensionSql>, groupBy: Dimension[], base: string, measures: string): string {
  const chosen = groupBy.map((d) => dimensions[d]!);
  const joins = chosen.map((d) => d.join).filter(Boolean).join(' ');
  const selects = chosen.map((d) => `${d.select} AS ${d.column}`);
  const columns = chosen.map((d) => d.column);
  const needsAncestors = groupBy.includes(MissionDimension.DOMAIN);
  // Only a joined dimension can repeat a row (two domains under one ancestor): DISTINCT is needed then only.
  return `WITH RECURSIVE ${needsAncestors ? `${ANCESTORS},` : ''}
    base AS (${base}),
    keyed AS (SELECT ${joins ? 'DISTINCT ' : ''}b.* ${selects.length ? `, ${selects.join(', ')}` : ''} FROM base b ${joins})
    SELECT ${[...columns, measures].join(', ')} FROM keyed
    ${columns.length ? `GROUP BY ${columns.join(', ')}` : ''}
    ORDER BY count DESC${columns.length ? `, ${columns.join(', ')}` : ''}
    LIMIT ${MAX_GROUPS + 1}`;
}

/** Measures beyond the count cost a subquery per row: each is computed only when asked for (absent: computed). */
export interface StatsMeasures {
  expertDays?: boolean;
  missionCount?: boolean;
}

export async function missionGroups(
  ctx: Context,
  filter: Record<string, any> | null | undefined,
  groupBy: MissionDimension[],
  measures: StatsMeasures = {},
): Promise<MissionGroup[]> {
  checkDimensions(groupBy);
  const params = new SqlParams();
  const where = compileFilter('Mission', filter, 't', filterContext(params, ctx.lang));
  const dimensions: Record<MissionDimension, DimensionSql> = {
    DOMAIN: { select: 'anc.ancestor_id', column: 'd_domain', join: 'JOIN mission_domain md ON md.mission_id = b.id JOIN anc ON anc.domain_id = md.domain_id' },
    COUNTRY: { select: 'b.country_id', column: 'd_country' },
    YEAR: { select: 'b.start_year', column: 'd_year' },
    AGENCY: { select: 'ap.agency_id', column: 'd_agency', join: 'JOIN agreement_party ap ON ap.agreement_id = b.agreement_id' },
    STATUS: { select: 'b.status_value', column: 'd_status' },
    KIND: { select: 'b.kind_value', column: 'd_kind' },
  };
  const base = `SELECT t.id, t.country_id, t.agreement_id, t.status AS status_value, t.kind AS kind_value,
      extract(year FROM lower(coalesce(t.actual_start, t.planned_start)))::int AS start_year,
      ${measures.expertDays === false ? '0::float8' : 'coalesce((SELECT sum(a.days) FROM assignment a WHERE a.mission_id = t.id), 0)::float8'} AS days
    FROM mission t WHERE ${where}`;
  // Prepared, as every read of the API: the text depends only on the filter's shape and the dimensions.
  const rows = await readRows<Record<string, any>>(ctx.dataSource, groupSql(dimensions, groupBy, base, 'count(*)::int AS count, coalesce(sum(days), 0)::float8 AS expert_days'), params.values);
  return resolveGroups(ctx, rows, (row) =>
    Object.assign(new MissionGroup(), {
      year: row.d_year ?? null,
      status: row.d_status ?? null,
      kind: row.d_kind ?? null,
      count: row.count,
      expertDays: row.expert_days,
    }),
  );
}

export async function agreementGroups(
  ctx: Context,
  filter: Record<string, any> | null | undefined,
  groupBy: AgreementDimension[],
  measures: StatsMeasures = {},
): Promise<AgreementGroup[]> {
  checkDimensions(groupBy);
  const params = new SqlParams();
  const where = compileFilter('Agreement', filter, 't', filterContext(params, ctx.lang));
  const dimensions: Record<AgreementDimension, DimensionSql> = {
    DOMAIN: { select: 'anc.ancestor_id', column: 'd_domain', join: 'JOIN agreement_domain ad ON ad.agreement_id = b.id JOIN anc ON anc.domain_id = ad.domain_id' },
    COUNTRY: { select: 'ac.country_id', column: 'd_country', join: 'JOIN agreement_country ac ON ac.agreement_id = b.id' },
    YEAR: { select: 'b.signed_year', column: 'd_year' },
    AGENCY: { select: 'ap.agency_id', column: 'd_agency', join: 'JOIN agreement_party ap ON ap.agreement_id = b.id' },
    STATUS: { select: 'b.status_value', column: 'd_status' },
    KIND: { select: 'b.kind_value', column: 'd_kind' },
  };
  const base = `SELECT t.id, t.status AS status_value, t.kind AS kind_value, extract(year FROM lower(t.signed))::int AS signed_year,
      ${measures.missionCount === false ? '0' : '(SELECT count(*) FROM mission m WHERE m.agreement_id = t.id)::int'} AS missions
    FROM agreement t WHERE ${where}`;
  const rows = await readRows<Record<string, any>>(ctx.dataSource, groupSql(dimensions, groupBy, base, 'count(*)::int AS count, coalesce(sum(missions), 0)::int AS mission_count'), params.values);
  return resolveGroups(ctx, rows, (row) =>
    Object.assign(new AgreementGroup(), { year: row.d_year ?? null, status: row.d_status ?? null, kind: row.d_kind ?? null, count: row.count, missionCount: row.mission_count }),
  );
}
