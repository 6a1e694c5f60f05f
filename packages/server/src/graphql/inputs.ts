import { Field, InputType, Int } from 'type-graphql';
import { DatePrecision, fuzzyDay, fuzzyMonth, fuzzyUnknown, fuzzyYear, parseDateRange, type StoredFuzzyDate } from './fuzzy-date';
import { Language, type LocalizedText } from './localized';
import type { MutationScope } from './mutation';
import { DateScalar } from './scalars';
import { UserErrorCode } from './user-errors';

@InputType('FuzzyDateInput', {
  description:
    'A date known to the day (`precision: DAY, date`), the month (`precision: MONTH, year, month`), the year (`precision: YEAR, year`) or not at all (`precision: UNKNOWN`, with optional `earliest`/`latest` bounds).',
})
export class FuzzyDateInput {
  @Field(() => DatePrecision, { description: 'How precisely the date is known; decides which other fields are read.' })
  precision!: DatePrecision;

  @Field(() => DateScalar, { nullable: true, description: 'The day, for precision DAY.' })
  date?: string | null;

  @Field(() => Int, { nullable: true, description: 'The year, for precision MONTH and YEAR.' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'The month (1 to 12), for precision MONTH.' })
  month?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'For precision UNKNOWN: the first day the date may be, if known.' })
  earliest?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'For precision UNKNOWN: the last day the date may be, if known.' })
  latest?: string | null;
}

@InputType('LocalizedTextInput', { description: 'A text in one language.' })
export class LocalizedTextInput {
  @Field(() => Language, { description: 'The language of the text.' })
  lang!: Language;

  @Field(() => String, { description: 'The text.' })
  text!: string;
}

/** The possible days of a date, inclusive; null bounds are open. */
export interface Interval {
  earliest: string | null;
  latest: string | null;
}

export const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export function intervalOf(stored: string | null | undefined): Interval | null {
  return stored ? parseDateRange(stored) : null;
}

/** Converts a FuzzyDateInput, recording a user error on `field` when it is incomplete. */
export function toStoredFuzzyDate(scope: MutationScope, field: string, input: FuzzyDateInput | null | undefined): StoredFuzzyDate | null {
  if (!input) return null;
  const bad = (message: string) => {
    scope.error(field, UserErrorCode.INVALID_FORMAT, message);
    return null;
  };
  const yearOk = (y: number | null | undefined): y is number => y != null && y >= 1900 && y <= 2200;
  switch (input.precision) {
    case DatePrecision.DAY:
      return input.date ? fuzzyDay(input.date) : bad('A date known to the day needs `date`.');
    case DatePrecision.MONTH:
      if (!yearOk(input.year) || input.month == null || input.month < 1 || input.month > 12) {
        return bad('A date known to the month needs `year` (1900 to 2200) and `month` (1 to 12).');
      }
      return fuzzyMonth(input.year, input.month);
    case DatePrecision.YEAR:
      return yearOk(input.year) ? fuzzyYear(input.year) : bad('A date known to the year needs `year` (1900 to 2200).');
    default:
      if (input.earliest && input.latest && input.latest < input.earliest) {
        scope.error(field, UserErrorCode.DATE_ORDER, 'The latest possible day comes before the earliest.');
        return null;
      }
      return fuzzyUnknown({ notBefore: input.earliest ?? undefined, before: input.latest ? addDays(input.latest, 1) : undefined });
  }
}

/** Localized text from inputs; each text checked for length. */
export function toLocalizedText(scope: MutationScope, field: string, items: LocalizedTextInput[] | null | undefined, max: number, required: boolean): LocalizedText | null {
  if (!items || items.length === 0) {
    if (required) scope.error(field, UserErrorCode.REQUIRED, 'Give the text in at least one language.');
    return null;
  }
  const out: LocalizedText = {};
  items.forEach((item, index) => {
    const text = item.text.trim();
    if (!text) scope.error(`${field}.${index}.text`, UserErrorCode.REQUIRED, 'The text is empty.');
    else if (text.length > max) scope.error(`${field}.${index}.text`, UserErrorCode.TOO_LONG, `At most ${max} characters; this has ${text.length}.`);
    if (out[item.lang]) scope.error(`${field}.${index}.lang`, UserErrorCode.INVALID_VALUE, `The ${item.lang} text is given twice.`);
    out[item.lang] = text;
  });
  return out;
}
