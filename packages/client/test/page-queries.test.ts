import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type SelectionSetNode } from 'graphql';

/**
 * Every page makes one query, and that query is made of the fragments its components
 * declare: a page query may select fields with arguments (which list, which page) and
 * spread fragments, but selects no data field of its own (no scalar leaves besides
 * __typename). This keeps over-fetching out: what a page shows is what its components ask for.
 */
const SRC = path.join(__dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'gql') return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

function documentsIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => m[1]);
}

function leaves(selectionSet: SelectionSetNode, trail: string): string[] {
  const found: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) continue;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      found.push(...leaves(selection.selectionSet, trail));
      continue;
    }
    const name = selection.alias?.value ?? selection.name.value;
    if (!selection.selectionSet) {
      if (selection.name.value !== '__typename') found.push(`${trail}.${name}`);
      continue;
    }
    found.push(...leaves(selection.selectionSet, `${trail}.${name}`));
  }
  return found;
}

const pageQueries = sourceFiles(SRC).flatMap((file) =>
  documentsIn(file).flatMap((doc) =>
    parse(doc).definitions.flatMap((def) =>
      def.kind === Kind.OPERATION_DEFINITION && def.operation === 'query' && def.name?.value.endsWith('Page')
        ? [{ file: path.relative(SRC, file), name: def.name.value, def }]
        : [],
    ),
  ),
);

test('there is a page query for every page', () => {
  expect(pageQueries.map((q) => q.name).sort()).toEqual(
    expect.arrayContaining(['MissionListPage', 'MissionDetailPage', 'OverviewPage', 'NetworkPage', 'ExpertDetailPage', 'AgreementListPage', 'MapPage', 'SearchPage']),
  );
});

test.each(pageQueries.map((q) => [q.name, q] as const))('page query %s is made of fragment spreads', (_name, query) => {
  expect(leaves(query.def.selectionSet, query.name)).toEqual([]);
});

test('a page file holds exactly one page query', () => {
  const perFile = new Map<string, number>();
  for (const q of pageQueries) perFile.set(q.file, (perFile.get(q.file) ?? 0) + 1);
  for (const [file, count] of perFile) expect([file, count]).toEqual([file, 1]);
});
