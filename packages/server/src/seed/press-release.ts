/**
 * The seed data: every fact of ../shared/seed/FACTS.md, each record citing where it
 * comes from. Dates keep their known precision; what the sources leave unknown stays
 * unknown (null, or a fuzzy date with only the bounds that are known).
 */
import { fuzzyDay, fuzzyMonth, fuzzyUnknown, type StoredFuzzyDate } from '../graphql/fuzzy-date';
import { seedId } from './ids';

export interface SeedCitation {
  source: string;
  locator?: string;
  quote?: string;
}

export interface SeedRecord {
  /** Table the row goes to. */
  table: string;
  /** GraphQL type name, recorded in citations and history. */
  type: string;
  /** Stable key: the row's ID is derived from it. */
  key: string;
  /** Column values (snake_case), without id. */
  row: Record<string, unknown>;
  cites: SeedCitation[];
}

const PRESS = 'press-release-2017-06-bosa-btc';
const DECREE = 'royal-decree-2017-02-22-bosa';
const KBO = 'kbo-bce-public-search';
const IATI_REGISTRY = 'iati-registry-enabel';
const ISO_3166 = 'iso-3166-1';
const DAC_CRS = 'oecd-dac-crs-purpose-codes';
const IATI_CODELISTS = 'iati-codelists-2-03';
const PARTNER_DECISION = 'belgian-partner-countries-2015';

const records: SeedRecord[] = [];
const id = (key: string) => seedId(key);
const fuzzy = (prefix: string, value: StoredFuzzyDate | null) =>
  value ? { [prefix]: value.range, [`${prefix}_precision`]: value.precision } : { [prefix]: null, [`${prefix}_precision`]: null };

function add(table: string, type: string, key: string, row: Record<string, unknown>, cites: SeedCitation[]): string {
  records.push({ table, type, key, row, cites });
  return id(key);
}

// --- Sources -------------------------------------------------------------------------

const PRESS_TITLE =
  'Federale Overheidsdienst Beleid en Ondersteuning (BOSA) en Belgisch ontwikkelingsagentschap BTC ondertekenen samenwerkingsakkoord';
const PRESS_EXCERPT =
  'Op 2 juni 2017 ondertekenden de Federale Overheidsdienst Beleid en Ondersteuning (BOSA) en het Belgisch ontwikkelingsagentschap BTC een samenwerkingsakkoord met als doel de Belgische publieke expertise te mobiliseren om de gouvernementele samenwerking met de veertien partnerlanden te versterken.';

const sources: Array<[string, Record<string, unknown>]> = [
  [PRESS, { kind: 'press_release', title: PRESS_TITLE, publisher: null, ...fuzzy('published', fuzzyMonth(2017, 6)), language: 'nl', url: null, excerpt: PRESS_EXCERPT }],
  [DECREE, { kind: 'legal_text', title: 'Koninklijk besluit van 22 februari 2017 tot oprichting van de Federale Overheidsdienst Beleid en Ondersteuning', publisher: 'Belgisch Staatsblad / Moniteur belge', ...fuzzy('published', null), language: 'nl', url: null, excerpt: 'Creates the FPS Policy and Support (BOSA) on 1 March 2017 from FPS Personnel and Organisation, FPS Budget and Management Control, Fedict and Empreva.' }],
  [KBO, { kind: 'registry', title: 'Kruispuntbank van Ondernemingen / Banque-Carrefour des Entreprises: public search', publisher: 'FOD Economie / SPF Economie', ...fuzzy('published', null), language: null, url: null, excerpt: 'Enterprise numbers 0671.516.647 (BOSA) and 0264.814.354 (BTC, renamed Enabel on 1 January 2018, the same legal entity).' }],
  [IATI_REGISTRY, { kind: 'registry', title: 'IATI Registry: publisher enabel', publisher: 'International Aid Transparency Initiative', ...fuzzy('published', null), language: 'en', url: null, excerpt: 'Organisation identifier BE-BCE_KBO-0264814354, organisation type 10 (Government).' }],
  [ISO_3166, { kind: 'codelist', title: 'ISO 3166-1: codes for the representation of names of countries', publisher: 'International Organization for Standardization', ...fuzzy('published', null), language: 'en', url: null, excerpt: null }],
  [DAC_CRS, { kind: 'codelist', title: 'OECD DAC CRS purpose codes (IATI Sector vocabulary 1)', publisher: 'OECD Development Assistance Committee', ...fuzzy('published', null), language: 'en', url: null, excerpt: null }],
  [IATI_CODELISTS, { kind: 'codelist', title: 'IATI Standard 2.03 codelists: OrganisationType, OrganisationRole, PolicyMarker', publisher: 'International Aid Transparency Initiative', ...fuzzy('published', null), language: 'en', url: null, excerpt: null }],
  [PARTNER_DECISION, { kind: 'legal_text', title: 'The fourteen partner countries of Belgian governmental cooperation (decision of May 2015, in force in 2017)', publisher: 'Belgian federal government', ...fuzzy('published', fuzzyMonth(2015, 5)), language: 'en', url: null, excerpt: 'Benin, Burkina Faso, Burundi, DR Congo, Guinea, Mali, Morocco, Mozambique, Niger, Palestine, Rwanda, Senegal, Tanzania, Uganda.' }],
];
for (const [key, row] of sources) add('source', 'Source', `source:${key}`, { key, ...row }, []);

