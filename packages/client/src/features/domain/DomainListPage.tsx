import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import type { DomainFilter, DomainOrderField } from '../../gql/graphql';
import { Link } from '../../app/router';
import { SyntheticBadge } from '../../ui/badges';
import { SelectField, TextField } from '../../ui/Field';
import { compact, ExportLink, FilterBar, SortControl, useListParams } from '../../ui/list';
import { Pager } from '../../ui/Pager';
import { SimpleTable } from '../../ui/SimpleTable';
import { Empty, ErrorMessage, Loading } from '../../ui/states';

export const DomainRow_domain = graphql(`
  fragment DomainRow_domain on Domain { id key label dacCodes synthetic parent { id key label } }
`);
const DomainTable_connection = graphql(`
  fragment DomainTable_connection on DomainConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...DomainRow_domain } }
`);
const DomainListPageQuery = graphql(`
  query DomainListPage($first: Int, $after: String, $last: Int, $before: String, $filter: DomainFilter, $orderBy: [DomainOrder!]) {
    domains(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...DomainTable_connection }
  }
`);
const EXPORT_QUERY = `query Export($filter: DomainFilter, $orderBy: [DomainOrder!]) { domains(filter: $filter, orderBy: $orderBy) { nodes { key label dacCodes synthetic parent { key } } } }`;

export default function DomainListPage() {
  const { t } = useTranslation();
  const list = useListParams('LABEL');
  const { params } = list;
  const filter = compact<DomainFilter>({
    label: params.get('q') ? { contains: params.get('q')! } : undefined,
    isRoot: params.get('root') === 'yes' ? true : undefined,
    subtreeOf: params.get('under') || undefined,
  });
  const orderBy = list.orderBy as { field: DomainOrderField; direction: 'ASC' | 'DESC' }[];
  const { data, previousData, loading, error, refetch } = useQuery(DomainListPageQuery, { variables: { ...list.paging, filter, orderBy } });
  const shown = data ?? previousData;
  const table = shown ? getFragmentData(DomainTable_connection, shown.domains) : null;
  const rows = table ? table.nodes.map((n) => getFragmentData(DomainRow_domain, n)) : [];
  return (
    <>
      <div className="page-header">
        <h1>{t('nav.domains')}</h1>
        <div className="actions">
          <ExportLink query={EXPORT_QUERY} variables={{ filter, orderBy }} />
        </div>
      </div>
      <FilterBar onReset={() => list.setFilter({ q: null, root: null, under: null })}>
        <TextField label={t('list.search')} type="search" defaultValue={params.get('q') ?? ''} onChange={(e) => list.setFilter({ q: e.target.value })} />
        <TextField label={t('domain.under')} value={params.get('under') ?? ''} size={14} onChange={(e) => list.setFilter({ under: e.target.value })} />
        <SelectField label={t('domain.level')} value={params.get('root') ?? ''} onChange={(e) => list.setFilter({ root: e.target.value })}>
          <option value="">{t('list.any')}</option>
          <option value="yes">{t('domain.rootsOnly')}</option>
        </SelectField>
        <SortControl options={['LABEL', 'KEY', 'CREATED_AT']} sort={list.sort} dir={list.dir} onChange={({ sort, dir }) => list.setFilter({ sort, dir })} />
      </FilterBar>
      {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {loading ? <Loading /> : null}
      {table && rows.length === 0 ? <Empty /> : null}
      {table && rows.length > 0 ? (
        <>
          <SimpleTable
            caption={t('nav.domains')}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { header: t('domain.label'), cell: (r) => <><Link to={`/domains/${encodeURIComponent(r.key)}`}>{r.label}</Link> <SyntheticBadge synthetic={r.synthetic} /></> },
              { header: t('domain.key'), cell: (r) => <code>{r.key}</code> },
              { header: t('domain.parent'), cell: (r) => r.parent?.label ?? '–' },
              { header: t('domain.dac'), cell: (r) => r.dacCodes.join(', ') || '–' },
            ]}
          />
          <Pager pageInfo={table.pageInfo} totalCount={table.totalCount} shown={rows.length} onPage={list.onPage} />
        </>
      ) : null}
    </>
  );
}
