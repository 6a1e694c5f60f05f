import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import { Link } from '../../app/router';
import { SyntheticBadge } from '../../ui/badges';
import { ErrorMessage, Loading, Empty } from '../../ui/states';
import { HistoryList } from '../shared/HistoryList';
import { SourceList } from '../shared/SourceList';
import { MissionTable } from '../mission/MissionTable';
import { ExpertTimeline } from './ExpertTimeline';

export const ExpertDetail_expert = graphql(`
  fragment ExpertDetail_expert on Expert {
    id name summary languages synthetic
    employer { id name }
    domains { id key label }
  }
`);

const ExpertDetailPageQuery = graphql(`
  query ExpertDetailPage($id: ID!) {
    node(id: $id) {
      ... on Expert {
        ...ExpertDetail_expert
        ...ExpertTimeline_expert
        missions(first: 25, orderBy: [{ field: PLANNED_START, direction: DESC }]) { ...MissionTable_connection }
        sources { ...SourceItem_source }
        history(first: 20) { ...HistoryList_changes }
      }
    }
  }
`);

export default function ExpertDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ExpertDetailPageQuery, { variables: { id } });
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data && loading) return <Loading />;
  const node = data?.node;
  if (!node || !('missions' in node)) return <Empty>{t('detail.notFound')}</Empty>;
  const e = getFragmentData(ExpertDetail_expert, node);
  return (
    <article>
      <div className="page-header">
        <div>
          <p className="muted">{t('type.Expert')}</p>
          <h1>
            {e.name} <SyntheticBadge synthetic={e.synthetic} />
          </h1>
        </div>
        <div className="actions">
          <Link className="button secondary" to={`/network/${encodeURIComponent(e.id)}`}>
            {t('detail.showNetwork')}
          </Link>
        </div>
      </div>
      <section className="panel">
        <h2>{t('detail.facts')}</h2>
        <dl className="facts">
          <dt>{t('expert.employer')}</dt>
          <dd>
            <Link to={`/agencies/${encodeURIComponent(e.employer.id)}`}>{e.employer.name}</Link>
          </dd>
          <dt>{t('assign.languages')}</dt>
          <dd>{e.languages.join(', ').toUpperCase() || '–'}</dd>
          <dt>{t('mission.domains')}</dt>
          <dd>
            {e.domains.map((d, i) => (
              <span key={d.id}>
                {i ? ', ' : ''}
                <Link to={`/domains/${encodeURIComponent(d.key)}`}>{d.label}</Link>
              </span>
            ))}
          </dd>
          {e.summary ? (
            <>
              <dt>{t('expert.summary')}</dt>
              <dd>{e.summary}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section className="panel">
        <h2>{t('expert.timeline')}</h2>
        <ExpertTimeline expert={node} />
      </section>
      <section className="panel">
        <h2>{t('nav.missions')}</h2>
        <MissionTable missions={node.missions} caption={t('nav.missions')} />
      </section>
      <div className="grid-2">
        <SourceList sources={node.sources} />
        <HistoryList changes={node.history} />
      </div>
    </article>
  );
}