// --- Countries and partner designations -------------------------------------------------

const countries: Array<[string, string, string, Record<string, string>, boolean]> = [
  ['BE', 'BEL', '056', { nl: 'België', fr: 'Belgique', en: 'Belgium', de: 'Belgien' }, false],
  ['BJ', 'BEN', '204', { nl: 'Benin', fr: 'Bénin', en: 'Benin', de: 'Benin' }, true],
  ['BF', 'BFA', '854', { nl: 'Burkina Faso', fr: 'Burkina Faso', en: 'Burkina Faso', de: 'Burkina Faso' }, true],
  ['BI', 'BDI', '108', { nl: 'Burundi', fr: 'Burundi', en: 'Burundi', de: 'Burundi' }, true],
  ['CD', 'COD', '180', { nl: 'Democratische Republiek Congo', fr: 'République démocratique du Congo', en: 'Democratic Republic of the Congo', de: 'Demokratische Republik Kongo' }, true],
  ['GN', 'GIN', '324', { nl: 'Guinee', fr: 'Guinée', en: 'Guinea', de: 'Guinea' }, true],
  ['ML', 'MLI', '466', { nl: 'Mali', fr: 'Mali', en: 'Mali', de: 'Mali' }, true],
  ['MA', 'MAR', '504', { nl: 'Marokko', fr: 'Maroc', en: 'Morocco', de: 'Marokko' }, true],
  ['MZ', 'MOZ', '508', { nl: 'Mozambique', fr: 'Mozambique', en: 'Mozambique', de: 'Mosambik' }, true],
  ['NE', 'NER', '562', { nl: 'Niger', fr: 'Niger', en: 'Niger', de: 'Niger' }, true],
  ['PS', 'PSE', '275', { nl: 'Palestina', fr: 'Palestine', en: 'Palestine', de: 'Palästina' }, true],
  ['RW', 'RWA', '646', { nl: 'Rwanda', fr: 'Rwanda', en: 'Rwanda', de: 'Ruanda' }, true],
  ['SN', 'SEN', '686', { nl: 'Senegal', fr: 'Sénégal', en: 'Senegal', de: 'Senegal' }, true],
  ['TZ', 'TZA', '834', { nl: 'Tanzania', fr: 'Tanzanie', en: 'Tanzania', de: 'Tansania' }, true],
  ['UG', 'UGA', '800', { nl: 'Oeganda', fr: 'Ouganda', en: 'Uganda', de: 'Uganda' }, true],
];
export const PARTNER_COUNTRY_CODES = countries.filter(([, , , , partner]) => partner).map(([iso2]) => iso2);

