import type { Context } from '../../graphql/context';
import { Domain } from './domain.entity';

export const domainById = (ctx: Context, id: string) => ctx.loaders.byId(Domain).load(id);

export const childrenOfDomain = (ctx: Context, domainId: string) => ctx.loaders.manyBy(Domain, 'parentId', ['key']).load(domainId);
