import pg from 'pg';
import { rng as random } from '../test/random-query';
import { parseTextArray } from './text-array';

/**
 * The text-array parser against PostgreSQL's own output and pg's own parser: arrays of random
 * strings (quotes, backslashes, commas, braces, spaces, `NULL` as text, empty strings, letters
 * outside ASCII) and nulls, written by PostgreSQL as text, must read back as they were sent.
 */
const databaseUrl = process.env.TEST_DATABASE_URL;

/** text[] in PostgreSQL's catalogue. */
const TEXT_ARRAY_OID: number = 1009;

const PIECES = ['a', 'en', 'fr', ' ', '"', '\\', ',', '{', '}', 'NULL', 'null', 'é', '😀', 'x y', '\\"', ''];

function randomArray(next: () => number): Array<string | null> {
  return Array.from({ length: Math.floor(next() * 6) }, () => {
    if (next() < 0.1) return null;
    return Array.from({ length: Math.floor(next() * 4) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
  });
}

describe('text arrays', () => {
  let client: pg.Client;
  const original = pg.types.getTypeParser(TEXT_ARRAY_OID, 'text');

  beforeAll(async () => {
    if (!databaseUrl) throw new Error('This test needs PostgreSQL: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres).');
    client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
  });

  test("PostgreSQL's text form of 400 random arrays reads back as sent, as pg's own parser reads it", async () => {
    const next = random(20171);
    const arrays = Array.from({ length: 400 }, () => randomArray(next));
    arrays.push([], [''], [null], ['NULL'], ['a,b'], ['{}']);
    const { rows } = await client.query<{ t: string }>('SELECT a::text AS t FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY e(v, n), LATERAL (SELECT array(SELECT x FROM jsonb_array_elements_text(e.v) x) AS a) s ORDER BY n', [
      JSON.stringify(arrays),
    ]);
    expect(rows).toHaveLength(arrays.length);
    let fellBack = 0;
    rows.forEach(({ t }, i) => {
      const parsed = parseTextArray(t, (text) => {
        fellBack += 1;
        return original(text);
      });
      expect({ t, parsed }).toEqual({ t, parsed: arrays[i] });
      expect(parsed).toEqual(original(t));
    });
    // Every one of these is one-dimensional: none needed pg's parser.
    expect(fellBack).toBe(0);
  });

  test('several dimensions and explicit bounds go to the fallback', async () => {
    const { rows } = await client.query<{ a: string; b: string }>("SELECT ARRAY[['a','b'],['c','d']]::text AS a, '[0:1]={x,y}'::text[]::text AS b");
    const fallback = jest.fn(original);
    expect(parseTextArray(rows[0]!.a, fallback)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTextArray(rows[0]!.b, fallback)).toEqual(original(rows[0]!.b));
    expect(fallback).toHaveBeenCalledTimes(2);
  });

  test('the driver reads text[] columns with it', async () => {
    // data-source.ts registers the parser when it is loaded (loaded here, after `original` was read).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('./data-source');
    const { rows } = await client.query<{ a: string[] }>(`SELECT ARRAY['en', 'a "b"', NULL, 'NULL'] AS a`);
    expect(rows[0]!.a).toEqual(['en', 'a "b"', null, 'NULL']);
    const parser = pg.types.getTypeParser(TEXT_ARRAY_OID, 'text') as (text: string) => unknown;
    expect(parser).not.toBe(original);
  });
});
