import type { Context } from '../../graphql/context';
import { Country, PartnerDesignation } from './country.entity';

export const countryById = (ctx: Context, id: string) => ctx.loaders.byId(Country).load(id);

export const designationsOfCountry = (ctx: Context, countryId: string) =>
  ctx.loaders.manyBy(PartnerDesignation, 'countryId', ['validFrom']).load(countryId);
