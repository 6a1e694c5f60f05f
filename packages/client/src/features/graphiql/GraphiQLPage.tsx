import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import './monaco-workers';
import 'graphiql/style.css';
import { useEffect, useMemo, useRef } from 'react';
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
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!main.current) return undefined;
    const observer = new MutationObserver(() => flattenTabRoles(main.current!));
    flattenTabRoles(main.current);
    observer.observe(main.current, { childList: true, subtree: true, attributes: true, attributeFilter: ['role', 'aria-selected', 'class'] });
    return () => observer.disconnect();
  }, []);
  return (
    <div className="graphiql-page">
      <header className="graphiql-bar">
        <Link to="/">{t('graphiql.back')}</Link>
        <span className="muted small">{t('graphiql.help', { count: tabs.length })}</span>
      </header>
      <main className="graphiql-main" id="main" ref={main}>
        <h1 className="visually-hidden">GraphiQL</h1>
        <GraphiQL fetcher={fetcher} defaultTabs={tabs} defaultEditorToolsVisibility={false} />
      </main>
    </div>
  );
}

/**
 * GraphiQL marks each editor tab `role="tab"` while the tab holds two buttons (select and
 * close): interactive controls nested in an interactive one, which screen readers cannot
 * announce properly (axe: nested-interactive). The tab bar is presented as what it is, a
 * list of buttons, the selected one marked `aria-current`.
 */
function flattenTabRoles(root: HTMLElement): void {
  for (const list of root.querySelectorAll('[role="tablist"]')) list.removeAttribute('role');
  for (const tab of root.querySelectorAll('[role="tab"]')) {
    tab.removeAttribute('role');
    tab.removeAttribute('aria-selected');
  }
  for (const tab of root.querySelectorAll('.graphiql-tab')) {
    const select = tab.querySelector('.graphiql-tab-button');
    if (!select) continue;
    const active = tab.classList.contains('graphiql-tab-active');
    if (active && select.getAttribute('aria-current') !== 'true') select.setAttribute('aria-current', 'true');
    else if (!active && select.hasAttribute('aria-current')) select.removeAttribute('aria-current');
  }
}
