import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Query, Resolver, Root, Arg, Mutation, Info, Extensions } from 'type-graphql';
import { READS_ID } from '../../graphql/plain-fields';
import type { ConnectionResult } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { carry, foldableRelations, relationPage, rootPage, type ListArgs } from '../../graphql/lists';
import { NodeFieldsResolver } from '../../graphql/node-fields';
import { Agency } from '../agency/agency.entity';
import { agencyById } from '../agency/agency.loaders';
import { Domain } from '../domain/domain.entity';
import { Assignment, Mission } from '../mission/mission.entity';
import { AssignmentConnection, AssignmentListArgs, assignmentList, assignmentsOfExpertRelation, MissionConnection, MissionListArgs, missionList, missionsOfExpert } from '../mission/mission.inputs';
import { Person } from '../person/person.entity';
import { personById } from '../person/person.loaders';
import { Availability, Expert } from './expert.entity';
import { AvailabilityConnection, AvailabilityListArgs, availabilityList, availabilityOfExpertRelation, ExpertConnection, ExpertListArgs, expertList, ExpertCreateInput, ExpertPayload, ExpertSetAvailabilityInput, ExpertSetExpertiseInput, ExpertUpdateInput } from './expert.inputs';
import { domainsOfExpert, expertById } from './expert.loaders';
import { expertService } from './expert.service';

@Resolver(() => Expert)
export class ExpertResolver extends NodeFieldsResolver(Expert) {
  @Query(() => ExpertConnection, { description: 'Experts that agencies make available for missions.' })
  experts(@Args(() => ExpertListArgs) args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Expert>> {
    return rootPage(ctx, expertList, args, info);
  }

  @FieldResolver(() => Person, { description: 'The person behind the expert profile.' })
  async person(@Root() expert: Expert, @Ctx() ctx: Context): Promise<Person> {
    return (await personById(ctx, expert.personId))!;
  }

  @FieldResolver(() => String, { description: 'The expert\'s name (given and family name).' })
  async name(@Root() expert: Expert, @Ctx() ctx: Context): Promise<string> {
    const person = await personById(ctx, expert.personId);
    return person ? `${person.givenName} ${person.familyName}` : '';
  }

  @FieldResolver(() => Agency, { description: 'The agency that employs the expert and makes them available.' })
  async employer(@Root() expert: Expert, @Ctx() ctx: Context): Promise<Agency> {
    return carry(expert, await agencyById(ctx, expert.employerId))!;
  }

  @Extensions(READS_ID)
  @FieldResolver(() => [Domain], { description: 'The expert\'s domains of expertise.' })
  domains(@Root() expert: Expert, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Domain[]> {
    return domainsOfExpert(ctx, expert.id, info);
  }

  @Extensions(READS_ID)
  @FieldResolver(() => AvailabilityConnection, { description: 'Periods when the expert is, or is not, available, in date order.' })
  availability(@Root() expert: Expert, @Ctx() ctx: Context, @Args(() => AvailabilityListArgs) args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Availability>> {
    return relationPage(ctx, availabilityList, availabilityOfExpertRelation, expert, args, info);
  }

  @Extensions(READS_ID)
  @FieldResolver(() => AssignmentConnection, { description: 'The expert\'s assignments to missions, with role and days.' })
  assignments(@Root() expert: Expert, @Ctx() ctx: Context, @Args(() => AssignmentListArgs) args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Assignment>> {
    return relationPage(ctx, assignmentList, assignmentsOfExpertRelation, expert, args, info);
  }

  @Extensions(READS_ID)
  @FieldResolver(() => MissionConnection, { description: 'The missions the expert is assigned to.' })
  missions(@Root() expert: Expert, @Ctx() ctx: Context, @Args(() => MissionListArgs) args: ListArgs, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Mission>> {
    return relationPage(ctx, missionList, missionsOfExpert, expert, args, info);
  }
}

// Relations a batch of Expert rows may fetch in its own statement (see foldableRelations).
foldableRelations(Expert, {
  availability: [availabilityList, availabilityOfExpertRelation],
  assignments: [assignmentList, assignmentsOfExpertRelation],
  missions: [missionList, missionsOfExpert],
});

@Resolver(() => Availability)
export class AvailabilityResolver extends NodeFieldsResolver(Availability) {
  @FieldResolver(() => Expert, { description: 'The expert.' })
  async expert(@Root() availability: Availability, @Ctx() ctx: Context): Promise<Expert> {
    return carry(availability, await expertById(ctx, availability.expertId))!;
  }
}

@Resolver()
export class ExpertMutationResolver {
  @Mutation(() => ExpertPayload, { description: 'Makes a person available as an expert of an agency.' })
  expertCreate(@Arg('input', () => ExpertCreateInput, { description: 'The expert.' }) input: ExpertCreateInput, @Ctx() ctx: Context) {
    return expertService.create(ctx, input);
  }

  @Mutation(() => ExpertPayload, { description: 'Changes an expert\'s employer or profile text.' })
  expertUpdate(@Arg('input', () => ExpertUpdateInput, { description: 'The changes.' }) input: ExpertUpdateInput, @Ctx() ctx: Context) {
    return expertService.update(ctx, input);
  }

  @Mutation(() => ExpertPayload, { description: 'Replaces the periods an expert is available or unavailable; assignments are checked against them.' })
  expertSetAvailability(@Arg('input', () => ExpertSetAvailabilityInput, { description: 'The expert and the periods.' }) input: ExpertSetAvailabilityInput, @Ctx() ctx: Context) {
    return expertService.setAvailability(ctx, input);
  }

  @Mutation(() => ExpertPayload, { description: 'Replaces an expert\'s domains of expertise and working languages.' })
  expertSetExpertise(@Arg('input', () => ExpertSetExpertiseInput, { description: 'The expert, domains and languages.' }) input: ExpertSetExpertiseInput, @Ctx() ctx: Context) {
    return expertService.setExpertise(ctx, input);
  }
}
