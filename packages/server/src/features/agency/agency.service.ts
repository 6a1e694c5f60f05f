import type { Context } from '../../graphql/context';
import { addDays } from '../../graphql/inputs';
import { mutate, type MutationScope } from '../../graphql/mutation';
import { UserErrorCode } from '../../graphql/user-errors';
import { dayOrder, iatiOrgId, kboNumber, text, url } from '../../graphql/validate';
import { Country } from '../country/country.entity';
import { Agency, AgencyLineage, AgencyName, LineageKind } from './agency.entity';
import { AgencyPayload, type AgencyCreateInput, type AgencyMergeInput, type AgencyNameInput, type AgencyRenameInput, type AgencyUpdateInput } from './agency.inputs';

/** Refuses a KBO number or IATI id another agency has. */
export async function agencyIdentifiersFree(scope: MutationScope, kbo: string | null | undefined, iati: string | null | undefined, exceptId?: string): Promise<void> {
  if (kbo) {
    const other = await scope.manager.findOneBy(Agency, { kboNumber: kbo });
    if (other && other.id !== exceptId) scope.error('kboNumber', UserErrorCode.TAKEN, `Another agency already has KBO number ${kbo}.`);
  }
  if (iati) {
    const other = await scope.manager.findOneBy(Agency, { iatiOrgId: iati });
    if (other && other.id !== exceptId) scope.error('iatiOrgId', UserErrorCode.TAKEN, `Another agency already has IATI identifier ${iati}.`);
  }
}

function checkNames(scope: MutationScope, names: AgencyNameInput[]): Array<{ lang: AgencyNameInput['lang']; name: string; acronym: string | null }> {
  if (names.length === 0) scope.error('names', UserErrorCode.REQUIRED, 'Give at least one name.');
  const seen = new Set<string>();
  return names.map((n, i) => {
    if (seen.has(n.lang)) scope.error(`names.${i}.lang`, UserErrorCode.INVALID_VALUE, `Two names are given in ${n.lang}.`);
    seen.add(n.lang);
    return { lang: n.lang, name: text(scope, `names.${i}.name`, n.name, 300, true) ?? '', acronym: text(scope, `names.${i}.acronym`, n.acronym, 30) };
  });
}

const replay = (manager: MutationScope['manager'], id: string) => manager.findOneBy(Agency, { id });

