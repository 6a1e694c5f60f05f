import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import { Link } from '../../app/router';
import { SyntheticBadge } from '../../ui/badges';
import { ErrorMessage, Loading, Empty } from '../../ui/states';
import { HistoryList } from '../shared/HistoryList';
import { SourceList } from '../shared/SourceList';
import { MissionTable } from '../mission/MissionTable';

export const DomainDetail_domain = graphql(`
  fragment DomainDetail_domain on Domain {
    id key label dacCodes synthetic
    parent { id key label }
    children { id key label }
    agreements(first: 25) { totalCount nodes { id reference title synthetic } }
    experts(first: 25) { totalCount nodes { id name synthetic } }
  }
`);

const DomainDetailPageQuery = graphql(`
  query DomainDetailPage($key: String!) {
    domain(key: $key) {
      ...DomainDetail_domain
      missions(first: 25) { ...MissionTable_connection }
      sources { ...SourceItem_source }
      history(first: 20) { ...HistoryList_changes }
    }
  }
`);

export default function DomainDetailPage({ domainKey }: { domainKey: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DomainDetailPageQuery, { variables: { key: domainKey } });
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data && loading) return <Loading />;
  if (!data?.domain) return <Empty>{t('detail.notFound')}</Empty>;
  const d = getFragmentData(DomainDetail_domain, data.domain);
  return (
    <article>
      <div className="page-header">
        <div>
          <p className="muted">
            {t('type.Domain')} · <code>{d.key}</code>
          </p>
          <h1>
            {d.label} <SyntheticBadge synthetic={d.synthetic} />
          </h1>
        </div>
        <div className="actions">
          <Link className="button secondary" to={`/network/${encodeURIComponent(d.id)}`}>
            {t('detail.showNetwork')}
          </Link>
        </div>
      </div>
      <section className="panel">
        <dl className="facts">
          <dt>{t('domain.parent')}</dt>
          <dd>{d.parent ? <Link to={`/domains/${encodeURIComponent(d.parent.key)}`}>{d.parent.label}</Link> : '–'}</dd>
          <dt>{t('domain.children')}</dt>
          <dd>
            {d.children.length
              ? d.children.map((c, i) => (
                  <span key={c.id}>
                    {i ? ', ' : ''}
                    <Link to={`/domains/${encodeURIComponent(c.key)}`}>{c.label}</Link>
                  </span>
                ))
              : '–'}
          </dd>
          <dt>{t('domain.dac')}</dt>
          <dd>{d.dacCodes.join(', ') || '–'}</dd>
        </dl>
      </section>
      <div className="grid-2">
        <section className="panel">
          <h2>
            {t('nav.agreements')} <span className="muted small">({d.agreements.totalCount})</span>
          </h2>
          <ul className="plain">
            {d.agreements.nodes.map((g) => (
              <li key={g.id}>
                <Link to={`/agreements/${encodeURIComponent(g.reference)}`}>{g.title}</Link> <SyntheticBadge synthetic={g.synthetic} />
              </li>
            ))}
          </ul>
        </section>
        <section className="panel">
          <h2>
            {t('nav.experts')} <span className="muted small">({d.experts.totalCount})</span>
          </h2>
          <ul className="plain">
            {d.experts.nodes.map((x) => (
              <li key={x.id}>
                <Link to={`/experts/${encodeURIComponent(x.id)}`}>{x.name}</Link> <SyntheticBadge synthetic={x.synthetic} />
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section className="panel">
        <h2>{t('nav.missions')}</h2>
        <MissionTable missions={data.domain.missions} caption={t('nav.missions')} />
      </section>
      <div className="grid-2">
        <SourceList sources={data.domain.sources} />
        <HistoryList changes={data.domain.history} />
      </div>
    </article>
  );
}
