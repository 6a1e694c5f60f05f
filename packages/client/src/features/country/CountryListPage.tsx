import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import type { CountryFilter, CountryOrderField } from '../../gql/graphql';
import { Link } from '../../app/router';
import { SyntheticBadge } from '../../ui/badges';
import { SelectField, TextField } from '../../ui/Field';
import { compact, ExportLink, FilterBar, SortControl, useListParams } from '../../ui/list';
import { Pager } from '../../ui/Pager';
import { SimpleTable } from '../../ui/SimpleTable';
import { Empty, ErrorMessage, Loading } from '../../ui/states';

export const CountryRow_country = graphql(`
  fragment CountryRow_country on Country { id iso2 iso3 name isPartner synthetic missions(first: 1) { totalCount } }
`);
const CountryTable_connection = graphql(`
  fragment CountryTable_connection on CountryConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...CountryRow_country } }
`);
const CountryListPageQuery = graphql(`
  query CountryListPage($first: Int, $after: String, $last: Int, $before: String, $filter: CountryFilter, $orderBy: [CountryOrder!]) {
    countries(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...CountryTable_connection }
  }
`);
const EXPORT_QUERY = `query Export($filter: CountryFilter, $orderBy: [CountryOrder!]) { countries(filter: $filter, orderBy: $orderBy) { nodes { iso2 iso3 name isPartner synthetic } } }`;

export default function CountryListPage() {
  const { t } = useTranslation();
  const list = useListParams('NAME');
  const { params } = list;
  const today = new Date().toISOString().slice(0, 10);
  const filter = compact<CountryFilter>({
    name: params.get('q') ? { contains: params.get('q')! } : undefined,
    isPartnerOn: params.get('partner') === 'yes' ? today : undefined,
  });
  const orderBy = list.orderBy as { field: CountryOrderField; direction: 'ASC' | 'DESC' }[];
  const { data, previousData, loading, error, refetch } = useQuery(CountryListPageQuery, { variables: { ...list.paging, filter, orderBy } });
  const shown = data ?? previousData;
  const table = shown ? getFragmentData(CountryTable_connection, shown.countries) : null;
  const rows = table ? table.nodes.map((n) => getFragmentData(CountryRow_country, n)) : [];
  return (
    <>
      <div className="page-header">
        <h1>{t('nav.countries')}</h1>
        <div className="actions">
          <ExportLink query={EXPORT_QUERY} variables={{ filter, orderBy }} />
        </div>
      </div>
      <FilterBar onReset={() => list.setFilter({ q: null, partner: null })}>
        <TextField label={t('list.search')} type="search" defaultValue={params.get('q') ?? ''} onChange={(e) => list.setFilter({ q: e.target.value })} />
        <SelectField label={t('country.partner')} value={params.get('partner') ?? ''} onChange={(e) => list.setFilter({ partner: e.target.value })}>
          <option value="">{t('list.any')}</option>
          <option value="yes">{t('country.partnersToday')}</option>
        </SelectField>
        <SortControl options={['NAME', 'ISO2']} sort={list.sort} dir={list.dir} onChange={({ sort, dir }) => list.setFilter({ sort, dir })} />
      </FilterBar>
      {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {loading ? <Loading /> : null}
      {table && rows.length === 0 ? <Empty /> : null}
      {table && rows.length > 0 ? (
        <>
          <SimpleTable
            caption={t('nav.countries')}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { header: t('mission.country'), cell: (r) => <><Link to={`/countries/${r.iso2}`}>{r.name}</Link> <SyntheticBadge synthetic={r.synthetic} /></> },
              { header: 'ISO', cell: (r) => `${r.iso2}${r.iso3 ? ` / ${r.iso3}` : ''}` },
              { header: t('country.partner'), cell: (r) => (r.isPartner ? t('common.yes') : t('common.no')) },
              { header: t('nav.missions'), cell: (r) => r.missions.totalCount },
            ]}
          />
          <Pager pageInfo={table.pageInfo} totalCount={table.totalCount} shown={rows.length} onPage={list.onPage} />
        </>
      ) : null}
    </>
  );
}
