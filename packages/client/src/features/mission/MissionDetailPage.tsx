import { useQuery, useApolloClient } from '@apollo/client/react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import { Link } from '../../app/router';
import { StatusBadge, SyntheticBadge } from '../../ui/badges';
import { ErrorMessage, Loading, Empty } from '../../ui/states';
import { HistoryList } from '../shared/HistoryList';
import { SourceList } from '../shared/SourceList';
import { AssignExpertDialog } from './AssignExpertDialog';
import { AssignmentItem_assignment, MissionDetail_mission } from './fragments';
import { MissionActions } from './MissionActions';
import { useUnassignExpert } from './useMissionMutations';
import { useCanWrite } from '../auth/viewer';

const CountryMap = lazy(() => import('../map/CountryMap'));

const MissionDetailPageQuery = graphql(`
  query MissionDetailPage($reference: String!) {
    mission(reference: $reference) {
      ...MissionDetail_mission
      sources { ...SourceItem_source }
      history(first: 20) { ...HistoryList_changes }
    }
  }
`);

export default function MissionDetailPage({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(MissionDetailPageQuery, { variables: { reference } });
  const [assigning, setAssigning] = useState(false);
  const [notice, setNotice] = useState<string[]>([]);
  const unassign = useUnassignExpert();
  const canWrite = useCanWrite();
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data && loading) return <Loading />;
  if (!data?.mission) return <Empty>{t('detail.notFound')}</Empty>;
  const mission = getFragmentData(MissionDetail_mission, data.mission);
  const assignments = mission.assignments.map((a) => getFragmentData(AssignmentItem_assignment, a));
  const from = mission.plannedStart?.earliest ?? mission.plannedEnd?.earliest ?? null;
  const to = mission.plannedEnd?.latest ?? mission.plannedStart?.latest ?? from;
  const agreement = mission.agreement;
  const outsideAgreement = Boolean(
    agreement && from && to && ((agreement.validFrom && to < agreement.validFrom) || (agreement.validUntil && from > agreement.validUntil)),
  );
  return (
    <article>
      <div className="page-header">
        <div>
          <p className="muted">
            {t('type.Mission')} · {mission.reference}
          </p>
          <h1>
            {mission.title} <SyntheticBadge synthetic={mission.synthetic} />
          </h1>
          <p>
            <StatusBadge status={mission.status} /> {mission.kind ? <span className="muted">{t(`kind.${mission.kind}`)}</span> : null}
          </p>
        </div>
        <div className="actions">
          <Link className="button secondary" to={`/network/${encodeURIComponent(mission.id)}`}>
            {t('detail.showNetwork')}
          </Link>
        </div>
      </div>
      {notice.length ? (
        <div className="notice" role="status">
          {notice.map((n, i) => (
            <p key={i}>{n}</p>
          ))}
        </div>
      ) : null}
      <div className="grid-2">
        <section className="panel" aria-labelledby="facts-title">
          <h2 id="facts-title">{t('detail.facts')}</h2>
          <dl className="facts">
            <dt>{t('mission.country')}</dt>
            <dd>
              <Link to={`/countries/${mission.country.iso2}`}>{mission.country.name}</Link> <SyntheticBadge synthetic={mission.country.synthetic} />
            </dd>
            <dt>{t('mission.agreement')}</dt>
            <dd>
              {agreement ? (
                <>
                  <Link to={`/agreements/${encodeURIComponent(agreement.reference)}`}>{agreement.title}</Link> <SyntheticBadge synthetic={agreement.synthetic} />
                </>
              ) : (
                '–'
              )}
            </dd>
            <dt>{t('mission.beneficiary')}</dt>
            <dd>{mission.beneficiary ?? '–'}</dd>
            <dt>{t('mission.planned')}</dt>
            <dd>
              {mission.plannedStart?.text ?? '–'}
              {mission.plannedEnd && mission.plannedEnd.text !== mission.plannedStart?.text ? ` – ${mission.plannedEnd.text}` : ''}
            </dd>
            {mission.actualStart ? (
              <>
                <dt>{t('mission.actual')}</dt>
                <dd>
                  {mission.actualStart.text}
                  {mission.actualEnd ? ` – ${mission.actualEnd.text}` : ''}
                </dd>
              </>
            ) : null}
            <dt>{t('mission.domains')}</dt>
            <dd>
              {mission.domains.map((d, i) => (
                <span key={d.id}>
                  {i ? ', ' : ''}
                  <Link to={`/domains/${encodeURIComponent(d.key)}`}>{d.label}</Link>
                </span>
              ))}
            </dd>
            {mission.objectives ? (
              <>
                <dt>{t('mission.objectives')}</dt>
                <dd>{mission.objectives}</dd>
              </>
            ) : null}
          </dl>
          {canWrite ? <MissionActions mission={mission} onDone={(messages) => setNotice(messages)} /> : null}
        </section>
        <section className="panel" aria-labelledby="map-title">
          <h2 id="map-title">{t('detail.onTheMap')}</h2>
          <Suspense fallback={<Loading />}>
            <CountryMap
              label={t('map.missionCountry', { country: mission.country.name })}
              values={mission.country.isoNumeric ? { [mission.country.isoNumeric]: 1 } : {}}
              highlight={mission.country.isoNumeric ?? undefined}
              compact
            />
          </Suspense>
        </section>
      </div>
      <section className="panel" aria-labelledby="assignments-title">
        <div className="section-header">
          <h2 id="assignments-title">{t('mission.experts')}</h2>
          {canWrite && mission.status !== 'COMPLETED' && mission.status !== 'CANCELLED' ? (
            <button type="button" onClick={() => setAssigning(true)} disabled={!from}>
              {t('assign.open')}
            </button>
          ) : null}
        </div>
        {!from ? <p className="muted">{t('assign.needsDates')}</p> : null}
        {assignments.length === 0 ? (
          <Empty>{t('mission.noExperts')}</Empty>
        ) : (
          <ul className="plain assignments">
            {assignments.map((a) => (
              <li key={a.id}>
                <Link to={`/experts/${encodeURIComponent(a.expert.id)}`}>{a.expert.name}</Link> <SyntheticBadge synthetic={a.expert.synthetic} />{' '}
                <span className="muted">
                  · {t(`role.${a.role}`)}
                  {a.days != null ? ` · ${t('assign.daysValue', { count: a.days })}` : ''} · {a.expert.employer.name}
                </span>
                {a.acceptedConflicts.length ? <span className="chip chip-warn">{t('assign.acceptedConflict')}</span> : null}{' '}
                {canWrite ? <button
                  type="button"
                  className="link-button"
                  onClick={async () => {
                    const payload = await unassign(a.id);
                    if (payload?.userErrors.length) setNotice(payload.userErrors.map((e) => e.message));
                    else await refetch();
                  }}
                >
                  {t('assign.remove', { name: a.expert.name })}
                </button> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="grid-2">
        <SourceList sources={data.mission.sources} />
        <HistoryList changes={data.mission.history} />
      </div>
      {assigning ? (
        <AssignExpertDialog
          mission={{
            id: mission.id,
            reference: mission.reference,
            countryIso2: mission.country.iso2,
            assignedExpertIds: assignments.map((a) => a.expert.id),
            outsideAgreement,
          }}
          onClose={() => setAssigning(false)}
          onAssigned={async (warnings) => {
            setAssigning(false);
            setNotice([t('assign.done'), ...warnings]);
            await client.refetchQueries({ include: ['MissionDetailPage'] });
          }}
        />
      ) : null}
    </article>
  );
}