for (const [iso2, iso3, isoNumeric, name, partner] of countries) {
  const countryId = add('country', 'Country', `country:${iso2}`, { iso2, iso3, iso_numeric: isoNumeric, name }, [{ source: ISO_3166 }]);
  if (partner) {
    add(
      'partner_designation',
      'PartnerDesignation',
      `partner:${iso2}:belgian-governmental-cooperation`,
      {
        country_id: countryId,
        programme: 'Belgian governmental cooperation',
        ...fuzzy('decided', fuzzyMonth(2015, 5)),
        // In force in 2017; the first day is not in the sources.
        valid_from: null,
        valid_until: null,
      },
      [{ source: PARTNER_DECISION }, { source: PRESS, quote: 'de veertien partnerlanden' }],
    );
  }
}
const country = (iso2: string) => id(`country:${iso2}`);

// --- Agencies ---------------------------------------------------------------------------

interface AgencySeed {
  key: string;
  kind: string;
  kbo?: string;
  iati?: string;
  existedFrom?: string;
  existedUntil?: string;
  names: Array<{ lang: string; name: string; acronym?: string; from?: string; until?: string }>;
  cites: SeedCitation[];
}

const MERGER_DAY = '2017-03-01';
const LAST_DAY_BEFORE_MERGER = '2017-02-28';

const agencies: AgencySeed[] = [
  {
    key: 'bosa',
    kind: 'federal_public_service',
    kbo: '0671.516.647',
    iati: 'BE-BCE_KBO-0671516647',
    existedFrom: MERGER_DAY,
    names: [
      { lang: 'nl', name: 'Federale Overheidsdienst Beleid en Ondersteuning', acronym: 'FOD BOSA', from: MERGER_DAY },
      { lang: 'fr', name: 'Service public fédéral Stratégie et Appui', acronym: 'SPF BOSA', from: MERGER_DAY },
      { lang: 'de', name: 'Föderaler Öffentlicher Dienst Politik und Unterstützung', acronym: 'FÖD BOSA', from: MERGER_DAY },
      { lang: 'en', name: 'Federal Public Service Policy and Support', acronym: 'FPS BOSA', from: MERGER_DAY },
    ],
    cites: [{ source: PRESS, quote: 'Federale Overheidsdienst Beleid en Ondersteuning (BOSA)' }, { source: DECREE }, { source: KBO }],
  },
  {
    key: 'fod-po',
    kind: 'federal_public_service',
    existedUntil: LAST_DAY_BEFORE_MERGER,
    names: [
      { lang: 'nl', name: 'FOD Personeel en Organisatie', acronym: 'FOD P&O', until: LAST_DAY_BEFORE_MERGER },
      { lang: 'fr', name: 'SPF Personnel et Organisation', until: LAST_DAY_BEFORE_MERGER },
      { lang: 'en', name: 'FPS Personnel and Organisation', until: LAST_DAY_BEFORE_MERGER },
    ],
    cites: [{ source: PRESS, quote: 'de vroegere FOD Personeel en Organisatie' }, { source: DECREE }],
  },
  {
    key: 'fod-bb',
    kind: 'federal_public_service',
    existedUntil: LAST_DAY_BEFORE_MERGER,
    names: [
      { lang: 'nl', name: 'FOD Budget en Beheerscontrole', acronym: 'FOD B&B', until: LAST_DAY_BEFORE_MERGER },
      { lang: 'fr', name: 'SPF Budget et Contrôle de la Gestion', until: LAST_DAY_BEFORE_MERGER },
      { lang: 'en', name: 'FPS Budget and Management Control', until: LAST_DAY_BEFORE_MERGER },
    ],
    cites: [{ source: PRESS, quote: 'de FOD Budget en Beheerscontrole' }, { source: DECREE }],
  },
  {
    key: 'fedict',
    kind: 'federal_public_service',
    existedUntil: LAST_DAY_BEFORE_MERGER,
    names: [
      { lang: 'nl', name: 'FOD Informatie- en Communicatietechnologie', acronym: 'Fedict', until: LAST_DAY_BEFORE_MERGER },
      { lang: 'fr', name: "SPF Technologie de l'Information et de la Communication", acronym: 'Fedict', until: LAST_DAY_BEFORE_MERGER },
      { lang: 'en', name: 'FPS Information and Communication Technology', acronym: 'Fedict', until: LAST_DAY_BEFORE_MERGER },
    ],
    cites: [{ source: PRESS, quote: 'de FOD Informatie- en Communicatietechnologie (Fedict)' }, { source: DECREE }],
  },
  {
    key: 'empreva',
    kind: 'internal_service',
    existedUntil: LAST_DAY_BEFORE_MERGER,
    names: [
      { lang: 'nl', name: 'Empreva', until: LAST_DAY_BEFORE_MERGER },
      { lang: 'fr', name: 'Empreva', until: LAST_DAY_BEFORE_MERGER },
      { lang: 'en', name: 'Empreva', until: LAST_DAY_BEFORE_MERGER },
    ],
    cites: [{ source: PRESS, quote: 'Empreva (Preventie en bescherming op het werk)' }, { source: DECREE }],
  },
  {
    key: 'btc',
    kind: 'development_agency',
    kbo: '0264.814.354',
    iati: 'BE-BCE_KBO-0264814354',
    names: [
      { lang: 'nl', name: 'Belgische Technische Coöperatie', acronym: 'BTC', until: '2017-12-31' },
      { lang: 'fr', name: 'Coopération Technique Belge', acronym: 'CTB', until: '2017-12-31' },
      { lang: 'en', name: 'Belgian Technical Cooperation', acronym: 'BTC', until: '2017-12-31' },
      { lang: 'nl', name: 'Enabel', from: '2018-01-01' },
      { lang: 'fr', name: 'Enabel', from: '2018-01-01' },
      { lang: 'en', name: 'Enabel', from: '2018-01-01' },
      { lang: 'de', name: 'Enabel', from: '2018-01-01' },
    ],
    cites: [{ source: PRESS, quote: 'het Belgisch ontwikkelingsagentschap BTC' }, { source: KBO }, { source: IATI_REGISTRY }],
  },
];

