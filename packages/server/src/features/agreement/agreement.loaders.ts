import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../graphql/context';
import { loadThrough } from '../../graphql/loaders';
import { Agency } from '../agency/agency.entity';
import { Country } from '../country/country.entity';
import { Domain } from '../domain/domain.entity';
import { Agreement, AgreementCountry, AgreementDomain, AgreementParty } from './agreement.entity';

export const agreementById = (ctx: Context, id: string) => ctx.loaders.byId(Agreement).load(id);

export async function agreementsById(ctx: Context, ids: string[]): Promise<Agreement[]> {
  const rows = await ctx.loaders.byId(Agreement).loadMany([...new Set(ids)]);
  return rows.filter((row): row is Agreement => row instanceof Agreement);
}

export const partiesOfAgreement = (ctx: Context, agreementId: string) =>
  ctx.loaders.manyBy(AgreementParty, 'agreementId', ['role']).load(agreementId);

/** The agencies party to an agreement, by role, each once: one statement per level. */
export const agenciesOfAgreement = (ctx: Context, agreementId: string, info?: GraphQLResolveInfo) =>
  loadThrough(ctx.loaders, agreementId, AgreementParty, 'agreementId', 'agencyId', Agency, ['role'], info);

export const partiesSignedBy = (ctx: Context, personId: string) => ctx.loaders.manyBy(AgreementParty, 'signatoryId').load(personId);

export const domainsOfAgreement = (ctx: Context, agreementId: string, info?: GraphQLResolveInfo) =>
  loadThrough(ctx.loaders, agreementId, AgreementDomain, 'agreementId', 'domainId', Domain, [], info);

export const countriesOfAgreement = (ctx: Context, agreementId: string, info?: GraphQLResolveInfo) =>
  loadThrough(ctx.loaders, agreementId, AgreementCountry, 'agreementId', 'countryId', Country, [], info);
