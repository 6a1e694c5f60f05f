/**
 * The analyst's guide: real questions about the partnership graph, each answered by one
 * query. `pnpm guide` runs them on the seed data and writes docs/analyst-guide.md; a test
 * runs them again and fails when an answer no longer matches the committed guide.
 */
export interface GuideQuestion {
  question: string;
  /** Why the query is written the way it is: the feature it shows. */
  note: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Request headers, such as Accept-Language. */
  headers?: Record<string, string>;
}

export const guideQuestions: GuideQuestion[] = [
  {
    question: 'What did BOSA and BTC sign in June 2017, and what does it cover?',
    note: 'An agreement by reference, its dated signature, its parties and the countries it covers (a connection would page them; these lists are short).',
    query: `{
  agreement(reference: "BOSA-BTC-2017") {
    title
    signedOn { iso text }
    parties { role agency { name(asOf: "2017-06-02") } }
    countries { iso2 }
  }
}`,
  },
  {
    question: 'What was BTC called when it signed, in each language, and what is it called now?',
    note: 'Names are dated: `asOf` picks the name in use that day; without it, today\'s.',
    query: `{
  agencies(first: 1, filter: { kboNumber: { eq: "0264.814.354" } }) {
    nodes {
      nl: name(lang: NL, asOf: "2017-06-02") nlAcronym: acronym(lang: NL, asOf: "2017-06-02")
      fr: name(lang: FR, asOf: "2017-06-02") frAcronym: acronym(lang: FR, asOf: "2017-06-02")
      now: name
    }
  }
}`,
  },
  {
    question: 'Which services were merged into BOSA, when, and on what legal basis?',
    note: 'Lineage edges are nodes of their own, with a date and the act they rest on.',
    query: `{
  agencies(first: 1, filter: { kboNumber: { eq: "0671.516.647" } }) {
    nodes {
      predecessorLinks { kind occurredOn legalBasis predecessor { name(lang: NL) } }
    }
  }
}`,
  },
  {
    question: 'Which missions run under agreements certainly signed in 2017?',
    note: 'A filter through a relation, on a date of known precision: `within` means every possible day lies in the period.',
    query: `{
  missions(first: 10, filter: { agreement: { signedOn: { within: { from: "2017-01-01", to: "2017-12-31" } } } }) {
    nodes { reference title(lang: EN) status plannedStart { text(lang: EN) } country { name(lang: EN) } }
  }
}`,
  },
  {
    question: 'Which agencies have an agreement in e-governance or any of its sub-domains?',
    note: '`some` through two relations, and `subtreeOf` for the domain tree. Ordered by today\'s name.',
    query: `{
  agencies(first: 10, filter: { agreements: { some: { domains: { some: { subtreeOf: "e-governance" } } } } }) {
    nodes { name(lang: EN) parties(first: 5) { nodes { role agreement { reference } } } }
  }
}`,
  },
  {
    question: 'Which countries were partner countries of Belgian governmental cooperation on 1 January 2017?',
    note: 'A list as of a day: the designation decided in May 2015 counts from then.',
    query: `{
  countries(first: 20, asOf: "2017-01-01", filter: { isPartnerOn: "2017-01-01" }, orderBy: [{ field: NAME }]) {
    totalCount
    nodes { iso2 name(lang: EN) }
  }
}`,
  },
  {
    question: 'How many missions are there per country and year, with expert-days?',
    note: 'An aggregate over two dimensions; the year is the first possible year of the start.',
    query: `{
  missionStats(groupBy: [COUNTRY, YEAR]) { country { iso2 } year count expertDays }
}`,
  },
  {
    question: 'How many agreements cover each domain, counting sub-domains?',
    note: 'A domain counts the agreements on it or anywhere below it.',
    query: `{
  agreementStats(groupBy: [DOMAIN]) { domain { key } count missionCount }
}`,
  },
  {
    question: 'When exactly did Fedict sign its e-governance agreement with BTC?',
    note: 'The day is unknown: the press release only says "recently" in June 2017. Coopgraph keeps it unknown, with the bound it knows.',
    query: `{
  agreement(reference: "FEDICT-BTC-EGOV") {
    signedOn { precision earliest latest text(lang: EN) }
    domains { key }
  }
}`,
  },
  {
    question: 'Where does the July 2017 Benin mission come from, word for word?',
    note: 'Provenance: every node cites its sources, with the supporting passage.',
    query: `{
  mission(reference: "BJ-2017-07-HRM") {
    citations { quote source { key kind publishedOn { iso } } }
  }
}`,
  },
  {
    question: 'Who are the contacts named in the press release, with their positions?',
    note: 'People and their affiliations, in Dutch where a Dutch position exists (Accept-Language).',
    headers: { 'accept-language': 'nl' },
    query: `{
  people(first: 10) { nodes { name affiliations { position agency { acronym(asOf: "2017-06-02") } } } }
}`,
  },
];
