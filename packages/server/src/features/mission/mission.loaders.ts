import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context';
import { loadThrough } from '../../graphql/loaders';
import { Domain } from '../domain/domain.entity';
import { groupBy } from '../../graphql/sql';
import { UserErrorCode } from '../../graphql/user-errors';
import { Expert } from '../expert/expert.entity';
import { Assignment, Mission, MissionDomain } from './mission.entity';
import { ExpertFit, ExpertSuggestion, type ExpertSuggestionConflict } from './mission.inputs';
import { availabilityFindings, bookingFindings, periodOf, spans, type AvailabilityPeriod, type BookedMission } from './mission-period';

export const missionById = (ctx: Context, id: string) => ctx.loaders.byId(Mission).load(id);

export async function missionsById(ctx: Context, ids: string[]): Promise<Mission[]> {
  const rows = await ctx.loaders.byId(Mission).loadMany([...new Set(ids)]);
  return rows.filter((row): row is Mission => row instanceof Mission);
}

export const domainsOfMission = (ctx: Context, missionId: string, info?: GraphQLResolveInfo) =>
  loadThrough(ctx.loaders, missionId, MissionDomain, 'missionId', 'domainId', Domain, [], info);

export const assignmentsOfMission = (ctx: Context, missionId: string) =>
  ctx.loaders.manyBy(Assignment, 'missionId', ['role']).load(missionId);

/** Experts ranked in SQL by domains and languages before their calendars are checked. */
const SUGGESTION_POOL = 200;

const WEIGHTS = { domain: 0.5, language: 0.2, calendar: 0.3 } as const;

interface Candidate {
  mission_id: string;
  expert_id: string;
  matched: string[];
  shared: string[];
}

interface Booking extends BookedMission {
  expert_id: string;
  mission_id: string;
}

/**
 * Suggestions for every mission of a level at once, in a fixed number of statements:
 * candidates by domain (the expert's domain, a broader or a narrower one) and language for
 * every mission (one LATERAL statement), the missions' domain counts, then the candidates'
 * bookings and availability, checked with the rules `missionAssignExpert` applies.
 */
