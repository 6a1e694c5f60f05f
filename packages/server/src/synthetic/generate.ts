import type { DataSource, EntityManager } from 'typeorm';
import { fuzzyDay, fuzzyMonth, fuzzyUnknown, fuzzyYear, type StoredFuzzyDate } from '../graphql/fuzzy-date';

/**
 * Deterministic synthetic data: agencies, agreements, domains, experts and missions at a
 * chosen scale, for demonstrations, load tests and benchmarks.
 *
 * - Every row is marked `synthetic = true`, and every agency, agreement and mission cites
 *   the one source with key `synthetic-generator`.
 * - The same scale and seed give exactly the same rows, ids included: every random choice
 *   comes from a seeded PRNG, with one stream per concern so that ids do not shift when an
 *   attribute's distribution changes. Only `created_at` / `updated_at` keep the load time,
 *   which is when the rows really entered Coopgraph.
 * - Rows are bulk-loaded (`INSERT ... SELECT FROM unnest(...)`, thousands per statement)
 *   in one transaction, through that transaction's manager only. No change-history rows
 *   are written: this is a bulk load, not edits by someone.
 */

export interface GenerateOptions {
  /** 1 ≈ 200 agencies, 2,000 agreements, 10,000 experts, 20,000 missions; fractions and multiples scale linearly. */
  scale: number;
  /** Seed of the PRNG (a whole number from 0 to 2^32 - 1); defaults to DEFAULT_SEED. */
  seed?: number;
  /** Called as rows are written: the phase, and how many of its items are done out of how many. */
  onProgress?: (step: string, done: number, total: number) => void;
}

export interface GenerateReport {
  /** Rows inserted, by table. */
  counts: Record<string, number>;
  ms: number;
  /** Set when nothing was generated, with the reason. */
  skipped?: string;
}

export const SYNTHETIC_SOURCE_KEY = 'synthetic-generator';
export const DEFAULT_SEED = 42;

/** "Today" inside the generated world: fixed, so that statuses do not depend on the day the generator runs. */
const REFERENCE_DATE = '2026-10-31';
const MAX_SCALE = 100;

// ---------------------------------------------------------------------------------------
// Sizes

export interface PlannedCounts {
  agencies: number;
  agreements: number;
  experts: number;
  missions: number;
  /** Domains do not scale: the tree is a fixed vocabulary. */
  domains: number;
  /** Signing officials, two per agency. */
  signatories: number;
}

/** The number of main items at a scale; throws a RangeError for a scale that is not positive. */
export function plannedCounts(scale: number): PlannedCounts {
  if (typeof scale !== 'number' || !Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) {
    throw new RangeError(`The scale must be a number above 0 and at most ${MAX_SCALE}, got ${String(scale)}.`);
  }
  // At least two agencies, so that every agreement can have two parties.
  const linear = (base: number, min: number) => Math.max(min, Math.round(base * scale));
  const agencies = linear(200, 2);
  return {
    agencies,
    agreements: linear(2000, 1),
    experts: linear(10_000, 1),
    missions: linear(20_000, 1),
    domains: DOMAINS.length,
    signatories: agencies * 2,
  };
}

// ---------------------------------------------------------------------------------------
// Randomness

