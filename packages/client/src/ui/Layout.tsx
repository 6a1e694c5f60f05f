import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRouter } from '../app/router';
import { LanguageSwitcher } from './LanguageSwitcher';

const NAV: { to: string; key: string }[] = [
  { to: '/', key: 'nav.overview' },
  { to: '/missions', key: 'nav.missions' },
  { to: '/agreements', key: 'nav.agreements' },
  { to: '/experts', key: 'nav.experts' },
  { to: '/agencies', key: 'nav.agencies' },
  { to: '/domains', key: 'nav.domains' },
  { to: '/countries', key: 'nav.countries' },
  { to: '/map', key: 'nav.map' },
  { to: '/graphiql', key: 'nav.graphiql' },
];

export function Layout({ children, search, account }: { children: ReactNode; search?: ReactNode; account?: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useRouter();
  const current = (to: string) => (to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`));
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          Coopgraph
        </Link>
        <div className="topbar-search">{search}</div>
        <div className="topbar-tools">
          <LanguageSwitcher />
          {account}
        </div>
      </header>
      <nav className="mainnav" aria-label={t('nav.label')}>
        <ul>
          {NAV.map((item) => (
            <li key={item.to}>
              <Link to={item.to} aria-current={current(item.to) ? 'page' : undefined}>
                {t(item.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
