import type { Context } from '../../graphql/context';
import { loadThrough } from '../../graphql/loaders';
import { Agency } from '../agency/agency.entity';
import { Agreement, AgreementCountry } from '../agreement/agreement.entity';
import { Mission } from '../mission/mission.entity';
import { Country, PartnerDesignation } from './country.entity';

export const countryById = (ctx: Context, id: string) => ctx.loaders.byId(Country).load(id);

export const designationsOfCountry = (ctx: Context, countryId: string) =>
  ctx.loaders.manyBy(PartnerDesignation, 'countryId', ['validFrom']).load(countryId);

export const missionsInCountry = (ctx: Context, countryId: string) => ctx.loaders.manyBy(Mission, 'countryId').load(countryId);

export const agenciesInCountry = (ctx: Context, countryId: string) => ctx.loaders.manyBy(Agency, 'countryId').load(countryId);

export const agreementsCoveringCountry = (ctx: Context, countryId: string) =>
  loadThrough(ctx.loaders, countryId, AgreementCountry, 'countryId', 'agreementId', Agreement);
