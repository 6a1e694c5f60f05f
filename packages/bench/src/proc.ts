import { readdirSync, readFileSync } from 'node:fs';

/** The numeric entries of a folder (process IDs in /proc, task IDs, DAMON's monitors), or none. */
export function numericEntries(dir: string): number[] {
  try {
    return readdirSync(dir)
      .filter((d) => /^\d+$/.test(d))
      .map(Number);
  } catch {
    return [];
  }
}

/** A file's text, or null when it is gone or unreadable (a process that exited meanwhile). */
export function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