export const agencyService = {
  create(ctx: Context, input: AgencyCreateInput) {
    return mutate(ctx, AgencyPayload, { operation: 'agencyCreate', idempotencyKey: input.idempotencyKey, replay }, async (scope) => {
      const names = checkNames(scope, input.names);
      const kbo = kboNumber(scope, 'kboNumber', input.kboNumber);
      const iati = iatiOrgId(scope, 'iatiOrgId', input.iatiOrgId);
      const website = url(scope, 'website', input.website);
      const country = await scope.find(Country, input.countryId, 'countryId');
      dayOrder(scope, 'existedUntil', input.existedFrom, input.existedUntil, 'The last day of existence');
      await agencyIdentifiersFree(scope, kbo, iati);
      scope.check();
      const agency = await scope.create(Agency, {
        kind: input.kind,
        kboNumber: kbo,
        iatiOrgId: iati,
        iatiOrganisationType: input.iatiOrganisationType ?? null,
        countryId: country?.id ?? null,
        website,
        existedFrom: input.existedFrom ?? null,
        existedUntil: input.existedUntil ?? null,
      });
      for (const n of names) {
        await scope.create(AgencyName, { agencyId: agency.id, ...n, validFrom: input.namesFrom ?? input.existedFrom ?? null, validUntil: null });
      }
      return agency;
    });
  },

  update(ctx: Context, input: AgencyUpdateInput) {
    return mutate(ctx, AgencyPayload, { operation: 'agencyUpdate' }, async (scope) => {
      const before = await scope.find(Agency, input.id, 'id');
      scope.check();
      const changes: Partial<Agency> = {};
      if (input.kind != null) changes.kind = input.kind;
      if (input.kboNumber !== undefined) changes.kboNumber = kboNumber(scope, 'kboNumber', input.kboNumber);
      if (input.iatiOrgId !== undefined) changes.iatiOrgId = iatiOrgId(scope, 'iatiOrgId', input.iatiOrgId);
      if (input.iatiOrganisationType !== undefined) changes.iatiOrganisationType = input.iatiOrganisationType;
      if (input.website !== undefined) changes.website = url(scope, 'website', input.website);
      if (input.countryId !== undefined) changes.countryId = input.countryId === null ? null : ((await scope.find(Country, input.countryId, 'countryId'))?.id ?? null);
      if (input.existedFrom !== undefined) changes.existedFrom = input.existedFrom;
      if (input.existedUntil !== undefined) changes.existedUntil = input.existedUntil;
      const next = { ...before!, ...changes };
      dayOrder(scope, 'existedUntil', next.existedFrom, next.existedUntil, 'The last day of existence');
      await agencyIdentifiersFree(scope, changes.kboNumber, changes.iatiOrgId, before!.id);
      return scope.update(Agency, before!, input.version, changes);
    });
  },

  rename(ctx: Context, input: AgencyRenameInput) {
    return mutate(ctx, AgencyPayload, { operation: 'agencyRename' }, async (scope) => {
      const agency = await scope.find(Agency, input.id, 'id');
      const names = checkNames(scope, input.names);
      scope.check();
      const dayBefore = addDays(input.from, -1);
      const current = await scope.manager.findBy(AgencyName, { agencyId: agency!.id });
      for (const n of names) {
        for (const old of current.filter((c) => c.lang === n.lang && (c.validUntil === null || c.validUntil >= input.from))) {
          if (old.validFrom && old.validFrom > dayBefore) {
            scope.error('from', UserErrorCode.DATE_ORDER, `The ${n.lang} name "${old.name}" is used only from ${old.validFrom}; a rename must come after that.`);
            continue;
          }
          await scope.update(AgencyName, old, old.version, { validUntil: dayBefore });
        }
        scope.check();
        await scope.create(AgencyName, { agencyId: agency!.id, ...n, validFrom: input.from, validUntil: null });
      }
      // The rename is a change of the agency too: its version moves, so stale edits are refused.
      return scope.update(Agency, agency!, input.version, {});
    });
  },

  merge(ctx: Context, input: AgencyMergeInput) {
    return mutate(ctx, AgencyPayload, { operation: 'agencyMerge' }, async (scope) => {
      const merged = await scope.find(Agency, input.id, 'id');
      const into = await scope.find(Agency, input.intoId, 'intoId');
      const legalBasis = text(scope, 'legalBasis', input.legalBasis, 500);
      scope.check();
      if (merged!.id === into!.id) scope.fail('intoId', UserErrorCode.INVALID_VALUE, 'An agency cannot be merged into itself.');
      if (merged!.existedFrom && input.on <= merged!.existedFrom) scope.error('on', UserErrorCode.DATE_ORDER, `The merged agency exists only from ${merged!.existedFrom}.`);
      if (merged!.existedUntil && merged!.existedUntil < addDays(input.on, -1)) scope.error('on', UserErrorCode.DATE_ORDER, `The merged agency had already ceased on ${merged!.existedUntil}.`);
      if (into!.existedUntil && into!.existedUntil < input.on) scope.error('intoId', UserErrorCode.DATE_ORDER, `The agency merged into had ceased on ${into!.existedUntil}.`);
      if (into!.existedFrom && into!.existedFrom > input.on) scope.error('intoId', UserErrorCode.DATE_ORDER, `The agency merged into exists only from ${into!.existedFrom}.`);
      if (await scope.manager.findOneBy(AgencyLineage, { predecessorId: merged!.id, successorId: into!.id, kind: LineageKind.MERGED_INTO })) {
        scope.error('intoId', UserErrorCode.ALREADY_LINKED, 'This merger is already recorded.');
      }
      scope.check();
      await scope.create(AgencyLineage, { predecessorId: merged!.id, successorId: into!.id, kind: LineageKind.MERGED_INTO, occurredOn: input.on, legalBasis });
      return scope.update(Agency, merged!, input.version, { existedUntil: addDays(input.on, -1) });
    });
  },
};
