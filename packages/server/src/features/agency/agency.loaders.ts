import type { Context } from '../../graphql/context';
import { FALLBACK_ORDER, type Language } from '../../graphql/localized';
import { Agency, AgencyLineage, AgencyName } from './agency.entity';

export const agencyById = (ctx: Context, id: string) => ctx.loaders.byId(Agency).load(id);

export const namesOfAgency = (ctx: Context, agencyId: string) =>
  ctx.loaders.manyBy(AgencyName, 'agencyId', ['validFrom', 'lang']).load(agencyId);

export const lineageToSuccessors = (ctx: Context, agencyId: string) =>
  ctx.loaders.manyBy(AgencyLineage, 'predecessorId', ['occurredOn']).load(agencyId);

export const lineageFromPredecessors = (ctx: Context, agencyId: string) =>
  ctx.loaders.manyBy(AgencyLineage, 'successorId', ['occurredOn']).load(agencyId);

export async function agenciesById(ctx: Context, ids: string[]): Promise<Agency[]> {
  const rows = await ctx.loaders.byId(Agency).loadMany([...new Set(ids)]);
  return rows.filter((row): row is Agency => row instanceof Agency);
}

export function nameValidOn(name: AgencyName, day: string): boolean {
  return (!name.validFrom || name.validFrom <= day) && (!name.validUntil || name.validUntil >= day);
}

/**
 * The names an agency went by on `day`. Before its first name it is called by that
 * first name; after its last one ends (a dissolved agency) by the last one it had.
 */
export function namesOn(names: AgencyName[], day: string): AgencyName[] {
  const valid = names.filter((n) => nameValidOn(n, day));
  if (valid.length > 0) return valid;
  const ended = names.filter((n) => n.validUntil && n.validUntil < day);
  if (ended.length > 0) {
    const last = ended.reduce((max, n) => (n.validUntil! > max ? n.validUntil! : max), '');
    return ended.filter((n) => n.validUntil === last);
  }
  const first = names.reduce((min, n) => (n.validFrom && n.validFrom < min ? n.validFrom : min), '9999-12-31');
  return names.filter((n) => n.validFrom === first);
}

/** The name in `lang`, else in the fallback order. */
export function pickName(names: AgencyName[], lang: Language): AgencyName | null {
  for (const candidate of [lang, ...FALLBACK_ORDER]) {
    const found = names.find((n) => n.lang === candidate);
    if (found) return found;
  }
  return names[0] ?? null;
}
