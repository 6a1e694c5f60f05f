import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import type { AgreementFilter, AgreementKind, AgreementOrderField, AgreementStatus } from '../../gql/graphql';
import { Link } from '../../app/router';
import { StatusBadge, SyntheticBadge } from '../../ui/badges';
import { SelectField, TextField } from '../../ui/Field';
import { compact, ExportLink, FilterBar, SortControl, useListParams } from '../../ui/list';
import { Pager } from '../../ui/Pager';
import { SimpleTable } from '../../ui/SimpleTable';
import { Empty, ErrorMessage, Loading } from '../../ui/states';
import { useCanWrite } from '../auth/viewer';

export const AgreementRow_agreement = graphql(`
  fragment AgreementRow_agreement on Agreement {
    id reference title kind status synthetic validFrom validUntil
    signedOn { text }
    agencies { id name }
  }
`);
const AgreementTable_connection = graphql(`
  fragment AgreementTable_connection on AgreementConnection {
    totalCount
    pageInfo { ...Pager_pageInfo }
    nodes { ...AgreementRow_agreement }
  }
`);
const AgreementListPageQuery = graphql(`
  query AgreementListPage($first: Int, $after: String, $last: Int, $before: String, $filter: AgreementFilter, $orderBy: [AgreementOrder!]) {
    agreements(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) { ...AgreementTable_connection }
  }
`);

const STATUSES: AgreementStatus[] = ['DRAFT', 'SIGNED', 'EXPIRED', 'TERMINATED'];
export const AGREEMENT_KINDS: AgreementKind[] = ['COOPERATION', 'PARTNERSHIP', 'MEMORANDUM_OF_UNDERSTANDING', 'FRAMEWORK'];
const SORTS: AgreementOrderField[] = ['REFERENCE', 'SIGNED_ON', 'VALID_FROM', 'VALID_UNTIL', 'STATUS', 'KIND', 'CREATED_AT'];
const EXPORT_QUERY = `query Export($filter: AgreementFilter, $orderBy: [AgreementOrder!]) { agreements(filter: $filter, orderBy: $orderBy) { nodes { reference title kind status synthetic signedOn { text } validFrom validUntil agencies { name } } } }`;

export default function AgreementListPage() {
  const { t } = useTranslation();
  const list = useListParams('REFERENCE');
  const canWrite = useCanWrite();
  const { params } = list;
  const synthetic = params.get('synthetic');
  const filter = compact<AgreementFilter>({
    title: params.get('q') ? { contains: params.get('q')! } : undefined,
    status: params.get('status') ? { eq: params.get('status') as AgreementStatus } : undefined,
    kind: params.get('kind') ? { eq: params.get('kind') as AgreementKind } : undefined,
    domains: params.get('domain') ? { some: { subtreeOf: params.get('domain')! } } : undefined,
    countries: params.get('country') ? { some: { iso2: { eq: params.get('country')!.toUpperCase() } } } : undefined,
    synthetic: synthetic === 'yes' ? true : synthetic === 'no' ? false : undefined,
  });
  const orderBy = list.orderBy as { field: AgreementOrderField; direction: 'ASC' | 'DESC' }[];
  const { data, previousData, loading, error, refetch } = useQuery(AgreementListPageQuery, { variables: { ...list.paging, filter, orderBy } });
  const shown = data ?? previousData;
  const table = shown ? getFragmentData(AgreementTable_connection, shown.agreements) : null;
  const rows = table ? table.nodes.map((n) => getFragmentData(AgreementRow_agreement, n)) : [];
  return (
    <>
      <div className="page-header">
        <h1>{t('nav.agreements')}</h1>
        <div className="actions">
          {canWrite ? (
            <Link className="button" to="/agreements/new">
              {t('agreement.create')}
            </Link>
          ) : null}
          <ExportLink query={EXPORT_QUERY} variables={{ filter, orderBy }} />
        </div>
      </div>
      <FilterBar onReset={() => list.setFilter({ q: null, status: null, kind: null, domain: null, country: null, synthetic: null })}>
        <TextField label={t('list.search')} type="search" defaultValue={params.get('q') ?? ''} onChange={(e) => list.setFilter({ q: e.target.value })} />
        <SelectField label={t('mission.status')} value={params.get('status') ?? ''} onChange={(e) => list.setFilter({ status: e.target.value })}>
          <option value="">{t('list.any')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('mission.kind')} value={params.get('kind') ?? ''} onChange={(e) => list.setFilter({ kind: e.target.value })}>
          <option value="">{t('list.any')}</option>
          {AGREEMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('agreement.domainKey')} value={params.get('domain') ?? ''} onChange={(e) => list.setFilter({ domain: e.target.value })} size={14} />
        <TextField label={t('mission.countryCode')} value={params.get('country') ?? ''} maxLength={2} size={3} onChange={(e) => list.setFilter({ country: e.target.value })} />
        <SelectField label={t('list.data')} value={synthetic ?? ''} onChange={(e) => list.setFilter({ synthetic: e.target.value })}>
          <option value="">{t('list.allData')}</option>
          <option value="no">{t('list.realOnly')}</option>
          <option value="yes">{t('list.syntheticOnly')}</option>
        </SelectField>
        <SortControl options={SORTS} sort={list.sort} dir={list.dir} onChange={({ sort, dir }) => list.setFilter({ sort, dir })} />
      </FilterBar>
      {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {loading ? <Loading /> : null}
      {table && rows.length === 0 ? <Empty /> : null}
      {table && rows.length > 0 ? (
        <>
          <SimpleTable
            caption={t('nav.agreements')}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              { header: t('mission.reference'), cell: (r) => <Link to={`/agreements/${encodeURIComponent(r.reference)}`}>{r.reference}</Link> },
              { header: t('mission.title'), cell: (r) => <>{r.title} <SyntheticBadge synthetic={r.synthetic} /></> },
              { header: t('agreement.parties'), cell: (r) => r.agencies.map((a) => a.name).join(', ') },
              { header: t('agreement.signedOn'), cell: (r) => r.signedOn?.text ?? '–' },
              { header: t('mission.status'), cell: (r) => <StatusBadge status={r.status} /> },
            ]}
          />
          <Pager pageInfo={table.pageInfo} totalCount={table.totalCount} shown={rows.length} onPage={list.onPage} />
        </>
      ) : null}
    </>
  );
}
