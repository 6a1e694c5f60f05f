import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { MissionFilter, MissionOrderField, MissionStatus, MissionKind } from '../../gql/graphql';
import { Link } from '../../app/router';
import { TextField, SelectField } from '../../ui/Field';
import { compact, ExportLink, FilterBar, SortControl, useListParams } from '../../ui/list';
import { ErrorMessage, Loading } from '../../ui/states';
import { MissionTable } from './MissionTable';
import { useCanWrite } from '../auth/viewer';

const MissionListPageQuery = graphql(`
  query MissionListPage($first: Int, $after: String, $last: Int, $before: String, $filter: MissionFilter, $orderBy: [MissionOrder!]) {
    missions(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      ...MissionTable_connection
    }
  }
`);

export const MISSION_STATUSES: MissionStatus[] = ['CONSIDERED', 'PLANNED', 'CONFIRMED', 'ONGOING', 'COMPLETED', 'CANCELLED'];
export const MISSION_KINDS: MissionKind[] = ['SUPPORT_MISSION', 'EXPERT_MISSION', 'STUDY_VISIT', 'WORKSHOP', 'ASSESSMENT'];
const SORTS: MissionOrderField[] = ['PLANNED_START', 'REFERENCE', 'STATUS', 'KIND', 'CREATED_AT'];

/** The filter the URL describes: ?q=&status=&country=&kind=&year=&synthetic= */
export function missionFilterFromParams(params: URLSearchParams): MissionFilter | undefined {
  const year = params.get('year');
  const synthetic = params.get('synthetic');
  return compact<MissionFilter>({
    title: params.get('q') ? { contains: params.get('q')! } : undefined,
    status: params.get('status') ? { eq: params.get('status') as MissionStatus } : undefined,
    kind: params.get('kind') ? { eq: params.get('kind') as MissionKind } : undefined,
    country: params.get('country') ? { iso2: { eq: params.get('country')!.toUpperCase() } } : undefined,
    plannedStart: year && /^\d{4}$/.test(year) ? { overlaps: { from: `${year}-01-01`, to: `${year}-12-31` } } : undefined,
    synthetic: synthetic === 'yes' ? true : synthetic === 'no' ? false : undefined,
  });
}

const EXPORT_QUERY = `query Export($filter: MissionFilter, $orderBy: [MissionOrder!]) { missions(filter: $filter, orderBy: $orderBy) { nodes { reference title status kind synthetic country { iso2 name } plannedStart { text } plannedEnd { text } agreement { reference } } } }`;

export default function MissionListPage() {
  const { t } = useTranslation();
  const list = useListParams('PLANNED_START');
  const canWrite = useCanWrite();
  const { params } = list;
  const filter = missionFilterFromParams(params);
  const orderBy = list.orderBy as { field: MissionOrderField; direction: 'ASC' | 'DESC' }[];
  const { data, previousData, loading, error, refetch } = useQuery(MissionListPageQuery, { variables: { ...list.paging, filter, orderBy } });
  const shown = data ?? previousData;
  return (
    <>
      <div className="page-header">
        <h1>{t('nav.missions')}</h1>
        <div className="actions">
          {canWrite ? (
            <Link className="button" to="/missions/new">
              {t('mission.planNew')}
            </Link>
          ) : null}
          <ExportLink query={EXPORT_QUERY} variables={{ filter, orderBy }} />
        </div>
      </div>
      <FilterBar onReset={() => list.setFilter({ q: null, status: null, country: null, kind: null, year: null, synthetic: null })}>
        <TextField label={t('list.search')} type="search" defaultValue={params.get('q') ?? ''} key={`q-${params.get('q') ?? ''}`} onChange={(e) => list.setFilter({ q: e.target.value })} />
        <SelectField label={t('mission.status')} value={params.get('status') ?? ''} onChange={(e) => list.setFilter({ status: e.target.value })}>
          <option value="">{t('list.any')}</option>
          {MISSION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('mission.kind')} value={params.get('kind') ?? ''} onChange={(e) => list.setFilter({ kind: e.target.value })}>
          <option value="">{t('list.any')}</option>
          {MISSION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('mission.countryCode')} value={params.get('country') ?? ''} maxLength={2} size={3} onChange={(e) => list.setFilter({ country: e.target.value })} />
        <TextField label={t('mission.year')} inputMode="numeric" value={params.get('year') ?? ''} maxLength={4} size={5} onChange={(e) => list.setFilter({ year: e.target.value })} />
        <SelectField label={t('list.data')} value={params.get('synthetic') ?? ''} onChange={(e) => list.setFilter({ synthetic: e.target.value })}>
          <option value="">{t('list.allData')}</option>
          <option value="no">{t('list.realOnly')}</option>
          <option value="yes">{t('list.syntheticOnly')}</option>
        </SelectField>
        <SortControl options={SORTS} sort={list.sort} dir={list.dir} onChange={({ sort, dir }) => list.setFilter({ sort, dir })} />
      </FilterBar>
      {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {loading ? <Loading /> : null}
      {shown ? <MissionTable missions={shown.missions} onPage={list.onPage} caption={t('nav.missions')} /> : null}
    </>
  );
}
