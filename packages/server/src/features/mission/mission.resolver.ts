import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root, Mutation, Extensions } from 'type-graphql';
import { READS_ID } from '../../graphql/plain-fields';
import type { ConnectionResult } from '../../graphql/connection';
import { carry, carryAll, rootPage, type ListArgs } from '../../graphql/lists';
import type { Context } from '../../graphql/context';
import { FuzzyDate } from '../../graphql/fuzzy-date';
import { LangArg, type Language, pickText, Translation, translations } from '../../graphql/localized';
import { NodeFieldsResolver } from '../../graphql/node-fields';
import { Agreement } from '../agreement/agreement.entity';
import { agreementById } from '../agreement/agreement.loaders';
import { Country } from '../country/country.entity';
import { countryById } from '../country/country.loaders';
import { Domain } from '../domain/domain.entity';
import { Expert } from '../expert/expert.entity';
import { expertById } from '../expert/expert.loaders';
import { Assignment, Mission, MissionStatus } from './mission.entity';
import { MissionListArgs, missionList, MissionConnection, AssignmentPayload, MissionAssignExpertInput, MissionCompleteInput, MissionCreateInput, MissionPayload, MissionPlanInput, MissionStartInput, MissionTransitionInput, MissionUnassignExpertInput, MissionUpdateInput } from './mission.inputs';
import { assignmentsOfMission, domainsOfMission, expertSuggestionsOf, expertsOfMission, missionById } from './mission.loaders';
import { ExpertSuggestion } from './mission.inputs';
import { UserInputError } from '../../graphql/errors';
import { missionService } from './mission.service';

