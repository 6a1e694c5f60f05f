import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root, Mutation, Info, Extensions } from 'type-graphql';
import { READS_ID } from '../../graphql/plain-fields';
import type { ConnectionResult } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { FuzzyDate } from '../../graphql/fuzzy-date';
import { carry, carryAll, foldableRelations, relationPage, rootPage, type ListArgs } from '../../graphql/lists';
import { LangArg, type Language, pickText, Translation, translations } from '../../graphql/localized';
import { NodeFieldsResolver } from '../../graphql/node-fields';
import { Agency } from '../agency/agency.entity';
import { agencyById } from '../agency/agency.loaders';
import { Country } from '../country/country.entity';
import { Domain } from '../domain/domain.entity';
import { Mission } from '../mission/mission.entity';
import { MissionConnection, MissionListArgs, missionList, missionsOfAgreement } from '../mission/mission.inputs';
import { Person } from '../person/person.entity';
import { personById } from '../person/person.loaders';
import { Agreement, AgreementParty } from './agreement.entity';
import { AgreementConnection, AgreementListArgs, agreementList, childrenOfAgreementRelation, AgreementAddPartyInput, AgreementCreateInput, AgreementLinkInput, AgreementPartyPayload, AgreementPayload, AgreementRemovePartyInput, AgreementSignInput, AgreementTerminateInput, AgreementUpdateInput } from './agreement.inputs';
import { agenciesOfAgreement, agreementById, countriesOfAgreement, domainsOfAgreement, partiesOfAgreement } from './agreement.loaders';
import { agreementService } from './agreement.service';

