import { toGlobalId } from '../graphql/global-id';
import { seedId } from '../seed/ids';
import { databaseKinds, startTestServer, type TestServer } from '../test/harness';

const agencyId = (key: string) => toGlobalId('Agency', seedId(`agency:${key}`));

describe.each(databaseKinds())('the seed graph over HTTP (%s database)', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  test('the Benin mission is reachable from BOSA through the 2017 agreement, and back', async () => {
    const { node } = await server.data(
      `query($id: ID!) { node(id: $id) { ... on Agency { name(lang: NL) agreements(first: 10) { nodes { reference signedOn { iso } missions(first: 10) { nodes { reference status country { iso2 } plannedStart { precision iso text(lang: NL) } } } } } } } }`,
      { id: agencyId('bosa') },
    );
    expect(node.name).toBe('Federale Overheidsdienst Beleid en Ondersteuning');
    const agreement = node.agreements.nodes.find((a: any) => a.reference === 'BOSA-BTC-2017');
    expect(agreement.signedOn.iso).toBe('2017-06-02');
    expect(agreement.missions.nodes).toEqual([
      { reference: 'BJ-2017-07-HRM', status: 'PLANNED', country: { iso2: 'BJ' }, plannedStart: { precision: 'MONTH', iso: '2017-07', text: 'juli 2017' } },
    ]);

    const { mission } = await server.data(
      `{ mission(reference: "BJ-2017-07-HRM") { agreement { parties { role agency { id } } } country { missions(first: 10) { nodes { reference } } } domains { key parent { key } } } }`,
    );
    expect(mission.agreement.parties.map((p: any) => p.agency.id).sort()).toEqual([agencyId('bosa'), agencyId('btc')].sort());
    expect(mission.agreement.parties.every((p: any) => p.role === 'SIGNATORY')).toBe(true);
    expect(mission.country.missions.nodes.map((m: any) => m.reference)).toContain('BJ-2017-07-HRM');
    expect(mission.domains).toEqual([{ key: 'human-resources-management', parent: { key: 'public-administration' } }]);
  });

  test('the agency called BTC in 2017 is called Enabel from 2018: one agency, dated names', async () => {
    const { node } = await server.data(
      `query($id: ID!) { node(id: $id) { id ... on Agency {
          kboNumber iatiOrgId
          nl2017: name(lang: NL, asOf: "2017-06-02") acr2017: acronym(lang: NL, asOf: "2017-06-02")
          fr2017: name(lang: FR, asOf: "2017-12-31") frAcr2017: acronym(lang: FR, asOf: "2017-12-31")
          nl2018: name(lang: NL, asOf: "2018-01-01") now: name
          names { lang name validFrom validUntil }
      } } }`,
      { id: agencyId('btc') },
    );
    expect(node).toMatchObject({
      kboNumber: '0264.814.354',
      iatiOrgId: 'BE-BCE_KBO-0264814354',
      nl2017: 'Belgische Technische Coöperatie',
      acr2017: 'BTC',
      fr2017: 'Coopération Technique Belge',
      frAcr2017: 'CTB',
      nl2018: 'Enabel',
      now: 'Enabel',
    });
    expect(node.names.filter((n: any) => n.name === 'Enabel').every((n: any) => n.validFrom === '2018-01-01')).toBe(true);
    // The agreement signed in 2017 names the same agency, whatever it is called now.
    const { agreement } = await server.data(`{ agreement(reference: "BOSA-BTC-2017") { agencies { id name(asOf: "2017-06-02") } } }`);
    expect(agreement.agencies).toContainEqual({ id: agencyId('btc'), name: 'Belgian Technical Cooperation' });
  });

  test("BOSA's predecessors are the four former services, merged on 2017-03-01, and each names BOSA as successor", async () => {
    const { node } = await server.data(
      `query($id: ID!) { node(id: $id) { ... on Agency { existedFrom predecessors { id name(lang: NL) existedUntil successors { id } }
         predecessorLinks { kind occurredOn legalBasis sources { key } } } } }`,
      { id: agencyId('bosa') },
    );
    expect(node.existedFrom).toBe('2017-03-01');
    expect(node.predecessors.map((p: any) => p.name).sort()).toEqual([
      'Empreva',
      'FOD Budget en Beheerscontrole',
      'FOD Informatie- en Communicatietechnologie',
      'FOD Personeel en Organisatie',
    ]);
    for (const predecessor of node.predecessors) {
      expect(predecessor.existedUntil).toBe('2017-02-28');
      expect(predecessor.successors).toEqual([{ id: agencyId('bosa') }]);
    }
    expect(node.predecessorLinks).toHaveLength(4);
    for (const link of node.predecessorLinks) {
      expect(link).toMatchObject({ kind: 'MERGED_INTO', occurredOn: '2017-03-01', legalBasis: 'Koninklijk besluit van 22 februari 2017' });
      expect(link.sources.map((s: any) => s.key)).toContain('royal-decree-2017-02-22-bosa');
    }
  });

  test('the fourteen partner countries, both ways', async () => {
    const { countries } = await server.data(`{ countries(first: 100) { totalCount nodes { iso2 isPartner(on: "2017-06-02") partnerDesignations { programme decidedOn { iso precision } } } } }`);
    const partners = countries.nodes.filter((c: any) => c.isPartner).map((c: any) => c.iso2).sort();
    expect(partners).toEqual(['BF', 'BI', 'BJ', 'CD', 'GN', 'MA', 'ML', 'MZ', 'NE', 'PS', 'RW', 'SN', 'TZ', 'UG']);
    expect(countries.nodes.find((c: any) => c.iso2 === 'BE').isPartner).toBe(false);
    expect(countries.nodes.find((c: any) => c.iso2 === 'MZ').partnerDesignations).toEqual([
      { programme: 'Belgian governmental cooperation', decidedOn: { iso: '2015-05', precision: 'MONTH' } },
    ]);

    const { agreement } = await server.data(`{ agreement(reference: "BOSA-BTC-2017") { countries { iso2 } } }`);
    expect(agreement.countries.map((c: any) => c.iso2).sort()).toEqual(partners);
    const { country } = await server.data(`{ country(code: "bj") { name(lang: FR) agreements(first: 5) { nodes { reference } } } }`);
    expect(country).toEqual({ name: 'Bénin', agreements: { nodes: [{ reference: 'BOSA-BTC-2017' }] } });
  });

  test('domains: the tree, codes, and agreements and missions both ways', async () => {
    const { domain } = await server.data(
      `{ domain(key: "e-governance") { dacCodes label(lang: FR) parent { key } children { key } agreements(first: 10) { nodes { reference domains { key } } } missions(first: 10) { nodes { reference status plannedStart { iso } } } } }`,
    );
    expect(domain.dacCodes).toEqual(['15110', '22040']);
    expect(domain.label).toBe('E-gouvernance');
    expect(domain.parent).toEqual({ key: 'public-administration' });
    expect(domain.children.map((c: any) => c.key).sort()).toEqual(['e-government-strategy', 'electronic-identity', 'infrastructure-security', 'national-register']);
    expect(domain.agreements.nodes.map((a: any) => a.reference)).toEqual(['FEDICT-BTC-EGOV']);
    expect(domain.agreements.nodes[0].domains.map((d: any) => d.key)).toContain('e-governance');
    // Mozambique: actions under consideration, with no date in the source.
    expect(domain.missions.nodes).toEqual([{ reference: 'MZ-EGOV-CONSIDERED', status: 'CONSIDERED', plannedStart: null }]);
    const { domain: climate } = await server.data(`{ domain(key: "climate-change") { dacCodes policyMarkers } }`);
    expect(climate).toEqual({ dacCodes: [], policyMarkers: [6, 7] });
  });

  test('the Fedict agreement: signed on an unknown day before 2 June 2017, carried on by BOSA', async () => {
    const { agreement } = await server.data(
      `{ agreement(reference: "FEDICT-BTC-EGOV") { signedOn { precision earliest latest iso en: text(lang: EN) nl: text(lang: NL) } parties { role agency { name(lang: EN, asOf: "2017-01-01") } } } }`,
    );
    expect(agreement.signedOn).toEqual({
      precision: 'UNKNOWN',
      earliest: null,
      latest: '2017-06-01',
      iso: null,
      en: 'unknown (before 2 June 2017)',
      nl: 'onbekend (vóór 2 juni 2017)',
    });
    expect(agreement.parties.map((p: any) => `${p.role} ${p.agency.name}`).sort()).toEqual([
      'IMPLEMENTING Federal Public Service Policy and Support',
      'SIGNATORY Belgian Technical Cooperation',
      'SIGNATORY FPS Information and Communication Technology',
    ]);
  });

  test('people, their affiliations, and their agencies both ways', async () => {
    const { people } = await server.data(`{ people(first: 10) { totalCount nodes { name affiliations { position(lang: NL) agency { acronym(lang: NL, asOf: "2017-06-02") } } } } }`);
    expect(people.totalCount).toBe(4);
    const boon = people.nodes.find((p: any) => p.name === 'Alfons Boon');
    expect(boon.affiliations).toEqual([{ position: 'Voorzitter', agency: { acronym: 'FOD BOSA' } }]);
    const { node } = await server.data(`query($id: ID!) { node(id: $id) { ... on Agency { affiliations(first: 10) { nodes { person { name } } } } } }`, { id: agencyId('btc') });
    expect(node.affiliations.nodes.map((a: any) => a.person.name).sort()).toEqual(['Carl Michiels', 'Jeanine Simbizi']);
  });

  test('every node cites its sources, and each source lists what cites it', async () => {
    const { source } = await server.data(`{ source(key: "press-release-2017-06-bosa-btc") { kind language publishedOn { iso } citedBy(first: 100) { totalCount nodes { subject { __typename id } } } } }`);
    expect(source.kind).toBe('PRESS_RELEASE');
    expect(source.publishedOn.iso).toBe('2017-06');
    expect(source.citedBy.totalCount).toBe(source.citedBy.nodes.length);
    const types = new Set(source.citedBy.nodes.map((c: any) => c.subject?.__typename).filter(Boolean));
    for (const type of ['Agency', 'Agreement', 'AgreementParty', 'Mission', 'Domain', 'Person', 'Affiliation', 'AgencyLineage', 'PartnerDesignation']) {
      expect(types).toContain(type);
    }
    const { mission } = await server.data(`{ mission(reference: "BJ-2017-07-HRM") { sources { key } citations { quote source { key } } } }`);
    expect(mission.sources).toEqual([{ key: 'press-release-2017-06-bosa-btc' }]);
    expect(mission.citations[0].quote).toContain('In juli 2017');
  });

  test('localized text follows Accept-Language, then falls back to en, nl, fr, de', async () => {
    const query = `{ agreement(reference: "FEDICT-BTC-EGOV") { title } mission(reference: "BJ-2017-07-HRM") { title } }`;
    const fr = await server.data(query, undefined, { 'accept-language': 'fr-BE,fr;q=0.9,en;q=0.5' });
    expect(fr.agreement.title).toBe("Convention entre Fedict et la CTB pour la mise en place de systèmes d'e-gouvernance et d'e-gouvernement");
    // No German title: English comes first in the fallback order.
    const de = await server.data(query, undefined, { 'accept-language': 'de' });
    expect(de.agreement.title).toBe('Agreement between Fedict and BTC on setting up e-governance and e-government systems');
    const none = await server.data(query);
    expect(none.mission.title).toMatch(/^Support mission/);
    const explicit = await server.data(`{ mission(reference: "BJ-2017-07-HRM") { title(lang: NL) titleTranslations { lang } } }`, undefined, { 'accept-language': 'fr' });
    expect(explicit.mission.title).toMatch(/^Ondersteuningsmissie/);
    expect(explicit.mission.titleTranslations.map((t: any) => t.lang)).toEqual(['NL', 'FR', 'EN']);
  });
});
