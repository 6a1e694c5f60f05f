import type { BenchResult } from './bench';
export function writeReport(_r: BenchResult, out: string, name: string): string {
  return `${out}/${name}.md`;
}
