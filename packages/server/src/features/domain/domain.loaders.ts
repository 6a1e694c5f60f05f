import type { Context } from '../../graphql/context';
import { loadThrough } from '../../graphql/loaders';
import { Agreement, AgreementDomain } from '../agreement/agreement.entity';
import { Expert, ExpertDomain } from '../expert/expert.entity';
import { Mission, MissionDomain } from '../mission/mission.entity';
import { Domain } from './domain.entity';

export const domainById = (ctx: Context, id: string) => ctx.loaders.byId(Domain).load(id);

export const childrenOfDomain = (ctx: Context, domainId: string) => ctx.loaders.manyBy(Domain, 'parentId', ['key']).load(domainId);

export const agreementsInDomain = (ctx: Context, domainId: string) =>
  loadThrough(ctx.loaders, domainId, AgreementDomain, 'domainId', 'agreementId', Agreement);

export const expertsInDomain = (ctx: Context, domainId: string) =>
  loadThrough(ctx.loaders, domainId, ExpertDomain, 'domainId', 'expertId', Expert);

export const missionsInDomain = (ctx: Context, domainId: string) =>
  loadThrough(ctx.loaders, domainId, MissionDomain, 'domainId', 'missionId', Mission);
