const OPEN = 123; // {
const CLOSE = 125; // }
const COMMA = 44; // ,
const QUOTE = 34; // "
const BACKSLASH = 92; // \

/**
 * A one-dimensional array in PostgreSQL's text output (`{en,"a b","say \"hi\"",NULL}`) as its
 * strings and nulls. pg's own parser (postgres-array) collects each element a character at a
 * time and joins them, which made the `languages` of every expert in a nested answer the
 * largest allocation of the request. Elements are sliced from the text here: unquoted ones as
 * they are (`NULL` is null), quoted ones without their backslash escapes. Anything else
 * (several dimensions, explicit bounds, a form this does not expect) goes to `fallback`.
 */
export function parseTextArray<F>(text: string, fallback: (text: string) => F): Array<string | null> | F {
  if (text.charCodeAt(0) !== OPEN || text.charCodeAt(1) === OPEN) return fallback(text);
  const values: Array<string | null> = [];
  if (text.length === 2 && text.charCodeAt(1) === CLOSE) return values;
  let i = 1;
  for (;;) {
    let value: string | null;
    if (text.charCodeAt(i) === QUOTE) {
      i += 1;
      let from = i;
      value = '';
      for (;;) {
        const ch = text.charCodeAt(i);
        if (ch === BACKSLASH) {
          value += text.slice(from, i);
          from = i + 1;
          i += 2;
        } else if (ch === QUOTE) {
          value += text.slice(from, i);
          i += 1;
          break;
        } else if (Number.isNaN(ch)) {
          return fallback(text);
        } else i += 1;
      }
    } else {
      let j = i;
      for (let ch = text.charCodeAt(j); ch !== COMMA && ch !== CLOSE; ch = text.charCodeAt(j)) {
        if (Number.isNaN(ch) || ch === OPEN || ch === QUOTE) return fallback(text);
        j += 1;
      }
      if (j === i) return fallback(text);
      value = text.slice(i, j);
      if (value === 'NULL') value = null;
      i = j;
    }
    values.push(value);
    const separator = text.charCodeAt(i);
    if (separator === CLOSE) return i === text.length - 1 ? values : fallback(text);
    if (separator !== COMMA) return fallback(text);
    i += 1;
  }
}
