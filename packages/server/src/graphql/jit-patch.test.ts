import { buildSchema, execute, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';

/**
 * graphql-jit is patched (patches/graphql-jit@0.8.9.patch): a leaf value's error locations
 * and path are made by a hoisted function, only when the value is null or an error, instead
 * of array literals passed with every leaf of every answer. The errors must stay the same:
 * message, location and path, list indexes included, as graphql-js reports them.
 */
describe('graphql-jit leaf errors (patched)', () => {
  const schema = buildSchema(`
    type Query { items: [Item!]! grid: [[Item]] }
    type Item { name: String! note: String n: Int! }
  `);
  const items = () => [
    { name: 'a', note: 'x', n: 1 },
    { name: null, note: 'y', n: 2 },
    { name: 'c', note: new Error('note unreadable'), n: 3 },
  ];
  const root = { items: items(), grid: [items(), items()] };

  function run(text: string) {
    const document = parse(text);
    const compiled = compileQuery(schema, document, undefined, { debug: true } as never);
    if (!isCompiledQuery(compiled)) throw new Error('not compiled');
    return { compiled, result: compiled.query(root, {}, {}) as { data: unknown; errors?: Array<{ message: string; locations?: unknown; path?: unknown }> } };
  }

  test('a null non-null leaf and an error leaf keep their paths, list indexes included', () => {
    const { result } = run('{ grid { note n } }');
    expect(result.errors?.map((e) => ({ message: e.message, locations: e.locations, path: e.path }))).toEqual([
      { message: 'note unreadable', locations: [{ line: 1, column: 10 }], path: ['grid', 0, 2, 'note'] },
      { message: 'note unreadable', locations: [{ line: 1, column: 10 }], path: ['grid', 1, 2, 'note'] },
    ]);
    expect(result.data).toEqual({
      grid: [
        [{ note: 'x', n: 1 }, { note: 'y', n: 2 }, { note: null, n: 3 }],
        [{ note: 'x', n: 1 }, { note: 'y', n: 2 }, { note: null, n: 3 }],
      ],
    });
  });

  test('the null in a non-null leaf is reported where graphql-js reports it', async () => {
    const text = '{ items { name n } }';
    const { result } = run(text);
    const reference = await execute({ schema, document: parse(text), rootValue: root });
    expect(result.data).toBeNull();
    expect(reference.data).toBeNull();
    const nullError = result.errors?.find((e) => e.message.startsWith('Cannot return null'));
    expect({ message: nullError?.message, locations: nullError?.locations, path: nullError?.path }).toEqual({
      message: reference.errors?.[0]?.message,
      locations: reference.errors?.[0]?.locations,
      path: reference.errors?.[0]?.path,
    });
    expect(nullError?.path).toEqual(['items', 1, 'name']);
  });

  test('the compiled code passes no location or path literals with each leaf (the patch is applied)', () => {
    const { compiled } = run('{ items { name note n } }');
    const source = (compiled as unknown as { __DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation: string }).__DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation;
    const leafChecks = source.match(/checkN(?:onNull|ullable)Leaf\([^\n]*/g) ?? [];
    expect(leafChecks.length).toBeGreaterThanOrEqual(3);
    for (const check of leafChecks) expect(check).not.toMatch(/\[\{"line"/);
  });
});