for (const agency of agencies) {
  const agencyId = add(
    'agency',
    'Agency',
    `agency:${agency.key}`,
    {
      kind: agency.kind,
      iati_organisation_type: 10,
      kbo_number: agency.kbo ?? null,
      iati_org_id: agency.iati ?? null,
      country_id: country('BE'),
      website: null,
      existed_from: agency.existedFrom ?? null,
      existed_until: agency.existedUntil ?? null,
    },
    [...agency.cites, { source: IATI_CODELISTS, locator: 'OrganisationType 10 (Government)' }],
  );
  for (const name of agency.names) {
    add(
      'agency_name',
      'AgencyName',
      `agency-name:${agency.key}:${name.lang}:${name.from ?? ''}`,
      { agency_id: agencyId, lang: name.lang, name: name.name, acronym: name.acronym ?? null, valid_from: name.from ?? null, valid_until: name.until ?? null },
      [],
    );
  }
}
export const agencyId = (key: string) => id(`agency:${key}`);

for (const predecessor of ['fod-po', 'fod-bb', 'fedict', 'empreva']) {
  add(
    'agency_lineage',
    'AgencyLineage',
    `lineage:${predecessor}:bosa`,
    {
      predecessor_id: agencyId(predecessor),
      successor_id: agencyId('bosa'),
      kind: 'merged_into',
      occurred_on: MERGER_DAY,
      legal_basis: 'Koninklijk besluit van 22 februari 2017',
    },
    [{ source: DECREE }, { source: PRESS, quote: 'De FOD Beleid en Ondersteuning integreert de vroegere FOD Personeel en Organisatie, de FOD Budget en Beheerscontrole, de FOD Informatie- en Communicatietechnologie (Fedict) en Empreva' }],
  );
}

// --- Domains ------------------------------------------------------------------------------

interface DomainSeed {
  key: string;
  parent?: string;
  label: Record<string, string>;
  dac: string[];
  markers?: number[];
  quote?: string;
}