export function expertSuggestionsOf(ctx: Context, mission: Mission, languages: string[], first: number): Promise<ExpertSuggestion[]> {
  const wanted = [...new Set(languages.map((l) => l.toLowerCase()))].sort();
  const loader = ctx.loaders.get<string, ExpertSuggestion[]>(`Mission.expertSuggestions:${wanted.join(',')}:${first}`, async (missionIds) => {
    const ids = [...missionIds];
    const candidates = (await ctx.dataSource.query(
      `WITH RECURSIVE line(descendant, ancestor) AS (
         SELECT id, id FROM domain
         UNION ALL
         SELECT l.descendant, d.parent_id FROM line l JOIN domain d ON d.id = l.ancestor WHERE d.parent_id IS NOT NULL
       ), related(a, b) AS (SELECT descendant, ancestor FROM line UNION SELECT ancestor, descendant FROM line)
       SELECT m.id AS mission_id, c.expert_id, c.matched, c.shared
         FROM unnest($1::uuid[]) AS m(id)
        CROSS JOIN LATERAL (
          SELECT e.id AS expert_id, COALESCE(dm.matched, '{}') AS matched,
                 ARRAY(SELECT unnest(e.languages) INTERSECT SELECT unnest($2::text[]) ORDER BY 1) AS shared
            FROM expert e
            LEFT JOIN (
              SELECT ed.expert_id, array_agg(DISTINCT md.domain_id) AS matched
                FROM mission_domain md
                JOIN related r ON r.a = md.domain_id
                JOIN expert_domain ed ON ed.domain_id = r.b AND ed.archived_at IS NULL
               WHERE md.mission_id = m.id AND md.archived_at IS NULL
               GROUP BY ed.expert_id
            ) dm ON dm.expert_id = e.id
           WHERE e.archived_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.mission_id = m.id AND a.expert_id = e.id AND a.archived_at IS NULL)
           ORDER BY cardinality(COALESCE(dm.matched, '{}')) DESC, cardinality(ARRAY(SELECT unnest(e.languages) INTERSECT SELECT unnest($2::text[]))) DESC, e.id
           LIMIT ${SUGGESTION_POOL}
        ) c`,
      [ids, wanted],
    )) as Candidate[];
    const domainCounts = new Map(
      ((await ctx.dataSource.query(
        `SELECT mission_id, count(*)::int AS n FROM mission_domain WHERE mission_id = ANY($1::uuid[]) AND archived_at IS NULL GROUP BY mission_id`,
        [ids],
      )) as Array<{ mission_id: string; n: number }>).map((r) => [r.mission_id, r.n]),
    );
    const experts = [...new Set(candidates.map((c) => c.expert_id))];
    const [bookings, periods, missions] = experts.length
      ? await Promise.all([
          ctx.dataSource.query(
            `SELECT a.expert_id, m.id AS mission_id, m.reference, m.planned_start AS "plannedStart", m.planned_end AS "plannedEnd", m.actual_start AS "actualStart", m.actual_end AS "actualEnd"
               FROM assignment a JOIN mission m ON m.id = a.mission_id
              WHERE a.expert_id = ANY($1::uuid[]) AND a.archived_at IS NULL AND m.archived_at IS NULL AND m.status <> 'cancelled'`,
            [experts],
          ) as Promise<Booking[]>,
          ctx.dataSource.query(
            `SELECT expert_id, starts_on AS "startsOn", ends_on AS "endsOn", status FROM availability WHERE expert_id = ANY($1::uuid[]) AND archived_at IS NULL`,
            [experts],
          ) as Promise<Array<AvailabilityPeriod & { expert_id: string }>>,
          ctx.loaders.byId(Mission).loadMany(ids),
        ])
      : [[], [], await ctx.loaders.byId(Mission).loadMany(ids)];
    const bookingsOf = groupBy(bookings, (b) => b.expert_id);
    const periodsOf = groupBy(periods, (p) => p.expert_id);
    const byMission = groupBy(candidates, (c) => c.mission_id);
    return ids.map((missionId, index) => {
      const mission = missions[index];
      if (!(mission instanceof Mission)) return [];
      const mine = spans(periodOf(mission));
      const dated = Boolean(mission.plannedStart || mission.plannedEnd || mission.actualStart || mission.actualEnd);
      const domains = domainCounts.get(missionId) ?? 0;
      const ranked = (byMission.get(missionId) ?? []).map((c) => {
        const conflicts: ExpertSuggestionConflict[] = [];
        if (dated) {
          const others = (bookingsOf.get(c.expert_id) ?? []).filter((b) => b.mission_id !== missionId);
          for (const f of bookingFindings(mine, others)) conflicts.push({ code: UserErrorCode.EXPERT_DOUBLE_BOOKED, certain: f.certain, message: f.message });
          for (const f of availabilityFindings(mine, periodsOf.get(c.expert_id) ?? [])) conflicts.push({ code: UserErrorCode.EXPERT_UNAVAILABLE, certain: f.certain, message: f.message });
        }
        const fit = conflicts.some((x) => x.certain) ? ExpertFit.CONFLICT : conflicts.length ? ExpertFit.POSSIBLE_CONFLICT : ExpertFit.FREE;
        const domainMatch = domains > 0 ? c.matched.length / domains : null;
        const parts: Array<[number, number]> = [[WEIGHTS.calendar, fit === ExpertFit.FREE ? 1 : fit === ExpertFit.POSSIBLE_CONFLICT ? 0.5 : 0]];
        if (domainMatch !== null) parts.push([WEIGHTS.domain, domainMatch]);
        if (wanted.length) parts.push([WEIGHTS.language, c.shared.length > 0 ? 1 : 0]);
        const score = parts.reduce((sum, [w, v]) => sum + w * v, 0) / parts.reduce((sum, [w]) => sum + w, 0);
        return Object.assign(new ExpertSuggestion(), {
          expertId: c.expert_id,
          matchedDomainIds: c.matched,
          score: Math.round(score * 1000) / 1000,
          domainMatch,
          sharedLanguages: c.shared,
          fit,
          conflicts,
        });
      });
      ranked.sort((a, b) => b.score - a.score || b.matchedDomainIds.length - a.matchedDomainIds.length || (a.expertId < b.expertId ? -1 : 1));
      return ranked.slice(0, first);
    });
  });
  return loader.load(mission.id);
}

/** The experts assigned to a mission, by role, each once: one statement per level. */
export const expertsOfMission = (ctx: Context, missionId: string, info?: GraphQLResolveInfo) =>
  loadThrough(ctx.loaders, missionId, Assignment, 'missionId', 'expertId', Expert, ['role'], info);
