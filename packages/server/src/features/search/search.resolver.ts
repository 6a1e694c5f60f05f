import { Arg, Args, Ctx, Field, FieldResolver, Float, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { connectionType, PageArgs } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { UserInputError } from '../../graphql/errors';
import { Language } from '../../graphql/localized';
import { Node, type NodeEntity } from '../../graphql/node';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, search, type SearchableTypeName, type SearchConnectionResult, type SearchHitResult } from './search.service';

export enum SearchableType {
  AGENCY = 'Agency',
  AGREEMENT = 'Agreement',
  MISSION = 'Mission',
  DOMAIN = 'Domain',
  COUNTRY = 'Country',
  PERSON = 'Person',
  SOURCE = 'Source',
}

registerEnumType(SearchableType, {
  name: 'SearchableType',
  description: 'A node type `search` covers, with the fields it matches.',
  valuesConfig: {
    AGENCY: { description: 'Agencies: every dated name and acronym in every language (BTC, CTB and Enabel find the same agency), KBO number, IATI organisation id.' },
    AGREEMENT: { description: 'Agreements: reference, title and purpose in every language.' },
    MISSION: { description: 'Missions: reference, title, beneficiary, objectives and outcome.' },
    DOMAIN: { description: 'Domains: label in every language, key and DAC codes.' },
    COUNTRY: { description: 'Countries: name in every language, ISO 3166-1 alpha-2 and alpha-3 codes.' },
    PERSON: { description: 'People: given and family name only. E-mail addresses and phone numbers are personal data and never searchable.' },
    SOURCE: { description: 'Sources: title, excerpt and publisher.' },
  },
});

@ObjectType('SearchHit', { description: 'A node that matches a search, with how well and where it matched.' })
export class SearchHit {
  @Field(() => Node, { description: 'The node that matched: an Agency, Agreement, Mission, Domain, Country, Person or Source.' })
  node!: NodeEntity;

  @Field(() => Float, {
    description:
      'How well the node matches; higher is better. Names, titles, references and codes count more than descriptions, short texts more than long ones, and a name or code equal to the whole query adds 1. Comparable within one search only.',
  })
  rank!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The field of the node whose text matched, named as in the schema (`name`, `acronym`, `reference`, `title`, `purpose`, `label`, `key`, `iso2`, ...); when the words matched in different fields, the first field holding one of them.',
  })
  matchedField!: string | null;

  @Field(() => Language, { nullable: true, description: 'The language of the text that matched; null for text in no particular language (references, codes, people\'s names).' })
  matchedLanguage!: Language | null;
}

export const SearchHitConnection = connectionType(SearchHit, 'SearchHit', 'search hits, best first');

const MAX_MARK_LENGTH = 20;

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description: `Finds agencies, agreements, missions, domains, countries, people and sources by words, best match first. Matching ignores case and accents, stems Dutch, French, English and German words (\`overeenkomsten\` finds "Overeenkomst"), reads the last word as a prefix for type-ahead (\`Enab\` finds Enabel), and matches hyphenated words written without hyphen (\`egouvernance\` finds "E-gouvernance"). Every word must match, in one language of the node. Ties are broken by type, then ID, so pages are stable.`,
  })
  search(
    @Arg('query', () => String, {
      description: `The words to search for, at most ${MAX_QUERY_LENGTH} characters and ${MAX_QUERY_WORDS} words. Punctuation separates words and is otherwise ignored: no operators.`,
    })
    query: string,
    @Arg('types', () => [SearchableType], { nullable: true, description: 'Only these node types; every searchable type when omitted.' })
    types: SearchableType[] | null | undefined,
    @Arg('lang', () => Language, {
      nullable: true,
      description: 'Preferred language of the snippets, when the node matched in it; defaults to the request\'s Accept-Language. Matching covers every language whatever this is.',
    })
    lang: Language | null | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<SearchConnectionResult> {
    return search(ctx, { query, types: types as unknown as SearchableTypeName[] | null, lang: lang ?? ctx.lang }, page);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The matched text, or fragments of it joined by " … " when it is long, with each match between the highlight marks. Null when no single field holds a word of the query.',
  })
  snippet(
    @Root() hit: SearchHitResult,
    @Arg('highlightStart', () => String, { defaultValue: '[', description: `Written before each match (at most ${MAX_MARK_LENGTH} characters; may be empty).` }) start: string,
    @Arg('highlightEnd', () => String, { defaultValue: ']', description: `Written after each match (at most ${MAX_MARK_LENGTH} characters; may be empty).` }) end: string,
  ): string | null {
    if (start.length > MAX_MARK_LENGTH) throw new UserInputError(`\`highlightStart\` may have at most ${MAX_MARK_LENGTH} characters.`, 'highlightStart');
    if (end.length > MAX_MARK_LENGTH) throw new UserInputError(`\`highlightEnd\` may have at most ${MAX_MARK_LENGTH} characters.`, 'highlightEnd');
    if (!hit.snippetParts) return null;
    return hit.snippetParts.map((part) => (part.highlighted ? `${start}${part.text}${end}` : part.text)).join('');
  }
}
