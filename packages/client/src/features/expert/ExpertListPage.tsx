import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import type { ExpertFilter, ExpertOrderField } from '../../gql/graphql';
import { Link } from '../../app/router';
import { SyntheticBadge } from '../../ui/badges';
import { SelectField, TextField } from '../../ui/Field';
import { compact, ExportLink, FilterBar, SortControl, useListParams } from '../../ui/list';
import { Pager } from '../../ui/Pager';
import { SimpleTable } from '../../ui/SimpleTable';
import { Empty, ErrorMessage, Loading } from '../../ui/states';

export const ExpertRow_expert = graphql(`
  fragment ExpertRow_expert on Expert { id name languages synthetic employer { id name } domains { id label } }
`);
const ExpertTable_connection = graphql(`
  fragment ExpertTable_connection on ExpertConnection { totalCount pageInfo { ...Pager_pageInfo } nodes { ...ExpertRow_expert } }
`);
const ExpertListPageQuery = graphql(`
  query ExpertListPage($first: Int, $after: String, $last: Int, $before: String, $filter: ExpertFilter, $orderBy: [ExpertOrder!]) {
    experts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...ExpertTable_connection }
  }
`);
const EXPORT_QUERY = `query Export($filter: ExpertFilter, $orderBy: [ExpertOrder!]) { experts(filter: $filter, orderBy: $orderBy) { nodes { name languages synthetic employer { name } domains { key label } } } }`;

export default function ExpertListPage() {
  const { t } = useTranslation();
  const list = useListParams('NAME');
  const { params } = list;
  const synthetic = params.get('synthetic');
  const from = params.get('from');
  const to = params.get('to');
  const filter = compact<ExpertFilter>({
    name: params.get('q') ? { contains: params.get('q')! } : undefined,
    languages: params.get('language') ? { hasAny: [params.get('language')!.toLowerCase()] } : undefined,
    domains: params.get('domain') ? { some: { subtreeOf: params.get('domain')! } } : undefined,
    availableDuring: from || to ? { from: from || undefined, to: to || undefined } : undefined,
    synthetic: synthetic === 'yes' ? true : synthetic === 'no' ? false : undefined,
  });
  const orderBy = list.orderBy as { field: ExpertOrderField; direction: 'ASC' | 'DESC' }[];
  const { data, previousData, loading, error, refetch } = useQuery(ExpertListPageQuery, { variables: { ...list.paging, filter, orderBy } });
  const shown = data ?? previousData;
  const table = shown ? getFragmentData(ExpertTable_connection, shown.experts) : null;
  const rows = table ? table.nodes.map((n) => getFragmentData(ExpertRow_expert, n)) : [];
  return (
    <>
      <div className="page-header">
        <h1>{t('nav.experts')}</h1>
        <div className="actions">
          <ExportLink query={EXPORT_QUERY} variables={{ filter, orderBy }} />
        </div>
      </div>
      <FilterBar onReset={() => list.setFilter({ q: null, language: null, domain: null, from: null, to: null, synthetic: null })}>
        <TextField label={t('expert.name')} type="search" defaultValue={params.get('q') ?? ''} onChange={(e) => list.setFilter({ q: e.target.value })} />
        <TextField label={t('expert.language')} value={params.get('language') ?? ''} maxLength={2} size={3} onChange={(e) => list.setFilter({ language: e.target.value })} />
        <TextField label={t('agreement.domainKey')} value={params.get('domain') ?? ''} size={14} onChange={(e) => list.setFilter({ domain: e.target.value })} />
        <TextField label={t('expert.availableFrom')} type="date" value={from ?? ''} onChange={(e) => list.setFilter({ from: e.target.value })} />
        <TextField label={t('expert.availableTo')} type="date" value={to ?? ''} onChange={(e) => list.setFilter({ to: e.target.value })} />
        <SelectField label={t('list.data')} value={synthetic ?? ''} onChange={(e) => list.setFilter({ synthetic: e.target.value })}>
          <option value="">{t('list.allData')}</option>
          <option value="no">{t('list.realOnly')}</option>
          <option value="yes">{t('list.syntheticOnly')}</option>
        </SelectField>
        <SortControl options={['NAME', 'CREATED_AT']} sort={list.sort} dir={list.dir} onChange={({ sort, dir }) => list.setFilter({ sort, dir })} />
      </FilterBar>
      {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {loading ? <Loading /> : null}
      {table && rows.length === 0 ? <Empty /> : null}
      {table && rows.length > 0 ? (
        <>
          <SimpleTable
            caption={t('nav.experts')}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { header: t('expert.name'), cell: (r) => <><Link to={`/experts/${encodeURIComponent(r.id)}`}>{r.name}</Link> <SyntheticBadge synthetic={r.synthetic} /></> },
              { header: t('expert.employer'), cell: (r) => r.employer.name },
              { header: t('assign.languages'), cell: (r) => r.languages.join(', ').toUpperCase() },
              { header: t('mission.domains'), cell: (r) => r.domains.map((d) => d.label).join(', ') },
            ]}
          />
          <Pager pageInfo={table.pageInfo} totalCount={table.totalCount} shown={rows.length} onPage={list.onPage} />
        </>
      ) : null}
    </>
  );
}
