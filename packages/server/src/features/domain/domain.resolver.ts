import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { connectionType, PageArgs, paginateTable, type ConnectionResult } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { LangArg, type Language, pickText, Translation, translations } from '../../graphql/localized';
import { NodeFieldsResolver } from '../../graphql/node-fields';
import { Agreement } from '../agreement/agreement.entity';
import { Expert } from '../expert/expert.entity';
import { Mission } from '../mission/mission.entity';
import { Domain } from './domain.entity';
import { agreementsInDomain, childrenOfDomain, domainById, expertsInDomain, missionsInDomain } from './domain.loaders';

export const DomainConnection = connectionType(Domain, 'Domain', 'domains');

@Resolver(() => Domain)
export class DomainResolver extends NodeFieldsResolver(Domain) {
  @Query(() => DomainConnection, { description: 'Domains of cooperation, at every level of the tree.' })
  domains(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<ConnectionResult<Domain>> {
    return paginateTable(ctx.dataSource, Domain, args);
  }

  @Query(() => Domain, { nullable: true, description: 'A domain by its key, for example `e-governance`.' })
  domain(@Arg('key', () => String, { description: 'The domain\'s key.' }) key: string, @Ctx() ctx: Context): Promise<Domain | null> {
    return ctx.dataSource.getRepository(Domain).findOneBy({ key });
  }

  @FieldResolver(() => String, { description: 'The domain\'s label.' })
  label(@Root() domain: Domain, @Ctx() ctx: Context, @LangArg() lang?: Language | null): string {
    return pickText(domain.label, lang ?? ctx.lang) ?? domain.key;
  }

  @FieldResolver(() => [Translation], { description: 'The label in every language Coopgraph has it in.' })
  labelTranslations(@Root() domain: Domain): Translation[] {
    return translations(domain.label);
  }

  @FieldResolver(() => Domain, { nullable: true, description: 'The broader domain this one belongs to.' })
  parent(@Root() domain: Domain, @Ctx() ctx: Context): Promise<Domain | null> {
    return domain.parentId ? domainById(ctx, domain.parentId) : Promise.resolve(null);
  }

  @FieldResolver(() => [Domain], { description: 'The narrower domains directly under this one.' })
  children(@Root() domain: Domain, @Ctx() ctx: Context): Promise<Domain[]> {
    return childrenOfDomain(ctx, domain.id);
  }

  @FieldResolver(() => [Agreement], { description: 'Agreements that cover this domain (this domain itself, not its subdomains).' })
  agreements(@Root() domain: Domain, @Ctx() ctx: Context): Promise<Agreement[]> {
    return agreementsInDomain(ctx, domain.id);
  }

  @FieldResolver(() => [Expert], { description: 'Experts with expertise in this domain.' })
  experts(@Root() domain: Domain, @Ctx() ctx: Context): Promise<Expert[]> {
    return expertsInDomain(ctx, domain.id);
  }

  @FieldResolver(() => [Mission], { description: 'Missions working in this domain.' })
  missions(@Root() domain: Domain, @Ctx() ctx: Context): Promise<Mission[]> {
    return missionsInDomain(ctx, domain.id);
  }
}
