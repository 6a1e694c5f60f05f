import type { DocumentNode } from 'graphql';

/** Most variable sets remembered per document and analysis; beyond it the oldest is forgotten. */
const PER_DOCUMENT = 64;

/**
 * Remembers an analysis of a parsed document (page limits, cost) for the variables it ran
 * with. Apollo keeps one parsed `DocumentNode` per query text, so an analyst's or the
 * dashboard's repeated query is walked once per distinct set of variables, not per request.
 * The analyses are pure functions of the schema, the document and the variables.
 */
export function documentMemo<T>(): (document: DocumentNode, variables: Record<string, unknown> | undefined, compute: () => T) => T {
  const byDocument = new WeakMap<DocumentNode, Map<string, T>>();
  return (document, variables, compute) => {
    let byVariables = byDocument.get(document);
    if (!byVariables) {
      byVariables = new Map();
      byDocument.set(document, byVariables);
    }
    const key = variables ? JSON.stringify(variables) : '';
    if (byVariables.has(key)) return byVariables.get(key)!;
    const value = compute();
    if (byVariables.size >= PER_DOCUMENT) byVariables.delete(byVariables.keys().next().value!);
    byVariables.set(key, value);
    return value;
  };
}
