import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData } from '../../gql';
import { Link } from '../../app/router';
import { SyntheticBadge } from '../../ui/badges';
import { ErrorMessage, Loading, Empty } from '../../ui/states';
import { NodeLabel_node, nodeIsSynthetic, nodeText } from '../shared/NodeLabel';
import { HistoryList } from '../shared/HistoryList';
import { SourceList } from '../shared/SourceList';

export const NodeSummary_node = graphql(`
  fragment NodeSummary_node on Node {
    ... on Person { givenName familyName affiliations { id position organisation: agency { id name } } expertProfile { id name } }
    ... on Source { publisher url excerpt kind publishedOn { text } }
    ... on PartnerDesignation { validFrom validUntil country { id iso2 name } }
  }
`);

const NodePageQuery = graphql(`
  query NodePage($id: ID!) {
    node(id: $id) {
      ...NodeLabel_node
      ...NodeSummary_node
      ... on Person { sources { ...SourceItem_source } history(first: 20) { ...HistoryList_changes } }
      ... on Source { history(first: 20) { ...HistoryList_changes } }
      ... on PartnerDesignation { sources { ...SourceItem_source } history(first: 20) { ...HistoryList_changes } }
    }
  }
`);

/** Any other node (people, sources, partner designations) by global ID. */
export default function NodePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(NodePageQuery, { variables: { id } });
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (!data && loading) return <Loading />;
  if (!data?.node) return <Empty>{t('detail.notFound')}</Empty>;
  const label = getFragmentData(NodeLabel_node, data.node);
  const summary = getFragmentData(NodeSummary_node, data.node);
  const node = data.node as typeof data.node & { sources?: never[]; history?: never };
  return (
    <article>
      <div className="page-header">
        <div>
          <p className="muted">{t(`type.${label.__typename}`, { defaultValue: label.__typename })}</p>
          <h1>
            {nodeText(label)} <SyntheticBadge synthetic={nodeIsSynthetic(label)} />
          </h1>
        </div>
        <div className="actions">
          <Link className="button secondary" to={`/network/${encodeURIComponent(label.id)}`}>
            {t('detail.showNetwork')}
          </Link>
        </div>
      </div>
      <section className="panel">
        <dl className="facts">
          {'publisher' in summary ? (
            <>
              <dt>{t('source.publisher')}</dt>
              <dd>{summary.publisher ?? '–'}</dd>
              <dt>{t('source.published')}</dt>
              <dd>{summary.publishedOn?.text ?? '–'}</dd>
              {summary.url ? (
                <>
                  <dt>URL</dt>
                  <dd>
                    <a href={summary.url} rel="noreferrer noopener" target="_blank">
                      {summary.url}
                    </a>
                  </dd>
                </>
              ) : null}
              {summary.excerpt ? (
                <>
                  <dt>{t('source.excerpt')}</dt>
                  <dd>
                    <blockquote>{summary.excerpt}</blockquote>
                  </dd>
                </>
              ) : null}
            </>
          ) : null}
          {'affiliations' in summary ? (
            <>
              <dt>{t('person.affiliations')}</dt>
              <dd>
                {summary.affiliations.map((a) => (
                  <div key={a.id}>
                    {a.position ?? '–'} · <Link to={`/agencies/${encodeURIComponent(a.organisation.id)}`}>{a.organisation.name}</Link>
                  </div>
                ))}
              </dd>
              {summary.expertProfile ? (
                <>
                  <dt>{t('type.Expert')}</dt>
                  <dd>
                    <Link to={`/experts/${encodeURIComponent(summary.expertProfile.id)}`}>{summary.expertProfile.name}</Link>
                  </dd>
                </>
              ) : null}
            </>
          ) : null}
          {'country' in summary && summary.country ? (
            <>
              <dt>{t('mission.country')}</dt>
              <dd>
                <Link to={`/countries/${summary.country.iso2}`}>{summary.country.name}</Link> ({summary.validFrom ?? '…'} – {summary.validUntil ?? '…'})
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      <div className="grid-2">
        {node.sources ? <SourceList sources={node.sources} /> : <div />}
        {node.history ? <HistoryList changes={node.history} /> : null}
      </div>
    </article>
  );
}
