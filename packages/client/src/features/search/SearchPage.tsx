import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import { useSearchParams } from '../../app/router';
import { ErrorMessage, Loading, Empty } from '../../ui/states';
import { NodeLabel } from '../shared/NodeLabel';
import { SearchResults_connection } from './SearchResults';

const SearchPageQuery = graphql(`
  query SearchPage($query: String!) {
    search(query: $query, first: 50) { ...SearchResults_connection }
  }
`);

export default function SearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const { data, loading, error } = useQuery(SearchPageQuery, { variables: { query }, skip: !query });
  const results = data ? getFragmentData(SearchResults_connection, data.search) : null;
  return (
    <>
      <h1>{t('search.title', { query })}</h1>
      {!query ? <Empty>{t('search.typeSomething')}</Empty> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {loading && !data ? <Loading /> : null}
      {results ? (
        results.nodes.length === 0 ? (
          <Empty>{t('search.nothing')}</Empty>
        ) : (
          <>
            <p className="muted">{t('search.count', { count: results.totalCount })}</p>
            <ol className="search-page-results">
              {results.nodes.map((hit, i) => (
                <li key={i}>
                  <NodeLabel node={hit.node} showType />
                  {hit.snippet ? <p className="small muted">{hit.snippet}</p> : null}
                </li>
              ))}
            </ol>
          </>
        )
      ) : null}
    </>
  );
}
