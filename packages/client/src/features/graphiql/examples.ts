/** The analyst's guide's worked questions, as GraphiQL tabs: each `## N. Question` heading and its first graphql block. */
export interface Example {
  title: string;
  query: string;
}

export function examplesFromGuide(markdown: string): Example[] {
  const examples: Example[] = [];
  const sections = markdown.split(/^## /m).slice(1);
  for (const section of sections) {
    const title = section.split('\n', 1)[0].trim();
    const block = /```graphql\n([\s\S]*?)```/.exec(section);
    if (block) examples.push({ title, query: `# ${title}\n${block[1].trimEnd()}\n` });
  }
  return examples;
}
