import type { Context } from '../../graphql/context';
import { Citation, Source } from './source.entity';

/** Citations made by a node or edge (by its row ID), oldest first. */
export function citationsOf(ctx: Context, subjectId: string): Promise<Citation[]> {
  return ctx.loaders.manyBy(Citation, 'subjectId').load(subjectId);
}

/** The distinct sources a node or edge cites. */
export async function sourcesOf(ctx: Context, subjectId: string): Promise<Source[]> {
  const citations = await citationsOf(ctx, subjectId);
  const ids = [...new Set(citations.map((c) => c.sourceId))];
  const sources = await ctx.loaders.byId(Source).loadMany(ids);
  return sources.filter((s): s is Source => s instanceof Source);
}