const domains: DomainSeed[] = [
  { key: 'public-administration', label: { nl: 'Openbaar bestuur', fr: 'Administration publique', en: 'Public administration', de: 'Öffentliche Verwaltung' }, dac: ['15110'], quote: 'experts ter beschikking in alle domeinen van het openbaar bestuur' },
  { key: 'human-resources-management', parent: 'public-administration', label: { nl: 'Personeelsbeheer', fr: 'Gestion des ressources humaines', en: 'Human-resources management', de: 'Personalmanagement' }, dac: ['15110'], quote: 'het systeem voor competentiebeheer en de prestatiebeoordeling' },
  { key: 'e-governance', parent: 'public-administration', label: { nl: 'E-governance', fr: 'E-gouvernance', en: 'E-governance', de: 'E-Governance' }, dac: ['15110', '22040'], quote: 'systemen op het gebied van e-governance en e-government' },
  { key: 'electronic-identity', parent: 'e-governance', label: { nl: 'Elektronische identiteitskaarten', fr: "Cartes d'identité électroniques", en: 'Electronic identity cards', de: 'Elektronische Personalausweise' }, dac: ['15110', '22040'], quote: 'elektronische identiteitskaarten te ontwikkelen' },
  { key: 'national-register', parent: 'e-governance', label: { nl: 'Nationaal register', fr: 'Registre national', en: 'National register', de: 'Nationalregister' }, dac: ['15110', '22040'], quote: 'een nationaal register aan te maken' },
  { key: 'infrastructure-security', parent: 'e-governance', label: { nl: 'Beveiliging van infrastructuur', fr: 'Sécurisation des infrastructures', en: 'Infrastructure security', de: 'Sicherheit der Infrastruktur' }, dac: ['15110', '22040'], quote: 'hun infrastructuur te beveiligen' },
  { key: 'e-government-strategy', parent: 'e-governance', label: { nl: 'Strategisch advies rond e-government', fr: 'Conseil stratégique en e-gouvernement', en: 'E-government strategy advice', de: 'Strategische Beratung zu E-Government' }, dac: ['15110', '22040'], quote: 'strategisch advies rond e-government in te winnen' },
  { key: 'justice', label: { nl: 'Justitie', fr: 'Justice', en: 'Justice', de: 'Justiz' }, dac: ['15130'] },
  { key: 'food-security', label: { nl: 'Voedselzekerheid', fr: 'Sécurité alimentaire', en: 'Food security', de: 'Ernährungssicherheit' }, dac: ['43071'] },
  { key: 'vocational-training', label: { nl: 'Beroepsopleiding', fr: 'Formation professionnelle', en: 'Vocational training', de: 'Berufsbildung' }, dac: ['11330'] },
  { key: 'social-security', label: { nl: 'Sociale zekerheid', fr: 'Sécurité sociale', en: 'Social security', de: 'Soziale Sicherheit' }, dac: ['16010'] },
  { key: 'environment', label: { nl: 'Leefmilieu', fr: 'Environnement', en: 'Environment', de: 'Umwelt' }, dac: ['41010'] },
  { key: 'human-rights', label: { nl: 'Mensenrechten', fr: "Droits de l'homme", en: 'Human rights', de: 'Menschenrechte' }, dac: ['15160'] },
  { key: 'health-care', label: { nl: 'Gezondheidszorg', fr: 'Soins de santé', en: 'Health care', de: 'Gesundheitsversorgung' }, dac: ['12110', '12220'] },
  { key: 'water-supply', label: { nl: 'Watervoorziening', fr: 'Approvisionnement en eau', en: 'Water supply', de: 'Wasserversorgung' }, dac: ['14010', '14031'] },
  { key: 'climate-change', label: { nl: 'Klimaatverandering', fr: 'Changement climatique', en: 'Climate change', de: 'Klimawandel' }, dac: [], markers: [6, 7] },
];
const PRESS_DOMAIN_LIST =
  'justitie, voedselzekerheid, beroepsopleiding, sociale zekerheid, leefmilieu, mensenrechten, gezondheidszorg, watervoorziening, klimaatverandering en e-governance';

