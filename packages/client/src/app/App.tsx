import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Layout } from '../ui/Layout';
import { Loading } from '../ui/states';
import { SearchBox } from '../features/search/SearchBox';
import { matchPath, useRouter } from './router';
import { ErrorBoundary } from './ErrorBoundary';

// Every page is its own chunk; the heavy ones (GraphiQL, network view, map) load only when opened.
const OverviewPage = lazy(() => import('../features/overview/OverviewPage'));
const MissionListPage = lazy(() => import('../features/mission/MissionListPage'));
const MissionDetailPage = lazy(() => import('../features/mission/MissionDetailPage'));
const MissionPlanPage = lazy(() => import('../features/mission/MissionPlanPage'));
const AgreementListPage = lazy(() => import('../features/agreement/AgreementListPage'));
const AgreementCreatePage = lazy(() => import('../features/agreement/AgreementCreatePage'));
const AgreementDetailPage = lazy(() => import('../features/agreement/AgreementDetailPage'));
const ExpertListPage = lazy(() => import('../features/expert/ExpertListPage'));
const ExpertDetailPage = lazy(() => import('../features/expert/ExpertDetailPage'));
const AgencyListPage = lazy(() => import('../features/agency/AgencyListPage'));
const AgencyDetailPage = lazy(() => import('../features/agency/AgencyDetailPage'));
const DomainListPage = lazy(() => import('../features/domain/DomainListPage'));
const DomainDetailPage = lazy(() => import('../features/domain/DomainDetailPage'));
const CountryListPage = lazy(() => import('../features/country/CountryListPage'));
const CountryDetailPage = lazy(() => import('../features/country/CountryDetailPage'));
const NodePage = lazy(() => import('../features/node/NodePage'));
const NetworkPage = lazy(() => import('../features/network/NetworkPage'));
const MapPage = lazy(() => import('../features/map/MapPage'));
const SearchPage = lazy(() => import('../features/search/SearchPage'));
const AdminPage = lazy(() => import('../features/auth/AdminPage'));
const AccountPage = lazy(() => import('../features/auth/AccountPage'));
const GraphiQLPage = lazy(() => import('../features/graphiql/GraphiQLPage'));

type Route = [pattern: string, render: (params: Record<string, string>) => ReactNode, titleKey: string];

const page = <P extends object>(Component: ComponentType<P>) => (params: Record<string, string>) => <Component {...(params as P)} />;

export const ROUTES: Route[] = [
  ['/', page(OverviewPage), 'nav.overview'],
  ['/missions', page(MissionListPage), 'nav.missions'],
  ['/missions/new', page(MissionPlanPage), 'mission.planNew'],
  ['/missions/:reference', page(MissionDetailPage), 'type.Mission'],
  ['/agreements', page(AgreementListPage), 'nav.agreements'],
  ['/agreements/new', page(AgreementCreatePage), 'agreement.create'],
  ['/agreements/:reference', page(AgreementDetailPage), 'type.Agreement'],
  ['/experts', page(ExpertListPage), 'nav.experts'],
  ['/experts/:id', page(ExpertDetailPage), 'type.Expert'],
  ['/agencies', page(AgencyListPage), 'nav.agencies'],
  ['/agencies/:id', page(AgencyDetailPage), 'type.Agency'],
  ['/domains', page(DomainListPage), 'nav.domains'],
  ['/domains/:domainKey', page(DomainDetailPage), 'type.Domain'],
  ['/countries', page(CountryListPage), 'nav.countries'],
  ['/countries/:code', page(CountryDetailPage), 'type.Country'],
  ['/node/:id', page(NodePage), 'type.Node'],
  ['/network/:id', page(NetworkPage), 'network.short'],
  ['/map', page(MapPage), 'nav.map'],
  ['/search', page(SearchPage), 'search.short'],
  ['/admin', page(AdminPage), 'admin.title'],
  ['/account', page(AccountPage), 'account.title'],
];

export function App({ account }: { account?: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useRouter();
  if (pathname === '/graphiql') {
    // GraphiQL takes the whole window: it has its own layout.
    document.title = `GraphiQL · Coopgraph`;
    return (
      <Suspense fallback={<Loading />}>
        <GraphiQLPage />
      </Suspense>
    );
  }
  let content: ReactNode = <p>{t('detail.notFound')}</p>;
  for (const [pattern, render, titleKey] of ROUTES) {
    const params = matchPath(pattern, pathname);
    if (params) {
      content = render(params);
      document.title = `${t(titleKey)} · Coopgraph`;
      break;
    }
  }
  return (
    <Layout search={<SearchBox />} account={account}>
      <ErrorBoundary key={pathname}>
        <Suspense fallback={<Loading />}>{content}</Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
