// Prints each CDN file's gzip size against its budget; exits 1 if any is over.
// Budgets (issue #2): each single-tag file ≤ 14 KB gzip, osallisuus.js ≤ 30 KB gzip, Lit included.
// A file's size includes every chunk it imports statically (what a page must load before the
// tag works). Chunks loaded only by dynamic import() are listed separately, with the entries
// that can load them: language packs, sending code, poster QR.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';

const dir = 'dist/cdn';
if (!existsSync(dir)) {
  console.error('No dist/cdn: run `npm run build` first.');
  process.exit(1);
}
const KB = 1024;
const budgetOf = (f) => (f === 'osallisuus.js' ? 30 * KB : 14 * KB);
const read = (p) => readFileSync(p, 'utf8');
/** Static and dynamic imports of a built file, as paths relative to dist/cdn. */
function imports(file) {
  const code = read(join(dir, file));
  const rel = (spec) => relative(dir, join(dir, dirname(file), spec));
  const statics = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((m) => rel(m[1]));
  const dynamics = [...code.matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => rel(m[1]));
  return { statics, dynamics };
}
function closure(file) {
  const seen = new Set([file]);
  const lazy = new Set();
  const walk = (f) => {
    const { statics, dynamics } = imports(f);
    dynamics.forEach((d) => lazy.add(d));
    for (const s of statics) if (!seen.has(s)) seen.add(s), walk(s);
  };
  walk(file);
  return { files: [...seen], lazy: [...lazy].filter((l) => !seen.has(l)) };
}
const measure = (files) => {
  const buf = Buffer.concat(files.map((f) => readFileSync(join(dir, f))));
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: brotliCompressSync(buf).length };
};
const kb = (n) => `${(n / KB).toFixed(1)} KB`;

const entries = readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
const rows = [];
const lazyUsers = new Map();
for (const f of entries) {
  const { files, lazy } = closure(f);
  rows.push({ file: f + (files.length > 1 ? ` (+${files.length - 1} static chunk${files.length > 2 ? 's' : ''})` : ''), ...measure(files), budget: budgetOf(f), name: f });
  for (const l of lazy) lazyUsers.set(l, [...(lazyUsers.get(l) ?? []), f.replace(/\.js$/, '')]);
}
const lines = [
  '| file | minified | gzip | brotli | budget (gzip) | |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...rows.map((r) => `| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${kb(r.budget)} | ${r.gzip <= r.budget ? 'ok' : 'OVER'} |`),
];
const lazyRows = [...lazyUsers.keys()].sort().map((l) => ({ file: l, ...measure([l]), users: lazyUsers.get(l) }));
if (lazyRows.length) {
  lines.push('', '| loaded on demand (not counted) | minified | gzip | used by |', '| --- | ---: | ---: | --- |');
  for (const r of lazyRows) lines.push(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${[...new Set(r.users)].join(', ')} |`);
}
console.log(lines.join('\n'));
const over = rows.filter((r) => r.gzip > r.budget);
if (over.length) {
  console.error(`\n${over.length} file(s) over budget: ${over.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
console.log(`\nAll ${rows.length} CDN files within budget.`);
