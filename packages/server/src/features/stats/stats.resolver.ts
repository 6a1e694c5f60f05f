import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { filterInput } from '../../graphql/filters';
import { selectedFields } from '../../graphql/selection';
import { AgreementDimension, AgreementGroup, MissionDimension, MissionGroup } from './stats.inputs';
import { agreementGroups, MAX_GROUPS, missionGroups } from './stats.service';

@Resolver()
export class StatsResolver {
  @Query(() => [MissionGroup], {
    description: `Counts and expert-days of missions, grouped by up to two dimensions ("missions per country per year"), largest groups first; at most ${MAX_GROUPS} groups.`,
  })
  missionStats(
    @Ctx() ctx: Context,
    @Arg('groupBy', () => [MissionDimension], { description: 'Up to two dimensions; none gives one group with the total.' }) groupBy: MissionDimension[],
    @Arg('filter', () => filterInput('Mission'), { nullable: true, description: 'Only missions matching this filter (the same filter as `missions`).' })
    filter?: Record<string, any> | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<MissionGroup[]> {
    return missionGroups(ctx, filter, groupBy, { expertDays: !info || selectedFields(info).has('expertDays') });
  }

  @Query(() => [AgreementGroup], {
    description: `Counts of agreements (and of the missions under them), grouped by up to two dimensions ("agreements per domain"), largest groups first; at most ${MAX_GROUPS} groups.`,
  })
  agreementStats(
    @Ctx() ctx: Context,
    @Arg('groupBy', () => [AgreementDimension], { description: 'Up to two dimensions; none gives one group with the total.' }) groupBy: AgreementDimension[],
    @Arg('filter', () => filterInput('Agreement'), { nullable: true, description: 'Only agreements matching this filter (the same filter as `agreements`).' })
    filter?: Record<string, any> | null,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<AgreementGroup[]> {
    return agreementGroups(ctx, filter, groupBy, { missionCount: !info || selectedFields(info).has('missionCount') });
  }
}
