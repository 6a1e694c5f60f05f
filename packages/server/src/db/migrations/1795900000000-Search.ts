import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over every searchable node type: the `search_document` table (one row
 * per node and language), text search configurations that fold accents before stemming,
 * functions that build the documents, triggers that keep them fresh whoever writes, and
 * the documents of the rows already present.
 *
 * Hand-written: TypeORM tracks the table (SearchDocument entity) but not text search
 * configurations, functions, triggers or GIN indexes. Runs on PostgreSQL 15 and PGlite (18).
 */
export class Search1795900000000 implements MigrationInterface {
  name = 'Search1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}

/** Source table, node type, and the column holding the node's ID, of every trigger. */
const WATCHED: Array<[table: string, nodeType: string, idColumn: string]> = [
  ['agency', 'Agency', 'id'],
  ['agency_name', 'Agency', 'agency_id'],
  ['agreement', 'Agreement', 'id'],
  ['mission', 'Mission', 'id'],
  ['domain', 'Domain', 'id'],
  ['country', 'Country', 'id'],
  ['person', 'Person', 'id'],
  ['source', 'Source', 'id'],
];

const CONFIGS: Array<[name: string, copy: string, dictionary: string]> = [
  ['search_dutch', 'dutch', 'dutch_stem'],
  ['search_french', 'french', 'french_stem'],
  ['search_english', 'english', 'english_stem'],
  ['search_german', 'german', 'german_stem'],
  ['search_simple', 'simple', 'simple'],
];

const UP: string[] = [
  'CREATE EXTENSION IF NOT EXISTS unaccent',
  // Accents are folded by the unaccent dictionary inside each configuration, so that
  // ts_headline can mark the original, accented text.
  ...CONFIGS.flatMap(([name, copy, dictionary]) => [
    `CREATE TEXT SEARCH CONFIGURATION "${name}" (COPY = pg_catalog.${copy})`,
    `ALTER TEXT SEARCH CONFIGURATION "${name}" ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.${dictionary}`,
  ]),
  `CREATE TABLE "search_document" (
    "node_type" text NOT NULL,
    "node_id" uuid NOT NULL,
    "lang" text NOT NULL,
    "fields" jsonb NOT NULL,
    "exact" text array NOT NULL,
    "document" tsvector NOT NULL,
    "plain" tsvector NOT NULL,
    CONSTRAINT "PK_search_document" PRIMARY KEY ("node_type", "node_id", "lang")
  )`,
  'CREATE INDEX "IDX_search_document_document" ON "search_document" USING gin ("document")',
  'CREATE INDEX "IDX_search_document_plain" ON "search_document" USING gin ("plain")',

  // The configuration of a document language; und (undetermined) is not stemmed.
  `CREATE FUNCTION search_config(lang text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE lang
      WHEN 'nl' THEN 'public.search_dutch'::regconfig
      WHEN 'fr' THEN 'public.search_french'::regconfig
      WHEN 'en' THEN 'public.search_english'::regconfig
      WHEN 'de' THEN 'public.search_german'::regconfig
      ELSE 'public.search_simple'::regconfig
    END
  $$`,
  // A text as indexed: itself, then its hyphenated words written without hyphens, so that
  // "egouvernance" finds "E-gouvernance".
  `CREATE FUNCTION search_text(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT value || coalesce(' ' || (
      SELECT string_agg(replace(m[1], '-', ''), ' ')
      FROM regexp_matches(value, '([[:alnum:]]+(?:-[[:alnum:]]+)+)', 'g') AS m
    ), '')
  $$`,
  // A text reduced for exact comparison: lower case, without accents, spaces or punctuation
  // ("E-gouvernance" and "egouvernance", "FOD BOSA" and "fod-bosa" are equal).
  `CREATE FUNCTION search_key(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, value)), '[^[:alnum:]]+', '', 'g')
  $$`,
  // The searchable fields of nodes of one type: (node, language or null for every language,
  // field, text, weight, exact). Field names are the GraphQL fields they come from. E-mail
  // addresses and phone numbers of people are personal data and never searchable.
  `CREATE FUNCTION search_fields(node_type text, ids uuid[])
   RETURNS TABLE (node_id uuid, lang text, field text, value text, weight text, exact boolean, ord int)
   LANGUAGE sql STABLE AS $$
    SELECT a.id, n.lang::text, 'name', n.name, 'A', true, 1 FROM agency a JOIN agency_name n ON n.agency_id = a.id
      WHERE node_type = 'Agency' AND a.id = ANY(ids)
    UNION ALL
    SELECT a.id, n.lang::text, 'acronym', n.acronym, 'A', true, 2 FROM agency a JOIN agency_name n ON n.agency_id = a.id
      WHERE node_type = 'Agency' AND a.id = ANY(ids) AND n.acronym IS NOT NULL
    UNION ALL
    SELECT a.id, NULL, x.field, x.value, 'B', true, 3 FROM agency a
      CROSS JOIN LATERAL (VALUES ('kboNumber', a.kbo_number), ('iatiOrgId', a.iati_org_id)) AS x(field, value)
      WHERE node_type = 'Agency' AND a.id = ANY(ids) AND x.value IS NOT NULL
    UNION ALL
    SELECT g.id, NULL, 'reference', g.reference, 'A', true, 1 FROM agreement g
      WHERE node_type = 'Agreement' AND g.id = ANY(ids)
    UNION ALL
    SELECT g.id, t.key, 'title', t.value, 'A', true, 2 FROM agreement g CROSS JOIN LATERAL jsonb_each_text(g.title) AS t
      WHERE node_type = 'Agreement' AND g.id = ANY(ids)
    UNION ALL
    SELECT g.id, t.key, 'purpose', t.value, 'C', false, 3 FROM agreement g CROSS JOIN LATERAL jsonb_each_text(coalesce(g.purpose, '{}')) AS t
      WHERE node_type = 'Agreement' AND g.id = ANY(ids)
    UNION ALL
    SELECT m.id, NULL, 'reference', m.reference, 'A', true, 1 FROM mission m
      WHERE node_type = 'Mission' AND m.id = ANY(ids)
    UNION ALL
    SELECT m.id, t.key, 'title', t.value, 'A', true, 2 FROM mission m CROSS JOIN LATERAL jsonb_each_text(m.title) AS t
      WHERE node_type = 'Mission' AND m.id = ANY(ids)
    UNION ALL
    SELECT m.id, NULL, 'beneficiary', m.beneficiary, 'B', true, 3 FROM mission m
      WHERE node_type = 'Mission' AND m.id = ANY(ids) AND m.beneficiary IS NOT NULL
    UNION ALL
    SELECT m.id, t.key, x.field, t.value, 'C', false, x.ord FROM mission m
      CROSS JOIN LATERAL (VALUES ('objectives', m.objectives, 4), ('outcome', m.outcome, 5)) AS x(field, text, ord)
      CROSS JOIN LATERAL jsonb_each_text(coalesce(x.text, '{}')) AS t
      WHERE node_type = 'Mission' AND m.id = ANY(ids)
    UNION ALL
    SELECT d.id, t.key, 'label', t.value, 'A', true, 1 FROM domain d CROSS JOIN LATERAL jsonb_each_text(d.label) AS t
      WHERE node_type = 'Domain' AND d.id = ANY(ids)
    UNION ALL
    SELECT d.id, NULL, 'key', d.key, 'A', true, 2 FROM domain d
      WHERE node_type = 'Domain' AND d.id = ANY(ids)
    UNION ALL
    SELECT d.id, NULL, 'dacCodes', c, 'B', true, 3 FROM domain d CROSS JOIN LATERAL unnest(d.dac_codes) AS c
      WHERE node_type = 'Domain' AND d.id = ANY(ids)
    UNION ALL
    SELECT c.id, t.key, 'name', t.value, 'A', true, 1 FROM country c CROSS JOIN LATERAL jsonb_each_text(c.name) AS t
      WHERE node_type = 'Country' AND c.id = ANY(ids)
    UNION ALL
    SELECT c.id, NULL, x.field, x.value, 'A', true, 2 FROM country c
      CROSS JOIN LATERAL (VALUES ('iso2', c.iso2::text), ('iso3', c.iso3::text)) AS x(field, value)
      WHERE node_type = 'Country' AND c.id = ANY(ids) AND x.value IS NOT NULL
    UNION ALL
    SELECT p.id, NULL, 'name', p.given_name || ' ' || p.family_name, 'A', true, 1 FROM person p
      WHERE node_type = 'Person' AND p.id = ANY(ids)
    UNION ALL
    SELECT s.id, s.language::text, x.field, x.value, x.weight, x.field = 'title', x.ord FROM source s
      CROSS JOIN LATERAL (VALUES ('title', s.title, 'A', 1), ('excerpt', s.excerpt, 'C', 2)) AS x(field, value, weight, ord)
      WHERE node_type = 'Source' AND s.id = ANY(ids) AND x.value IS NOT NULL
    UNION ALL
    SELECT s.id, NULL, 'publisher', s.publisher, 'B', false, 3 FROM source s
      WHERE node_type = 'Source' AND s.id = ANY(ids) AND s.publisher IS NOT NULL
  $$`,

  // Rebuilds the documents of some nodes of a type (deleting those of nodes that are gone).
  // A node gets one document per language it has text in; its language-neutral fields
  // (references, codes, acronyms-free identifiers, people's names) go into each of them,
  // or into one undetermined-language (und) document when it has no text in any language.
  // JIT off: PostgreSQL's cost estimate of this UNION over every type crosses jit_above_cost,
  // and compiling it took 6.7 s per call where running it takes milliseconds.
  `CREATE FUNCTION search_refresh(p_node_type text, p_ids uuid[]) RETURNS void LANGUAGE sql VOLATILE SET jit = off AS $$
    DELETE FROM search_document WHERE node_type = p_node_type AND node_id = ANY(p_ids);
    WITH f AS (
      SELECT f.node_id, CASE WHEN f.lang IN ('nl', 'fr', 'en', 'de') THEN f.lang WHEN f.lang IS NULL THEN NULL ELSE 'und' END AS lang,
             f.field, f.value, f.weight, f.ord, search_text(f.value) AS indexed,
             -- Keys for exact matches: whole names and codes, and each word of an acronym ("BOSA" of "FOD BOSA").
             CASE WHEN NOT f.exact THEN ''
                  WHEN f.field = 'acronym' THEN search_key(f.value) || ' ' || array_to_string(ARRAY(SELECT search_key(w) FROM regexp_split_to_table(f.value, '[[:space:]]+') AS w), ' ')
                  ELSE search_key(f.value) END AS keys
      FROM search_fields(p_node_type, p_ids) AS f
      WHERE btrim(f.value) <> ''
    ),
    langs AS (
      SELECT DISTINCT node_id, lang FROM f WHERE lang IS NOT NULL
      UNION ALL
      SELECT node_id, 'und' FROM f GROUP BY node_id HAVING count(lang) = 0
    ),
    docs AS (
      SELECT l.node_id, l.lang,
             jsonb_agg(jsonb_build_object('field', f.field, 'text', f.value, 'weight', f.weight)
                       ORDER BY f.weight, f.ord, f.lang NULLS LAST, f.value) AS fields,
             string_agg(f.keys, ' ') AS keys,
             string_agg(f.indexed, ' ' ORDER BY f.ord, f.value) FILTER (WHERE f.weight = 'A') AS a,
             string_agg(f.indexed, ' ' ORDER BY f.ord, f.value) FILTER (WHERE f.weight = 'B') AS b,
             string_agg(f.indexed, ' ' ORDER BY f.ord, f.value) FILTER (WHERE f.weight = 'C') AS c
      -- Two equi-joins rather than one on (f.lang = l.lang OR f.lang IS NULL), which only a
      -- nested loop can do: quadratic in the number of nodes refreshed at once.
      FROM langs l JOIN (
        SELECT f.*, f.lang AS join_lang FROM f WHERE f.lang IS NOT NULL
        UNION ALL
        SELECT f.*, l2.lang FROM f JOIN (SELECT DISTINCT node_id, lang FROM langs) l2 ON l2.node_id = f.node_id WHERE f.lang IS NULL
      ) f ON f.node_id = l.node_id AND f.join_lang = l.lang
      GROUP BY l.node_id, l.lang
    )
    INSERT INTO search_document (node_type, node_id, lang, fields, exact, document, plain)
    SELECT p_node_type, node_id, lang, fields,
           ARRAY(SELECT DISTINCT k FROM unnest(string_to_array(keys, ' ')) AS k WHERE k <> '' ORDER BY k),
           setweight(to_tsvector(search_config(lang), coalesce(a, '')), 'A')
             || setweight(to_tsvector(search_config(lang), coalesce(b, '')), 'B')
             || setweight(to_tsvector(search_config(lang), coalesce(c, '')), 'C'),
           setweight(to_tsvector('public.search_simple', coalesce(a, '')), 'A')
             || setweight(to_tsvector('public.search_simple', coalesce(b, '')), 'B')
             || setweight(to_tsvector('public.search_simple', coalesce(c, '')), 'C')
    FROM docs
  $$`,

  // Statement-level: one refresh per statement, however many rows it touched (the
  // synthetic generator inserts thousands of rows per statement).
  `CREATE FUNCTION search_document_sync() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      ids uuid[];
    BEGIN
      IF TG_OP = 'INSERT' THEN
        EXECUTE format('SELECT array_agg(DISTINCT %I) FROM new_rows', TG_ARGV[1]) INTO ids;
      ELSIF TG_OP = 'UPDATE' THEN
        EXECUTE format('SELECT array_agg(DISTINCT x) FROM (SELECT %1$I AS x FROM new_rows UNION SELECT %1$I FROM old_rows) u', TG_ARGV[1]) INTO ids;
      ELSE
        EXECUTE format('SELECT array_agg(DISTINCT %I) FROM old_rows', TG_ARGV[1]) INTO ids;
      END IF;
      IF ids IS NOT NULL THEN
        PERFORM search_refresh(TG_ARGV[0], ids);
      END IF;
      RETURN NULL;
    END
  $$`,
  ...WATCHED.flatMap(([table, nodeType, idColumn]) => [
    `CREATE TRIGGER "search_${table}_insert" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION search_document_sync('${nodeType}', '${idColumn}')`,
    `CREATE TRIGGER "search_${table}_update" AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
       FOR EACH STATEMENT EXECUTE FUNCTION search_document_sync('${nodeType}', '${idColumn}')`,
    `CREATE TRIGGER "search_${table}_delete" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows
       FOR EACH STATEMENT EXECUTE FUNCTION search_document_sync('${nodeType}', '${idColumn}')`,
  ]),
  // Documents of the rows already present.
  ...['Agency:agency', 'Agreement:agreement', 'Mission:mission', 'Domain:domain', 'Country:country', 'Person:person', 'Source:source'].map((pair) => {
    const [nodeType, table] = pair.split(':');
    return `SELECT search_refresh('${nodeType}', ARRAY(SELECT id FROM "${table}"))`;
  }),
];

const DOWN: string[] = [
  ...WATCHED.flatMap(([table]) => ['insert', 'update', 'delete'].map((event) => `DROP TRIGGER IF EXISTS "search_${table}_${event}" ON "${table}"`)),
  'DROP FUNCTION IF EXISTS search_document_sync()',
  'DROP FUNCTION IF EXISTS search_refresh(text, uuid[])',
  'DROP FUNCTION IF EXISTS search_fields(text, uuid[])',
  'DROP TABLE IF EXISTS "search_document"',
  'DROP FUNCTION IF EXISTS search_key(text)',
  'DROP FUNCTION IF EXISTS search_text(text)',
  'DROP FUNCTION IF EXISTS search_config(text)',
  ...CONFIGS.map(([name]) => `DROP TEXT SEARCH CONFIGURATION IF EXISTS "${name}"`),
  // The unaccent extension stays: other objects may have come to rely on it.
];
