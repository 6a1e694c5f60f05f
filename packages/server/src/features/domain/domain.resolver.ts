import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Mutation, Info, Extensions } from 'type-graphql';
import { READS_ID } from '../../graphql/plain-fields';
import type { ConnectionResult } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { carry, foldableRelations, relationPage, rootPage, type ListArgs } from '../../graphql/lists';
import { LangArg, type Language, pickText, Translation, translations } from '../../graphql/localized';
import { NodeFieldsResolver } from '../../graphql/node-fields';
import { Agreement } from '../agreement/agreement.entity';
import { AgreementConnection, AgreementListArgs, agreementList, agreementsOfDomain } from '../agreement/agreement.inputs';
import { Expert } from '../expert/expert.entity';
import { ExpertConnection, ExpertListArgs, expertList, expertsOfDomain } from '../expert/expert.inputs';
import { Mission } from '../mission/mission.entity';
import { MissionConnection, MissionListArgs, missionList, missionsOfDomain } from '../mission/mission.inputs';
import { Domain } from './domain.entity';
import { DomainConnection, DomainListArgs, domainList, DomainCreateInput, DomainPayload, DomainUpdateInput } from './domain.inputs';
import { childrenOfDomain, domainById } from './domain.loaders';
import { domainService } from './domain.service';

@Resolver(() => Domain)
export class DomainResolver extends NodeFieldsResolver(Domain) {
  @Query(() => DomainConnection, { description: 'Domains of cooperation, at every level of the tree.' })
  domains(@Args(() => DomainListArgs) args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Domain>> {
    return rootPage(ctx, domainList, args, info);
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
  async parent(@Root() domain: Domain, @Ctx() ctx: Context): Promise<Domain | null> {
    return domain.parentId ? carry(domain, await domainById(ctx, domain.parentId)) : null;
  }

  @FieldResolver(() => [Domain], { description: 'The narrower domains directly under this one (a domain tree stays small).' })
  children(@Root() domain: Domain, @Ctx() ctx: Context): Promise<Domain[]> {
    return childrenOfDomain(ctx, domain.id);
  }

  @Extensions(READS_ID)
  @FieldResolver(() => AgreementConnection, { description: 'Agreements that cover this domain itself (filter on `domains: {some: {subtreeOf: ...}}` for the subtree).' })
  agreements(@Root() domain: Domain, @Ctx() ctx: Context, @Args(() => AgreementListArgs) args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Agreement>> {
    return relationPage(ctx, agreementList, agreementsOfDomain, domain, args, info);
  }

  @Extensions(READS_ID)
  @FieldResolver(() => ExpertConnection, { description: 'Experts with expertise in this domain.' })
  experts(@Root() domain: Domain, @Ctx() ctx: Context, @Args(() => ExpertListArgs) args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Expert>> {
    return relationPage(ctx, expertList, expertsOfDomain, domain, args, info);
  }

  @Extensions(READS_ID)
  @FieldResolver(() => MissionConnection, { description: 'Missions working in this domain.' })
  missions(@Root() domain: Domain, @Ctx() ctx: Context, @Args(() => MissionListArgs) args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Mission>> {
    return relationPage(ctx, missionList, missionsOfDomain, domain, args, info);
  }
}

// Relations a batch of Domain rows may fetch in its own statement (see foldableRelations).
foldableRelations(Domain, {
  agreements: [agreementList, agreementsOfDomain],
  experts: [expertList, expertsOfDomain],
  missions: [missionList, missionsOfDomain],
});

@Resolver()
export class DomainMutationResolver {
  @Mutation(() => DomainPayload, { description: 'Adds a domain to the tree (the key is unique).' })
  domainCreate(@Arg('input', () => DomainCreateInput, { description: 'The domain.' }) input: DomainCreateInput, @Ctx() ctx: Context) {
    return domainService.create(ctx, input);
  }

  @Mutation(() => DomainPayload, { description: 'Changes a domain\'s label, codes or place in the tree (never under itself).' })
  domainUpdate(@Arg('input', () => DomainUpdateInput, { description: 'The changes.' }) input: DomainUpdateInput, @Ctx() ctx: Context) {
    return domainService.update(ctx, input);
  }
}