export const domainId = (key: string) => id(`domain:${key}`);
for (const domain of domains) {
  add(
    'domain',
    'Domain',
    `domain:${domain.key}`,
    { key: domain.key, parent_id: domain.parent ? domainId(domain.parent) : null, label: domain.label, dac_codes: domain.dac, policy_markers: domain.markers ?? [] },
    [
      { source: PRESS, quote: domain.quote ?? PRESS_DOMAIN_LIST },
      domain.markers ? { source: IATI_CODELISTS, locator: 'PolicyMarker 6 and 7' } : { source: DAC_CRS },
    ],
  );
}

// --- People -------------------------------------------------------------------------------

interface PersonSeed {
  key: string;
  given: string;
  family: string;
  email?: string;
  phones?: string[];
  agency: string;
  position?: Record<string, string>;
  quote: string;
}

const people: PersonSeed[] = [
  { key: 'carl-michiels', given: 'Carl', family: 'Michiels', agency: 'btc', quote: 'zegt Carl Michiels van het Belgisch ontwikkelingsagentschap' },
  { key: 'alfons-boon', given: 'Alfons', family: 'Boon', agency: 'bosa', position: { nl: 'Voorzitter', fr: 'Président', en: 'Chair', de: 'Vorsitzender' }, quote: 'Alfons Boon, voorzitter van de FOD Beleid en Ondersteuning' },
  { key: 'jacques-druart', given: 'Jacques', family: 'Druart', email: 'jacques.druart@p-o.belgium.be', phones: ['+32 479 85 72 09'], agency: 'bosa', position: { en: 'International Coordination' }, quote: 'Jacques Druart | International Coordination – BOSA' },
  { key: 'jeanine-simbizi', given: 'Jeanine', family: 'Simbizi', email: 'jeanine.simbizi@btcctb.org', phones: ['+32 2 505 37 58', '+32 475 84 00 40'], agency: 'btc', position: { en: 'Transversal Support Coordinator' }, quote: 'Jeanine Simbizi | Transversal Support Coordinator – BTC' },
];

for (const person of people) {
  const personId = add(
    'person',
    'Person',
    `person:${person.key}`,
    { given_name: person.given, family_name: person.family, email: person.email ?? null, phones: person.phones ?? [] },
    [{ source: PRESS, quote: person.quote }],
  );
  add(
    'affiliation',
    'Affiliation',
    `affiliation:${person.key}:${person.agency}`,
    { person_id: personId, agency_id: agencyId(person.agency), position: person.position ?? null, valid_from: null, valid_until: null },
    [{ source: PRESS, quote: person.quote }],
  );
}

// --- Agreements ---------------------------------------------------------------------------

export const BOSA_BTC_AGREEMENT = 'agreement:bosa-btc-2017';
const bosaBtc = add(
  'agreement',
  'Agreement',
  BOSA_BTC_AGREEMENT,
  {
    reference: 'BOSA-BTC-2017',
    title: {
      nl: 'Samenwerkingsakkoord tussen de FOD Beleid en Ondersteuning en BTC',
      fr: 'Accord de coopération entre le SPF Stratégie et Appui et la CTB',
      en: 'Cooperation agreement between the FPS Policy and Support and BTC',
      de: 'Kooperationsabkommen zwischen dem FÖD Politik und Unterstützung und BTC',
    },
    purpose: {
      nl: 'De Belgische publieke expertise mobiliseren om de gouvernementele samenwerking met de veertien partnerlanden te versterken. BOSA stelt experts ter beschikking in alle domeinen van het openbaar bestuur, in het bijzonder om interventies te ondersteunen die overheidsinstellingen in de partnerlanden versterken.',
      fr: "Mobiliser l'expertise publique belge pour renforcer la coopération gouvernementale avec les quatorze pays partenaires. BOSA met des experts à disposition dans tous les domaines de l'administration publique, en particulier pour soutenir les interventions qui renforcent les institutions publiques des pays partenaires.",
      en: 'Mobilise Belgian public expertise to strengthen governmental cooperation with the fourteen partner countries. BOSA makes experts available in all domains of public administration, particularly to support interventions that strengthen public institutions in the partner countries.',
    },
    kind: 'cooperation',
    status: 'signed',
    ...fuzzy('signed', fuzzyDay('2017-06-02')),
    valid_from: null,
    valid_until: null,
    parent_id: null,
  },
  [{ source: PRESS, quote: PRESS_EXCERPT }],
);

