import type { DataSource } from 'typeorm';
import { generateSynthetic } from '../synthetic/generate';
import { tryFromGlobalId } from './global-id';
import { databaseKinds, startTestServer, type TestServer } from '../test/harness';

/** Pages through a whole list with `first`/`after` and returns the IDs in order. */
async function pageThrough(server: TestServer, listQuery: (after: string | null) => string, pick: (data: any) => any, size = 7): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 1000; guard += 1) {
    const connection = pick(await server.data(listQuery(after)));
    ids.push(...connection.nodes.map((n: any) => n.id));
    if (!connection.pageInfo.hasNextPage) return ids;
    after = connection.pageInfo.endCursor;
    expect(connection.nodes).toHaveLength(size);
  }
  throw new Error('did not finish paging');
}

const count = async (ds: DataSource, sql: string, params: unknown[] = []) => ((await ds.query(sql, params)) as Array<{ n: number }>)[0]!.n;

describe.each(databaseKinds())('analyst queries: filters, ordering, paging and time (%s database)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
    await generateSynthetic(server.app.db.dataSource, { scale: 0.02, seed: 7 });
  });
  afterAll(() => server?.close());

  test('agencies having an agreement in e-governance (the subtree included)', async () => {
    const { agencies } = await server.data(`{ agencies(first: 100, filter: {
        synthetic: false, agreements: { some: { domains: { some: { subtreeOf: "e-governance" } } } } }) { nodes { acronym(lang: EN, asOf: "2017-01-01") } } }`);
    expect(agencies.nodes.map((a: any) => a.acronym).sort()).toEqual(['BTC', 'FPS BOSA', 'Fedict']);
  });

  test('missions under agreements signed in 2017, certainly or possibly', async () => {
    const within = await server.data(`{ missions(first: 10, filter: { synthetic: false, agreement: { signedOn: { within: { from: "2017-01-01", to: "2017-12-31" } } } }) { nodes { reference } } }`);
    expect(within.missions.nodes).toEqual([{ reference: 'BJ-2017-07-HRM' }]);
    const agreements = await server.data(`{ agreements(first: 10, filter: { synthetic: false, signedOn: { overlaps: { from: "2017-01-01", to: "2017-12-31" } } }) { nodes { reference } } }`);
    // The Fedict agreement was signed on an unknown day before June 2017: possibly in 2017.
    expect(agreements.agreements.nodes.map((a: any) => a.reference)).toEqual(['BOSA-BTC-2017', 'FEDICT-BTC-EGOV']);
  });

  test('experts who speak Portuguese and were never on a mission in Mozambique, checked against SQL', async () => {
    const ds = server.app.db.dataSource;
    // Make sure at least one Portuguese speaker did go to Mozambique, so `none` has work to do.
    await ds.query(`INSERT INTO assignment (mission_id, expert_id, role) SELECT (SELECT id FROM mission WHERE reference = 'MZ-EGOV-CONSIDERED'),
      (SELECT id FROM expert WHERE 'pt' = ANY(languages) ORDER BY id LIMIT 1), 'member' ON CONFLICT DO NOTHING`);
    const expected = await count(
      ds,
      `SELECT count(*)::int AS n FROM expert e WHERE 'pt' = ANY(e.languages) AND NOT EXISTS (
         SELECT 1 FROM assignment a JOIN mission m ON m.id = a.mission_id JOIN country c ON c.id = m.country_id WHERE a.expert_id = e.id AND c.iso2 = 'MZ')`,
    );
    const withPt = await count(ds, `SELECT count(*)::int AS n FROM expert e WHERE 'pt' = ANY(e.languages)`);
    expect(withPt).toBeGreaterThan(expected); // some Portuguese speakers did go to Mozambique
    expect(expected).toBeGreaterThan(0);
    const { experts } = await server.data(`{ experts(first: 1, filter: {
        languages: { hasAny: ["pt"] }, missions: { none: { country: { iso2: { eq: "MZ" } } } } }) { totalCount } }`);
    expect(experts.totalCount).toBe(expected);
  });

  test('text filters ignore case and accents and take user text literally', async () => {
    const q = (filter: string) => server.data(`{ agencies(first: 10, filter: ${filter}) { nodes { acronym(lang: FR, asOf: "2017-06-02") } } }`);
    expect((await q('{ name: { contains: "cooperation technique" } }')).agencies.nodes).toEqual([{ acronym: 'CTB' }]);
    expect((await q('{ name: { eq: "ctb" } }')).agencies.nodes).toEqual([{ acronym: 'CTB' }]);
    for (const hostile of ['%', '_', '\\\\', "'; DROP TABLE agency; --", '%_%']) {
      const result = await server.gql(`query($t: String!) { agencies(first: 5, filter: { name: { contains: $t } }) { totalCount } }`, { t: hostile });
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data!.agencies.totalCount).toBe(0);
    }
    const titles = await server.data(`{ agreements(first: 5, filter: { title: { contains: "coopération" } }) { nodes { reference } } }`);
    expect(titles.agreements.nodes.map((a: any) => a.reference)).toContain('BOSA-BTC-2017');
  });

  test('and / or / not and every / none compose', async () => {
    const or = await server.data(`{ agencies(first: 10, filter: { or: [{ name: { eq: "Fedict" } }, { name: { eq: "Empreva" } }] }) { totalCount } }`);
    expect(or.agencies.totalCount).toBe(2);
    const not = await server.data(`{ agencies(first: 100, filter: { synthetic: false, not: { kind: { eq: FEDERAL_PUBLIC_SERVICE } } }) { nodes { kind } } }`);
    expect(not.agencies.nodes.map((a: any) => a.kind).sort()).toEqual(['DEVELOPMENT_AGENCY', 'INTERNAL_SERVICE']);
    const every = await server.data(`{ agreements(first: 10, filter: { synthetic: false, parties: { every: { role: { eq: SIGNATORY } } } }) { nodes { reference } } }`);
    expect(every.agreements.nodes).toEqual([{ reference: 'BOSA-BTC-2017' }]);
    const none = await server.data(`{ agreements(first: 10, filter: { synthetic: false, missions: { none: {} } }) { nodes { reference } } }`);
    expect(none.agreements.nodes).toEqual([{ reference: 'FEDICT-BTC-EGOV' }]);
  });

  test('ordering on several keys pages without gaps or repeats, forward and backward', async () => {
    const ds = server.app.db.dataSource;
    const total = await count(ds, 'SELECT count(*)::int AS n FROM mission');
    const query = (after: string | null) =>
      `{ missions(first: 7, after: ${after ? `"${after}"` : 'null'}, orderBy: [{ field: STATUS }, { field: PLANNED_START, direction: DESC }]) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const forward = await pageThrough(server, query, (d) => d.missions);
    expect(forward).toHaveLength(total);
    expect(new Set(forward).size).toBe(total);
    const expected = ((await ds.query(
      `SELECT id FROM mission ORDER BY status ASC NULLS LAST, lower(planned_start) DESC NULLS FIRST, id DESC`,
    )) as Array<{ id: string }>).map((r) => r.id);
    const { nodes } = await server.data(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Mission { reference } } }`, { ids: forward.slice(0, 20) });
    expect(nodes.every((n: any) => n)).toBe(true);
    const decoded = forward.map((id) => tryFromGlobalId(id)?.id);
    expect(decoded).toEqual(expected);

    const last = await server.data(`{ missions(last: 5, orderBy: [{ field: STATUS }, { field: PLANNED_START, direction: DESC }]) { nodes { id } pageInfo { hasPreviousPage } } }`);
    expect(last.missions.nodes.map((n: any) => n.id)).toEqual(forward.slice(-5));
    expect(last.missions.pageInfo.hasPreviousPage).toBe(true);
  });

  test('nested connections page per parent, with totals per parent', async () => {
    const ds = server.app.db.dataSource;
    const { agencies } = await server.data(`{ agencies(first: 30, filter: { synthetic: true }) { nodes { id agreements(first: 2, orderBy: [{ field: REFERENCE }]) { totalCount nodes { reference } } } } }`);
    let checked = 0;
    for (const agency of agencies.nodes) {
      const id = tryFromGlobalId(agency.id)!.id;
      const refs = ((await ds.query(
        `SELECT a.reference FROM agreement a WHERE EXISTS (SELECT 1 FROM agreement_party p WHERE p.agreement_id = a.id AND p.agency_id = $1) ORDER BY a.reference, a.id`,
        [id],
      )) as Array<{ reference: string }>).map((r) => r.reference);
      expect(agency.agreements.totalCount).toBe(refs.length);
      expect(agency.agreements.nodes.map((a: any) => a.reference)).toEqual(refs.slice(0, 2));
      if (refs.length > 2) checked += 1;
    }
    expect(checked).toBeGreaterThan(0); // some agencies really had more than a page
  });

  test('as of a day: who existed, what they were called, which countries were partners', async () => {
    const on = (day: string) =>
      server.data(`{ agencies(first: 100, asOf: "${day}", filter: { synthetic: false }) { nodes { name(lang: NL) predecessors { name(lang: NL) } } }
                     countries(first: 100, asOf: "${day}", filter: { synthetic: false, isPartnerOn: "${day}" }) { totalCount nodes { isPartner } } }`);
    const y2016 = await on('2016-06-01');
    const names2016 = y2016.agencies.nodes.map((a: any) => a.name);
    expect(names2016).toContain('FOD Informatie- en Communicatietechnologie');
    expect(names2016).toContain('Belgische Technische Coöperatie');
    expect(names2016).not.toContain('Federale Overheidsdienst Beleid en Ondersteuning');
    expect(y2016.countries.totalCount).toBe(14);

    const y2018 = await on('2018-06-01');
    const names2018 = y2018.agencies.nodes.map((a: any) => a.name);
    expect(names2018).not.toContain('FOD Informatie- en Communicatietechnologie');
    expect(names2018).toContain('Enabel');
    const bosa = y2018.agencies.nodes.find((a: any) => a.name === 'Federale Overheidsdienst Beleid en Ondersteuning');
    expect(bosa.predecessors).toHaveLength(4);

    const y2014 = await on('2014-06-01');
    expect(y2014.countries.totalCount).toBe(0); // decided in May 2015
  });

  test('bad arguments are refused before running, with a sentence', async () => {
    const backwards = await server.gql(`{ agreements(first: 5, filter: { signedOn: { within: { from: "2018-01-01", to: "2017-01-01" } } }) { totalCount } }`);
    expect(backwards.body.errors![0]).toMatchObject({ message: 'The period 2018-01-01 to 2017-01-01 ends before it starts.', extensions: { code: 'BAD_USER_INPUT' } });
    const badId = await server.gql(`{ agencies(first: 5, filter: { id: { eq: "nope" } }) { totalCount } }`);
    expect(badId.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const nestedPage = await server.gql(`{ agencies(first: 2) { nodes { agreements { totalCount } } } }`);
    expect(nestedPage.status).toBe(400);
    expect(nestedPage.body.errors![0]!.message).toBe('Give `first` or `last` (at most 100) to page through `agreements`.');
    const viaFragment = await server.gql(`query($n: Int!) { agencies(first: 2) { nodes { ...A } } } fragment A on Agency { experts(first: $n) { totalCount } }`, { n: 500 });
    expect(viaFragment.status).toBe(400);
    expect(viaFragment.body.errors![0]!.message).toBe('`first` on `experts` must be between 0 and 100; got 500.');
  });
});
