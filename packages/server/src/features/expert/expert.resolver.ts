import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { connectionType, PageArgs, paginateTable, type ConnectionResult } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { NodeFieldsResolver } from '../../graphql/node-fields';
import { Agency } from '../agency/agency.entity';
import { agencyById } from '../agency/agency.loaders';
import { Domain } from '../domain/domain.entity';
import { Assignment, Mission } from '../mission/mission.entity';
import { missionsById } from '../mission/mission.loaders';
import { Person } from '../person/person.entity';
import { personById } from '../person/person.loaders';
import { Availability, Expert } from './expert.entity';
import { assignmentsOfExpert, availabilityOfExpert, domainsOfExpert, expertById } from './expert.loaders';

export const ExpertConnection = connectionType(Expert, 'Expert', 'experts');

@Resolver(() => Expert)
export class ExpertResolver extends NodeFieldsResolver(Expert) {
  @Query(() => ExpertConnection, { description: 'Experts that agencies make available for missions.' })
  experts(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<ConnectionResult<Expert>> {
    return paginateTable(ctx.dataSource, Expert, args);
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
    return (await agencyById(ctx, expert.employerId))!;
  }

  @FieldResolver(() => [Domain], { description: 'The expert\'s domains of expertise.' })
  domains(@Root() expert: Expert, @Ctx() ctx: Context): Promise<Domain[]> {
    return domainsOfExpert(ctx, expert.id);
  }

  @FieldResolver(() => [Availability], { description: 'Periods when the expert is, or is not, available, in date order.' })
  availability(@Root() expert: Expert, @Ctx() ctx: Context): Promise<Availability[]> {
    return availabilityOfExpert(ctx, expert.id);
  }

  @FieldResolver(() => [Assignment], { description: 'The expert\'s assignments to missions, with role and days.' })
  assignments(@Root() expert: Expert, @Ctx() ctx: Context): Promise<Assignment[]> {
    return assignmentsOfExpert(ctx, expert.id);
  }

  @FieldResolver(() => [Mission], { description: 'The missions the expert is assigned to.' })
  async missions(@Root() expert: Expert, @Ctx() ctx: Context): Promise<Mission[]> {
    return missionsById(ctx, (await assignmentsOfExpert(ctx, expert.id)).map((a) => a.missionId));
  }
}

@Resolver(() => Availability)
export class AvailabilityResolver extends NodeFieldsResolver(Availability) {
  @FieldResolver(() => Expert, { description: 'The expert.' })
  async expert(@Root() availability: Availability, @Ctx() ctx: Context): Promise<Expert> {
    return (await expertById(ctx, availability.expertId))!;
  }
}
