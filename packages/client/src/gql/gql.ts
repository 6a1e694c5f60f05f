/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AgencyDetail_agency on Agency {\n    id name acronym kind synthetic kboNumber iatiOrgId website existedFrom existedUntil\n    names { name lang validFrom validUntil }\n    country { id iso2 name }\n    predecessors { id name }\n    successors { id name }\n    agreements(first: 50) { totalCount nodes { id reference title synthetic } }\n    experts(first: 50) { totalCount nodes { id name synthetic } }\n  }\n": typeof types.AgencyDetail_AgencyFragmentDoc,
    "\n  query AgencyDetailPage($id: ID!) {\n    node(id: $id) {\n      ... on Agency {\n        ...AgencyDetail_agency\n        sources { ...SourceItem_source }\n        history(first: 20) { ...HistoryList_changes }\n      }\n    }\n  }\n": typeof types.AgencyDetailPageDocument,
    "\n  fragment AgencyRow_agency on Agency { id name acronym kind synthetic kboNumber country { id name } }\n": typeof types.AgencyRow_AgencyFragmentDoc,
    "\n  fragment AgencyTable_connection on AgencyConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...AgencyRow_agency } }\n": typeof types.AgencyTable_ConnectionFragmentDoc,
    "\n  query AgencyListPage($first: Int, $after: String, $last: Int, $before: String, $filter: AgencyFilter, $orderBy: [AgencyOrder!]) {\n    agencies(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...AgencyTable_connection }\n  }\n": typeof types.AgencyListPageDocument,
    "\n  mutation AgreementCreate($input: AgreementCreateInput!) {\n    agreementCreate(input: $input) { agreement { id reference } userErrors { field message code } }\n  }\n": typeof types.AgreementCreateDocument,
    "\n  fragment AgreementDetail_agreement on Agreement {\n    id reference title purpose kind status version synthetic validFrom validUntil\n    signedOn { text }\n    parties { id role synthetic agency { id name } signatory { id name } }\n    countries { id iso2 name }\n    domains { id key label }\n    parent { id reference title }\n  }\n": typeof types.AgreementDetail_AgreementFragmentDoc,
    "\n  query AgreementDetailPage($reference: String!) {\n    agreement(reference: $reference) {\n      ...AgreementDetail_agreement\n      missions(first: 25, orderBy: [{ field: PLANNED_START }]) { ...MissionTable_connection }\n      sources { ...SourceItem_source }\n      history(first: 20) { ...HistoryList_changes }\n    }\n  }\n": typeof types.AgreementDetailPageDocument,
    "\n  query AgreementEditDialog {\n    countries(first: 100, orderBy: [{ field: NAME }]) { nodes { id iso2 name } }\n    domains(first: 100, orderBy: [{ field: LABEL }]) { nodes { id key label } }\n  }\n": typeof types.AgreementEditDialogDocument,
    "\n  query AgreementLatestChange($id: ID!) {\n    node(id: $id) { ... on Agreement { id version history(first: 1) { nodes { actor occurredAt before after } } } }\n  }\n": typeof types.AgreementLatestChangeDocument,
    "\n  mutation AgreementUpdate($input: AgreementUpdateInput!) {\n    agreementUpdate(input: $input) { agreement { id version title validFrom validUntil } userErrors { field message code } }\n  }\n": typeof types.AgreementUpdateDocument,
    "\n  mutation AgreementAttachCountries($input: AgreementLinkInput!) { agreementAttachCountries(input: $input) { userErrors { field message code } } }\n": typeof types.AgreementAttachCountriesDocument,
    "\n  mutation AgreementDetachCountries($input: AgreementLinkInput!) { agreementDetachCountries(input: $input) { userErrors { field message code } } }\n": typeof types.AgreementDetachCountriesDocument,
    "\n  mutation AgreementAttachDomains($input: AgreementLinkInput!) { agreementAttachDomains(input: $input) { userErrors { field message code } } }\n": typeof types.AgreementAttachDomainsDocument,
    "\n  mutation AgreementDetachDomains($input: AgreementLinkInput!) { agreementDetachDomains(input: $input) { userErrors { field message code } } }\n": typeof types.AgreementDetachDomainsDocument,
    "\n  fragment AgreementRow_agreement on Agreement {\n    id reference title kind status synthetic validFrom validUntil\n    signedOn { text }\n    agencies { id name }\n  }\n": typeof types.AgreementRow_AgreementFragmentDoc,
    "\n  fragment AgreementTable_connection on AgreementConnection {\n    totalCount\n    pageInfo { ...Pager_pageInfo }\n    nodes { ...AgreementRow_agreement }\n  }\n": typeof types.AgreementTable_ConnectionFragmentDoc,
    "\n  query AgreementListPage($first: Int, $after: String, $last: Int, $before: String, $filter: AgreementFilter, $orderBy: [AgreementOrder!]) {\n    agreements(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...AgreementTable_connection }\n  }\n": typeof types.AgreementListPageDocument,
    "\n  query AgreementPartyChoices {\n    agencies(first: 100, orderBy: [{ field: NAME }]) { nodes { id name synthetic } }\n  }\n": typeof types.AgreementPartyChoicesDocument,
    "\n  mutation AgreementAddParty($input: AgreementAddPartyInput!) {\n    agreementAddParty(input: $input) { party { id } userErrors { field message code } }\n  }\n": typeof types.AgreementAddPartyDocument,
    "\n  mutation AgreementRemoveParty($input: AgreementRemovePartyInput!) {\n    agreementRemoveParty(input: $input) { party { id } userErrors { field message code } }\n  }\n": typeof types.AgreementRemovePartyDocument,
    "\n  mutation AgreementSign($input: AgreementSignInput!) {\n    agreementSign(input: $input) { agreement { id status version signedOn { text } } userErrors { field message code } }\n  }\n": typeof types.AgreementSignDocument,
    "\n  mutation ViewerUpdatePassword($input: ViewerUpdatePasswordInput!) {\n    viewerUpdatePassword(input: $input) { changed userErrors { field message code } }\n  }\n": typeof types.ViewerUpdatePasswordDocument,
    "\n  fragment AdminUser_user on User { id login role createdAt lastLoginAt lockedUntil }\n": typeof types.AdminUser_UserFragmentDoc,
    "\n  fragment AdminToken_token on ApiToken { id name role createdAt createdBy expiresAt lastUsedAt revokedAt }\n": typeof types.AdminToken_TokenFragmentDoc,
    "\n  query AdminPage {\n    users { ...AdminUser_user }\n    apiTokens { ...AdminToken_token }\n  }\n": typeof types.AdminPageDocument,
    "\n  mutation UserCreate($input: UserCreateInput!) { userCreate(input: $input) { ...AdminUser_user } }\n": typeof types.UserCreateDocument,
    "\n  mutation ApiTokenCreate($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { secret token { ...AdminToken_token } } }\n": typeof types.ApiTokenCreateDocument,
    "\n  mutation ApiTokenRevoke($id: ID!) { apiTokenRevoke(id: $id) { ...AdminToken_token } }\n": typeof types.ApiTokenRevokeDocument,
    "\n  fragment ViewerFields on Viewer {\n    authenticated\n    kind\n    name\n    role\n    permissions { write manageAccess readPersonalData }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer { ...ViewerFields }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment CountryDetail_country on Country {\n    id iso2 iso3 isoNumeric name isPartner synthetic\n    partnerDesignations { id programme validFrom validUntil }\n    agreements(first: 25) { totalCount nodes { id reference title synthetic } }\n  }\n": typeof types.CountryDetail_CountryFragmentDoc,
    "\n  query CountryDetailPage($code: String!) {\n    country(code: $code) {\n      ...CountryDetail_country\n      missions(first: 25, orderBy: [{ field: PLANNED_START, direction: DESC }]) { ...MissionTable_connection }\n      sources { ...SourceItem_source }\n      history(first: 20) { ...HistoryList_changes }\n    }\n  }\n": typeof types.CountryDetailPageDocument,
    "\n  fragment CountryRow_country on Country { id iso2 iso3 name isPartner synthetic missions(first: 1) { totalCount } }\n": typeof types.CountryRow_CountryFragmentDoc,
    "\n  fragment CountryTable_connection on CountryConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...CountryRow_country } }\n": typeof types.CountryTable_ConnectionFragmentDoc,
    "\n  query CountryListPage($first: Int, $after: String, $last: Int, $before: String, $filter: CountryFilter, $orderBy: [CountryOrder!]) {\n    countries(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...CountryTable_connection }\n  }\n": typeof types.CountryListPageDocument,
    "\n  fragment DomainDetail_domain on Domain {\n    id key label dacCodes synthetic\n    parent { id key label }\n    children { id key label }\n    agreements(first: 25) { totalCount nodes { id reference title synthetic } }\n    experts(first: 25) { totalCount nodes { id name synthetic } }\n  }\n": typeof types.DomainDetail_DomainFragmentDoc,
    "\n  query DomainDetailPage($key: String!) {\n    domain(key: $key) {\n      ...DomainDetail_domain\n      missions(first: 25) { ...MissionTable_connection }\n      sources { ...SourceItem_source }\n      history(first: 20) { ...HistoryList_changes }\n    }\n  }\n": typeof types.DomainDetailPageDocument,
    "\n  fragment DomainRow_domain on Domain { id key label dacCodes synthetic parent { id key label } }\n": typeof types.DomainRow_DomainFragmentDoc,
    "\n  fragment DomainTable_connection on DomainConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...DomainRow_domain } }\n": typeof types.DomainTable_ConnectionFragmentDoc,
    "\n  query DomainListPage($first: Int, $after: String, $last: Int, $before: String, $filter: DomainFilter, $orderBy: [DomainOrder!]) {\n    domains(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...DomainTable_connection }\n  }\n": typeof types.DomainListPageDocument,
    "\n  fragment ExpertDetail_expert on Expert {\n    id name summary languages synthetic\n    employer { id name }\n    domains { id key label }\n  }\n": typeof types.ExpertDetail_ExpertFragmentDoc,
    "\n  query ExpertDetailPage($id: ID!) {\n    node(id: $id) {\n      ... on Expert {\n        ...ExpertDetail_expert\n        ...ExpertTimeline_expert\n        missions(first: 25, orderBy: [{ field: PLANNED_START, direction: DESC }]) { ...MissionTable_connection }\n        sources { ...SourceItem_source }\n        history(first: 20) { ...HistoryList_changes }\n      }\n    }\n  }\n": typeof types.ExpertDetailPageDocument,
    "\n  fragment ExpertRow_expert on Expert { id name languages synthetic employer { id name } domains { id label } }\n": typeof types.ExpertRow_ExpertFragmentDoc,
    "\n  fragment ExpertTable_connection on ExpertConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...ExpertRow_expert } }\n": typeof types.ExpertTable_ConnectionFragmentDoc,
    "\n  query ExpertListPage($first: Int, $after: String, $last: Int, $before: String, $filter: ExpertFilter, $orderBy: [ExpertOrder!]) {\n    experts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...ExpertTable_connection }\n  }\n": typeof types.ExpertListPageDocument,
    "\n  fragment ExpertTimeline_expert on Expert {\n    availability(first: 100, orderBy: [{ field: STARTS_ON }]) { nodes { id startsOn endsOn status note } }\n    timelineMissions: missions(first: 100, orderBy: [{ field: PLANNED_START }]) {\n      nodes { id reference title status plannedStart { earliest text } plannedEnd { latest text } }\n    }\n  }\n": typeof types.ExpertTimeline_ExpertFragmentDoc,
    "\n  query MapPage {\n    missionStats(groupBy: [COUNTRY]) { ...CountryCounts_missionGroup }\n    agreementStats(groupBy: [COUNTRY]) { ...CountryCounts_agreementGroup }\n  }\n": typeof types.MapPageDocument,
    "\n  fragment CountryCounts_missionGroup on MissionGroup {\n    count\n    country { id iso2 isoNumeric name }\n  }\n": typeof types.CountryCounts_MissionGroupFragmentDoc,
    "\n  fragment CountryCounts_agreementGroup on AgreementGroup {\n    count\n    country { id iso2 isoNumeric name }\n  }\n": typeof types.CountryCounts_AgreementGroupFragmentDoc,
    "\n  fragment ExpertSuggestion_suggestion on ExpertSuggestion {\n    score\n    fit\n    domainMatch\n    sharedLanguages\n    matchedDomains { id label }\n    conflicts { code message certain }\n    expert { id name languages synthetic employer { id name } domains { id label } }\n  }\n": typeof types.ExpertSuggestion_SuggestionFragmentDoc,
    "\n  query AssignExpertDialog($missionId: ID!, $languages: [String!], $byName: Boolean!, $name: String!, $exclude: [ID!]!) {\n    mission: node(id: $missionId) {\n      ... on Mission {\n        id\n        expertSuggestions(first: 15, languages: $languages) @skip(if: $byName) { ...ExpertSuggestion_suggestion }\n      }\n    }\n    byName: experts(first: 15, filter: { name: { contains: $name }, id: { notIn: $exclude } }, orderBy: [{ field: NAME }]) @include(if: $byName) {\n      totalCount\n      nodes { id name languages synthetic employer { id name } domains { id label } }\n    }\n  }\n": typeof types.AssignExpertDialogDocument,
    "\n  query MissionLatestChange($reference: String!) {\n    mission(reference: $reference) {\n      id\n      version\n      status\n      history(first: 1) { nodes { actor occurredAt before after } }\n    }\n  }\n": typeof types.MissionLatestChangeDocument,
    "\n  query MissionDetailPage($reference: String!) {\n    mission(reference: $reference) {\n      ...MissionDetail_mission\n      sources { ...SourceItem_source }\n      history(first: 20) { ...HistoryList_changes }\n    }\n  }\n": typeof types.MissionDetailPageDocument,
    "\n  query MissionListPage($first: Int, $after: String, $last: Int, $before: String, $filter: MissionFilter, $orderBy: [MissionOrder!]) {\n    missions(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      ...MissionTable_connection\n    }\n  }\n": typeof types.MissionListPageDocument,
    "\n  fragment PlanChoices_agreement on Agreement { id reference title synthetic countries { id iso2 name } domains { id key label } }\n": typeof types.PlanChoices_AgreementFragmentDoc,
    "\n  fragment PlanChoices_domain on Domain { id key label }\n": typeof types.PlanChoices_DomainFragmentDoc,
    "\n  query MissionPlanPage {\n    agreements(first: 100, filter: { status: { in: [SIGNED, DRAFT] } }, orderBy: [{ field: REFERENCE }]) {\n      nodes { ...PlanChoices_agreement }\n    }\n    domains(first: 100, orderBy: [{ field: LABEL }]) { nodes { ...PlanChoices_domain } }\n  }\n": typeof types.MissionPlanPageDocument,
    "\n  mutation MissionCreate($input: MissionCreateInput!) {\n    missionCreate(input: $input) {\n      mission { id reference version status }\n      userErrors { field message code }\n      warnings { field message code }\n    }\n  }\n": typeof types.MissionCreateDocument,
    "\n  mutation MissionPlanAfterCreate($input: MissionPlanInput!) {\n    missionPlan(input: $input) { mission { id reference status version } userErrors { field message code } warnings { field message code } }\n  }\n": typeof types.MissionPlanAfterCreateDocument,
    "\n  fragment MissionRow_mission on Mission {\n    id\n    reference\n    title\n    status\n    kind\n    synthetic\n    country { id iso2 name }\n    plannedStart { text }\n    plannedEnd { text }\n  }\n": typeof types.MissionRow_MissionFragmentDoc,
    "\n  fragment MissionTable_connection on MissionConnection {\n    totalCount\n    pageInfo { ...Pager_pageInfo }\n    nodes { ...MissionRow_mission }\n  }\n": typeof types.MissionTable_ConnectionFragmentDoc,
    "\n  fragment MissionDetail_mission on Mission {\n    id\n    reference\n    title\n    status\n    kind\n    version\n    synthetic\n    beneficiary\n    objectives\n    plannedStart { text earliest latest precision }\n    plannedEnd { text earliest latest precision }\n    actualStart { text }\n    actualEnd { text }\n    country { id iso2 isoNumeric name synthetic }\n    agreement { id reference title validFrom validUntil synthetic }\n    domains { id key label synthetic parent { key } }\n    assignments { ...AssignmentItem_assignment }\n  }\n": typeof types.MissionDetail_MissionFragmentDoc,
    "\n  fragment AssignmentItem_assignment on Assignment {\n    id\n    role\n    days\n    version\n    synthetic\n    acceptedConflicts\n    expert { id name languages synthetic employer { id name } }\n  }\n": typeof types.AssignmentItem_AssignmentFragmentDoc,
    "\n  mutation MissionPlan($input: MissionPlanInput!) {\n    missionPlan(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n": typeof types.MissionPlanDocument,
    "\n  mutation MissionConfirm($input: MissionTransitionInput!) {\n    missionConfirm(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n": typeof types.MissionConfirmDocument,
    "\n  mutation MissionStart($input: MissionStartInput!) {\n    missionStart(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n": typeof types.MissionStartDocument,
    "\n  mutation MissionComplete($input: MissionCompleteInput!) {\n    missionComplete(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n": typeof types.MissionCompleteDocument,
    "\n  mutation MissionCancel($input: MissionTransitionInput!) {\n    missionCancel(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n": typeof types.MissionCancelDocument,
    "\n  mutation MissionAssignExpert($input: MissionAssignExpertInput!) {\n    missionAssignExpert(input: $input) {\n      assignment { id mission { ...MissionDetail_mission } }\n      userErrors { field message code }\n      warnings { field message code }\n    }\n  }\n": typeof types.MissionAssignExpertDocument,
    "\n  mutation MissionUnassignExpert($input: MissionUnassignExpertInput!) {\n    missionUnassignExpert(input: $input) {\n      assignment { id mission { ...MissionDetail_mission } }\n      userErrors { field message code }\n      warnings { field message code }\n    }\n  }\n": typeof types.MissionUnassignExpertDocument,
    "\n  fragment NetworkGraph_neighborhood on Neighborhood {\n    truncated\n    nodes { ...NodeLabel_node }\n    edges { kind from { id } to { id } }\n  }\n": typeof types.NetworkGraph_NeighborhoodFragmentDoc,
    "\n  query NetworkPage($id: ID!) {\n    neighborhood(id: $id, depth: 1, limit: 60) { ...NetworkGraph_neighborhood }\n  }\n": typeof types.NetworkPageDocument,
    "\n  fragment NodeSummary_node on Node {\n    ... on Person { givenName familyName affiliations { id position organisation: agency { id name } } expertProfile { id name } }\n    ... on Source { publisher url excerpt kind publishedOn { text } }\n    ... on PartnerDesignation { validFrom validUntil country { id iso2 name } }\n  }\n": typeof types.NodeSummary_NodeFragmentDoc,
    "\n  query NodePage($id: ID!) {\n    node(id: $id) {\n      ...NodeLabel_node\n      ...NodeSummary_node\n      ... on Person { sources { ...SourceItem_source } history(first: 20) { ...HistoryList_changes } }\n      ... on Source { history(first: 20) { ...HistoryList_changes } }\n      ... on PartnerDesignation { sources { ...SourceItem_source } history(first: 20) { ...HistoryList_changes } }\n    }\n  }\n": typeof types.NodePageDocument,
    "\n  fragment KeyFigure_missions on MissionConnection { totalCount }\n": typeof types.KeyFigure_MissionsFragmentDoc,
    "\n  fragment KeyFigure_agreements on AgreementConnection { totalCount }\n": typeof types.KeyFigure_AgreementsFragmentDoc,
    "\n  fragment KeyFigure_experts on ExpertConnection { totalCount }\n": typeof types.KeyFigure_ExpertsFragmentDoc,
    "\n  fragment KeyFigure_agencies on AgencyConnection { totalCount }\n": typeof types.KeyFigure_AgenciesFragmentDoc,
    "\n  fragment YearChart_missionGroup on MissionGroup { year count }\n": typeof types.YearChart_MissionGroupFragmentDoc,
    "\n  fragment DomainChart_agreementGroup on AgreementGroup { count domain { id key label } }\n": typeof types.DomainChart_AgreementGroupFragmentDoc,
    "\n  query OverviewPage {\n    missions(first: 1) { ...KeyFigure_missions }\n    syntheticMissions: missions(first: 1, filter: { synthetic: true }) { ...KeyFigure_missions }\n    syntheticExperts: experts(first: 1, filter: { synthetic: true }) { ...KeyFigure_experts }\n    agreements(first: 1) { ...KeyFigure_agreements }\n    experts(first: 1) { ...KeyFigure_experts }\n    agencies(first: 1) { ...KeyFigure_agencies }\n    perYear: missionStats(groupBy: [YEAR]) { ...YearChart_missionGroup }\n    perDomain: agreementStats(groupBy: [DOMAIN]) { ...DomainChart_agreementGroup }\n    perCountry: missionStats(groupBy: [COUNTRY]) { ...CountryCounts_missionGroup }\n  }\n": typeof types.OverviewPageDocument,
    "\n  query SearchBox($query: String!) {\n    search(query: $query, first: 8) { ...SearchResults_connection }\n  }\n": typeof types.SearchBoxDocument,
    "\n  query SearchPage($query: String!) {\n    search(query: $query, first: 50) { ...SearchResults_connection }\n  }\n": typeof types.SearchPageDocument,
    "\n  fragment SearchResults_connection on SearchHitConnection {\n    totalCount\n    nodes {\n      rank\n      snippet(highlightStart: \"«\", highlightEnd: \"»\")\n      matchedField\n      node { ...NodeLabel_node }\n    }\n  }\n": typeof types.SearchResults_ConnectionFragmentDoc,
    "\n  fragment HistoryList_changes on ChangeConnection {\n    totalCount\n    nodes {\n      occurredAt\n      actor\n      operation\n      before\n      after\n    }\n  }\n": typeof types.HistoryList_ChangesFragmentDoc,
    "\n  fragment NodeLabel_node on Node {\n    __typename\n    id\n    ... on Agency { name acronym synthetic }\n    ... on Agreement { reference title synthetic }\n    ... on Mission { reference title synthetic }\n    ... on Expert { name synthetic }\n    ... on Country { iso2 name synthetic }\n    ... on Domain { key label synthetic }\n    ... on Person { name synthetic }\n    ... on Source { key title synthetic }\n    ... on PartnerDesignation { programme synthetic }\n  }\n": typeof types.NodeLabel_NodeFragmentDoc,
    "\n  fragment SourceItem_source on Source {\n    id\n    key\n    title\n    publisher\n    url\n    synthetic\n  }\n": typeof types.SourceItem_SourceFragmentDoc,
    "\n  fragment Pager_pageInfo on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n": typeof types.Pager_PageInfoFragmentDoc,
};
const documents: Documents = {
    "\n  fragment AgencyDetail_agency on Agency {\n    id name acronym kind synthetic kboNumber iatiOrgId website existedFrom existedUntil\n    names { name lang validFrom validUntil }\n    country { id iso2 name }\n    predecessors { id name }\n    successors { id name }\n    agreements(first: 50) { totalCount nodes { id reference title synthetic } }\n    experts(first: 50) { totalCount nodes { id name synthetic } }\n  }\n": types.AgencyDetail_AgencyFragmentDoc,
    "\n  query AgencyDetailPage($id: ID!) {\n    node(id: $id) {\n      ... on Agency {\n        ...AgencyDetail_agency\n        sources { ...SourceItem_source }\n        history(first: 20) { ...HistoryList_changes }\n      }\n    }\n  }\n": types.AgencyDetailPageDocument,
    "\n  fragment AgencyRow_agency on Agency { id name acronym kind synthetic kboNumber country { id name } }\n": types.AgencyRow_AgencyFragmentDoc,
    "\n  fragment AgencyTable_connection on AgencyConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...AgencyRow_agency } }\n": types.AgencyTable_ConnectionFragmentDoc,
    "\n  query AgencyListPage($first: Int, $after: String, $last: Int, $before: String, $filter: AgencyFilter, $orderBy: [AgencyOrder!]) {\n    agencies(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...AgencyTable_connection }\n  }\n": types.AgencyListPageDocument,
    "\n  mutation AgreementCreate($input: AgreementCreateInput!) {\n    agreementCreate(input: $input) { agreement { id reference } userErrors { field message code } }\n  }\n": types.AgreementCreateDocument,
    "\n  fragment AgreementDetail_agreement on Agreement {\n    id reference title purpose kind status version synthetic validFrom validUntil\n    signedOn { text }\n    parties { id role synthetic agency { id name } signatory { id name } }\n    countries { id iso2 name }\n    domains { id key label }\n    parent { id reference title }\n  }\n": types.AgreementDetail_AgreementFragmentDoc,
    "\n  query AgreementDetailPage($reference: String!) {\n    agreement(reference: $reference) {\n      ...AgreementDetail_agreement\n      missions(first: 25, orderBy: [{ field: PLANNED_START }]) { ...MissionTable_connection }\n      sources { ...SourceItem_source }\n      history(first: 20) { ...HistoryList_changes }\n    }\n  }\n": types.AgreementDetailPageDocument,
    "\n  query AgreementEditDialog {\n    countries(first: 100, orderBy: [{ field: NAME }]) { nodes { id iso2 name } }\n    domains(first: 100, orderBy: [{ field: LABEL }]) { nodes { id key label } }\n  }\n": types.AgreementEditDialogDocument,
    "\n  query AgreementLatestChange($id: ID!) {\n    node(id: $id) { ... on Agreement { id version history(first: 1) { nodes { actor occurredAt before after } } } }\n  }\n": types.AgreementLatestChangeDocument,
    "\n  mutation AgreementUpdate($input: AgreementUpdateInput!) {\n    agreementUpdate(input: $input) { agreement { id version title validFrom validUntil } userErrors { field message code } }\n  }\n": types.AgreementUpdateDocument,
    "\n  mutation AgreementAttachCountries($input: AgreementLinkInput!) { agreementAttachCountries(input: $input) { userErrors { field message code } } }\n": types.AgreementAttachCountriesDocument,
    "\n  mutation AgreementDetachCountries($input: AgreementLinkInput!) { agreementDetachCountries(input: $input) { userErrors { field message code } } }\n": types.AgreementDetachCountriesDocument,
    "\n  mutation AgreementAttachDomains($input: AgreementLinkInput!) { agreementAttachDomains(input: $input) { userErrors { field message code } } }\n": types.AgreementAttachDomainsDocument,
    "\n  mutation AgreementDetachDomains($input: AgreementLinkInput!) { agreementDetachDomains(input: $input) { userErrors { field message code } } }\n": types.AgreementDetachDomainsDocument,
    "\n  fragment AgreementRow_agreement on Agreement {\n    id reference title kind status synthetic validFrom validUntil\n    signedOn { text }\n    agencies { id name }\n  }\n": types.AgreementRow_AgreementFragmentDoc,
    "\n  fragment AgreementTable_connection on AgreementConnection {\n    totalCount\n    pageInfo { ...Pager_pageInfo }\n    nodes { ...AgreementRow_agreement }\n  }\n": types.AgreementTable_ConnectionFragmentDoc,
    "\n  query AgreementListPage($first: Int, $after: String, $last: Int, $before: String, $filter: AgreementFilter, $orderBy: [AgreementOrder!]) {\n    agreements(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...AgreementTable_connection }\n  }\n": types.AgreementListPageDocument,
    "\n  query AgreementPartyChoices {\n    agencies(first: 100, orderBy: [{ field: NAME }]) { nodes { id name synthetic } }\n  }\n": types.AgreementPartyChoicesDocument,
    "\n  mutation AgreementAddParty($input: AgreementAddPartyInput!) {\n    agreementAddParty(input: $input) { party { id } userErrors { field message code } }\n  }\n": types.AgreementAddPartyDocument,
    "\n  mutation AgreementRemoveParty($input: AgreementRemovePartyInput!) {\n    agreementRemoveParty(input: $input) { party { id } userErrors { field message code } }\n  }\n": types.AgreementRemovePartyDocument,
    "\n  mutation AgreementSign($input: AgreementSignInput!) {\n    agreementSign(input: $input) { agreement { id status version signedOn { text } } userErrors { field message code } }\n  }\n": types.AgreementSignDocument,
    "\n  mutation ViewerUpdatePassword($input: ViewerUpdatePasswordInput!) {\n    viewerUpdatePassword(input: $input) { changed userErrors { field message code } }\n  }\n": types.ViewerUpdatePasswordDocument,
    "\n  fragment AdminUser_user on User { id login role createdAt lastLoginAt lockedUntil }\n": types.AdminUser_UserFragmentDoc,
    "\n  fragment AdminToken_token on ApiToken { id name role createdAt createdBy expiresAt lastUsedAt revokedAt }\n": types.AdminToken_TokenFragmentDoc,
    "\n  query AdminPage {\n    users { ...AdminUser_user }\n    apiTokens { ...AdminToken_token }\n  }\n": types.AdminPageDocument,
    "\n  mutation UserCreate($input: UserCreateInput!) { userCreate(input: $input) { ...AdminUser_user } }\n": types.UserCreateDocument,
    "\n  mutation ApiTokenCreate($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { secret token { ...AdminToken_token } } }\n": types.ApiTokenCreateDocument,
    "\n  mutation ApiTokenRevoke($id: ID!) { apiTokenRevoke(id: $id) { ...AdminToken_token } }\n": types.ApiTokenRevokeDocument,
    "\n  fragment ViewerFields on Viewer {\n    authenticated\n    kind\n    name\n    role\n    permissions { write manageAccess readPersonalData }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer { ...ViewerFields }\n  }\n": types.ViewerDocument,
    "\n  fragment CountryDetail_country on Country {\n    id iso2 iso3 isoNumeric name isPartner synthetic\n    partnerDesignations { id programme validFrom validUntil }\n    agreements(first: 25) { totalCount nodes { id reference title synthetic } }\n  }\n": types.CountryDetail_CountryFragmentDoc,
    "\n  query CountryDetailPage($code: String!) {\n    country(code: $code) {\n      ...CountryDetail_country\n      missions(first: 25, orderBy: [{ field: PLANNED_START, direction: DESC }]) { ...MissionTable_connection }\n      sources { ...SourceItem_source }\n      history(first: 20) { ...HistoryList_changes }\n    }\n  }\n": types.CountryDetailPageDocument,
    "\n  fragment CountryRow_country on Country { id iso2 iso3 name isPartner synthetic missions(first: 1) { totalCount } }\n": types.CountryRow_CountryFragmentDoc,
    "\n  fragment CountryTable_connection on CountryConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...CountryRow_country } }\n": types.CountryTable_ConnectionFragmentDoc,
    "\n  query CountryListPage($first: Int, $after: String, $last: Int, $before: String, $filter: CountryFilter, $orderBy: [CountryOrder!]) {\n    countries(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...CountryTable_connection }\n  }\n": types.CountryListPageDocument,
    "\n  fragment DomainDetail_domain on Domain {\n    id key label dacCodes synthetic\n    parent { id key label }\n    children { id key label }\n    agreements(first: 25) { totalCount nodes { id reference title synthetic } }\n    experts(first: 25) { totalCount nodes { id name synthetic } }\n  }\n": types.DomainDetail_DomainFragmentDoc,
    "\n  query DomainDetailPage($key: String!) {\n    domain(key: $key) {\n      ...DomainDetail_domain\n      missions(first: 25) { ...MissionTable_connection }\n      sources { ...SourceItem_source }\n      history(first: 20) { ...HistoryList_changes }\n    }\n  }\n": types.DomainDetailPageDocument,
    "\n  fragment DomainRow_domain on Domain { id key label dacCodes synthetic parent { id key label } }\n": types.DomainRow_DomainFragmentDoc,
    "\n  fragment DomainTable_connection on DomainConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...DomainRow_domain } }\n": types.DomainTable_ConnectionFragmentDoc,
    "\n  query DomainListPage($first: Int, $after: String, $last: Int, $before: String, $filter: DomainFilter, $orderBy: [DomainOrder!]) {\n    domains(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...DomainTable_connection }\n  }\n": types.DomainListPageDocument,
    "\n  fragment ExpertDetail_expert on Expert {\n    id name summary languages synthetic\n    employer { id name }\n    domains { id key label }\n  }\n": types.ExpertDetail_ExpertFragmentDoc,
    "\n  query ExpertDetailPage($id: ID!) {\n    node(id: $id) {\n      ... on Expert {\n        ...ExpertDetail_expert\n        ...ExpertTimeline_expert\n        missions(first: 25, orderBy: [{ field: PLANNED_START, direction: DESC }]) { ...MissionTable_connection }\n        sources { ...SourceItem_source }\n        history(first: 20) { ...HistoryList_changes }\n      }\n    }\n  }\n": types.ExpertDetailPageDocument,
    "\n  fragment ExpertRow_expert on Expert { id name languages synthetic employer { id name } domains { id label } }\n": types.ExpertRow_ExpertFragmentDoc,
    "\n  fragment ExpertTable_connection on ExpertConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...ExpertRow_expert } }\n": types.ExpertTable_ConnectionFragmentDoc,
    "\n  query ExpertListPage($first: Int, $after: String, $last: Int, $before: String, $filter: ExpertFilter, $orderBy: [ExpertOrder!]) {\n    experts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...ExpertTable_connection }\n  }\n": types.ExpertListPageDocument,
    "\n  fragment ExpertTimeline_expert on Expert {\n    availability(first: 100, orderBy: [{ field: STARTS_ON }]) { nodes { id startsOn endsOn status note } }\n    timelineMissions: missions(first: 100, orderBy: [{ field: PLANNED_START }]) {\n      nodes { id reference title status plannedStart { earliest text } plannedEnd { latest text } }\n    }\n  }\n": types.ExpertTimeline_ExpertFragmentDoc,
    "\n  query MapPage {\n    missionStats(groupBy: [COUNTRY]) { ...CountryCounts_missionGroup }\n    agreementStats(groupBy: [COUNTRY]) { ...CountryCounts_agreementGroup }\n  }\n": types.MapPageDocument,
    "\n  fragment CountryCounts_missionGroup on MissionGroup {\n    count\n    country { id iso2 isoNumeric name }\n  }\n": types.CountryCounts_MissionGroupFragmentDoc,
    "\n  fragment CountryCounts_agreementGroup on AgreementGroup {\n    count\n    country { id iso2 isoNumeric name }\n  }\n": types.CountryCounts_AgreementGroupFragmentDoc,
    "\n  fragment ExpertSuggestion_suggestion on ExpertSuggestion {\n    score\n    fit\n    domainMatch\n    sharedLanguages\n    matchedDomains { id label }\n    conflicts { code message certain }\n    expert { id name languages synthetic employer { id name } domains { id label } }\n  }\n": types.ExpertSuggestion_SuggestionFragmentDoc,
    "\n  query AssignExpertDialog($missionId: ID!, $languages: [String!], $byName: Boolean!, $name: String!, $exclude: [ID!]!) {\n    mission: node(id: $missionId) {\n      ... on Mission {\n        id\n        expertSuggestions(first: 15, languages: $languages) @skip(if: $byName) { ...ExpertSuggestion_suggestion }\n      }\n    }\n    byName: experts(first: 15, filter: { name: { contains: $name }, id: { notIn: $exclude } }, orderBy: [{ field: NAME }]) @include(if: $byName) {\n      totalCount\n      nodes { id name languages synthetic employer { id name } domains { id label } }\n    }\n  }\n": types.AssignExpertDialogDocument,
    "\n  query MissionLatestChange($reference: String!) {\n    mission(reference: $reference) {\n      id\n      version\n      status\n      history(first: 1) { nodes { actor occurredAt before after } }\n    }\n  }\n": types.MissionLatestChangeDocument,
    "\n  query MissionDetailPage($reference: String!) {\n    mission(reference: $reference) {\n      ...MissionDetail_mission\n      sources { ...SourceItem_source }\n      history(first: 20) { ...HistoryList_changes }\n    }\n  }\n": types.MissionDetailPageDocument,
    "\n  query MissionListPage($first: Int, $after: String, $last: Int, $before: String, $filter: MissionFilter, $orderBy: [MissionOrder!]) {\n    missions(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      ...MissionTable_connection\n    }\n  }\n": types.MissionListPageDocument,
    "\n  fragment PlanChoices_agreement on Agreement { id reference title synthetic countries { id iso2 name } domains { id key label } }\n": types.PlanChoices_AgreementFragmentDoc,
    "\n  fragment PlanChoices_domain on Domain { id key label }\n": types.PlanChoices_DomainFragmentDoc,
    "\n  query MissionPlanPage {\n    agreements(first: 100, filter: { status: { in: [SIGNED, DRAFT] } }, orderBy: [{ field: REFERENCE }]) {\n      nodes { ...PlanChoices_agreement }\n    }\n    domains(first: 100, orderBy: [{ field: LABEL }]) { nodes { ...PlanChoices_domain } }\n  }\n": types.MissionPlanPageDocument,
    "\n  mutation MissionCreate($input: MissionCreateInput!) {\n    missionCreate(input: $input) {\n      mission { id reference version status }\n      userErrors { field message code }\n      warnings { field message code }\n    }\n  }\n": types.MissionCreateDocument,
    "\n  mutation MissionPlanAfterCreate($input: MissionPlanInput!) {\n    missionPlan(input: $input) { mission { id reference status version } userErrors { field message code } warnings { field message code } }\n  }\n": types.MissionPlanAfterCreateDocument,
    "\n  fragment MissionRow_mission on Mission {\n    id\n    reference\n    title\n    status\n    kind\n    synthetic\n    country { id iso2 name }\n    plannedStart { text }\n    plannedEnd { text }\n  }\n": types.MissionRow_MissionFragmentDoc,
    "\n  fragment MissionTable_connection on MissionConnection {\n    totalCount\n    pageInfo { ...Pager_pageInfo }\n    nodes { ...MissionRow_mission }\n  }\n": types.MissionTable_ConnectionFragmentDoc,
    "\n  fragment MissionDetail_mission on Mission {\n    id\n    reference\n    title\n    status\n    kind\n    version\n    synthetic\n    beneficiary\n    objectives\n    plannedStart { text earliest latest precision }\n    plannedEnd { text earliest latest precision }\n    actualStart { text }\n    actualEnd { text }\n    country { id iso2 isoNumeric name synthetic }\n    agreement { id reference title validFrom validUntil synthetic }\n    domains { id key label synthetic parent { key } }\n    assignments { ...AssignmentItem_assignment }\n  }\n": types.MissionDetail_MissionFragmentDoc,
    "\n  fragment AssignmentItem_assignment on Assignment {\n    id\n    role\n    days\n    version\n    synthetic\n    acceptedConflicts\n    expert { id name languages synthetic employer { id name } }\n  }\n": types.AssignmentItem_AssignmentFragmentDoc,
    "\n  mutation MissionPlan($input: MissionPlanInput!) {\n    missionPlan(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n": types.MissionPlanDocument,
    "\n  mutation MissionConfirm($input: MissionTransitionInput!) {\n    missionConfirm(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n": types.MissionConfirmDocument,
    "\n  mutation MissionStart($input: MissionStartInput!) {\n    missionStart(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n": types.MissionStartDocument,
    "\n  mutation MissionComplete($input: MissionCompleteInput!) {\n    missionComplete(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n": types.MissionCompleteDocument,
    "\n  mutation MissionCancel($input: MissionTransitionInput!) {\n    missionCancel(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n": types.MissionCancelDocument,
    "\n  mutation MissionAssignExpert($input: MissionAssignExpertInput!) {\n    missionAssignExpert(input: $input) {\n      assignment { id mission { ...MissionDetail_mission } }\n      userErrors { field message code }\n      warnings { field message code }\n    }\n  }\n": types.MissionAssignExpertDocument,
    "\n  mutation MissionUnassignExpert($input: MissionUnassignExpertInput!) {\n    missionUnassignExpert(input: $input) {\n      assignment { id mission { ...MissionDetail_mission } }\n      userErrors { field message code }\n      warnings { field message code }\n    }\n  }\n": types.MissionUnassignExpertDocument,
    "\n  fragment NetworkGraph_neighborhood on Neighborhood {\n    truncated\n    nodes { ...NodeLabel_node }\n    edges { kind from { id } to { id } }\n  }\n": types.NetworkGraph_NeighborhoodFragmentDoc,
    "\n  query NetworkPage($id: ID!) {\n    neighborhood(id: $id, depth: 1, limit: 60) { ...NetworkGraph_neighborhood }\n  }\n": types.NetworkPageDocument,
    "\n  fragment NodeSummary_node on Node {\n    ... on Person { givenName familyName affiliations { id position organisation: agency { id name } } expertProfile { id name } }\n    ... on Source { publisher url excerpt kind publishedOn { text } }\n    ... on PartnerDesignation { validFrom validUntil country { id iso2 name } }\n  }\n": types.NodeSummary_NodeFragmentDoc,
    "\n  query NodePage($id: ID!) {\n    node(id: $id) {\n      ...NodeLabel_node\n      ...NodeSummary_node\n      ... on Person { sources { ...SourceItem_source } history(first: 20) { ...HistoryList_changes } }\n      ... on Source { history(first: 20) { ...HistoryList_changes } }\n      ... on PartnerDesignation { sources { ...SourceItem_source } history(first: 20) { ...HistoryList_changes } }\n    }\n  }\n": types.NodePageDocument,
    "\n  fragment KeyFigure_missions on MissionConnection { totalCount }\n": types.KeyFigure_MissionsFragmentDoc,
    "\n  fragment KeyFigure_agreements on AgreementConnection { totalCount }\n": types.KeyFigure_AgreementsFragmentDoc,
    "\n  fragment KeyFigure_experts on ExpertConnection { totalCount }\n": types.KeyFigure_ExpertsFragmentDoc,
    "\n  fragment KeyFigure_agencies on AgencyConnection { totalCount }\n": types.KeyFigure_AgenciesFragmentDoc,
    "\n  fragment YearChart_missionGroup on MissionGroup { year count }\n": types.YearChart_MissionGroupFragmentDoc,
    "\n  fragment DomainChart_agreementGroup on AgreementGroup { count domain { id key label } }\n": types.DomainChart_AgreementGroupFragmentDoc,
    "\n  query OverviewPage {\n    missions(first: 1) { ...KeyFigure_missions }\n    syntheticMissions: missions(first: 1, filter: { synthetic: true }) { ...KeyFigure_missions }\n    syntheticExperts: experts(first: 1, filter: { synthetic: true }) { ...KeyFigure_experts }\n    agreements(first: 1) { ...KeyFigure_agreements }\n    experts(first: 1) { ...KeyFigure_experts }\n    agencies(first: 1) { ...KeyFigure_agencies }\n    perYear: missionStats(groupBy: [YEAR]) { ...YearChart_missionGroup }\n    perDomain: agreementStats(groupBy: [DOMAIN]) { ...DomainChart_agreementGroup }\n    perCountry: missionStats(groupBy: [COUNTRY]) { ...CountryCounts_missionGroup }\n  }\n": types.OverviewPageDocument,
    "\n  query SearchBox($query: String!) {\n    search(query: $query, first: 8) { ...SearchResults_connection }\n  }\n": types.SearchBoxDocument,
    "\n  query SearchPage($query: String!) {\n    search(query: $query, first: 50) { ...SearchResults_connection }\n  }\n": types.SearchPageDocument,
    "\n  fragment SearchResults_connection on SearchHitConnection {\n    totalCount\n    nodes {\n      rank\n      snippet(highlightStart: \"«\", highlightEnd: \"»\")\n      matchedField\n      node { ...NodeLabel_node }\n    }\n  }\n": types.SearchResults_ConnectionFragmentDoc,
    "\n  fragment HistoryList_changes on ChangeConnection {\n    totalCount\n    nodes {\n      occurredAt\n      actor\n      operation\n      before\n      after\n    }\n  }\n": types.HistoryList_ChangesFragmentDoc,
    "\n  fragment NodeLabel_node on Node {\n    __typename\n    id\n    ... on Agency { name acronym synthetic }\n    ... on Agreement { reference title synthetic }\n    ... on Mission { reference title synthetic }\n    ... on Expert { name synthetic }\n    ... on Country { iso2 name synthetic }\n    ... on Domain { key label synthetic }\n    ... on Person { name synthetic }\n    ... on Source { key title synthetic }\n    ... on PartnerDesignation { programme synthetic }\n  }\n": types.NodeLabel_NodeFragmentDoc,
    "\n  fragment SourceItem_source on Source {\n    id\n    key\n    title\n    publisher\n    url\n    synthetic\n  }\n": types.SourceItem_SourceFragmentDoc,
    "\n  fragment Pager_pageInfo on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n": types.Pager_PageInfoFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyDetail_agency on Agency {\n    id name acronym kind synthetic kboNumber iatiOrgId website existedFrom existedUntil\n    names { name lang validFrom validUntil }\n    country { id iso2 name }\n    predecessors { id name }\n    successors { id name }\n    agreements(first: 50) { totalCount nodes { id reference title synthetic } }\n    experts(first: 50) { totalCount nodes { id name synthetic } }\n  }\n"): (typeof documents)["\n  fragment AgencyDetail_agency on Agency {\n    id name acronym kind synthetic kboNumber iatiOrgId website existedFrom existedUntil\n    names { name lang validFrom validUntil }\n    country { id iso2 name }\n    predecessors { id name }\n    successors { id name }\n    agreements(first: 50) { totalCount nodes { id reference title synthetic } }\n    experts(first: 50) { totalCount nodes { id name synthetic } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyDetailPage($id: ID!) {\n    node(id: $id) {\n      ... on Agency {\n        ...AgencyDetail_agency\n        sources { ...SourceItem_source }\n        history(first: 20) { ...HistoryList_changes }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyDetailPage($id: ID!) {\n    node(id: $id) {\n      ... on Agency {\n        ...AgencyDetail_agency\n        sources { ...SourceItem_source }\n        history(first: 20) { ...HistoryList_changes }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyRow_agency on Agency { id name acronym kind synthetic kboNumber country { id name } }\n"): (typeof documents)["\n  fragment AgencyRow_agency on Agency { id name acronym kind synthetic kboNumber country { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencyTable_connection on AgencyConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...AgencyRow_agency } }\n"): (typeof documents)["\n  fragment AgencyTable_connection on AgencyConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...AgencyRow_agency } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyListPage($first: Int, $after: String, $last: Int, $before: String, $filter: AgencyFilter, $orderBy: [AgencyOrder!]) {\n    agencies(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...AgencyTable_connection }\n  }\n"): (typeof documents)["\n  query AgencyListPage($first: Int, $after: String, $last: Int, $before: String, $filter: AgencyFilter, $orderBy: [AgencyOrder!]) {\n    agencies(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...AgencyTable_connection }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementCreate($input: AgreementCreateInput!) {\n    agreementCreate(input: $input) { agreement { id reference } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation AgreementCreate($input: AgreementCreateInput!) {\n    agreementCreate(input: $input) { agreement { id reference } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementDetail_agreement on Agreement {\n    id reference title purpose kind status version synthetic validFrom validUntil\n    signedOn { text }\n    parties { id role synthetic agency { id name } signatory { id name } }\n    countries { id iso2 name }\n    domains { id key label }\n    parent { id reference title }\n  }\n"): (typeof documents)["\n  fragment AgreementDetail_agreement on Agreement {\n    id reference title purpose kind status version synthetic validFrom validUntil\n    signedOn { text }\n    parties { id role synthetic agency { id name } signatory { id name } }\n    countries { id iso2 name }\n    domains { id key label }\n    parent { id reference title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementDetailPage($reference: String!) {\n    agreement(reference: $reference) {\n      ...AgreementDetail_agreement\n      missions(first: 25, orderBy: [{ field: PLANNED_START }]) { ...MissionTable_connection }\n      sources { ...SourceItem_source }\n      history(first: 20) { ...HistoryList_changes }\n    }\n  }\n"): (typeof documents)["\n  query AgreementDetailPage($reference: String!) {\n    agreement(reference: $reference) {\n      ...AgreementDetail_agreement\n      missions(first: 25, orderBy: [{ field: PLANNED_START }]) { ...MissionTable_connection }\n      sources { ...SourceItem_source }\n      history(first: 20) { ...HistoryList_changes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementEditDialog {\n    countries(first: 100, orderBy: [{ field: NAME }]) { nodes { id iso2 name } }\n    domains(first: 100, orderBy: [{ field: LABEL }]) { nodes { id key label } }\n  }\n"): (typeof documents)["\n  query AgreementEditDialog {\n    countries(first: 100, orderBy: [{ field: NAME }]) { nodes { id iso2 name } }\n    domains(first: 100, orderBy: [{ field: LABEL }]) { nodes { id key label } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementLatestChange($id: ID!) {\n    node(id: $id) { ... on Agreement { id version history(first: 1) { nodes { actor occurredAt before after } } } }\n  }\n"): (typeof documents)["\n  query AgreementLatestChange($id: ID!) {\n    node(id: $id) { ... on Agreement { id version history(first: 1) { nodes { actor occurredAt before after } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementUpdate($input: AgreementUpdateInput!) {\n    agreementUpdate(input: $input) { agreement { id version title validFrom validUntil } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation AgreementUpdate($input: AgreementUpdateInput!) {\n    agreementUpdate(input: $input) { agreement { id version title validFrom validUntil } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementAttachCountries($input: AgreementLinkInput!) { agreementAttachCountries(input: $input) { userErrors { field message code } } }\n"): (typeof documents)["\n  mutation AgreementAttachCountries($input: AgreementLinkInput!) { agreementAttachCountries(input: $input) { userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementDetachCountries($input: AgreementLinkInput!) { agreementDetachCountries(input: $input) { userErrors { field message code } } }\n"): (typeof documents)["\n  mutation AgreementDetachCountries($input: AgreementLinkInput!) { agreementDetachCountries(input: $input) { userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementAttachDomains($input: AgreementLinkInput!) { agreementAttachDomains(input: $input) { userErrors { field message code } } }\n"): (typeof documents)["\n  mutation AgreementAttachDomains($input: AgreementLinkInput!) { agreementAttachDomains(input: $input) { userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementDetachDomains($input: AgreementLinkInput!) { agreementDetachDomains(input: $input) { userErrors { field message code } } }\n"): (typeof documents)["\n  mutation AgreementDetachDomains($input: AgreementLinkInput!) { agreementDetachDomains(input: $input) { userErrors { field message code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementRow_agreement on Agreement {\n    id reference title kind status synthetic validFrom validUntil\n    signedOn { text }\n    agencies { id name }\n  }\n"): (typeof documents)["\n  fragment AgreementRow_agreement on Agreement {\n    id reference title kind status synthetic validFrom validUntil\n    signedOn { text }\n    agencies { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgreementTable_connection on AgreementConnection {\n    totalCount\n    pageInfo { ...Pager_pageInfo }\n    nodes { ...AgreementRow_agreement }\n  }\n"): (typeof documents)["\n  fragment AgreementTable_connection on AgreementConnection {\n    totalCount\n    pageInfo { ...Pager_pageInfo }\n    nodes { ...AgreementRow_agreement }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementListPage($first: Int, $after: String, $last: Int, $before: String, $filter: AgreementFilter, $orderBy: [AgreementOrder!]) {\n    agreements(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...AgreementTable_connection }\n  }\n"): (typeof documents)["\n  query AgreementListPage($first: Int, $after: String, $last: Int, $before: String, $filter: AgreementFilter, $orderBy: [AgreementOrder!]) {\n    agreements(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...AgreementTable_connection }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementPartyChoices {\n    agencies(first: 100, orderBy: [{ field: NAME }]) { nodes { id name synthetic } }\n  }\n"): (typeof documents)["\n  query AgreementPartyChoices {\n    agencies(first: 100, orderBy: [{ field: NAME }]) { nodes { id name synthetic } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementAddParty($input: AgreementAddPartyInput!) {\n    agreementAddParty(input: $input) { party { id } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation AgreementAddParty($input: AgreementAddPartyInput!) {\n    agreementAddParty(input: $input) { party { id } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementRemoveParty($input: AgreementRemovePartyInput!) {\n    agreementRemoveParty(input: $input) { party { id } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation AgreementRemoveParty($input: AgreementRemovePartyInput!) {\n    agreementRemoveParty(input: $input) { party { id } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgreementSign($input: AgreementSignInput!) {\n    agreementSign(input: $input) { agreement { id status version signedOn { text } } userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation AgreementSign($input: AgreementSignInput!) {\n    agreementSign(input: $input) { agreement { id status version signedOn { text } } userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerUpdatePassword($input: ViewerUpdatePasswordInput!) {\n    viewerUpdatePassword(input: $input) { changed userErrors { field message code } }\n  }\n"): (typeof documents)["\n  mutation ViewerUpdatePassword($input: ViewerUpdatePasswordInput!) {\n    viewerUpdatePassword(input: $input) { changed userErrors { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUser_user on User { id login role createdAt lastLoginAt lockedUntil }\n"): (typeof documents)["\n  fragment AdminUser_user on User { id login role createdAt lastLoginAt lockedUntil }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminToken_token on ApiToken { id name role createdAt createdBy expiresAt lastUsedAt revokedAt }\n"): (typeof documents)["\n  fragment AdminToken_token on ApiToken { id name role createdAt createdBy expiresAt lastUsedAt revokedAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPage {\n    users { ...AdminUser_user }\n    apiTokens { ...AdminToken_token }\n  }\n"): (typeof documents)["\n  query AdminPage {\n    users { ...AdminUser_user }\n    apiTokens { ...AdminToken_token }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserCreate($input: UserCreateInput!) { userCreate(input: $input) { ...AdminUser_user } }\n"): (typeof documents)["\n  mutation UserCreate($input: UserCreateInput!) { userCreate(input: $input) { ...AdminUser_user } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokenCreate($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { secret token { ...AdminToken_token } } }\n"): (typeof documents)["\n  mutation ApiTokenCreate($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { secret token { ...AdminToken_token } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiTokenRevoke($id: ID!) { apiTokenRevoke(id: $id) { ...AdminToken_token } }\n"): (typeof documents)["\n  mutation ApiTokenRevoke($id: ID!) { apiTokenRevoke(id: $id) { ...AdminToken_token } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    authenticated\n    kind\n    name\n    role\n    permissions { write manageAccess readPersonalData }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    authenticated\n    kind\n    name\n    role\n    permissions { write manageAccess readPersonalData }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { ...ViewerFields }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer { ...ViewerFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CountryDetail_country on Country {\n    id iso2 iso3 isoNumeric name isPartner synthetic\n    partnerDesignations { id programme validFrom validUntil }\n    agreements(first: 25) { totalCount nodes { id reference title synthetic } }\n  }\n"): (typeof documents)["\n  fragment CountryDetail_country on Country {\n    id iso2 iso3 isoNumeric name isPartner synthetic\n    partnerDesignations { id programme validFrom validUntil }\n    agreements(first: 25) { totalCount nodes { id reference title synthetic } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountryDetailPage($code: String!) {\n    country(code: $code) {\n      ...CountryDetail_country\n      missions(first: 25, orderBy: [{ field: PLANNED_START, direction: DESC }]) { ...MissionTable_connection }\n      sources { ...SourceItem_source }\n      history(first: 20) { ...HistoryList_changes }\n    }\n  }\n"): (typeof documents)["\n  query CountryDetailPage($code: String!) {\n    country(code: $code) {\n      ...CountryDetail_country\n      missions(first: 25, orderBy: [{ field: PLANNED_START, direction: DESC }]) { ...MissionTable_connection }\n      sources { ...SourceItem_source }\n      history(first: 20) { ...HistoryList_changes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CountryRow_country on Country { id iso2 iso3 name isPartner synthetic missions(first: 1) { totalCount } }\n"): (typeof documents)["\n  fragment CountryRow_country on Country { id iso2 iso3 name isPartner synthetic missions(first: 1) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CountryTable_connection on CountryConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...CountryRow_country } }\n"): (typeof documents)["\n  fragment CountryTable_connection on CountryConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...CountryRow_country } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountryListPage($first: Int, $after: String, $last: Int, $before: String, $filter: CountryFilter, $orderBy: [CountryOrder!]) {\n    countries(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...CountryTable_connection }\n  }\n"): (typeof documents)["\n  query CountryListPage($first: Int, $after: String, $last: Int, $before: String, $filter: CountryFilter, $orderBy: [CountryOrder!]) {\n    countries(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...CountryTable_connection }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DomainDetail_domain on Domain {\n    id key label dacCodes synthetic\n    parent { id key label }\n    children { id key label }\n    agreements(first: 25) { totalCount nodes { id reference title synthetic } }\n    experts(first: 25) { totalCount nodes { id name synthetic } }\n  }\n"): (typeof documents)["\n  fragment DomainDetail_domain on Domain {\n    id key label dacCodes synthetic\n    parent { id key label }\n    children { id key label }\n    agreements(first: 25) { totalCount nodes { id reference title synthetic } }\n    experts(first: 25) { totalCount nodes { id name synthetic } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DomainDetailPage($key: String!) {\n    domain(key: $key) {\n      ...DomainDetail_domain\n      missions(first: 25) { ...MissionTable_connection }\n      sources { ...SourceItem_source }\n      history(first: 20) { ...HistoryList_changes }\n    }\n  }\n"): (typeof documents)["\n  query DomainDetailPage($key: String!) {\n    domain(key: $key) {\n      ...DomainDetail_domain\n      missions(first: 25) { ...MissionTable_connection }\n      sources { ...SourceItem_source }\n      history(first: 20) { ...HistoryList_changes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DomainRow_domain on Domain { id key label dacCodes synthetic parent { id key label } }\n"): (typeof documents)["\n  fragment DomainRow_domain on Domain { id key label dacCodes synthetic parent { id key label } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DomainTable_connection on DomainConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...DomainRow_domain } }\n"): (typeof documents)["\n  fragment DomainTable_connection on DomainConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...DomainRow_domain } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DomainListPage($first: Int, $after: String, $last: Int, $before: String, $filter: DomainFilter, $orderBy: [DomainOrder!]) {\n    domains(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...DomainTable_connection }\n  }\n"): (typeof documents)["\n  query DomainListPage($first: Int, $after: String, $last: Int, $before: String, $filter: DomainFilter, $orderBy: [DomainOrder!]) {\n    domains(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...DomainTable_connection }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpertDetail_expert on Expert {\n    id name summary languages synthetic\n    employer { id name }\n    domains { id key label }\n  }\n"): (typeof documents)["\n  fragment ExpertDetail_expert on Expert {\n    id name summary languages synthetic\n    employer { id name }\n    domains { id key label }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertDetailPage($id: ID!) {\n    node(id: $id) {\n      ... on Expert {\n        ...ExpertDetail_expert\n        ...ExpertTimeline_expert\n        missions(first: 25, orderBy: [{ field: PLANNED_START, direction: DESC }]) { ...MissionTable_connection }\n        sources { ...SourceItem_source }\n        history(first: 20) { ...HistoryList_changes }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExpertDetailPage($id: ID!) {\n    node(id: $id) {\n      ... on Expert {\n        ...ExpertDetail_expert\n        ...ExpertTimeline_expert\n        missions(first: 25, orderBy: [{ field: PLANNED_START, direction: DESC }]) { ...MissionTable_connection }\n        sources { ...SourceItem_source }\n        history(first: 20) { ...HistoryList_changes }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpertRow_expert on Expert { id name languages synthetic employer { id name } domains { id label } }\n"): (typeof documents)["\n  fragment ExpertRow_expert on Expert { id name languages synthetic employer { id name } domains { id label } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpertTable_connection on ExpertConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...ExpertRow_expert } }\n"): (typeof documents)["\n  fragment ExpertTable_connection on ExpertConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...ExpertRow_expert } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertListPage($first: Int, $after: String, $last: Int, $before: String, $filter: ExpertFilter, $orderBy: [ExpertOrder!]) {\n    experts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...ExpertTable_connection }\n  }\n"): (typeof documents)["\n  query ExpertListPage($first: Int, $after: String, $last: Int, $before: String, $filter: ExpertFilter, $orderBy: [ExpertOrder!]) {\n    experts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...ExpertTable_connection }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpertTimeline_expert on Expert {\n    availability(first: 100, orderBy: [{ field: STARTS_ON }]) { nodes { id startsOn endsOn status note } }\n    timelineMissions: missions(first: 100, orderBy: [{ field: PLANNED_START }]) {\n      nodes { id reference title status plannedStart { earliest text } plannedEnd { latest text } }\n    }\n  }\n"): (typeof documents)["\n  fragment ExpertTimeline_expert on Expert {\n    availability(first: 100, orderBy: [{ field: STARTS_ON }]) { nodes { id startsOn endsOn status note } }\n    timelineMissions: missions(first: 100, orderBy: [{ field: PLANNED_START }]) {\n      nodes { id reference title status plannedStart { earliest text } plannedEnd { latest text } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapPage {\n    missionStats(groupBy: [COUNTRY]) { ...CountryCounts_missionGroup }\n    agreementStats(groupBy: [COUNTRY]) { ...CountryCounts_agreementGroup }\n  }\n"): (typeof documents)["\n  query MapPage {\n    missionStats(groupBy: [COUNTRY]) { ...CountryCounts_missionGroup }\n    agreementStats(groupBy: [COUNTRY]) { ...CountryCounts_agreementGroup }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CountryCounts_missionGroup on MissionGroup {\n    count\n    country { id iso2 isoNumeric name }\n  }\n"): (typeof documents)["\n  fragment CountryCounts_missionGroup on MissionGroup {\n    count\n    country { id iso2 isoNumeric name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CountryCounts_agreementGroup on AgreementGroup {\n    count\n    country { id iso2 isoNumeric name }\n  }\n"): (typeof documents)["\n  fragment CountryCounts_agreementGroup on AgreementGroup {\n    count\n    country { id iso2 isoNumeric name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExpertSuggestion_suggestion on ExpertSuggestion {\n    score\n    fit\n    domainMatch\n    sharedLanguages\n    matchedDomains { id label }\n    conflicts { code message certain }\n    expert { id name languages synthetic employer { id name } domains { id label } }\n  }\n"): (typeof documents)["\n  fragment ExpertSuggestion_suggestion on ExpertSuggestion {\n    score\n    fit\n    domainMatch\n    sharedLanguages\n    matchedDomains { id label }\n    conflicts { code message certain }\n    expert { id name languages synthetic employer { id name } domains { id label } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignExpertDialog($missionId: ID!, $languages: [String!], $byName: Boolean!, $name: String!, $exclude: [ID!]!) {\n    mission: node(id: $missionId) {\n      ... on Mission {\n        id\n        expertSuggestions(first: 15, languages: $languages) @skip(if: $byName) { ...ExpertSuggestion_suggestion }\n      }\n    }\n    byName: experts(first: 15, filter: { name: { contains: $name }, id: { notIn: $exclude } }, orderBy: [{ field: NAME }]) @include(if: $byName) {\n      totalCount\n      nodes { id name languages synthetic employer { id name } domains { id label } }\n    }\n  }\n"): (typeof documents)["\n  query AssignExpertDialog($missionId: ID!, $languages: [String!], $byName: Boolean!, $name: String!, $exclude: [ID!]!) {\n    mission: node(id: $missionId) {\n      ... on Mission {\n        id\n        expertSuggestions(first: 15, languages: $languages) @skip(if: $byName) { ...ExpertSuggestion_suggestion }\n      }\n    }\n    byName: experts(first: 15, filter: { name: { contains: $name }, id: { notIn: $exclude } }, orderBy: [{ field: NAME }]) @include(if: $byName) {\n      totalCount\n      nodes { id name languages synthetic employer { id name } domains { id label } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionLatestChange($reference: String!) {\n    mission(reference: $reference) {\n      id\n      version\n      status\n      history(first: 1) { nodes { actor occurredAt before after } }\n    }\n  }\n"): (typeof documents)["\n  query MissionLatestChange($reference: String!) {\n    mission(reference: $reference) {\n      id\n      version\n      status\n      history(first: 1) { nodes { actor occurredAt before after } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionDetailPage($reference: String!) {\n    mission(reference: $reference) {\n      ...MissionDetail_mission\n      sources { ...SourceItem_source }\n      history(first: 20) { ...HistoryList_changes }\n    }\n  }\n"): (typeof documents)["\n  query MissionDetailPage($reference: String!) {\n    mission(reference: $reference) {\n      ...MissionDetail_mission\n      sources { ...SourceItem_source }\n      history(first: 20) { ...HistoryList_changes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionListPage($first: Int, $after: String, $last: Int, $before: String, $filter: MissionFilter, $orderBy: [MissionOrder!]) {\n    missions(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      ...MissionTable_connection\n    }\n  }\n"): (typeof documents)["\n  query MissionListPage($first: Int, $after: String, $last: Int, $before: String, $filter: MissionFilter, $orderBy: [MissionOrder!]) {\n    missions(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {\n      ...MissionTable_connection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanChoices_agreement on Agreement { id reference title synthetic countries { id iso2 name } domains { id key label } }\n"): (typeof documents)["\n  fragment PlanChoices_agreement on Agreement { id reference title synthetic countries { id iso2 name } domains { id key label } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanChoices_domain on Domain { id key label }\n"): (typeof documents)["\n  fragment PlanChoices_domain on Domain { id key label }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionPlanPage {\n    agreements(first: 100, filter: { status: { in: [SIGNED, DRAFT] } }, orderBy: [{ field: REFERENCE }]) {\n      nodes { ...PlanChoices_agreement }\n    }\n    domains(first: 100, orderBy: [{ field: LABEL }]) { nodes { ...PlanChoices_domain } }\n  }\n"): (typeof documents)["\n  query MissionPlanPage {\n    agreements(first: 100, filter: { status: { in: [SIGNED, DRAFT] } }, orderBy: [{ field: REFERENCE }]) {\n      nodes { ...PlanChoices_agreement }\n    }\n    domains(first: 100, orderBy: [{ field: LABEL }]) { nodes { ...PlanChoices_domain } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MissionCreate($input: MissionCreateInput!) {\n    missionCreate(input: $input) {\n      mission { id reference version status }\n      userErrors { field message code }\n      warnings { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation MissionCreate($input: MissionCreateInput!) {\n    missionCreate(input: $input) {\n      mission { id reference version status }\n      userErrors { field message code }\n      warnings { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MissionPlanAfterCreate($input: MissionPlanInput!) {\n    missionPlan(input: $input) { mission { id reference status version } userErrors { field message code } warnings { field message code } }\n  }\n"): (typeof documents)["\n  mutation MissionPlanAfterCreate($input: MissionPlanInput!) {\n    missionPlan(input: $input) { mission { id reference status version } userErrors { field message code } warnings { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MissionRow_mission on Mission {\n    id\n    reference\n    title\n    status\n    kind\n    synthetic\n    country { id iso2 name }\n    plannedStart { text }\n    plannedEnd { text }\n  }\n"): (typeof documents)["\n  fragment MissionRow_mission on Mission {\n    id\n    reference\n    title\n    status\n    kind\n    synthetic\n    country { id iso2 name }\n    plannedStart { text }\n    plannedEnd { text }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MissionTable_connection on MissionConnection {\n    totalCount\n    pageInfo { ...Pager_pageInfo }\n    nodes { ...MissionRow_mission }\n  }\n"): (typeof documents)["\n  fragment MissionTable_connection on MissionConnection {\n    totalCount\n    pageInfo { ...Pager_pageInfo }\n    nodes { ...MissionRow_mission }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MissionDetail_mission on Mission {\n    id\n    reference\n    title\n    status\n    kind\n    version\n    synthetic\n    beneficiary\n    objectives\n    plannedStart { text earliest latest precision }\n    plannedEnd { text earliest latest precision }\n    actualStart { text }\n    actualEnd { text }\n    country { id iso2 isoNumeric name synthetic }\n    agreement { id reference title validFrom validUntil synthetic }\n    domains { id key label synthetic parent { key } }\n    assignments { ...AssignmentItem_assignment }\n  }\n"): (typeof documents)["\n  fragment MissionDetail_mission on Mission {\n    id\n    reference\n    title\n    status\n    kind\n    version\n    synthetic\n    beneficiary\n    objectives\n    plannedStart { text earliest latest precision }\n    plannedEnd { text earliest latest precision }\n    actualStart { text }\n    actualEnd { text }\n    country { id iso2 isoNumeric name synthetic }\n    agreement { id reference title validFrom validUntil synthetic }\n    domains { id key label synthetic parent { key } }\n    assignments { ...AssignmentItem_assignment }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentItem_assignment on Assignment {\n    id\n    role\n    days\n    version\n    synthetic\n    acceptedConflicts\n    expert { id name languages synthetic employer { id name } }\n  }\n"): (typeof documents)["\n  fragment AssignmentItem_assignment on Assignment {\n    id\n    role\n    days\n    version\n    synthetic\n    acceptedConflicts\n    expert { id name languages synthetic employer { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MissionPlan($input: MissionPlanInput!) {\n    missionPlan(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n"): (typeof documents)["\n  mutation MissionPlan($input: MissionPlanInput!) {\n    missionPlan(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MissionConfirm($input: MissionTransitionInput!) {\n    missionConfirm(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n"): (typeof documents)["\n  mutation MissionConfirm($input: MissionTransitionInput!) {\n    missionConfirm(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MissionStart($input: MissionStartInput!) {\n    missionStart(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n"): (typeof documents)["\n  mutation MissionStart($input: MissionStartInput!) {\n    missionStart(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MissionComplete($input: MissionCompleteInput!) {\n    missionComplete(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n"): (typeof documents)["\n  mutation MissionComplete($input: MissionCompleteInput!) {\n    missionComplete(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MissionCancel($input: MissionTransitionInput!) {\n    missionCancel(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n"): (typeof documents)["\n  mutation MissionCancel($input: MissionTransitionInput!) {\n    missionCancel(input: $input) { mission { ...MissionDetail_mission } userErrors { field message code } warnings { field message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MissionAssignExpert($input: MissionAssignExpertInput!) {\n    missionAssignExpert(input: $input) {\n      assignment { id mission { ...MissionDetail_mission } }\n      userErrors { field message code }\n      warnings { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation MissionAssignExpert($input: MissionAssignExpertInput!) {\n    missionAssignExpert(input: $input) {\n      assignment { id mission { ...MissionDetail_mission } }\n      userErrors { field message code }\n      warnings { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MissionUnassignExpert($input: MissionUnassignExpertInput!) {\n    missionUnassignExpert(input: $input) {\n      assignment { id mission { ...MissionDetail_mission } }\n      userErrors { field message code }\n      warnings { field message code }\n    }\n  }\n"): (typeof documents)["\n  mutation MissionUnassignExpert($input: MissionUnassignExpertInput!) {\n    missionUnassignExpert(input: $input) {\n      assignment { id mission { ...MissionDetail_mission } }\n      userErrors { field message code }\n      warnings { field message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkGraph_neighborhood on Neighborhood {\n    truncated\n    nodes { ...NodeLabel_node }\n    edges { kind from { id } to { id } }\n  }\n"): (typeof documents)["\n  fragment NetworkGraph_neighborhood on Neighborhood {\n    truncated\n    nodes { ...NodeLabel_node }\n    edges { kind from { id } to { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkPage($id: ID!) {\n    neighborhood(id: $id, depth: 1, limit: 60) { ...NetworkGraph_neighborhood }\n  }\n"): (typeof documents)["\n  query NetworkPage($id: ID!) {\n    neighborhood(id: $id, depth: 1, limit: 60) { ...NetworkGraph_neighborhood }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeSummary_node on Node {\n    ... on Person { givenName familyName affiliations { id position organisation: agency { id name } } expertProfile { id name } }\n    ... on Source { publisher url excerpt kind publishedOn { text } }\n    ... on PartnerDesignation { validFrom validUntil country { id iso2 name } }\n  }\n"): (typeof documents)["\n  fragment NodeSummary_node on Node {\n    ... on Person { givenName familyName affiliations { id position organisation: agency { id name } } expertProfile { id name } }\n    ... on Source { publisher url excerpt kind publishedOn { text } }\n    ... on PartnerDesignation { validFrom validUntil country { id iso2 name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodePage($id: ID!) {\n    node(id: $id) {\n      ...NodeLabel_node\n      ...NodeSummary_node\n      ... on Person { sources { ...SourceItem_source } history(first: 20) { ...HistoryList_changes } }\n      ... on Source { history(first: 20) { ...HistoryList_changes } }\n      ... on PartnerDesignation { sources { ...SourceItem_source } history(first: 20) { ...HistoryList_changes } }\n    }\n  }\n"): (typeof documents)["\n  query NodePage($id: ID!) {\n    node(id: $id) {\n      ...NodeLabel_node\n      ...NodeSummary_node\n      ... on Person { sources { ...SourceItem_source } history(first: 20) { ...HistoryList_changes } }\n      ... on Source { history(first: 20) { ...HistoryList_changes } }\n      ... on PartnerDesignation { sources { ...SourceItem_source } history(first: 20) { ...HistoryList_changes } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeyFigure_missions on MissionConnection { totalCount }\n"): (typeof documents)["\n  fragment KeyFigure_missions on MissionConnection { totalCount }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeyFigure_agreements on AgreementConnection { totalCount }\n"): (typeof documents)["\n  fragment KeyFigure_agreements on AgreementConnection { totalCount }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeyFigure_experts on ExpertConnection { totalCount }\n"): (typeof documents)["\n  fragment KeyFigure_experts on ExpertConnection { totalCount }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KeyFigure_agencies on AgencyConnection { totalCount }\n"): (typeof documents)["\n  fragment KeyFigure_agencies on AgencyConnection { totalCount }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment YearChart_missionGroup on MissionGroup { year count }\n"): (typeof documents)["\n  fragment YearChart_missionGroup on MissionGroup { year count }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DomainChart_agreementGroup on AgreementGroup { count domain { id key label } }\n"): (typeof documents)["\n  fragment DomainChart_agreementGroup on AgreementGroup { count domain { id key label } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewPage {\n    missions(first: 1) { ...KeyFigure_missions }\n    syntheticMissions: missions(first: 1, filter: { synthetic: true }) { ...KeyFigure_missions }\n    syntheticExperts: experts(first: 1, filter: { synthetic: true }) { ...KeyFigure_experts }\n    agreements(first: 1) { ...KeyFigure_agreements }\n    experts(first: 1) { ...KeyFigure_experts }\n    agencies(first: 1) { ...KeyFigure_agencies }\n    perYear: missionStats(groupBy: [YEAR]) { ...YearChart_missionGroup }\n    perDomain: agreementStats(groupBy: [DOMAIN]) { ...DomainChart_agreementGroup }\n    perCountry: missionStats(groupBy: [COUNTRY]) { ...CountryCounts_missionGroup }\n  }\n"): (typeof documents)["\n  query OverviewPage {\n    missions(first: 1) { ...KeyFigure_missions }\n    syntheticMissions: missions(first: 1, filter: { synthetic: true }) { ...KeyFigure_missions }\n    syntheticExperts: experts(first: 1, filter: { synthetic: true }) { ...KeyFigure_experts }\n    agreements(first: 1) { ...KeyFigure_agreements }\n    experts(first: 1) { ...KeyFigure_experts }\n    agencies(first: 1) { ...KeyFigure_agencies }\n    perYear: missionStats(groupBy: [YEAR]) { ...YearChart_missionGroup }\n    perDomain: agreementStats(groupBy: [DOMAIN]) { ...DomainChart_agreementGroup }\n    perCountry: missionStats(groupBy: [COUNTRY]) { ...CountryCounts_missionGroup }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchBox($query: String!) {\n    search(query: $query, first: 8) { ...SearchResults_connection }\n  }\n"): (typeof documents)["\n  query SearchBox($query: String!) {\n    search(query: $query, first: 8) { ...SearchResults_connection }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($query: String!) {\n    search(query: $query, first: 50) { ...SearchResults_connection }\n  }\n"): (typeof documents)["\n  query SearchPage($query: String!) {\n    search(query: $query, first: 50) { ...SearchResults_connection }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchResults_connection on SearchHitConnection {\n    totalCount\n    nodes {\n      rank\n      snippet(highlightStart: \"«\", highlightEnd: \"»\")\n      matchedField\n      node { ...NodeLabel_node }\n    }\n  }\n"): (typeof documents)["\n  fragment SearchResults_connection on SearchHitConnection {\n    totalCount\n    nodes {\n      rank\n      snippet(highlightStart: \"«\", highlightEnd: \"»\")\n      matchedField\n      node { ...NodeLabel_node }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HistoryList_changes on ChangeConnection {\n    totalCount\n    nodes {\n      occurredAt\n      actor\n      operation\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  fragment HistoryList_changes on ChangeConnection {\n    totalCount\n    nodes {\n      occurredAt\n      actor\n      operation\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeLabel_node on Node {\n    __typename\n    id\n    ... on Agency { name acronym synthetic }\n    ... on Agreement { reference title synthetic }\n    ... on Mission { reference title synthetic }\n    ... on Expert { name synthetic }\n    ... on Country { iso2 name synthetic }\n    ... on Domain { key label synthetic }\n    ... on Person { name synthetic }\n    ... on Source { key title synthetic }\n    ... on PartnerDesignation { programme synthetic }\n  }\n"): (typeof documents)["\n  fragment NodeLabel_node on Node {\n    __typename\n    id\n    ... on Agency { name acronym synthetic }\n    ... on Agreement { reference title synthetic }\n    ... on Mission { reference title synthetic }\n    ... on Expert { name synthetic }\n    ... on Country { iso2 name synthetic }\n    ... on Domain { key label synthetic }\n    ... on Person { name synthetic }\n    ... on Source { key title synthetic }\n    ... on PartnerDesignation { programme synthetic }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourceItem_source on Source {\n    id\n    key\n    title\n    publisher\n    url\n    synthetic\n  }\n"): (typeof documents)["\n  fragment SourceItem_source on Source {\n    id\n    key\n    title\n    publisher\n    url\n    synthetic\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Pager_pageInfo on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n"): (typeof documents)["\n  fragment Pager_pageInfo on PageInfo {\n    hasNextPage\n    hasPreviousPage\n    startCursor\n    endCursor\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;