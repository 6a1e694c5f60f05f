import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../graphql/global-id';
import { agencyId, domainId, seedRecordId } from '../../seed/press-release';
import { generateSynthetic } from '../../synthetic/generate';
import { databaseKinds, startTestServer, type GraphQLResponse, type TestServer } from '../../test/harness';

const SEARCH = `query Search($query: String!, $types: [SearchableType!], $lang: Language, $first: Int, $after: String, $last: Int, $before: String) {
  search(query: $query, types: $types, lang: $lang, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges {
      cursor
      node {
        rank matchedField matchedLanguage snippet
        node {
          __typename id
          ... on Agency { name }
          ... on Agreement { reference }
          ... on Mission { reference }
          ... on Domain { key }
          ... on Country { iso2 }
          ... on Person { familyName }
          ... on Source { key }
        }
      }
    }
  }
}`;

interface Hit {
  rank: number;
  matchedField: string | null;
  matchedLanguage: string | null;
  snippet: string | null;
  node: { __typename: string; id: string; name?: string; reference?: string; key?: string; iso2?: string; familyName?: string };
}

interface SearchPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: Hit }>;
}

const gid = (type: string, key: string) => toGlobalId(type, seedRecordId(key));
const BTC = toGlobalId('Agency', agencyId('btc'));
const BOSA = toGlobalId('Agency', agencyId('bosa'));
const E_GOVERNANCE = toGlobalId('Domain', domainId('e-governance'));
const FEDICT_BTC = gid('Agreement', 'agreement:fedict-btc-egov');
const BOSA_BTC = gid('Agreement', 'agreement:bosa-btc-2017');
const MOZAMBIQUE = gid('Country', 'country:MZ');
const MOZAMBIQUE_MISSION = gid('Mission', 'mission:mozambique-egov');

/** Queries whose results must be the same on both databases. */
const SAME_EVERYWHERE = ['overeenkomsten', 'cooperation', 'Enab', 'CTB', 'egouvernance', 'BOSA', 'Moz', 'e-governance', 'Benin', 'BOSA-BTC-2017', 'gestion', 'Kooperationsabkommens'];
const resultsByKind = new Map<string, unknown>();

