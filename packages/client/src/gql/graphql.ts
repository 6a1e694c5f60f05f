/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day without a time zone, written YYYY-MM-DD (ISO 8601), for example 2017-06-02. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** An edge from a person to an agency they work for, with their position (for example "International Coordination"). */
export type Affiliation = Node & {
  __typename?: 'Affiliation';
  /** The agency. */
  agency: Agency;
  /** When this record was archived (kept with its history, restorable); null while it is current. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The citations of sources this makes, with the supporting passages. */
  citations: Array<Citation>;
  /** When this record was created in Coopgraph. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Every recorded change to this object, newest first. Read-only. */
  history: ChangeConnection;
  /** The global ID of this object: opaque, stable, usable with `node(id)`. */
  id: Scalars['ID']['output'];
  /** The person. */
  person: Person;
  /** The person's position at the agency ("International Coordination"). */
  position?: Maybe<Scalars['String']['output']>;
  /** The position in every language Coopgraph has it in. */
  positionTranslations: Array<Translation>;
  /** The sources this is based on. */
  sources: Array<Source>;
  /** True for generated demonstration data, which describes no real agency, person or event. */
  synthetic: Scalars['Boolean']['output'];
  /** When this record was last changed in Coopgraph. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** First day in this position (YYYY-MM-DD), if known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day in this position (YYYY-MM-DD); null while current or unknown. */
  validUntil?: Maybe<Scalars['Date']['output']>;
  /** Grows by one with every change; updates must send the version they read. */
  version: Scalars['Int']['output'];
};


/** An edge from a person to an agency they work for, with their position (for example "International Coordination"). */
export type AffiliationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An edge from a person to an agency they work for, with their position (for example "International Coordination"). */
export type AffiliationPositionArgs = {
  lang?: InputMaybe<Language>;
};

/** A page of affiliations. */
export type AffiliationConnection = {
  __typename?: 'AffiliationConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<AffiliationEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Affiliation>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of affiliations. */
export type AffiliationEdge = {
  __typename?: 'AffiliationEdge';
  /** An opaque cursor for this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge. */
  node: Affiliation;
};

/** Conditions on affiliations of people with agencies. */
export type AffiliationFilter = {
  /** The agency. */
  agency?: InputMaybe<AgencyFilter>;
  /** Every one of these filters holds. */
  and?: InputMaybe<Array<AffiliationFilter>>;
  /** This filter does not hold. */
  not?: InputMaybe<AffiliationFilter>;
  /** At least one of these filters holds. */
  or?: InputMaybe<Array<AffiliationFilter>>;
  /** The person. */
  person?: InputMaybe<PersonFilter>;
};

/** Conditions on a list of Affiliation items. */
export type AffiliationListFilter = {
  /** Every item matches (true for an empty list). */
  every?: InputMaybe<AffiliationFilter>;
  /** No item matches. */
  none?: InputMaybe<AffiliationFilter>;
  /** At least one item matches. */
  some?: InputMaybe<AffiliationFilter>;
};

/** One sort key for Affiliation lists. */
export type AffiliationOrder = {
  /** The direction (ascending by default). */
  direction?: OrderDirection;
  /** The key to sort by. */
  field: AffiliationOrderField;
};

/** What to sort Affiliation items by. The ID is always the last key, so the order is total and cursors are stable. */
export type AffiliationOrderField =
  /** The person's family name. */
  | 'FAMILY_NAME'
  /** First day in the position. */
  | 'VALID_FROM';

/** A public body that signs agreements and makes experts available. Its names are dated and localized: a rename is a new dated name of the same agency (BTC became Enabel on 2018-01-01). */
export type Agency = Node & {
  __typename?: 'Agency';
  /** The agency's acronym in a language, as it was on a day (FOD BOSA, SPF BOSA, CTB, ...). */
  acronym?: Maybe<Scalars['String']['output']>;
  /** People working for this agency, with their positions. */
  affiliations: AffiliationConnection;
  /** The agreements the agency is party to, in any role. */
  agreements: AgreementConnection;
  /** When this record was archived (kept with its history, restorable); null while it is current. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The citations of sources this makes, with the supporting passages. */
  citations: Array<Citation>;
  /** The country the agency belongs to. */
  country?: Maybe<Country>;
  /** When this record was created in Coopgraph. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** First day of existence (YYYY-MM-DD); null when unknown. */
  existedFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day of existence (YYYY-MM-DD); null while the agency exists. */
  existedUntil?: Maybe<Scalars['Date']['output']>;
  /** Experts this agency employs and makes available. */
  experts: ExpertConnection;
  /** Every recorded change to this object, newest first. Read-only. */
  history: ChangeConnection;
  /** IATI organisation identifier, for example BE-BCE_KBO-0264814354. */
  iatiOrgId?: Maybe<Scalars['String']['output']>;
  /** IATI OrganisationType code (10 = Government, 15 = Other public sector, ...). */
  iatiOrganisationType?: Maybe<Scalars['Int']['output']>;
  /** The global ID of this object: opaque, stable, usable with `node(id)`. */
  id: Scalars['ID']['output'];
  /** Belgian enterprise number (KBO / BCE), written 0671.516.647. */
  kboNumber?: Maybe<Scalars['String']['output']>;
  /** What kind of public body this is. */
  kind: AgencyKind;
  /** The agency's name in a language, as it was on a day. */
  name: Scalars['String']['output'];
  /** Every name of the agency, in every language, with its period; or those in use on `asOf`. */
  names: Array<AgencyName>;
  /** The agency's parts in agreements: each with the agreement and its role. */
  parties: AgreementPartyConnection;
  /** Lineage edges to this agency's predecessors, with dates and legal basis. */
  predecessorLinks: Array<AgencyLineage>;
  /** Agencies this one descends from (merged into it, or split off from by it); as of a day, only lineage that had happened by then. */
  predecessors: Array<Agency>;
  /** The sources this is based on. */
  sources: Array<Source>;
  /** Lineage edges to this agency's successors, with dates and legal basis. */
  successorLinks: Array<AgencyLineage>;
  /** Agencies that descend from this one; as of a day, only lineage that had happened by then. */
  successors: Array<Agency>;
  /** True for generated demonstration data, which describes no real agency, person or event. */
  synthetic: Scalars['Boolean']['output'];
  /** When this record was last changed in Coopgraph. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Grows by one with every change; updates must send the version they read. */
  version: Scalars['Int']['output'];
  /** The agency's website. */
  website?: Maybe<Scalars['String']['output']>;
};


/** A public body that signs agreements and makes experts available. Its names are dated and localized: a rename is a new dated name of the same agency (BTC became Enabel on 2018-01-01). */
export type AgencyAcronymArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  lang?: InputMaybe<Language>;
};


/** A public body that signs agreements and makes experts available. Its names are dated and localized: a rename is a new dated name of the same agency (BTC became Enabel on 2018-01-01). */
export type AgencyAffiliationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AffiliationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AffiliationOrder>>;
};


/** A public body that signs agreements and makes experts available. Its names are dated and localized: a rename is a new dated name of the same agency (BTC became Enabel on 2018-01-01). */
export type AgencyAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AgreementOrder>>;
};


/** A public body that signs agreements and makes experts available. Its names are dated and localized: a rename is a new dated name of the same agency (BTC became Enabel on 2018-01-01). */
export type AgencyExpertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ExpertOrder>>;
};


/** A public body that signs agreements and makes experts available. Its names are dated and localized: a rename is a new dated name of the same agency (BTC became Enabel on 2018-01-01). */
export type AgencyHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A public body that signs agreements and makes experts available. Its names are dated and localized: a rename is a new dated name of the same agency (BTC became Enabel on 2018-01-01). */
export type AgencyNameArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  lang?: InputMaybe<Language>;
};


/** A public body that signs agreements and makes experts available. Its names are dated and localized: a rename is a new dated name of the same agency (BTC became Enabel on 2018-01-01). */
export type AgencyNamesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** A public body that signs agreements and makes experts available. Its names are dated and localized: a rename is a new dated name of the same agency (BTC became Enabel on 2018-01-01). */
export type AgencyPartiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementPartyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AgreementPartyOrder>>;
};

