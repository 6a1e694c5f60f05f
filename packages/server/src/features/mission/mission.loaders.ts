import type { Context } from '../../graphql/context';
import { loadThrough } from '../../graphql/loaders';
import { Domain } from '../domain/domain.entity';
import { Expert } from '../expert/expert.entity';
import { Assignment, Mission, MissionDomain } from './mission.entity';

export const missionById = (ctx: Context, id: string) => ctx.loaders.byId(Mission).load(id);

export async function missionsById(ctx: Context, ids: string[]): Promise<Mission[]> {
  const rows = await ctx.loaders.byId(Mission).loadMany([...new Set(ids)]);
  return rows.filter((row): row is Mission => row instanceof Mission);
}

export const domainsOfMission = (ctx: Context, missionId: string) =>
  loadThrough(ctx.loaders, missionId, MissionDomain, 'missionId', 'domainId', Domain);

export const assignmentsOfMission = (ctx: Context, missionId: string) =>
  ctx.loaders.manyBy(Assignment, 'missionId', ['role']).load(missionId);

/** The experts assigned to a mission, by role, each once: one statement per level. */
export const expertsOfMission = (ctx: Context, missionId: string) =>
  loadThrough(ctx.loaders, missionId, Assignment, 'missionId', 'expertId', Expert, ['role']);
