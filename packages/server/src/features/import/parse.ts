/** A row of an import file: its 1-based line (CSV) or position (JSON), and its cells by column name. */
export interface ImportRecord {
  line: number;
  cells: Record<string, string>;
}

export type ImportFormat = 'csv' | 'json';

export class UnreadableFile extends Error {}

/** Parses RFC 4180 CSV (quoted cells may hold commas, quotes and line breaks); the first line names the columns. */
export function parseCsv(text: string): ImportRecord[] {
  const rows: Array<{ line: number; cells: string[] }> = [];
  let cell = '';
  let row: string[] = [];
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
      row.push(cell);
      if (row.length > 1 || row[0] !== '') rows.push({ line: rowLine, cells: row });
      row = [];
      cell = '';
      line += 1;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) throw new UnreadableFile(`A quoted cell opened on line ${rowLine} is never closed.`);
  row.push(cell);
  if (row.length > 1 || row[0] !== '') rows.push({ line: rowLine, cells: row });
  const header = rows.shift();
  if (!header) throw new UnreadableFile('The file is empty.');
  const names = header.cells.map((h) => h.trim());
  return rows.map(({ line: l, cells }) => {
    if (cells.length !== names.length) throw new UnreadableFile(`Line ${l} has ${cells.length} cells; the header has ${names.length}.`);
    return { line: l, cells: Object.fromEntries(names.map((n, i) => [n, cells[i]!.trim()])) };
  });
}

/** Parses a JSON array of objects; arrays in cells become `;`-separated lists, like CSV cells. */
export function parseJson(text: string): ImportRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UnreadableFile(`The file is not valid JSON (${(error as Error).message}).`);
  }
  if (!Array.isArray(data)) throw new UnreadableFile('A JSON import is an array of objects, one per row.');
  return data.map((item, index) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new UnreadableFile(`Item ${index + 1} is not an object.`);
    const cells: Record<string, string> = {};
    for (const [k, v] of Object.entries(item as Record<string, unknown>)) {
      cells[k] = v == null ? '' : Array.isArray(v) ? v.map(String).join(';') : String(v).trim();
    }
    return { line: index + 1, cells };
  });
}

export function parseImport(format: ImportFormat, text: string): ImportRecord[] {
  return format === 'csv' ? parseCsv(text) : parseJson(text);
}

/** A `;`-separated list cell, without empty items. */
export const list = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
