import { DateScalar } from './scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Language } from './localized';

/** How precisely a date is known. */
export enum DatePrecision {
  DAY = 'day',
  MONTH = 'month',
  YEAR = 'year',
  UNKNOWN = 'unknown',
}

registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How precisely a date is known.',
  valuesConfig: {
    DAY: { description: 'Known to the day.' },
    MONTH: { description: 'Known to the month only (for example "July 2017").' },
    YEAR: { description: 'Known to the year only.' },
    UNKNOWN: { description: 'Not known; `earliest` and `latest` give whatever bounds are known.' },
  },
});

/**
 * A date of uncertain precision as stored: a PostgreSQL `daterange` holding every day the
 * date may be (half-open, `[first, after-last)`), plus its precision. Ranges compare as
 * intervals in SQL (`&&`, `<<`), which is what "was this possibly before that" needs.
 */
export interface StoredFuzzyDate {
  range: string;
  precision: DatePrecision;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, '0');

export function fuzzyDay(iso: string): StoredFuzzyDate {
  return { range: `[${iso},${addDays(iso, 1)})`, precision: DatePrecision.DAY };
}

export function fuzzyMonth(year: number, month: number): StoredFuzzyDate {
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${pad(month + 1)}-01`;
  return { range: `[${year}-${pad(month)}-01,${next})`, precision: DatePrecision.MONTH };
}

export function fuzzyYear(year: number): StoredFuzzyDate {
  return { range: `[${year}-01-01,${year + 1}-01-01)`, precision: DatePrecision.YEAR };
}

/** An unknown date, with whatever bounds are known (`before` is exclusive). */
export function fuzzyUnknown(bounds: { notBefore?: string; before?: string } = {}): StoredFuzzyDate {
  return { range: `[${bounds.notBefore ?? ''},${bounds.before ?? ''})`, precision: DatePrecision.UNKNOWN };
}

/** Parses PostgreSQL's text form of a daterange into inclusive first and last days. */
export function parseDateRange(range: string): { earliest: string | null; latest: string | null } {
  if (range === 'empty') return { earliest: null, latest: null };
  const match = /^([[(])"?([^,"]*)"?,"?([^,"\])]*)"?([\])])$/.exec(range.trim());
  if (!match) throw new Error(`Unreadable date range: ${range}`);
  const [, open, lower, upper, close] = match;
  const earliest = lower ? (open === '[' ? lower : addDays(lower, 1)) : null;
  const latest = upper ? (close === ')' ? addDays(upper, -1) : upper) : null;
  return { earliest, latest };
}

const LOCALES: Record<Language, string> = {
  [Language.NL]: 'nl-BE',
  [Language.FR]: 'fr-BE',
  [Language.EN]: 'en-GB',
  [Language.DE]: 'de-BE',
};

const WORDS: Record<Language, { unknown: string; before: string; after: string; between: string; and: string }> = {
  [Language.NL]: { unknown: 'onbekend', before: 'vóór', after: 'na', between: 'tussen', and: 'en' },
  [Language.FR]: { unknown: 'inconnue', before: 'avant le', after: 'après le', between: 'entre le', and: 'et le' },
  [Language.EN]: { unknown: 'unknown', before: 'before', after: 'after', between: 'between', and: 'and' },
  [Language.DE]: { unknown: 'unbekannt', before: 'vor dem', after: 'nach dem', between: 'zwischen dem', and: 'und dem' },
};

function formatDay(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

@ObjectType({
  description:
    'A date known to the day, the month, the year, or not at all. It stands for an interval of possible days, and compares as one.',
})
export class FuzzyDate {
  @Field(() => DatePrecision, { description: 'How precisely the date is known.' })
  precision!: DatePrecision;

  @Field(() => DateScalar, { nullable: true, description: 'The first day the date may be (YYYY-MM-DD); null when unbounded.' })
  earliest!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The last day the date may be (YYYY-MM-DD); null when unbounded.' })
  latest!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The date as known, in ISO 8601 with reduced precision: "2017-06-02", "2017-07", "2017"; null when unknown.',
  })
  get iso(): string | null {
    if (!this.earliest) return null;
    switch (this.precision) {
      case DatePrecision.DAY:
        return this.earliest;
      case DatePrecision.MONTH:
        return this.earliest.slice(0, 7);
      case DatePrecision.YEAR:
        return this.earliest.slice(0, 4);
      default:
        return null;
    }
  }

  /** The date as a person would write it, at its known precision ("July 2017"). */
  format(lang: Language): string {
    const words = WORDS[lang];
    const start = this.earliest ? new Date(`${this.earliest}T00:00:00Z`) : null;
    switch (this.precision) {
      case DatePrecision.DAY:
        return formatDay(this.earliest!, lang);
      case DatePrecision.MONTH:
        return new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(start!);
      case DatePrecision.YEAR:
        return String(start!.getUTCFullYear());
      default:
        if (this.earliest && this.latest) {
          return `${words.unknown} (${words.between} ${formatDay(this.earliest, lang)} ${words.and} ${formatDay(this.latest, lang)})`;
        }
        if (this.latest) return `${words.unknown} (${words.before} ${formatDay(addDays(this.latest, 1), lang)})`;
        if (this.earliest) return `${words.unknown} (${words.after} ${formatDay(addDays(this.earliest, -1), lang)})`;
        return words.unknown;
    }
  }

  static fromStored(range: string | null | undefined, precision: string | null | undefined): FuzzyDate | null {
    if (!range || !precision) return null;
    const { earliest, latest } = parseDateRange(range);
    return Object.assign(new FuzzyDate(), { precision: precision as DatePrecision, earliest, latest });
  }
}
