// Prints each CDN file's gzip size against its budget; exits 1 if a published file is over.
// Budgets (issue #2): each single-tag file ≤ 14 KB gzip, osallisuus.js ≤ 30 KB gzip, Lit included.
// A file's size includes every chunk it imports statically (what a page loads before the tag
// works). Chunks loaded only by import() on demand (language packs, sending code, the poster QR)
// are listed apart, with the files that load them.
// dist/cdn/ holds the published files (budget enforced). dist/cdn-pending/ holds components not
// published yet because they are over budget: reported here on every run, never hidden
// (see `released` in rollup.config.js).
import { readFileSync, existsSync } from 'node:fs';
import { cdnFiles } from './cdn-files.mjs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';

if (!existsSync('dist/cdn')) {
  console.error('No dist/cdn: run `npm run build` first.');
  process.exit(1);
}
const KB = 1024;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const budgetOf = (path) => (path.endsWith('/osallisuus.js') ? 30 * KB : 14 * KB);

/** Static and dynamic imports of a built file, as full paths. */
function imports(path) {
  const code = readFileSync(path, 'utf8');
  const full = (spec) => join(dirname(path), spec);
  return {
    statics: [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((m) => full(m[1])),
    dynamics: [...code.matchAll(/import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)].map((m) => full(m[1])),
  };
}
function closure(entry) {
  const seen = new Set([entry]);
  const lazy = new Set();
  const walk = (path) => {
    const { statics, dynamics } = imports(path);
    dynamics.forEach((d) => lazy.add(d));
    for (const s of statics) if (!seen.has(s)) (seen.add(s), walk(s));
  };
  walk(entry);
  return { files: [...seen], lazy: [...lazy].filter((l) => !seen.has(l)) };
}
function measure(paths) {
  const buf = Buffer.concat(paths.map((p) => readFileSync(p)));
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: brotliCompressSync(buf).length };
}

const rows = [];
const lazyUsers = new Map();
const built = cdnFiles();
for (const [dir, pending, files] of [['dist/cdn', false, built.published], ['dist/cdn-pending', true, built.pending]]) {
  for (const f of files) {
    const entry = join(dir, f);
    const { files, lazy } = closure(entry);
    const extra = files.length - 1;
    rows.push({ label: `${relative('dist', entry)}${extra ? ` (+${extra} static chunk${extra > 1 ? 's' : ''})` : ''}`, name: f, pending, budget: budgetOf(entry), ...measure(files) });
    for (const l of lazy) lazyUsers.set(l, [...new Set([...(lazyUsers.get(l) ?? []), f.replace(/\.js$/, '')])]);
  }
}

const status = (r) => (r.gzip <= r.budget ? (r.pending ? 'within budget, not published yet' : 'ok') : r.pending ? `not published: ${kb(r.gzip - r.budget)} over` : 'OVER');
const lines = [
  '| file | minified | gzip | brotli | budget (gzip) | |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...rows.map((r) => `| ${r.label} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ${kb(r.budget)} | ${status(r)} |`),
];
if (lazyUsers.size) {
  lines.push('', '| loaded on demand (not counted) | minified | gzip | loaded by |', '| --- | ---: | ---: | --- |');
  for (const l of [...lazyUsers.keys()].sort()) {
    const m = measure([l]);
    lines.push(`| ${relative('dist', l)} | ${kb(m.raw)} | ${kb(m.gzip)} | ${lazyUsers.get(l).join(', ')} |`);
  }
}
console.log(lines.join('\n'));

const over = rows.filter((r) => !r.pending && r.gzip > r.budget);
const pending = rows.filter((r) => r.pending);
console.log(`\n${rows.length - pending.length} published CDN file(s), ${over.length ? `${over.length} over budget` : 'all within budget'}.` +
  (pending.length ? ` Not published yet: ${pending.map((r) => `${r.name} (${kb(r.gzip)})`).join(', ')}.` : ''));
if (over.length) {
  console.error(`Over budget: ${over.map((r) => r.name).join(', ')}`);
  process.exit(1);
}
