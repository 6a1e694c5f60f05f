import { useLazyQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import { useRouter } from '../../app/router';
import { NodeLabel_node, nodeIsSynthetic, nodeText } from '../shared/NodeLabel';
import { nodePath } from '../shared/node-path';
import { SearchResults_connection } from './SearchResults';

const SearchBoxQuery = graphql(`
  query SearchBox($query: String!) {
    search(query: $query, first: 8) { ...SearchResults_connection }
  }
`);

/** The global search with type-ahead: a combobox whose options open the node's page. */
export function SearchBox() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [run, { data }] = useLazyQuery(SearchBoxQuery);
  const listId = useId();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    clearTimeout(timer.current);
    const query = text.trim();
    if (query.length < 2) return;
    timer.current = setTimeout(() => void run({ variables: { query } }).catch(() => undefined), 200);
    return () => clearTimeout(timer.current);
  }, [text, run]);

  const hits = data && text.trim().length >= 2 ? getFragmentData(SearchResults_connection, data.search).nodes.map((h) => ({ ...h, node: getFragmentData(NodeLabel_node, h.node) })) : [];
  const go = (path: string) => {
    setOpen(false);
    setActive(-1);
    navigate(path);
  };
  const expanded = open && hits.length > 0;
  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (active >= 0 && hits[active]) go(nodePath(hits[active].node as never));
        else if (text.trim()) go(`/search?q=${encodeURIComponent(text.trim())}`);
      }}
    >
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={`${listId}-list`}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-opt-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={text}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(hits.length - 1, a + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(-1, a - 1));
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <ul id={`${listId}-list`} role="listbox" className="search-results" hidden={!expanded} aria-label={t('search.suggestions')}>
        {hits.map((hit, index) => (
          <li
            key={hit.node.id}
            id={`${listId}-opt-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              go(nodePath(hit.node as never));
            }}
          >
            <span className="search-type">{t(`type.${hit.node.__typename}`, { defaultValue: hit.node.__typename })}</span> {nodeText(hit.node)}
            {nodeIsSynthetic(hit.node) ? <span className="badge badge-synthetic">{t('badge.synthetic')}</span> : null}
          </li>
        ))}
      </ul>
    </form>
  );
}
