// Measures the JavaScript a browser loads before the first page renders (the entry chunk
// and every chunk it imports statically), gzipped, from Vite's manifest; fails above the
// budget. Also reports each route's own chunks and the heavy lazy parts, for the record.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET = Number(process.env.INITIAL_JS_BUDGET_KB ?? 300) * 1024;
const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const gz = (file) => gzipSync(readFileSync(new URL(file, dist))).length;

function closure(keys) {
  const seen = new Set();
  const walk = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) walk(next);
  };
  keys.forEach(walk);
  return seen;
}
const sum = (keys) => [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js')).reduce((total, f) => total + gz(f), 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const initial = closure([entry]);
const initialBytes = sum(initial);
const cssBytes = [...initial].flatMap((k) => manifest[k].css ?? []).reduce((t, f) => t + gz(f), 0);

const report = { budgetBytes: BUDGET, initialJsGzipBytes: initialBytes, initialCssGzipBytes: cssBytes, lazy: {} };
console.log(`Initial JavaScript: ${kb(initialBytes)} gzip (budget ${kb(BUDGET)}), CSS ${kb(cssBytes)} gzip`);
for (const key of manifest[entry].dynamicImports ?? []) {
  const own = [...closure([key])].filter((k) => !initial.has(k));
  const bytes = sum(own);
  const name = manifest[key].name ?? key;
  report.lazy[name] = bytes;
  console.log(`  ${name.padEnd(22)} +${kb(bytes)} gzip when opened`);
}
for (const key of Object.keys(manifest).filter((k) => /CountryMap|NetworkPage|GraphiQLPage/.test(k))) {
  const bytes = sum([...closure([key])].filter((k) => !initial.has(k)));
  console.log(`  heavy: ${manifest[key].name ?? key} ${kb(bytes)} gzip (lazy)`);
}
writeFileSync(new URL('bundle-report.json', dist), `${JSON.stringify(report, null, 2)}\n`);
if (initialBytes > BUDGET) {
  console.error(`Initial JavaScript ${kb(initialBytes)} gzip is over the ${kb(BUDGET)} budget.`);
  process.exit(1);
}
