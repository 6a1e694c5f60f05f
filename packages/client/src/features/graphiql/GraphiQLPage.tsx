import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import './monaco-workers';
import 'graphiql/style.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import guide from '../../../../server/docs/analyst-guide.md?raw';
import { Link } from '../../app/router';
import { examplesFromGuide } from './examples';

/** GraphiQL for analysts, bundled (no CDN), on the dashboard's session, with the guide's questions as tabs. */
export default function GraphiQLPage() {
  const { t } = useTranslation();
  const fetcher = useMemo(
    () => createGraphiQLFetcher({ url: '/graphql', fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }) }),
    [],
  );
  const tabs = useMemo(() => examplesFromGuide(guide).map((e) => ({ query: e.query })), []);
  return (
    <div className="graphiql-page">
      <header className="graphiql-bar">
        <Link to="/">{t('graphiql.back')}</Link>
        <span className="muted small">{t('graphiql.help', { count: tabs.length })}</span>
      </header>
      <main className="graphiql-main" id="main">
        <h1 className="visually-hidden">GraphiQL</h1>
        <GraphiQL fetcher={fetcher} defaultTabs={tabs} defaultEditorToolsVisibility={false} />
      </main>
    </div>
  );
}
