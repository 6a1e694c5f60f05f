import type { Context } from '../../graphql/context';
import { toLocalizedText } from '../../graphql/inputs';
import { mutate, type MutationScope } from '../../graphql/mutation';
import { UserErrorCode } from '../../graphql/user-errors';
import { text } from '../../graphql/validate';
import { Domain } from './domain.entity';
import { DomainPayload, type DomainCreateInput, type DomainUpdateInput } from './domain.inputs';

function dacCodes(scope: MutationScope, codes: string[]): string[] {
  codes.forEach((c, i) => {
    if (!/^[0-9]{5}$/.test(c)) scope.error(`dacCodes.${i}`, UserErrorCode.INVALID_FORMAT, `"${c}" is not a DAC CRS purpose code (five digits, for example 15110).`);
  });
  return [...new Set(codes)];
}

export const domainService = {
  create(ctx: Context, input: DomainCreateInput) {
    return mutate(ctx, DomainPayload, { operation: 'domainCreate', idempotencyKey: input.idempotencyKey, replay: (m, id) => m.findOneBy(Domain, { id }) }, async (scope) => {
      const key = text(scope, 'key', input.key, 60, true);
      if (key && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(key)) scope.error('key', UserErrorCode.INVALID_FORMAT, 'A key is lowercase words joined by dashes, for example e-governance.');
      if (key && (await scope.manager.findOneBy(Domain, { key }))) scope.error('key', UserErrorCode.TAKEN, `Another domain already has the key ${key}.`);
      const parent = await scope.find(Domain, input.parentId, 'parentId');
      const label = toLocalizedText(scope, 'label', input.label, 200, true);
      const codes = dacCodes(scope, input.dacCodes ?? []);
      scope.check();
      return scope.create(Domain, { key: key!, parentId: parent?.id ?? null, label: label!, dacCodes: codes, policyMarkers: [] });
    });
  },

  update(ctx: Context, input: DomainUpdateInput) {
    return mutate(ctx, DomainPayload, { operation: 'domainUpdate' }, async (scope) => {
      const before = await scope.find(Domain, input.id, 'id');
      scope.check();
      const changes: Partial<Domain> = {};
      if (input.parentId !== undefined) {
        const parent = await scope.find(Domain, input.parentId, 'parentId');
        // Walk up from the new parent: meeting the domain itself would make a cycle.
        for (let at = parent; at; at = at.parentId ? await scope.manager.findOneBy(Domain, { id: at.parentId }) : null) {
          if (at.id === before!.id) {
            scope.error('parentId', UserErrorCode.INVALID_VALUE, 'A domain cannot be placed under itself or one of its subdomains.');
            break;
          }
        }
        changes.parentId = parent?.id ?? null;
      }
      if (input.label != null) changes.label = toLocalizedText(scope, 'label', input.label, 200, true)!;
      if (input.dacCodes != null) changes.dacCodes = dacCodes(scope, input.dacCodes);
      return scope.update(Domain, before!, input.version, changes);
    });
  },
};
