import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from './context';
import { FuzzyDate } from './fuzzy-date';
import { LANG_ARG_DESCRIPTION, Language } from './localized';

@Resolver(() => FuzzyDate)
export class FuzzyDateResolver {
  @FieldResolver(() => String, { description: 'The date as a person would write it, at its known precision: "2 June 2017", "July 2017".' })
  text(
    @Root() date: FuzzyDate,
    @Ctx() ctx: Context,
    @Arg('lang', () => Language, { nullable: true, description: LANG_ARG_DESCRIPTION }) lang?: Language | null,
  ): string {
    return date.format(lang ?? ctx.lang);
  }
}
