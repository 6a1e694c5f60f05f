import type { Context } from '../../graphql/context';
import { Expert } from '../expert/expert.entity';
import { Affiliation, Person } from './person.entity';

export const personById = (ctx: Context, id: string) => ctx.loaders.byId(Person).load(id);

export const affiliationsOfPerson = (ctx: Context, personId: string) =>
  ctx.loaders.manyBy(Affiliation, 'personId', ['validFrom']).load(personId);

export async function expertProfileOf(ctx: Context, personId: string): Promise<Expert | null> {
  const experts = await ctx.loaders.manyBy(Expert, 'personId').load(personId);
  return experts[0] ?? null;
}
