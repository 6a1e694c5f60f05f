import type { ClassType } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { toLocalizedText, toStoredFuzzyDate } from '../../graphql/inputs';
import { mutate, type MutationScope } from '../../graphql/mutation';
import type { NodeEntity } from '../../graphql/node';
import { UserErrorCode } from '../../graphql/user-errors';
import { dayOrder, text } from '../../graphql/validate';
import { Agency } from '../agency/agency.entity';
import { Country } from '../country/country.entity';
import { Domain } from '../domain/domain.entity';
import { Person } from '../person/person.entity';
import { Agreement, AgreementCountry, AgreementDomain, AgreementKind, AgreementParty, AgreementStatus } from './agreement.entity';
import {
  AgreementPartyPayload,
  AgreementPayload,
  type AgreementAddPartyInput,
  type AgreementCreateInput,
  type AgreementLinkInput,
  type AgreementRemovePartyInput,
  type AgreementSignInput,
  type AgreementTerminateInput,
  type AgreementUpdateInput,
} from './agreement.inputs';

async function referenceFree(scope: MutationScope, reference: string | null | undefined, exceptId?: string): Promise<void> {
  if (!reference) return;
  const other = await scope.manager.findOneBy(Agreement, { reference });
  if (other && other.id !== exceptId) scope.error('reference', UserErrorCode.TAKEN, `Another agreement already has the reference ${reference}.`);
}

const replay = (manager: MutationScope['manager'], id: string) => manager.findOneBy(Agreement, { id });
const upper = (s: string) => s.toUpperCase();

async function link(ctx: Context, input: AgreementLinkInput, attach: boolean, kind: 'domain' | 'country') {
  const target = (kind === 'domain' ? Domain : Country) as ClassType<NodeEntity>;
  const edge = (kind === 'domain' ? AgreementDomain : AgreementCountry) as ClassType<NodeEntity>;
  const column = kind === 'domain' ? 'domainId' : 'countryId';
  return mutate(ctx, AgreementPayload, { operation: `agreement${attach ? 'Attach' : 'Detach'}${kind === 'domain' ? 'Domains' : 'Countries'}` }, async (scope) => {
    const agreement = await scope.find(Agreement, input.id, 'id');
    const rows = [];
    for (const [i, id] of input.ids.entries()) rows.push(await scope.find(target, id, `ids.${i}`, { allowArchived: !attach }));
    scope.check();
    for (const [i, row] of rows.entries()) {
      const existing = await scope.manager.findOneBy(edge, { agreementId: agreement!.id, [column]: row!.id } as never);
      if (attach && existing) scope.error(`ids.${i}`, UserErrorCode.ALREADY_LINKED, `This ${kind} is already covered by the agreement.`);
      else if (!attach && !existing) scope.error(`ids.${i}`, UserErrorCode.NOT_LINKED, `This ${kind} is not covered by the agreement.`);
      else if (attach) await scope.create(edge, { agreementId: agreement!.id, [column]: row!.id } as never);
      else await scope.remove(edge, existing!);
    }
    return agreement;
  });
}

