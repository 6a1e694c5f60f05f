import { useTranslation } from 'react-i18next';
import { graphql, type FragmentType, getFragmentData } from '../../gql';
import { SyntheticBadge } from '../../ui/badges';
import { Empty } from '../../ui/states';

export const SourceItem_source = graphql(`
  fragment SourceItem_source on Source {
    id
    key
    title
    publisher
    url
    synthetic
  }
`);

/** The documents a node cites: provenance for every fact shown. */
export function SourceList({ sources }: { sources: readonly FragmentType<typeof SourceItem_source>[] }) {
  const { t } = useTranslation();
  const items = sources.map((s) => getFragmentData(SourceItem_source, s));
  return (
    <section className="panel" aria-labelledby="sources-title">
      <h2 id="sources-title">{t('detail.sources')}</h2>
      {items.length === 0 ? (
        <Empty>{t('detail.noSources')}</Empty>
      ) : (
        <ul className="plain">
          {items.map((source) => (
            <li key={source.id}>
              {source.url ? (
                <a href={source.url} rel="noreferrer noopener" target="_blank">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
              {source.publisher ? <span className="muted"> · {source.publisher}</span> : null}
              <SyntheticBadge synthetic={source.synthetic} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
