import { Arg, Field, ObjectType, registerEnumType } from 'type-graphql';

/** The languages Coopgraph stores text in (ISO 639-1). */
export enum Language {
  NL = 'nl',
  FR = 'fr',
  EN = 'en',
  DE = 'de',
}

registerEnumType(Language, {
  name: 'Language',
  description: 'A language Coopgraph stores text in (ISO 639-1 code).',
  valuesConfig: {
    NL: { description: 'Dutch (nl).' },
    FR: { description: 'French (fr).' },
    EN: { description: 'English (en).' },
    DE: { description: 'German (de).' },
  },
});

/** The order in which languages are tried when the one asked for is missing. */
export const FALLBACK_ORDER: readonly Language[] = [Language.EN, Language.NL, Language.FR, Language.DE];

/** Text in several languages, as stored in a `jsonb` column: `{"nl": "...", "fr": "..."}`. */
export type LocalizedText = Partial<Record<Language, string>>;

export const LANG_ARG_DESCRIPTION =
  'Language of the text; defaults to the request\'s Accept-Language, then falls back to en, nl, fr, de in that order.';

/** Picks the text in `lang`, else the first language of the fallback order that has one. */
export function pickText(text: LocalizedText | null | undefined, lang: Language): string | null {
  if (!text) return null;
  const direct = text[lang];
  if (direct) return direct;
  for (const candidate of FALLBACK_ORDER) {
    const value = text[candidate];
    if (value) return value;
  }
  return null;
}

@ObjectType({ description: 'A text in one language.' })
export class Translation {
  @Field(() => Language, { description: 'The language of the text.' })
  lang!: Language;

  @Field(() => String, { description: 'The text.' })
  text!: string;
}

export function translations(text: LocalizedText | null | undefined): Translation[] {
  if (!text) return [];
  const out: Translation[] = [];
  for (const lang of [Language.NL, Language.FR, Language.EN, Language.DE]) {
    const value = text[lang];
    if (value) out.push(Object.assign(new Translation(), { lang, text: value }));
  }
  return out;
}

const SUPPORTED = new Set<string>(Object.values(Language));

/** The preferred supported language of an Accept-Language header, or English. */
export function languageFromHeader(header: string | undefined | null): Language {
  if (!header) return Language.EN;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { lang: tag.trim().toLowerCase().split('-')[0] ?? '', weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0 && SUPPORTED.has(entry.lang))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return (ranked[0]?.lang as Language | undefined) ?? Language.EN;
}

/** The `lang` argument of every localized field. */
export const LangArg = () => Arg('lang', () => Language, { nullable: true, description: LANG_ARG_DESCRIPTION });
