// The member names the CDN build shortens (rollup.config.js passes them to esbuild's mangleProps).
// Only names private to the library qualify: TypeScript `private`/`protected` members and members
// marked `@internal`, minus every name that could meet the outside world — Lit's reactive
// properties (Lit reads them as strings), names that appear in a string literal, names known to
// the DOM, ECMAScript or Lit type definitions, and exported names. Every module and chunk gets the
// same short name for a member, so a chunk loaded later still finds it. `--verbose` lists the names
// left out. The npm build (dist/*.js) keeps every name.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
export function privateNames() {
  const src = walk('src').filter((f) => f.endsWith('.ts') && !f.includes('/strings/') && !f.includes('/react/'));
  const texts = src.map((f) => readFileSync(f, 'utf8'));
  const cand = new Set();
  for (const t of texts) {
    for (const m of t.matchAll(/^\s+(?:private|protected)\s+(?:readonly\s+|async\s+|get\s+|set\s+|static\s+)*(\w+)/gm)) cand.add(m[1]);
    for (const m of t.matchAll(/\/\*\*\s*@internal[^*]*\*\/\s*\n?\s*(?:override\s+|readonly\s+|async\s+|get\s+|set\s+|static\s+)*(\w+)/g)) cand.add(m[1]);
  }
  const reactive = new Set();
  for (const t of texts) {
    for (const block of t.matchAll(/static override properties: PropertyDeclarations = \{([\s\S]*?)\n  \};/g)) {
      for (const m of block[1].matchAll(/^\s+(\w+):/gm)) reactive.add(m[1]);
      for (const m of block[1].matchAll(/states\(([^)]*)\)/g)) for (const n of m[1].matchAll(/'(\w+)'/g)) reactive.add(n[1]);
    }
  }
  const strings = new Set();
  // (A word in quotes right after `=` is an attribute value in a template, e.g. part="heading": not a member.)
  for (const t of texts) for (const m of t.matchAll(/(?<!=)['"`](\w+)['"`]/g)) strings.add(m[1]);
  const libs = ['node_modules/typescript/lib/lib.dom.d.ts', ...readdirSync('node_modules/typescript/lib').filter((f) => /^lib\.es.*\.d\.ts$/.test(f)).map((f) => `node_modules/typescript/lib/${f}`)];
  const litDts = walk('node_modules/lit-html').concat(walk('node_modules/@lit/reactive-element'), walk('node_modules/lit-element')).filter((f) => f.endsWith('.d.ts'));
  const libNames = new Set();
  for (const f of [...libs, ...litDts]) for (const m of readFileSync(f, 'utf8').matchAll(/(?:^|[\s;{(])(?:readonly\s+)?(\w+)\??\s*[(:<]/gm)) libNames.add(m[1]);
  // Exports of modules loaded with import() are read as members of the module object (`a.preview`).
  const lazy = new Set();
  src.forEach((f, i) => {
    for (const m of texts[i].matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)) lazy.add(join(dirname(f), m[1].replace(/\.js$/, '.ts')));
  });
  const exported = new Set();
  src.forEach((f, i) => {
    if (!lazy.has(f)) return;
    for (const m of texts[i].matchAll(/export\s+(?:async\s+)?(?:function|const|let|class|interface|type|enum)\s+(\w+)/g)) exported.add(m[1]);
    for (const m of texts[i].matchAll(/export\s*\{([^}]*)\}/g)) for (const n of m[1].matchAll(/(?:\bas\s+)?(\w+)\s*(?:,|$)/g)) exported.add(n[1]);
  });
  const keywords = new Set(['abstract', 'export', 'override', 'async', 'static', 'readonly', 'get', 'set']);
  const out = [...cand].filter((n) => n.length > 2 && !keywords.has(n) && !reactive.has(n) && !strings.has(n) && !libNames.has(n) && !exported.has(n)).sort();
  const dropped = [...cand].filter((n) => !out.includes(n)).sort();
  return { names: out, dropped };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { names, dropped } = privateNames();
  if (process.argv.includes('--verbose')) console.error(`left out: ${dropped.join(' ')}`);
  console.log(names.join('\n'));
}
