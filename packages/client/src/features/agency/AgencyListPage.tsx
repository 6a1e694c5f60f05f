import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import type { AgencyFilter, AgencyKind, AgencyOrderField } from '../../gql/graphql';
import { Link } from '../../app/router';
import { SyntheticBadge } from '../../ui/badges';
import { SelectField, TextField } from '../../ui/Field';
import { compact, ExportLink, FilterBar, SortControl, useListParams } from '../../ui/list';
import { Pager } from '../../ui/Pager';
import { SimpleTable } from '../../ui/SimpleTable';
import { Empty, ErrorMessage, Loading } from '../../ui/states';

export const AgencyRow_agency = graphql(`
  fragment AgencyRow_agency on Agency { id name acronym kind synthetic kboNumber country { id name } }
`);
const AgencyTable_connection = graphql(`
  fragment AgencyTable_connection on AgencyConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...AgencyRow_agency } }
`);
const AgencyListPageQuery = graphql(`
  query AgencyListPage($first: Int, $after: String, $last: Int, $before: String, $filter: AgencyFilter, $orderBy: [AgencyOrder!]) {
    agencies(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...AgencyTable_connection }
  }
`);
const KINDS: AgencyKind[] = ['FEDERAL_PUBLIC_SERVICE', 'DEVELOPMENT_AGENCY', 'MINISTRY', 'PUBLIC_INSTITUTION', 'INTERNAL_SERVICE', 'REGIONAL_GOVERNMENT', 'LOCAL_GOVERNMENT', 'INTERNATIONAL_ORGANISATION'];
const EXPORT_QUERY = `query Export($filter: AgencyFilter, $orderBy: [AgencyOrder!]) { agencies(filter: $filter, orderBy: $orderBy) { nodes { name acronym kind kboNumber iatiOrgId synthetic country { iso2 } } } }`;

export default function AgencyListPage() {
  const { t } = useTranslation();
  const list = useListParams('NAME');
  const { params } = list;
  const synthetic = params.get('synthetic');
  const filter = compact<AgencyFilter>({
    name: params.get('q') ? { contains: params.get('q')! } : undefined,
    kind: params.get('kind') ? { eq: params.get('kind') as AgencyKind } : undefined,
    synthetic: synthetic === 'yes' ? true : synthetic === 'no' ? false : undefined,
  });
  const orderBy = list.orderBy as { field: AgencyOrderField; direction: 'ASC' | 'DESC' }[];
  const { data, previousData, loading, error, refetch } = useQuery(AgencyListPageQuery, { variables: { ...list.paging, filter, orderBy } });
  const shown = data ?? previousData;
  const table = shown ? getFragmentData(AgencyTable_connection, shown.agencies) : null;
  const rows = table ? table.nodes.map((n) => getFragmentData(AgencyRow_agency, n)) : [];
  return (
    <>
      <div className="page-header">
        <h1>{t('nav.agencies')}</h1>
        <div className="actions">
          <ExportLink query={EXPORT_QUERY} variables={{ filter, orderBy }} />
        </div>
      </div>
      <FilterBar onReset={() => list.setFilter({ q: null, kind: null, synthetic: null })}>
        <TextField label={t('list.search')} type="search" defaultValue={params.get('q') ?? ''} onChange={(e) => list.setFilter({ q: e.target.value })} />
        <SelectField label={t('mission.kind')} value={params.get('kind') ?? ''} onChange={(e) => list.setFilter({ kind: e.target.value })}>
          <option value="">{t('list.any')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`agencyKind.${k}`, { defaultValue: k })}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('list.data')} value={synthetic ?? ''} onChange={(e) => list.setFilter({ synthetic: e.target.value })}>
          <option value="">{t('list.allData')}</option>
          <option value="no">{t('list.realOnly')}</option>
          <option value="yes">{t('list.syntheticOnly')}</option>
        </SelectField>
        <SortControl options={['NAME', 'KIND', 'EXISTED_FROM', 'KBO_NUMBER', 'CREATED_AT']} sort={list.sort} dir={list.dir} onChange={({ sort, dir }) => list.setFilter({ sort, dir })} />
      </FilterBar>
      {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {loading ? <Loading /> : null}
      {table && rows.length === 0 ? <Empty /> : null}
      {table && rows.length > 0 ? (
        <>
          <SimpleTable
            caption={t('nav.agencies')}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { header: t('expert.name'), cell: (r) => <><Link to={`/agencies/${encodeURIComponent(r.id)}`}>{r.name}</Link>{r.acronym ? ` (${r.acronym})` : ''} <SyntheticBadge synthetic={r.synthetic} /></> },
              { header: t('mission.kind'), cell: (r) => t(`agencyKind.${r.kind}`, { defaultValue: r.kind }) },
              { header: t('agency.kbo'), cell: (r) => r.kboNumber ?? '–' },
              { header: t('mission.country'), cell: (r) => r.country?.name ?? '–' },
            ]}
          />
          <Pager pageInfo={table.pageInfo} totalCount={table.totalCount} shown={rows.length} onPage={list.onPage} />
        </>
      ) : null}
    </>
  );
}
