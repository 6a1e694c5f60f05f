import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context';
import { loadThrough } from '../../graphql/loaders';
import { Domain } from '../domain/domain.entity';
import { Expert, ExpertDomain } from './expert.entity';

export const expertById = (ctx: Context, id: string) => ctx.loaders.byId(Expert).load(id);

export async function expertsById(ctx: Context, ids: string[]): Promise<Expert[]> {
  const rows = await ctx.loaders.byId(Expert).loadMany([...new Set(ids)]);
  return rows.filter((row): row is Expert => row instanceof Expert);
}

export const domainsOfExpert = (ctx: Context, expertId: string, info?: GraphQLResolveInfo) =>
  loadThrough(ctx.loaders, expertId, ExpertDomain, 'expertId', 'domainId', Domain, [], info);