/** A page of agencies. */
export type AgencyConnection = {
  __typename?: 'AgencyConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<AgencyEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Agency>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A new agency. */
export type AgencyCreateInput = {
  /** Its country. */
  countryId?: InputMaybe<Scalars['ID']['input']>;
  /** First day of existence. */
  existedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day of existence. */
  existedUntil?: InputMaybe<Scalars['Date']['input']>;
  /** IATI organisation identifier, unique. */
  iatiOrgId?: InputMaybe<Scalars['String']['input']>;
  /** IATI OrganisationType code. */
  iatiOrganisationType?: InputMaybe<Scalars['Int']['input']>;
  /** Makes a retried request harmless: the same key answers the agency created the first time. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** KBO/BCE number (0264.814.354), unique. */
  kboNumber?: InputMaybe<Scalars['String']['input']>;
  /** What kind of public body it is. */
  kind: AgencyKind;
  /** Its names, at least one. */
  names: Array<AgencyNameInput>;
  /** Since when the names are used; defaults to the first day of existence. */
  namesFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Its website (https://...). */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** An edge in a list of agencies. */
export type AgencyEdge = {
  __typename?: 'AgencyEdge';
  /** An opaque cursor for this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge. */
  node: Agency;
};

/** Conditions on agencies; fields combine with AND, and `and` / `or` / `not` compose them. */
export type AgencyFilter = {
  /** The agreements it is party to. */
  agreements?: InputMaybe<AgreementListFilter>;
  /** Every one of these filters holds. */
  and?: InputMaybe<Array<AgencyFilter>>;
  /** The country the agency belongs to. */
  country?: InputMaybe<CountryFilter>;
  /** First day of existence. */
  existedFrom?: InputMaybe<DateFilter>;
  /** Last day of existence. */
  existedUntil?: InputMaybe<DateFilter>;
  /** Existed on this day (an unknown start or end counts as open). */
  existsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The experts it employs. */
  experts?: InputMaybe<ExpertListFilter>;
  /** IATI organisation identifier. */
  iatiOrgId?: InputMaybe<StringFilter>;
  /** IATI OrganisationType code. */
  iatiOrganisationType?: InputMaybe<IntFilter>;
  /** The agency's ID. */
  id?: InputMaybe<IdFilter>;
  /** Belgian enterprise number (0671.516.647). */
  kboNumber?: InputMaybe<StringFilter>;
  /** What kind of public body it is. */
  kind?: InputMaybe<AgencyKindFilter>;
  /** Any of its names or acronyms, in any language and at any date (BTC, CTB and Enabel all match the same agency). */
  name?: InputMaybe<TextFilter>;
  /** This filter does not hold. */
  not?: InputMaybe<AgencyFilter>;
  /** At least one of these filters holds. */
  or?: InputMaybe<Array<AgencyFilter>>;
  /** Its parts in agreements (role included). */
  parties?: InputMaybe<AgreementPartyListFilter>;
  /** Agencies it descends from. */
  predecessors?: InputMaybe<AgencyListFilter>;
  /** Agencies that descend from it. */
  successors?: InputMaybe<AgencyListFilter>;
  /** True for generated demonstration data. */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What kind of public body an agency is. */
export type AgencyKind =
  /** A development agency, such as BTC / Enabel. */
  | 'DEVELOPMENT_AGENCY'
  /** A Belgian federal public service (FOD / SPF / FÖD). */
  | 'FEDERAL_PUBLIC_SERVICE'
  /** A service internal to the administration, such as a prevention service. */
  | 'INTERNAL_SERVICE'
  /** An international or multilateral organisation. */
  | 'INTERNATIONAL_ORGANISATION'
  /** A municipality, province or other local authority. */
  | 'LOCAL_GOVERNMENT'
  /** A ministry of a partner country or another state. */
  | 'MINISTRY'
  /** Another public institution (agency, institute, public company). */
  | 'PUBLIC_INSTITUTION'
  /** A regional or community government or its administration. */
  | 'REGIONAL_GOVERNMENT';

/** Conditions on a AgencyKind value. */
export type AgencyKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<AgencyKind>;
  /** One of. */
  in?: InputMaybe<Array<AgencyKind>>;
  /** True: has no value; false: has one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** None of. */
  notIn?: InputMaybe<Array<AgencyKind>>;
};

/** A dated edge from a predecessor agency to its successor: a merger or a split. */
export type AgencyLineage = Node & {
  __typename?: 'AgencyLineage';
  /** When this record was archived (kept with its history, restorable); null while it is current. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The citations of sources this makes, with the supporting passages. */
  citations: Array<Citation>;
  /** When this record was created in Coopgraph. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Every recorded change to this object, newest first. Read-only. */
  history: ChangeConnection;
  /** The global ID of this object: opaque, stable, usable with `node(id)`. */
  id: Scalars['ID']['output'];
  /** A merger or a split. */
  kind: LineageKind;
  /** The act it rests on, for example a royal decree. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** The day it took effect (YYYY-MM-DD). */
  occurredOn?: Maybe<Scalars['Date']['output']>;
  /** The agency that came first. */
  predecessor: Agency;
  /** The sources this is based on. */
  sources: Array<Source>;
  /** The agency that came after. */
  successor: Agency;
  /** True for generated demonstration data, which describes no real agency, person or event. */
  synthetic: Scalars['Boolean']['output'];
  /** When this record was last changed in Coopgraph. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Grows by one with every change; updates must send the version they read. */
  version: Scalars['Int']['output'];
};


/** A dated edge from a predecessor agency to its successor: a merger or a split. */
export type AgencyLineageHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Conditions on a list of Agency items. */
export type AgencyListFilter = {
  /** Every item matches (true for an empty list). */
  every?: InputMaybe<AgencyFilter>;
  /** No item matches. */
  none?: InputMaybe<AgencyFilter>;
  /** At least one item matches. */
  some?: InputMaybe<AgencyFilter>;
};

/** Merges an agency into another on a day: a dated lineage edge, and the merged agency ceases the day before. */
export type AgencyMergeInput = {
  /** The agency that is merged (it ceases to exist on its own). */
  id: Scalars['ID']['input'];
  /** The agency it is merged into. */
  intoId: Scalars['ID']['input'];
  /** The act it rests on (at most 500 characters). */
  legalBasis?: InputMaybe<Scalars['String']['input']>;
  /** The day the merger took effect. */
  on: Scalars['Date']['input'];
  /** The version of that agency you read. */
  version: Scalars['Int']['input'];
};

/** A name and acronym of an agency in one language, valid over a period. Renames are new names, not edits. */
export type AgencyName = {
  __typename?: 'AgencyName';
  /** The acronym in this language (FOD BOSA, SPF BOSA, ...). */
  acronym?: Maybe<Scalars['String']['output']>;
  /** When this record was archived (kept with its history, restorable); null while it is current. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When this record was created in Coopgraph. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The language of this name. */
  lang: Language;
  /** The full name. */
  name: Scalars['String']['output'];
  /** True for generated demonstration data, which describes no real agency, person or event. */
  synthetic: Scalars['Boolean']['output'];
  /** When this record was last changed in Coopgraph. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** First day the name is used (YYYY-MM-DD); null when unknown. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day the name is used (YYYY-MM-DD); null while in use. */
  validUntil?: Maybe<Scalars['Date']['output']>;
  /** Grows by one with every change; updates must send the version they read. */
  version: Scalars['Int']['output'];
};

/** A name of an agency in one language. */
export type AgencyNameInput = {
  /** The acronym in this language (at most 30 characters). */
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** The language of the name. */
  lang: Language;
  /** The full name (at most 300 characters). */
  name: Scalars['String']['input'];
};

/** One sort key for Agency lists. */
export type AgencyOrder = {
  /** The direction (ascending by default). */
  direction?: OrderDirection;
  /** The key to sort by. */
  field: AgencyOrderField;
};

/** What to sort Agency items by. The ID is always the last key, so the order is total and cursors are stable. */
export type AgencyOrderField =
  /** When it was recorded in Coopgraph. */
  | 'CREATED_AT'
  /** First day of existence. */
  | 'EXISTED_FROM'
  /** Belgian enterprise number. */
  | 'KBO_NUMBER'
  /** Its kind. */
  | 'KIND'
  /** Its latest name, in the request's language where it has one. */
  | 'NAME';

/** What a mutation of a agency answers: the agency, user errors and warnings. */
export type AgencyPayload = {
  __typename?: 'AgencyPayload';
  /** The agency after the mutation; null when it was refused. */
  agency?: Maybe<Agency>;
  /** Why the mutation refused its input; empty on success. When there is any, nothing was written. */
  userErrors: Array<UserError>;
  /** Possible problems that did not stop the mutation, such as a mission that may start before its agreement when a date is known only to the month. */
  warnings: Array<UserError>;
};

/** A rename from a day on: the old names end the day before, the new ones start that day. The agency stays the same. */
export type AgencyRenameInput = {
  /** The first day of the new names. */
  from: Scalars['Date']['input'];
  /** The agency. */
  id: Scalars['ID']['input'];
  /** The new names, one per language renamed. */
  names: Array<AgencyNameInput>;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Changes to an agency; omitted fields stay as they are, null clears. Names change with agencyRename. */
export type AgencyUpdateInput = {
  /** New country. */
  countryId?: InputMaybe<Scalars['ID']['input']>;
  /** New first day of existence. */
  existedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** New last day of existence. */
  existedUntil?: InputMaybe<Scalars['Date']['input']>;
  /** New IATI organisation identifier. */
  iatiOrgId?: InputMaybe<Scalars['String']['input']>;
  /** New IATI OrganisationType code. */
  iatiOrganisationType?: InputMaybe<Scalars['Int']['input']>;
  /** The agency. */
  id: Scalars['ID']['input'];
  /** New KBO/BCE number. */
  kboNumber?: InputMaybe<Scalars['String']['input']>;
  /** New kind. */
  kind?: InputMaybe<AgencyKind>;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
  /** New website. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** An agreement signed by agencies (its parties), covering domains and countries; missions run under it. A framework agreement can have child agreements. */
export type Agreement = Node & {
  __typename?: 'Agreement';
  /** The agencies party to the agreement, in any role. */
  agencies: Array<Agency>;
  /** When this record was archived (kept with its history, restorable); null while it is current. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Agreements made under this framework agreement. */
  children: AgreementConnection;
  /** The citations of sources this makes, with the supporting passages. */
  citations: Array<Citation>;
  /** The countries the agreement covers. */
  countries: Array<Country>;
  /** When this record was created in Coopgraph. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The domains the agreement covers. */
  domains: Array<Domain>;
  /** Every recorded change to this object, newest first. Read-only. */
  history: ChangeConnection;
  /** The global ID of this object: opaque, stable, usable with `node(id)`. */
  id: Scalars['ID']['output'];
  /** What kind of agreement this is. */
  kind: AgreementKind;
  /** Missions run under this agreement. */
  missions: MissionConnection;
  /** The framework agreement this one is made under. */
  parent?: Maybe<Agreement>;
  /** The parties: each agency with its role and signatory. */
  parties: Array<AgreementParty>;
  /** What the agreement is for. */
  purpose?: Maybe<Scalars['String']['output']>;
  /** The purpose in every language Coopgraph has it in. */
  purposeTranslations: Array<Translation>;
  /** The agreement's reference, unique in Coopgraph. */
  reference: Scalars['String']['output'];
  /** When the agreement was signed, at the precision known. */
  signedOn?: Maybe<FuzzyDate>;
  /** The sources this is based on. */
  sources: Array<Source>;
  /** Where the agreement stands. */
  status: AgreementStatus;
  /** True for generated demonstration data, which describes no real agency, person or event. */
  synthetic: Scalars['Boolean']['output'];
  /** The agreement's title. */
  title: Scalars['String']['output'];
  /** The title in every language Coopgraph has it in. */
  titleTranslations: Array<Translation>;
  /** When this record was last changed in Coopgraph. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** First day of validity (YYYY-MM-DD); null when unknown. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day of validity (YYYY-MM-DD); null when open-ended. */
  validUntil?: Maybe<Scalars['Date']['output']>;
  /** Grows by one with every change; updates must send the version they read. */
  version: Scalars['Int']['output'];
};


/** An agreement signed by agencies (its parties), covering domains and countries; missions run under it. A framework agreement can have child agreements. */
export type AgreementChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AgreementOrder>>;
};


/** An agreement signed by agencies (its parties), covering domains and countries; missions run under it. A framework agreement can have child agreements. */
export type AgreementHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An agreement signed by agencies (its parties), covering domains and countries; missions run under it. A framework agreement can have child agreements. */
export type AgreementMissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MissionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<MissionOrder>>;
};


/** An agreement signed by agencies (its parties), covering domains and countries; missions run under it. A framework agreement can have child agreements. */
export type AgreementPurposeArgs = {
  lang?: InputMaybe<Language>;
};


/** An agreement signed by agencies (its parties), covering domains and countries; missions run under it. A framework agreement can have child agreements. */
export type AgreementTitleArgs = {
  lang?: InputMaybe<Language>;
};

/** Adds an agency as a party to an agreement. */
export type AgreementAddPartyInput = {
  /** The agency. */
  agencyId: Scalars['ID']['input'];
  /** The agreement. */
  agreementId: Scalars['ID']['input'];
  /** Its role. */
  role: PartyRole;
  /** The person who signed for it. */
  signatoryId?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of agreements. */
export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<AgreementEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Agreement>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A new agreement; it starts as DRAFT. */
export type AgreementCreateInput = {
  /** Makes a retried request harmless: the same key answers the agreement created the first time. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What kind of agreement it is. */
  kind: AgreementKind;
  /** The framework agreement it is made under. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** The purpose (at most 5,000 characters each). */
  purpose?: InputMaybe<Array<LocalizedTextInput>>;
  /** A reference unique in Coopgraph (at most 100 characters). */
  reference: Scalars['String']['input'];
  /** The title, in one or more languages (at most 300 characters each). */
  title: Array<LocalizedTextInput>;
  /** First day of validity. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day of validity. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** What to group agreements by. */
export type AgreementDimension =
  /** The agencies party to the agreement; it counts once under each. */
  | 'AGENCY'
  /** The countries the agreement covers; it counts once under each. */
  | 'COUNTRY'
  /** Each domain counts the agreements covering it or anything below it. */
  | 'DOMAIN'
  /** The agreement's kind. */
  | 'KIND'
  /** The agreement's status. */
  | 'STATUS'
  /** The year of signature (the first possible year when known only roughly). */
  | 'YEAR';

/** An edge in a list of agreements. */
export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  /** An opaque cursor for this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge. */
  node: Agreement;
};

/** Conditions on agreements; fields combine with AND, and `and` / `or` / `not` compose them. */
export type AgreementFilter = {
  /** The agencies party to it, in any role. */
  agencies?: InputMaybe<AgencyListFilter>;
  /** Every one of these filters holds. */
  and?: InputMaybe<Array<AgreementFilter>>;
  /** Agreements made under it. */
  children?: InputMaybe<AgreementListFilter>;
  /** The countries it covers. */
  countries?: InputMaybe<CountryListFilter>;
  /** The domains it covers. */
  domains?: InputMaybe<DomainListFilter>;
  /** The agreement's ID. */
  id?: InputMaybe<IdFilter>;
  /** What kind of agreement it is. */
  kind?: InputMaybe<AgreementKindFilter>;
  /** The missions run under it. */
  missions?: InputMaybe<MissionListFilter>;
  /** This filter does not hold. */
  not?: InputMaybe<AgreementFilter>;
  /** At least one of these filters holds. */
  or?: InputMaybe<Array<AgreementFilter>>;
  /** The framework agreement it is made under. */
  parent?: InputMaybe<AgreementFilter>;
  /** Its parties (agency and role). */
  parties?: InputMaybe<AgreementPartyListFilter>;
  /** The purpose, in any language. */
  purpose?: InputMaybe<TextFilter>;
  /** The agreement's reference. */
  reference?: InputMaybe<StringFilter>;
  /** When it was signed: `within: {from: "2017-01-01", to: "2017-12-31"}` is "certainly signed in 2017". */
  signedOn?: InputMaybe<FuzzyDateFilter>;
  /** Where it stands. */
  status?: InputMaybe<AgreementStatusFilter>;
  /** True for generated demonstration data. */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
  /** The title, in any language. */
  title?: InputMaybe<TextFilter>;
  /** First day of validity. */
  validFrom?: InputMaybe<DateFilter>;
  /** Valid on this day (unknown bounds count as open). */
  validOn?: InputMaybe<Scalars['Date']['input']>;
  /** Last day of validity. */
  validUntil?: InputMaybe<DateFilter>;
};

/** A group of agreements sharing the values of the dimensions asked for. Dimensions not asked for are null. */
export type AgreementGroup = {
  __typename?: 'AgreementGroup';
  /** The agency, when grouped by AGENCY. */
  agency?: Maybe<Agency>;
  /** How many agreements the group holds. */
  count: Scalars['Int']['output'];
  /** The country, when grouped by COUNTRY. */
  country?: Maybe<Country>;
  /** The domain (with its subtree), when grouped by DOMAIN. */
  domain?: Maybe<Domain>;
  /** The kind, when grouped by KIND. */
  kind?: Maybe<AgreementKind>;
  /** How many missions run under the group's agreements. */
  missionCount: Scalars['Int']['output'];
  /** The status, when grouped by STATUS. */
  status?: Maybe<AgreementStatus>;
  /** The year of signature, when grouped by YEAR. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** What kind of agreement this is. */
export type AgreementKind =
  /** A cooperation agreement (samenwerkingsakkoord). */
  | 'COOPERATION'
  /** A framework agreement, under which child agreements are made. */
  | 'FRAMEWORK'
  /** A memorandum of understanding (IATI document category A09). */
  | 'MEMORANDUM_OF_UNDERSTANDING'
  /** A partnership agreement (partnerschapsovereenkomst). */
  | 'PARTNERSHIP';

/** Conditions on a AgreementKind value. */
export type AgreementKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<AgreementKind>;
  /** One of. */
  in?: InputMaybe<Array<AgreementKind>>;
  /** True: has no value; false: has one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** None of. */
  notIn?: InputMaybe<Array<AgreementKind>>;
};

/** Domains or countries to attach to, or detach from, an agreement. */
export type AgreementLinkInput = {
  /** The agreement. */
  id: Scalars['ID']['input'];
  /** The domains or countries. */
  ids: Array<Scalars['ID']['input']>;
};

/** Conditions on a list of Agreement items. */
export type AgreementListFilter = {
  /** Every item matches (true for an empty list). */
  every?: InputMaybe<AgreementFilter>;
  /** No item matches. */
  none?: InputMaybe<AgreementFilter>;
  /** At least one item matches. */
  some?: InputMaybe<AgreementFilter>;
};

/** One sort key for Agreement lists. */
export type AgreementOrder = {
  /** The direction (ascending by default). */
  direction?: OrderDirection;
  /** The key to sort by. */
  field: AgreementOrderField;
};

/** What to sort Agreement items by. The ID is always the last key, so the order is total and cursors are stable. */
export type AgreementOrderField =
  /** When it was recorded in Coopgraph. */
  | 'CREATED_AT'
  /** The kind. */
  | 'KIND'
  /** The reference. */
  | 'REFERENCE'
  /** The first day it may have been signed (unknown last). */
  | 'SIGNED_ON'
  /** The status. */
  | 'STATUS'
  /** First day of validity. */
  | 'VALID_FROM'
  /** Last day of validity. */
  | 'VALID_UNTIL';

/** An edge from an agreement to an agency that is party to it, with its role and the person who signed. */
export type AgreementParty = Node & {
  __typename?: 'AgreementParty';
  /** The agency that is party to the agreement. */
  agency: Agency;
  /** The agreement. */
  agreement: Agreement;
  /** When this record was archived (kept with its history, restorable); null while it is current. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The citations of sources this makes, with the supporting passages. */
  citations: Array<Citation>;
  /** When this record was created in Coopgraph. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Every recorded change to this object, newest first. Read-only. */
  history: ChangeConnection;
  /** The global ID of this object: opaque, stable, usable with `node(id)`. */
  id: Scalars['ID']['output'];
  /** The agency's role in the agreement. */
  role: PartyRole;
  /** The person who signed for the agency, if known. */
  signatory?: Maybe<Person>;
  /** The sources this is based on. */
  sources: Array<Source>;
  /** True for generated demonstration data, which describes no real agency, person or event. */
  synthetic: Scalars['Boolean']['output'];
  /** When this record was last changed in Coopgraph. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Grows by one with every change; updates must send the version they read. */
  version: Scalars['Int']['output'];
};


/** An edge from an agreement to an agency that is party to it, with its role and the person who signed. */
export type AgreementPartyHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of agreement parties. */
export type AgreementPartyConnection = {
  __typename?: 'AgreementPartyConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<AgreementPartyEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<AgreementParty>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of agreement parties. */
export type AgreementPartyEdge = {
  __typename?: 'AgreementPartyEdge';
  /** An opaque cursor for this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge. */
  node: AgreementParty;
};

/** Conditions on agreement parties. */
export type AgreementPartyFilter = {
  /** The agency. */
  agency?: InputMaybe<AgencyFilter>;
  /** The agreement. */
  agreement?: InputMaybe<AgreementFilter>;
  /** Every one of these filters holds. */
  and?: InputMaybe<Array<AgreementPartyFilter>>;
  /** This filter does not hold. */
  not?: InputMaybe<AgreementPartyFilter>;
  /** At least one of these filters holds. */
  or?: InputMaybe<Array<AgreementPartyFilter>>;
  /** The agency's role. */
  role?: InputMaybe<PartyRoleFilter>;
};

/** Conditions on a list of AgreementParty items. */
export type AgreementPartyListFilter = {
  /** Every item matches (true for an empty list). */
  every?: InputMaybe<AgreementPartyFilter>;
  /** No item matches. */
  none?: InputMaybe<AgreementPartyFilter>;
  /** At least one item matches. */
  some?: InputMaybe<AgreementPartyFilter>;
};

/** One sort key for AgreementParty lists. */
export type AgreementPartyOrder = {
  /** The direction (ascending by default). */
  direction?: OrderDirection;
  /** The key to sort by. */
  field: AgreementPartyOrderField;
};

/** What to sort AgreementParty items by. The ID is always the last key, so the order is total and cursors are stable. */
export type AgreementPartyOrderField =
  /** The agreement's reference. */
  | 'AGREEMENT_REFERENCE'
  /** When it was recorded in Coopgraph. */
  | 'CREATED_AT'
  /** The role. */
  | 'ROLE';

/** What a mutation of a party to an agreement answers: the party to an agreement, user errors and warnings. */
export type AgreementPartyPayload = {
  __typename?: 'AgreementPartyPayload';
  /** The party to an agreement after the mutation; null when it was refused. */
  party?: Maybe<AgreementParty>;
  /** Why the mutation refused its input; empty on success. When there is any, nothing was written. */
  userErrors: Array<UserError>;
  /** Possible problems that did not stop the mutation, such as a mission that may start before its agreement when a date is known only to the month. */
  warnings: Array<UserError>;
};

/** What a mutation of a agreement answers: the agreement, user errors and warnings. */
export type AgreementPayload = {
  __typename?: 'AgreementPayload';
  /** The agreement after the mutation; null when it was refused. */
  agreement?: Maybe<Agreement>;
  /** Why the mutation refused its input; empty on success. When there is any, nothing was written. */
  userErrors: Array<UserError>;
  /** Possible problems that did not stop the mutation, such as a mission that may start before its agreement when a date is known only to the month. */
  warnings: Array<UserError>;
};

/** Removes a party from an agreement. */
export type AgreementRemovePartyInput = {
  /** The party edge (AgreementParty) to remove. */
  partyId: Scalars['ID']['input'];
};

/** Records the signature of a draft agreement. */
export type AgreementSignInput = {
  /** The agreement. */
  id: Scalars['ID']['input'];
  /** When it was signed, as precisely as known. */
  signedOn: FuzzyDateInput;
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Where an agreement stands. */
export type AgreementStatus =
  /** Being negotiated; not signed yet. */
  | 'DRAFT'
  /** Its validity has run out. */
  | 'EXPIRED'
  /** Signed by its parties. */
  | 'SIGNED'
  /** Ended early by a party. */
  | 'TERMINATED';

/** Conditions on a AgreementStatus value. */
export type AgreementStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<AgreementStatus>;
  /** One of. */
  in?: InputMaybe<Array<AgreementStatus>>;
  /** True: has no value; false: has one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** None of. */
  notIn?: InputMaybe<Array<AgreementStatus>>;
};

/** Ends a signed agreement early. */
export type AgreementTerminateInput = {
  /** The agreement. */
  id: Scalars['ID']['input'];
  /** The last day it is valid. */
  lastDay: Scalars['Date']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Changes to an agreement's details; omitted fields stay as they are, null clears. */
export type AgreementUpdateInput = {
  /** The agreement. */
  id: Scalars['ID']['input'];
  /** New kind. */
  kind?: InputMaybe<AgreementKind>;
  /** New purpose. */
  purpose?: InputMaybe<Array<LocalizedTextInput>>;
  /** New reference. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** New title. */
  title?: InputMaybe<Array<LocalizedTextInput>>;
  /** New first day of validity. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** New last day of validity. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A token programs send as `Authorization: Bearer <secret>`. The secret is shown once, when the token is created. */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** When the token was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who created the token (`user:<id>`, `token:<id>` or `cli`). */
  createdBy: Scalars['String']['output'];
  /** When the token stops working. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** The token's ID (not its secret), for `apiTokenRevoke`. */
  id: Scalars['ID']['output'];
  /** When the token was last used (to the minute); null if never. */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the token is for ("nightly export", "Jupyter, Anna"). */
  name: Scalars['String']['output'];
  /** When the token was revoked; null while it is not. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the token may do. */
  role: Role;
};

/** A new API token. */
export type ApiTokenCreateInput = {
  /** Days until the token expires (1 to 3650). */
  expiresInDays?: Scalars['Int']['input'];
  /** What the token is for ("nightly export", "Jupyter, Anna"). */
  name: Scalars['String']['input'];
  /** What the token may do. */
  role: Role;
};

/** A created token and its secret. */
export type ApiTokenCreatePayload = {
  __typename?: 'ApiTokenCreatePayload';
  /** The secret to send as `Authorization: Bearer <secret>`. Shown this once: Coopgraph keeps only its SHA-256. */
  secret: Scalars['String']['output'];
  /** The token. */
  token: ApiToken;
};

/** Whether a list shows archived records (archived with `nodeArchive`, kept with their history). */
export type ArchivedFilter =
  /** Current records only (the default). */
  | 'EXCLUDE'
  /** Current and archived records. */
  | 'INCLUDE'
  /** Archived records only. */
  | 'ONLY';

/** An edge from a mission to an expert assigned to it, with a role and the number of days. */
export type Assignment = Node & {
  __typename?: 'Assignment';
  /** Conflicts the coordinator knowingly accepted when assigning (for example EXPERT_DOUBLE_BOOKED); empty when there were none. */
  acceptedConflicts: Array<Scalars['String']['output']>;
  /** When this record was archived (kept with its history, restorable); null while it is current. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The citations of sources this makes, with the supporting passages. */
  citations: Array<Citation>;
  /** When this record was created in Coopgraph. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Days the expert works on the mission. */
  days?: Maybe<Scalars['Float']['output']>;
  /** The expert. */
  expert: Expert;
  /** Every recorded change to this object, newest first. Read-only. */
  history: ChangeConnection;
  /** The global ID of this object: opaque, stable, usable with `node(id)`. */
  id: Scalars['ID']['output'];
  /** The mission. */
  mission: Mission;
  /** The expert's role on the mission. */
  role: AssignmentRole;
  /** The sources this is based on. */
  sources: Array<Source>;
  /** True for generated demonstration data, which describes no real agency, person or event. */
  synthetic: Scalars['Boolean']['output'];
  /** When this record was last changed in Coopgraph. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Grows by one with every change; updates must send the version they read. */
  version: Scalars['Int']['output'];
};


/** An edge from a mission to an expert assigned to it, with a role and the number of days. */
export type AssignmentHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of assignments. */
export type AssignmentConnection = {
  __typename?: 'AssignmentConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<AssignmentEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Assignment>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of assignments. */
export type AssignmentEdge = {
  __typename?: 'AssignmentEdge';
  /** An opaque cursor for this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge. */
  node: Assignment;
};

/** Conditions on assignments of experts to missions. */
export type AssignmentFilter = {
  /** Every one of these filters holds. */
  and?: InputMaybe<Array<AssignmentFilter>>;
  /** Days on the mission. */
  days?: InputMaybe<FloatFilter>;
  /** The expert. */
  expert?: InputMaybe<ExpertFilter>;
  /** The mission. */
  mission?: InputMaybe<MissionFilter>;
  /** This filter does not hold. */
  not?: InputMaybe<AssignmentFilter>;
  /** At least one of these filters holds. */
  or?: InputMaybe<Array<AssignmentFilter>>;
  /** The expert's role. */
  role?: InputMaybe<AssignmentRoleFilter>;
};

/** Conditions on a list of Assignment items. */
export type AssignmentListFilter = {
  /** Every item matches (true for an empty list). */
  every?: InputMaybe<AssignmentFilter>;
  /** No item matches. */
  none?: InputMaybe<AssignmentFilter>;
  /** At least one item matches. */
  some?: InputMaybe<AssignmentFilter>;
};

/** One sort key for Assignment lists. */
export type AssignmentOrder = {
  /** The direction (ascending by default). */
  direction?: OrderDirection;
  /** The key to sort by. */
  field: AssignmentOrderField;
};

/** What to sort Assignment items by. The ID is always the last key, so the order is total and cursors are stable. */
export type AssignmentOrderField =
  /** Days on the mission. */
  | 'DAYS'
  /** The mission's reference. */
  | 'MISSION_REFERENCE'
  /** The role (lead first). */
  | 'ROLE';

/** What a mutation of a assignment (of an expert to a mission) answers: the assignment (of an expert to a mission), user errors and warnings. */
export type AssignmentPayload = {
  __typename?: 'AssignmentPayload';
  /** The assignment (of an expert to a mission) after the mutation; null when it was refused. */
  assignment?: Maybe<Assignment>;
  /** Why the mutation refused its input; empty on success. When there is any, nothing was written. */
  userErrors: Array<UserError>;
  /** Possible problems that did not stop the mutation, such as a mission that may start before its agreement when a date is known only to the month. */
  warnings: Array<UserError>;
};

/** An expert's role on a mission. */
export type AssignmentRole =
  /** Leads the mission. */
  | 'LEAD'
  /** Member of the mission team. */
  | 'MEMBER';

/** Conditions on a AssignmentRole value. */
export type AssignmentRoleFilter = {
  /** Equal to. */
  eq?: InputMaybe<AssignmentRole>;
  /** One of. */
  in?: InputMaybe<Array<AssignmentRole>>;
  /** True: has no value; false: has one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** None of. */
  notIn?: InputMaybe<Array<AssignmentRole>>;
};

/** A period during which an expert is, or is not, available for missions. */
export type Availability = Node & {
  __typename?: 'Availability';
  /** When this record was archived (kept with its history, restorable); null while it is current. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The citations of sources this makes, with the supporting passages. */
  citations: Array<Citation>;
  /** When this record was created in Coopgraph. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Last day of the period (YYYY-MM-DD). */
  endsOn: Scalars['Date']['output'];
  /** The expert. */
  expert: Expert;
  /** Every recorded change to this object, newest first. Read-only. */
  history: ChangeConnection;
  /** The global ID of this object: opaque, stable, usable with `node(id)`. */
  id: Scalars['ID']['output'];
  /** A note for coordinators. */
  note?: Maybe<Scalars['String']['output']>;
  /** The sources this is based on. */
  sources: Array<Source>;
  /** First day of the period (YYYY-MM-DD). */
  startsOn: Scalars['Date']['output'];
  /** Available or not during the period. */
  status: AvailabilityStatus;
  /** True for generated demonstration data, which describes no real agency, person or event. */
  synthetic: Scalars['Boolean']['output'];
  /** When this record was last changed in Coopgraph. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Grows by one with every change; updates must send the version they read. */
  version: Scalars['Int']['output'];
};


/** A period during which an expert is, or is not, available for missions. */
export type AvailabilityHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of availability periods. */
export type AvailabilityConnection = {
  __typename?: 'AvailabilityConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<AvailabilityEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Availability>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of availability periods. */
export type AvailabilityEdge = {
  __typename?: 'AvailabilityEdge';
  /** An opaque cursor for this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge. */
  node: Availability;
};

/** Conditions on availability periods. */
export type AvailabilityFilter = {
  /** Every one of these filters holds. */
  and?: InputMaybe<Array<AvailabilityFilter>>;
  /** Last day. */
  endsOn?: InputMaybe<DateFilter>;
  /** This filter does not hold. */
  not?: InputMaybe<AvailabilityFilter>;
  /** At least one of these filters holds. */
  or?: InputMaybe<Array<AvailabilityFilter>>;
  /** First day. */
  startsOn?: InputMaybe<DateFilter>;
  /** Available or not. */
  status?: InputMaybe<AvailabilityStatusFilter>;
};

/** One sort key for Availability lists. */
export type AvailabilityOrder = {
  /** The direction (ascending by default). */
  direction?: OrderDirection;
  /** The key to sort by. */
  field: AvailabilityOrderField;
};

/** What to sort Availability items by. The ID is always the last key, so the order is total and cursors are stable. */
export type AvailabilityOrderField =
  /** First day. */
  | 'STARTS_ON';

/** A period an expert is, or is not, available. */
export type AvailabilityPeriodInput = {
  /** Last day. */
  endsOn: Scalars['Date']['input'];
  /** A note for coordinators (at most 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** First day. */
  startsOn: Scalars['Date']['input'];
  /** Available or not. */
  status: AvailabilityStatus;
};

/** Whether an expert can be booked during a period. */
export type AvailabilityStatus =
  /** The expert can be assigned to missions in this period. */
  | 'AVAILABLE'
  /** The expert cannot be assigned in this period (leave, other duties). */
  | 'UNAVAILABLE';

/** Conditions on a AvailabilityStatus value. */
export type AvailabilityStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<AvailabilityStatus>;
  /** One of. */
  in?: InputMaybe<Array<AvailabilityStatus>>;
  /** True: has no value; false: has one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** None of. */
  notIn?: InputMaybe<Array<AvailabilityStatus>>;
};

/** One recorded write: who made it, when, to what, and the values before and after. */
export type Change = {
  __typename?: 'Change';
  /** Who made the change: a user, a token, or `system:seed` and the like. */
  actor: Scalars['String']['output'];
  /** The stored values after the change (columns by name); null for a removal. Personal data is null for roles that may not read it. */
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** The stored values before the change (columns by name); null for a creation. Personal data (a person's `email`, `phones`) is null for roles that may not read it. */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** When the change was made. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** What the change did. */
  operation: ChangeOperation;
  /** The ID of the request that made the change. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** The changed node or edge as it is now; null when it has been removed or is not a node. */
  subject?: Maybe<Node>;
  /** The global ID of the changed node or edge (it may since have been removed). */
  subjectId: Scalars['ID']['output'];
  /** The GraphQL type of the changed node or edge. */
  subjectType: Scalars['String']['output'];
};

/** A page of recorded changes, newest first. */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<ChangeEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Change>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of recorded changes, newest first. */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** An opaque cursor for this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge. */
  node: Change;
};

/** Narrows the change history; the conditions given must all hold. */
export type ChangeFilter = {
  /** Only changes made by this actor (as shown in `Change.actor`). */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Only these operations. */
  operations?: InputMaybe<Array<ChangeOperation>>;
  /** Only changes made at or after this instant. */
  since?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only changes to this node or edge (its global ID). */
  subject?: InputMaybe<Scalars['ID']['input']>;
  /** Only changes to these GraphQL types (for example ["Mission", "Assignment"]). */
  subjectTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only changes made before this instant. */
  until?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** What a change did. */
export type ChangeOperation =
  /** Archived it (hidden from lists, kept for history). */
  | 'ARCHIVE'
  /** Created the node or edge. */
  | 'CREATE'
  /** Removed an edge. */
  | 'DELETE'
  /** Erased personal data (the erased values are not kept, here or anywhere). */
  | 'ERASE'
  /** Restored it from the archive. */
  | 'RESTORE'
  /** Changed some of its fields. */
  | 'UPDATE';

/** An edge from a node or edge to a source it is based on, with the passage that supports it. */
export type Citation = Node & {
  __typename?: 'Citation';
  /** When this record was archived (kept with its history, restorable); null while it is current. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When this record was created in Coopgraph. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The global ID of this object: opaque, stable, usable with `node(id)`. */
  id: Scalars['ID']['output'];
  /** Where in the source: page, paragraph or section. */
  locator?: Maybe<Scalars['String']['output']>;
  /** The words of the source that support the fact. */
  quote?: Maybe<Scalars['String']['output']>;
  /** The cited source. */
  source: Source;
  /** The node or edge that cites the source; null for edges without fields of their own (such as an agreement covering a domain). */
  subject?: Maybe<Node>;
  /** True for generated demonstration data, which describes no real agency, person or event. */
  synthetic: Scalars['Boolean']['output'];
  /** When this record was last changed in Coopgraph. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Grows by one with every change; updates must send the version they read. */
  version: Scalars['Int']['output'];
};

/** A page of citations. */
export type CitationConnection = {
  __typename?: 'CitationConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<CitationEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Citation>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of citations. */
export type CitationEdge = {
  __typename?: 'CitationEdge';
  /** An opaque cursor for this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge. */
  node: Citation;
};

/** Conditions on citations. */
export type CitationFilter = {
  /** Every one of these filters holds. */
  and?: InputMaybe<Array<CitationFilter>>;
  /** This filter does not hold. */
  not?: InputMaybe<CitationFilter>;
  /** At least one of these filters holds. */
  or?: InputMaybe<Array<CitationFilter>>;
  /** The cited source. */
  source?: InputMaybe<SourceFilter>;
  /** The GraphQL type of what cites the source (Agency, Mission, ...). */
  subjectType?: InputMaybe<StringFilter>;
};

/** One sort key for Citation lists. */
export type CitationOrder = {
  /** The direction (ascending by default). */
  direction?: OrderDirection;
  /** The key to sort by. */
  field: CitationOrderField;
};

/** What to sort Citation items by. The ID is always the last key, so the order is total and cursors are stable. */
export type CitationOrderField =
  /** When it was recorded. */
  | 'CREATED_AT'
  /** The type of what cites the source. */
  | 'SUBJECT_TYPE';

/** What a mutation of a citation answers: the citation, user errors and warnings. */
export type CitationPayload = {
  __typename?: 'CitationPayload';
  /** The citation after the mutation; null when it was refused. */
  citation?: Maybe<Citation>;
  /** Why the mutation refused its input; empty on success. When there is any, nothing was written. */
  userErrors: Array<UserError>;
  /** Possible problems that did not stop the mutation, such as a mission that may start before its agreement when a date is known only to the month. */
  warnings: Array<UserError>;
};

/** A country or territory, identified by its ISO 3166-1 codes. */
export type Country = Node & {
  __typename?: 'Country';
  /** Agencies based in this country. */
  agencies: AgencyConnection;
  /** Agreements that cover this country. */
  agreements: AgreementConnection;
  /** When this record was archived (kept with its history, restorable); null while it is current. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The citations of sources this makes, with the supporting passages. */
  citations: Array<Citation>;
  /** When this record was created in Coopgraph. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Every recorded change to this object, newest first. Read-only. */
  history: ChangeConnection;
  /** The global ID of this object: opaque, stable, usable with `node(id)`. */
  id: Scalars['ID']['output'];
  /** True when the country is designated a partner country on the given day (else the day the list was asked for, else today). A designation with an unknown first day counts from the day it was decided. */
  isPartner: Scalars['Boolean']['output'];
  /** ISO 3166-1 alpha-2 code, for example BJ for Benin. */
  iso2: Scalars['String']['output'];
  /** ISO 3166-1 alpha-3 code, for example BEN. */
  iso3?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 numeric code, for example 204. */
  isoNumeric?: Maybe<Scalars['String']['output']>;
  /** Missions in this country. */
  missions: MissionConnection;
  /** The country's name. */
  name: Scalars['String']['output'];
  /** The country's name in every language Coopgraph has it in. */
  nameTranslations: Array<Translation>;
  /** The periods during which this country is a partner country of a programme. */
  partnerDesignations: Array<PartnerDesignation>;
  /** The sources this is based on. */
  sources: Array<Source>;
  /** True for generated demonstration data, which describes no real agency, person or event. */
  synthetic: Scalars['Boolean']['output'];
  /** When this record was last changed in Coopgraph. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Grows by one with every change; updates must send the version they read. */
  version: Scalars['Int']['output'];
};


/** A country or territory, identified by its ISO 3166-1 codes. */
export type CountryAgenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgencyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AgencyOrder>>;
};


/** A country or territory, identified by its ISO 3166-1 codes. */
export type CountryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AgreementOrder>>;
};


/** A country or territory, identified by its ISO 3166-1 codes. */
export type CountryHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A country or territory, identified by its ISO 3166-1 codes. */
export type CountryIsPartnerArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** A country or territory, identified by its ISO 3166-1 codes. */
export type CountryMissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MissionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<MissionOrder>>;
};


/** A country or territory, identified by its ISO 3166-1 codes. */
export type CountryNameArgs = {
  lang?: InputMaybe<Language>;
};

/** A page of countries. */
export type CountryConnection = {
  __typename?: 'CountryConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<CountryEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Country>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A new country or territory. */
export type CountryCreateInput = {
  /** Makes a retried request harmless. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 code, unique. */
  iso2: Scalars['String']['input'];
  /** ISO 3166-1 alpha-3 code, unique. */
  iso3?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 numeric code (three digits). */
  isoNumeric?: InputMaybe<Scalars['String']['input']>;
  /** The name in one or more languages (at most 200 characters). */
  name: Array<LocalizedTextInput>;
};

/** Makes a country a partner country of a programme over a period. */
export type CountryDesignatePartnerInput = {
  /** The country. */
  countryId: Scalars['ID']['input'];
  /** When it was decided. */
  decidedOn?: InputMaybe<FuzzyDateInput>;
  /** The programme (at most 200 characters). */
  programme: Scalars['String']['input'];
  /** First day of the designation. */
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day of the designation. */
  validUntil?: InputMaybe<Scalars['Date']['input']>;
};

/** An edge in a list of countries. */
export type CountryEdge = {
  __typename?: 'CountryEdge';
  /** An opaque cursor for this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge. */
  node: Country;
};

/** Conditions on countries; fields combine with AND, and `and` / `or` / `not` compose them. */
export type CountryFilter = {
  /** Agencies based in the country. */
  agencies?: InputMaybe<AgencyListFilter>;
  /** Agreements covering the country. */
  agreements?: InputMaybe<AgreementListFilter>;
  /** Every one of these filters holds. */
  and?: InputMaybe<Array<CountryFilter>>;
  /** The country's ID. */
  id?: InputMaybe<IdFilter>;
  /** Designated a partner country on this day. A designation with an unknown first day counts from the day it was decided. */
  isPartnerOn?: InputMaybe<Scalars['Date']['input']>;
  /** ISO 3166-1 alpha-2 code (upper case). */
  iso2?: InputMaybe<StringFilter>;
  /** Missions in the country. */
  missions?: InputMaybe<MissionListFilter>;
  /** The name, in any language. */
  name?: InputMaybe<TextFilter>;
  /** This filter does not hold. */
  not?: InputMaybe<CountryFilter>;
  /** At least one of these filters holds. */
  or?: InputMaybe<Array<CountryFilter>>;
  /** True for generated demonstration data. */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Conditions on a list of Country items. */
export type CountryListFilter = {
  /** Every item matches (true for an empty list). */
  every?: InputMaybe<CountryFilter>;
  /** No item matches. */
  none?: InputMaybe<CountryFilter>;
  /** At least one item matches. */
  some?: InputMaybe<CountryFilter>;
};

/** One sort key for Country lists. */
export type CountryOrder = {
  /** The direction (ascending by default). */
  direction?: OrderDirection;
  /** The key to sort by. */
  field: CountryOrderField;
};

/** What to sort Country items by. The ID is always the last key, so the order is total and cursors are stable. */
export type CountryOrderField =
  /** The ISO 3166-1 alpha-2 code. */
  | 'ISO2'
  /** The name in the request's language (with the usual fallback). */
  | 'NAME';

/** What a mutation of a country answers: the country, user errors and warnings. */
export type CountryPayload = {
  __typename?: 'CountryPayload';
  /** The country after the mutation; null when it was refused. */
  country?: Maybe<Country>;
  /** Why the mutation refused its input; empty on success. When there is any, nothing was written. */
  userErrors: Array<UserError>;
  /** Possible problems that did not stop the mutation, such as a mission that may start before its agreement when a date is known only to the month. */
  warnings: Array<UserError>;
};

/** Changes to a country. */
export type CountryUpdateInput = {
  /** The country. */
  id: Scalars['ID']['input'];
  /** New names. */
  name?: InputMaybe<Array<LocalizedTextInput>>;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Conditions on a calendar day. */
export type DateFilter = {
  /** On this day. */
  eq?: InputMaybe<Scalars['Date']['input']>;
  /** After this day. */
  gt?: InputMaybe<Scalars['Date']['input']>;
  /** On or after this day. */
  gte?: InputMaybe<Scalars['Date']['input']>;
  /** True: not known; false: known. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Before this day. */
  lt?: InputMaybe<Scalars['Date']['input']>;
  /** On or before this day. */
  lte?: InputMaybe<Scalars['Date']['input']>;
};

/** How precisely a date is known. */
export type DatePrecision =
  /** Known to the day. */
  | 'DAY'
  /** Known to the month only (for example "July 2017"). */
  | 'MONTH'
  /** Not known; `earliest` and `latest` give whatever bounds are known. */
  | 'UNKNOWN'
  /** Known to the year only. */
  | 'YEAR';

/** A period of days; either end may be left open. Both ends are included. */
export type DateRangeInput = {
  /** First day of the period (open when absent). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Last day of the period (open when absent). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A domain of cooperation in a tree (e-governance > electronic identity, ...), with OECD DAC CRS purpose codes. */
export type Domain = Node & {
  __typename?: 'Domain';
  /** Agreements that cover this domain itself (filter on `domains: {some: {subtreeOf: ...}}` for the subtree). */
  agreements: AgreementConnection;
  /** When this record was archived (kept with its history, restorable); null while it is current. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The narrower domains directly under this one (a domain tree stays small). */
  children: Array<Domain>;
  /** The citations of sources this makes, with the supporting passages. */
  citations: Array<Citation>;
  /** When this record was created in Coopgraph. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** OECD DAC CRS purpose codes (IATI Sector vocabulary 1), for example 15110. */
  dacCodes: Array<Scalars['String']['output']>;
  /** Experts with expertise in this domain. */
  experts: ExpertConnection;
  /** Every recorded change to this object, newest first. Read-only. */
  history: ChangeConnection;
  /** The global ID of this object: opaque, stable, usable with `node(id)`. */
  id: Scalars['ID']['output'];
  /** A short stable key in kebab-case, for example `e-governance`. */
  key: Scalars['String']['output'];
  /** The domain's label. */
  label: Scalars['String']['output'];
  /** The label in every language Coopgraph has it in. */
  labelTranslations: Array<Translation>;
  /** Missions working in this domain. */
  missions: MissionConnection;
  /** The broader domain this one belongs to. */
  parent?: Maybe<Domain>;
  /** IATI PolicyMarker codes for domains without a single purpose code (6 = climate mitigation, 7 = adaptation). */
  policyMarkers: Array<Scalars['Int']['output']>;
  /** The sources this is based on. */
  sources: Array<Source>;
  /** True for generated demonstration data, which describes no real agency, person or event. */
  synthetic: Scalars['Boolean']['output'];
  /** When this record was last changed in Coopgraph. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Grows by one with every change; updates must send the version they read. */
  version: Scalars['Int']['output'];
};


/** A domain of cooperation in a tree (e-governance > electronic identity, ...), with OECD DAC CRS purpose codes. */
export type DomainAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AgreementOrder>>;
};


/** A domain of cooperation in a tree (e-governance > electronic identity, ...), with OECD DAC CRS purpose codes. */
export type DomainExpertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ExpertOrder>>;
};


/** A domain of cooperation in a tree (e-governance > electronic identity, ...), with OECD DAC CRS purpose codes. */
export type DomainHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A domain of cooperation in a tree (e-governance > electronic identity, ...), with OECD DAC CRS purpose codes. */
export type DomainLabelArgs = {
  lang?: InputMaybe<Language>;
};


/** A domain of cooperation in a tree (e-governance > electronic identity, ...), with OECD DAC CRS purpose codes. */
export type DomainMissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MissionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<MissionOrder>>;
};

/** A page of domains. */
export type DomainConnection = {
  __typename?: 'DomainConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<DomainEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Domain>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A new domain in the tree. */
export type DomainCreateInput = {
  /** OECD DAC CRS purpose codes (five digits). */
  dacCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Makes a retried request harmless. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A unique key in kebab-case (at most 60 characters). */
  key: Scalars['String']['input'];
  /** The label, in one or more languages (at most 200 characters). */
  label: Array<LocalizedTextInput>;
  /** The parent domain. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** An edge in a list of domains. */
export type DomainEdge = {
  __typename?: 'DomainEdge';
  /** An opaque cursor for this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge. */
  node: Domain;
};

/** Conditions on domains; fields combine with AND, and `and` / `or` / `not` compose them. */
export type DomainFilter = {
  /** Agreements that cover it. */
  agreements?: InputMaybe<AgreementListFilter>;
  /** Every one of these filters holds. */
  and?: InputMaybe<Array<DomainFilter>>;
  /** OECD DAC CRS purpose codes. */
  dacCodes?: InputMaybe<StringListFilter>;
  /** Experts with expertise in it. */
  experts?: InputMaybe<ExpertListFilter>;
  /** The domain's ID. */
  id?: InputMaybe<IdFilter>;
  /** True: a top-level domain; false: a narrower one. */
  isRoot?: InputMaybe<Scalars['Boolean']['input']>;
  /** The domain's key (e-governance). */
  key?: InputMaybe<StringFilter>;
  /** The label, in any language. */
  label?: InputMaybe<TextFilter>;
  /** Missions working in it. */
  missions?: InputMaybe<MissionListFilter>;
  /** This filter does not hold. */
  not?: InputMaybe<DomainFilter>;
  /** At least one of these filters holds. */
  or?: InputMaybe<Array<DomainFilter>>;
  /** The broader domain. */
  parent?: InputMaybe<DomainFilter>;
  /** The domain with this key, or any domain below it: `subtreeOf: "e-governance"` also matches "electronic-identity". */
  subtreeOf?: InputMaybe<Scalars['String']['input']>;
  /** True for generated demonstration data. */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Conditions on a list of Domain items. */
export type DomainListFilter = {
  /** Every item matches (true for an empty list). */
  every?: InputMaybe<DomainFilter>;
  /** No item matches. */
  none?: InputMaybe<DomainFilter>;
  /** At least one item matches. */
  some?: InputMaybe<DomainFilter>;
};

/** One sort key for Domain lists. */
export type DomainOrder = {
  /** The direction (ascending by default). */
  direction?: OrderDirection;
  /** The key to sort by. */
  field: DomainOrderField;
};

/** What to sort Domain items by. The ID is always the last key, so the order is total and cursors are stable. */
export type DomainOrderField =
  /** When it was recorded in Coopgraph. */
  | 'CREATED_AT'
  /** The key. */
  | 'KEY'
  /** The label in the request's language (with the usual fallback). */
  | 'LABEL';

/** What a mutation of a domain answers: the domain, user errors and warnings. */
export type DomainPayload = {
  __typename?: 'DomainPayload';
  /** The domain after the mutation; null when it was refused. */
  domain?: Maybe<Domain>;
  /** Why the mutation refused its input; empty on success. When there is any, nothing was written. */
  userErrors: Array<UserError>;
  /** Possible problems that did not stop the mutation, such as a mission that may start before its agreement when a date is known only to the month. */
  warnings: Array<UserError>;
};

/** Changes to a domain; omitted fields stay as they are. */
export type DomainUpdateInput = {
  /** New DAC codes. */
  dacCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The domain. */
  id: Scalars['ID']['input'];
  /** New label. */
  label?: InputMaybe<Array<LocalizedTextInput>>;
  /** New parent (null: a root domain). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A person an agency makes available for missions: their employer, domains of expertise, languages and availability. */
export type Expert = Node & {
  __typename?: 'Expert';
  /** When this record was archived (kept with its history, restorable); null while it is current. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The expert's assignments to missions, with role and days. */
  assignments: AssignmentConnection;
  /** Periods when the expert is, or is not, available, in date order. */
  availability: AvailabilityConnection;
  /** The citations of sources this makes, with the supporting passages. */
  citations: Array<Citation>;
  /** When this record was created in Coopgraph. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The expert's domains of expertise. */
  domains: Array<Domain>;
  /** The agency that employs the expert and makes them available. */
  employer: Agency;
  /** Every recorded change to this object, newest first. Read-only. */
  history: ChangeConnection;
  /** The global ID of this object: opaque, stable, usable with `node(id)`. */
  id: Scalars['ID']['output'];
  /** Languages the expert works in (ISO 639-1 codes, for example fr, pt). */
  languages: Array<Scalars['String']['output']>;
  /** The missions the expert is assigned to. */
  missions: MissionConnection;
  /** The expert's name (given and family name). */
  name: Scalars['String']['output'];
  /** The person behind the expert profile. */
  person: Person;
  /** The sources this is based on. */
  sources: Array<Source>;
  /** A short description of the expert's profile. */
  summary?: Maybe<Scalars['String']['output']>;
  /** True for generated demonstration data, which describes no real agency, person or event. */
  synthetic: Scalars['Boolean']['output'];
  /** When this record was last changed in Coopgraph. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Grows by one with every change; updates must send the version they read. */
  version: Scalars['Int']['output'];
};


/** A person an agency makes available for missions: their employer, domains of expertise, languages and availability. */
export type ExpertAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AssignmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AssignmentOrder>>;
};


/** A person an agency makes available for missions: their employer, domains of expertise, languages and availability. */
export type ExpertAvailabilityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AvailabilityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AvailabilityOrder>>;
};


/** A person an agency makes available for missions: their employer, domains of expertise, languages and availability. */
export type ExpertHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A person an agency makes available for missions: their employer, domains of expertise, languages and availability. */
export type ExpertMissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MissionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<MissionOrder>>;
};

/** A page of experts. */
export type ExpertConnection = {
  __typename?: 'ExpertConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<ExpertEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Expert>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** Makes a person available as an expert of an agency. */
export type ExpertCreateInput = {
  /** Domains of expertise. */
  domainIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The employing agency. */
  employerId: Scalars['ID']['input'];
  /** Makes a retried request harmless: the same key answers the expert created the first time. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Working languages (ISO 639-1 codes). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The person (one expert profile per person). */
  personId: Scalars['ID']['input'];
  /** A short profile (at most 2,000 characters). */
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** An edge in a list of experts. */
export type ExpertEdge = {
  __typename?: 'ExpertEdge';
  /** An opaque cursor for this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge. */
  node: Expert;
};

/** Conditions on experts; fields combine with AND, and `and` / `or` / `not` compose them. */
export type ExpertFilter = {
  /** Every one of these filters holds. */
  and?: InputMaybe<Array<ExpertFilter>>;
  /** The expert's assignments. */
  assignments?: InputMaybe<AssignmentListFilter>;
  /** Has an "available" period covering this whole period, and no "unavailable" period overlapping it. */
  availableDuring?: InputMaybe<DateRangeInput>;
  /** Domains of expertise. */
  domains?: InputMaybe<DomainListFilter>;
  /** The employing agency. */
  employer?: InputMaybe<AgencyFilter>;
  /** The expert's ID. */
  id?: InputMaybe<IdFilter>;
  /** Languages (ISO 639-1): `hasAny: ["pt"]` finds Portuguese speakers. */
  languages?: InputMaybe<StringListFilter>;
  /** Missions the expert is assigned to. */
  missions?: InputMaybe<MissionListFilter>;
  /** Given and family name. */
  name?: InputMaybe<StringFilter>;
  /** This filter does not hold. */
  not?: InputMaybe<ExpertFilter>;
  /** At least one of these filters holds. */
  or?: InputMaybe<Array<ExpertFilter>>;
  /** True for generated demonstration data. */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How an expert's bookings and availability meet a mission's period. */
export type ExpertFit =
  /** A certain conflict: assigning is refused (a double booking can be accepted on purpose). */
  | 'CONFLICT'
  /** No booking or availability period stands in the way (or the mission has no dates yet). */
  | 'FREE'
  /** A conflict is possible because a date is known only to the month or year: assigning gives a warning. */
  | 'POSSIBLE_CONFLICT';

/** Conditions on a list of Expert items. */
export type ExpertListFilter = {
  /** Every item matches (true for an empty list). */
  every?: InputMaybe<ExpertFilter>;
  /** No item matches. */
  none?: InputMaybe<ExpertFilter>;
  /** At least one item matches. */
  some?: InputMaybe<ExpertFilter>;
};

/** One sort key for Expert lists. */
export type ExpertOrder = {
  /** The direction (ascending by default). */
  direction?: OrderDirection;
  /** The key to sort by. */
  field: ExpertOrderField;
};

/** What to sort Expert items by. The ID is always the last key, so the order is total and cursors are stable. */
export type ExpertOrderField =
  /** When it was recorded in Coopgraph. */
  | 'CREATED_AT'
  /** Family name, then given name. */
  | 'NAME';

/** What a mutation of a expert answers: the expert, user errors and warnings. */
export type ExpertPayload = {
  __typename?: 'ExpertPayload';
  /** The expert after the mutation; null when it was refused. */
  expert?: Maybe<Expert>;
  /** Why the mutation refused its input; empty on success. When there is any, nothing was written. */
  userErrors: Array<UserError>;
  /** Possible problems that did not stop the mutation, such as a mission that may start before its agreement when a date is known only to the month. */
  warnings: Array<UserError>;
};

/** Replaces an expert's availability periods. */
export type ExpertSetAvailabilityInput = {
  /** The expert. */
  id: Scalars['ID']['input'];
  /** Every period; periods with the same status must not overlap. */
  periods: Array<AvailabilityPeriodInput>;
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Replaces an expert's domains of expertise and languages. */
export type ExpertSetExpertiseInput = {
  /** The domains of expertise. */
  domainIds: Array<Scalars['ID']['input']>;
  /** The expert. */
  id: Scalars['ID']['input'];
  /** The working languages (ISO 639-1). */
  languages: Array<Scalars['String']['input']>;
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** An expert who could go on a mission, with why they rank where they do. */
export type ExpertSuggestion = {
  __typename?: 'ExpertSuggestion';
  /** Double bookings and availability problems, certain or possible. */
  conflicts: Array<ExpertSuggestionConflict>;
  /** Share of the mission's domains the expert covers (a domain counts when the expert has it, a broader or a narrower one); null when the mission has no domains. */
  domainMatch?: Maybe<Scalars['Float']['output']>;
  /** The expert. */
  expert: Expert;
  /** How the expert's calendar fits the mission's period. */
  fit: ExpertFit;
  /** The mission's domains the expert covers. */
  matchedDomains: Array<Domain>;
  /** From 0 to 1: the weighted mean of the domain match (weight 0.5), language match (0.2, when languages were asked for) and calendar fit (0.3: 1 free, 0.5 possible conflict, 0 conflict). */
  score: Scalars['Float']['output'];
  /** The languages asked for that the expert speaks (ISO 639-1). */
  sharedLanguages: Array<Scalars['String']['output']>;
};

/** Something that stands between a suggested expert and the mission, as `missionAssignExpert` would report it. */
export type ExpertSuggestionConflict = {
  __typename?: 'ExpertSuggestionConflict';
  /** True when the conflict is certain; false when a rough date only makes it possible. */
  certain: Scalars['Boolean']['output'];
  /** EXPERT_DOUBLE_BOOKED or EXPERT_UNAVAILABLE. */
  code: UserErrorCode;
  /** The conflict in a sentence. */
  message: Scalars['String']['output'];
};

/** Changes to an expert profile; expertise and availability have their own verbs. */
export type ExpertUpdateInput = {
  /** New employing agency. */
  employerId?: InputMaybe<Scalars['ID']['input']>;
  /** The expert. */
  id: Scalars['ID']['input'];
  /** New profile text. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Conditions on a number. */
export type FloatFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Float']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Float']['input']>;
  /** True: has no value; false: has one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Float']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** A date known to the day, the month, the year, or not at all. It stands for an interval of possible days, and compares as one. */
export type FuzzyDate = {
  __typename?: 'FuzzyDate';
  /** The first day the date may be (YYYY-MM-DD); null when unbounded. */
  earliest?: Maybe<Scalars['Date']['output']>;
  /** The date as known, in ISO 8601 with reduced precision: "2017-06-02", "2017-07", "2017"; null when unknown. */
  iso?: Maybe<Scalars['String']['output']>;
  /** The last day the date may be (YYYY-MM-DD); null when unbounded. */
  latest?: Maybe<Scalars['Date']['output']>;
  /** How precisely the date is known. */
  precision: DatePrecision;
  /** The date as a person would write it, at its known precision: "2 June 2017", "July 2017". */
  text: Scalars['String']['output'];
};


/** A date known to the day, the month, the year, or not at all. It stands for an interval of possible days, and compares as one. */
export type FuzzyDateTextArgs = {
  lang?: InputMaybe<Language>;
};

/** Conditions on a date of uncertain precision. A date known to the month is the whole month: it is `within` a period only when the whole month is, and `overlaps` it when any of its days is. */
export type FuzzyDateFilter = {
  /** True: no date recorded at all; false: some date recorded. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Possibly in this period: some day the date may be lies in it. */
  overlaps?: InputMaybe<DateRangeInput>;
  /** Known to one of these precisions. */
  precisionIn?: InputMaybe<Array<DatePrecision>>;
  /** Certainly in this period: every day the date may be lies in it. */
  within?: InputMaybe<DateRangeInput>;
};

/** A date known to the day (`precision: DAY, date`), the month (`precision: MONTH, year, month`), the year (`precision: YEAR, year`) or not at all (`precision: UNKNOWN`, with optional `earliest`/`latest` bounds). */
export type FuzzyDateInput = {
  /** The day, for precision DAY. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** For precision UNKNOWN: the first day the date may be, if known. */
  earliest?: InputMaybe<Scalars['Date']['input']>;
  /** For precision UNKNOWN: the last day the date may be, if known. */
  latest?: InputMaybe<Scalars['Date']['input']>;
  /** The month (1 to 12), for precision MONTH. */
  month?: InputMaybe<Scalars['Int']['input']>;
  /** How precisely the date is known; decides which other fields are read. */
  precision: DatePrecision;
  /** The year, for precision MONTH and YEAR. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Which way a path walks an edge, relative to the direction the edge is stored in. */
export type GraphDirection =
  /** From the edge's `to` to its `from` (an agreement to an agency that is party to it). */
  | 'BACKWARD'
  /** From the edge's `from` to its `to` (an agency to an agreement it is party to). */
  | 'FORWARD';

/** An edge of the graph: a kind, the two nodes it links in its stored direction, and the edge's own node when it has fields of its own. */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** The node the edge starts from, in its stored direction. */
  from: Node;
  /** What the edge means. */
  kind: GraphEdgeKind;
  /** The node the edge leads to, in its stored direction. */
  to: Node;
  /** The edge's own node when it has fields of its own (an AgreementParty, Assignment, Affiliation, AgencyLineage or Citation); null for plain links. */
  via?: Maybe<Node>;
};

/** A kind of edge in the graph, with the direction it is stored in (`from` → `to`). Graph questions walk edges both ways. */
export type GraphEdgeKind =
  /** Person → Agency: the person works for the agency (`via` is the Affiliation). */
  | 'AFFILIATION'
  /** Agency → Country: the country the agency belongs to. */
  | 'AGENCY_COUNTRY'
  /** Mission → Expert: the expert is assigned to the mission (`via` is the Assignment). */
  | 'ASSIGNMENT'
  /** Agency, Agreement, Country, Domain, Expert, Mission, PartnerDesignation or Person → Source: the node cites the source (`via` is the Citation). Not walked unless asked for in `edgeKinds`: every fact cites one of a few sources, which would connect everything in two steps. */
  | 'CITATION'
  /** Agreement → Country: the agreement covers the country. */
  | 'COVERS_COUNTRY'
  /** Agreement → Domain: the agreement covers the domain. */
  | 'COVERS_DOMAIN'
  /** PartnerDesignation → Country: the designation makes the country a partner country of a programme. */
  | 'DESIGNATION'
  /** Expert → Agency: the agency employs the expert. */
  | 'EMPLOYER'
  /** Expert → Domain: the expert has expertise in the domain. */
  | 'EXPERTISE'
  /** Agency → Agency: predecessor to successor, a merger or a split (`via` is the AgencyLineage). */
  | 'LINEAGE'
  /** Mission → Country: the mission takes place in the country. */
  | 'MISSION_COUNTRY'
  /** Mission → Domain: the mission works in the domain. */
  | 'MISSION_DOMAIN'
  /** Agreement → Agreement: a child agreement to its framework agreement. */
  | 'PARENT_AGREEMENT'
  /** Domain → Domain: a domain to the broader domain it belongs to. */
  | 'PARENT_DOMAIN'
  /** Agency → Agreement: the agency is a party to the agreement (one edge per role; `via` is the AgreementParty). */
  | 'PARTY'
  /** Expert → Person: the person the expert is. */
  | 'PERSON'
  /** Mission → Agreement: the mission runs under the agreement. */
  | 'RUNS_UNDER'
  /** Person → Agreement: the person signed the agreement for a party (`via` is the AgreementParty). */
  | 'SIGNATORY';

/** A type of node that graph questions (`neighborhood`, `paths`, `overlap`) walk through. */
export type GraphNodeType =
  /** Agencies. */
  | 'AGENCY'
  /** Agreements. */
  | 'AGREEMENT'
  /** Countries. */
  | 'COUNTRY'
  /** Domains of cooperation. */
  | 'DOMAIN'
  /** Experts. */
  | 'EXPERT'
  /** Missions. */
  | 'MISSION'
  /** Partner-country designations (a country in a programme over a period). */
  | 'PARTNER_DESIGNATION'
  /** People (signatories, contacts, the people behind experts). */
  | 'PERSON'
  /** Sources, reached only through CITATION edges. */
  | 'SOURCE';

/** A path between two nodes: its length and its steps, in order from the start node. */
export type GraphPath = {
  __typename?: 'GraphPath';
  /** The number of steps (edges) of the path. */
  length: Scalars['Int']['output'];
  /** Every node on the path in order, from the start node to the end node (`length` + 1 of them). */
  nodes: Array<Node>;
  /** The steps, in order from the start node; the last one arrives at the end node. */
  steps: Array<GraphPathStep>;
};

/** One step of a path: the edge it follows, which way, and the node it arrives at. */
export type GraphPathStep = {
  __typename?: 'GraphPathStep';
  /** Whether the step walks the edge in its stored direction or against it. */
  direction: GraphDirection;
  /** The kind of edge the step follows. */
  kind: GraphEdgeKind;
  /** The node the step arrives at. */
  node: Node;
  /** The edge's own node when it has fields of its own (for example the AgreementParty, with the role); null for plain links. */
  via?: Maybe<Node>;
};

/** Conditions on an ID. */
export type IdFilter = {
  /** Equal to this ID. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** One of these IDs. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** None of these IDs. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What an import does (or would do) with a row. */
export type ImportAction =
  /** No record matches the row's natural key: it is created. */
  | 'CREATE'
  /** The row has problems; while any row has, nothing is written. */
  | 'INVALID'
  /** A record matches and nothing differs. */
  | 'SKIP'
  /** A record matches and some of its values differ: they are updated. */
  | 'UPDATE';

/** The format of an import file. */
export type ImportFormat =
  /** Comma-separated values with a header line naming the columns (RFC 4180); lists separated by `;`. */
  | 'CSV'
  /** An array of objects, one per row, keyed by column name; lists as arrays or `;`-separated strings. */
  | 'JSON';

/** An import file and how to treat it. */
export type ImportInput = {
  /** The file's contents (at most 900,000 characters; use the command-line import for larger files). */
  contents: Scalars['String']['input'];
  /** True: report what would happen to every row and write nothing. False: apply, all or nothing. */
  dryRun: Scalars['Boolean']['input'];
  /** CSV or JSON. */
  format: ImportFormat;
};

/** The report of an import: per row, what it does or would do. */
export type ImportPayload = {
  __typename?: 'ImportPayload';
  /** True when the rows were written (all of them, in one transaction). */
  applied: Scalars['Boolean']['output'];
  /** True when this was a dry run. */
  dryRun: Scalars['Boolean']['output'];
  /** History entries written. */
  historyEntries: Scalars['Int']['output'];
  /** Every row with its action and problems (or only the rows with problems). */
  rows: Array<ImportRow>;
  /** Counts per action; null when the file could not be read. */
  summary?: Maybe<ImportSummary>;
  /** Why the mutation refused its input; empty on success. When there is any, nothing was written. */
  userErrors: Array<UserError>;
  /** Possible problems that did not stop the mutation, such as a mission that may start before its agreement when a date is known only to the month. */
  warnings: Array<UserError>;
};


/** The report of an import: per row, what it does or would do. */
export type ImportPayloadRowsArgs = {
  problemsOnly?: Scalars['Boolean']['input'];
};

/** What an import does with one row, and the row's problems. */
export type ImportRow = {
  __typename?: 'ImportRow';
  /** Create, update, skip, or invalid. */
  action: ImportAction;
  /** The row's natural key (e-mail address, agreement reference). */
  key: Scalars['String']['output'];
  /** The row's line in a CSV file (the header is line 1), or its position in a JSON array (from 1). */
  line: Scalars['Int']['output'];
  /** The row's problems, each on its column (`field` is the column name). */
  problems: Array<UserError>;
};

/** How many rows an import creates, updates, skips, or cannot take. */
export type ImportSummary = {
  __typename?: 'ImportSummary';
  /** Rows that create a record. */
  create: Scalars['Int']['output'];
  /** Rows with problems. */
  invalid: Scalars['Int']['output'];
  /** Rows that change nothing. */
  skip: Scalars['Int']['output'];
  /** Rows in the file. */
  total: Scalars['Int']['output'];
  /** Rows that update a record. */
  update: Scalars['Int']['output'];
};

/** Conditions on a whole number. */
export type IntFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Int']['input']>;
  /** One of. */
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** True: has no value; false: has one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Int']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Int']['input']>;
};

/** A language Coopgraph stores text in (ISO 639-1 code). */
export type Language =
  /** German (de). */
  | 'DE'
  /** English (en). */
  | 'EN'
  /** French (fr). */
  | 'FR'
  /** Dutch (nl). */
  | 'NL';

/** How an agency descends from another. */
export type LineageKind =
  /** The predecessor was merged into the successor and ceased to exist on its own. */
  | 'MERGED_INTO'
  /** The successor was split off from the predecessor, which continued. */
  | 'SPLIT_FROM';

/** A text in one language. */
export type LocalizedTextInput = {
  /** The language of the text. */
  lang: Language;
  /** The text. */
  text: Scalars['String']['input'];
};

/** A mission of experts in a partner country, for a beneficiary institution, under an agreement. Planned and actual periods keep their precision (a mission planned for "July 2017"). */
export type Mission = Node & {
  __typename?: 'Mission';
  /** Actual end, once known. */
  actualEnd?: Maybe<FuzzyDate>;
  /** Actual start, once known. */
  actualStart?: Maybe<FuzzyDate>;
  /** The agreement the mission runs under, if known. */
  agreement?: Maybe<Agreement>;
  /** When this record was archived (kept with its history, restorable); null while it is current. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The experts assigned, each with role and days. */
  assignments: Array<Assignment>;
  /** The institution the mission supports, as named in the source. */
  beneficiary?: Maybe<Scalars['String']['output']>;
  /** The citations of sources this makes, with the supporting passages. */
  citations: Array<Citation>;
  /** The country the mission takes place in. */
  country: Country;
  /** When this record was created in Coopgraph. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The domains the mission works in. */
  domains: Array<Domain>;
  /** Experts who could go on this mission, best first: ranked by the share of its domains they cover, the languages asked for, and whether their bookings and availability fit its period (the conflicts `missionAssignExpert` would report). Experts already assigned and archived ones are left out. */
  expertSuggestions: Array<ExpertSuggestion>;
  /** The experts assigned to the mission. */
  experts: Array<Expert>;
  /** Every recorded change to this object, newest first. Read-only. */
  history: ChangeConnection;
  /** The global ID of this object: opaque, stable, usable with `node(id)`. */
  id: Scalars['ID']['output'];
  /** What kind of mission this is; null while not decided or not known. */
  kind?: Maybe<MissionKind>;
  /** What the mission sets out to do. */
  objectives?: Maybe<Scalars['String']['output']>;
  /** What the mission achieved, once completed. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** Planned end, at the precision known. */
  plannedEnd?: Maybe<FuzzyDate>;
  /** Planned start, at the precision known ("July 2017"). */
  plannedStart?: Maybe<FuzzyDate>;
  /** The mission's reference, unique in Coopgraph. */
  reference: Scalars['String']['output'];
  /** The sources this is based on. */
  sources: Array<Source>;
  /** Where the mission stands. */
  status: MissionStatus;
  /** True for generated demonstration data, which describes no real agency, person or event. */
  synthetic: Scalars['Boolean']['output'];
  /** The mission's title. */
  title: Scalars['String']['output'];
  /** The title in every language Coopgraph has it in. */
  titleTranslations: Array<Translation>;
  /** When this record was last changed in Coopgraph. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Grows by one with every change; updates must send the version they read. */
  version: Scalars['Int']['output'];
};


/** A mission of experts in a partner country, for a beneficiary institution, under an agreement. Planned and actual periods keep their precision (a mission planned for "July 2017"). */
export type MissionExpertSuggestionsArgs = {
  first?: Scalars['Int']['input'];
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** A mission of experts in a partner country, for a beneficiary institution, under an agreement. Planned and actual periods keep their precision (a mission planned for "July 2017"). */
export type MissionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A mission of experts in a partner country, for a beneficiary institution, under an agreement. Planned and actual periods keep their precision (a mission planned for "July 2017"). */
export type MissionObjectivesArgs = {
  lang?: InputMaybe<Language>;
};


/** A mission of experts in a partner country, for a beneficiary institution, under an agreement. Planned and actual periods keep their precision (a mission planned for "July 2017"). */
export type MissionOutcomeArgs = {
  lang?: InputMaybe<Language>;
};


/** A mission of experts in a partner country, for a beneficiary institution, under an agreement. Planned and actual periods keep their precision (a mission planned for "July 2017"). */
export type MissionTitleArgs = {
  lang?: InputMaybe<Language>;
};

/** Assigns an expert to a mission with a role and days. */
export type MissionAssignExpertInput = {
  /** Conflicts you knowingly accept (only EXPERT_DOUBLE_BOOKED can be); they are recorded on the assignment and in its history. */
  acceptConflicts?: InputMaybe<Array<UserErrorCode>>;
  /** Days of work (more than 0, at most 366). */
  days?: InputMaybe<Scalars['Float']['input']>;
  /** Check only: answer the user errors and warnings this assignment would meet (double bookings, availability, dates), with a null assignment, and write nothing. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The expert. */
  expertId: Scalars['ID']['input'];
  /** The mission. */
  missionId: Scalars['ID']['input'];
  /** The expert's role. */
  role: AssignmentRole;
};

/** Completes an ongoing mission. */
export type MissionCompleteInput = {
  /** The day it actually ended. */
  actualEnd?: InputMaybe<FuzzyDateInput>;
  /** The mission. */
  id: Scalars['ID']['input'];
  /** What it achieved. */
  outcome?: InputMaybe<Array<LocalizedTextInput>>;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A page of missions. */
export type MissionConnection = {
  __typename?: 'MissionConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<MissionEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Mission>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A new mission; it starts as CONSIDERED. */
export type MissionCreateInput = {
  /** The agreement it runs under. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** The beneficiary institution (at most 300 characters). */
  beneficiary?: InputMaybe<Scalars['String']['input']>;
  /** The country the mission takes place in. */
  countryId: Scalars['ID']['input'];
  /** Domains the mission works in. */
  domainIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Makes a retried request harmless: the same key answers the mission created the first time. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What kind of mission it is. */
  kind?: InputMaybe<MissionKind>;
  /** Objectives (at most 5,000 characters each). */
  objectives?: InputMaybe<Array<LocalizedTextInput>>;
  /** Planned end. */
  plannedEnd?: InputMaybe<FuzzyDateInput>;
  /** Planned start. */
  plannedStart?: InputMaybe<FuzzyDateInput>;
  /** A reference unique in Coopgraph (at most 100 characters). */
  reference: Scalars['String']['input'];
  /** The title, in one or more languages (at most 300 characters each). */
  title: Array<LocalizedTextInput>;
};

/** What to group missions by. */
export type MissionDimension =
  /** The agencies party to the mission's agreement; a mission counts once under each. */
  | 'AGENCY'
  /** The country of the mission. */
  | 'COUNTRY'
  /** Each domain counts the missions in it or anywhere below it, so a mission counts under every domain above its own. */
  | 'DOMAIN'
  /** The mission's kind. */
  | 'KIND'
  /** The mission's status. */
  | 'STATUS'
  /** The year the mission started (actual start, else planned start; the first possible year when known only roughly). */
  | 'YEAR';

/** An edge in a list of missions. */
export type MissionEdge = {
  __typename?: 'MissionEdge';
  /** An opaque cursor for this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge. */
  node: Mission;
};

/** Conditions on missions; fields combine with AND, and `and` / `or` / `not` compose them. */
export type MissionFilter = {
  /** Actual end. */
  actualEnd?: InputMaybe<FuzzyDateFilter>;
  /** Actual start. */
  actualStart?: InputMaybe<FuzzyDateFilter>;
  /** The agreement it runs under. */
  agreement?: InputMaybe<AgreementFilter>;
  /** Every one of these filters holds. */
  and?: InputMaybe<Array<MissionFilter>>;
  /** The assignments (role and days). */
  assignments?: InputMaybe<AssignmentListFilter>;
  /** The beneficiary institution. */
  beneficiary?: InputMaybe<StringFilter>;
  /** The country. */
  country?: InputMaybe<CountryFilter>;
  /** The domains it works in. */
  domains?: InputMaybe<DomainListFilter>;
  /** The experts assigned. */
  experts?: InputMaybe<ExpertListFilter>;
  /** The mission's ID. */
  id?: InputMaybe<IdFilter>;
  /** What kind of mission it is. */
  kind?: InputMaybe<MissionKindFilter>;
  /** This filter does not hold. */
  not?: InputMaybe<MissionFilter>;
  /** At least one of these filters holds. */
  or?: InputMaybe<Array<MissionFilter>>;
  /** Planned end. */
  plannedEnd?: InputMaybe<FuzzyDateFilter>;
  /** Planned start. */
  plannedStart?: InputMaybe<FuzzyDateFilter>;
  /** The mission's reference. */
  reference?: InputMaybe<StringFilter>;
  /** Where it stands. */
  status?: InputMaybe<MissionStatusFilter>;
  /** True for generated demonstration data. */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
  /** The title, in any language. */
  title?: InputMaybe<TextFilter>;
};

/** A group of missions sharing the values of the dimensions asked for, with its size and expert-days. Dimensions not asked for are null. */
export type MissionGroup = {
  __typename?: 'MissionGroup';
  /** The agency, when grouped by AGENCY. */
  agency?: Maybe<Agency>;
  /** How many missions the group holds. */
  count: Scalars['Int']['output'];
  /** The country, when grouped by COUNTRY. */
  country?: Maybe<Country>;
  /** The domain (with its subtree), when grouped by DOMAIN. */
  domain?: Maybe<Domain>;
  /** Expert-days assigned to the group's missions. */
  expertDays: Scalars['Float']['output'];
  /** The kind, when grouped by KIND. */
  kind?: Maybe<MissionKind>;
  /** The status, when grouped by STATUS. */
  status?: Maybe<MissionStatus>;
  /** The year, when grouped by YEAR; null for missions without a start. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** What kind of mission this is. */
export type MissionKind =
  /** An assessment or identification mission. */
  | 'ASSESSMENT'
  /** An expert posted to give advice or training. */
  | 'EXPERT_MISSION'
  /** A visit of partner-country officials to learn from Belgian practice. */
  | 'STUDY_VISIT'
  /** A support mission (ondersteuningsmissie) to a partner institution. */
  | 'SUPPORT_MISSION'
  /** A workshop or seminar. */
  | 'WORKSHOP';

/** Conditions on a MissionKind value. */
export type MissionKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<MissionKind>;
  /** One of. */
  in?: InputMaybe<Array<MissionKind>>;
  /** True: has no value; false: has one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** None of. */
  notIn?: InputMaybe<Array<MissionKind>>;
};

/** Conditions on a list of Mission items. */
export type MissionListFilter = {
  /** Every item matches (true for an empty list). */
  every?: InputMaybe<MissionFilter>;
  /** No item matches. */
  none?: InputMaybe<MissionFilter>;
  /** At least one item matches. */
  some?: InputMaybe<MissionFilter>;
};

/** One sort key for Mission lists. */
export type MissionOrder = {
  /** The direction (ascending by default). */
  direction?: OrderDirection;
  /** The key to sort by. */
  field: MissionOrderField;
};

/** What to sort Mission items by. The ID is always the last key, so the order is total and cursors are stable. */
export type MissionOrderField =
  /** The first day the actual start may be. */
  | 'ACTUAL_START'
  /** When it was recorded in Coopgraph. */
  | 'CREATED_AT'
  /** The kind. */
  | 'KIND'
  /** The first day the planned start may be. */
  | 'PLANNED_START'
  /** The reference. */
  | 'REFERENCE'
  /** The status. */
  | 'STATUS';

/** What a mutation of a mission answers: the mission, user errors and warnings. */
export type MissionPayload = {
  __typename?: 'MissionPayload';
  /** The mission after the mutation; null when it was refused. */
  mission?: Maybe<Mission>;
  /** Why the mutation refused its input; empty on success. When there is any, nothing was written. */
  userErrors: Array<UserError>;
  /** Possible problems that did not stop the mutation, such as a mission that may start before its agreement when a date is known only to the month. */
  warnings: Array<UserError>;
};

/** Plans a considered mission: it needs a planned start and end, given here or already set. */
export type MissionPlanInput = {
  /** The mission. */
  id: Scalars['ID']['input'];
  /** Planned end, if not set yet or changed. */
  plannedEnd?: InputMaybe<FuzzyDateInput>;
  /** Planned start, if not set yet or changed. */
  plannedStart?: InputMaybe<FuzzyDateInput>;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Starts a confirmed mission. */
export type MissionStartInput = {
  /** The day it actually started. */
  actualStart?: InputMaybe<FuzzyDateInput>;
  /** The mission. */
  id: Scalars['ID']['input'];
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Where a mission stands. */
export type MissionStatus =
  /** Cancelled (IATI ActivityStatus 5). */
  | 'CANCELLED'
  /** Finished (IATI ActivityStatus 3 or 4). */
  | 'COMPLETED'
  /** Confirmed with the partner; experts are being assigned. */
  | 'CONFIRMED'
  /** Under consideration (IATI ActivityStatus 1, pipeline). */
  | 'CONSIDERED'
  /** Under way (IATI ActivityStatus 2). */
  | 'ONGOING'
  /** Planned, with a period and a beneficiary. */
  | 'PLANNED';

/** Conditions on a MissionStatus value. */
export type MissionStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<MissionStatus>;
  /** One of. */
  in?: InputMaybe<Array<MissionStatus>>;
  /** True: has no value; false: has one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** None of. */
  notIn?: InputMaybe<Array<MissionStatus>>;
};

/** A mission whose status changes. */
export type MissionTransitionInput = {
  /** The mission. */
  id: Scalars['ID']['input'];
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Removes an expert from a mission. */
export type MissionUnassignExpertInput = {
  /** The assignment to remove. */
  assignmentId: Scalars['ID']['input'];
};

/** Changes to a mission's details; omitted fields stay as they are, null clears. */
export type MissionUpdateInput = {
  /** New agreement (null: none). */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** New beneficiary. */
  beneficiary?: InputMaybe<Scalars['String']['input']>;
  /** New country. */
  countryId?: InputMaybe<Scalars['ID']['input']>;
  /** The mission. */
  id: Scalars['ID']['input'];
  /** New kind. */
  kind?: InputMaybe<MissionKind>;
  /** New objectives. */
  objectives?: InputMaybe<Array<LocalizedTextInput>>;
  /** New planned end. */
  plannedEnd?: InputMaybe<FuzzyDateInput>;
  /** New planned start. */
  plannedStart?: InputMaybe<FuzzyDateInput>;
  /** New reference. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** New title (replaces every language). */
  title?: InputMaybe<Array<LocalizedTextInput>>;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Records a new agency with its names and identifiers (KBO number and IATI id are unique). */
  agencyCreate: AgencyPayload;
  /** Merges an agency into another: a dated lineage edge, and the merged agency ceases the day before. */
  agencyMerge: AgencyPayload;
  /** Renames an agency from a day on: new dated names, the old ones kept for before (BTC became Enabel on 2018-01-01). */
  agencyRename: AgencyPayload;
  /** Changes an agency's details (names change with agencyRename). */
  agencyUpdate: AgencyPayload;
  /** Adds an agency as a party, with its role and signatory. */
  agreementAddParty: AgreementPartyPayload;
  /** Adds countries the agreement covers. */
  agreementAttachCountries: AgreementPayload;
  /** Adds domains the agreement covers. */
  agreementAttachDomains: AgreementPayload;
  /** Records a new agreement as DRAFT (the reference is unique). */
  agreementCreate: AgreementPayload;
  /** Removes countries from those the agreement covers. */
  agreementDetachCountries: AgreementPayload;
  /** Removes domains from those the agreement covers. */
  agreementDetachDomains: AgreementPayload;
  /** Imports agreements from CSV or JSON (columns reference, title, kind, status, signedOn, validFrom, validUntil, parties as KBO numbers or IATI ids each with an optional `:role` (signatory when none), countries as ISO codes, domains as keys), matching on reference. Dry run first; apply is all or nothing. */
  agreementImport: ImportPayload;
  /** Removes a party from an agreement (kept in the history). */
  agreementRemoveParty: AgreementPartyPayload;
  /** DRAFT to SIGNED, with the date of signature (as precisely as known). The parties must be recorded first. */
  agreementSign: AgreementPayload;
  /** SIGNED to TERMINATED: ends the agreement early on a last day. */
  agreementTerminate: AgreementPayload;
  /** Changes an agreement's details. */
  agreementUpdate: AgreementPayload;
  /** Creates an API token for a role (admins only). Its secret is in the payload, once. */
  apiTokenCreate: ApiTokenCreatePayload;
  /** Revokes an API token at once (admins only); null when no token has that ID. */
  apiTokenRevoke?: Maybe<ApiToken>;
  /** Records a country (ISO codes are unique). */
  countryCreate: CountryPayload;
  /** Makes a country a partner country of a programme over a period. */
  countryDesignatePartner: PartnerDesignationPayload;
  /** Changes a country's names. */
  countryUpdate: CountryPayload;
  /** Adds a domain to the tree (the key is unique). */
  domainCreate: DomainPayload;
  /** Changes a domain's label, codes or place in the tree (never under itself). */
  domainUpdate: DomainPayload;
  /** Makes a person available as an expert of an agency. */
  expertCreate: ExpertPayload;
  /** Imports experts from CSV or JSON (columns email, givenName, familyName, phones, employerKbo or employerIatiId, languages, domains, summary), matching people on e-mail. Dry run first; apply is all or nothing. */
  expertImport: ImportPayload;
  /** Replaces the periods an expert is available or unavailable; assignments are checked against them. */
  expertSetAvailability: ExpertPayload;
  /** Replaces an expert's domains of expertise and working languages. */
  expertSetExpertise: ExpertPayload;
  /** Changes an expert's employer or profile text. */
  expertUpdate: ExpertPayload;
  /** Assigns an expert to a mission, refusing double bookings (unless accepted) and periods the expert is unavailable. The expert is locked while checking, so two coordinators cannot both book the last free period. */
  missionAssignExpert: AssignmentPayload;
  /** Cancels a mission that has not completed. */
  missionCancel: MissionPayload;
  /** ONGOING to COMPLETED: the mission has ended. */
  missionComplete: MissionPayload;
  /** PLANNED to CONFIRMED: the partner has confirmed the mission. */
  missionConfirm: MissionPayload;
  /** Records a new mission, CONSIDERED, after checking its dates, agreement and country. */
  missionCreate: MissionPayload;
  /** CONSIDERED to PLANNED: the mission gets a planned period. */
  missionPlan: MissionPayload;
  /** CONFIRMED to ONGOING: the mission has started. */
  missionStart: MissionPayload;
  /** Removes an expert from a mission (the removal is kept in the history). */
  missionUnassignExpert: AssignmentPayload;
  /** Changes a mission's details (not its status: use the verbs). */
  missionUpdate: MissionPayload;
  /** Archives any node or edge instead of deleting it: it stays readable by ID, with its history, and can be restored. Archived objects cannot be linked to new ones. */
  nodeArchive: NodePayload;
  /** Makes any node or edge cite a source, with the supporting passage. */
  nodeCiteSource: CitationPayload;
  /** Restores an archived node or edge. */
  nodeRestore: NodePayload;
  /** Records a new person (the e-mail address is unique). */
  personCreate: PersonPayload;
  /** Administrators only: erases a person's personal data (name, e-mail, phones) everywhere, their change history and citing quotes included, and records that the erasure happened (without the erased values). */
  personErase: PersonErasePayload;
  /** Changes a person's name or contact details. */
  personUpdate: PersonPayload;
  /** Records a source document (the key is unique). */
  sourceCreate: SourcePayload;
  /** Changes a source's details. */
  sourceUpdate: SourcePayload;
  /** Creates a dashboard user (admins only). */
  userCreate: User;
  /** A signed-in person changes their own password. Their other sessions end; this one goes on. API tokens have no password. */
  viewerUpdatePassword: ViewerUpdatePasswordPayload;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationAgencyCreateArgs = {
  input: AgencyCreateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationAgencyMergeArgs = {
  input: AgencyMergeInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationAgencyRenameArgs = {
  input: AgencyRenameInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationAgencyUpdateArgs = {
  input: AgencyUpdateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationAgreementAddPartyArgs = {
  input: AgreementAddPartyInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationAgreementAttachCountriesArgs = {
  input: AgreementLinkInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationAgreementAttachDomainsArgs = {
  input: AgreementLinkInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationAgreementCreateArgs = {
  input: AgreementCreateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationAgreementDetachCountriesArgs = {
  input: AgreementLinkInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationAgreementDetachDomainsArgs = {
  input: AgreementLinkInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationAgreementImportArgs = {
  input: ImportInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationAgreementRemovePartyArgs = {
  input: AgreementRemovePartyInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationAgreementSignArgs = {
  input: AgreementSignInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationAgreementTerminateArgs = {
  input: AgreementTerminateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationAgreementUpdateArgs = {
  input: AgreementUpdateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationApiTokenCreateArgs = {
  input: ApiTokenCreateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationApiTokenRevokeArgs = {
  id: Scalars['ID']['input'];
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationCountryCreateArgs = {
  input: CountryCreateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationCountryDesignatePartnerArgs = {
  input: CountryDesignatePartnerInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationCountryUpdateArgs = {
  input: CountryUpdateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationDomainCreateArgs = {
  input: DomainCreateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationDomainUpdateArgs = {
  input: DomainUpdateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationExpertCreateArgs = {
  input: ExpertCreateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationExpertImportArgs = {
  input: ImportInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationExpertSetAvailabilityArgs = {
  input: ExpertSetAvailabilityInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationExpertSetExpertiseArgs = {
  input: ExpertSetExpertiseInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationExpertUpdateArgs = {
  input: ExpertUpdateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationMissionAssignExpertArgs = {
  input: MissionAssignExpertInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationMissionCancelArgs = {
  input: MissionTransitionInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationMissionCompleteArgs = {
  input: MissionCompleteInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationMissionConfirmArgs = {
  input: MissionTransitionInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationMissionCreateArgs = {
  input: MissionCreateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationMissionPlanArgs = {
  input: MissionPlanInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationMissionStartArgs = {
  input: MissionStartInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationMissionUnassignExpertArgs = {
  input: MissionUnassignExpertInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationMissionUpdateArgs = {
  input: MissionUpdateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationNodeArchiveArgs = {
  input: NodeArchiveInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationNodeCiteSourceArgs = {
  input: NodeCiteSourceInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationNodeRestoreArgs = {
  input: NodeArchiveInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationPersonCreateArgs = {
  input: PersonCreateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationPersonEraseArgs = {
  input: PersonEraseInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationPersonUpdateArgs = {
  input: PersonUpdateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationSourceCreateArgs = {
  input: SourceCreateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationSourceUpdateArgs = {
  input: SourceUpdateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationUserCreateArgs = {
  input: UserCreateInput;
};


/** The coordinators' writes, named object first with a domain verb. Each runs in one transaction, records its change history, and answers a payload with the object and `userErrors` (nothing written when there is any). Each needs a role that may do it: coordinators and admins change the registry, admins manage access. */
export type MutationViewerUpdatePasswordArgs = {
  input: ViewerUpdatePasswordInput;
};

/** The nodes within a few steps of a node, and the edges among them. */
export type Neighborhood = {
  __typename?: 'Neighborhood';
  /** The distance of each node of `nodes` from the start node, in the same order (0 for the start node). */
  depths: Array<Scalars['Int']['output']>;
  /** Every edge of the walked kinds between two of the nodes found, whichever their distances, by kind and IDs. */
  edges: Array<GraphEdge>;
  /** The nodes found: the start node first, then by distance, then by type and ID. */
  nodes: Array<Node>;
  /** True when the answer was cut: more nodes lie within `depth` than `limit` allows, an edge scan reached the server's scan limit, or the edges among the nodes exceed ten times `limit`. The nodes kept are then the nearest ones. */
  truncated: Scalars['Boolean']['output'];
};

/** An object with a global ID. Every agency, agreement, domain, person, expert, mission, country and source is a node, and so is every edge that carries its own fields (parties, assignments, lineage, citations). */
export type Node = {
  /** The global ID of this object: opaque, stable, usable with `node(id)`. */
  id: Scalars['ID']['output'];
};

/** A node or edge to archive or restore. */
export type NodeArchiveInput = {
  /** Its global ID. */
  id: Scalars['ID']['input'];
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A node or edge citing a source. */
export type NodeCiteSourceInput = {
  /** Where in the source (page, section; at most 200 characters). */
  locator?: InputMaybe<Scalars['String']['input']>;
  /** The supporting words (at most 2,000 characters). */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** The source. */
  sourceId: Scalars['ID']['input'];
  /** The node or edge that is based on the source. */
  subjectId: Scalars['ID']['input'];
};

/** What nodeArchive and nodeRestore answer. */
export type NodePayload = {
  __typename?: 'NodePayload';
  /** The node or edge after the mutation; null when it was refused. */
  node?: Maybe<Node>;
  /** Why the mutation refused its input; empty on success. When there is any, nothing was written. */
  userErrors: Array<UserError>;
  /** Possible problems that did not stop the mutation, such as a mission that may start before its agreement when a date is known only to the month. */
  warnings: Array<UserError>;
};

/** Sort direction. Missing values sort after present ones in ascending order, and before them in descending order. */
export type OrderDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** What two nodes share, by a definition given by its `kind`. */
export type Overlap = {
  __typename?: 'Overlap';
  /** How many nodes the two share, all of them (not only those listed in `nodes`). */
  count: Scalars['Int']['output'];
  /** What was asked to be shared. */
  kind: OverlapKind;
  /** The shared nodes, the first `limit` of them in ID order. */
  nodes: Array<Node>;
};

/** What two nodes are asked to share in `overlap`. */
export type OverlapKind =
  /** Two agencies: the agreements both are parties to (in any role). */
  | 'AGREEMENTS'
  /** Two agencies: the experts who work for both. An expert works for an agency when the agency employs the expert, or when the expert is assigned to a mission that runs under an agreement the agency is a party to (in any role). */
  | 'EXPERTS'
  /** Two agreements: the missions related to both. A mission is related to an agreement when it runs under the agreement or under a child agreement of it, or when an expert assigned to it is employed by an agency that is a party to the agreement. */
  | 'MISSIONS';

/** Where a page sits in its list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of the page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when there are items after this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when there are items before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A period during which a country is a partner country of a cooperation programme (for example the fourteen partner countries of Belgian governmental cooperation). */
export type PartnerDesignation = Node & {
  __typename?: 'PartnerDesignation';
  /** When this record was archived (kept with its history, restorable); null while it is current. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The citations of sources this makes, with the supporting passages. */
  citations: Array<Citation>;
  /** The partner country. */
  country: Country;
  /** When this record was created in Coopgraph. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the designation was decided, at the precision known. */
  decidedOn?: Maybe<FuzzyDate>;
  /** Every recorded change to this object, newest first. Read-only. */
  history: ChangeConnection;
  /** The global ID of this object: opaque, stable, usable with `node(id)`. */
  id: Scalars['ID']['output'];
  /** The programme the country is a partner of. */
  programme: Scalars['String']['output'];
  /** The sources this is based on. */
  sources: Array<Source>;
  /** True for generated demonstration data, which describes no real agency, person or event. */
  synthetic: Scalars['Boolean']['output'];
  /** When this record was last changed in Coopgraph. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** First day of the designation (YYYY-MM-DD); null when unknown. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day of the designation (YYYY-MM-DD); null while it lasts. */
  validUntil?: Maybe<Scalars['Date']['output']>;
  /** Grows by one with every change; updates must send the version they read. */
  version: Scalars['Int']['output'];
};


/** A period during which a country is a partner country of a cooperation programme (for example the fourteen partner countries of Belgian governmental cooperation). */
export type PartnerDesignationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** What a mutation of a partner-country designation answers: the partner-country designation, user errors and warnings. */
export type PartnerDesignationPayload = {
  __typename?: 'PartnerDesignationPayload';
  /** The partner-country designation after the mutation; null when it was refused. */
  designation?: Maybe<PartnerDesignation>;
  /** Why the mutation refused its input; empty on success. When there is any, nothing was written. */
  userErrors: Array<UserError>;
  /** Possible problems that did not stop the mutation, such as a mission that may start before its agreement when a date is known only to the month. */
  warnings: Array<UserError>;
};

/** The role of an agency in an agreement: IATI OrganisationRole codes 1 to 4, plus signatory. */
export type PartyRole =
  /** IATI OrganisationRole 2: accountable for the use of the funds. */
  | 'ACCOUNTABLE'
  /** IATI OrganisationRole 3: manages the budget on behalf of the funder. */
  | 'EXTENDING'
  /** IATI OrganisationRole 1: provides the funds. */
  | 'FUNDING'
  /** IATI OrganisationRole 4: carries out the work. */
  | 'IMPLEMENTING'
  /** Signed the agreement (no IATI code). */
  | 'SIGNATORY';

/** Conditions on a PartyRole value. */
export type PartyRoleFilter = {
  /** Equal to. */
  eq?: InputMaybe<PartyRole>;
  /** One of. */
  in?: InputMaybe<Array<PartyRole>>;
  /** True: has no value; false: has one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** None of. */
  notIn?: InputMaybe<Array<PartyRole>>;
};

/** A person who appears as a signatory, a contact or an expert. E-mail addresses and phone numbers are personal data. */
export type Person = Node & {
  __typename?: 'Person';
  /** The agencies the person works or worked for, with positions. */
  affiliations: Array<Affiliation>;
  /** When this record was archived (kept with its history, restorable); null while it is current. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The citations of sources this makes, with the supporting passages. */
  citations: Array<Citation>;
  /** When this record was created in Coopgraph. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Work e-mail address. Personal data: only roles allowed to see personal data read it. */
  email?: Maybe<Scalars['String']['output']>;
  /** The person's expert profile, if they are available for missions. */
  expertProfile?: Maybe<Expert>;
  /** Family name. */
  familyName: Scalars['String']['output'];
  /** Given name(s). */
  givenName: Scalars['String']['output'];
  /** Every recorded change to this object, newest first. Read-only. */
  history: ChangeConnection;
  /** The global ID of this object: opaque, stable, usable with `node(id)`. */
  id: Scalars['ID']['output'];
  /** Given and family name. */
  name: Scalars['String']['output'];
  /** Work phone numbers in international format (+32 ...). Personal data: only roles allowed to see personal data read them. */
  phones?: Maybe<Array<Scalars['String']['output']>>;
  /** Agreement parties the person signed for. */
  signedParties: Array<AgreementParty>;
  /** The sources this is based on. */
  sources: Array<Source>;
  /** True for generated demonstration data, which describes no real agency, person or event. */
  synthetic: Scalars['Boolean']['output'];
  /** When this record was last changed in Coopgraph. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Grows by one with every change; updates must send the version they read. */
  version: Scalars['Int']['output'];
};


/** A person who appears as a signatory, a contact or an expert. E-mail addresses and phone numbers are personal data. */
export type PersonHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<PersonEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Person>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A new person. */
export type PersonCreateInput = {
  /** Work e-mail address, unique. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Family name (at most 100 characters). */
  familyName: Scalars['String']['input'];
  /** Given name(s) (at most 100 characters). */
  givenName: Scalars['String']['input'];
  /** Makes a retried request harmless: the same key answers the person created the first time. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Work phone numbers in international format (+32 ...). */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** An edge in a list of people. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** An opaque cursor for this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge. */
  node: Person;
};

/** A person whose personal data is to be erased (administrators only). */
export type PersonEraseInput = {
  /** The person. */
  id: Scalars['ID']['input'];
};

/** What personErase answers. */
export type PersonErasePayload = {
  __typename?: 'PersonErasePayload';
  /** How many history entries had personal data removed. */
  historyEntriesScrubbed: Scalars['Int']['output'];
  /** The person as kept: no name, e-mail or phone. */
  person?: Maybe<Person>;
  /** Why the mutation refused its input; empty on success. When there is any, nothing was written. */
  userErrors: Array<UserError>;
  /** Possible problems that did not stop the mutation, such as a mission that may start before its agreement when a date is known only to the month. */
  warnings: Array<UserError>;
};

/** Conditions on people; fields combine with AND, and `and` / `or` / `not` compose them. */
export type PersonFilter = {
  /** Their affiliations. */
  affiliations?: InputMaybe<AffiliationListFilter>;
  /** Every one of these filters holds. */
  and?: InputMaybe<Array<PersonFilter>>;
  /** The person's ID. */
  id?: InputMaybe<IdFilter>;
  /** Given and family name. */
  name?: InputMaybe<StringFilter>;
  /** This filter does not hold. */
  not?: InputMaybe<PersonFilter>;
  /** At least one of these filters holds. */
  or?: InputMaybe<Array<PersonFilter>>;
  /** True for generated demonstration data. */
  synthetic?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One sort key for Person lists. */
export type PersonOrder = {
  /** The direction (ascending by default). */
  direction?: OrderDirection;
  /** The key to sort by. */
  field: PersonOrderField;
};

/** What to sort Person items by. The ID is always the last key, so the order is total and cursors are stable. */
export type PersonOrderField =
  /** When they were recorded in Coopgraph. */
  | 'CREATED_AT'
  /** Family name. */
  | 'FAMILY_NAME'
  /** Given name. */
  | 'GIVEN_NAME';

/** What a mutation of a person answers: the person, user errors and warnings. */
export type PersonPayload = {
  __typename?: 'PersonPayload';
  /** The person after the mutation; null when it was refused. */
  person?: Maybe<Person>;
  /** Why the mutation refused its input; empty on success. When there is any, nothing was written. */
  userErrors: Array<UserError>;
  /** Possible problems that did not stop the mutation, such as a mission that may start before its agreement when a date is known only to the month. */
  warnings: Array<UserError>;
};

/** Changes to a person; omitted fields stay as they are, null clears. */
export type PersonUpdateInput = {
  /** New e-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** New family name. */
  familyName?: InputMaybe<Scalars['String']['input']>;
  /** New given name(s). */
  givenName?: InputMaybe<Scalars['String']['input']>;
  /** The person. */
  id: Scalars['ID']['input'];
  /** New phone numbers (replace the old ones). */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type Query = {
  __typename?: 'Query';
  /** Public bodies that sign agreements and make experts available. */
  agencies: AgencyConnection;
  /** An agreement by its reference, for example BOSA-BTC-2017. */
  agreement?: Maybe<Agreement>;
  /** Counts of agreements (and of the missions under them), grouped by up to two dimensions ("agreements per domain"), largest groups first; at most 10000 groups. */
  agreementStats: Array<AgreementGroup>;
  /** Agreements between agencies. */
  agreements: AgreementConnection;
  /** Every API token, newest first (admins only). */
  apiTokens: Array<ApiToken>;
  /** The change history of the whole registry, newest first: every write with its actor, time, operation and values. Read-only: no mutation changes it. */
  changes: ChangeConnection;
  /** Countries and territories. */
  countries: CountryConnection;
  /** A country by its ISO 3166-1 alpha-2 code (BJ), case-insensitive. */
  country?: Maybe<Country>;
  /** A domain by its key, for example `e-governance`. */
  domain?: Maybe<Domain>;
  /** Domains of cooperation, at every level of the tree. */
  domains: DomainConnection;
  /** Experts that agencies make available for missions. */
  experts: ExpertConnection;
  /** A mission by its reference. */
  mission?: Maybe<Mission>;
  /** Counts and expert-days of missions, grouped by up to two dimensions ("missions per country per year"), largest groups first; at most 10000 groups. */
  missionStats: Array<MissionGroup>;
  /** Missions of experts in partner countries. */
  missions: MissionConnection;
  /** The nodes within `depth` steps of a node, walking edges both ways, and the edges among them; null when the ID names nothing. Computed in one SQL statement, nearest nodes first. */
  neighborhood?: Maybe<Neighborhood>;
  /** Fetches any object by its global ID. Null when no object has that ID; an error when the ID is malformed. */
  node?: Maybe<Node>;
  /** Fetches up to 100 objects by global ID, in the order given; null for each ID with no object. */
  nodes: Array<Maybe<Node>>;
  /** What two nodes share: the experts or agreements of two agencies, the missions of two agreements. Counted and listed in one SQL statement. */
  overlap: Overlap;
  /** The shortest paths between two nodes, of at most `maxLength` steps, walking edges both ways: all of that shortest length (up to `limit`), in a stable order. Empty when no path is that short, or when an ID names nothing. A question that would touch too much of the graph fails with QUERY_TOO_BROAD. */
  paths: Array<GraphPath>;
  /** People: signatories, contacts and experts. */
  people: PersonConnection;
  /** Finds agencies, agreements, missions, domains, countries, people and sources by words, best match first. Matching ignores case and accents, stems Dutch, French, English and German words (`overeenkomsten` finds "Overeenkomst"), reads the last word as a prefix for type-ahead (`Enab` finds Enabel), and matches hyphenated words written without hyphen (`egouvernance` finds "E-gouvernance"). Every word must match, in one language of the node. Ties are broken by type, then ID, so pages are stable. */
  search: SearchHitConnection;
  /** A source by its key, for example `press-release-2017-06-bosa-btc`. */
  source?: Maybe<Source>;
  /** The documents Coopgraph's facts come from. */
  sources: SourceConnection;
  /** Every dashboard user, by login (admins only). */
  users: Array<User>;
  /** Who you are and what you may do. */
  viewer: Viewer;
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryAgenciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgencyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AgencyOrder>>;
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryAgreementArgs = {
  reference: Scalars['String']['input'];
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryAgreementStatsArgs = {
  filter?: InputMaybe<AgreementFilter>;
  groupBy: Array<AgreementDimension>;
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryAgreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<AgreementOrder>>;
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChangeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CountryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CountryOrder>>;
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryCountryArgs = {
  code: Scalars['String']['input'];
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryDomainArgs = {
  key: Scalars['String']['input'];
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryDomainsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DomainFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<DomainOrder>>;
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryExpertsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpertFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ExpertOrder>>;
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryMissionArgs = {
  reference: Scalars['String']['input'];
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryMissionStatsArgs = {
  filter?: InputMaybe<MissionFilter>;
  groupBy: Array<MissionDimension>;
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryMissionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MissionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<MissionOrder>>;
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryNeighborhoodArgs = {
  depth?: Scalars['Int']['input'];
  edgeKinds?: InputMaybe<Array<GraphEdgeKind>>;
  id: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
  types?: InputMaybe<Array<GraphNodeType>>;
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryOverlapArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
  shared: OverlapKind;
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryPathsArgs = {
  edgeKinds?: InputMaybe<Array<GraphEdgeKind>>;
  from: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
  maxLength?: Scalars['Int']['input'];
  to: Scalars['ID']['input'];
  types?: InputMaybe<Array<GraphNodeType>>;
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<PersonOrder>>;
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  lang?: InputMaybe<Language>;
  last?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchableType>>;
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QuerySourceArgs = {
  key: Scalars['String']['input'];
};


/** The entry points for reading the registry: every node by global ID, and a list for each node type. Every relation is traversable from both ends. */
export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<SourceOrder>>;
};

/** What a user or token may do. */
export type Role =
  /** Everything a coordinator may do, and manages users and API tokens. */
  | 'ADMIN'
  /** Reads the whole registry except personal data (e-mail addresses, phone numbers). */
  | 'ANALYST'
  /** Reads everything, personal data included, and changes the registry. */
  | 'COORDINATOR';

/** A node that matches a search, with how well and where it matched. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The field of the node whose text matched, named as in the schema (`name`, `acronym`, `reference`, `title`, `purpose`, `label`, `key`, `iso2`, ...); when the words matched in different fields, the first field holding one of them. */
  matchedField?: Maybe<Scalars['String']['output']>;
  /** The language of the text that matched; null for text in no particular language (references, codes, people's names). */
  matchedLanguage?: Maybe<Language>;
  /** The node that matched: an Agency, Agreement, Mission, Domain, Country, Person or Source. */
  node: Node;
  /** How well the node matches; higher is better. Names, titles, references and codes count more than descriptions, short texts more than long ones, and a name or code equal to the whole query adds 1. Comparable within one search only. */
  rank: Scalars['Float']['output'];
  /** The matched text, or fragments of it joined by " … " when it is long, with each match between the highlight marks. Null when no single field holds a word of the query. */
  snippet?: Maybe<Scalars['String']['output']>;
};


/** A node that matches a search, with how well and where it matched. */
export type SearchHitSnippetArgs = {
  highlightEnd?: Scalars['String']['input'];
  highlightStart?: Scalars['String']['input'];
};

/** A page of search hits, best first. */
export type SearchHitConnection = {
  __typename?: 'SearchHitConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<SearchHitEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<SearchHit>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a list of search hits, best first. */
export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  /** An opaque cursor for this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge. */
  node: SearchHit;
};

/** A node type `search` covers, with the fields it matches. */
export type SearchableType =
  /** Agencies: every dated name and acronym in every language (BTC, CTB and Enabel find the same agency), KBO number, IATI organisation id. */
  | 'AGENCY'
  /** Agreements: reference, title and purpose in every language. */
  | 'AGREEMENT'
  /** Countries: name in every language, ISO 3166-1 alpha-2 and alpha-3 codes. */
  | 'COUNTRY'
  /** Domains: label in every language, key and DAC codes. */
  | 'DOMAIN'
  /** Missions: reference, title, beneficiary, objectives and outcome. */
  | 'MISSION'
  /** People: given and family name only. E-mail addresses and phone numbers are personal data and never searchable. */
  | 'PERSON'
  /** Sources: title, excerpt and publisher. */
  | 'SOURCE';

/** A document that facts in Coopgraph come from. Every node and edge can cite sources. */
export type Source = Node & {
  __typename?: 'Source';
  /** When this record was archived (kept with its history, restorable); null while it is current. */
  archivedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The citations of sources this makes, with the supporting passages. */
  citations: Array<Citation>;
  /** The citations of this source: every node and edge based on it. */
  citedBy: CitationConnection;
  /** When this record was created in Coopgraph. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** An excerpt of the document: the passage the facts come from. */
  excerpt?: Maybe<Scalars['String']['output']>;
  /** Every recorded change to this object, newest first. Read-only. */
  history: ChangeConnection;
  /** The global ID of this object: opaque, stable, usable with `node(id)`. */
  id: Scalars['ID']['output'];
  /** A short stable key, for example `press-release-2017-06-bosa-btc`. */
  key: Scalars['String']['output'];
  /** What kind of document this is. */
  kind: SourceKind;
  /** The language of the document (ISO 639-1). */
  language?: Maybe<Scalars['String']['output']>;
  /** When the document was published, at the precision known. */
  publishedOn?: Maybe<FuzzyDate>;
  /** Who published the document. */
  publisher?: Maybe<Scalars['String']['output']>;
  /** The sources this is based on. */
  sources: Array<Source>;
  /** True for generated demonstration data, which describes no real agency, person or event. */
  synthetic: Scalars['Boolean']['output'];
  /** The title of the document, in its own language. */
  title: Scalars['String']['output'];
  /** When this record was last changed in Coopgraph. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Where the document can be read, if it is online. */
  url?: Maybe<Scalars['String']['output']>;
  /** Grows by one with every change; updates must send the version they read. */
  version: Scalars['Int']['output'];
};


/** A document that facts in Coopgraph come from. Every node and edge can cite sources. */
export type SourceCitedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  archived?: InputMaybe<ArchivedFilter>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CitationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CitationOrder>>;
};


/** A document that facts in Coopgraph come from. Every node and edge can cite sources. */
export type SourceHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of sources. */
export type SourceConnection = {
  __typename?: 'SourceConnection';
  /** The edges of this page, each with its cursor. */
  edges: Array<SourceEdge>;
  /** The items of this page, without cursors. */
  nodes: Array<Source>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A new source document. */
export type SourceCreateInput = {
  /** The relevant passage (at most 5,000 characters). */
  excerpt?: InputMaybe<Scalars['String']['input']>;
  /** Makes a retried request harmless. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** A unique key in kebab-case (at most 100 characters). */
  key: Scalars['String']['input'];
  /** What kind of document it is. */
  kind: SourceKind;
  /** Its language (ISO 639-1). */
  language?: InputMaybe<Scalars['String']['input']>;
  /** When it was published. */
  publishedOn?: InputMaybe<FuzzyDateInput>;
  /** Its publisher (at most 200 characters). */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Its title (at most 500 characters). */
  title: Scalars['String']['input'];
  /** Where it can be read (https://...). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** An edge in a list of sources. */
export type SourceEdge = {
  __typename?: 'SourceEdge';
  /** An opaque cursor for this edge, for `after` and `before`. */
  cursor: Scalars['String']['output'];
  /** The item at the end of the edge. */
  node: Source;
};

/** Conditions on sources. */
export type SourceFilter = {
  /** Every one of these filters holds. */
  and?: InputMaybe<Array<SourceFilter>>;
  /** The source's key. */
  key?: InputMaybe<StringFilter>;
  /** What kind of document. */
  kind?: InputMaybe<SourceKindFilter>;
  /** The language (ISO 639-1). */
  language?: InputMaybe<StringFilter>;
  /** This filter does not hold. */
  not?: InputMaybe<SourceFilter>;
  /** At least one of these filters holds. */
  or?: InputMaybe<Array<SourceFilter>>;
  /** When it was published. */
  publishedOn?: InputMaybe<FuzzyDateFilter>;
  /** The title. */
  title?: InputMaybe<StringFilter>;
};

/** What kind of document a source is. */
export type SourceKind =
  /** A standard codelist (ISO, OECD DAC, IATI). */
  | 'CODELIST'
  /** A law, decree or official journal publication. */
  | 'LEGAL_TEXT'
  /** A press release. */
  | 'PRESS_RELEASE'
  /** A public register (company register, IATI registry). */
  | 'REGISTRY'
  /** The generator of synthetic demonstration data: what cites it is not real. */
  | 'SYNTHETIC'
  /** A web page of the organisation itself. */
  | 'WEBSITE';

/** Conditions on a SourceKind value. */
export type SourceKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<SourceKind>;
  /** One of. */
  in?: InputMaybe<Array<SourceKind>>;
  /** True: has no value; false: has one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** None of. */
  notIn?: InputMaybe<Array<SourceKind>>;
};

/** One sort key for Source lists. */
export type SourceOrder = {
  /** The direction (ascending by default). */
  direction?: OrderDirection;
  /** The key to sort by. */
  field: SourceOrderField;
};

/** What to sort Source items by. The ID is always the last key, so the order is total and cursors are stable. */
export type SourceOrderField =
  /** The key. */
  | 'KEY'
  /** The first day it may have been published. */
  | 'PUBLISHED_ON'
  /** The title. */
  | 'TITLE';

/** What a mutation of a source answers: the source, user errors and warnings. */
export type SourcePayload = {
  __typename?: 'SourcePayload';
  /** The source after the mutation; null when it was refused. */
  source?: Maybe<Source>;
  /** Why the mutation refused its input; empty on success. When there is any, nothing was written. */
  userErrors: Array<UserError>;
  /** Possible problems that did not stop the mutation, such as a mission that may start before its agreement when a date is known only to the month. */
  warnings: Array<UserError>;
};

/** Changes to a source. */
export type SourceUpdateInput = {
  /** New excerpt. */
  excerpt?: InputMaybe<Scalars['String']['input']>;
  /** The source. */
  id: Scalars['ID']['input'];
  /** New publisher. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** New address. */
  url?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one is refused with CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Conditions on a text; `contains` and `startsWith` ignore case and accents. */
export type StringFilter = {
  /** Contains this text, ignoring case and accents. */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Exactly equal to this text. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** Exactly equal to one of these texts. */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** True: has no value; false: has one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Starts with this text, ignoring case and accents. */
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on a list of codes (such as languages). */
export type StringListFilter = {
  /** Holds all of these. */
  hasAll?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Holds at least one of these. */
  hasAny?: InputMaybe<Array<Scalars['String']['input']>>;
  /** True: the list is empty; false: it is not. */
  isEmpty?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Conditions on a text in several languages: true when the text in any language matches, ignoring case and accents. */
export type TextFilter = {
  /** Contains this text, ignoring case and accents. */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Equal to this text, ignoring case and accents. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** Starts with this text, ignoring case and accents. */
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** A text in one language. */
export type Translation = {
  __typename?: 'Translation';
  /** The language of the text. */
  lang: Language;
  /** The text. */
  text: Scalars['String']['output'];
};

/** Someone who signs in to the dashboard with a login and a password. */
export type User = {
  __typename?: 'User';
  /** When the user was created. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The user's ID. */
  id: Scalars['ID']['output'];
  /** When the user last signed in. */
  lastLoginAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Until when the account is locked after repeated failed logins; null when it is not. */
  lockedUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The name the user signs in with (case-insensitive). */
  login: Scalars['String']['output'];
  /** What the user may do. */
  role: Role;
};

/** A new dashboard user. */
export type UserCreateInput = {
  /** The login (2 to 100 characters; an e-mail address works). */
  login: Scalars['String']['input'];
  /** The initial password (at least 12 characters). */
  password: Scalars['String']['input'];
  /** What the user may do. */
  role: Role;
};

/** A problem with a mutation's input, on a field, in the coordinator's terms. When a mutation returns any, nothing was written. */
export type UserError = {
  __typename?: 'UserError';
  /** A stable code for programs. */
  code: UserErrorCode;
  /** Path to the input field at fault, for example ["input", "plannedEnd"]; null when the problem is not one field's. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong and how to fix it, for people. */
  message: Scalars['String']['output'];
};

/** Why a mutation refused its input (in `userErrors`), or what it warns about (in `warnings`). */
export type UserErrorCode =
  /** The link already exists. */
  | 'ALREADY_LINKED'
  /** The object is archived: restore it first. */
  | 'ARCHIVED'
  /** Someone changed the object since you read it: the `version` you sent is stale. The message gives the current version; read again and retry. */
  | 'CONFLICT'
  /** The country is neither covered by the agreement nor a partner country at that date. */
  | 'COUNTRY_NOT_COVERED'
  /** An end comes before its start. */
  | 'DATE_ORDER'
  /** An import file has two rows with the same natural key (e-mail, reference). */
  | 'DUPLICATE_IN_FILE'
  /** The expert is (or may be) assigned to another mission in an overlapping period; can be overridden with `acceptConflicts`. */
  | 'EXPERT_DOUBLE_BOOKED'
  /** The expert is (or may be) marked unavailable in the mission's period. */
  | 'EXPERT_UNAVAILABLE'
  /** The caller may not do this. */
  | 'FORBIDDEN'
  /** This idempotency key was already used for another operation. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The status cannot change this way; the message names the allowed next statuses. */
  | 'ILLEGAL_TRANSITION'
  /** The value is not in the expected format (e-mail, phone, ISO code, URL, KBO number, ...). */
  | 'INVALID_FORMAT'
  /** The value is well-formed but not acceptable here (for example a negative number of days). */
  | 'INVALID_VALUE'
  /** The object is not archived. */
  | 'NOT_ARCHIVED'
  /** No object has this ID (or it is of another type than expected). */
  | 'NOT_FOUND'
  /** There is no such link to remove. */
  | 'NOT_LINKED'
  /** The mission's period lies (or may lie) outside its agreement's validity. */
  | 'OUTSIDE_AGREEMENT_PERIOD'
  /** A value is required here. */
  | 'REQUIRED'
  /** Another object already has this unique value (KBO number, IATI id, reference, e-mail, ...). */
  | 'TAKEN'
  /** The import file is larger than the API accepts; use the command-line import. */
  | 'TOO_LARGE'
  /** The text is longer than allowed; the message gives the limit. */
  | 'TOO_LONG'
  /** The import file is not valid CSV or JSON, or lacks a required column. */
  | 'UNREADABLE'
  /** The ID is of another type than this field expects. */
  | 'WRONG_TYPE';

/** Who is calling, and what they may do. */
export type Viewer = {
  __typename?: 'Viewer';
  /** How the change history names the caller (`Change.actor`, the `actor` filter of `changes`): `user:<id>`, `token:<id>` or `anonymous`. */
  actor: Scalars['String']['output'];
  /** False for anonymous callers (public read). */
  authenticated: Scalars['Boolean']['output'];
  /** How the caller authenticated: `user` (session cookie), `token` (API token) or `anonymous`. */
  kind: Scalars['String']['output'];
  /** The most an operation may cost (`extensions.cost.requested` of every response reports the cost of the one sent). */
  maxCost: Scalars['Int']['output'];
  /** The user's login, or the token's name; `anonymous` for anonymous callers. */
  name: Scalars['String']['output'];
  /** What the caller may do. */
  permissions: ViewerPermissions;
  /** The caller's role; null for anonymous callers. */
  role?: Maybe<Role>;
};

/** What the caller may do. */
export type ViewerPermissions = {
  __typename?: 'ViewerPermissions';
  /** Manages users and API tokens. */
  manageAccess: Scalars['Boolean']['output'];
  /** Reads personal data (e-mail addresses, phone numbers); without it those fields are null with a FORBIDDEN error. */
  readPersonalData: Scalars['Boolean']['output'];
  /** Changes the registry (mutations). */
  write: Scalars['Boolean']['output'];
};

/** A signed-in person's new password, with the current one. */
export type ViewerUpdatePasswordInput = {
  /** The current password (a wrong one counts towards the account's lock, like a failed sign-in). */
  currentPassword: Scalars['String']['input'];
  /** The new password (at least 12 characters). */
  newPassword: Scalars['String']['input'];
};

/** Whether the password was changed, or why not. */
export type ViewerUpdatePasswordPayload = {
  __typename?: 'ViewerUpdatePasswordPayload';
  /** True when the new password is set; every other session of the person has then ended. */
  changed: Scalars['Boolean']['output'];
  /** Why the mutation refused its input; empty on success. When there is any, nothing was written. */
  userErrors: Array<UserError>;
  /** Possible problems that did not stop the mutation, such as a mission that may start before its agreement when a date is known only to the month. */
  warnings: Array<UserError>;
};

export type AgencyDetail_AgencyFragment = { __typename?: 'Agency', id: string, name: string, acronym?: string | null, kind: AgencyKind, synthetic: boolean, kboNumber?: string | null, iatiOrgId?: string | null, website?: string | null, existedFrom?: string | null, existedUntil?: string | null, names: Array<{ __typename?: 'AgencyName', name: string, lang: Language, validFrom?: string | null, validUntil?: string | null }>, country?: { __typename?: 'Country', id: string, iso2: string, name: string } | null, predecessors: Array<{ __typename?: 'Agency', id: string, name: string }>, successors: Array<{ __typename?: 'Agency', id: string, name: string }>, agreements: { __typename?: 'AgreementConnection', totalCount: number, nodes: Array<{ __typename?: 'Agreement', id: string, reference: string, title: string, synthetic: boolean }> }, experts: { __typename?: 'ExpertConnection', totalCount: number, nodes: Array<{ __typename?: 'Expert', id: string, name: string, synthetic: boolean }> } } & { ' $fragmentName'?: 'AgencyDetail_AgencyFragment' };

export type AgencyDetailPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgencyDetailPageQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Affiliation' }
    | (
      { __typename?: 'Agency', sources: Array<(
        { __typename?: 'Source' }
        & { ' $fragmentRefs'?: { 'SourceItem_SourceFragment': SourceItem_SourceFragment } }
      )>, history: (
        { __typename?: 'ChangeConnection' }
        & { ' $fragmentRefs'?: { 'HistoryList_ChangesFragment': HistoryList_ChangesFragment } }
      ) }
      & { ' $fragmentRefs'?: { 'AgencyDetail_AgencyFragment': AgencyDetail_AgencyFragment } }
    )
    | { __typename?: 'AgencyLineage' }
    | { __typename?: 'Agreement' }
    | { __typename?: 'AgreementParty' }
    | { __typename?: 'Assignment' }
    | { __typename?: 'Availability' }
    | { __typename?: 'Citation' }
    | { __typename?: 'Country' }
    | { __typename?: 'Domain' }
    | { __typename?: 'Expert' }
    | { __typename?: 'Mission' }
    | { __typename?: 'PartnerDesignation' }
    | { __typename?: 'Person' }
    | { __typename?: 'Source' }
   | null };

export type AgencyRow_AgencyFragment = { __typename?: 'Agency', id: string, name: string, acronym?: string | null, kind: AgencyKind, synthetic: boolean, kboNumber?: string | null, country?: { __typename?: 'Country', id: string, name: string } | null } & { ' $fragmentName'?: 'AgencyRow_AgencyFragment' };

export type AgencyTable_ConnectionFragment = { __typename?: 'AgencyConnection', totalCount: number, pageInfo: (
    { __typename?: 'PageInfo' }
    & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
  ), nodes: Array<(
    { __typename?: 'Agency' }
    & { ' $fragmentRefs'?: { 'AgencyRow_AgencyFragment': AgencyRow_AgencyFragment } }
  )> } & { ' $fragmentName'?: 'AgencyTable_ConnectionFragment' };

export type AgencyListPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgencyFilter>;
  orderBy?: InputMaybe<Array<AgencyOrder> | AgencyOrder>;
}>;


export type AgencyListPageQuery = { __typename?: 'Query', agencies: (
    { __typename?: 'AgencyConnection' }
    & { ' $fragmentRefs'?: { 'AgencyTable_ConnectionFragment': AgencyTable_ConnectionFragment } }
  ) };

export type AgreementCreateMutationVariables = Exact<{
  input: AgreementCreateInput;
}>;


export type AgreementCreateMutation = { __typename?: 'Mutation', agreementCreate: { __typename?: 'AgreementPayload', agreement?: { __typename?: 'Agreement', id: string, reference: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AgreementDetail_AgreementFragment = { __typename?: 'Agreement', id: string, reference: string, title: string, purpose?: string | null, kind: AgreementKind, status: AgreementStatus, version: number, synthetic: boolean, validFrom?: string | null, validUntil?: string | null, signedOn?: { __typename?: 'FuzzyDate', text: string } | null, parties: Array<{ __typename?: 'AgreementParty', id: string, role: PartyRole, synthetic: boolean, agency: { __typename?: 'Agency', id: string, name: string }, signatory?: { __typename?: 'Person', id: string, name: string } | null }>, countries: Array<{ __typename?: 'Country', id: string, iso2: string, name: string }>, domains: Array<{ __typename?: 'Domain', id: string, key: string, label: string }>, parent?: { __typename?: 'Agreement', id: string, reference: string, title: string } | null } & { ' $fragmentName'?: 'AgreementDetail_AgreementFragment' };

export type AgreementDetailPageQueryVariables = Exact<{
  reference: Scalars['String']['input'];
}>;


export type AgreementDetailPageQuery = { __typename?: 'Query', agreement?: (
    { __typename?: 'Agreement', missions: (
      { __typename?: 'MissionConnection' }
      & { ' $fragmentRefs'?: { 'MissionTable_ConnectionFragment': MissionTable_ConnectionFragment } }
    ), sources: Array<(
      { __typename?: 'Source' }
      & { ' $fragmentRefs'?: { 'SourceItem_SourceFragment': SourceItem_SourceFragment } }
    )>, history: (
      { __typename?: 'ChangeConnection' }
      & { ' $fragmentRefs'?: { 'HistoryList_ChangesFragment': HistoryList_ChangesFragment } }
    ) }
    & { ' $fragmentRefs'?: { 'AgreementDetail_AgreementFragment': AgreementDetail_AgreementFragment } }
  ) | null };

export type AgreementEditDialogQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementEditDialogQuery = { __typename?: 'Query', countries: { __typename?: 'CountryConnection', nodes: Array<{ __typename?: 'Country', id: string, iso2: string, name: string }> }, domains: { __typename?: 'DomainConnection', nodes: Array<{ __typename?: 'Domain', id: string, key: string, label: string }> } };

export type AgreementLatestChangeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AgreementLatestChangeQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Affiliation' }
    | { __typename?: 'Agency' }
    | { __typename?: 'AgencyLineage' }
    | { __typename?: 'Agreement', id: string, version: number, history: { __typename?: 'ChangeConnection', nodes: Array<{ __typename?: 'Change', actor: string, occurredAt: string, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null }> } }
    | { __typename?: 'AgreementParty' }
    | { __typename?: 'Assignment' }
    | { __typename?: 'Availability' }
    | { __typename?: 'Citation' }
    | { __typename?: 'Country' }
    | { __typename?: 'Domain' }
    | { __typename?: 'Expert' }
    | { __typename?: 'Mission' }
    | { __typename?: 'PartnerDesignation' }
    | { __typename?: 'Person' }
    | { __typename?: 'Source' }
   | null };

export type AgreementUpdateMutationVariables = Exact<{
  input: AgreementUpdateInput;
}>;


export type AgreementUpdateMutation = { __typename?: 'Mutation', agreementUpdate: { __typename?: 'AgreementPayload', agreement?: { __typename?: 'Agreement', id: string, version: number, title: string, validFrom?: string | null, validUntil?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AgreementAttachCountriesMutationVariables = Exact<{
  input: AgreementLinkInput;
}>;


export type AgreementAttachCountriesMutation = { __typename?: 'Mutation', agreementAttachCountries: { __typename?: 'AgreementPayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AgreementDetachCountriesMutationVariables = Exact<{
  input: AgreementLinkInput;
}>;


export type AgreementDetachCountriesMutation = { __typename?: 'Mutation', agreementDetachCountries: { __typename?: 'AgreementPayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AgreementAttachDomainsMutationVariables = Exact<{
  input: AgreementLinkInput;
}>;


export type AgreementAttachDomainsMutation = { __typename?: 'Mutation', agreementAttachDomains: { __typename?: 'AgreementPayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AgreementDetachDomainsMutationVariables = Exact<{
  input: AgreementLinkInput;
}>;


export type AgreementDetachDomainsMutation = { __typename?: 'Mutation', agreementDetachDomains: { __typename?: 'AgreementPayload', userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AgreementRow_AgreementFragment = { __typename?: 'Agreement', id: string, reference: string, title: string, kind: AgreementKind, status: AgreementStatus, synthetic: boolean, validFrom?: string | null, validUntil?: string | null, signedOn?: { __typename?: 'FuzzyDate', text: string } | null, agencies: Array<{ __typename?: 'Agency', id: string, name: string }> } & { ' $fragmentName'?: 'AgreementRow_AgreementFragment' };

export type AgreementTable_ConnectionFragment = { __typename?: 'AgreementConnection', totalCount: number, pageInfo: (
    { __typename?: 'PageInfo' }
    & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
  ), nodes: Array<(
    { __typename?: 'Agreement' }
    & { ' $fragmentRefs'?: { 'AgreementRow_AgreementFragment': AgreementRow_AgreementFragment } }
  )> } & { ' $fragmentName'?: 'AgreementTable_ConnectionFragment' };

export type AgreementListPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AgreementFilter>;
  orderBy?: InputMaybe<Array<AgreementOrder> | AgreementOrder>;
}>;


export type AgreementListPageQuery = { __typename?: 'Query', agreements: (
    { __typename?: 'AgreementConnection' }
    & { ' $fragmentRefs'?: { 'AgreementTable_ConnectionFragment': AgreementTable_ConnectionFragment } }
  ) };

export type AgreementPartyChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AgreementPartyChoicesQuery = { __typename?: 'Query', agencies: { __typename?: 'AgencyConnection', nodes: Array<{ __typename?: 'Agency', id: string, name: string, synthetic: boolean }> } };

export type AgreementAddPartyMutationVariables = Exact<{
  input: AgreementAddPartyInput;
}>;


export type AgreementAddPartyMutation = { __typename?: 'Mutation', agreementAddParty: { __typename?: 'AgreementPartyPayload', party?: { __typename?: 'AgreementParty', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AgreementRemovePartyMutationVariables = Exact<{
  input: AgreementRemovePartyInput;
}>;


export type AgreementRemovePartyMutation = { __typename?: 'Mutation', agreementRemoveParty: { __typename?: 'AgreementPartyPayload', party?: { __typename?: 'AgreementParty', id: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AgreementSignMutationVariables = Exact<{
  input: AgreementSignInput;
}>;


export type AgreementSignMutation = { __typename?: 'Mutation', agreementSign: { __typename?: 'AgreementPayload', agreement?: { __typename?: 'Agreement', id: string, status: AgreementStatus, version: number, signedOn?: { __typename?: 'FuzzyDate', text: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ViewerUpdatePasswordMutationVariables = Exact<{
  input: ViewerUpdatePasswordInput;
}>;


export type ViewerUpdatePasswordMutation = { __typename?: 'Mutation', viewerUpdatePassword: { __typename?: 'ViewerUpdatePasswordPayload', changed: boolean, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AdminUser_UserFragment = { __typename?: 'User', id: string, login: string, role: Role, createdAt: string, lastLoginAt?: string | null, lockedUntil?: string | null } & { ' $fragmentName'?: 'AdminUser_UserFragment' };

export type AdminToken_TokenFragment = { __typename?: 'ApiToken', id: string, name: string, role: Role, createdAt: string, createdBy: string, expiresAt: string, lastUsedAt?: string | null, revokedAt?: string | null } & { ' $fragmentName'?: 'AdminToken_TokenFragment' };

export type AdminPageQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPageQuery = { __typename?: 'Query', users: Array<(
    { __typename?: 'User' }
    & { ' $fragmentRefs'?: { 'AdminUser_UserFragment': AdminUser_UserFragment } }
  )>, apiTokens: Array<(
    { __typename?: 'ApiToken' }
    & { ' $fragmentRefs'?: { 'AdminToken_TokenFragment': AdminToken_TokenFragment } }
  )> };

export type UserCreateMutationVariables = Exact<{
  input: UserCreateInput;
}>;


export type UserCreateMutation = { __typename?: 'Mutation', userCreate: (
    { __typename?: 'User' }
    & { ' $fragmentRefs'?: { 'AdminUser_UserFragment': AdminUser_UserFragment } }
  ) };

export type ApiTokenCreateMutationVariables = Exact<{
  input: ApiTokenCreateInput;
}>;


export type ApiTokenCreateMutation = { __typename?: 'Mutation', apiTokenCreate: { __typename?: 'ApiTokenCreatePayload', secret: string, token: (
      { __typename?: 'ApiToken' }
      & { ' $fragmentRefs'?: { 'AdminToken_TokenFragment': AdminToken_TokenFragment } }
    ) } };

export type ApiTokenRevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApiTokenRevokeMutation = { __typename?: 'Mutation', apiTokenRevoke?: (
    { __typename?: 'ApiToken' }
    & { ' $fragmentRefs'?: { 'AdminToken_TokenFragment': AdminToken_TokenFragment } }
  ) | null };

export type ViewerFieldsFragment = { __typename?: 'Viewer', authenticated: boolean, kind: string, name: string, role?: Role | null, permissions: { __typename?: 'ViewerPermissions', write: boolean, manageAccess: boolean, readPersonalData: boolean } } & { ' $fragmentName'?: 'ViewerFieldsFragment' };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: (
    { __typename?: 'Viewer' }
    & { ' $fragmentRefs'?: { 'ViewerFieldsFragment': ViewerFieldsFragment } }
  ) };

export type CountryDetail_CountryFragment = { __typename?: 'Country', id: string, iso2: string, iso3?: string | null, isoNumeric?: string | null, name: string, isPartner: boolean, synthetic: boolean, partnerDesignations: Array<{ __typename?: 'PartnerDesignation', id: string, programme: string, validFrom?: string | null, validUntil?: string | null }>, agreements: { __typename?: 'AgreementConnection', totalCount: number, nodes: Array<{ __typename?: 'Agreement', id: string, reference: string, title: string, synthetic: boolean }> } } & { ' $fragmentName'?: 'CountryDetail_CountryFragment' };

export type CountryDetailPageQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type CountryDetailPageQuery = { __typename?: 'Query', country?: (
    { __typename?: 'Country', missions: (
      { __typename?: 'MissionConnection' }
      & { ' $fragmentRefs'?: { 'MissionTable_ConnectionFragment': MissionTable_ConnectionFragment } }
    ), sources: Array<(
      { __typename?: 'Source' }
      & { ' $fragmentRefs'?: { 'SourceItem_SourceFragment': SourceItem_SourceFragment } }
    )>, history: (
      { __typename?: 'ChangeConnection' }
      & { ' $fragmentRefs'?: { 'HistoryList_ChangesFragment': HistoryList_ChangesFragment } }
    ) }
    & { ' $fragmentRefs'?: { 'CountryDetail_CountryFragment': CountryDetail_CountryFragment } }
  ) | null };

export type CountryRow_CountryFragment = { __typename?: 'Country', id: string, iso2: string, iso3?: string | null, name: string, isPartner: boolean, synthetic: boolean, missions: { __typename?: 'MissionConnection', totalCount: number } } & { ' $fragmentName'?: 'CountryRow_CountryFragment' };

export type CountryTable_ConnectionFragment = { __typename?: 'CountryConnection', totalCount: number, pageInfo: (
    { __typename?: 'PageInfo' }
    & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
  ), nodes: Array<(
    { __typename?: 'Country' }
    & { ' $fragmentRefs'?: { 'CountryRow_CountryFragment': CountryRow_CountryFragment } }
  )> } & { ' $fragmentName'?: 'CountryTable_ConnectionFragment' };

export type CountryListPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CountryFilter>;
  orderBy?: InputMaybe<Array<CountryOrder> | CountryOrder>;
}>;


export type CountryListPageQuery = { __typename?: 'Query', countries: (
    { __typename?: 'CountryConnection' }
    & { ' $fragmentRefs'?: { 'CountryTable_ConnectionFragment': CountryTable_ConnectionFragment } }
  ) };

export type DomainDetail_DomainFragment = { __typename?: 'Domain', id: string, key: string, label: string, dacCodes: Array<string>, synthetic: boolean, parent?: { __typename?: 'Domain', id: string, key: string, label: string } | null, children: Array<{ __typename?: 'Domain', id: string, key: string, label: string }>, agreements: { __typename?: 'AgreementConnection', totalCount: number, nodes: Array<{ __typename?: 'Agreement', id: string, reference: string, title: string, synthetic: boolean }> }, experts: { __typename?: 'ExpertConnection', totalCount: number, nodes: Array<{ __typename?: 'Expert', id: string, name: string, synthetic: boolean }> } } & { ' $fragmentName'?: 'DomainDetail_DomainFragment' };

export type DomainDetailPageQueryVariables = Exact<{
  key: Scalars['String']['input'];
}>;


export type DomainDetailPageQuery = { __typename?: 'Query', domain?: (
    { __typename?: 'Domain', missions: (
      { __typename?: 'MissionConnection' }
      & { ' $fragmentRefs'?: { 'MissionTable_ConnectionFragment': MissionTable_ConnectionFragment } }
    ), sources: Array<(
      { __typename?: 'Source' }
      & { ' $fragmentRefs'?: { 'SourceItem_SourceFragment': SourceItem_SourceFragment } }
    )>, history: (
      { __typename?: 'ChangeConnection' }
      & { ' $fragmentRefs'?: { 'HistoryList_ChangesFragment': HistoryList_ChangesFragment } }
    ) }
    & { ' $fragmentRefs'?: { 'DomainDetail_DomainFragment': DomainDetail_DomainFragment } }
  ) | null };

export type DomainRow_DomainFragment = { __typename?: 'Domain', id: string, key: string, label: string, dacCodes: Array<string>, synthetic: boolean, parent?: { __typename?: 'Domain', id: string, key: string, label: string } | null } & { ' $fragmentName'?: 'DomainRow_DomainFragment' };

export type DomainTable_ConnectionFragment = { __typename?: 'DomainConnection', totalCount: number, pageInfo: (
    { __typename?: 'PageInfo' }
    & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
  ), nodes: Array<(
    { __typename?: 'Domain' }
    & { ' $fragmentRefs'?: { 'DomainRow_DomainFragment': DomainRow_DomainFragment } }
  )> } & { ' $fragmentName'?: 'DomainTable_ConnectionFragment' };

export type DomainListPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DomainFilter>;
  orderBy?: InputMaybe<Array<DomainOrder> | DomainOrder>;
}>;


export type DomainListPageQuery = { __typename?: 'Query', domains: (
    { __typename?: 'DomainConnection' }
    & { ' $fragmentRefs'?: { 'DomainTable_ConnectionFragment': DomainTable_ConnectionFragment } }
  ) };

export type ExpertDetail_ExpertFragment = { __typename?: 'Expert', id: string, name: string, summary?: string | null, languages: Array<string>, synthetic: boolean, employer: { __typename?: 'Agency', id: string, name: string }, domains: Array<{ __typename?: 'Domain', id: string, key: string, label: string }> } & { ' $fragmentName'?: 'ExpertDetail_ExpertFragment' };

export type ExpertDetailPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExpertDetailPageQuery = { __typename?: 'Query', node?:
    | { __typename?: 'Affiliation' }
    | { __typename?: 'Agency' }
    | { __typename?: 'AgencyLineage' }
    | { __typename?: 'Agreement' }
    | { __typename?: 'AgreementParty' }
    | { __typename?: 'Assignment' }
    | { __typename?: 'Availability' }
    | { __typename?: 'Citation' }
    | { __typename?: 'Country' }
    | { __typename?: 'Domain' }
    | (
      { __typename?: 'Expert', missions: (
        { __typename?: 'MissionConnection' }
        & { ' $fragmentRefs'?: { 'MissionTable_ConnectionFragment': MissionTable_ConnectionFragment } }
      ), sources: Array<(
        { __typename?: 'Source' }
        & { ' $fragmentRefs'?: { 'SourceItem_SourceFragment': SourceItem_SourceFragment } }
      )>, history: (
        { __typename?: 'ChangeConnection' }
        & { ' $fragmentRefs'?: { 'HistoryList_ChangesFragment': HistoryList_ChangesFragment } }
      ) }
      & { ' $fragmentRefs'?: { 'ExpertDetail_ExpertFragment': ExpertDetail_ExpertFragment;'ExpertTimeline_ExpertFragment': ExpertTimeline_ExpertFragment } }
    )
    | { __typename?: 'Mission' }
    | { __typename?: 'PartnerDesignation' }
    | { __typename?: 'Person' }
    | { __typename?: 'Source' }
   | null };

export type ExpertRow_ExpertFragment = { __typename?: 'Expert', id: string, name: string, languages: Array<string>, synthetic: boolean, employer: { __typename?: 'Agency', id: string, name: string }, domains: Array<{ __typename?: 'Domain', id: string, label: string }> } & { ' $fragmentName'?: 'ExpertRow_ExpertFragment' };

export type ExpertTable_ConnectionFragment = { __typename?: 'ExpertConnection', totalCount: number, pageInfo: (
    { __typename?: 'PageInfo' }
    & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
  ), nodes: Array<(
    { __typename?: 'Expert' }
    & { ' $fragmentRefs'?: { 'ExpertRow_ExpertFragment': ExpertRow_ExpertFragment } }
  )> } & { ' $fragmentName'?: 'ExpertTable_ConnectionFragment' };

export type ExpertListPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpertFilter>;
  orderBy?: InputMaybe<Array<ExpertOrder> | ExpertOrder>;
}>;


export type ExpertListPageQuery = { __typename?: 'Query', experts: (
    { __typename?: 'ExpertConnection' }
    & { ' $fragmentRefs'?: { 'ExpertTable_ConnectionFragment': ExpertTable_ConnectionFragment } }
  ) };

export type ExpertTimeline_ExpertFragment = { __typename?: 'Expert', availability: { __typename?: 'AvailabilityConnection', nodes: Array<{ __typename?: 'Availability', id: string, startsOn: string, endsOn: string, status: AvailabilityStatus, note?: string | null }> }, timelineMissions: { __typename?: 'MissionConnection', nodes: Array<{ __typename?: 'Mission', id: string, reference: string, title: string, status: MissionStatus, plannedStart?: { __typename?: 'FuzzyDate', earliest?: string | null, text: string } | null, plannedEnd?: { __typename?: 'FuzzyDate', latest?: string | null, text: string } | null }> } } & { ' $fragmentName'?: 'ExpertTimeline_ExpertFragment' };

export type MapPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MapPageQuery = { __typename?: 'Query', missionStats: Array<(
    { __typename?: 'MissionGroup' }
    & { ' $fragmentRefs'?: { 'CountryCounts_MissionGroupFragment': CountryCounts_MissionGroupFragment } }
  )>, agreementStats: Array<(
    { __typename?: 'AgreementGroup' }
    & { ' $fragmentRefs'?: { 'CountryCounts_AgreementGroupFragment': CountryCounts_AgreementGroupFragment } }
  )> };

export type CountryCounts_MissionGroupFragment = { __typename?: 'MissionGroup', count: number, country?: { __typename?: 'Country', id: string, iso2: string, isoNumeric?: string | null, name: string } | null } & { ' $fragmentName'?: 'CountryCounts_MissionGroupFragment' };

export type CountryCounts_AgreementGroupFragment = { __typename?: 'AgreementGroup', count: number, country?: { __typename?: 'Country', id: string, iso2: string, isoNumeric?: string | null, name: string } | null } & { ' $fragmentName'?: 'CountryCounts_AgreementGroupFragment' };

export type ExpertSuggestion_SuggestionFragment = { __typename?: 'ExpertSuggestion', score: number, fit: ExpertFit, domainMatch?: number | null, sharedLanguages: Array<string>, matchedDomains: Array<{ __typename?: 'Domain', id: string, label: string }>, conflicts: Array<{ __typename?: 'ExpertSuggestionConflict', code: UserErrorCode, message: string, certain: boolean }>, expert: { __typename?: 'Expert', id: string, name: string, languages: Array<string>, synthetic: boolean, employer: { __typename?: 'Agency', id: string, name: string }, domains: Array<{ __typename?: 'Domain', id: string, label: string }> } } & { ' $fragmentName'?: 'ExpertSuggestion_SuggestionFragment' };

export type AssignExpertDialogQueryVariables = Exact<{
  missionId: Scalars['ID']['input'];
  languages?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  byName: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
  exclude: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type AssignExpertDialogQuery = { __typename?: 'Query', mission?:
    | { __typename?: 'Affiliation' }
    | { __typename?: 'Agency' }
    | { __typename?: 'AgencyLineage' }
    | { __typename?: 'Agreement' }
    | { __typename?: 'AgreementParty' }
    | { __typename?: 'Assignment' }
    | { __typename?: 'Availability' }
    | { __typename?: 'Citation' }
    | { __typename?: 'Country' }
    | { __typename?: 'Domain' }
    | { __typename?: 'Expert' }
    | { __typename?: 'Mission', id: string, expertSuggestions?: Array<(
        { __typename?: 'ExpertSuggestion' }
        & { ' $fragmentRefs'?: { 'ExpertSuggestion_SuggestionFragment': ExpertSuggestion_SuggestionFragment } }
      )> }
    | { __typename?: 'PartnerDesignation' }
    | { __typename?: 'Person' }
    | { __typename?: 'Source' }
   | null, byName?: { __typename?: 'ExpertConnection', totalCount: number, nodes: Array<{ __typename?: 'Expert', id: string, name: string, languages: Array<string>, synthetic: boolean, employer: { __typename?: 'Agency', id: string, name: string }, domains: Array<{ __typename?: 'Domain', id: string, label: string }> }> } };

export type MissionLatestChangeQueryVariables = Exact<{
  reference: Scalars['String']['input'];
}>;


export type MissionLatestChangeQuery = { __typename?: 'Query', mission?: { __typename?: 'Mission', id: string, version: number, status: MissionStatus, history: { __typename?: 'ChangeConnection', nodes: Array<{ __typename?: 'Change', actor: string, occurredAt: string, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null }> } } | null };

export type MissionDetailPageQueryVariables = Exact<{
  reference: Scalars['String']['input'];
}>;


export type MissionDetailPageQuery = { __typename?: 'Query', mission?: (
    { __typename?: 'Mission', sources: Array<(
      { __typename?: 'Source' }
      & { ' $fragmentRefs'?: { 'SourceItem_SourceFragment': SourceItem_SourceFragment } }
    )>, history: (
      { __typename?: 'ChangeConnection' }
      & { ' $fragmentRefs'?: { 'HistoryList_ChangesFragment': HistoryList_ChangesFragment } }
    ) }
    & { ' $fragmentRefs'?: { 'MissionDetail_MissionFragment': MissionDetail_MissionFragment } }
  ) | null };

export type MissionListPageQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MissionFilter>;
  orderBy?: InputMaybe<Array<MissionOrder> | MissionOrder>;
}>;


export type MissionListPageQuery = { __typename?: 'Query', missions: (
    { __typename?: 'MissionConnection' }
    & { ' $fragmentRefs'?: { 'MissionTable_ConnectionFragment': MissionTable_ConnectionFragment } }
  ) };

export type PlanChoices_AgreementFragment = { __typename?: 'Agreement', id: string, reference: string, title: string, synthetic: boolean, countries: Array<{ __typename?: 'Country', id: string, iso2: string, name: string }>, domains: Array<{ __typename?: 'Domain', id: string, key: string, label: string }> } & { ' $fragmentName'?: 'PlanChoices_AgreementFragment' };

export type PlanChoices_DomainFragment = { __typename?: 'Domain', id: string, key: string, label: string } & { ' $fragmentName'?: 'PlanChoices_DomainFragment' };

export type MissionPlanPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MissionPlanPageQuery = { __typename?: 'Query', agreements: { __typename?: 'AgreementConnection', nodes: Array<(
      { __typename?: 'Agreement' }
      & { ' $fragmentRefs'?: { 'PlanChoices_AgreementFragment': PlanChoices_AgreementFragment } }
    )> }, domains: { __typename?: 'DomainConnection', nodes: Array<(
      { __typename?: 'Domain' }
      & { ' $fragmentRefs'?: { 'PlanChoices_DomainFragment': PlanChoices_DomainFragment } }
    )> } };

export type MissionCreateMutationVariables = Exact<{
  input: MissionCreateInput;
}>;


export type MissionCreateMutation = { __typename?: 'Mutation', missionCreate: { __typename?: 'MissionPayload', mission?: { __typename?: 'Mission', id: string, reference: string, version: number, status: MissionStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type MissionPlanAfterCreateMutationVariables = Exact<{
  input: MissionPlanInput;
}>;


export type MissionPlanAfterCreateMutation = { __typename?: 'Mutation', missionPlan: { __typename?: 'MissionPayload', mission?: { __typename?: 'Mission', id: string, reference: string, status: MissionStatus, version: number } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type MissionRow_MissionFragment = { __typename?: 'Mission', id: string, reference: string, title: string, status: MissionStatus, kind?: MissionKind | null, synthetic: boolean, country: { __typename?: 'Country', id: string, iso2: string, name: string }, plannedStart?: { __typename?: 'FuzzyDate', text: string } | null, plannedEnd?: { __typename?: 'FuzzyDate', text: string } | null } & { ' $fragmentName'?: 'MissionRow_MissionFragment' };

export type MissionTable_ConnectionFragment = { __typename?: 'MissionConnection', totalCount: number, pageInfo: (
    { __typename?: 'PageInfo' }
    & { ' $fragmentRefs'?: { 'Pager_PageInfoFragment': Pager_PageInfoFragment } }
  ), nodes: Array<(
    { __typename?: 'Mission' }
    & { ' $fragmentRefs'?: { 'MissionRow_MissionFragment': MissionRow_MissionFragment } }
  )> } & { ' $fragmentName'?: 'MissionTable_ConnectionFragment' };

export type MissionDetail_MissionFragment = { __typename?: 'Mission', id: string, reference: string, title: string, status: MissionStatus, kind?: MissionKind | null, version: number, synthetic: boolean, beneficiary?: string | null, objectives?: string | null, plannedStart?: { __typename?: 'FuzzyDate', text: string, earliest?: string | null, latest?: string | null, precision: DatePrecision } | null, plannedEnd?: { __typename?: 'FuzzyDate', text: string, earliest?: string | null, latest?: string | null, precision: DatePrecision } | null, actualStart?: { __typename?: 'FuzzyDate', text: string } | null, actualEnd?: { __typename?: 'FuzzyDate', text: string } | null, country: { __typename?: 'Country', id: string, iso2: string, isoNumeric?: string | null, name: string, synthetic: boolean }, agreement?: { __typename?: 'Agreement', id: string, reference: string, title: string, validFrom?: string | null, validUntil?: string | null, synthetic: boolean } | null, domains: Array<{ __typename?: 'Domain', id: string, key: string, label: string, synthetic: boolean, parent?: { __typename?: 'Domain', key: string } | null }>, assignments: Array<(
    { __typename?: 'Assignment' }
    & { ' $fragmentRefs'?: { 'AssignmentItem_AssignmentFragment': AssignmentItem_AssignmentFragment } }
  )> } & { ' $fragmentName'?: 'MissionDetail_MissionFragment' };

export type AssignmentItem_AssignmentFragment = { __typename?: 'Assignment', id: string, role: AssignmentRole, days?: number | null, version: number, synthetic: boolean, acceptedConflicts: Array<string>, expert: { __typename?: 'Expert', id: string, name: string, languages: Array<string>, synthetic: boolean, employer: { __typename?: 'Agency', id: string, name: string } } } & { ' $fragmentName'?: 'AssignmentItem_AssignmentFragment' };

export type MissionPlanMutationVariables = Exact<{
  input: MissionPlanInput;
}>;


export type MissionPlanMutation = { __typename?: 'Mutation', missionPlan: { __typename?: 'MissionPayload', mission?: (
      { __typename?: 'Mission' }
      & { ' $fragmentRefs'?: { 'MissionDetail_MissionFragment': MissionDetail_MissionFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type MissionConfirmMutationVariables = Exact<{
  input: MissionTransitionInput;
}>;


export type MissionConfirmMutation = { __typename?: 'Mutation', missionConfirm: { __typename?: 'MissionPayload', mission?: (
      { __typename?: 'Mission' }
      & { ' $fragmentRefs'?: { 'MissionDetail_MissionFragment': MissionDetail_MissionFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type MissionStartMutationVariables = Exact<{
  input: MissionStartInput;
}>;


export type MissionStartMutation = { __typename?: 'Mutation', missionStart: { __typename?: 'MissionPayload', mission?: (
      { __typename?: 'Mission' }
      & { ' $fragmentRefs'?: { 'MissionDetail_MissionFragment': MissionDetail_MissionFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type MissionCompleteMutationVariables = Exact<{
  input: MissionCompleteInput;
}>;


export type MissionCompleteMutation = { __typename?: 'Mutation', missionComplete: { __typename?: 'MissionPayload', mission?: (
      { __typename?: 'Mission' }
      & { ' $fragmentRefs'?: { 'MissionDetail_MissionFragment': MissionDetail_MissionFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type MissionCancelMutationVariables = Exact<{
  input: MissionTransitionInput;
}>;


export type MissionCancelMutation = { __typename?: 'Mutation', missionCancel: { __typename?: 'MissionPayload', mission?: (
      { __typename?: 'Mission' }
      & { ' $fragmentRefs'?: { 'MissionDetail_MissionFragment': MissionDetail_MissionFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type MissionAssignExpertMutationVariables = Exact<{
  input: MissionAssignExpertInput;
}>;


export type MissionAssignExpertMutation = { __typename?: 'Mutation', missionAssignExpert: { __typename?: 'AssignmentPayload', assignment?: { __typename?: 'Assignment', id: string, mission: (
        { __typename?: 'Mission' }
        & { ' $fragmentRefs'?: { 'MissionDetail_MissionFragment': MissionDetail_MissionFragment } }
      ) } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type MissionUnassignExpertMutationVariables = Exact<{
  input: MissionUnassignExpertInput;
}>;


export type MissionUnassignExpertMutation = { __typename?: 'Mutation', missionUnassignExpert: { __typename?: 'AssignmentPayload', assignment?: { __typename?: 'Assignment', id: string, mission: (
        { __typename?: 'Mission' }
        & { ' $fragmentRefs'?: { 'MissionDetail_MissionFragment': MissionDetail_MissionFragment } }
      ) } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: UserErrorCode }> } };

export type NetworkGraph_NeighborhoodFragment = { __typename?: 'Neighborhood', truncated: boolean, nodes: Array<
    | (
      { __typename?: 'Affiliation' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Affiliation_Fragment': NodeLabel_Node_Affiliation_Fragment } }
    )
    | (
      { __typename?: 'Agency' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Agency_Fragment': NodeLabel_Node_Agency_Fragment } }
    )
    | (
      { __typename?: 'AgencyLineage' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_AgencyLineage_Fragment': NodeLabel_Node_AgencyLineage_Fragment } }
    )
    | (
      { __typename?: 'Agreement' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Agreement_Fragment': NodeLabel_Node_Agreement_Fragment } }
    )
    | (
      { __typename?: 'AgreementParty' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_AgreementParty_Fragment': NodeLabel_Node_AgreementParty_Fragment } }
    )
    | (
      { __typename?: 'Assignment' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Assignment_Fragment': NodeLabel_Node_Assignment_Fragment } }
    )
    | (
      { __typename?: 'Availability' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Availability_Fragment': NodeLabel_Node_Availability_Fragment } }
    )
    | (
      { __typename?: 'Citation' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Citation_Fragment': NodeLabel_Node_Citation_Fragment } }
    )
    | (
      { __typename?: 'Country' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Country_Fragment': NodeLabel_Node_Country_Fragment } }
    )
    | (
      { __typename?: 'Domain' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Domain_Fragment': NodeLabel_Node_Domain_Fragment } }
    )
    | (
      { __typename?: 'Expert' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Expert_Fragment': NodeLabel_Node_Expert_Fragment } }
    )
    | (
      { __typename?: 'Mission' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Mission_Fragment': NodeLabel_Node_Mission_Fragment } }
    )
    | (
      { __typename?: 'PartnerDesignation' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_PartnerDesignation_Fragment': NodeLabel_Node_PartnerDesignation_Fragment } }
    )
    | (
      { __typename?: 'Person' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Person_Fragment': NodeLabel_Node_Person_Fragment } }
    )
    | (
      { __typename?: 'Source' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Source_Fragment': NodeLabel_Node_Source_Fragment } }
    )
  >, edges: Array<{ __typename?: 'GraphEdge', kind: GraphEdgeKind, from:
      | { __typename?: 'Affiliation', id: string }
      | { __typename?: 'Agency', id: string }
      | { __typename?: 'AgencyLineage', id: string }
      | { __typename?: 'Agreement', id: string }
      | { __typename?: 'AgreementParty', id: string }
      | { __typename?: 'Assignment', id: string }
      | { __typename?: 'Availability', id: string }
      | { __typename?: 'Citation', id: string }
      | { __typename?: 'Country', id: string }
      | { __typename?: 'Domain', id: string }
      | { __typename?: 'Expert', id: string }
      | { __typename?: 'Mission', id: string }
      | { __typename?: 'PartnerDesignation', id: string }
      | { __typename?: 'Person', id: string }
      | { __typename?: 'Source', id: string }
    , to:
      | { __typename?: 'Affiliation', id: string }
      | { __typename?: 'Agency', id: string }
      | { __typename?: 'AgencyLineage', id: string }
      | { __typename?: 'Agreement', id: string }
      | { __typename?: 'AgreementParty', id: string }
      | { __typename?: 'Assignment', id: string }
      | { __typename?: 'Availability', id: string }
      | { __typename?: 'Citation', id: string }
      | { __typename?: 'Country', id: string }
      | { __typename?: 'Domain', id: string }
      | { __typename?: 'Expert', id: string }
      | { __typename?: 'Mission', id: string }
      | { __typename?: 'PartnerDesignation', id: string }
      | { __typename?: 'Person', id: string }
      | { __typename?: 'Source', id: string }
     }> } & { ' $fragmentName'?: 'NetworkGraph_NeighborhoodFragment' };

export type NetworkPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NetworkPageQuery = { __typename?: 'Query', neighborhood?: (
    { __typename?: 'Neighborhood' }
    & { ' $fragmentRefs'?: { 'NetworkGraph_NeighborhoodFragment': NetworkGraph_NeighborhoodFragment } }
  ) | null };

type NodeSummary_Node_Affiliation_Fragment = { __typename?: 'Affiliation' } & { ' $fragmentName'?: 'NodeSummary_Node_Affiliation_Fragment' };

type NodeSummary_Node_Agency_Fragment = { __typename?: 'Agency' } & { ' $fragmentName'?: 'NodeSummary_Node_Agency_Fragment' };

type NodeSummary_Node_AgencyLineage_Fragment = { __typename?: 'AgencyLineage' } & { ' $fragmentName'?: 'NodeSummary_Node_AgencyLineage_Fragment' };

type NodeSummary_Node_Agreement_Fragment = { __typename?: 'Agreement' } & { ' $fragmentName'?: 'NodeSummary_Node_Agreement_Fragment' };

type NodeSummary_Node_AgreementParty_Fragment = { __typename?: 'AgreementParty' } & { ' $fragmentName'?: 'NodeSummary_Node_AgreementParty_Fragment' };

type NodeSummary_Node_Assignment_Fragment = { __typename?: 'Assignment' } & { ' $fragmentName'?: 'NodeSummary_Node_Assignment_Fragment' };

type NodeSummary_Node_Availability_Fragment = { __typename?: 'Availability' } & { ' $fragmentName'?: 'NodeSummary_Node_Availability_Fragment' };

type NodeSummary_Node_Citation_Fragment = { __typename?: 'Citation' } & { ' $fragmentName'?: 'NodeSummary_Node_Citation_Fragment' };

type NodeSummary_Node_Country_Fragment = { __typename?: 'Country' } & { ' $fragmentName'?: 'NodeSummary_Node_Country_Fragment' };

type NodeSummary_Node_Domain_Fragment = { __typename?: 'Domain' } & { ' $fragmentName'?: 'NodeSummary_Node_Domain_Fragment' };

type NodeSummary_Node_Expert_Fragment = { __typename?: 'Expert' } & { ' $fragmentName'?: 'NodeSummary_Node_Expert_Fragment' };

type NodeSummary_Node_Mission_Fragment = { __typename?: 'Mission' } & { ' $fragmentName'?: 'NodeSummary_Node_Mission_Fragment' };

type NodeSummary_Node_PartnerDesignation_Fragment = { __typename?: 'PartnerDesignation', validFrom?: string | null, validUntil?: string | null, country: { __typename?: 'Country', id: string, iso2: string, name: string } } & { ' $fragmentName'?: 'NodeSummary_Node_PartnerDesignation_Fragment' };

type NodeSummary_Node_Person_Fragment = { __typename?: 'Person', givenName: string, familyName: string, affiliations: Array<{ __typename?: 'Affiliation', id: string, position?: string | null, organisation: { __typename?: 'Agency', id: string, name: string } }>, expertProfile?: { __typename?: 'Expert', id: string, name: string } | null } & { ' $fragmentName'?: 'NodeSummary_Node_Person_Fragment' };

type NodeSummary_Node_Source_Fragment = { __typename?: 'Source', publisher?: string | null, url?: string | null, excerpt?: string | null, kind: SourceKind, publishedOn?: { __typename?: 'FuzzyDate', text: string } | null } & { ' $fragmentName'?: 'NodeSummary_Node_Source_Fragment' };

export type NodeSummary_NodeFragment =
  | NodeSummary_Node_Affiliation_Fragment
  | NodeSummary_Node_Agency_Fragment
  | NodeSummary_Node_AgencyLineage_Fragment
  | NodeSummary_Node_Agreement_Fragment
  | NodeSummary_Node_AgreementParty_Fragment
  | NodeSummary_Node_Assignment_Fragment
  | NodeSummary_Node_Availability_Fragment
  | NodeSummary_Node_Citation_Fragment
  | NodeSummary_Node_Country_Fragment
  | NodeSummary_Node_Domain_Fragment
  | NodeSummary_Node_Expert_Fragment
  | NodeSummary_Node_Mission_Fragment
  | NodeSummary_Node_PartnerDesignation_Fragment
  | NodeSummary_Node_Person_Fragment
  | NodeSummary_Node_Source_Fragment
;

export type NodePageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodePageQuery = { __typename?: 'Query', node?:
    | (
      { __typename?: 'Affiliation' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Affiliation_Fragment': NodeLabel_Node_Affiliation_Fragment;'NodeSummary_Node_Affiliation_Fragment': NodeSummary_Node_Affiliation_Fragment } }
    )
    | (
      { __typename?: 'Agency' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Agency_Fragment': NodeLabel_Node_Agency_Fragment;'NodeSummary_Node_Agency_Fragment': NodeSummary_Node_Agency_Fragment } }
    )
    | (
      { __typename?: 'AgencyLineage' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_AgencyLineage_Fragment': NodeLabel_Node_AgencyLineage_Fragment;'NodeSummary_Node_AgencyLineage_Fragment': NodeSummary_Node_AgencyLineage_Fragment } }
    )
    | (
      { __typename?: 'Agreement' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Agreement_Fragment': NodeLabel_Node_Agreement_Fragment;'NodeSummary_Node_Agreement_Fragment': NodeSummary_Node_Agreement_Fragment } }
    )
    | (
      { __typename?: 'AgreementParty' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_AgreementParty_Fragment': NodeLabel_Node_AgreementParty_Fragment;'NodeSummary_Node_AgreementParty_Fragment': NodeSummary_Node_AgreementParty_Fragment } }
    )
    | (
      { __typename?: 'Assignment' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Assignment_Fragment': NodeLabel_Node_Assignment_Fragment;'NodeSummary_Node_Assignment_Fragment': NodeSummary_Node_Assignment_Fragment } }
    )
    | (
      { __typename?: 'Availability' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Availability_Fragment': NodeLabel_Node_Availability_Fragment;'NodeSummary_Node_Availability_Fragment': NodeSummary_Node_Availability_Fragment } }
    )
    | (
      { __typename?: 'Citation' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Citation_Fragment': NodeLabel_Node_Citation_Fragment;'NodeSummary_Node_Citation_Fragment': NodeSummary_Node_Citation_Fragment } }
    )
    | (
      { __typename?: 'Country' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Country_Fragment': NodeLabel_Node_Country_Fragment;'NodeSummary_Node_Country_Fragment': NodeSummary_Node_Country_Fragment } }
    )
    | (
      { __typename?: 'Domain' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Domain_Fragment': NodeLabel_Node_Domain_Fragment;'NodeSummary_Node_Domain_Fragment': NodeSummary_Node_Domain_Fragment } }
    )
    | (
      { __typename?: 'Expert' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Expert_Fragment': NodeLabel_Node_Expert_Fragment;'NodeSummary_Node_Expert_Fragment': NodeSummary_Node_Expert_Fragment } }
    )
    | (
      { __typename?: 'Mission' }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Mission_Fragment': NodeLabel_Node_Mission_Fragment;'NodeSummary_Node_Mission_Fragment': NodeSummary_Node_Mission_Fragment } }
    )
    | (
      { __typename?: 'PartnerDesignation', sources: Array<(
        { __typename?: 'Source' }
        & { ' $fragmentRefs'?: { 'SourceItem_SourceFragment': SourceItem_SourceFragment } }
      )>, history: (
        { __typename?: 'ChangeConnection' }
        & { ' $fragmentRefs'?: { 'HistoryList_ChangesFragment': HistoryList_ChangesFragment } }
      ) }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_PartnerDesignation_Fragment': NodeLabel_Node_PartnerDesignation_Fragment;'NodeSummary_Node_PartnerDesignation_Fragment': NodeSummary_Node_PartnerDesignation_Fragment } }
    )
    | (
      { __typename?: 'Person', sources: Array<(
        { __typename?: 'Source' }
        & { ' $fragmentRefs'?: { 'SourceItem_SourceFragment': SourceItem_SourceFragment } }
      )>, history: (
        { __typename?: 'ChangeConnection' }
        & { ' $fragmentRefs'?: { 'HistoryList_ChangesFragment': HistoryList_ChangesFragment } }
      ) }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Person_Fragment': NodeLabel_Node_Person_Fragment;'NodeSummary_Node_Person_Fragment': NodeSummary_Node_Person_Fragment } }
    )
    | (
      { __typename?: 'Source', history: (
        { __typename?: 'ChangeConnection' }
        & { ' $fragmentRefs'?: { 'HistoryList_ChangesFragment': HistoryList_ChangesFragment } }
      ) }
      & { ' $fragmentRefs'?: { 'NodeLabel_Node_Source_Fragment': NodeLabel_Node_Source_Fragment;'NodeSummary_Node_Source_Fragment': NodeSummary_Node_Source_Fragment } }
    )
   | null };

export type KeyFigure_MissionsFragment = { __typename?: 'MissionConnection', totalCount: number } & { ' $fragmentName'?: 'KeyFigure_MissionsFragment' };

export type KeyFigure_AgreementsFragment = { __typename?: 'AgreementConnection', totalCount: number } & { ' $fragmentName'?: 'KeyFigure_AgreementsFragment' };

export type KeyFigure_ExpertsFragment = { __typename?: 'ExpertConnection', totalCount: number } & { ' $fragmentName'?: 'KeyFigure_ExpertsFragment' };

export type KeyFigure_AgenciesFragment = { __typename?: 'AgencyConnection', totalCount: number } & { ' $fragmentName'?: 'KeyFigure_AgenciesFragment' };

export type YearChart_MissionGroupFragment = { __typename?: 'MissionGroup', year?: number | null, count: number } & { ' $fragmentName'?: 'YearChart_MissionGroupFragment' };

export type DomainChart_AgreementGroupFragment = { __typename?: 'AgreementGroup', count: number, domain?: { __typename?: 'Domain', id: string, key: string, label: string } | null } & { ' $fragmentName'?: 'DomainChart_AgreementGroupFragment' };

export type OverviewPageQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewPageQuery = { __typename?: 'Query', missions: (
    { __typename?: 'MissionConnection' }
    & { ' $fragmentRefs'?: { 'KeyFigure_MissionsFragment': KeyFigure_MissionsFragment } }
  ), syntheticMissions: (
    { __typename?: 'MissionConnection' }
    & { ' $fragmentRefs'?: { 'KeyFigure_MissionsFragment': KeyFigure_MissionsFragment } }
  ), syntheticExperts: (
    { __typename?: 'ExpertConnection' }
    & { ' $fragmentRefs'?: { 'KeyFigure_ExpertsFragment': KeyFigure_ExpertsFragment } }
  ), agreements: (
    { __typename?: 'AgreementConnection' }
    & { ' $fragmentRefs'?: { 'KeyFigure_AgreementsFragment': KeyFigure_AgreementsFragment } }
  ), experts: (
    { __typename?: 'ExpertConnection' }
    & { ' $fragmentRefs'?: { 'KeyFigure_ExpertsFragment': KeyFigure_ExpertsFragment } }
  ), agencies: (
    { __typename?: 'AgencyConnection' }
    & { ' $fragmentRefs'?: { 'KeyFigure_AgenciesFragment': KeyFigure_AgenciesFragment } }
  ), perYear: Array<(
    { __typename?: 'MissionGroup' }
    & { ' $fragmentRefs'?: { 'YearChart_MissionGroupFragment': YearChart_MissionGroupFragment } }
  )>, perDomain: Array<(
    { __typename?: 'AgreementGroup' }
    & { ' $fragmentRefs'?: { 'DomainChart_AgreementGroupFragment': DomainChart_AgreementGroupFragment } }
  )>, perCountry: Array<(
    { __typename?: 'MissionGroup' }
    & { ' $fragmentRefs'?: { 'CountryCounts_MissionGroupFragment': CountryCounts_MissionGroupFragment } }
  )> };

export type SearchBoxQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type SearchBoxQuery = { __typename?: 'Query', search: (
    { __typename?: 'SearchHitConnection' }
    & { ' $fragmentRefs'?: { 'SearchResults_ConnectionFragment': SearchResults_ConnectionFragment } }
  ) };

export type SearchPageQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type SearchPageQuery = { __typename?: 'Query', search: (
    { __typename?: 'SearchHitConnection' }
    & { ' $fragmentRefs'?: { 'SearchResults_ConnectionFragment': SearchResults_ConnectionFragment } }
  ) };

export type SearchResults_ConnectionFragment = { __typename?: 'SearchHitConnection', totalCount: number, nodes: Array<{ __typename?: 'SearchHit', rank: number, snippet?: string | null, matchedField?: string | null, node:
      | (
        { __typename?: 'Affiliation' }
        & { ' $fragmentRefs'?: { 'NodeLabel_Node_Affiliation_Fragment': NodeLabel_Node_Affiliation_Fragment } }
      )
      | (
        { __typename?: 'Agency' }
        & { ' $fragmentRefs'?: { 'NodeLabel_Node_Agency_Fragment': NodeLabel_Node_Agency_Fragment } }
      )
      | (
        { __typename?: 'AgencyLineage' }
        & { ' $fragmentRefs'?: { 'NodeLabel_Node_AgencyLineage_Fragment': NodeLabel_Node_AgencyLineage_Fragment } }
      )
      | (
        { __typename?: 'Agreement' }
        & { ' $fragmentRefs'?: { 'NodeLabel_Node_Agreement_Fragment': NodeLabel_Node_Agreement_Fragment } }
      )
      | (
        { __typename?: 'AgreementParty' }
        & { ' $fragmentRefs'?: { 'NodeLabel_Node_AgreementParty_Fragment': NodeLabel_Node_AgreementParty_Fragment } }
      )
      | (
        { __typename?: 'Assignment' }
        & { ' $fragmentRefs'?: { 'NodeLabel_Node_Assignment_Fragment': NodeLabel_Node_Assignment_Fragment } }
      )
      | (
        { __typename?: 'Availability' }
        & { ' $fragmentRefs'?: { 'NodeLabel_Node_Availability_Fragment': NodeLabel_Node_Availability_Fragment } }
      )
      | (
        { __typename?: 'Citation' }
        & { ' $fragmentRefs'?: { 'NodeLabel_Node_Citation_Fragment': NodeLabel_Node_Citation_Fragment } }
      )
      | (
        { __typename?: 'Country' }
        & { ' $fragmentRefs'?: { 'NodeLabel_Node_Country_Fragment': NodeLabel_Node_Country_Fragment } }
      )
      | (
        { __typename?: 'Domain' }
        & { ' $fragmentRefs'?: { 'NodeLabel_Node_Domain_Fragment': NodeLabel_Node_Domain_Fragment } }
      )
      | (
        { __typename?: 'Expert' }
        & { ' $fragmentRefs'?: { 'NodeLabel_Node_Expert_Fragment': NodeLabel_Node_Expert_Fragment } }
      )
      | (
        { __typename?: 'Mission' }
        & { ' $fragmentRefs'?: { 'NodeLabel_Node_Mission_Fragment': NodeLabel_Node_Mission_Fragment } }
      )
      | (
        { __typename?: 'PartnerDesignation' }
        & { ' $fragmentRefs'?: { 'NodeLabel_Node_PartnerDesignation_Fragment': NodeLabel_Node_PartnerDesignation_Fragment } }
      )
      | (
        { __typename?: 'Person' }
        & { ' $fragmentRefs'?: { 'NodeLabel_Node_Person_Fragment': NodeLabel_Node_Person_Fragment } }
      )
      | (
        { __typename?: 'Source' }
        & { ' $fragmentRefs'?: { 'NodeLabel_Node_Source_Fragment': NodeLabel_Node_Source_Fragment } }
      )
     }> } & { ' $fragmentName'?: 'SearchResults_ConnectionFragment' };

export type HistoryList_ChangesFragment = { __typename?: 'ChangeConnection', totalCount: number, nodes: Array<{ __typename?: 'Change', occurredAt: string, actor: string, operation: ChangeOperation, before?: Record<string, unknown> | null, after?: Record<string, unknown> | null }> } & { ' $fragmentName'?: 'HistoryList_ChangesFragment' };

type NodeLabel_Node_Affiliation_Fragment = { __typename: 'Affiliation', id: string } & { ' $fragmentName'?: 'NodeLabel_Node_Affiliation_Fragment' };

type NodeLabel_Node_Agency_Fragment = { __typename: 'Agency', name: string, acronym?: string | null, synthetic: boolean, id: string } & { ' $fragmentName'?: 'NodeLabel_Node_Agency_Fragment' };

type NodeLabel_Node_AgencyLineage_Fragment = { __typename: 'AgencyLineage', id: string } & { ' $fragmentName'?: 'NodeLabel_Node_AgencyLineage_Fragment' };

type NodeLabel_Node_Agreement_Fragment = { __typename: 'Agreement', reference: string, title: string, synthetic: boolean, id: string } & { ' $fragmentName'?: 'NodeLabel_Node_Agreement_Fragment' };

type NodeLabel_Node_AgreementParty_Fragment = { __typename: 'AgreementParty', id: string } & { ' $fragmentName'?: 'NodeLabel_Node_AgreementParty_Fragment' };

type NodeLabel_Node_Assignment_Fragment = { __typename: 'Assignment', id: string } & { ' $fragmentName'?: 'NodeLabel_Node_Assignment_Fragment' };

type NodeLabel_Node_Availability_Fragment = { __typename: 'Availability', id: string } & { ' $fragmentName'?: 'NodeLabel_Node_Availability_Fragment' };

type NodeLabel_Node_Citation_Fragment = { __typename: 'Citation', id: string } & { ' $fragmentName'?: 'NodeLabel_Node_Citation_Fragment' };

type NodeLabel_Node_Country_Fragment = { __typename: 'Country', iso2: string, name: string, synthetic: boolean, id: string } & { ' $fragmentName'?: 'NodeLabel_Node_Country_Fragment' };

type NodeLabel_Node_Domain_Fragment = { __typename: 'Domain', key: string, label: string, synthetic: boolean, id: string } & { ' $fragmentName'?: 'NodeLabel_Node_Domain_Fragment' };

type NodeLabel_Node_Expert_Fragment = { __typename: 'Expert', name: string, synthetic: boolean, id: string } & { ' $fragmentName'?: 'NodeLabel_Node_Expert_Fragment' };

type NodeLabel_Node_Mission_Fragment = { __typename: 'Mission', reference: string, title: string, synthetic: boolean, id: string } & { ' $fragmentName'?: 'NodeLabel_Node_Mission_Fragment' };

type NodeLabel_Node_PartnerDesignation_Fragment = { __typename: 'PartnerDesignation', programme: string, synthetic: boolean, id: string } & { ' $fragmentName'?: 'NodeLabel_Node_PartnerDesignation_Fragment' };

type NodeLabel_Node_Person_Fragment = { __typename: 'Person', name: string, synthetic: boolean, id: string } & { ' $fragmentName'?: 'NodeLabel_Node_Person_Fragment' };

type NodeLabel_Node_Source_Fragment = { __typename: 'Source', key: string, title: string, synthetic: boolean, id: string } & { ' $fragmentName'?: 'NodeLabel_Node_Source_Fragment' };

export type NodeLabel_NodeFragment =
  | NodeLabel_Node_Affiliation_Fragment
  | NodeLabel_Node_Agency_Fragment
  | NodeLabel_Node_AgencyLineage_Fragment
  | NodeLabel_Node_Agreement_Fragment
  | NodeLabel_Node_AgreementParty_Fragment
  | NodeLabel_Node_Assignment_Fragment
  | NodeLabel_Node_Availability_Fragment
  | NodeLabel_Node_Citation_Fragment
  | NodeLabel_Node_Country_Fragment
  | NodeLabel_Node_Domain_Fragment
  | NodeLabel_Node_Expert_Fragment
  | NodeLabel_Node_Mission_Fragment
  | NodeLabel_Node_PartnerDesignation_Fragment
  | NodeLabel_Node_Person_Fragment
  | NodeLabel_Node_Source_Fragment
;

export type SourceItem_SourceFragment = { __typename?: 'Source', id: string, key: string, title: string, publisher?: string | null, url?: string | null, synthetic: boolean } & { ' $fragmentName'?: 'SourceItem_SourceFragment' };

export type Pager_PageInfoFragment = { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null } & { ' $fragmentName'?: 'Pager_PageInfoFragment' };

export const AgencyDetail_AgencyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyDetail_agency"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"kboNumber"}},{"kind":"Field","name":{"kind":"Name","value":"iatiOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"existedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"existedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lang"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}}]}}]} as unknown as DocumentNode<AgencyDetail_AgencyFragment, unknown>;
export const Pager_PageInfoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<Pager_PageInfoFragment, unknown>;
export const AgencyRow_AgencyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyRow_agency"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"kboNumber"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AgencyRow_AgencyFragment, unknown>;
export const AgencyTable_ConnectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyTable_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyRow_agency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyRow_agency"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"kboNumber"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AgencyTable_ConnectionFragment, unknown>;
export const AgreementDetail_AgreementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementDetail_agreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AgreementDetail_AgreementFragment, unknown>;
export const AgreementRow_AgreementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow_agreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AgreementRow_AgreementFragment, unknown>;
export const AgreementTable_ConnectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementTable_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow_agreement"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow_agreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AgreementTable_ConnectionFragment, unknown>;
export const AdminUser_UserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUser_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}}]}}]} as unknown as DocumentNode<AdminUser_UserFragment, unknown>;
export const AdminToken_TokenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminToken_token"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<AdminToken_TokenFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticated"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"write"}},{"kind":"Field","name":{"kind":"Name","value":"manageAccess"}},{"kind":"Field","name":{"kind":"Name","value":"readPersonalData"}}]}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const CountryDetail_CountryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryDetail_country"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"isoNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPartner"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"partnerDesignations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}}]}}]} as unknown as DocumentNode<CountryDetail_CountryFragment, unknown>;
export const CountryRow_CountryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryRow_country"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPartner"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CountryRow_CountryFragment, unknown>;
export const CountryTable_ConnectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryTable_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountryRow_country"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryRow_country"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPartner"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CountryTable_ConnectionFragment, unknown>;
export const DomainDetail_DomainFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainDetail_domain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dacCodes"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}}]}}]} as unknown as DocumentNode<DomainDetail_DomainFragment, unknown>;
export const DomainRow_DomainFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainRow_domain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dacCodes"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<DomainRow_DomainFragment, unknown>;
export const DomainTable_ConnectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainTable_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainRow_domain"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainRow_domain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dacCodes"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<DomainTable_ConnectionFragment, unknown>;
export const ExpertDetail_ExpertFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertDetail_expert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ExpertDetail_ExpertFragment, unknown>;
export const ExpertRow_ExpertFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertRow_expert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ExpertRow_ExpertFragment, unknown>;
export const ExpertTable_ConnectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertTable_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertRow_expert"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertRow_expert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ExpertTable_ConnectionFragment, unknown>;
export const ExpertTimeline_ExpertFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertTimeline_expert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STARTS_ON"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"timelineMissions"},"name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PLANNED_START"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExpertTimeline_ExpertFragment, unknown>;
export const CountryCounts_MissionGroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryCounts_missionGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MissionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"isoNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CountryCounts_MissionGroupFragment, unknown>;
export const CountryCounts_AgreementGroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryCounts_agreementGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"isoNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CountryCounts_AgreementGroupFragment, unknown>;
export const ExpertSuggestion_SuggestionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertSuggestion_suggestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertSuggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"domainMatch"}},{"kind":"Field","name":{"kind":"Name","value":"sharedLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"matchedDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"certain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<ExpertSuggestion_SuggestionFragment, unknown>;
export const PlanChoices_AgreementFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanChoices_agreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<PlanChoices_AgreementFragment, unknown>;
export const PlanChoices_DomainFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanChoices_domain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<PlanChoices_DomainFragment, unknown>;
export const MissionRow_MissionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionRow_mission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<MissionRow_MissionFragment, unknown>;
export const MissionTable_ConnectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionTable_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MissionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionRow_mission"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionRow_mission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<MissionTable_ConnectionFragment, unknown>;
export const AssignmentItem_AssignmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentItem_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedConflicts"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AssignmentItem_AssignmentFragment, unknown>;
export const MissionDetail_MissionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionDetail_mission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"isoNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentItem_assignment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentItem_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedConflicts"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MissionDetail_MissionFragment, unknown>;
export const NodeLabel_NodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeLabel_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerDesignation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}}]} as unknown as DocumentNode<NodeLabel_NodeFragment, unknown>;
export const NetworkGraph_NeighborhoodFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkGraph_neighborhood"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Neighborhood"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeLabel_node"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeLabel_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerDesignation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}}]} as unknown as DocumentNode<NetworkGraph_NeighborhoodFragment, unknown>;
export const NodeSummary_NodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeSummary_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"affiliations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","alias":{"kind":"Name","value":"organisation"},"name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expertProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerDesignation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeSummary_NodeFragment, unknown>;
export const KeyFigure_MissionsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyFigure_missions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MissionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]} as unknown as DocumentNode<KeyFigure_MissionsFragment, unknown>;
export const KeyFigure_AgreementsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyFigure_agreements"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]} as unknown as DocumentNode<KeyFigure_AgreementsFragment, unknown>;
export const KeyFigure_ExpertsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyFigure_experts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]} as unknown as DocumentNode<KeyFigure_ExpertsFragment, unknown>;
export const KeyFigure_AgenciesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyFigure_agencies"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]} as unknown as DocumentNode<KeyFigure_AgenciesFragment, unknown>;
export const YearChart_MissionGroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearChart_missionGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MissionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]} as unknown as DocumentNode<YearChart_MissionGroupFragment, unknown>;
export const DomainChart_AgreementGroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainChart_agreementGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<DomainChart_AgreementGroupFragment, unknown>;
export const SearchResults_ConnectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchResults_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHitConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"highlightStart"},"value":{"kind":"StringValue","value":"«","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"highlightEnd"},"value":{"kind":"StringValue","value":"»","block":false}}]},{"kind":"Field","name":{"kind":"Name","value":"matchedField"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeLabel_node"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeLabel_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerDesignation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}}]} as unknown as DocumentNode<SearchResults_ConnectionFragment, unknown>;
export const HistoryList_ChangesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryList_changes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<HistoryList_ChangesFragment, unknown>;
export const SourceItem_SourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceItem_source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]} as unknown as DocumentNode<SourceItem_SourceFragment, unknown>;
export const AgencyDetailPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyDetailPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyDetail_agency"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceItem_source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryList_changes"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyDetail_agency"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"kboNumber"}},{"kind":"Field","name":{"kind":"Name","value":"iatiOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"existedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"existedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lang"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceItem_source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryList_changes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<AgencyDetailPageQuery, AgencyDetailPageQueryVariables>;
export const AgencyListPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyListPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyTable_connection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyRow_agency"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"kboNumber"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgencyTable_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgencyRow_agency"}}]}}]}}]} as unknown as DocumentNode<AgencyListPageQuery, AgencyListPageQueryVariables>;
export const AgreementCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementCreateMutation, AgreementCreateMutationVariables>;
export const AgreementDetailPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementDetailPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementDetail_agreement"}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PLANNED_START"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionTable_connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceItem_source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryList_changes"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionRow_mission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementDetail_agreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionTable_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MissionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionRow_mission"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceItem_source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryList_changes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<AgreementDetailPageQuery, AgreementDetailPageQueryVariables>;
export const AgreementEditDialogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementEditDialog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"LABEL"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementEditDialogQuery, AgreementEditDialogQueryVariables>;
export const AgreementLatestChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementLatestChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgreementLatestChangeQuery, AgreementLatestChangeQueryVariables>;
export const AgreementUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementUpdateMutation, AgreementUpdateMutationVariables>;
export const AgreementAttachCountriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementAttachCountries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementAttachCountries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementAttachCountriesMutation, AgreementAttachCountriesMutationVariables>;
export const AgreementDetachCountriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementDetachCountries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementDetachCountries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementDetachCountriesMutation, AgreementDetachCountriesMutationVariables>;
export const AgreementAttachDomainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementAttachDomains"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementAttachDomains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementAttachDomainsMutation, AgreementAttachDomainsMutationVariables>;
export const AgreementDetachDomainsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementDetachDomains"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementDetachDomains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementDetachDomainsMutation, AgreementDetachDomainsMutationVariables>;
export const AgreementListPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementListPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementTable_connection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementRow_agreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementTable_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementRow_agreement"}}]}}]}}]} as unknown as DocumentNode<AgreementListPageQuery, AgreementListPageQueryVariables>;
export const AgreementPartyChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgreementPartyChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementPartyChoicesQuery, AgreementPartyChoicesQueryVariables>;
export const AgreementAddPartyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementAddParty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementAddPartyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementAddParty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementAddPartyMutation, AgreementAddPartyMutationVariables>;
export const AgreementRemovePartyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementRemoveParty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementRemovePartyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementRemoveParty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementRemovePartyMutation, AgreementRemovePartyMutationVariables>;
export const AgreementSignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreementSign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementSignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreementSign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AgreementSignMutation, AgreementSignMutationVariables>;
export const ViewerUpdatePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViewerUpdatePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ViewerUpdatePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerUpdatePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerUpdatePasswordMutation, ViewerUpdatePasswordMutationVariables>;
export const AdminPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUser_user"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminToken_token"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUser_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminToken_token"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<AdminPageQuery, AdminPageQueryVariables>;
export const UserCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUser_user"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUser_user"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}}]}}]} as unknown as DocumentNode<UserCreateMutation, UserCreateMutationVariables>;
export const ApiTokenCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiTokenCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiTokenCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokenCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminToken_token"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminToken_token"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiTokenCreateMutation, ApiTokenCreateMutationVariables>;
export const ApiTokenRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiTokenRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokenRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminToken_token"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminToken_token"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiTokenRevokeMutation, ApiTokenRevokeMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticated"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"write"}},{"kind":"Field","name":{"kind":"Name","value":"manageAccess"}},{"kind":"Field","name":{"kind":"Name","value":"readPersonalData"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const CountryDetailPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryDetailPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountryDetail_country"}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PLANNED_START"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionTable_connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceItem_source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryList_changes"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionRow_mission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryDetail_country"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"isoNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPartner"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"partnerDesignations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionTable_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MissionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionRow_mission"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceItem_source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryList_changes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<CountryDetailPageQuery, CountryDetailPageQueryVariables>;
export const CountryListPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryListPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CountryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CountryOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountryTable_connection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryRow_country"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPartner"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryTable_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountryRow_country"}}]}}]}}]} as unknown as DocumentNode<CountryListPageQuery, CountryListPageQueryVariables>;
export const DomainDetailPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainDetailPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainDetail_domain"}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionTable_connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceItem_source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryList_changes"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionRow_mission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainDetail_domain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dacCodes"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionTable_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MissionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionRow_mission"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceItem_source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryList_changes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<DomainDetailPageQuery, DomainDetailPageQueryVariables>;
export const DomainListPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainListPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DomainFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DomainOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainTable_connection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainRow_domain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"dacCodes"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainTable_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DomainConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainRow_domain"}}]}}]}}]} as unknown as DocumentNode<DomainListPageQuery, DomainListPageQueryVariables>;
export const ExpertDetailPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpertDetailPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertDetail_expert"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertTimeline_expert"}},{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PLANNED_START"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionTable_connection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceItem_source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryList_changes"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionRow_mission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertDetail_expert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertTimeline_expert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STARTS_ON"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"timelineMissions"},"name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"PLANNED_START"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionTable_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MissionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionRow_mission"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceItem_source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryList_changes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<ExpertDetailPageQuery, ExpertDetailPageQueryVariables>;
export const ExpertListPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpertListPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertTable_connection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertRow_expert"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertTable_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertRow_expert"}}]}}]}}]} as unknown as DocumentNode<ExpertListPageQuery, ExpertListPageQueryVariables>;
export const MapPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COUNTRY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountryCounts_missionGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreementStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COUNTRY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountryCounts_agreementGroup"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryCounts_missionGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MissionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"isoNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryCounts_agreementGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"isoNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MapPageQuery, MapPageQueryVariables>;
export const AssignExpertDialogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignExpertDialog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"missionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"languages"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"exclude"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"mission"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"missionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expertSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}},{"kind":"Argument","name":{"kind":"Name","value":"languages"},"value":{"kind":"Variable","name":{"kind":"Name","value":"languages"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byName"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpertSuggestion_suggestion"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byName"},"name":{"kind":"Name","value":"experts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"notIn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"exclude"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byName"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpertSuggestion_suggestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertSuggestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"fit"}},{"kind":"Field","name":{"kind":"Name","value":"domainMatch"}},{"kind":"Field","name":{"kind":"Name","value":"sharedLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"matchedDomains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"certain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<AssignExpertDialogQuery, AssignExpertDialogQueryVariables>;
export const MissionLatestChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MissionLatestChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MissionLatestChangeQuery, MissionLatestChangeQueryVariables>;
export const MissionDetailPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MissionDetailPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionDetail_mission"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceItem_source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryList_changes"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentItem_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedConflicts"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionDetail_mission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"isoNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentItem_assignment"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceItem_source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryList_changes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<MissionDetailPageQuery, MissionDetailPageQueryVariables>;
export const MissionListPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MissionListPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionTable_connection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Pager_pageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionRow_mission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionTable_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MissionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Pager_pageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionRow_mission"}}]}}]}}]} as unknown as DocumentNode<MissionListPageQuery, MissionListPageQueryVariables>;
export const MissionPlanPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MissionPlanPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SIGNED"},{"kind":"EnumValue","value":"DRAFT"}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"REFERENCE"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanChoices_agreement"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"LABEL"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanChoices_domain"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanChoices_agreement"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanChoices_domain"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]} as unknown as DocumentNode<MissionPlanPageQuery, MissionPlanPageQueryVariables>;
export const MissionCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MissionCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MissionCreateMutation, MissionCreateMutationVariables>;
export const MissionPlanAfterCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MissionPlanAfterCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MissionPlanAfterCreateMutation, MissionPlanAfterCreateMutationVariables>;
export const MissionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MissionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionDetail_mission"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentItem_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedConflicts"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionDetail_mission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"isoNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentItem_assignment"}}]}}]}}]} as unknown as DocumentNode<MissionPlanMutation, MissionPlanMutationVariables>;
export const MissionConfirmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MissionConfirm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionConfirm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionDetail_mission"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentItem_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedConflicts"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionDetail_mission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"isoNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentItem_assignment"}}]}}]}}]} as unknown as DocumentNode<MissionConfirmMutation, MissionConfirmMutationVariables>;
export const MissionStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MissionStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionStartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionStart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionDetail_mission"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentItem_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedConflicts"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionDetail_mission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"isoNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentItem_assignment"}}]}}]}}]} as unknown as DocumentNode<MissionStartMutation, MissionStartMutationVariables>;
export const MissionCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MissionComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionCompleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionDetail_mission"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentItem_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedConflicts"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionDetail_mission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"isoNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentItem_assignment"}}]}}]}}]} as unknown as DocumentNode<MissionCompleteMutation, MissionCompleteMutationVariables>;
export const MissionCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MissionCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionDetail_mission"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentItem_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedConflicts"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionDetail_mission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"isoNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentItem_assignment"}}]}}]}}]} as unknown as DocumentNode<MissionCancelMutation, MissionCancelMutationVariables>;
export const MissionAssignExpertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MissionAssignExpert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionAssignExpertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionAssignExpert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionDetail_mission"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentItem_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedConflicts"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionDetail_mission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"isoNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentItem_assignment"}}]}}]}}]} as unknown as DocumentNode<MissionAssignExpertMutation, MissionAssignExpertMutationVariables>;
export const MissionUnassignExpertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MissionUnassignExpert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MissionUnassignExpertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missionUnassignExpert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissionDetail_mission"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentItem_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedConflicts"}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissionDetail_mission"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiary"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"plannedStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plannedEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actualEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"isoNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domains"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentItem_assignment"}}]}}]}}]} as unknown as DocumentNode<MissionUnassignExpertMutation, MissionUnassignExpertMutationVariables>;
export const NetworkPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"60"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkGraph_neighborhood"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeLabel_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerDesignation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkGraph_neighborhood"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Neighborhood"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeLabel_node"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkPageQuery, NetworkPageQueryVariables>;
export const NodePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeLabel_node"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeSummary_node"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceItem_source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryList_changes"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryList_changes"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerDesignation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceItem_source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryList_changes"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeLabel_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerDesignation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeSummary_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"affiliations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","alias":{"kind":"Name","value":"organisation"},"name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expertProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerDesignation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceItem_source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryList_changes"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<NodePageQuery, NodePageQueryVariables>;
export const OverviewPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyFigure_missions"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"syntheticMissions"},"name":{"kind":"Name","value":"missions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"synthetic"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyFigure_missions"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"syntheticExperts"},"name":{"kind":"Name","value":"experts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"synthetic"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyFigure_experts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyFigure_agreements"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyFigure_experts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyFigure_agencies"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"perYear"},"name":{"kind":"Name","value":"missionStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"YearChart_missionGroup"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"perDomain"},"name":{"kind":"Name","value":"agreementStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DOMAIN"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DomainChart_agreementGroup"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"perCountry"},"name":{"kind":"Name","value":"missionStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COUNTRY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CountryCounts_missionGroup"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyFigure_missions"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MissionConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyFigure_experts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyFigure_agreements"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyFigure_agencies"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"YearChart_missionGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MissionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DomainChart_agreementGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"domain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CountryCounts_missionGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MissionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"isoNumeric"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OverviewPageQuery, OverviewPageQueryVariables>;
export const SearchBoxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchBox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchResults_connection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeLabel_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerDesignation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchResults_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHitConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"highlightStart"},"value":{"kind":"StringValue","value":"«","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"highlightEnd"},"value":{"kind":"StringValue","value":"»","block":false}}]},{"kind":"Field","name":{"kind":"Name","value":"matchedField"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeLabel_node"}}]}}]}}]}}]} as unknown as DocumentNode<SearchBoxQuery, SearchBoxQueryVariables>;
export const SearchPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchResults_connection"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeLabel_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso2"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Domain"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerDesignation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchResults_connection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHitConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"highlightStart"},"value":{"kind":"StringValue","value":"«","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"highlightEnd"},"value":{"kind":"StringValue","value":"»","block":false}}]},{"kind":"Field","name":{"kind":"Name","value":"matchedField"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeLabel_node"}}]}}]}}]}}]} as unknown as DocumentNode<SearchPageQuery, SearchPageQueryVariables>;