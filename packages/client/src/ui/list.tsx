import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from '../app/router';

export const PAGE_SIZE = 25;

/** Paging and sorting read from the URL, so a list view can be shared as a link. */
export function useListParams(defaultSort: string) {
  const [params, setParams] = useSearchParams();
  const after = params.get('after') ?? undefined;
  const before = params.get('before') ?? undefined;
  const sort = params.get('sort') ?? defaultSort;
  const dir = params.get('dir') === 'desc' ? 'DESC' : 'ASC';
  const paging = before ? { last: PAGE_SIZE, before } : { first: PAGE_SIZE, after };
  return {
    params,
    setParams,
    paging,
    orderBy: [{ field: sort, direction: dir as 'ASC' | 'DESC' }],
    sort,
    dir,
    /** Sets filters and starts again from the first page. */
    setFilter: (next: Record<string, string | null | undefined>) => setParams({ ...next, after: null, before: null }),
    onPage: (cursor: { after?: string; before?: string }) => setParams({ after: cursor.after ?? null, before: cursor.before ?? null }, { push: true }),
  };
}

export function SortControl({ options, sort, dir, onChange }: { options: string[]; sort: string; dir: string; onChange: (next: { sort: string; dir: string }) => void }) {
  const { t } = useTranslation();
  return (
    <div className="sort-control">
      <label>
        {t('list.sortBy')}{' '}
        <select value={sort} onChange={(e) => onChange({ sort: e.target.value, dir: dir.toLowerCase() })}>
          {options.map((o) => (
            <option key={o} value={o}>
              {t(`sort.${o}`, { defaultValue: o })}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        <span className="visually-hidden">{t('list.direction')}</span>
        <select value={dir.toLowerCase()} onChange={(e) => onChange({ sort, dir: e.target.value })}>
          <option value="asc">{t('list.asc')}</option>
          <option value="desc">{t('list.desc')}</option>
        </select>
      </label>
    </div>
  );
}

/** A link that downloads the whole list (every page) as CSV from the server's /export.csv. */
export function ExportLink({ query, variables }: { query: string; variables: Record<string, unknown> }) {
  const { t } = useTranslation();
  const href = `/export.csv?${new URLSearchParams({ query, variables: JSON.stringify(variables) }).toString()}`;
  return (
    <a className="button" href={href} download="export.csv">
      {t('list.exportCsv')}
    </a>
  );
}

export function FilterBar({ children, onReset }: { children: ReactNode; onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <form className="filter-bar" role="search" aria-label={t('list.filters')} onSubmit={(e) => e.preventDefault()}>
      {children}
      <button type="button" className="secondary" onClick={onReset}>
        {t('list.reset')}
      </button>
    </form>
  );
}

/** Builds a typed filter object from the URL, dropping empty parts. */
export function compact<T extends Record<string, unknown>>(filter: T): T | undefined {
  const entries = Object.entries(filter).filter(([, v]) => v !== undefined && v !== null);
  return entries.length ? (Object.fromEntries(entries) as T) : undefined;
}