@Resolver(() => Mission)
export class MissionResolver extends NodeFieldsResolver(Mission) {
  @Query(() => MissionConnection, { description: 'Missions of experts in partner countries.' })
  missions(@Args(() => MissionListArgs) args: ListArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<ConnectionResult<Mission>> {
    return rootPage(ctx, missionList, args, info);
  }

  @Query(() => Mission, { nullable: true, description: 'A mission by its reference.' })
  mission(@Arg('reference', () => String, { description: 'The mission\'s reference.' }) reference: string, @Ctx() ctx: Context): Promise<Mission | null> {
    return ctx.dataSource.getRepository(Mission).findOneBy({ reference });
  }

  @FieldResolver(() => String, { description: 'The mission\'s title.' })
  title(@Root() mission: Mission, @Ctx() ctx: Context, @LangArg() lang?: Language | null): string {
    return pickText(mission.title, lang ?? ctx.lang) ?? mission.reference;
  }

  @FieldResolver(() => [Translation], { description: 'The title in every language Coopgraph has it in.' })
  titleTranslations(@Root() mission: Mission): Translation[] {
    return translations(mission.title);
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the mission sets out to do.' })
  objectives(@Root() mission: Mission, @Ctx() ctx: Context, @LangArg() lang?: Language | null): string | null {
    return pickText(mission.objectives, lang ?? ctx.lang);
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the mission achieved, once completed.' })
  outcome(@Root() mission: Mission, @Ctx() ctx: Context, @LangArg() lang?: Language | null): string | null {
    return pickText(mission.outcome, lang ?? ctx.lang);
  }

  @FieldResolver(() => FuzzyDate, { nullable: true, description: 'Planned start, at the precision known ("July 2017").' })
  plannedStart(@Root() mission: Mission): FuzzyDate | null {
    return FuzzyDate.fromStored(mission.plannedStart, mission.plannedStartPrecision);
  }

  @FieldResolver(() => FuzzyDate, { nullable: true, description: 'Planned end, at the precision known.' })
  plannedEnd(@Root() mission: Mission): FuzzyDate | null {
    return FuzzyDate.fromStored(mission.plannedEnd, mission.plannedEndPrecision);
  }

  @FieldResolver(() => FuzzyDate, { nullable: true, description: 'Actual start, once known.' })
  actualStart(@Root() mission: Mission): FuzzyDate | null {
    return FuzzyDate.fromStored(mission.actualStart, mission.actualStartPrecision);
  }

  @FieldResolver(() => FuzzyDate, { nullable: true, description: 'Actual end, once known.' })
  actualEnd(@Root() mission: Mission): FuzzyDate | null {
    return FuzzyDate.fromStored(mission.actualEnd, mission.actualEndPrecision);
  }

  @FieldResolver(() => Country, { description: 'The country the mission takes place in.' })
  async country(@Root() mission: Mission, @Ctx() ctx: Context): Promise<Country> {
    return carry(mission, await countryById(ctx, mission.countryId))!;
  }

  @FieldResolver(() => Agreement, { nullable: true, description: 'The agreement the mission runs under, if known.' })
  async agreement(@Root() mission: Mission, @Ctx() ctx: Context): Promise<Agreement | null> {
    return mission.agreementId ? carry(mission, await agreementById(ctx, mission.agreementId)) : null;
  }

  @Extensions(READS_ID)
  @FieldResolver(() => [Domain], { description: 'The domains the mission works in.' })
  domains(@Root() mission: Mission, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Domain[]> {
    return domainsOfMission(ctx, mission.id, info);
  }

  @FieldResolver(() => [Assignment], { description: 'The experts assigned, each with role and days.' })
  async assignments(@Root() mission: Mission, @Ctx() ctx: Context): Promise<Assignment[]> {
    return carryAll(mission, await assignmentsOfMission(ctx, mission.id));
  }

  @FieldResolver(() => [ExpertSuggestion], {
    description:
      'Experts who could go on this mission, best first: ranked by the share of its domains they cover, the languages asked for, and whether their bookings and availability fit its period (the conflicts `missionAssignExpert` would report). Experts already assigned and archived ones are left out.',
  })
  expertSuggestions(
    @Root() mission: Mission,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 10, description: 'How many suggestions (1 to 50).' }) first: number,
    @Arg('languages', () => [String], { nullable: true, description: 'Languages the mission needs (ISO 639-1, such as "fr"); an expert who speaks one of them ranks higher.' })
    languages?: string[] | null,
  ): Promise<ExpertSuggestion[]> {
    if (first < 1 || first > 50) throw new UserInputError(`\`first\` on expertSuggestions must be between 1 and 50; got ${first}.`, 'first');
    const bad = (languages ?? []).find((l) => !/^[a-zA-Z]{2}$/.test(l));
    if (bad !== undefined) throw new UserInputError(`"${bad}" is not an ISO 639-1 language code (two letters, such as "fr").`, 'languages');
    return expertSuggestionsOf(ctx, mission, languages ?? [], first);
  }

  @Extensions(READS_ID)
  @FieldResolver(() => [Expert], { description: 'The experts assigned to the mission.' })
  async experts(@Root() mission: Mission, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Expert[]> {
    const experts = await expertsOfMission(ctx, mission.id, info);
    return carryAll(mission, experts);
  }
}

@Resolver(() => Assignment)
export class AssignmentResolver extends NodeFieldsResolver(Assignment) {
  @FieldResolver(() => Mission, { description: 'The mission.' })
  async mission(@Root() assignment: Assignment, @Ctx() ctx: Context): Promise<Mission> {
    return carry(assignment, await missionById(ctx, assignment.missionId))!;
  }

  @FieldResolver(() => Expert, { description: 'The expert.' })
  async expert(@Root() assignment: Assignment, @Ctx() ctx: Context): Promise<Expert> {
    return carry(assignment, await expertById(ctx, assignment.expertId))!;
  }
}

@Resolver()
export class MissionMutationResolver {
  @Mutation(() => MissionPayload, { description: 'Records a new mission, CONSIDERED, after checking its dates, agreement and country.' })
  missionCreate(@Arg('input', () => MissionCreateInput, { description: 'The mission.' }) input: MissionCreateInput, @Ctx() ctx: Context) {
    return missionService.create(ctx, input);
  }

  @Mutation(() => MissionPayload, { description: 'Changes a mission\'s details (not its status: use the verbs).' })
  missionUpdate(@Arg('input', () => MissionUpdateInput, { description: 'The changes.' }) input: MissionUpdateInput, @Ctx() ctx: Context) {
    return missionService.update(ctx, input);
  }

  @Mutation(() => MissionPayload, { description: 'CONSIDERED to PLANNED: the mission gets a planned period.' })
  missionPlan(@Arg('input', () => MissionPlanInput, { description: 'The mission and its planned period.' }) input: MissionPlanInput, @Ctx() ctx: Context) {
    return missionService.transition(ctx, input, MissionStatus.PLANNED);
  }

  @Mutation(() => MissionPayload, { description: 'PLANNED to CONFIRMED: the partner has confirmed the mission.' })
  missionConfirm(@Arg('input', () => MissionTransitionInput, { description: 'The mission.' }) input: MissionTransitionInput, @Ctx() ctx: Context) {
    return missionService.transition(ctx, input, MissionStatus.CONFIRMED);
  }

  @Mutation(() => MissionPayload, { description: 'CONFIRMED to ONGOING: the mission has started.' })
  missionStart(@Arg('input', () => MissionStartInput, { description: 'The mission and when it started.' }) input: MissionStartInput, @Ctx() ctx: Context) {
    return missionService.transition(ctx, input, MissionStatus.ONGOING);
  }

  @Mutation(() => MissionPayload, { description: 'ONGOING to COMPLETED: the mission has ended.' })
  missionComplete(@Arg('input', () => MissionCompleteInput, { description: 'The mission, when it ended and its outcome.' }) input: MissionCompleteInput, @Ctx() ctx: Context) {
    return missionService.transition(ctx, input, MissionStatus.COMPLETED);
  }

  @Mutation(() => MissionPayload, { description: 'Cancels a mission that has not completed.' })
  missionCancel(@Arg('input', () => MissionTransitionInput, { description: 'The mission.' }) input: MissionTransitionInput, @Ctx() ctx: Context) {
    return missionService.transition(ctx, input, MissionStatus.CANCELLED);
  }

  @Mutation(() => AssignmentPayload, {
    description: 'Assigns an expert to a mission, refusing double bookings (unless accepted) and periods the expert is unavailable. The expert is locked while checking, so two coordinators cannot both book the last free period.',
  })
  missionAssignExpert(@Arg('input', () => MissionAssignExpertInput, { description: 'Mission, expert, role and days.' }) input: MissionAssignExpertInput, @Ctx() ctx: Context) {
    return missionService.assignExpert(ctx, input);
  }

  @Mutation(() => AssignmentPayload, { description: 'Removes an expert from a mission (the removal is kept in the history).' })
  missionUnassignExpert(@Arg('input', () => MissionUnassignExpertInput, { description: 'The assignment.' }) input: MissionUnassignExpertInput, @Ctx() ctx: Context) {
    return missionService.unassignExpert(ctx, input);
  }
}

@Resolver(() => ExpertSuggestion)
export class ExpertSuggestionResolver {
  @FieldResolver(() => Expert, { description: 'The expert.' })
  async expert(@Root() suggestion: ExpertSuggestion, @Ctx() ctx: Context): Promise<Expert> {
    return (await expertById(ctx, suggestion.expertId))!;
  }

  @FieldResolver(() => [Domain], { description: 'The mission\'s domains the expert covers.' })
  async matchedDomains(@Root() suggestion: ExpertSuggestion, @Ctx() ctx: Context): Promise<Domain[]> {
    const rows = await ctx.loaders.byId(Domain).loadMany(suggestion.matchedDomainIds);
    return rows.filter((d): d is Domain => d instanceof Domain);
  }
}