/** A 32-bit integer hash with good avalanche, used to derive stream seeds. */
function mix32(value: number): number {
  let x = value >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * A small seeded PRNG (the SFC32 algorithm, 128 bits of state). Each (seed, label) pair is
 * an independent stream, so each table's ids and each phase's choices come from their own
 * sequence and stay put when another phase draws more or fewer numbers.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, label = '') {
    let h = mix32(seed ^ 0x9e3779b9);
    for (let i = 0; i < label.length; i += 1) h = mix32(h ^ (label.charCodeAt(i) + i * 0x10001));
    this.a = mix32(h ^ 0x1b873593);
    this.b = mix32(h ^ 0xcc9e2d51);
    this.c = mix32(h ^ 0x85ebca6b);
    this.d = 1;
    // Discard the first outputs: they still resemble the seed.
    for (let i = 0; i < 12; i += 1) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) + t;
    this.c |= 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of the values, with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let r = this.next() * total;
    for (const [value, weight] of entries) {
      r -= weight;
      if (r < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  /** An RFC 9562 version-4 UUID made of this stream's bits. */
  uuid(): string {
    const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
    const w0 = hex(this.uint32());
    const w1 = hex((this.uint32() & 0xffff0fff) | 0x00004000);
    const w2 = hex((this.uint32() & 0x3fffffff) | 0x80000000);
    const w3 = hex(this.uint32());
    return `${w0}-${w1.slice(0, 4)}-${w1.slice(4)}-${w2.slice(0, 4)}-${w2.slice(4)}${w3}`;
  }
}

/** Picks indexes with fixed weights in O(log n), by binary search over cumulative weights. */
class WeightedPicker {
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(
    weights: readonly number[],
    /** What each picked position stands for (defaults to the position itself). */
    private readonly values: readonly number[] = weights.map((_, i) => i),
  ) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => {
      sum += w;
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  get size(): number {
    return this.values.length;
  }

  pick(rng: Random): number {
    const r = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo];
  }
}

/**
 * A Zipf-like picker over `values`: a random few get most picks, most get few, as with real
 * portfolios (a handful of agencies sign most agreements). `factor` adds a per-value weight.
 */
function skewedPicker(rng: Random, values: readonly number[], exponent: number, factor: (value: number) => number = () => 1) {
  const ranks = rng.shuffle(values.map((_, i) => i));
  const weights = values.map((value, i) => factor(value) / Math.pow(ranks[i] + 1, exponent));
  return new WeightedPicker(weights, values);
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

// ---------------------------------------------------------------------------------------
// Calendar, as whole days since 1970-01-01 (UTC)

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const REFERENCE_DAY = dayOf(REFERENCE_DATE);

type Precision = 'day' | 'month' | 'year' | 'unknown';

/** The stored form of a date known only to `precision`. Unknown dates keep loose bounds around the true day. */
function fuzzyAt(day: number, precision: Precision): StoredFuzzyDate {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  switch (precision) {
    case 'day':
      return fuzzyDay(isoOf(day));
    case 'month':
      return fuzzyMonth(year, date.getUTCMonth() + 1);
    case 'year':
      return fuzzyYear(year);
    default:
      return fuzzyUnknown({ notBefore: `${year - 1}-01-01`, before: `${year + 2}-01-01` });
  }
}

// ---------------------------------------------------------------------------------------
// Vocabulary: fixed lists that make the data read like the real domain without describing
// anything real. Agency and place names are composed from parts; people's family names are
// built from syllables, so they look plausible but are invented.

type L4 = { nl: string; fr: string; en: string; de: string };
const LANGS = ['nl', 'fr', 'en', 'de'] as const;
const mapL4 = (text: L4, fn: (value: string, lang: (typeof LANGS)[number]) => string): L4 => ({
  nl: fn(text.nl, 'nl'),
  fr: fn(text.fr, 'fr'),
  en: fn(text.en, 'en'),
  de: fn(text.de, 'de'),
});
/** Lower-cases the first letter for use inside a sentence (German nouns keep their capital). */
const inSentence = (value: string, lang: string) => (lang === 'de' ? value : value.charAt(0).toLowerCase() + value.slice(1));

type NameGroup =
  | 'be-nl'
  | 'be-fr'
  | 'be-de'
  | 'west-africa'
  | 'great-lakes'
  | 'east-africa'
  | 'maghreb'
  | 'latam'
  | 'asia'
  | 'east-europe'
  | 'lusophone';

interface CountryDef {
  iso2: string;
  iso3: string;
  numeric: string;
  name: L4;
  group: NameGroup;
  /** Languages (ISO 639-1) experts from this country work in, main one first. */
  languages: string[];
  /** Relative weight as a country agreements cover: Belgium's governmental partner countries weigh most. */
  weight: number;
}

const country = (
  iso2: string,
  iso3: string,
  numeric: string,
  nl: string,
  fr: string,
  en: string,
  de: string,
  group: NameGroup,
  languages: string[],
  weight: number,
): CountryDef => ({ iso2, iso3, numeric, name: { nl, fr, en, de }, group, languages, weight });

const COUNTRIES: readonly CountryDef[] = [
  country('BE', 'BEL', '056', 'België', 'Belgique', 'Belgium', 'Belgien', 'be-nl', ['nl', 'fr', 'de'], 0),
  country('BJ', 'BEN', '204', 'Benin', 'Bénin', 'Benin', 'Benin', 'west-africa', ['fr', 'yo'], 4),
  country('BF', 'BFA', '854', 'Burkina Faso', 'Burkina Faso', 'Burkina Faso', 'Burkina Faso', 'west-africa', ['fr'], 4),
  country('BI', 'BDI', '108', 'Burundi', 'Burundi', 'Burundi', 'Burundi', 'great-lakes', ['fr', 'rn'], 4),
  country('CD', 'COD', '180', 'Democratische Republiek Congo', 'République démocratique du Congo', 'Democratic Republic of the Congo', 'Demokratische Republik Kongo', 'great-lakes', ['fr', 'ln', 'sw'], 5),
  country('GN', 'GIN', '324', 'Guinee', 'Guinée', 'Guinea', 'Guinea', 'west-africa', ['fr'], 4),
  country('ML', 'MLI', '466', 'Mali', 'Mali', 'Mali', 'Mali', 'west-africa', ['fr', 'bm'], 4),
  country('MA', 'MAR', '504', 'Marokko', 'Maroc', 'Morocco', 'Marokko', 'maghreb', ['ar', 'fr'], 4),
  country('MZ', 'MOZ', '508', 'Mozambique', 'Mozambique', 'Mozambique', 'Mosambik', 'lusophone', ['pt'], 4),
  country('NE', 'NER', '562', 'Niger', 'Niger', 'Niger', 'Niger', 'west-africa', ['fr', 'ha'], 4),
  country('UG', 'UGA', '800', 'Oeganda', 'Ouganda', 'Uganda', 'Uganda', 'east-africa', ['en', 'sw'], 4),
  country('PS', 'PSE', '275', 'Palestina', 'Palestine', 'Palestine', 'Palästina', 'maghreb', ['ar', 'en'], 4),
  country('RW', 'RWA', '646', 'Rwanda', 'Rwanda', 'Rwanda', 'Ruanda', 'great-lakes', ['rw', 'fr', 'en'], 4),
  country('SN', 'SEN', '686', 'Senegal', 'Sénégal', 'Senegal', 'Senegal', 'west-africa', ['fr', 'wo'], 4),
  country('TZ', 'TZA', '834', 'Tanzania', 'Tanzanie', 'Tanzania', 'Tansania', 'east-africa', ['sw', 'en'], 4),
  country('VN', 'VNM', '704', 'Vietnam', 'Viêt Nam', 'Viet Nam', 'Vietnam', 'asia', ['vi'], 2),
  country('PE', 'PER', '604', 'Peru', 'Pérou', 'Peru', 'Peru', 'latam', ['es', 'qu'], 2),
  country('BO', 'BOL', '068', 'Bolivia', 'Bolivie', 'Bolivia', 'Bolivien', 'latam', ['es', 'qu'], 2),
  country('EC', 'ECU', '218', 'Ecuador', 'Équateur', 'Ecuador', 'Ecuador', 'latam', ['es'], 1),
  country('CO', 'COL', '170', 'Colombia', 'Colombie', 'Colombia', 'Kolumbien', 'latam', ['es'], 1),
  country('GT', 'GTM', '320', 'Guatemala', 'Guatemala', 'Guatemala', 'Guatemala', 'latam', ['es'], 1),
  country('HT', 'HTI', '332', 'Haïti', 'Haïti', 'Haiti', 'Haiti', 'west-africa', ['fr'], 1),
  country('ZA', 'ZAF', '710', 'Zuid-Afrika', 'Afrique du Sud', 'South Africa', 'Südafrika', 'east-africa', ['en', 'zu', 'xh'], 2),
  country('KE', 'KEN', '404', 'Kenia', 'Kenya', 'Kenya', 'Kenia', 'east-africa', ['en', 'sw'], 1),
  country('ET', 'ETH', '231', 'Ethiopië', 'Éthiopie', 'Ethiopia', 'Äthiopien', 'east-africa', ['am', 'en'], 1),
  country('CM', 'CMR', '120', 'Kameroen', 'Cameroun', 'Cameroon', 'Kamerun', 'west-africa', ['fr', 'en'], 1),
  country('CI', 'CIV', '384', 'Ivoorkust', "Côte d'Ivoire", "Côte d'Ivoire", 'Elfenbeinküste', 'west-africa', ['fr'], 1),
  country('CV', 'CPV', '132', 'Kaapverdië', 'Cap-Vert', 'Cabo Verde', 'Kap Verde', 'lusophone', ['pt'], 1),
  country('TN', 'TUN', '788', 'Tunesië', 'Tunisie', 'Tunisia', 'Tunesien', 'maghreb', ['ar', 'fr'], 2),
  country('DZ', 'DZA', '012', 'Algerije', 'Algérie', 'Algeria', 'Algerien', 'maghreb', ['ar', 'fr'], 1),
  country('EG', 'EGY', '818', 'Egypte', 'Égypte', 'Egypt', 'Ägypten', 'maghreb', ['ar', 'en'], 1),
  country('JO', 'JOR', '400', 'Jordanië', 'Jordanie', 'Jordan', 'Jordanien', 'maghreb', ['ar', 'en'], 1),
  country('LB', 'LBN', '422', 'Libanon', 'Liban', 'Lebanon', 'Libanon', 'maghreb', ['ar', 'fr'], 1),
  country('KH', 'KHM', '116', 'Cambodja', 'Cambodge', 'Cambodia', 'Kambodscha', 'asia', ['km'], 1),
  country('LA', 'LAO', '418', 'Laos', 'Laos', 'Laos', 'Laos', 'asia', ['lo'], 1),
  country('PH', 'PHL', '608', 'Filipijnen', 'Philippines', 'Philippines', 'Philippinen', 'asia', ['tl', 'en'], 1),
  country('ID', 'IDN', '360', 'Indonesië', 'Indonésie', 'Indonesia', 'Indonesien', 'asia', ['id'], 1),
  country('UA', 'UKR', '804', 'Oekraïne', 'Ukraine', 'Ukraine', 'Ukraine', 'east-europe', ['uk'], 2),
  country('MD', 'MDA', '498', 'Moldavië', 'Moldavie', 'Moldova', 'Moldau', 'east-europe', ['ro'], 1),
  country('GE', 'GEO', '268', 'Georgië', 'Géorgie', 'Georgia', 'Georgien', 'east-europe', ['ka'], 1),
  country('AM', 'ARM', '051', 'Armenië', 'Arménie', 'Armenia', 'Armenien', 'east-europe', ['hy'], 1),
  country('AL', 'ALB', '008', 'Albanië', 'Albanie', 'Albania', 'Albanien', 'east-europe', ['sq'], 1),
];

interface DomainDef {
  key: string;
  parent: string | null;
  label: L4;
  dac: string[];
  markers?: number[];
}

const domain = (key: string, parent: string | null, nl: string, fr: string, en: string, de: string, dac: string[], markers?: number[]): DomainDef => ({
  key,
  parent,
  label: { nl, fr, en, de },
  dac,
  markers,
});

/** The domain tree, parents first; roots carry the broad OECD DAC CRS purpose code. */
const DOMAINS: readonly DomainDef[] = [
  domain('e-governance', null, 'E-government', 'Administration électronique', 'E-governance', 'E-Government', ['15110', '22040']),
  domain('electronic-identity', 'e-governance', 'Elektronische identiteit', 'Identité électronique', 'Electronic identity', 'Elektronische Identität', ['15110']),
  domain('national-register', 'e-governance', 'Rijksregister', 'Registre national', 'National register', 'Nationalregister', ['15110']),
  domain('digital-signature', 'e-governance', 'Digitale handtekening', 'Signature électronique', 'Digital signature', 'Digitale Signatur', ['22040']),
  domain('interoperability', 'e-governance', 'Interoperabiliteit', 'Interopérabilité', 'Interoperability', 'Interoperabilität', ['22040']),
  domain('open-data', 'e-governance', 'Open data', 'Données ouvertes', 'Open data', 'Offene Daten', ['22040']),
  domain('cybersecurity', 'e-governance', 'Cyberveiligheid', 'Cybersécurité', 'Cybersecurity', 'Cybersicherheit', ['22040']),
  domain('e-procurement', 'e-governance', 'Elektronische overheidsopdrachten', 'Marchés publics électroniques', 'E-procurement', 'Elektronische Vergabe', ['15125']),
  domain('online-public-services', 'e-governance', 'Online overheidsdiensten', 'Services publics en ligne', 'Online public services', 'Online-Verwaltungsdienste', ['15110']),
  domain('digital-archives', 'e-governance', 'Digitale archivering', 'Archivage numérique', 'Digital archives', 'Digitale Archivierung', ['15110']),
  domain('data-protection', 'e-governance', 'Gegevensbescherming', 'Protection des données', 'Data protection', 'Datenschutz', ['15110']),
  domain('public-administration', null, 'Openbaar bestuur', 'Administration publique', 'Public administration', 'Öffentliche Verwaltung', ['15110']),
  domain('civil-service-reform', 'public-administration', 'Hervorming van het openbaar ambt', 'Réforme de la fonction publique', 'Civil service reform', 'Reform des öffentlichen Dienstes', ['15110']),
  domain('human-resources-management', 'public-administration', 'Personeelsbeleid', 'Gestion des ressources humaines', 'Human resources management', 'Personalmanagement', ['15110']),
  domain('decentralisation', 'public-administration', 'Decentralisatie', 'Décentralisation', 'Decentralisation', 'Dezentralisierung', ['15112']),
  domain('anti-corruption', 'public-administration', 'Corruptiebestrijding', 'Lutte contre la corruption', 'Anti-corruption', 'Korruptionsbekämpfung', ['15113']),
  domain('public-sector-training', 'public-administration', 'Opleiding van ambtenaren', 'Formation des agents publics', 'Public sector training', 'Fortbildung im öffentlichen Dienst', ['15110']),
  domain('internal-audit', 'public-administration', 'Interne audit', 'Audit interne', 'Internal audit', 'Interne Revision', ['15111']),
  domain('local-government-administration', 'public-administration', 'Lokaal bestuur', 'Administration locale', 'Local government administration', 'Kommunalverwaltung', ['15185']),
  domain('public-finance', null, 'Overheidsfinanciën', 'Finances publiques', 'Public finance', 'Öffentliche Finanzen', ['15111']),
  domain('tax-administration', 'public-finance', 'Belastingadministratie', 'Administration fiscale', 'Tax administration', 'Steuerverwaltung', ['15114']),
  domain('customs', 'public-finance', 'Douane', 'Douanes', 'Customs', 'Zoll', ['33120']),
  domain('budget-planning', 'public-finance', 'Begrotingsplanning', 'Planification budgétaire', 'Budget planning', 'Haushaltsplanung', ['15117']),
  domain('public-procurement', 'public-finance', 'Overheidsopdrachten', 'Marchés publics', 'Public procurement', 'Öffentliches Auftragswesen', ['15125']),
  domain('public-debt-management', 'public-finance', 'Beheer van de overheidsschuld', 'Gestion de la dette publique', 'Public debt management', 'Staatsschuldenverwaltung', ['15111']),
  domain('treasury', 'public-finance', 'Thesaurie', 'Trésorerie', 'Treasury', 'Staatskasse', ['15111']),
  domain('justice-and-security', null, 'Justitie en veiligheid', 'Justice et sécurité', 'Justice and security', 'Justiz und Sicherheit', ['15130']),
  domain('judicial-reform', 'justice-and-security', 'Hervorming van het gerecht', 'Réforme judiciaire', 'Judicial reform', 'Justizreform', ['15130']),
  domain('legal-aid', 'justice-and-security', 'Juridische bijstand', 'Aide juridique', 'Legal aid', 'Rechtshilfe', ['15130']),
  domain('prison-administration', 'justice-and-security', 'Gevangeniswezen', 'Administration pénitentiaire', 'Prison administration', 'Strafvollzug', ['15130']),
  domain('police-cooperation', 'justice-and-security', 'Politiesamenwerking', 'Coopération policière', 'Police cooperation', 'Polizeiliche Zusammenarbeit', ['15210']),
  domain('civil-registration', 'justice-and-security', 'Burgerlijke stand', 'État civil', 'Civil registration', 'Personenstandswesen', ['15110']),
  domain('human-rights', 'justice-and-security', 'Mensenrechten', "Droits de l'homme", 'Human rights', 'Menschenrechte', ['15160']),
  domain('migration-management', 'justice-and-security', 'Migratiebeheer', 'Gestion des migrations', 'Migration management', 'Migrationssteuerung', ['15190']),
  domain('statistics', null, 'Statistiek', 'Statistique', 'Statistics', 'Statistik', ['16062']),
  domain('census', 'statistics', 'Volkstelling', 'Recensement', 'Census', 'Volkszählung', ['16062']),
  domain('household-surveys', 'statistics', 'Huishoudenquêtes', 'Enquêtes auprès des ménages', 'Household surveys', 'Haushaltserhebungen', ['16062']),
  domain('geographic-information', 'statistics', 'Geografische informatie', 'Information géographique', 'Geographic information', 'Geoinformation', ['16062']),
  domain('business-registers', 'statistics', 'Ondernemingsregisters', "Registres d'entreprises", 'Business registers', 'Unternehmensregister', ['25010']),
  domain('health-statistics', 'statistics', 'Gezondheidsstatistiek', 'Statistiques sanitaires', 'Health statistics', 'Gesundheitsstatistik', ['12196']),
  domain('social-protection', null, 'Sociale bescherming', 'Protection sociale', 'Social protection', 'Sozialschutz', ['16010']),
  domain('social-security', 'social-protection', 'Sociale zekerheid', 'Sécurité sociale', 'Social security', 'Soziale Sicherheit', ['16010']),
  domain('pensions', 'social-protection', 'Pensioenen', 'Pensions', 'Pensions', 'Renten', ['16010']),
  domain('labour-inspection', 'social-protection', 'Arbeidsinspectie', 'Inspection du travail', 'Labour inspection', 'Arbeitsinspektion', ['16070']),
  domain('employment-services', 'social-protection', 'Arbeidsbemiddeling', "Services de l'emploi", 'Employment services', 'Arbeitsvermittlung', ['16020']),
  domain('occupational-health', 'social-protection', 'Welzijn op het werk', 'Bien-être au travail', 'Occupational health and safety', 'Arbeitsschutz', ['16070']),
  domain('environment-and-climate', null, 'Milieu en klimaat', 'Environnement et climat', 'Environment and climate', 'Umwelt und Klima', ['41010']),
  domain('climate-adaptation', 'environment-and-climate', 'Klimaatadaptatie', 'Adaptation au changement climatique', 'Climate adaptation', 'Klimaanpassung', [], [7]),
  domain('climate-mitigation', 'environment-and-climate', 'Klimaatmitigatie', 'Atténuation du changement climatique', 'Climate mitigation', 'Klimaschutz', [], [6]),
  domain('water-management', 'environment-and-climate', 'Waterbeheer', "Gestion de l'eau", 'Water management', 'Wasserwirtschaft', ['14010']),
  domain('meteorology', 'environment-and-climate', 'Meteorologie', 'Météorologie', 'Meteorology', 'Meteorologie', ['41010']),
  domain('waste-management', 'environment-and-climate', 'Afvalbeheer', 'Gestion des déchets', 'Waste management', 'Abfallwirtschaft', ['14050']),
  domain('health', null, 'Gezondheid', 'Santé', 'Health', 'Gesundheit', ['12110']),
  domain('health-information-systems', 'health', 'Gezondheidsinformatiesystemen', "Systèmes d'information sanitaire", 'Health information systems', 'Gesundheitsinformationssysteme', ['12110']),
  domain('disease-surveillance', 'health', 'Ziektesurveillance', 'Surveillance épidémiologique', 'Disease surveillance', 'Krankheitsüberwachung', ['12250']),
  domain('medicines-regulation', 'health', 'Geneesmiddelenregulering', 'Réglementation des médicaments', 'Medicines regulation', 'Arzneimittelregulierung', ['12110']),
];

/** A field of competence, combined in pairs into invented agency names ("FPS Mobility and Archives"). */
interface Topic {
  nl: string;
  fr: string;
  /** French with its article after "de" ("de la Mobilité", "des Archives"). */
  frDe: string;
  en: string;
  de: string;
  code: string;
}

const topic = (nl: string, fr: string, frDe: string, en: string, de: string, code: string): Topic => ({ nl, fr, frDe, en, de, code });

const TOPICS: readonly Topic[] = [
  topic('Mobiliteit', 'Mobilité', 'de la Mobilité', 'Mobility', 'Mobilität', 'MOB'),
  topic('Archieven', 'Archives', 'des Archives', 'Archives', 'Archive', 'ARC'),
  topic('Digitale Zaken', 'Affaires numériques', 'des Affaires numériques', 'Digital Affairs', 'Digitale Angelegenheiten', 'DIG'),
  topic('Statistiek', 'Statistique', 'de la Statistique', 'Statistics', 'Statistik', 'STA'),
  topic('Volksgezondheid', 'Santé publique', 'de la Santé publique', 'Public Health', 'Volksgesundheit', 'SAN'),
  topic('Financiën', 'Finances', 'des Finances', 'Finance', 'Finanzen', 'FIN'),
  topic('Justitie', 'Justice', 'de la Justice', 'Justice', 'Justiz', 'JUS'),
  topic('Binnenlandse Zaken', 'Intérieur', "de l'Intérieur", 'Home Affairs', 'Inneres', 'INT'),
  topic('Werkgelegenheid', 'Emploi', "de l'Emploi", 'Employment', 'Beschäftigung', 'EMP'),
  topic('Sociale Zekerheid', 'Sécurité sociale', 'de la Sécurité sociale', 'Social Security', 'Soziale Sicherheit', 'SOC'),
  topic('Economie', 'Économie', "de l'Économie", 'Economy', 'Wirtschaft', 'ECO'),
  topic('Energie', 'Énergie', "de l'Énergie", 'Energy', 'Energie', 'ENE'),
  topic('Leefmilieu', 'Environnement', "de l'Environnement", 'Environment', 'Umwelt', 'ENV'),
  topic('Landbouw', 'Agriculture', "de l'Agriculture", 'Agriculture', 'Landwirtschaft', 'AGR'),
  topic('Onderwijs', 'Enseignement', "de l'Enseignement", 'Education', 'Bildung', 'EDU'),
  topic('Onderzoek', 'Recherche', 'de la Recherche', 'Research', 'Forschung', 'RES'),
  topic('Waterbeheer', "Gestion de l'eau", "de la Gestion de l'eau", 'Water Management', 'Wasserwirtschaft', 'WAT'),
  topic('Ambtenarenzaken', 'Fonction publique', 'de la Fonction publique', 'Civil Service', 'Öffentlicher Dienst', 'CIV'),
  topic('Kadaster', 'Cadastre', 'du Cadastre', 'Land Registry', 'Kataster', 'CAD'),
  topic('Douane', 'Douanes', 'des Douanes', 'Customs', 'Zoll', 'DOU'),
  topic('Overheidsopdrachten', 'Marchés publics', 'des Marchés publics', 'Public Procurement', 'Öffentliches Auftragswesen', 'MAP'),
  topic('Telecommunicatie', 'Télécommunications', 'des Télécommunications', 'Telecommunications', 'Telekommunikation', 'TEL'),
  topic('Vervoer', 'Transports', 'des Transports', 'Transport', 'Verkehr', 'TRA'),
  topic('Cultuur', 'Culture', 'de la Culture', 'Culture', 'Kultur', 'CUL'),
  topic('Ruimtelijke Ordening', 'Aménagement du territoire', "de l'Aménagement du territoire", 'Spatial Planning', 'Raumordnung', 'AMT'),
  topic('Burgerlijke Stand', 'État civil', "de l'État civil", 'Civil Registration', 'Personenstand', 'ETC'),
  topic('Bevolking', 'Population', 'de la Population', 'Population', 'Bevölkerung', 'POP'),
  topic('Meteorologie', 'Météorologie', 'de la Météorologie', 'Meteorology', 'Meteorologie', 'MET'),
  topic('Cyberveiligheid', 'Cybersécurité', 'de la Cybersécurité', 'Cybersecurity', 'Cybersicherheit', 'CYB'),
  topic('Buitenlandse Handel', 'Commerce extérieur', 'du Commerce extérieur', 'Foreign Trade', 'Außenhandel', 'COM'),
  topic('Erfgoed', 'Patrimoine', 'du Patrimoine', 'Heritage', 'Kulturerbe', 'PAT'),
  topic('Innovatie', 'Innovation', "de l'Innovation", 'Innovation', 'Innovation', 'INN'),
];

type AgencyKind =
  | 'federal_public_service'
  | 'development_agency'
  | 'internal_service'
  | 'ministry'
  | 'regional_government'
  | 'local_government'
  | 'public_institution'
  | 'international_organisation';

const AGENCY_KINDS: readonly (readonly [AgencyKind, number])[] = [
  ['federal_public_service', 14],
  ['development_agency', 4],
  ['internal_service', 8],
  ['ministry', 30],
  ['regional_government', 9],
  ['local_government', 12],
  ['public_institution', 18],
  ['international_organisation', 5],
];

/** Kinds that are Belgian bodies by definition (a ministry is one of a partner country). */
const BELGIAN_KINDS = new Set<AgencyKind>(['federal_public_service', 'development_agency', 'internal_service', 'regional_government', 'local_government']);

const IATI_ORGANISATION_TYPE: Record<AgencyKind, number> = {
  federal_public_service: 10,
  development_agency: 10,
  internal_service: 10,
  ministry: 10,
  regional_government: 10,
  local_government: 11,
  public_institution: 15,
  international_organisation: 40,
};

/** How many experts each kind of agency tends to make available, relative to the others. */
const EXPERT_EMPLOYER_FACTOR: Record<AgencyKind, number> = {
  federal_public_service: 3,
  development_agency: 4,
  internal_service: 1.5,
  ministry: 0.6,
  regional_government: 1.5,
  local_government: 0.5,
  public_institution: 2,
  international_organisation: 0.5,
};

const PLACE_PARTS = {
  flemish: [
    ['Ooster', 'Wester', 'Hoog', 'Laag', 'Noord', 'Zuid', 'Sint-Ariens', 'Kleine-', 'Groot-', 'Moer', 'Heide'],
    ['kerke', 'hove', 'veld', 'dam', 'broek', 'mere', 'zele', 'gem', 'bergen', 'linde'],
  ],
  walloon: [
    ['Mont', 'Val', 'Roche', 'Bois', 'Fontaine', 'Clair', 'Haut', 'Beau', 'Ferri'],
    ['fort', 'mont', 'court', 'ville', 'rieux', 'champs', 'lieu', 'sart', 'mée'],
    ['', '', '', '-sur-Lesse', '-lez-Ourthe', '-en-Fagne', '-la-Haute'],
  ],
};

function placeName(rng: Random): string {
  const parts = rng.chance(0.55) ? PLACE_PARTS.flemish : PLACE_PARTS.walloon;
  return parts.map((pool) => rng.pick(pool)).join('');
}

interface NamePool {
  given: readonly string[];
  /** Syllable pools joined into an invented family name; '' makes a part optional. */
  family: readonly (readonly string[])[];
}

const NAME_POOLS: Record<NameGroup, NamePool> = {
  'be-nl': {
    given: ['Annelies', 'Bram', 'Dries', 'Els', 'Femke', 'Gert', 'Hanne', 'Ilse', 'Jan', 'Joke', 'Koen', 'Lien', 'Lotte', 'Maarten', 'Nele', 'Pieter', 'Roel', 'Sofie', 'Stijn', 'Tine', 'Veerle', 'Wouter', 'Jef', 'Griet'],
    family: [
      ['Van ', 'De ', 'Vanden', 'Ver', '', '', ''],
      ['broek', 'moer', 'kerck', 'linde', 'velde', 'straete', 'hout', 'waele', 'donck', 'meers', 'ghel', 'bossche', 'poel'],
      ['', 'e', 'aert', 'mans', 'hove', 'laere', 'ghem', 'ens'],
    ],
  },
  'be-fr': {
    given: ['Amélie', 'Benoît', 'Céline', 'Damien', 'Élodie', 'François', 'Gaëlle', 'Hugues', 'Isabelle', 'Julien', 'Laurence', 'Mathieu', 'Nathalie', 'Olivier', 'Pascale', 'Quentin', 'Sébastien', 'Thibault', 'Valérie', 'Xavier'],
    family: [
      ['', '', '', 'Du', 'De ', 'La'],
      ['dar', 'lem', 'rou', 'mal', 'ber', 'fon', 'gil', 'lam', 'col', 'pir', 'dur', 'hen'],
      ['vaux', 'mont', 'ard', 'ier', 'eau', 'ois', 'ette', 'lin', 'rand', 'otte', 'ssart'],
    ],
  },
  'be-de': {
    given: ['Jürgen', 'Anke', 'Heinz', 'Monika', 'Stefan', 'Ulrike', 'Rainer', 'Petra', 'Lukas', 'Carina'],
    family: [
      ['hau', 'kre', 'lam', 'scho', 'wei', 'ber', 'mer', 'kes'],
      ['mann', 'ner', 'brecht', 'scheid', 'bach', 'ling', 'sen'],
    ],
  },
  'west-africa': {
    given: ['Koffi', 'Aïcha', 'Mamadou', 'Fatou', 'Yao', 'Awa', 'Ibrahima', 'Mariam', 'Sèna', 'Rokia', 'Ousmane', 'Adjoa', 'Boubacar', 'Nafissatou'],
    family: [
      ['ag', 'dos', 'hou', 'kpa', 'gbe', 'ade', 'sog', 'tog', 'zin', 'dia', 'kou', 'sa'],
      ['bo', 'sou', 'nou', 'dé', 'ssi', 'gan', 'tin', 'kité', 'mbé', 'ré'],
    ],
  },
  'great-lakes': {
    given: ['Jean-Claude', 'Claudine', 'Innocent', 'Divine', 'Emmanuel', 'Grace', 'Patrick', 'Espérance', 'Aline', 'Eric', 'Joseline', 'Faustin'],
    family: [
      ['mu', 'nzi', 'ka', 'bi', 'uwi', 'ha', 'ndi', 'ki', 'ma'],
      ['gabo', 'rimana', 'yezu', 'kunzi', 'tete', 'rora', 'higa', 'senge', 'wamba'],
    ],
  },
  'east-africa': {
    given: ['Amani', 'Wanjiru', 'Tendai', 'Thabo', 'Zodwa', 'Otieno', 'Abebe', 'Neema', 'Baraka', 'Lindiwe'],
    family: [
      ['ki', 'mwa', 'ndlo', 'oti', 'ha', 'ma', 'ke', 'tshe', 'wa'],
      ['mani', 'ngi', 'vu', 'eno', 'ile', 'lulu', 'sego', 'bala', 'njiru'],
    ],
  },
  maghreb: {
    given: ['Youssef', 'Salma', 'Karim', 'Nadia', 'Hamza', 'Leila', 'Omar', 'Rania', 'Samir', 'Imane'],
    family: [
      ['Ben ', 'El ', 'Bou', 'Al '],
      ['hadd', 'am', 'rif', 'zek', 'tah', 'kar', 'mes'],
      ['i', 'ouni', 'ani', 'aoui'],
    ],
  },
  latam: {
    given: ['Lucía', 'Mateo', 'Camila', 'Diego', 'Valeria', 'Andrés', 'Rosa', 'Jorge', 'Carmen', 'Luis'],
    family: [
      ['quis', 'mar', 'val', 'hua', 'cor', 'ta', 'ca', 'ro'],
      ['pe', 'ta', 'lla', 'man', 'ri', 'que'],
      ['z', 'ño', 'nez', 'do', 'ra'],
    ],
  },
  asia: {
    given: ['Minh', 'Lan', 'Sokha', 'Dara', 'Maria', 'Rizal', 'Putri', 'Budi', 'Thao', 'Vanna'],
    family: [
      ['ngu', 'tra', 'pha', 'sok', 'chan', 'sant', 'wija', 'kus', 'rey', 'bau'],
      ['yen', 'an', 'm', 'hom', 'ya', 'tos', 'ma', 'es', 'na'],
    ],
  },
  'east-europe': {
    given: ['Olena', 'Taras', 'Iryna', 'Giorgi', 'Nino', 'Armen', 'Anahit', 'Ion', 'Elira', 'Besnik'],
    family: [
      ['kova', 'shev', 'bere', 'gela', 'mkrt', 'hako', 'rusu', 'hox', 'mel'],
      ['lenko', 'chuk', 'shvili', 'yan', 'dze', 'escu', 'ha', 'iani'],
    ],
  },
  lusophone: {
    given: ['João', 'Ana', 'Celso', 'Graça', 'Hélder', 'Luísa', 'Armando', 'Teresa'],
    family: [
      ['ma', 'cos', 'nha', 'tem', 'mon', 'sil', 'fur', 'bar'],
      ['cuácua', 'tane', 'vela', 'deiro', 'lane', 'mbe', 'tado'],
    ],
  },
};

const capitalizeWords = (value: string) => value.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());

/** ASCII letters and digits only, for e-mail local parts and host names. */
const slug = (value: string) =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

const AGREEMENT_KIND_LABEL: Record<string, L4> = {
  cooperation: { nl: 'Samenwerkingsakkoord', fr: 'Accord de coopération', en: 'Cooperation agreement', de: 'Kooperationsabkommen' },
  partnership: { nl: 'Partnerschapsovereenkomst', fr: 'Convention de partenariat', en: 'Partnership agreement', de: 'Partnerschaftsvereinbarung' },
  memorandum_of_understanding: { nl: 'Memorandum van overeenstemming', fr: "Protocole d'accord", en: 'Memorandum of understanding', de: 'Absichtserklärung' },
  framework: { nl: 'Raamovereenkomst', fr: 'Accord-cadre', en: 'Framework agreement', de: 'Rahmenabkommen' },
};

type MissionKind = 'support_mission' | 'expert_mission' | 'study_visit' | 'workshop' | 'assessment';

const MISSION_KINDS: readonly (readonly [MissionKind, number])[] = [
  ['expert_mission', 38],
  ['support_mission', 27],
  ['workshop', 15],
  ['study_visit', 10],
  ['assessment', 10],
];

/** Label and usual length in days of each kind of mission. */
const MISSION_KIND_INFO: Record<MissionKind, { label: L4; days: [number, number] }> = {
  support_mission: { label: { nl: 'Ondersteuningsmissie', fr: "Mission d'appui", en: 'Support mission', de: 'Unterstützungsmission' }, days: [3, 15] },
  expert_mission: { label: { nl: 'Expertenmissie', fr: "Mission d'expertise", en: 'Expert mission', de: 'Expertenmission' }, days: [5, 90] },
  study_visit: { label: { nl: 'Studiebezoek', fr: "Visite d'étude", en: 'Study visit', de: 'Studienbesuch' }, days: [3, 8] },
  workshop: { label: { nl: 'Workshop', fr: 'Atelier', en: 'Workshop', de: 'Workshop' }, days: [1, 4] },
  assessment: { label: { nl: 'Evaluatiemissie', fr: "Mission d'évaluation", en: 'Assessment mission', de: 'Bewertungsmission' }, days: [5, 20] },
};

const MISSION_OBJECTIVES: readonly ((d: L4) => L4)[] = [
  (d) => ({
    nl: `Huidige praktijk inzake ${d.nl} met de begunstigde doornemen en een stappenplan afspreken.`,
    fr: `Examiner avec le bénéficiaire les pratiques actuelles en matière de ${d.fr} et convenir d'une feuille de route.`,
    en: `Review current practice in ${d.en} with the beneficiary and agree on a roadmap.`,
    de: `Mit dem Begünstigten die derzeitige Praxis im Bereich ${d.de} prüfen und einen Fahrplan vereinbaren.`,
  }),
  (d) => ({
    nl: `Medewerkers van de begunstigde opleiden in ${d.nl}.`,
    fr: `Former le personnel du bénéficiaire en matière de ${d.fr}.`,
    en: `Train staff of the beneficiary in ${d.en}.`,
    de: `Mitarbeitende des Begünstigten im Bereich ${d.de} schulen.`,
  }),
  (d) => ({
    nl: `Noden inzake ${d.nl} in kaart brengen en verdere ondersteuning voorstellen.`,
    fr: `Évaluer les besoins en matière de ${d.fr} et proposer un appui complémentaire.`,
    en: `Assess needs in ${d.en} and propose follow-up support.`,
    de: `Den Bedarf im Bereich ${d.de} ermitteln und weitere Unterstützung vorschlagen.`,
  }),
];

const MISSION_OUTCOMES: readonly L4[] = [
  {
    nl: 'Aanbevelingen opgeleverd en door de begunstigde aanvaard.',
    fr: 'Recommandations remises et acceptées par le bénéficiaire.',
    en: 'Recommendations delivered and accepted by the beneficiary.',
    de: 'Empfehlungen übergeben und vom Begünstigten angenommen.',
  },
  {
    nl: 'Opleiding afgerond; een opvolgingsmissie wordt voorgesteld.',
    fr: 'Formation achevée ; une mission de suivi est proposée.',
    en: 'Training completed; a follow-up mission is proposed.',
    de: 'Schulung abgeschlossen; eine Folgemission wird vorgeschlagen.',
  },
  {
    nl: 'Evaluatieverslag gedeeld met de partnerinstelling.',
    fr: "Rapport d'évaluation transmis à l'institution partenaire.",
    en: 'Assessment report shared with the partner institution.',
    de: 'Bewertungsbericht an die Partnerinstitution übermittelt.',
  },
];

const BENEFICIARY_PREFIXES = ['Directorate-General for', 'National Office for', 'Department of', 'Agency for', 'Training Centre for'];

const POSITIONS: Record<'director' | 'international' | 'board' | 'minister' | 'secretary' | 'mayor' | 'clerk', L4> = {
  director: { nl: 'Directeur-generaal', fr: 'Directeur général', en: 'Director-General', de: 'Generaldirektor' },
  international: {
    nl: 'Hoofd Internationale Samenwerking',
    fr: 'Responsable de la coopération internationale',
    en: 'Head of International Cooperation',
    de: 'Leiter der internationalen Zusammenarbeit',
  },
  board: { nl: 'Voorzitter van het directiecomité', fr: 'Président du comité de direction', en: 'Chair of the Management Board', de: 'Vorsitzender des Direktionsausschusses' },
  minister: { nl: 'Minister', fr: 'Ministre', en: 'Minister', de: 'Minister' },
  secretary: { nl: 'Secretaris-generaal', fr: 'Secrétaire général', en: 'Secretary-General', de: 'Generalsekretär' },
  mayor: { nl: 'Burgemeester', fr: 'Bourgmestre', en: 'Mayor', de: 'Bürgermeister' },
  clerk: { nl: 'Algemeen directeur', fr: 'Directeur général communal', en: 'Chief Executive', de: 'Generaldirektor der Gemeinde' },
};

// French elisions (l', d') split off as one-letter words, which are dropped too.
const STOPWORDS = new Set(['and', 'of', 'for', 'the', 'de', 'la', 'le', 'l', 'd', 'des', 'du', 'et', 'en', 'van', 'voor', 'het', 'für', 'und', 'der', 'die', 'das']);

/** Initials of the significant words: "Institute for Mobility and Archives" → "IMA". */
function initials(name: string): string {
  return name
    .replace(/[’']/g, ' ')
    .split(/[\s-]+/)
    .filter((word) => word.length > 0 && !STOPWORDS.has(word.toLowerCase()))
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}

interface AgencyName {
  name: L4;
  acronym: L4 | null;
}

/** An invented name for an agency of a kind, from two topics (or a place, for municipalities). */
function agencyName(kind: AgencyKind, a: Topic, b: Topic, place: string): AgencyName {
  const pair = {
    nl: `${a.nl} en ${b.nl}`,
    fr: `${a.fr} et ${b.fr}`,
    frDe: `${a.frDe} et ${b.frDe}`,
    en: `${a.en} and ${b.en}`,
    de: `${a.de} und ${b.de}`,
  };
  const withInitials = (name: L4): AgencyName => ({ name, acronym: mapL4(name, initials) });
  switch (kind) {
    case 'federal_public_service': {
      const code = `${a.code}${b.code}`;
      return {
        name: {
          nl: `Federale Overheidsdienst ${pair.nl}`,
          fr: `Service public fédéral ${pair.fr}`,
          en: `Federal Public Service ${pair.en}`,
          de: `Föderaler Öffentlicher Dienst ${pair.de}`,
        },
        acronym: { nl: `FOD ${code}`, fr: `SPF ${code}`, en: `FPS ${code}`, de: `FÖD ${code}` },
      };
    }
    case 'development_agency':
      return withInitials({
        nl: `Belgisch Agentschap voor ${pair.nl}`,
        fr: `Agence belge ${pair.frDe}`,
        en: `Belgian Agency for ${pair.en}`,
        de: `Belgische Agentur für ${pair.de}`,
      });
    case 'internal_service':
      return withInitials({ nl: `Dienst ${pair.nl}`, fr: `Service ${pair.frDe}`, en: `${pair.en} Service`, de: `Dienst für ${pair.de}` });
    case 'ministry':
      return withInitials({ nl: `Ministerie van ${pair.nl}`, fr: `Ministère ${pair.frDe}`, en: `Ministry of ${pair.en}`, de: `Ministerium für ${pair.de}` });
    case 'regional_government':
      return withInitials({
        nl: `Gewestelijke Overheidsdienst ${pair.nl}`,
        fr: `Service public régional ${pair.fr}`,
        en: `Regional Public Service for ${pair.en}`,
        de: `Regionaler Öffentlicher Dienst für ${pair.de}`,
      });
    case 'local_government':
      return { name: { nl: `Gemeente ${place}`, fr: `Commune de ${place}`, en: `Municipality of ${place}`, de: `Gemeinde ${place}` }, acronym: null };
    case 'public_institution':
      return withInitials({ nl: `Instituut voor ${pair.nl}`, fr: `Institut ${pair.frDe}`, en: `Institute for ${pair.en}`, de: `Institut für ${pair.de}` });
    case 'international_organisation':
      return withInitials({
        nl: `Internationaal Centrum voor ${pair.nl}`,
        fr: `Centre international ${pair.frDe}`,
        en: `International Centre for ${pair.en}`,
        de: `Internationales Zentrum für ${pair.de}`,
      });
  }
}

// ---------------------------------------------------------------------------------------
// Bulk loading

interface ColumnValue {
  uuid: string;
  text: string;
  date: string;
  smallint: number;
  numeric: number;
  jsonb: object;
  daterange: string;
  'text[]': readonly string[];
  'smallint[]': readonly number[];
}
type ColumnType = keyof ColumnValue;
type TableColumns = Record<string, ColumnType>;
type RowOf<C extends TableColumns> = { [K in keyof C]: ColumnValue[C[K]] | null };

/** The parameter each column is sent as, and the cast back to the column's type (jsonb, ranges and arrays go as text). */
const PARAMETER: Record<ColumnType, { type: string; cast: string }> = {
  uuid: { type: 'uuid[]', cast: '' },
  text: { type: 'text[]', cast: '' },
  date: { type: 'date[]', cast: '' },
  smallint: { type: 'int2[]', cast: '' },
  numeric: { type: 'numeric[]', cast: '' },
  jsonb: { type: 'text[]', cast: '::jsonb' },
  daterange: { type: 'text[]', cast: '::daterange' },
  'text[]': { type: 'text[]', cast: '::text[]' },
  'smallint[]': { type: 'text[]', cast: '::smallint[]' },
};

/**
 * The columns the generator writes, per table, in an order where every table comes after
 * the tables it references: flushing in this order never breaks a foreign key. `synthetic`
 * is always true and added by the loader; version and timestamps keep their defaults.
 */
const TABLES = {
  source: { id: 'uuid', key: 'text', kind: 'text', title: 'text', publisher: 'text', language: 'text', excerpt: 'text' },
  domain: { id: 'uuid', key: 'text', parent_id: 'uuid', label: 'jsonb', dac_codes: 'text[]', policy_markers: 'smallint[]' },
  agency: {
    id: 'uuid',
    kind: 'text',
    iati_organisation_type: 'smallint',
    kbo_number: 'text',
    iati_org_id: 'text',
    country_id: 'uuid',
    website: 'text',
    existed_from: 'date',
    existed_until: 'date',
  },
  agency_name: { id: 'uuid', agency_id: 'uuid', lang: 'text', name: 'text', acronym: 'text', valid_from: 'date', valid_until: 'date' },
  agency_lineage: { id: 'uuid', predecessor_id: 'uuid', successor_id: 'uuid', kind: 'text', occurred_on: 'date', legal_basis: 'text' },
  person: { id: 'uuid', given_name: 'text', family_name: 'text', email: 'text', phones: 'text[]' },
  affiliation: { id: 'uuid', person_id: 'uuid', agency_id: 'uuid', position: 'jsonb', valid_from: 'date', valid_until: 'date' },
  agreement: {
    id: 'uuid',
    reference: 'text',
    title: 'jsonb',
    purpose: 'jsonb',
    kind: 'text',
    status: 'text',
    signed: 'daterange',
    signed_precision: 'text',
    valid_from: 'date',
    valid_until: 'date',
    parent_id: 'uuid',
  },
  agreement_party: { id: 'uuid', agreement_id: 'uuid', agency_id: 'uuid', role: 'text', signatory_id: 'uuid' },
  agreement_domain: { id: 'uuid', agreement_id: 'uuid', domain_id: 'uuid' },
  agreement_country: { id: 'uuid', agreement_id: 'uuid', country_id: 'uuid' },
  expert: { id: 'uuid', person_id: 'uuid', employer_id: 'uuid', languages: 'text[]', summary: 'text' },
  expert_domain: { id: 'uuid', expert_id: 'uuid', domain_id: 'uuid' },
  availability: { id: 'uuid', expert_id: 'uuid', starts_on: 'date', ends_on: 'date', status: 'text', note: 'text' },
  mission: {
    id: 'uuid',
    reference: 'text',
    title: 'jsonb',
    kind: 'text',
    status: 'text',
    country_id: 'uuid',
    beneficiary: 'text',
    agreement_id: 'uuid',
    planned_start: 'daterange',
    planned_start_precision: 'text',
    planned_end: 'daterange',
    planned_end_precision: 'text',
    actual_start: 'daterange',
    actual_start_precision: 'text',
    actual_end: 'daterange',
    actual_end_precision: 'text',
    objectives: 'jsonb',
    outcome: 'jsonb',
  },
  mission_domain: { id: 'uuid', mission_id: 'uuid', domain_id: 'uuid' },
  assignment: { id: 'uuid', mission_id: 'uuid', expert_id: 'uuid', role: 'text', days: 'numeric' },
  citation: { id: 'uuid', source_id: 'uuid', subject_type: 'text', subject_id: 'uuid' },
} as const satisfies Record<string, TableColumns>;

type TableName = keyof typeof TABLES;
type Row<T extends TableName> = RowOf<(typeof TABLES)[T]>;

/** The generated tables, parents first. */
export const GENERATED_TABLES: readonly string[] = ['country', ...Object.keys(TABLES)];

/** A PostgreSQL array literal: {"a","b"}. */
function arrayLiteral(values: readonly (string | number)[]): string {
  return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${v.replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
}

function insertSql(table: TableName): string {
  const columns = Object.entries(TABLES[table]) as [string, ColumnType][];
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const selected = columns.map(([, type], i) => `u.c${i}${PARAMETER[type].cast}`).join(', ');
  const params = columns.map(([, type], i) => `$${i + 1}::${PARAMETER[type].type}`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  return `INSERT INTO "${table}" (${names}, "synthetic") SELECT ${selected}, true FROM unnest(${params}) AS u(${aliases})`;
}

/**
 * Buffers rows per table, column by column, and writes them with one
 * `INSERT ... SELECT FROM unnest($1::uuid[], ...)` per table: a handful of statements per
 * few thousand rows, whatever the number of columns.
 */
class BulkLoader {
  private readonly buffers = new Map<TableName, unknown[][]>();
  private pending = 0;
  readonly inserted: Record<string, number> = {};

  constructor(
    private readonly manager: EntityManager,
    /** Rows buffered (over all tables) before `flushIfFull` writes them. */
    private readonly batchRows = 10_000,
  ) {}

  add<T extends TableName>(table: T, row: Row<T>): void {
    const columns = Object.entries(TABLES[table]) as [string, ColumnType][];
    const buffer = this.buffers.get(table) ?? columns.map((): unknown[] => []);
    this.buffers.set(table, buffer);
    const values = row as Record<string, unknown>;
    columns.forEach(([name, type], i) => {
      const value = values[name];
      if (value === null || value === undefined) buffer[i].push(null);
      else if (type === 'jsonb') buffer[i].push(JSON.stringify(value));
      else if (type === 'text[]' || type === 'smallint[]') buffer[i].push(arrayLiteral(value as (string | number)[]));
      else buffer[i].push(value);
    });
    this.pending += 1;
  }

  /** Writes the buffered rows if there are enough of them; true when it did. */
  async flushIfFull(): Promise<boolean> {
    if (this.pending < this.batchRows) return false;
    await this.flush();
    return true;
  }

  /** Writes every buffered row, parents' tables first. */
  async flush(): Promise<void> {
    for (const table of Object.keys(TABLES) as TableName[]) {
      const buffer = this.buffers.get(table);
      if (!buffer || buffer[0].length === 0) continue;
      await this.manager.query(insertSql(table), buffer);
      this.count(table, buffer[0].length);
      this.buffers.delete(table);
    }
    this.pending = 0;
  }

  count(table: string, rows: number): void {
    this.inserted[table] = (this.inserted[table] ?? 0) + rows;
  }
}

// ---------------------------------------------------------------------------------------
// Generation

interface CountryRow {
  id: string;
  def: CountryDef;
}

interface DomainRow {
  id: string;
  def: DomainDef;
}

interface AgencyInfo {
  id: string;
  kind: AgencyKind;
  /** Index into the generator's countries, or null for an international organisation. */
  country: number | null;
  from: number | null;
  until: number | null;
  /** Ids of the persons who sign for this agency. */
  signatories: string[];
  /** Used for a lineage edge already: each agency takes part in at most one, to keep dates consistent. */
  inLineage: boolean;
}

interface AgreementInfo {
  id: string;
  kind: string;
  draft: boolean;
  signedDay: number;
  from: number | null;
  until: number | null;
  countries: number[];
  domains: number[];
}

type Progress = NonNullable<GenerateOptions['onProgress']>;

class Generator {
  private readonly loader: BulkLoader;
  private readonly streams = new Map<string, Random>();
  private sourceId = '';
  private countries: CountryRow[] = [];
  private domains: DomainRow[] = [];
  private agencies: AgencyInfo[] = [];
  private agreements: AgreementInfo[] = [];
  private expertIds: string[] = [];
  /** For each domain, the experts who have it, in the order they were made. */
  private expertsByDomain: number[][] = [];
  private readonly emails = new Map<string, number>();
  private readonly kboNumbers = new Set<string>();

  constructor(
    private readonly manager: EntityManager,
    private readonly planned: PlannedCounts,
    private readonly seed: number,
    private readonly scale: number,
    private readonly progress: Progress,
  ) {
    this.loader = new BulkLoader(manager);
  }

  /** Rows inserted per generated table, in load order (zero for a table that got none). */
  get counts(): Record<string, number> {
    return Object.fromEntries(GENERATED_TABLES.map((table) => [table, this.loader.inserted[table] ?? 0]));
  }

  /** A stream for one concern: `ids:<table>` for ids, a phase name for choices. */
  private stream(label: string): Random {
    let rng = this.streams.get(label);
    if (!rng) {
      rng = new Random(this.seed, label);
      this.streams.set(label, rng);
    }
    return rng;
  }

  private newId(table: TableName | 'country'): string {
    return this.stream(`ids:${table}`).uuid();
  }

  private cite(subjectType: 'Agency' | 'Agreement' | 'Mission', subjectId: string): void {
    this.loader.add('citation', { id: this.newId('citation'), source_id: this.sourceId, subject_type: subjectType, subject_id: subjectId });
  }

  private async checkpoint(step: string, done: number, total: number): Promise<void> {
    if (await this.loader.flushIfFull()) this.progress(step, done, total);
  }

  private async finishStep(step: string, total: number): Promise<void> {
    await this.loader.flush();
    this.progress(step, total, total);
  }

  async run(existingSourceId: string | null): Promise<void> {
    await this.referenceData(existingSourceId);
    await this.generateAgencies();
    await this.generateAgreements();
    await this.generateExperts();
    await this.generateMissions();
  }

  // -- Source, countries and domains: reuse what is there, add what is missing.

  private async referenceData(existingSourceId: string | null): Promise<void> {
    const sourceId = this.newId('source');
    if (existingSourceId) {
      this.sourceId = existingSourceId;
    } else {
      this.sourceId = sourceId;
      this.loader.add('source', {
        id: sourceId,
        key: SYNTHETIC_SOURCE_KEY,
        kind: 'synthetic',
        title: 'Synthetic demonstration data: generated by the Coopgraph data generator; it describes no real agency, person or event.',
        publisher: 'Coopgraph',
        language: 'en',
        excerpt: `Generated with seed ${this.seed} at scale ${this.scale}. Names, e-mail addresses (example.org) and phone numbers (+32 2 000 …) are invented.`,
      });
    }

    // Ids are drawn for every listed country even when it exists, so that the ids of the
    // others do not depend on what the database already holds.
    const countryIds = COUNTRIES.map(() => this.newId('country'));
    const inserted = await this.manager.query(
      `INSERT INTO "country" ("id", "iso2", "iso3", "iso_numeric", "name", "synthetic")
       SELECT u.id, u.iso2, u.iso3, u.iso_numeric, u.name::jsonb, true
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, iso2, iso3, iso_numeric, name)
       ON CONFLICT ("iso2") DO NOTHING
       RETURNING "iso2"`,
      [
        countryIds,
        COUNTRIES.map((c) => c.iso2),
        COUNTRIES.map((c) => c.iso3),
        COUNTRIES.map((c) => c.numeric),
        COUNTRIES.map((c) => JSON.stringify(c.name)),
      ],
    );
    this.loader.count('country', (inserted as unknown[]).length);
    const present: { id: string; iso2: string }[] = await this.manager.query(
      `SELECT "id", "iso2"::text AS "iso2" FROM "country" WHERE "iso2"::text = ANY($1::text[])`,
      [COUNTRIES.map((c) => c.iso2)],
    );
    const countryIdByIso2 = new Map(present.map((row) => [row.iso2, row.id]));
    this.countries = COUNTRIES.map((def) => ({ id: countryIdByIso2.get(def.iso2)!, def }));

    const existing: { id: string; key: string }[] = await this.manager.query(`SELECT "id", "key" FROM "domain" WHERE "key" = ANY($1::text[])`, [
      DOMAINS.map((d) => d.key),
    ]);
    const domainIdByKey = new Map(existing.map((row) => [row.key, row.id]));
    const created: DomainRow[] = [];
    for (const def of DOMAINS) {
      const id = this.newId('domain');
      if (!domainIdByKey.has(def.key)) {
        domainIdByKey.set(def.key, id);
        created.push({ id, def });
      }
    }
    // Parents come first in DOMAINS, and a statement checks its foreign keys at its end.
    for (const { id, def } of created) {
      this.loader.add('domain', {
        id,
        key: def.key,
        parent_id: def.parent ? domainIdByKey.get(def.parent)! : null,
        label: def.label,
        dac_codes: def.dac,
        policy_markers: def.markers ?? [],
      });
    }
    this.domains = DOMAINS.map((def) => ({ id: domainIdByKey.get(def.key)!, def }));
    this.expertsByDomain = this.domains.map(() => []);
    await this.finishStep('reference data', 1);
  }

  /** Countries weighted as partners of agreements (Belgium has weight 0). */
  private partnerCountryPicker(): WeightedPicker {
    return new WeightedPicker(this.countries.map((c) => c.def.weight));
  }

  // -- Agencies, their dated names, lineage and signing officials.

  private async generateAgencies(): Promise<void> {
    const rng = this.stream('agencies');
    const total = this.planned.agencies;
    const partnerCountries = this.partnerCountryPicker();
    const belgium = this.countries.findIndex((c) => c.def.iso2 === 'BE');

    for (let i = 0; i < total; i += 1) {
      const kind = rng.weighted(AGENCY_KINDS);
      const belgian = BELGIAN_KINDS.has(kind) || (kind === 'public_institution' && rng.chance(0.75));
      this.agencies.push({
        id: this.newId('agency'),
        kind,
        country: belgian ? belgium : kind === 'international_organisation' ? null : partnerCountries.pick(rng),
        from: rng.chance(0.88) ? rng.int(dayOf('1962-01-01'), dayOf('2021-12-31')) : null,
        until: null,
        signatories: [],
        inLineage: false,
      });
    }

    const lineage = this.planLineage(rng);
    const usedNames = new Set<string>();
    for (let i = 0; i < total; i += 1) {
      this.writeAgency(rng, this.agencies[i], i, usedNames);
      await this.checkpoint('agencies', i + 1, total);
    }
    for (const edge of lineage) this.loader.add('agency_lineage', edge);
    await this.finishStep('agencies', total);
  }

  /** Mergers (the predecessor ends the day before) and splits (the successor starts that day). */
  private planLineage(rng: Random): Row<'agency_lineage'>[] {
    const agencies = this.agencies;
    const wanted = agencies.length >= 4 ? Math.max(1, Math.round(agencies.length * 0.06)) : 0;
    const edges: Row<'agency_lineage'>[] = [];
    for (let attempt = 0; edges.length < wanted && attempt < wanted * 50; attempt += 1) {
      const predecessor = agencies[rng.int(0, agencies.length - 1)];
      const successor = agencies[rng.int(0, agencies.length - 1)];
      if (predecessor === successor || predecessor.inLineage || successor.inLineage) continue;
      const earliest = Math.max(predecessor.from ?? dayOf('1990-01-01'), successor.from ?? dayOf('1990-01-01')) + 730;
      const latest = REFERENCE_DAY - 90;
      if (earliest > latest) continue;
      const day = rng.int(earliest, latest);
      const kind = rng.chance(0.7) ? 'merged_into' : 'split_from';
      if (kind === 'merged_into') predecessor.until = day - 1;
      else successor.from = day;
      predecessor.inLineage = true;
      successor.inLineage = true;
      edges.push({
        id: this.newId('agency_lineage'),
        predecessor_id: predecessor.id,
        successor_id: successor.id,
        kind,
        occurred_on: isoOf(day),
        legal_basis: `Royal decree of ${isoOf(day - rng.int(20, 200))} (fictional)`,
      });
    }
    return edges;
  }

  private writeAgency(rng: Random, agency: AgencyInfo, index: number, usedNames: Set<string>): void {
    const start = agency.from ?? dayOf('1995-01-01');
    const end = agency.until ?? REFERENCE_DAY;
    // Renames: most agencies keep one name, some change it once or twice.
    const versions = rng.weighted([
      [1, 70],
      [2, 22],
      [3, 8],
    ] as const);
    const renameDays = new Set<number>();
    if (end - start > 720) for (let v = 1; v < versions; v += 1) renameDays.add(rng.int(start + 360, end - 360));
    const renames = [...renameDays].sort((x, y) => x - y);

    let a = rng.pick(TOPICS);
    let b = rng.pick(TOPICS);
    let place = placeName(rng);
    for (let attempt = 0; (a === b || usedNames.has(agencyName(agency.kind, a, b, place).name.en)) && attempt < 20; attempt += 1) {
      a = rng.pick(TOPICS);
      b = rng.pick(TOPICS);
      place = placeName(rng);
    }
    usedNames.add(agencyName(agency.kind, a, b, place).name.en);
    const first = agencyName(agency.kind, a, b, place);

    for (let v = 0; v <= renames.length; v += 1) {
      if (v > 0) {
        // A rename keeps one field of competence and changes the other; a municipality merges.
        if (rng.chance(0.6)) b = rng.pick(TOPICS.filter((t) => t !== a));
        else a = rng.pick(TOPICS.filter((t) => t !== b));
        place = placeName(rng);
      }
      const { name, acronym } = agencyName(agency.kind, a, b, place);
      const validFrom = v === 0 ? agency.from : renames[v - 1];
      const validUntil = v < renames.length ? renames[v] - 1 : agency.until;
      for (const lang of LANGS) {
        this.loader.add('agency_name', {
          id: this.newId('agency_name'),
          agency_id: agency.id,
          lang,
          name: name[lang],
          acronym: acronym?.[lang] ?? null,
          valid_from: validFrom === null ? null : isoOf(validFrom),
          valid_until: validUntil === null ? null : isoOf(validUntil),
        });
      }
    }

    const belgian = agency.country !== null && this.countries[agency.country].def.iso2 === 'BE';
    this.loader.add('agency', {
      id: agency.id,
      kind: agency.kind,
      iati_organisation_type: IATI_ORGANISATION_TYPE[agency.kind],
      kbo_number: belgian ? this.kboNumber(rng) : null,
      iati_org_id: rng.chance(0.4) ? `ZZ-SYNTHETIC-${String(index + 1).padStart(5, '0')}` : null,
      country_id: agency.country === null ? null : this.countries[agency.country].id,
      website: rng.chance(0.7) ? `https://${slug(first.acronym?.en ?? first.name.en)}-${index + 1}.example.org/` : null,
      existed_from: agency.from === null ? null : isoOf(agency.from),
      existed_until: agency.until === null ? null : isoOf(agency.until),
    });
    this.cite('Agency', agency.id);
    this.writeSignatories(rng, agency);
  }

  /**
   * A KBO/BCE-shaped number whose mod-97 check digits are wrong on purpose: it can never
   * be a real enterprise's number, nor collide with one already in the database.
   */
  private kboNumber(rng: Random): string {
    for (;;) {
      const base = rng.int(0, 1) * 10_000_000 + rng.int(0, 9_999_999);
      const valid = 97 - (base % 97);
      let check = rng.int(1, 99);
      if (check === valid) check = (check % 99) + 1;
      const digits = `${String(base).padStart(8, '0')}${String(check).padStart(2, '0')}`;
      const number = `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
      if (!this.kboNumbers.has(number)) {
        this.kboNumbers.add(number);
        return number;
      }
    }
  }

  private writeSignatories(rng: Random, agency: AgencyInfo): void {
    const positions: L4[] =
      agency.kind === 'ministry'
        ? [POSITIONS.minister, POSITIONS.secretary]
        : agency.kind === 'local_government'
          ? [POSITIONS.mayor, POSITIONS.clerk]
          : [rng.chance(0.5) ? POSITIONS.director : POSITIONS.board, POSITIONS.international];
    // In office since 2000 or later, but never after the agency ceased to exist.
    const hi = agency.until ?? REFERENCE_DAY;
    const lo = Math.min(Math.max(agency.from ?? dayOf('2000-01-01'), dayOf('2000-01-01')), hi);
    for (const position of positions.slice(0, 2)) {
      const personId = this.writePerson(rng, this.nameGroupOf(rng, agency));
      agency.signatories.push(personId);
      this.loader.add('affiliation', {
        id: this.newId('affiliation'),
        person_id: personId,
        agency_id: agency.id,
        position,
        valid_from: isoOf(rng.int(lo, hi)),
        valid_until: agency.until === null ? null : isoOf(agency.until),
      });
    }
  }

  private nameGroupOf(rng: Random, agency: AgencyInfo): NameGroup {
    if (agency.country === null) return rng.pick(Object.keys(NAME_POOLS) as NameGroup[]);
    const def = this.countries[agency.country].def;
    if (def.iso2 !== 'BE') return def.group;
    return rng.weighted([
      ['be-nl', 55],
      ['be-fr', 40],
      ['be-de', 5],
    ] as const);
  }

  /** An invented person: a common given name, a family name built from syllables, contacts under reserved ranges. */
  private writePerson(rng: Random, group: NameGroup): string {
    const pool = NAME_POOLS[group];
    const givenName = rng.pick(pool.given);
    const familyName = capitalizeWords(pool.family.map((part) => rng.pick(part)).join('').trim());
    const local = `${slug(givenName)}.${slug(familyName)}`;
    const seen = (this.emails.get(local) ?? 0) + 1;
    this.emails.set(local, seen);
    // example.org is reserved for documentation (RFC 2606); +32 2 000 is not allocated.
    const phone = () => `+32 2 000 ${String(rng.int(0, 99)).padStart(2, '0')} ${String(rng.int(0, 99)).padStart(2, '0')}`;
    const phones = rng.weighted([
      [0, 20],
      [1, 70],
      [2, 10],
    ] as const);
    const id = this.newId('person');
    this.loader.add('person', {
      id,
      given_name: givenName,
      family_name: familyName,
      email: rng.chance(0.9) ? `${local}${seen > 1 ? seen : ''}@example.org` : null,
      phones: range(phones).map(phone),
    });
    return id;
  }

  // -- Agreements, their parties, domains and countries.

  private existedOn(agency: AgencyInfo, day: number): boolean {
    return (agency.from === null || agency.from <= day) && (agency.until === null || agency.until >= day);
  }

  /** A skewed pick among agencies that existed on `day` and are not chosen yet; any free agency if none turns up. */
  private pickAgency(rng: Random, picker: WeightedPicker, day: number, chosen: Set<number>): number {
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const index = picker.pick(rng);
      if (!chosen.has(index) && this.existedOn(this.agencies[index], day)) return index;
    }
    const offset = rng.int(0, this.agencies.length - 1);
    for (let k = 0; k < this.agencies.length; k += 1) {
      const index = (offset + k) % this.agencies.length;
      if (!chosen.has(index)) return index;
    }
    return -1;
  }

  private async generateAgreements(): Promise<void> {
    const rng = this.stream('agreements');
    const total = this.planned.agreements;
    const agencies = this.agencies;
    const allIndexes = range(agencies.length);
    const belgianIndexes = allIndexes.filter((i) => agencies[i].country !== null && this.countries[agencies[i].country!].def.iso2 === 'BE');
    // A few agencies sign most agreements: Zipf-like weights over a random ranking.
    const anyAgency = skewedPicker(rng, allIndexes, 1.1);
    const leadAgency = belgianIndexes.length > 0 ? skewedPicker(rng, belgianIndexes, 1.1) : anyAgency;
    const agenciesByCountry = new Map<number, number[]>();
    allIndexes.forEach((i) => {
      const c = agencies[i].country;
      if (c !== null) agenciesByCountry.set(c, [...(agenciesByCountry.get(c) ?? []), i]);
    });
    const countryPicker = this.partnerCountryPicker();
    const domainPicker = skewedPicker(rng, range(this.domains.length), 0.8, (d) => (this.domains[d].def.parent ? 1 : 0.35));
    const frameworks = total >= 3 ? Math.max(1, Math.round(total * 0.08)) : 0;
    const years = range(2026 - 2005 + 1).map((k) => [2005 + k, 1 + 0.12 * k] as const);

    for (let i = 0; i < total; i += 1) {
      const isFramework = i < frameworks;
      const parent = !isFramework && frameworks > 0 && rng.chance(0.3) ? this.agreements[rng.int(0, frameworks - 1)] : null;
      const kind = isFramework
        ? 'framework'
        : rng.weighted([
            ['cooperation', 42],
            ['partnership', 28],
            ['memorandum_of_understanding', 30],
          ] as const);
      const draft = !isFramework && rng.chance(0.04);

      let signedDay: number;
      if (parent) {
        signedDay = rng.int(Math.min(parent.signedDay + 30, REFERENCE_DAY), Math.min(parent.signedDay + 6 * 365, REFERENCE_DAY));
      } else {
        const year = draft ? rng.int(2025, 2026) : rng.weighted(years);
        signedDay = Math.min(rng.int(dayOf(`${year}-01-01`), dayOf(`${year}-12-31`)), REFERENCE_DAY);
      }
      const precision = rng.weighted([
        ['day', 72],
        ['month', 18],
        ['year', 8],
        ['unknown', 2],
      ] as const);
      let from: number | null = null;
      let until: number | null = null;
      let status = 'draft';
      if (!draft) {
        from = signedDay + rng.int(0, 60);
        until = isFramework ? from + 365 * rng.int(5, 10) : rng.chance(0.2) ? null : from + rng.int(365, 6 * 365);
        if (parent && parent.until !== null && until !== null) until = Math.max(from, Math.min(until, parent.until));
        if (until !== null && until < REFERENCE_DAY) status = rng.chance(0.85) ? 'expired' : 'terminated';
        else if (rng.chance(0.06)) {
          status = 'terminated';
          until = rng.int(from, Math.max(from, REFERENCE_DAY));
        } else status = 'signed';
      }

      // Countries: a child agreement works in (some of) its framework's countries.
      const countries = new Set<number>();
      if (parent) {
        const count = rng.int(1, parent.countries.length);
        for (const c of rng.shuffle([...parent.countries]).slice(0, count)) countries.add(c);
      } else {
        const count = rng.weighted([
          [1, 60],
          [2, 28],
          [3, 12],
        ] as const);
        for (let attempt = 0; countries.size < count && attempt < 20; attempt += 1) countries.add(countryPicker.pick(rng));
      }
      const domains = new Set<number>();
      const domainCount = rng.weighted([
        [1, 45],
        [2, 35],
        [3, 20],
      ] as const);
      for (let attempt = 0; domains.size < domainCount && attempt < 20; attempt += 1) domains.add(domainPicker.pick(rng));

      const info: AgreementInfo = {
        id: this.newId('agreement'),
        kind,
        draft,
        signedDay,
        from,
        until,
        countries: [...countries],
        domains: [...domains],
      };
      this.agreements.push(info);

      const countryNames = mapL4(this.countries[info.countries[0]].def.name, (_, lang) =>
        info.countries.map((c) => this.countries[c].def.name[lang]).join(', '),
      );
      const firstDomain = this.domains[info.domains[0]].def.label;
      const signed = draft ? null : fuzzyAt(signedDay, precision);
      this.loader.add('agreement', {
        id: info.id,
        reference: `SYN-AGR-${String(i + 1).padStart(6, '0')}`,
        title: mapL4(AGREEMENT_KIND_LABEL[kind], (label, lang) => `${label} – ${firstDomain[lang]} (${countryNames[lang]})`),
        purpose: {
          nl: `Versterking van ${inSentence(firstDomain.nl, 'nl')} in ${countryNames.nl} via uitwisseling van overheidsexpertise.`,
          fr: `Renforcement des capacités en matière de ${inSentence(firstDomain.fr, 'fr')} (${countryNames.fr}) par l'échange d'expertise publique.`,
          en: `Strengthen ${inSentence(firstDomain.en, 'en')} in ${countryNames.en} through the exchange of public-sector expertise.`,
          de: `Stärkung im Bereich ${firstDomain.de} in ${countryNames.de} durch den Austausch von Verwaltungsexpertise.`,
        },
        kind,
        status,
        signed: signed?.range ?? null,
        signed_precision: signed?.precision ?? null,
        valid_from: from === null ? null : isoOf(from),
        valid_until: until === null ? null : isoOf(until),
        parent_id: parent?.id ?? null,
      });
      for (const c of info.countries) {
        this.loader.add('agreement_country', { id: this.newId('agreement_country'), agreement_id: info.id, country_id: this.countries[c].id });
      }
      for (const d of info.domains) {
        this.loader.add('agreement_domain', { id: this.newId('agreement_domain'), agreement_id: info.id, domain_id: this.domains[d].id });
      }
      this.writeParties(rng, info, { leadAgency, anyAgency, agenciesByCountry });
      this.cite('Agreement', info.id);
      await this.checkpoint('agreements', i + 1, total);
    }
    await this.finishStep('agreements', total);
  }

  /** A Belgian lead party, a partner in one of the covered countries when there is one, and sometimes more. */
  private writeParties(
    rng: Random,
    agreement: AgreementInfo,
    pickers: { leadAgency: WeightedPicker; anyAgency: WeightedPicker; agenciesByCountry: Map<number, number[]> },
  ): void {
    const day = agreement.draft ? REFERENCE_DAY : agreement.signedDay;
    const wanted = Math.min(
      this.agencies.length,
      rng.weighted([
        [2, 55],
        [3, 30],
        [4, 15],
      ] as const),
    );
    const chosen = new Set<number>();
    const lead = this.pickAgency(rng, pickers.leadAgency, day, chosen);
    chosen.add(lead);
    const local = agreement.countries
      .flatMap((c) => pickers.agenciesByCountry.get(c) ?? [])
      .filter((i) => !chosen.has(i) && this.existedOn(this.agencies[i], day));
    // Prefer the first few local agencies: partner institutions are skewed too.
    const partner = local.length > 0 ? local[Math.floor(local.length * rng.next() ** 2)] : this.pickAgency(rng, pickers.anyAgency, day, chosen);
    if (partner >= 0) chosen.add(partner);
    while (chosen.size < wanted) {
      const extra = this.pickAgency(rng, pickers.anyAgency, day, chosen);
      if (extra < 0) break;
      chosen.add(extra);
    }

    [...chosen].forEach((index, position) => {
      const agency = this.agencies[index];
      const role =
        position === 0
          ? rng.weighted([
              ['funding', 50],
              ['signatory', 30],
              ['extending', 20],
            ] as const)
          : position === 1
            ? rng.weighted([
                ['implementing', 50],
                ['signatory', 30],
                ['accountable', 20],
              ] as const)
            : rng.pick(['implementing', 'accountable', 'extending'] as const);
      const signs = position < 2 && !agreement.draft && agency.signatories.length > 0 && rng.chance(0.8);
      this.loader.add('agreement_party', {
        id: this.newId('agreement_party'),
        agreement_id: agreement.id,
        agency_id: agency.id,
        role,
        signatory_id: signs ? rng.pick(agency.signatories) : null,
      });
    });
  }

  // -- Experts, with a person, an employer, languages, domains and availability.

  private languagesFor(rng: Random, group: NameGroup, countryDef: CountryDef | null): string[] {
    const languages = new Set<string>();
    const maybe = (lang: string, probability: number) => {
      if (rng.chance(probability)) languages.add(lang);
    };
    if (group === 'be-nl' || group === 'be-fr' || group === 'be-de') {
      languages.add(group.slice(3));
      maybe('fr', 0.6);
      maybe('nl', 0.35);
      maybe('en', 0.85);
      maybe('de', 0.1);
      maybe(rng.pick(['es', 'pt', 'ar', 'sw']), 0.1);
    } else {
      const own = countryDef?.languages ?? ['en'];
      languages.add(own[0]);
      for (const lang of own.slice(1)) maybe(lang, 0.5);
      maybe('en', 0.5);
      maybe('fr', 0.3);
    }
    return [...languages].slice(0, 4);
  }

  private async generateExperts(): Promise<void> {
    const rng = this.stream('experts');
    const total = this.planned.experts;
    const current = range(this.agencies.length).filter((i) => this.agencies[i].until === null);
    const employers = skewedPicker(rng, current.length > 0 ? current : range(this.agencies.length), 0.9, (i) => EXPERT_EMPLOYER_FACTOR[this.agencies[i].kind]);
    const domainPicker = skewedPicker(rng, range(this.domains.length), 0.7, (d) => (this.domains[d].def.parent ? 1 : 0.3));

    for (let i = 0; i < total; i += 1) {
      const employer = this.agencies[employers.pick(rng)];
      const group = this.nameGroupOf(rng, employer);
      const countryDef = employer.country === null ? null : this.countries[employer.country].def;
      const personId = this.writePerson(rng, group);
      const id = this.newId('expert');
      this.expertIds.push(id);

      const domains = new Set<number>();
      const domainCount = rng.weighted([
        [1, 40],
        [2, 40],
        [3, 20],
      ] as const);
      for (let attempt = 0; domains.size < domainCount && attempt < 20; attempt += 1) domains.add(domainPicker.pick(rng));
      const labels = [...domains].map((d) => inSentence(this.domains[d].def.label.en, 'en'));

      this.loader.add('expert', {
        id,
        person_id: personId,
        employer_id: employer.id,
        languages: this.languagesFor(rng, group, countryDef),
        summary: `${rng.int(3, 30)} years of public-sector experience in ${labels.join(', ')}.`,
      });
      for (const d of domains) {
        this.expertsByDomain[d].push(i);
        this.loader.add('expert_domain', { id: this.newId('expert_domain'), expert_id: id, domain_id: this.domains[d].id });
      }

      // Availability: consecutive periods around the reference date, most of them "available".
      const periods = rng.weighted([
        [0, 35],
        [1, 30],
        [2, 20],
        [3, 15],
      ] as const);
      let day = REFERENCE_DAY - 120 + rng.int(0, 200);
      for (let p = 0; p < periods; p += 1) {
        const length = rng.int(7, 90);
        const available = rng.chance(0.7);
        this.loader.add('availability', {
          id: this.newId('availability'),
          expert_id: id,
          starts_on: isoOf(day),
          ends_on: isoOf(day + length - 1),
          status: available ? 'available' : 'unavailable',
          note: available ? null : rng.pick(['Leave', 'Other assignment', 'Training', null]),
        });
        day += length + rng.int(5, 60);
      }
      await this.checkpoint('experts', i + 1, total);
    }
    await this.finishStep('experts', total);
  }

  // -- Missions under agreements, in the agreements' countries, with assignments.

  private missionStatus(rng: Random, start: number, end: number): string {
    if (end < REFERENCE_DAY) {
      return rng.weighted([
        ['completed', 88],
        ['cancelled', 10],
        ['ongoing', 2],
      ] as const);
    }
    if (start <= REFERENCE_DAY) {
      return rng.weighted([
        ['ongoing', 94],
        ['cancelled', 6],
      ] as const);
    }
    return rng.weighted([
      ['considered', 25],
      ['planned', 40],
      ['confirmed', 30],
      ['cancelled', 5],
    ] as const);
  }

  private async generateMissions(): Promise<void> {
    const rng = this.stream('missions');
    const total = this.planned.missions;
    const signed = this.agreements.filter((a) => !a.draft && a.from !== null);
    const eligible = signed.length > 0 ? signed : this.agreements;
    const agreementPicker = skewedPicker(rng, range(eligible.length), 0.75);
    // Some experts go on many missions, most on a few.
    const expertPicker = skewedPicker(rng, range(this.expertIds.length), 0.6);
    const anyDomain = range(this.domains.length);

    for (let i = 0; i < total; i += 1) {
      const agreement = eligible[agreementPicker.pick(rng)];
      const country = this.countries[rng.pick(agreement.countries)];
      const kind = rng.weighted(MISSION_KINDS);
      const info = MISSION_KIND_INFO[kind];

      const domains = new Set<number>();
      const domainCount = Math.min(agreement.domains.length, rng.int(1, 2));
      for (const d of rng.shuffle([...agreement.domains]).slice(0, domainCount)) domains.add(d);
      if (rng.chance(0.15)) domains.add(rng.pick(anyDomain));

      const windowStart = agreement.from ?? agreement.signedDay;
      const windowEnd = Math.max(windowStart, Math.min(agreement.until ?? REFERENCE_DAY + 540, REFERENCE_DAY + 540));
      const start = rng.int(windowStart, windowEnd);
      const duration = rng.int(info.days[0], info.days[1]);
      const end = start + duration - 1;
      const status = this.missionStatus(rng, start, end);

      const plannedPrecision: Precision =
        status === 'considered'
          ? rng.weighted([
              ['month', 50],
              ['year', 30],
              ['day', 20],
            ] as const)
          : rng.weighted([
              ['day', 70],
              ['month', 25],
              ['year', 5],
            ] as const);
      const hasPlan = !(status === 'considered' && rng.chance(0.2));
      const plannedStart = hasPlan ? fuzzyAt(start, plannedPrecision) : null;
      const plannedEnd = hasPlan ? fuzzyAt(end, plannedPrecision) : null;

      let actualStart: StoredFuzzyDate | null = null;
      let actualEnd: StoredFuzzyDate | null = null;
      if (status === 'ongoing' || status === 'completed') {
        const actualStartDay = Math.min(start + rng.int(-2, 3), REFERENCE_DAY);
        const actualPrecision: Precision = rng.chance(0.9) ? 'day' : 'month';
        actualStart = fuzzyAt(actualStartDay, actualPrecision);
        if (status === 'completed') {
          actualEnd = fuzzyAt(Math.min(Math.max(actualStartDay, end + rng.int(-3, 7)), REFERENCE_DAY), actualPrecision);
        }
      }

      const firstDomain = this.domains[[...domains][0]].def.label;
      const id = this.newId('mission');
      this.loader.add('mission', {
        id,
        reference: `SYN-MIS-${String(i + 1).padStart(6, '0')}`,
        title: mapL4(info.label, (label, lang) => `${label}: ${inSentence(firstDomain[lang], lang)} (${country.def.name[lang]})`),
        kind,
        status,
        country_id: country.id,
        beneficiary: `${rng.pick(BENEFICIARY_PREFIXES)} ${inSentence(firstDomain.en, 'en')}`,
        agreement_id: agreement.id,
        planned_start: plannedStart?.range ?? null,
        planned_start_precision: plannedStart?.precision ?? null,
        planned_end: plannedEnd?.range ?? null,
        planned_end_precision: plannedEnd?.precision ?? null,
        actual_start: actualStart?.range ?? null,
        actual_start_precision: actualStart?.precision ?? null,
        actual_end: actualEnd?.range ?? null,
        actual_end_precision: actualEnd?.precision ?? null,
        objectives: rng.chance(0.9) ? rng.pick(MISSION_OBJECTIVES)(mapL4(firstDomain, inSentence)) : null,
        outcome: status === 'completed' && rng.chance(0.8) ? rng.pick(MISSION_OUTCOMES) : null,
      });
      for (const d of domains) {
        this.loader.add('mission_domain', { id: this.newId('mission_domain'), mission_id: id, domain_id: this.domains[d].id });
      }
      this.writeAssignments(rng, id, kind, duration, [...domains], expertPicker);
      this.cite('Mission', id);
      await this.checkpoint('missions', i + 1, total);
    }
    await this.finishStep('missions', total);
  }

  /** 1–4 distinct experts, mostly ones with a domain of the mission; the first leads. */
  private writeAssignments(rng: Random, missionId: string, kind: MissionKind, duration: number, domains: number[], expertPicker: WeightedPicker): void {
    const wanted = Math.min(
      this.expertIds.length,
      rng.weighted([
        [1, 35],
        [2, 35],
        [3, 20],
        [4, 10],
      ] as const),
    );
    const chosen = new Set<number>();
    for (let attempt = 0; chosen.size < wanted && attempt < wanted * 10; attempt += 1) {
      const specialists = this.expertsByDomain[rng.pick(domains)];
      const expert =
        specialists.length > 0 && rng.chance(0.75) ? specialists[Math.floor(specialists.length * rng.next() ** 1.5)] : expertPicker.pick(rng);
      chosen.add(expert);
    }
    const maxDays = Math.min(duration, 366);
    let position = 0;
    for (const expert of chosen) {
      // Workshops and visits take the whole team for the whole time; other missions vary.
      const days =
        kind === 'workshop' || kind === 'study_visit' ? maxDays : Math.min(maxDays, Math.max(0.5, Math.round(maxDays * (0.3 + 0.7 * rng.next()) * 2) / 2));
      this.loader.add('assignment', {
        id: this.newId('assignment'),
        mission_id: missionId,
        expert_id: this.expertIds[expert],
        role: position === 0 ? 'lead' : 'member',
        days: rng.chance(0.05) ? null : days,
      });
      position += 1;
    }
  }
}

/**
 * Generates synthetic data into the database, in one transaction.
 *
 * Idempotence: when the synthetic source already has citations, synthetic data is present
 * and the run is skipped (the report says so). Skipping is chosen over deleting and
 * regenerating because real rows may by now refer to synthetic ones (an assignment of a real
 * expert to a synthetic mission), and a cascade would remove them silently. To regenerate,
 * start from a fresh database.
 */
export async function generateSynthetic(dataSource: DataSource, options: GenerateOptions): Promise<GenerateReport> {
  const started = performance.now();
  const planned = plannedCounts(options.scale);
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`The seed must be a whole number from 0 to ${0xffffffff}, got ${String(seed)}.`);
  }
  const progress: Progress = options.onProgress ?? (() => undefined);

  // Everything goes through the transaction's manager: with the embedded database the pool
  // has one connection, and any other query would wait for this transaction forever.
  return dataSource.transaction(async (manager) => {
    // Two generators at once would both find no synthetic data and both load it.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SYNTHETIC_SOURCE_KEY]);
    const [existing]: { id: string; cited: boolean }[] = await manager.query(
      `SELECT s."id", EXISTS (SELECT 1 FROM "citation" c WHERE c."source_id" = s."id") AS "cited"
       FROM "source" s WHERE s."key" = $1`,
      [SYNTHETIC_SOURCE_KEY],
    );
    if (existing?.cited) {
      return {
        counts: {},
        ms: Math.round(performance.now() - started),
        skipped: `Synthetic data is already present (source "${SYNTHETIC_SOURCE_KEY}" has citations); nothing was generated. Start from a fresh database to regenerate.`,
      };
    }
    const generator = new Generator(manager, planned, seed, options.scale, progress);
    await generator.run(existing?.id ?? null);
    return { counts: generator.counts, ms: Math.round(performance.now() - started) };
  });
}
