import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Arg, Mutation, Info } from 'type-graphql';
import type { ConnectionResult } from '../../graphql/connection';
import { carry, rootPage, type ListArgs } from '../../graphql/lists';
import type { Context } from '../../graphql/context';
import { LangArg, type Language, pickText, Translation, translations } from '../../graphql/localized';
import { NodeFieldsResolver } from '../../graphql/node-fields';
import { Agency } from '../agency/agency.entity';
import { agencyById } from '../agency/agency.loaders';
import { AgreementParty } from '../agreement/agreement.entity';
import { partiesSignedBy } from '../agreement/agreement.loaders';
import { Expert } from '../expert/expert.entity';
import { Affiliation, Person } from './person.entity';
import { PersonConnection, PersonListArgs, personList, PersonCreateInput, PersonErasePayload, PersonEraseInput, PersonPayload, PersonUpdateInput } from './person.inputs';
import { affiliationsOfPerson, expertProfileOf, personById } from './person.loaders';
import { personService } from './person.service';

@Resolver(() => Person)
export class PersonResolver extends NodeFieldsResolver(Person) {
  @Query(() => PersonConnection, { description: 'People: signatories, contacts and experts.' })
  people(@Args(() => PersonListArgs) args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Person>> {
    return rootPage(ctx, personList, args, info);
  }

  @FieldResolver(() => String, { description: 'Given and family name.' })
  name(@Root() person: Person): string {
    return `${person.givenName} ${person.familyName}`;
  }

  @FieldResolver(() => [Affiliation], { description: 'The agencies the person works or worked for, with positions.' })
  affiliations(@Root() person: Person, @Ctx() ctx: Context): Promise<Affiliation[]> {
    return affiliationsOfPerson(ctx, person.id);
  }

  @FieldResolver(() => Expert, { nullable: true, description: 'The person\'s expert profile, if they are available for missions.' })
  expertProfile(@Root() person: Person, @Ctx() ctx: Context): Promise<Expert | null> {
    return expertProfileOf(ctx, person.id);
  }

  @FieldResolver(() => [AgreementParty], { description: 'Agreement parties the person signed for.' })
  signedParties(@Root() person: Person, @Ctx() ctx: Context): Promise<AgreementParty[]> {
    return partiesSignedBy(ctx, person.id);
  }
}

@Resolver(() => Affiliation)
export class AffiliationResolver extends NodeFieldsResolver(Affiliation) {
  @FieldResolver(() => Person, { description: 'The person.' })
  async person(@Root() affiliation: Affiliation, @Ctx() ctx: Context): Promise<Person> {
    return (await personById(ctx, affiliation.personId))!;
  }

  @FieldResolver(() => Agency, { description: 'The agency.' })
  async agency(@Root() affiliation: Affiliation, @Ctx() ctx: Context): Promise<Agency> {
    return carry(affiliation, await agencyById(ctx, affiliation.agencyId))!;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The person\'s position at the agency ("International Coordination").' })
  position(@Root() affiliation: Affiliation, @Ctx() ctx: Context, @LangArg() lang?: Language | null): string | null {
    return pickText(affiliation.position, lang ?? ctx.lang);
  }

  @FieldResolver(() => [Translation], { description: 'The position in every language Coopgraph has it in.' })
  positionTranslations(@Root() affiliation: Affiliation): Translation[] {
    return translations(affiliation.position);
  }
}

@Resolver()
export class PersonMutationResolver {
  @Mutation(() => PersonPayload, { description: 'Records a new person (the e-mail address is unique).' })
  personCreate(@Arg('input', () => PersonCreateInput, { description: 'The person.' }) input: PersonCreateInput, @Ctx() ctx: Context) {
    return personService.create(ctx, input);
  }

  @Mutation(() => PersonPayload, { description: 'Changes a person\'s name or contact details.' })
  personUpdate(@Arg('input', () => PersonUpdateInput, { description: 'The changes.' }) input: PersonUpdateInput, @Ctx() ctx: Context) {
    return personService.update(ctx, input);
  }

  @Mutation(() => PersonErasePayload, {
    description:
      'Administrators only: erases a person\'s personal data (name, e-mail, phones) everywhere, their change history and citing quotes included, and records that the erasure happened (without the erased values).',
  })
  personErase(@Arg('input', () => PersonEraseInput, { description: 'The person.' }) input: PersonEraseInput, @Ctx() ctx: Context) {
    return personService.erase(ctx, input);
  }
}
