import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import { Link } from '../../app/router';
import { ErrorMessage, Loading } from '../../ui/states';
import { CountryCounts_missionGroup, CountryCounts_agreementGroup, countsByCountry } from './fragments';

const CountryMap = lazy(() => import('./CountryMap'));

const MapPageQuery = graphql(`
  query MapPage {
    missionStats(groupBy: [COUNTRY]) { ...CountryCounts_missionGroup }
    agreementStats(groupBy: [COUNTRY]) { ...CountryCounts_agreementGroup }
  }
`);

/** Partner countries shaded by missions or agreements, with the same numbers as a table. */
export default function MapPage() {
  const { t } = useTranslation();
  const [measure, setMeasure] = useState<'missions' | 'agreements'>('missions');
  const { data, loading, error, refetch } = useQuery(MapPageQuery);
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data && loading) return <Loading />;
  if (!data) return null;
  const missions = countsByCountry(data.missionStats.map((g) => getFragmentData(CountryCounts_missionGroup, g)));
  const agreements = countsByCountry(data.agreementStats.map((g) => getFragmentData(CountryCounts_agreementGroup, g)));
  const rows = measure === 'missions' ? missions : agreements;
  return (
    <>
      <h1>{t('map.title')}</h1>
      <fieldset className="segmented">
        <legend>{t('map.shadeBy')}</legend>
        <label>
          <input type="radio" name="measure" checked={measure === 'missions'} onChange={() => setMeasure('missions')} /> {t('nav.missions')}
        </label>
        <label>
          <input type="radio" name="measure" checked={measure === 'agreements'} onChange={() => setMeasure('agreements')} /> {t('nav.agreements')}
        </label>
      </fieldset>
      <Suspense fallback={<Loading />}>
        <CountryMap label={t(measure === 'missions' ? 'map.missionsLabel' : 'map.agreementsLabel')} values={Object.fromEntries(rows.filter((r) => r.isoNumeric).map((r) => [r.isoNumeric!, r.count]))} />
      </Suspense>
      <div className="table-wrap">
        <table>
          <caption>{t(measure === 'missions' ? 'map.missionsLabel' : 'map.agreementsLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mission.country')}</th>
              <th scope="col">{t('map.count')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.iso2}>
                <td>
                  <Link to={`/countries/${r.iso2}`}>{r.name}</Link>
                </td>
                <td>{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
