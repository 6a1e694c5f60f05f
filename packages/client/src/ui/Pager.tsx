import { useTranslation } from 'react-i18next';
import { graphql, type FragmentType, getFragmentData } from '../gql';

export const Pager_pageInfo = graphql(`
  fragment Pager_pageInfo on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`);

/** Cursor pagination: previous / next pages of a Relay connection. */
export function Pager(props: { pageInfo: FragmentType<typeof Pager_pageInfo>; totalCount: number; shown: number; onPage: (cursor: { after?: string; before?: string }) => void }) {
  const { t } = useTranslation();
  const pageInfo = getFragmentData(Pager_pageInfo, props.pageInfo);
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <span className="muted">{t('pager.count', { shown: props.shown, total: props.totalCount })}</span>
      <button type="button" disabled={!pageInfo.hasPreviousPage} onClick={() => props.onPage({ before: pageInfo.startCursor ?? undefined })}>
        {t('pager.previous')}
      </button>
      <button type="button" disabled={!pageInfo.hasNextPage} onClick={() => props.onPage({ after: pageInfo.endCursor ?? undefined })}>
        {t('pager.next')}
      </button>
    </nav>
  );
}
