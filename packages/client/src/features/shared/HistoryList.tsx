import { useTranslation } from 'react-i18next';
import { graphql, type FragmentType, getFragmentData } from '../../gql';
import { Empty } from '../../ui/states';

export const HistoryList_changes = graphql(`
  fragment HistoryList_changes on ChangeConnection {
    totalCount
    nodes {
      occurredAt
      actor
      operation
      before
      after
    }
  }
`);

/** What changed in a value, as `field: before → after` lines (only the fields that differ). */
export function describeChange(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const text = (v: unknown) => (v === undefined || v === null ? '∅' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  const lines: string[] = [];
  for (const key of keys) {
    if (key === 'version' || key === 'updatedAt' || key === 'updated_at') continue;
    const a = before?.[key];
    const b = after?.[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) lines.push(before ? `${key}: ${text(a)} → ${text(b)}` : `${key}: ${text(b)}`);
  }
  return lines;
}

export function HistoryList({ changes }: { changes: FragmentType<typeof HistoryList_changes> }) {
  const { t, i18n } = useTranslation();
  const data = getFragmentData(HistoryList_changes, changes);
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">
        {t('detail.history')} <span className="muted small">({data.totalCount})</span>
      </h2>
      {data.nodes.length === 0 ? (
        <Empty>{t('detail.noHistory')}</Empty>
      ) : (
        <ol className="history">
          {data.nodes.map((change, index) => (
            <li key={index}>
              <div>
                <strong>{change.operation}</strong> · {new Date(change.occurredAt).toLocaleString(i18n.language)} · <span className="muted">{change.actor}</span>
              </div>
              <details>
                <summary>{t('detail.showChange')}</summary>
                <ul className="small">
                  {describeChange(change.before, change.after)
                    .slice(0, 20)
                    .map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                </ul>
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