export const FEDICT_BTC_AGREEMENT = 'agreement:fedict-btc-egov';
const fedictBtc = add(
  'agreement',
  'Agreement',
  FEDICT_BTC_AGREEMENT,
  {
    reference: 'FEDICT-BTC-EGOV',
    title: {
      nl: 'Overeenkomst tussen Fedict en BTC voor het opzetten van systemen voor e-governance en e-government',
      fr: "Convention entre Fedict et la CTB pour la mise en place de systèmes d'e-gouvernance et d'e-gouvernement",
      en: 'Agreement between Fedict and BTC on setting up e-governance and e-government systems',
    },
    purpose: {
      nl: 'Systemen opzetten op het gebied van e-governance en e-government, bijvoorbeeld elektronische identiteitskaarten, een nationaal register, beveiliging van infrastructuur en strategisch advies rond e-government.',
      en: 'Set up e-governance and e-government systems, for example electronic identity cards, a national register, infrastructure security and strategic advice on e-government.',
    },
    kind: 'partnership',
    status: 'signed',
    // "Onlangs" (recently) as of June 2017: the day is unknown, only that it was before 2 June 2017.
    ...fuzzy('signed', fuzzyUnknown({ before: '2017-06-02' })),
    valid_from: null,
    valid_until: null,
    parent_id: null,
  },
  [{ source: PRESS, quote: 'Fedict had onlangs een overeenkomst ondertekend met BTC voor het opzetten van systemen op het gebied van e-governance en e-government.' }],
);

const party = (agreementKey: string, agreement: string, agency: string, role: string, cites: SeedCitation[]) =>
  add('agreement_party', 'AgreementParty', `party:${agreementKey}:${agency}:${role}`, { agreement_id: agreement, agency_id: agencyId(agency), role, signatory_id: null }, cites);

party(BOSA_BTC_AGREEMENT, bosaBtc, 'bosa', 'signatory', [{ source: PRESS, quote: 'ondertekenden de Federale Overheidsdienst Beleid en Ondersteuning (BOSA) en het Belgisch ontwikkelingsagentschap BTC een samenwerkingsakkoord' }]);
party(BOSA_BTC_AGREEMENT, bosaBtc, 'btc', 'signatory', [{ source: PRESS, quote: 'ondertekenden de Federale Overheidsdienst Beleid en Ondersteuning (BOSA) en het Belgisch ontwikkelingsagentschap BTC een samenwerkingsakkoord' }]);
party(FEDICT_BTC_AGREEMENT, fedictBtc, 'fedict', 'signatory', [{ source: PRESS, quote: 'Fedict had onlangs een overeenkomst ondertekend met BTC' }]);
party(FEDICT_BTC_AGREEMENT, fedictBtc, 'btc', 'signatory', [{ source: PRESS, quote: 'Fedict had onlangs een overeenkomst ondertekend met BTC' }]);
// Fedict merged into BOSA on 2017-03-01: BOSA carries out the agreement as its successor.
party(FEDICT_BTC_AGREEMENT, fedictBtc, 'bosa', 'implementing', [
  { source: DECREE, locator: 'merger of 1 March 2017' },
  { source: PRESS, quote: 'De FOD Beleid en Ondersteuning integreert de vroegere ... FOD Informatie- en Communicatietechnologie (Fedict)' },
]);

const coverDomain = (agreementKey: string, agreement: string, domain: string, quote: string) =>
  add('agreement_domain', 'AgreementDomain', `agreement-domain:${agreementKey}:${domain}`, { agreement_id: agreement, domain_id: domainId(domain) }, [{ source: PRESS, quote }]);