export const agreementService = {
  create(ctx: Context, input: AgreementCreateInput) {
    return mutate(ctx, AgreementPayload, { operation: 'agreementCreate', idempotencyKey: input.idempotencyKey, replay }, async (scope) => {
      const reference = text(scope, 'reference', input.reference, 100, true);
      const title = toLocalizedText(scope, 'title', input.title, 300, true);
      const purpose = toLocalizedText(scope, 'purpose', input.purpose, 5000, false);
      dayOrder(scope, 'validUntil', input.validFrom, input.validUntil, 'The last day of validity');
      const parent = await scope.find(Agreement, input.parentId, 'parentId');
      if (parent && parent.kind !== AgreementKind.FRAMEWORK) scope.error('parentId', UserErrorCode.INVALID_VALUE, `Agreement ${parent.reference} is not a framework agreement.`);
      await referenceFree(scope, reference);
      scope.check();
      return scope.create(Agreement, {
        reference: reference!,
        title: title!,
        purpose,
        kind: input.kind,
        status: AgreementStatus.DRAFT,
        signed: null,
        signedPrecision: null,
        validFrom: input.validFrom ?? null,
        validUntil: input.validUntil ?? null,
        parentId: parent?.id ?? null,
      });
    });
  },

  update(ctx: Context, input: AgreementUpdateInput) {
    return mutate(ctx, AgreementPayload, { operation: 'agreementUpdate' }, async (scope) => {
      const before = await scope.find(Agreement, input.id, 'id');
      scope.check();
      const changes: Partial<Agreement> = {};
      if (input.reference !== undefined) {
        changes.reference = text(scope, 'reference', input.reference, 100, true)!;
        await referenceFree(scope, changes.reference, before!.id);
      }
      if (input.title !== undefined) changes.title = toLocalizedText(scope, 'title', input.title, 300, true)!;
      if (input.purpose !== undefined) changes.purpose = toLocalizedText(scope, 'purpose', input.purpose, 5000, false);
      if (input.kind != null) changes.kind = input.kind;
      if (input.validFrom !== undefined) changes.validFrom = input.validFrom;
      if (input.validUntil !== undefined) changes.validUntil = input.validUntil;
      const next = { ...before!, ...changes };
      dayOrder(scope, 'validUntil', next.validFrom, next.validUntil, 'The last day of validity');
      return scope.update(Agreement, before!, input.version, changes);
    });
  },

  sign(ctx: Context, input: AgreementSignInput) {
    return mutate(ctx, AgreementPayload, { operation: 'agreementSign' }, async (scope) => {
      const before = await scope.find(Agreement, input.id, 'id');
      const signed = toStoredFuzzyDate(scope, 'signedOn', input.signedOn);
      scope.check();
      if (before!.status !== AgreementStatus.DRAFT) scope.fail('id', UserErrorCode.ILLEGAL_TRANSITION, `Only a DRAFT agreement can be signed; this one is ${upper(before!.status)}.`);
      if ((await scope.manager.countBy(AgreementParty, { agreementId: before!.id })) === 0) {
        scope.error('id', UserErrorCode.REQUIRED, 'Add the parties (agreementAddParty) before recording the signature.');
      }
      return scope.update(Agreement, before!, input.version, { status: AgreementStatus.SIGNED, signed: signed!.range, signedPrecision: signed!.precision });
    });
  },

  terminate(ctx: Context, input: AgreementTerminateInput) {
    return mutate(ctx, AgreementPayload, { operation: 'agreementTerminate' }, async (scope) => {
      const before = await scope.find(Agreement, input.id, 'id');
      scope.check();
      if (before!.status !== AgreementStatus.SIGNED) scope.fail('id', UserErrorCode.ILLEGAL_TRANSITION, `Only a SIGNED agreement can be terminated; this one is ${upper(before!.status)}.`);
      dayOrder(scope, 'lastDay', before!.validFrom, input.lastDay, 'The last day');
      if (before!.validUntil && input.lastDay > before!.validUntil) scope.error('lastDay', UserErrorCode.DATE_ORDER, `The agreement already ends on ${before!.validUntil}.`);
      return scope.update(Agreement, before!, input.version, { status: AgreementStatus.TERMINATED, validUntil: input.lastDay });
    });
  },

  addParty(ctx: Context, input: AgreementAddPartyInput) {
    return mutate(ctx, AgreementPartyPayload, { operation: 'agreementAddParty' }, async (scope) => {
      const agreement = await scope.find(Agreement, input.agreementId, 'agreementId');
      const agency = await scope.find(Agency, input.agencyId, 'agencyId');
      const signatory = await scope.find(Person, input.signatoryId, 'signatoryId');
      scope.check();
      if (await scope.manager.findOneBy(AgreementParty, { agreementId: agreement!.id, agencyId: agency!.id, role: input.role })) {
        scope.fail('agencyId', UserErrorCode.ALREADY_LINKED, `This agency is already a ${upper(input.role)} party to the agreement.`);
      }
      return scope.create(AgreementParty, { agreementId: agreement!.id, agencyId: agency!.id, role: input.role, signatoryId: signatory?.id ?? null });
    });
  },

  removeParty(ctx: Context, input: AgreementRemovePartyInput) {
    return mutate(ctx, AgreementPartyPayload, { operation: 'agreementRemoveParty' }, async (scope) => {
      const party = await scope.find(AgreementParty, input.partyId, 'partyId', { allowArchived: true });
      scope.check();
      await scope.remove(AgreementParty, party!);
      return party;
    });
  },

  attachDomains: (ctx: Context, input: AgreementLinkInput) => link(ctx, input, true, 'domain'),
  detachDomains: (ctx: Context, input: AgreementLinkInput) => link(ctx, input, false, 'domain'),
  attachCountries: (ctx: Context, input: AgreementLinkInput) => link(ctx, input, true, 'country'),
  detachCountries: (ctx: Context, input: AgreementLinkInput) => link(ctx, input, false, 'country'),
};