describe.each(databaseKinds())('search (%s database)', (kind) => {
  let server: TestServer;

  const run = async (variables: Record<string, unknown>): Promise<GraphQLResponse<{ search: SearchPage }>> =>
    server.gql<{ search: SearchPage }>(SEARCH, { first: 20, ...variables });
  const search = async (query: string, variables: Record<string, unknown> = {}): Promise<SearchPage> => {
    const response = await run({ query, ...variables });
    if (response.body.errors) throw new Error(JSON.stringify(response.body.errors));
    return response.body.data!.search;
  };
  const hits = async (query: string, variables: Record<string, unknown> = {}) => (await search(query, variables)).edges.map((e) => e.node);
  const ids = async (query: string, variables: Record<string, unknown> = {}) => (await hits(query, variables)).map((h) => h.node.id);
  const badInput = async (variables: Record<string, unknown>) => {
    const response = await run(variables);
    expect(response.status).toBe(200);
    expect(response.body.data).toBeNull();
    expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    return response.body.errors![0]!;
  };

  /** Page sizes are checked before execution: HTTP 400 and no data at all. */
  const refusedBeforeRun = async (variables: Record<string, unknown>) => {
    const response = await run(variables);
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    return response.body.errors![0]!;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  describe('finds what analysts type', () => {
    test('"overeenkomsten" finds the agreement titled "Overeenkomst ..." (Dutch stemming)', async () => {
      const [first, ...rest] = await hits('overeenkomsten');
      expect(first!.node.id).toBe(FEDICT_BTC);
      expect(first).toMatchObject({ matchedField: 'title', matchedLanguage: 'NL' });
      expect(first!.snippet).toBe('[Overeenkomst] tussen Fedict en BTC voor het opzetten van systemen voor e-governance en e-government');
      expect(rest).toEqual([]);
    });

    test('"cooperation" finds "Coopération Technique Belge" (accents folded), with a French snippet when asked', async () => {
      const found = await hits('cooperation', { types: ['AGENCY'], lang: 'FR' });
      expect(found.map((h) => h.node.id)).toEqual([BTC]);
      expect(found[0]).toMatchObject({ matchedField: 'name', matchedLanguage: 'FR', snippet: '[Coopération] Technique Belge' });
      // Without a preference, the best match is the English name.
      expect((await hits('cooperation', { types: ['AGENCY'], lang: 'EN' }))[0]).toMatchObject({ matchedLanguage: 'EN', snippet: 'Belgian Technical [Cooperation]' });
    });

    test('"Enab" finds Enabel as you type (prefix of the last word)', async () => {
      for (const query of ['Enab', 'enab', 'ENABE', 'Enabel']) {
        const [first] = await hits(query);
        expect([query, first!.node.id, first!.snippet]).toEqual([query, BTC, '[Enabel]']);
      }
      // From the second letter on: one letter is a word, not a prefix.
      expect(await ids('En', { types: ['AGENCY'] })).toContain(BTC);
      expect(await ids('E', { types: ['AGENCY'] })).not.toContain(BTC);
    });

    test('"CTB" and "BTC" find the agency that is Enabel today, ranked first, through its acronyms', async () => {
      for (const [query, lang] of [['CTB', 'FR'], ['BTC', 'NL'], ['btc', 'NL']] as const) {
        const [first] = await hits(query, { lang });
        expect(first!.node).toMatchObject({ id: BTC, name: 'Enabel' });
        expect(first).toMatchObject({ matchedField: 'acronym', matchedLanguage: lang, snippet: `[${query.toUpperCase()}]` });
        // An acronym equal to the query adds 1 to the rank.
        expect(first!.rank).toBeGreaterThan(1);
      }
    });

    test('"egouvernance" and "e-governance" find the domain E-governance / E-gouvernance first', async () => {
      const [byCompound] = await hits('egouvernance');
      expect(byCompound!.node.id).toBe(E_GOVERNANCE);
      expect(byCompound).toMatchObject({ matchedField: 'label', matchedLanguage: 'FR', snippet: 'E-gouvernance' });
      const [byHyphen] = await hits('e-governance', { lang: 'EN' });
      expect(byHyphen).toMatchObject({ matchedField: 'label', matchedLanguage: 'EN', snippet: '[E]-[governance]' });
      expect(byHyphen!.node.id).toBe(E_GOVERNANCE);
      expect((await hits('E-GOUVERNANCE'))[0]!.node.id).toBe(E_GOVERNANCE);
    });

    test('stems each language with its own rules', async () => {
      const cases: Array<[string, string, string]> = [
        ['overeenkomsten', FEDICT_BTC, 'NL'],
        ['conventions', FEDICT_BTC, 'FR'],
        ['agreements', BOSA_BTC, 'EN'],
        ['Kooperationsabkommens', BOSA_BTC, 'DE'],
      ];
      for (const [query, expected, lang] of cases) {
        const found = await hits(query, { types: ['AGREEMENT'] });
        expect([query, found.map((h) => h.node.id).includes(expected)]).toEqual([query, true]);
        expect([query, found.find((h) => h.node.id === expected)!.matchedLanguage]).toEqual([query, lang]);
      }
      // Without stemming these words would not match: the stored words differ.
      expect(await ids('agreementz')).toEqual([]);
    });

    test('matches words across the fields of one language, and references and codes in every language', async () => {
      expect(await ids('Fedict BTC e-government', { types: ['AGREEMENT'] })).toEqual([FEDICT_BTC]);
      expect(await ids('BOSA-BTC-2017')).toContain(BOSA_BTC);
      expect((await hits('BOSA-BTC-2017'))[0]).toMatchObject({ matchedField: 'reference', snippet: '[BOSA]-[BTC]-[2017]' });
      expect((await hits('MOZ', { types: ['COUNTRY'] }))[0]!.node.id).toBe(MOZAMBIQUE);
      expect((await hits('0264.814.354'))[0]!.node.id).toBe(BTC);
    });
  });

  describe('ranks', () => {
    test('"BOSA": the agency above the agreement whose reference names it, and both above sources that mention it', async () => {
      const found = await hits('BOSA');
      expect(found.slice(0, 2).map((h) => h.node.id)).toEqual([BOSA, BOSA_BTC]);
      expect(found.slice(2).map((h) => h.node.__typename)).toEqual(['Source', 'Source', 'Source']);
      const ranks = found.map((h) => h.rank);
      expect([...ranks].sort((a, b) => b - a)).toEqual(ranks);
      expect(ranks[0]).toBeGreaterThan(ranks[1]!);
    });

    test('"Moz": the country Mozambique, then the mission in it, then the source listing it', async () => {
      const found = await hits('Moz');
      expect(found.map((h) => h.node.id).slice(0, 2)).toEqual([MOZAMBIQUE, MOZAMBIQUE_MISSION]);
      expect(found.map((h) => h.node.__typename)).toEqual(['Country', 'Mission', 'Source']);
      expect(found[1]!.snippet).toBe('Concrete e-government actions in [Mozambique] (under consideration)');
    });

    test('long texts give fragments around the match', async () => {
      const source = (await hits('veertien partnerlanden', { types: ['SOURCE'] }))[0]!;
      expect(source.matchedField).toBe('excerpt');
      expect(source.snippet).toContain('[veertien] [partnerlanden]');
      expect(source.snippet!.length).toBeLessThan(300);
    });
  });

  describe('filters and pages', () => {
    test('types restricts the node types, and totalCount counts nodes, not documents', async () => {
      const all = await search('BOSA');
      expect(all.totalCount).toBe(5);
      const sources = await search('BOSA', { types: ['SOURCE'] });
      expect(sources.totalCount).toBe(3);
      expect(sources.edges.map((e) => e.node.node.__typename)).toEqual(['Source', 'Source', 'Source']);
      const two = await search('BOSA', { types: ['AGREEMENT', 'AGENCY', 'AGENCY'] });
      expect(two.edges.map((e) => e.node.node.id)).toEqual([BOSA, BOSA_BTC]);
      expect(two.totalCount).toBe(2);
      expect((await badInput({ query: 'BOSA', types: [] })).extensions?.argument).toBe('types');
    });

    test('pages forwards and backwards with stable, opaque cursors', async () => {
      const whole = await search('de', { first: 100 });
      expect(whole.totalCount).toBeGreaterThanOrEqual(15);
      expect(whole.edges).toHaveLength(Math.min(whole.totalCount, 100));
      const order = whole.edges.map((e) => e.node.node.id);
      expect(new Set(order).size).toBe(order.length);
      // Some hits tie on rank, so pages depend on the type-and-ID tie-break too.
      const ranks = whole.edges.map((e) => e.node.rank);
      expect(new Set(ranks).size).toBeLessThan(ranks.length);

      const forward: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 50; pages += 1) {
        const page: SearchPage = await search('de', { first: 7, after });
        forward.push(...page.edges.map((e) => e.node.node.id));
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
        expect(after).not.toMatch(/Agency|Agreement|[0-9a-f]{8}-/);
      }
      expect(forward).toEqual(order);

      const last = await search('de', { first: null, last: 5 });
      expect(last.edges.map((e) => e.node.node.id)).toEqual(order.slice(-5));
      expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
      const before = await search('de', { first: null, last: 5, before: last.pageInfo.startCursor });
      expect(before.edges.map((e) => e.node.node.id)).toEqual(order.slice(-10, -5));
      const between = await search('de', { first: 3, after: whole.edges[3]!.cursor });
      expect(between.edges.map((e) => e.node.node.id)).toEqual(order.slice(4, 7));
    });

    test('page sizes and cursors are checked before anything runs', async () => {
      expect((await refusedBeforeRun({ query: 'BOSA', first: null })).message).toMatch(/first.*last/);
      expect((await refusedBeforeRun({ query: 'BOSA', first: 101 })).extensions?.argument).toBe('first');
      expect((await refusedBeforeRun({ query: 'BOSA', first: -1 })).extensions?.argument).toBe('first');
      expect((await badInput({ query: 'BOSA', after: 'bm90IGEgY3Vyc29y' })).extensions?.argument).toBe('after');
      const cursor = (await search('BOSA')).edges[0]!.cursor;
      expect((await badInput({ query: 'BTC', after: cursor })).message).toMatch(/another search/);
      expect((await badInput({ query: 'BOSA', types: ['SOURCE'], after: cursor })).message).toMatch(/another search/);
      expect((await search('BOSA', { first: 0 })).edges).toEqual([]);
    });
  });

  describe('refuses or survives hostile input, never with a 500', () => {
    test('empty, blank, too long or word-less queries are BAD_USER_INPUT', async () => {
      for (const query of ['', '   ', '\t\n', '&|!():*\\\'"', '\u0000', 'x'.repeat(201), Array.from({ length: 21 }, (_, i) => `w${i}`).join(' ')]) {
        const error = await badInput({ query });
        expect(error.extensions?.argument).toBe('query');
      }
      expect((await search('x'.repeat(200))).totalCount).toBe(0);
    });

    test('tsquery operators, quotes, backslashes and NUL are plain separators', async () => {
      for (const query of ['BOSA & BTC', 'BOSA | BTC', '!BOSA', 'BOSA:*', '(BOSA)', "'BOSA'", 'BOSA\\', '"BOSA" <-> BTC', 'BOSA\u0000BTC', "BOSA' | 'x"]) {
        const response = await run({ query });
        expect([query, response.status, response.body.errors]).toEqual([query, 200, undefined]);
        expect([query, response.body.data!.search.edges.length]).toEqual([query, expect.any(Number)]);
      }
      // Words are ANDed whatever the operators between them.
      expect(await ids('BOSA | BTC', { types: ['AGREEMENT'] })).toEqual(await ids('BOSA BTC', { types: ['AGREEMENT'] }));
      expect(await ids('BOSA\u0000BTC', { types: ['AGREEMENT'] })).toEqual([BOSA_BTC]);
      const mark = await server.gql(`{ search(query: "BOSA", first: 1) { nodes { snippet(highlightStart: "${'<'.repeat(21)}") } } }`);
      expect(mark.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const custom = await server.data<{ search: { nodes: Array<{ snippet: string }> } }>(
        `{ search(query: "CTB", first: 1) { nodes { snippet(highlightStart: "<mark>", highlightEnd: "</mark>") } } }`,
      );
      expect(custom.search.nodes[0]!.snippet).toBe('<mark>CTB</mark>');
    });
  });

  test('never searches personal data: e-mail addresses and phone numbers', async () => {
    // The person is found by name ...
    expect((await hits('Druart')).map((h) => h.node.familyName)).toEqual(['Druart']);
    expect((await hits('Jacques Druart'))[0]).toMatchObject({ matchedField: 'name', matchedLanguage: null, snippet: '[Jacques] [Druart]' });
    // ... never by e-mail address or phone number.
    for (const query of ['jacques.druart@p-o.belgium.be', 'p-o.belgium.be', '+32 479 85 72 09', '479 85 72 09', '479', 'jeanine.simbizi@btcctb.org', 'btcctb', '505 37 58']) {
      expect([query, (await search(query)).totalCount]).toEqual([query, 0]);
    }
    const leaked = await server.app.db.dataSource.query(
      `SELECT count(*)::int AS n FROM search_document WHERE fields::text ~ '@|479|505 37' OR document::text ~ '@|479' OR plain::text ~ '@|479'`,
    );
    expect(leaked[0].n).toBe(0);
  });

  test('writes through SQL, by anyone, are found right after (triggers)', async () => {
    const ds = server.app.db.dataSource;
    const agency = randomUUID();
    await ds.query(`INSERT INTO agency (id, kind) VALUES ($1, 'ministry')`, [agency]);
    await ds.query(`INSERT INTO agency_name (agency_id, lang, name, acronym) VALUES ($1, 'fr', 'Ministère de la Qwertz', 'MQZ')`, [agency]);
    const agencyGid = toGlobalId('Agency', agency);
    expect(await ids('qwertz')).toEqual([agencyGid]);
    expect((await hits('MQZ'))[0]).toMatchObject({ matchedField: 'acronym', matchedLanguage: 'FR' });

    await ds.query(`UPDATE agency_name SET name = 'Ministère du Zyxwv' WHERE agency_id = $1`, [agency]);
    expect(await ids('qwertz')).toEqual([]);
    expect(await ids('ministere zyxwv')).toEqual([agencyGid]);

    await ds.query(`UPDATE agreement SET title = title || '{"en": "Qwertz agreement"}' WHERE reference = 'BOSA-BTC-2017'`);
    expect(await ids('qwertz')).toEqual([BOSA_BTC]);

    await ds.query(`UPDATE person SET email = 'zyxwv@example.org' WHERE family_name = 'Druart'`);
    expect(await ids('zyxwv')).toEqual([agencyGid]);

    await ds.query(`DELETE FROM agency_name WHERE agency_id = $1`, [agency]);
    await ds.query(`DELETE FROM agency WHERE id = $1`, [agency]);
    expect(await ids('zyxwv')).toEqual([]);
    const left = await ds.query(`SELECT count(*)::int AS n FROM search_document WHERE node_id = $1`, [agency]);
    expect(left[0].n).toBe(0);
  });

  test('results are the same on both databases (collected here, compared below)', async () => {
    const results: Record<string, unknown> = {};
    for (const query of SAME_EVERYWHERE) {
      const page = await search(query, { lang: 'EN' });
      results[query] = { total: page.totalCount, hits: page.edges.map((e) => [e.node.node.id, e.node.rank, e.node.matchedField, e.node.matchedLanguage, e.node.snippet]) };
    }
    resultsByKind.set(kind, results);
    expect(Object.keys(results)).toHaveLength(SAME_EVERYWHERE.length);
  });

  test('the statements of a search do not grow with the number of hits', async () => {
    await generateSynthetic(server.app.db.dataSource, { scale: 0.02, seed: 3 });
    const query = `query($first: Int!, $types: [SearchableType!]) {
      search(query: "a", types: $types, first: $first) {
        totalCount
        nodes { rank snippet matchedField node { __typename id ... on Mission { reference } ... on Agreement { reference } ... on Agency { kind } } }
      }
    }`;
    type Result = { search: { totalCount: number; nodes: Hit[] } };
    const missions: number[] = [];
    for (const first of [2, 20, 100]) {
      const response = await server.gql<Result>(query, { first, types: ['MISSION'] });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.search.nodes).toHaveLength(first);
      expect(response.body.data!.search.totalCount).toBeGreaterThan(100);
      missions.push(response.body.extensions!.sqlStatements!);
    }
    // The hits, totalCount, and the missions through their loader: 3, for 2 hits as for 100.
    expect(missions).toEqual([3, 3, 3]);

    // Over every type: one more statement per node type on the page, never one per hit.
    for (const first of [2, 20, 100]) {
      const response = await server.gql<Result>(query, { first });
      expect(response.body.errors).toBeUndefined();
      const types = new Set(response.body.data!.search.nodes.map((n) => n.node.__typename));
      expect([first, response.body.extensions!.sqlStatements]).toEqual([first, 2 + types.size]);
    }
  });
});

describe('search across databases', () => {
  const both = databaseKinds().length > 1 ? test : test.skip;
  both('gives the same hits, ranks and snippets on PostgreSQL 15 and on the embedded database', () => {
    expect(resultsByKind.get('postgres')).toEqual(resultsByKind.get('embedded'));
  });
});