coverDomain(BOSA_BTC_AGREEMENT, bosaBtc, 'public-administration', 'experts ter beschikking in alle domeinen van het openbaar bestuur');
for (const domain of ['e-governance', 'electronic-identity', 'national-register', 'infrastructure-security', 'e-government-strategy']) {
  coverDomain(FEDICT_BTC_AGREEMENT, fedictBtc, domain, 'elektronische identiteitskaarten te ontwikkelen, een nationaal register aan te maken, hun infrastructuur te beveiligen en strategisch advies rond e-government in te winnen');
}
for (const iso2 of PARTNER_COUNTRY_CODES) {
  add('agreement_country', 'AgreementCountry', `agreement-country:${BOSA_BTC_AGREEMENT}:${iso2}`, { agreement_id: bosaBtc, country_id: country(iso2) }, [
    { source: PRESS, quote: 'de gouvernementele samenwerking met de veertien partnerlanden te versterken' },
  ]);
}

// --- Missions -----------------------------------------------------------------------------

export const BENIN_MISSION = 'mission:benin-2017-07';
const benin = add(
  'mission',
  'Mission',
  BENIN_MISSION,
  {
    reference: 'BJ-2017-07-HRM',
    title: {
      nl: 'Ondersteuningsmissie: competentiebeheer en prestatiebeoordeling van de Beninse administratie',
      fr: "Mission d'appui : gestion des compétences et évaluation des performances de l'administration béninoise",
      en: 'Support mission: competency management and performance appraisal in the Beninese administration',
    },
    kind: 'support_mission',
    status: 'planned',
    country_id: country('BJ'),
    beneficiary: 'Beninse administratie',
    agreement_id: bosaBtc,
    ...fuzzy('planned_start', fuzzyMonth(2017, 7)),
    ...fuzzy('planned_end', fuzzyMonth(2017, 7)),
    ...fuzzy('actual_start', null),
    ...fuzzy('actual_end', null),
    objectives: {
      nl: 'Het systeem voor competentiebeheer en de prestatiebeoordeling van de Beninse administratie reorganiseren.',
      fr: "Réorganiser le système de gestion des compétences et l'évaluation des performances de l'administration béninoise.",
      en: 'Reorganise the competency management system and the performance appraisal of the Beninese administration.',
    },
    outcome: null,
  },
  [{ source: PRESS, quote: 'In juli 2017 is in het kader van deze nieuwe overeenkomst een ondersteuningsmissie gepland voor een project in Benin, waarbij het systeem voor competentiebeheer en de prestatiebeoordeling van de Beninse administratie wordt gereorganiseerd.' }],
);
add('mission_domain', 'MissionDomain', `mission-domain:${BENIN_MISSION}:human-resources-management`, { mission_id: benin, domain_id: domainId('human-resources-management') }, [
  { source: PRESS, quote: 'het systeem voor competentiebeheer en de prestatiebeoordeling' },
]);

export const MOZAMBIQUE_MISSION = 'mission:mozambique-egov';
const mozambique = add(
  'mission',
  'Mission',
  MOZAMBIQUE_MISSION,
  {
    reference: 'MZ-EGOV-CONSIDERED',
    title: {
      nl: 'Concrete e-governmentacties in Mozambique (overwogen)',
      fr: "Actions concrètes d'e-gouvernement au Mozambique (à l'étude)",
      en: 'Concrete e-government actions in Mozambique (under consideration)',
    },
    // The press release names neither the kind, the dates nor the agreement: unknown.
    kind: null,
    status: 'considered',
    country_id: country('MZ'),
    beneficiary: null,
    agreement_id: null,
    ...fuzzy('planned_start', null),
    ...fuzzy('planned_end', null),
    ...fuzzy('actual_start', null),
    ...fuzzy('actual_end', null),
    objectives: null,
    outcome: null,
  },
  [{ source: PRESS, quote: 'Er worden reeds concrete acties overwogen in Mozambique.' }],
);
add('mission_domain', 'MissionDomain', `mission-domain:${MOZAMBIQUE_MISSION}:e-governance`, { mission_id: mozambique, domain_id: domainId('e-governance') }, [
  { source: PRESS, quote: 'Er worden reeds concrete acties overwogen in Mozambique.' },
]);

export const seedRecords: readonly SeedRecord[] = records;
export const sourceKeyId = (key: string) => id(`source:${key}`);
export { id as seedRecordId };
