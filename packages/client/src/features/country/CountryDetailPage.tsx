import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import { Link } from '../../app/router';
import { SyntheticBadge } from '../../ui/badges';
import { ErrorMessage, Loading, Empty } from '../../ui/states';
import { HistoryList } from '../shared/HistoryList';
import { SourceList } from '../shared/SourceList';
import { MissionTable } from '../mission/MissionTable';

const CountryMap = lazy(() => import('../map/CountryMap'));

export const CountryDetail_country = graphql(`
  fragment CountryDetail_country on Country {
    id iso2 iso3 isoNumeric name isPartner synthetic
    partnerDesignations { id programme validFrom validUntil }
    agreements(first: 25) { totalCount nodes { id reference title synthetic } }
  }
`);

const CountryDetailPageQuery = graphql(`
  query CountryDetailPage($code: String!) {
    country(code: $code) {
      ...CountryDetail_country
      missions(first: 25, orderBy: [{ field: PLANNED_START, direction: DESC }]) { ...MissionTable_connection }
      sources { ...SourceItem_source }
      history(first: 20) { ...HistoryList_changes }
    }
  }
`);

export default function CountryDetailPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CountryDetailPageQuery, { variables: { code } });
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data && loading) return <Loading />;
  if (!data?.country) return <Empty>{t('detail.notFound')}</Empty>;
  const c = getFragmentData(CountryDetail_country, data.country);
  return (
    <article>
      <div className="page-header">
        <div>
          <p className="muted">
            {t('type.Country')} · {c.iso2}
          </p>
          <h1>
            {c.name} <SyntheticBadge synthetic={c.synthetic} />
          </h1>
          {c.isPartner ? <p className="badge">{t('country.partnerCountry')}</p> : null}
        </div>
        <div className="actions">
          <Link className="button secondary" to={`/network/${encodeURIComponent(c.id)}`}>
            {t('detail.showNetwork')}
          </Link>
        </div>
      </div>
      <div className="grid-2">
        <section className="panel">
          <h2>{t('country.designations')}</h2>
          {c.partnerDesignations.length === 0 ? (
            <Empty />
          ) : (
            <ul className="plain">
              {c.partnerDesignations.map((p) => (
                <li key={p.id}>
                  {p.programme} <span className="muted">({p.validFrom ?? '…'} – {p.validUntil ?? '…'})</span>
                </li>
              ))}
            </ul>
          )}
          <h2>
            {t('nav.agreements')} <span className="muted small">({c.agreements.totalCount})</span>
          </h2>
          <ul className="plain">
            {c.agreements.nodes.map((g) => (
              <li key={g.id}>
                <Link to={`/agreements/${encodeURIComponent(g.reference)}`}>{g.title}</Link> <SyntheticBadge synthetic={g.synthetic} />
              </li>
            ))}
          </ul>
        </section>
        <section className="panel">
          <h2>{t('detail.onTheMap')}</h2>
          <Suspense fallback={<Loading />}>
            <CountryMap label={t('map.missionCountry', { country: c.name })} values={{}} highlight={c.isoNumeric ?? undefined} compact />
          </Suspense>
        </section>
      </div>
      <section className="panel">
        <h2>{t('nav.missions')}</h2>
        <MissionTable missions={data.country.missions} caption={t('nav.missions')} />
      </section>
      <div className="grid-2">
        <SourceList sources={data.country.sources} />
        <HistoryList changes={data.country.history} />
      </div>
    </article>
  );
}
