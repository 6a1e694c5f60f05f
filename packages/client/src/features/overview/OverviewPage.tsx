import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Link } from '../../app/router';
import { ErrorMessage, Loading } from '../../ui/states';
import { SyntheticBadge } from '../../ui/badges';
import { CountryCounts_missionGroup, countsByCountry } from '../map/fragments';
import { BarChart } from './BarChart';

const CountryMap = lazy(() => import('../map/CountryMap'));

export const KeyFigure_connection = graphql(`
  fragment KeyFigure_missions on MissionConnection { totalCount }
`);
const KeyFigureAgreements = graphql(`
  fragment KeyFigure_agreements on AgreementConnection { totalCount }
`);
const KeyFigureExperts = graphql(`
  fragment KeyFigure_experts on ExpertConnection { totalCount }
`);
const KeyFigureAgencies = graphql(`
  fragment KeyFigure_agencies on AgencyConnection { totalCount }
`);
export const YearChart_missionGroup = graphql(`
  fragment YearChart_missionGroup on MissionGroup { year count }
`);
export const DomainChart_agreementGroup = graphql(`
  fragment DomainChart_agreementGroup on AgreementGroup { count domain { id key label } }
`);

const OverviewPageQuery = graphql(`
  query OverviewPage {
    missions(first: 1) { ...KeyFigure_missions }
    syntheticMissions: missions(first: 1, filter: { synthetic: true }) { ...KeyFigure_missions }
    syntheticExperts: experts(first: 1, filter: { synthetic: true }) { ...KeyFigure_experts }
    agreements(first: 1) { ...KeyFigure_agreements }
    experts(first: 1) { ...KeyFigure_experts }
    agencies(first: 1) { ...KeyFigure_agencies }
    perYear: missionStats(groupBy: [YEAR]) { ...YearChart_missionGroup }
    perDomain: agreementStats(groupBy: [DOMAIN]) { ...DomainChart_agreementGroup }
    perCountry: missionStats(groupBy: [COUNTRY]) { ...CountryCounts_missionGroup }
  }
`);

function Figure({ label, value, to }: { label: string; value: number; to: string }) {
  return (
    <Link to={to} className="figure">
      <span className="figure-value">{value.toLocaleString()}</span>
      <span className="figure-label">{label}</span>
    </Link>
  );
}

export default function OverviewPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(OverviewPageQuery);
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data && loading) return <Loading />;
  if (!data) return null;
  const total = (f: FragmentType<typeof KeyFigure_connection>) => getFragmentData(KeyFigure_connection, f).totalCount;
  const years = data.perYear
    .map((g) => getFragmentData(YearChart_missionGroup, g))
    .filter((g) => g.year != null)
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
    .map((g) => ({ label: String(g.year), value: g.count }));
  const domains = data.perDomain
    .map((g) => getFragmentData(DomainChart_agreementGroup, g))
    .filter((g) => g.domain)
    .slice(0, 12)
    .map((g) => ({ label: g.domain!.label, value: g.count }));
  const countries = countsByCountry(data.perCountry.map((g) => getFragmentData(CountryCounts_missionGroup, g)));
  return (
    <>
      <h1>{t('overview.title')}</h1>
      <p className="lead">{t('overview.lead')}</p>
      {total(data.syntheticMissions) > 0 ? (
        <p className="notice-synthetic">
          <SyntheticBadge synthetic />{' '}
          {t('overview.syntheticNote', { missions: total(data.syntheticMissions), experts: getFragmentData(KeyFigureExperts, data.syntheticExperts).totalCount })}
        </p>
      ) : null}
      <div className="figures">
        <Figure label={t('nav.missions')} value={total(data.missions)} to="/missions" />
        <Figure label={t('nav.agreements')} value={getFragmentData(KeyFigureAgreements, data.agreements).totalCount} to="/agreements" />
        <Figure label={t('nav.experts')} value={getFragmentData(KeyFigureExperts, data.experts).totalCount} to="/experts" />
        <Figure label={t('nav.agencies')} value={getFragmentData(KeyFigureAgencies, data.agencies).totalCount} to="/agencies" />
      </div>
      <div className="grid-2">
        <section className="panel">
          <BarChart title={t('overview.missionsPerYear')} rows={years} />
        </section>
        <section className="panel">
          <BarChart title={t('overview.agreementsPerDomain')} rows={domains} />
        </section>
      </div>
      <section className="panel" aria-labelledby="overview-map">
        <h2 id="overview-map">{t('overview.map')}</h2>
        <Suspense fallback={<Loading />}>
          <CountryMap label={t('map.missionsLabel')} values={Object.fromEntries(countries.filter((c) => c.isoNumeric).map((c) => [c.isoNumeric!, c.count]))} />
        </Suspense>
        <p>
          <Link to="/map">{t('overview.openMap')}</Link>
        </p>
      </section>
    </>
  );
}
