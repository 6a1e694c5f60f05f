import { createHash } from 'node:crypto';
import { pageSize, type PageArgs, type PageInfo } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { UserInputError } from '../../graphql/errors';
import type { Language } from '../../graphql/localized';
import type { NodeEntity } from '../../graphql/node';
import { nodeTypes } from '../../graphql/node-types';

/** Longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 200;
/** The last word matches as a prefix from this many characters on. */
export const MIN_PREFIX_LENGTH = 2;
/** Most words a query may have. */
export const MAX_QUERY_WORDS = 20;

/** The node types search covers, by GraphQL type name. */
export const SEARCHABLE_TYPES = ['Agency', 'Agreement', 'Mission', 'Domain', 'Country', 'Person', 'Source'] as const;
export type SearchableTypeName = (typeof SEARCHABLE_TYPES)[number];

/** A piece of a snippet: text, highlighted where it matched the query. */
export interface SnippetPart {
  text: string;
  highlighted: boolean;
}

export interface SearchHitResult {
  node: NodeEntity;
  rank: number;
  matchedField: string | null;
  matchedLanguage: Language | null;
  /** The snippet, in parts; the resolver renders it with the client's highlight marks. */
  snippetParts: SnippetPart[] | null;
}

export interface SearchConnectionResult {
  edges: Array<{ cursor: string; node: SearchHitResult }>;
  nodes: SearchHitResult[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

export interface SearchInput {
  query: string;
  types?: SearchableTypeName[] | null;
  /** Preferred language of snippets. */
  lang: Language;
}

/** The words of a query: runs of letters and digits (digits may be dotted: 0264.814.354). */
function words(query: string): string[] {
  return query.normalize('NFC').match(/\p{N}+(?:\.\p{N}+)+|[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

interface ParsedQuery {
  /** Every word must match; the last one as a prefix (type-ahead). Quoted, so no word is tsquery syntax. */
  all: string;
  /** Any word matches: for choosing the snippet when the words match in different fields. */
  any: string;
  /** The query as typed, without control characters: for exact matches of names and codes. */
  text: string;
  /** Identifies the query in cursors, so that a cursor is not used with another search. */
  fingerprint: string;
}

/** Checks the query and turns it into tsquery text; a query that cannot be searched is BAD_USER_INPUT. */
export function parseQuery(query: string, types: readonly string[] | null | undefined): ParsedQuery {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new UserInputError(`\`query\` may have at most ${MAX_QUERY_LENGTH} characters; got ${query.length}.`, 'query');
  }
  // eslint-disable-next-line no-control-regex -- control characters (NUL included) are what this removes
  const text = query.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  if (text === '') throw new UserInputError('`query` is empty: give at least one word to search for.', 'query');
  const found = words(text).map((w) => w.toLowerCase());
  if (found.length === 0) throw new UserInputError('`query` has no letters or digits to search for.', 'query');
  if (found.length > MAX_QUERY_WORDS) {
    throw new UserInputError(`\`query\` may have at most ${MAX_QUERY_WORDS} words; got ${found.length}.`, 'query');
  }
  const quoted = found.map((w) => `'${w}'`);
  // Type-ahead from the second character: a one-letter prefix would match most of the index.
  if ([...found[found.length - 1]!].length >= MIN_PREFIX_LENGTH) quoted[quoted.length - 1] += ':*';
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([found, [...(types ?? [])].sort()]))
    .digest('base64url')
    .slice(0, 12);
  return { all: quoted.join(' & '), any: found.map((w) => `'${w}':*`).join(' | '), text, fingerprint };
}

interface Position {
  rank: number;
  type: string;
  id: string;
}

function encodeCursor(position: Position, fingerprint: string): string {
  return Buffer.from(JSON.stringify(['s', fingerprint, position.rank, position.type, position.id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, fingerprint: string, argument: string): Position {
  let decoded: unknown = null;
  if (/^[A-Za-z0-9_-]{1,300}$/.test(cursor)) {
    try {
      decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      decoded = null;
    }
  }
  if (
    !Array.isArray(decoded) ||
    decoded.length !== 5 ||
    decoded[0] !== 's' ||
    typeof decoded[2] !== 'number' ||
    !Number.isFinite(decoded[2]) ||
    !(SEARCHABLE_TYPES as readonly unknown[]).includes(decoded[3]) ||
    typeof decoded[4] !== 'string' ||
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(decoded[4])
  ) {
    throw new UserInputError(`\`${argument}\` is not a cursor returned by this search.`, argument);
  }
  if (decoded[1] !== fingerprint) {
    throw new UserInputError(`\`${argument}\` is a cursor of another search: page with the same \`query\` and \`types\`.`, argument);
  }
  return { rank: decoded[2], type: decoded[3], id: decoded[4] };
}

// Internal snippet delimiters: control characters, which never occur in stored text.
const START = '\u0002';
const STOP = '\u0003';
const MARKS = `StartSel=${START}, StopSel=${STOP}`;
const WHOLE_OPTIONS = `${MARKS}, HighlightAll=true`;
const FRAGMENT_OPTIONS = `${MARKS}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/** Texts up to this length are shown whole in snippets. */
const WHOLE_TEXT_LENGTH = 160;

function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of headline.split(START)) {
    const stop = piece.indexOf(STOP);
    if (stop >= 0) {
      if (stop > 0) parts.push({ text: piece.slice(0, stop), highlighted: true });
      if (stop + 1 < piece.length) parts.push({ text: piece.slice(stop + 1).replaceAll(STOP, ''), highlighted: false });
    } else if (piece) {
      parts.push({ text: piece, highlighted: false });
    }
  }
  return parts;
}

// The query's tsqueries: stemmed in each language (any may match), and unstemmed.
const QUERY_CTE = `q AS (
  SELECT to_tsquery('public.search_dutch', $1) || to_tsquery('public.search_french', $1)
      || to_tsquery('public.search_english', $1) || to_tsquery('public.search_german', $1) AS stem,
         to_tsquery('public.search_simple', $1) AS plain,
         search_key($2) AS key
)`;
const MATCH = `(d.document @@ q.stem OR d.plain @@ q.plain) AND ($3::text[] IS NULL OR d.node_type = ANY($3::text[]))`;

/**
 * Ranks, pages and snippets search hits in one statement, then loads their nodes through
 * the request's loaders (one statement per node type on the page), so a search costs the
 * same number of statements for 2 hits or 100.
 */
export async function search(ctx: Context, input: SearchInput, args: PageArgs): Promise<SearchConnectionResult> {
  const { size, backward } = pageSize(args);
  const parsed = parseQuery(input.query, input.types);
  if (input.types && input.types.length === 0) {
    throw new UserInputError('`types` is empty: omit it to search every type, or name at least one.', 'types');
  }
  const after = args.after ? decodeCursor(args.after, parsed.fingerprint, 'after') : null;
  const before = args.before ? decodeCursor(args.before, parsed.fingerprint, 'before') : null;
  const types = input.types ? [...new Set(input.types)] : null;

  const params: unknown[] = [parsed.all, parsed.text, types, input.lang, parsed.any, size + 1];
  const bound = (position: Position | null, direction: '<' | '>') => {
    if (!position) return 'true';
    params.push(position.rank, position.type, position.id);
    const [rank, type, id] = [params.length - 2, params.length - 1, params.length];
    // Pages run by rank downwards, then by type and id upwards.
    return direction === '>'
      ? `(rank < $${rank}::float8 OR (rank = $${rank}::float8 AND (node_type, node_id) > ($${type}::text, $${id}::uuid)))`
      : `(rank > $${rank}::float8 OR (rank = $${rank}::float8 AND (node_type, node_id) < ($${type}::text, $${id}::uuid)))`;
  };
  const afterCondition = bound(after, '>');
  const beforeCondition = bound(before, '<');
  const order = backward ? 'rank ASC, node_type DESC, node_id DESC' : 'rank DESC, node_type ASC, node_id ASC';

  interface Row {
    node_type: string;
    node_id: string;
    lang: string;
    rank: number;
    field: string | null;
    headline: string | null;
  }
  const rows: Row[] =
    size === 0
      ? []
      : await ctx.dataSource.query(
          `WITH ${QUERY_CTE},
          qa AS (
            SELECT to_tsquery('public.search_dutch', $5) || to_tsquery('public.search_french', $5)
                || to_tsquery('public.search_english', $5) || to_tsquery('public.search_german', $5) AS stem,
                   to_tsquery('public.search_simple', $5) AS plain
          ),
          matched AS (
            SELECT d.node_type, d.node_id, d.lang, d.fields,
                   (CASE WHEN q.key = ANY(d.exact) THEN 1 ELSE 0 END
                    + greatest(ts_rank_cd(d.document, q.stem, 2 | 32), ts_rank_cd(d.plain, q.plain, 2 | 32)))::float8 AS rank
            FROM search_document d, q
            WHERE ${MATCH}
          ),
          best AS (
            -- A node's rank is that of its best document; its snippet comes from a document in
            -- the preferred language when one matched, else from the best one.
            SELECT DISTINCT ON (node_type, node_id) node_type, node_id, lang, fields,
                   max(rank) OVER (PARTITION BY node_type, node_id) AS rank
            FROM matched
            ORDER BY node_type, node_id, (lang = $4) DESC, rank DESC, lang
          ),
          page AS (
            SELECT * FROM best WHERE ${afterCondition} AND ${beforeCondition} ORDER BY ${order} LIMIT $6
          )
          SELECT page.node_type, page.node_id, page.lang, page.rank, hit.field, hit.headline
          FROM page CROSS JOIN q CROSS JOIN qa
          LEFT JOIN LATERAL (
            SELECT f.value->>'field' AS field,
                   ts_headline(search_config(page.lang), f.value->>'text', q.stem || q.plain,
                     -- Short texts whole, long ones in fragments around the matches.
                     CASE WHEN length(f.value->>'text') <= ${WHOLE_TEXT_LENGTH} THEN '${WHOLE_OPTIONS}' ELSE '${FRAGMENT_OPTIONS}' END) AS headline
            FROM jsonb_array_elements(page.fields) WITH ORDINALITY AS f(value, ord),
                 LATERAL (SELECT to_tsvector(search_config(page.lang), search_text(f.value->>'text')) AS stem,
                                 to_tsvector('public.search_simple', search_text(f.value->>'text')) AS plain) v
            WHERE v.stem @@ qa.stem OR v.plain @@ qa.plain
            -- The first field that matches the whole query, else the first that matches a word of it.
            ORDER BY (v.stem @@ q.stem OR v.plain @@ q.plain) DESC, f.ord
            LIMIT 1
          ) hit ON true
          ORDER BY ${order}`,
          params,
        );
  const hasMore = rows.length > size;
  const page = rows.slice(0, size);
  if (backward) page.reverse();

  // Nodes through the request's loaders: one statement per type on the page.
  const nodes = await Promise.all(page.map((row) => ctx.loaders.byId(nodeTypes[row.node_type] as never).load(row.node_id) as Promise<NodeEntity | null>));
  const edges: SearchConnectionResult['edges'] = [];
  page.forEach((row, index) => {
    const node = nodes[index];
    // A node deleted between the two statements is left out rather than returned as null.
    if (!node) return;
    edges.push({
      cursor: encodeCursor({ rank: row.rank, type: row.node_type, id: row.node_id }, parsed.fingerprint),
      node: {
        node,
        rank: row.rank,
        matchedField: row.field,
        matchedLanguage: row.lang === 'und' ? null : (row.lang as Language),
        snippetParts: row.headline === null ? null : snippetParts(row.headline),
      },
    });
  });
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: backward ? before !== null : hasMore,
      hasPreviousPage: backward ? hasMore : after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    get totalCount() {
      return ctx.dataSource
        .query(`WITH ${QUERY_CTE} SELECT count(DISTINCT (d.node_type, d.node_id))::int AS n FROM search_document d, q WHERE ${MATCH}`, [
          parsed.all,
          parsed.text,
          types,
        ])
        .then((result: Array<{ n: number }>) => result[0]!.n);
    },
  };
}
