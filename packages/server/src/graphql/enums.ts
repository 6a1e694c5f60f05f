/** SQL for a CHECK constraint that keeps a text column within a TypeScript string enum. */
export function enumCheck(column: string, values: Record<string, string>, nullable = false): string {
  const list = Object.values(values)
    .map((v) => `'${v.replace(/'/g, "''")}'`)
    .join(', ');
  return nullable ? `"${column}" IS NULL OR "${column}" IN (${list})` : `"${column}" IN (${list})`;
}
