import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import { Link } from '../../app/router';
import { SyntheticBadge } from '../../ui/badges';
import { ErrorMessage, Loading, Empty } from '../../ui/states';
import { HistoryList } from '../shared/HistoryList';
import { SourceList } from '../shared/SourceList';

export const AgencyDetail_agency = graphql(`
  fragment AgencyDetail_agency on Agency {
    id name acronym kind synthetic kboNumber iatiOrgId website existedFrom existedUntil
    names { name lang validFrom validUntil }
    country { id iso2 name }
    predecessors { id name }
    successors { id name }
    agreements(first: 50) { totalCount nodes { id reference title synthetic } }
    experts(first: 50) { totalCount nodes { id name synthetic } }
  }
`);

const AgencyDetailPageQuery = graphql(`
  query AgencyDetailPage($id: ID!) {
    node(id: $id) {
      ... on Agency {
        ...AgencyDetail_agency
        sources { ...SourceItem_source }
        history(first: 20) { ...HistoryList_changes }
      }
    }
  }
`);

export default function AgencyDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AgencyDetailPageQuery, { variables: { id } });
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data && loading) return <Loading />;
  const node = data?.node;
  if (!node || !('sources' in node)) return <Empty>{t('detail.notFound')}</Empty>;
  const a = getFragmentData(AgencyDetail_agency, node);
  return (
    <article>
      <div className="page-header">
        <div>
          <p className="muted">{t('type.Agency')}</p>
          <h1>
            {a.name} {a.acronym ? `(${a.acronym})` : ''} <SyntheticBadge synthetic={a.synthetic} />
          </h1>
        </div>
        <div className="actions">
          <Link className="button secondary" to={`/network/${encodeURIComponent(a.id)}`}>
            {t('detail.showNetwork')}
          </Link>
        </div>
      </div>
      <section className="panel">
        <h2>{t('detail.facts')}</h2>
        <dl className="facts">
          <dt>{t('mission.kind')}</dt>
          <dd>{t(`agencyKind.${a.kind}`, { defaultValue: a.kind })}</dd>
          <dt>{t('agency.kbo')}</dt>
          <dd>{a.kboNumber ?? '–'}</dd>
          <dt>{t('agency.iati')}</dt>
          <dd>{a.iatiOrgId ?? '–'}</dd>
          <dt>{t('agency.existence')}</dt>
          <dd>
            {a.existedFrom ?? '…'} – {a.existedUntil ?? '…'}
          </dd>
          <dt>{t('agency.names')}</dt>
          <dd>
            <ul className="plain small">
              {a.names.map((n, i) => (
                <li key={i}>
                  {n.name} <span className="muted">({n.lang}{n.validFrom ? `, ${n.validFrom}` : ''}{n.validUntil ? ` – ${n.validUntil}` : ''})</span>
                </li>
              ))}
            </ul>
          </dd>
          {a.predecessors.length ? (
            <>
              <dt>{t('agency.predecessors')}</dt>
              <dd>{a.predecessors.map((p) => p.name).join(', ')}</dd>
            </>
          ) : null}
          {a.successors.length ? (
            <>
              <dt>{t('agency.successors')}</dt>
              <dd>{a.successors.map((p) => p.name).join(', ')}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <div className="grid-2">
        <section className="panel">
          <h2>
            {t('nav.agreements')} <span className="muted small">({a.agreements.totalCount})</span>
          </h2>
          <ul className="plain">
            {a.agreements.nodes.map((g) => (
              <li key={g.id}>
                <Link to={`/agreements/${encodeURIComponent(g.reference)}`}>{g.reference}</Link> · {g.title} <SyntheticBadge synthetic={g.synthetic} />
              </li>
            ))}
          </ul>
        </section>
        <section className="panel">
          <h2>
            {t('nav.experts')} <span className="muted small">({a.experts.totalCount})</span>
          </h2>
          <ul className="plain">
            {a.experts.nodes.map((x) => (
              <li key={x.id}>
                <Link to={`/experts/${encodeURIComponent(x.id)}`}>{x.name}</Link> <SyntheticBadge synthetic={x.synthetic} />
              </li>
            ))}
          </ul>
        </section>
      </div>
      <div className="grid-2">
        <SourceList sources={node.sources} />
        <HistoryList changes={node.history} />
      </div>
    </article>
  );
}
