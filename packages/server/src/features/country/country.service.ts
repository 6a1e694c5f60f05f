import type { Context } from '../../graphql/context';
import { toLocalizedText, toStoredFuzzyDate } from '../../graphql/inputs';
import { mutate } from '../../graphql/mutation';
import { UserErrorCode } from '../../graphql/user-errors';
import { dayOrder, iso2, text } from '../../graphql/validate';
import { Country, PartnerDesignation } from './country.entity';
import { CountryPayload, PartnerDesignationPayload, type CountryCreateInput, type CountryDesignatePartnerInput, type CountryUpdateInput } from './country.inputs';

export const countryService = {
  create(ctx: Context, input: CountryCreateInput) {
    return mutate(ctx, CountryPayload, { operation: 'countryCreate', idempotencyKey: input.idempotencyKey, replay: (m, id) => m.findOneBy(Country, { id }) }, async (scope) => {
      const code = iso2(scope, 'iso2', input.iso2);
      const iso3 = input.iso3?.trim().toUpperCase() || null;
      if (iso3 && !/^[A-Z]{3}$/.test(iso3)) scope.error('iso3', UserErrorCode.INVALID_FORMAT, `"${input.iso3}" is not an ISO 3166-1 alpha-3 code (BEN, RWA, ...).`);
      if (input.isoNumeric && !/^[0-9]{3}$/.test(input.isoNumeric)) scope.error('isoNumeric', UserErrorCode.INVALID_FORMAT, `"${input.isoNumeric}" is not an ISO 3166-1 numeric code (three digits).`);
      const name = toLocalizedText(scope, 'name', input.name, 200, true);
      if (code && (await scope.manager.findOneBy(Country, { iso2: code }))) scope.error('iso2', UserErrorCode.TAKEN, `${code} is already recorded.`);
      if (iso3 && (await scope.manager.findOneBy(Country, { iso3 }))) scope.error('iso3', UserErrorCode.TAKEN, `${iso3} is already recorded.`);
      scope.check();
      return scope.create(Country, { iso2: code!, iso3, isoNumeric: input.isoNumeric ?? null, name: name! });
    });
  },

  update(ctx: Context, input: CountryUpdateInput) {
    return mutate(ctx, CountryPayload, { operation: 'countryUpdate' }, async (scope) => {
      const before = await scope.find(Country, input.id, 'id');
      const changes: Partial<Country> = {};
      if (input.name != null) changes.name = toLocalizedText(scope, 'name', input.name, 200, true)!;
      scope.check();
      return scope.update(Country, before!, input.version, changes);
    });
  },

  designatePartner(ctx: Context, input: CountryDesignatePartnerInput) {
    return mutate(ctx, PartnerDesignationPayload, { operation: 'countryDesignatePartner' }, async (scope) => {
      const country = await scope.find(Country, input.countryId, 'countryId');
      const programme = text(scope, 'programme', input.programme, 200, true);
      dayOrder(scope, 'validUntil', input.validFrom, input.validUntil, 'The last day');
      const decided = toStoredFuzzyDate(scope, 'decidedOn', input.decidedOn);
      scope.check();
      return scope.create(PartnerDesignation, {
        countryId: country!.id,
        programme: programme!,
        validFrom: input.validFrom ?? null,
        validUntil: input.validUntil ?? null,
        decided: decided?.range ?? null,
        decidedPrecision: decided?.precision ?? null,
      });
    });
  },
};
