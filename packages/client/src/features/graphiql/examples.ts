/** The analyst's guide's worked questions, as GraphiQL tabs: each `## N. Question` heading and its first graphql block. */
export interface Example {
  title: string;
  query: string;
}

/** "1. What did BOSA and BTC sign…" → "Q1_WhatDidBosaAndBtc", so each tab has a readable name. */
function operationName(title: string, index: number): string {
  const words = title
    .replace(/^\d+\.\s*/, '')
    .normalize('NFD')
    .replace(/[^A-Za-z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 6)
    .map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
  return `Q${index + 1}_${words.join('')}`;
}

export function examplesFromGuide(markdown: string): Example[] {
  const examples: Example[] = [];
  const sections = markdown.split(/^## /m).slice(1);
  for (const section of sections) {
    const title = section.split('\n', 1)[0].trim();
    const block = /```graphql\n([\s\S]*?)```/.exec(section);
    if (!block) continue;
    let query = block[1].trimEnd();
    // Anonymous queries get a name: GraphiQL titles its tabs with it.
    if (query.startsWith('{')) query = `query ${operationName(title, examples.length)} ${query}`;
    examples.push({ title, query: `# ${title}\n${query}\n` });
  }
  return examples;
}
