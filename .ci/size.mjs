// Prints each CDN file's gzip size against its budget; exits 1 if any is over.
// Budgets (issue #2): each single-tag file ≤ 14 KB gzip, osallisuus.js ≤ 30 KB gzip, Lit included.
// Lazily loaded chunks (dist/cdn/chunks/) are listed separately and do not count towards a tag.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const dir = 'dist/cdn';
if (!existsSync(dir)) {
  console.error('No dist/cdn: run `npm run build` first.');
  process.exit(1);
}
const KB = 1024;
const budgetOf = (f) => (f === 'osallisuus.js' ? 30 * KB : 14 * KB);
const rows = [];
const measure = (path) => {
  const buf = readFileSync(path);
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: brotliCompressSync(buf).length };
};
for (const f of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) rows.push({ file: f, ...measure(`${dir}/${f}`), budget: budgetOf(f) });
const chunks = existsSync(`${dir}/chunks`) ? readdirSync(`${dir}/chunks`).filter((f) => f.endsWith('.js')).sort() : [];
for (const f of chunks) rows.push({ file: `chunks/${f}`, ...measure(`${dir}/chunks/${f}`), budget: undefined });

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const lines = [
  '| file | minified | gzip | brotli | budget (gzip) | |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...rows.map((r) => `| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${r.budget ? kb(r.budget) : 'lazy, not counted'} | ${r.budget ? (r.gzip <= r.budget ? 'ok' : 'OVER') : ''} |`),
];
console.log(lines.join('\n'));
const over = rows.filter((r) => r.budget && r.gzip > r.budget);
if (over.length) {
  console.error(`\n${over.length} file(s) over budget: ${over.map((r) => r.file).join(', ')}`);
  process.exit(1);
}
console.log(`\nAll ${rows.filter((r) => r.budget).length} CDN files within budget.`);
