const OPEN = 123; // {
const CLOSE = 125; // }
const COMMA = 44; // ,
const QUOTE = 34; // "
const BACKSLASH = 92; // \

/** Where `readElement` stopped: the index of the delimiter after the element. */
export interface ElementEnd {
  end: number;
}

/**
 * One element of an array or record in PostgreSQL's text output, from `start`: a quoted one
 * without its backslash escapes, an unquoted one as it is (`NULL` is null, and an empty one is
 * the empty string). `at.end` is set to the index after it (its delimiter, `,` or `}`).
 * Undefined when the text ends inside the element or an unquoted one holds `{` or `"`.
 */
export function readElement(text: string, start: number, at: ElementEnd): string | null | undefined {
  let i = start;
  if (text.charCodeAt(i) === QUOTE) {
    i += 1;
    let from = i;
    let value = '';
    for (;;) {
      const ch = text.charCodeAt(i);
      if (ch === BACKSLASH) {
        value += text.slice(from, i);
        from = i + 1;
        i += 2;
      } else if (ch === QUOTE) {
        at.end = i + 1;
        return value + text.slice(from, i);
      } else if (Number.isNaN(ch)) {
        return undefined;
      } else i += 1;
    }
  }
  for (let ch = text.charCodeAt(i); ch !== COMMA && ch !== CLOSE; ch = text.charCodeAt(i)) {
    if (Number.isNaN(ch) || ch === OPEN || ch === QUOTE) return undefined;
    i += 1;
  }
  at.end = i;
  const value = text.slice(start, i);
  return value === 'NULL' ? null : value;
}

const at: ElementEnd = { end: 0 };

/**
 * A one-dimensional array in PostgreSQL's text output (`{en,"a b","say \"hi\"",NULL}`) as its
 * strings and nulls. pg's own parser (postgres-array) collects each element a character at a
 * time and joins them, which made the `languages` of every expert in a nested answer the
 * largest allocation of the request. Elements are sliced from the text here (`readElement`).
 * Anything else (several dimensions, explicit bounds, a form this does not expect) goes to
 * `fallback`.
 */
export function parseTextArray<F>(text: string, fallback: (text: string) => F): Array<string | null> | F {
  if (text.charCodeAt(0) !== OPEN || text.charCodeAt(1) === OPEN) return fallback(text);
  const values: Array<string | null> = [];
  if (text.length === 2 && text.charCodeAt(1) === CLOSE) return values;
  let i = 1;
  for (;;) {
    const value = readElement(text, i, at);
    // PostgreSQL writes an empty string as "": an empty unquoted element is not its output.
    if (value === undefined || at.end === i) return fallback(text);
    values.push(value);
    i = at.end;
    const separator = text.charCodeAt(i);
    if (separator === CLOSE) return i === text.length - 1 ? values : fallback(text);
    if (separator !== COMMA) return fallback(text);
    i += 1;
  }
}