@Resolver(() => Agreement)
export class AgreementResolver extends NodeFieldsResolver(Agreement) {
  @Query(() => AgreementConnection, { description: 'Agreements between agencies.' })
  agreements(@Args(() => AgreementListArgs) args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Agreement>> {
    return rootPage(ctx, agreementList, args, info);
  }

  @Query(() => Agreement, { nullable: true, description: 'An agreement by its reference, for example BOSA-BTC-2017.' })
  agreement(@Arg('reference', () => String, { description: 'The agreement\'s reference.' }) reference: string, @Ctx() ctx: Context): Promise<Agreement | null> {
    return ctx.dataSource.getRepository(Agreement).findOneBy({ reference });
  }

  @FieldResolver(() => String, { description: 'The agreement\'s title.' })
  title(@Root() agreement: Agreement, @Ctx() ctx: Context, @LangArg() lang?: Language | null): string {
    return pickText(agreement.title, lang ?? ctx.lang) ?? agreement.reference;
  }

  @FieldResolver(() => [Translation], { description: 'The title in every language Coopgraph has it in.' })
  titleTranslations(@Root() agreement: Agreement): Translation[] {
    return translations(agreement.title);
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the agreement is for.' })
  purpose(@Root() agreement: Agreement, @Ctx() ctx: Context, @LangArg() lang?: Language | null): string | null {
    return pickText(agreement.purpose, lang ?? ctx.lang);
  }

  @FieldResolver(() => [Translation], { description: 'The purpose in every language Coopgraph has it in.' })
  purposeTranslations(@Root() agreement: Agreement): Translation[] {
    return translations(agreement.purpose);
  }

  @FieldResolver(() => FuzzyDate, { nullable: true, description: 'When the agreement was signed, at the precision known.' })
  signedOn(@Root() agreement: Agreement): FuzzyDate | null {
    return FuzzyDate.fromStored(agreement.signed, agreement.signedPrecision);
  }

  @FieldResolver(() => [AgreementParty], { description: 'The parties: each agency with its role and signatory.' })
  async parties(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<AgreementParty[]> {
    return carryAll(agreement, await partiesOfAgreement(ctx, agreement.id));
  }

  @Extensions(READS_ID)
  @FieldResolver(() => [Agency], { description: 'The agencies party to the agreement, in any role.' })
  async agencies(@Root() agreement: Agreement, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Agency[]> {
    const agencies = await agenciesOfAgreement(ctx, agreement.id, info);
    return carryAll(agreement, agencies);
  }

  @Extensions(READS_ID)
  @FieldResolver(() => [Domain], { description: 'The domains the agreement covers.' })
  domains(@Root() agreement: Agreement, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Domain[]> {
    return domainsOfAgreement(ctx, agreement.id, info);
  }

  @Extensions(READS_ID)
  @FieldResolver(() => [Country], { description: 'The countries the agreement covers.' })
  async countries(@Root() agreement: Agreement, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Country[]> {
    return carryAll(agreement, await countriesOfAgreement(ctx, agreement.id, info));
  }

  @FieldResolver(() => Agreement, { nullable: true, description: 'The framework agreement this one is made under.' })
  async parent(@Root() agreement: Agreement, @Ctx() ctx: Context): Promise<Agreement | null> {
    return agreement.parentId ? carry(agreement, await agreementById(ctx, agreement.parentId)) : null;
  }

  @Extensions(READS_ID)
  @FieldResolver(() => AgreementConnection, { description: 'Agreements made under this framework agreement.' })
  children(@Root() agreement: Agreement, @Ctx() ctx: Context, @Args(() => AgreementListArgs) args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Agreement>> {
    return relationPage(ctx, agreementList, childrenOfAgreementRelation, agreement, args, info);
  }

  @Extensions(READS_ID)
  @FieldResolver(() => MissionConnection, { description: 'Missions run under this agreement.' })
  missions(@Root() agreement: Agreement, @Ctx() ctx: Context, @Args(() => MissionListArgs) args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Mission>> {
    return relationPage(ctx, missionList, missionsOfAgreement, agreement, args, info);
  }
}

// Relations a batch of Agreement rows may fetch in its own statement (see foldableRelations).
foldableRelations(Agreement, {
  children: [agreementList, childrenOfAgreementRelation],
  missions: [missionList, missionsOfAgreement],
});

@Resolver(() => AgreementParty)
export class AgreementPartyResolver extends NodeFieldsResolver(AgreementParty) {
  @FieldResolver(() => Agreement, { description: 'The agreement.' })
  async agreement(@Root() party: AgreementParty, @Ctx() ctx: Context): Promise<Agreement> {
    return carry(party, await agreementById(ctx, party.agreementId))!;
  }

  @FieldResolver(() => Agency, { description: 'The agency that is party to the agreement.' })
  async agency(@Root() party: AgreementParty, @Ctx() ctx: Context): Promise<Agency> {
    return carry(party, await agencyById(ctx, party.agencyId))!;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person who signed for the agency, if known.' })
  signatory(@Root() party: AgreementParty, @Ctx() ctx: Context): Promise<Person | null> {
    return party.signatoryId ? personById(ctx, party.signatoryId) : Promise.resolve(null);
  }
}

@Resolver()
export class AgreementMutationResolver {
  @Mutation(() => AgreementPayload, { description: 'Records a new agreement as DRAFT (the reference is unique).' })
  agreementCreate(@Arg('input', () => AgreementCreateInput, { description: 'The agreement.' }) input: AgreementCreateInput, @Ctx() ctx: Context) {
    return agreementService.create(ctx, input);
  }

  @Mutation(() => AgreementPayload, { description: 'Changes an agreement\'s details.' })
  agreementUpdate(@Arg('input', () => AgreementUpdateInput, { description: 'The changes.' }) input: AgreementUpdateInput, @Ctx() ctx: Context) {
    return agreementService.update(ctx, input);
  }

  @Mutation(() => AgreementPayload, { description: 'DRAFT to SIGNED, with the date of signature (as precisely as known). The parties must be recorded first.' })
  agreementSign(@Arg('input', () => AgreementSignInput, { description: 'The agreement and its date of signature.' }) input: AgreementSignInput, @Ctx() ctx: Context) {
    return agreementService.sign(ctx, input);
  }

  @Mutation(() => AgreementPayload, { description: 'SIGNED to TERMINATED: ends the agreement early on a last day.' })
  agreementTerminate(@Arg('input', () => AgreementTerminateInput, { description: 'The agreement and its last day.' }) input: AgreementTerminateInput, @Ctx() ctx: Context) {
    return agreementService.terminate(ctx, input);
  }

  @Mutation(() => AgreementPartyPayload, { description: 'Adds an agency as a party, with its role and signatory.' })
  agreementAddParty(@Arg('input', () => AgreementAddPartyInput, { description: 'Agreement, agency, role and signatory.' }) input: AgreementAddPartyInput, @Ctx() ctx: Context) {
    return agreementService.addParty(ctx, input);
  }

  @Mutation(() => AgreementPartyPayload, { description: 'Removes a party from an agreement (kept in the history).' })
  agreementRemoveParty(@Arg('input', () => AgreementRemovePartyInput, { description: 'The party edge.' }) input: AgreementRemovePartyInput, @Ctx() ctx: Context) {
    return agreementService.removeParty(ctx, input);
  }

  @Mutation(() => AgreementPayload, { description: 'Adds domains the agreement covers.' })
  agreementAttachDomains(@Arg('input', () => AgreementLinkInput, { description: 'The agreement and the domains.' }) input: AgreementLinkInput, @Ctx() ctx: Context) {
    return agreementService.attachDomains(ctx, input);
  }

  @Mutation(() => AgreementPayload, { description: 'Removes domains from those the agreement covers.' })
  agreementDetachDomains(@Arg('input', () => AgreementLinkInput, { description: 'The agreement and the domains.' }) input: AgreementLinkInput, @Ctx() ctx: Context) {
    return agreementService.detachDomains(ctx, input);
  }

  @Mutation(() => AgreementPayload, { description: 'Adds countries the agreement covers.' })
  agreementAttachCountries(@Arg('input', () => AgreementLinkInput, { description: 'The agreement and the countries.' }) input: AgreementLinkInput, @Ctx() ctx: Context) {
    return agreementService.attachCountries(ctx, input);
  }

  @Mutation(() => AgreementPayload, { description: 'Removes countries from those the agreement covers.' })
  agreementDetachCountries(@Arg('input', () => AgreementLinkInput, { description: 'The agreement and the countries.' }) input: AgreementLinkInput, @Ctx() ctx: Context) {
    return agreementService.detachCountries(ctx, input);
  }
}
