import { databaseKinds, startTestServer, type TestServer } from '../test/harness';
import { readTextTuples } from './sql';

/**
 * A folded level can come as one text array of tuples per parent (see `textTuples`): what
 * PostgreSQL writes must read back exactly as the values went in, whatever the text holds.
 */
const STRINGS = ['plain', '', 'NULL', 'null', 'a,b', '{braces}', 'say "hi"', 'back\\slash', '\\"', 'two  spaces ', ' lead', 'tab\there', 'new\nline', 'Société générale – ĉu 東京', 'x'.repeat(300), '"', '\\', '}', '{', ','];

describe.each(databaseKinds())('text arrays of tuples (%s database)', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind);
  }, 180_000);

  afterAll(async () => {
    await server?.close();
  });

  async function roundTrip(strings: Array<string | null>, integers: Array<number | null>, booleans: Array<boolean | null>): Promise<unknown[][]> {
    const [row] = (await server.app.db.dataSource.query(
      `SELECT ARRAY(SELECT ARRAY[s::text, i::text, b::text] FROM unnest($1::text[], $2::int[], $3::boolean[]) WITH ORDINALITY AS x(s, i, b, n) ORDER BY n)::text AS t`,
      [strings, integers, booleans],
    )) as Array<{ t: string }>;
    return readTextTuples(row!.t, ['string', 'integer', 'boolean']);
  }

  test('strings with delimiters, quotes, backslashes, spaces, NULL-like text and non-ASCII read back as they went in', async () => {
    const integers = STRINGS.map((_, i) => (i % 2 ? -i * 1000 : i));
    const booleans = STRINGS.map((_, i) => i % 3 === 0);
    const tuples = await roundTrip(STRINGS, integers, booleans);
    expect(tuples).toEqual(STRINGS.map((s, i) => [s, integers[i], booleans[i]]));
  });

  test('nulls in any column, the integer limits, and an empty array', async () => {
    const tuples = await roundTrip([null, 'x', null], [2147483647, null, -2147483648], [null, false, true]);
    expect(tuples).toEqual([
      [null, 2147483647, null],
      ['x', null, false],
      [null, -2147483648, true],
    ]);
    expect(await roundTrip([], [], [])).toEqual([]);
    expect(readTextTuples(null, ['string'])).toEqual([]);
  });

  test('a single column', async () => {
    const [row] = (await server.app.db.dataSource.query(`SELECT ARRAY(SELECT ARRAY[s] FROM unnest($1::text[]) WITH ORDINALITY AS x(s, n) ORDER BY n)::text AS t`, [['a', 'b c', '']])) as Array<{ t: string }>;
    expect(readTextTuples(row!.t, ['string'])).toEqual([['a'], ['b c'], ['']]);
  });

  test('a malformed array is refused, not read past its end', () => {
    expect(() => readTextTuples('{{"abc', ['string'])).toThrow(/Unterminated/);
    expect(() => readTextTuples('{{abc', ['string'])).toThrow(/Unterminated/);
  });
});
