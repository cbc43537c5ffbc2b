// Two outputs:
//  (a) dist/ — ES modules for npm, one file per source module, Lit left external (types from tsc);
//  (b) dist/cdn/ — for a plain <script type="module"> in a CMS page, minified: runtime.js (Lit and
//      the shared core), osa-<name>.js for every component (src/<name>/register.ts) and
//      osallisuus.js with every tag, each importing runtime.js; autoloader.js; working-days.js.
//      Lazily loaded parts land in dist/cdn/chunks/. The folder is self-contained (relative imports).
import { readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { privateNames } from './.ci/private-names.mjs';
import { clobberSafe } from './.ci/clobber-safe.mjs';

// Start clean, so old chunks never linger in dist/cdn/ (and in the size table).
rmSync('dist', { recursive: true, force: true });

/** Component folders: every src/<name>/ with a register.ts. */
const components = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/register.ts`))
  .map((d) => d.name);

/**
 * dist/cdn/runtime.js — Lit and the shared core that the tags import statically for their first
 * render (a stable name, so a page can `<link rel="modulepreload">` it). Each tag file and
 * osallisuus.js import it; a page loads it once whatever mix of files it uses, so there is one
 * Lit and one `lit-html` Trusted Types policy. The list holds whole modules; runtime.js exports
 * only the names other files import (runtimeExports), so unused code is dropped. The base every
 * tag needs comes first; headings and base styles are modules of their own (heading.ts,
 * base-styles.ts), so that they do not bring the form layer with them.
 */
export const runtimeModules = [
  'lit',
  'lit/directives/if-defined.js',
  'src/core/define.ts',
  'src/core/element.ts',
  'src/core/i18n.ts',
  'src/core/heading.ts',
  'src/core/base-styles.ts',
  'src/core/tokens.styles.ts',
  'src/core/inline-json.ts',
  'src/core/url.ts',
  'src/core/lazy.ts',
  // The form layer: fields, form styles and the form element, which three of the four first
  // renders need (feedback, panel sign-up, the board's filters). The ladder pays for it (about
  // 2.5 KB gzip). In the tags' own files instead, those files would be 7.5–9.4 KB (budget 7); in
  // a static chunk of their own, a page would wait one round trip more. Drafts (draft.ts) stay in
  // the two forms' own files: in runtime.js they would take it over its 14 KB budget.
  'src/core/form.ts',
  'src/core/styles.ts',
  'src/core/form-element.ts',
];
const runtimeSource = (m) => (m.startsWith('src/') ? resolvePath(m) : m);

/** For the autoloader: the file that defines each tag. */
const tagFiles = Object.fromEntries(components.map((c) => [`osa-${c}`, `osa-${c}.js`]));

/**
 * The names the other CDN files import from each runtime module, read from the source of every
 * module outside the runtime (tags, their lazy parts, new components alike): runtime.js exports
 * exactly these, so the minifier can drop what no tag uses. A module imported as a namespace
 * (`import * as`) exports everything.
 */
let publicNames = [];
function runtimeExports() {
  const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${d}/${e.name}`) : [`${d}/${e.name}`]));
  const runtimeFiles = new Map(runtimeModules.map((m) => [m.startsWith('src/') ? resolvePath(m) : m, m]));
  const wanted = new Map(runtimeModules.map((m) => [m, new Set(m === 'src/core/define.ts' ? ['defineElement'] : [])]));
  for (const file of walk('src').filter((f) => f.endsWith('.ts') && !f.startsWith('src/react/') && !runtimeFiles.has(resolvePath(f)))) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s])(import|export)\s+(type\s+)?(\*\s+as\s+\w+|\{[^}]*\})\s+from\s+['"]([^'"]+)['"]/g)) {
      if (m[2]) continue;
      const source = m[4].startsWith('.') ? resolvePath(dirname(file), m[4]).replace(/\.js$/, '.ts') : m[4];
      const module = runtimeFiles.get(source);
      if (!module) continue;
      if (m[3].startsWith('*')) {
        wanted.set(module, '*');
        continue;
      }
      if (wanted.get(module) === '*') continue;
      for (const part of m[3].slice(1, -1).split(',')) {
        const name = part.trim().split(/\s+as\s+/)[0];
        if (name && !name.startsWith('type ')) wanted.get(module).add(name);
      }
    }
  }
  // A name re-exported by a later module (form.ts passes on heading.ts's `heading`) is exported once.
  const seen = new Set();
  for (const [m, names] of wanted) if (names !== '*') wanted.set(m, new Set([...names].filter((n) => !seen.has(n) && seen.add(n))));
  publicNames = [...wanted.values()].flatMap((names) => (names === '*' ? [] : [...names]));
  return [...wanted].map(([m, names]) =>
    names === '*' ? `export * from ${JSON.stringify(runtimeSource(m))};` : names.size ? `export { ${[...names].sort().join(', ')} } from ${JSON.stringify(runtimeSource(m))};` : '').filter(Boolean).join('\n');
}

/** Virtual entries: `osallisuus:runtime` (runtime.js) and `osallisuus:cdn` (osallisuus.js, every tag). */
function cdnEntries() {
  const ids = { 'osallisuus:runtime': '\0osallisuus-runtime', 'osallisuus:cdn': '\0osallisuus-cdn-index' };
  const code = {
    [ids['osallisuus:runtime']]: runtimeExports(),
    [ids['osallisuus:cdn']]: [...components.map((c) => `export * from ${JSON.stringify(resolvePath(`src/${c}/register.ts`))};`),
      `export { defineElement } from ${JSON.stringify(resolvePath('src/core/define.ts'))};`].join('\n'),
  };
  return {
    name: 'osa-cdn-entries',
    resolveId: (source) => ids[source] ?? null,
    load: (id) => code[id] ?? null,
  };
}

/** What tag files import runtime.js as while building; written as a relative path (see useRuntime). */
const RUNTIME_ID = 'osallisuus-runtime';
const litSource = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;

/**
 * In every CDN file but runtime.js: imports of the runtime's modules become imports of
 * `runtime.js`, which exports all their names. Any other Lit module stops the build, because the
 * file would carry a second copy of Lit. The import is written relative to each output file
 * (`./runtime.js` from a tag file, `../runtime.js` from chunks/), so the folder can be moved and
 * renamed as a whole.
 */
function useRuntime() {
  const core = new Set(runtimeModules.filter((m) => m.startsWith('src/')).map((m) => resolvePath(m)));
  const lit = new Set(runtimeModules.filter((m) => !m.startsWith('src/')));
  return {
    name: 'osa-use-runtime',
    resolveId(source, importer) {
      if (!importer) return null;
      if (litSource.test(source)) {
        if (lit.has(source)) return { id: RUNTIME_ID, external: true };
        return this.error(`${source} (imported by ${importer}) is not in runtime.js: add it to runtimeModules in rollup.config.js, or this file would carry a second copy of Lit`);
      }
      if (source.startsWith('.') && !importer.startsWith('\0')) {
        const file = resolvePath(dirname(importer), source).replace(/\.js$/, '.ts');
        if (core.has(file)) return { id: RUNTIME_ID, external: true };
      }
      if (importer.startsWith('\0') && core.has(source)) return { id: RUNTIME_ID, external: true };
      return null;
    },
  };
}

/**
 * Short export names of runtime.js (`html` → `_0`), for the names listed by runtimeExports(). The
 * `_<base 36>` form cannot meet a name of the source, nor the names runtime.js exports to its own
 * lazy chunks (output.minifyInternalExports is off for it, so those keep their variable names).
 */
const runtimeNames = () => new Map(publicNames.map((n, i) => [n, `_${i.toString(36)}`]));

/**
 * Replaces parts of one-line code, with a source map that moves every column after each edit.
 * `edits`: [start, end, text], in order, none across a line break.
 */
function applyEdits(code, edits, fileName) {
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits) {
    out += code.slice(at, start) + text;
    at = end;
  }
  out += code.slice(at);
  const mappings = [];
  let row = 0;
  let segs = [];
  let gen = 0;
  let next = 0;
  for (let i = 0; i < code.length; ) {
    if (code[i] === '\n') {
      mappings.push(segs);
      segs = [];
      gen = 0;
      row++;
      i++;
      continue;
    }
    const col = i - (code.lastIndexOf('\n', i - 1) + 1);
    segs.push([gen, 0, row, col]);
    const edit = edits[next];
    if (edit && edit[0] === i) {
      gen += edit[2].length;
      i = edit[1];
      next++;
    } else {
      gen++;
      i++;
    }
  }
  mappings.push(segs);
  return { code: out, map: { version: 3, sources: [fileName], sourcesContent: [code], names: [], mappings } };
}

/**
 * After minifying. In runtime.js: gives each export a short name and notes it. In the other CDN
 * files: imports and re-exports from runtime.js use those short names, and `osallisuus-runtime`
 * becomes `./runtime.js` (or `../runtime.js` from chunks/). Stops the build when a file imports a
 * name runtime.js does not export, so a browser never meets a missing export.
 */
function runtimeLinks({ runtime = false } = {}) {
  /** Rewrites the names in `{a as b, c}` lists: `rename(name, local)` gives the new part. */
  const list = (body, rename) => body.split(',').filter((p) => p.trim()).map((part) => {
    const [name, local = name] = part.trim().split(/\s+as\s+/);
    return rename(name, local);
  }).join(',');
  return {
    name: 'osa-runtime-links',
    renderChunk(code, chunk) {
      const names = runtimeNames();
      const edits = [];
      if (runtime && chunk.isEntry) {
        // runtime.js: its public exports get their short names; exports for its own chunks stay.
        const m = [...code.matchAll(/export\s*\{([^}]*)\}\s*;?\s*$/g)].pop();
        if (!m) return this.error('runtime.js has no export list');
        const exported = new Set(m[1].split(',').map((part) => part.trim().split(/\s+as\s+/).pop()));
        const missing = publicNames.filter((n) => !exported.has(n));
        if (missing.length) return this.error(`runtime.js does not export ${missing.join(', ')}`);
        const start = m.index + m[0].indexOf('{') + 1;
        // (An export list reads `local as exported`.)
        edits.push([start, start + m[1].length, list(m[1], (local, exported) => `${local} as ${names.get(exported) ?? exported}`)]);
      } else {
        // Imports from runtime.js: by its short names, from ./runtime.js or ../runtime.js.
        const path = chunk.fileName.includes('/') ? '../runtime.js' : './runtime.js';
        const from = runtime ? `["']\\.\\.?/runtime\\.js["']` : `["']${RUNTIME_ID}["']`;
        for (const m of code.matchAll(new RegExp(`(import|export)\\s*(\\*\\s*as\\s*[\\w$]+|\\{[^}]*\\})?\\s*(?:from)?\\s*${from}`, 'g'))) {
          if (m[2]?.startsWith('*')) return this.error(`${chunk.fileName}: import * from runtime.js is not supported; import names`);
          const body = m[2] ? `{${list(m[2].slice(1, -1), (name, local) => {
            const short = names.get(name);
            if (!short && !runtime) this.error(`${chunk.fileName} imports ${name}, which runtime.js does not export: add its module to runtimeModules in rollup.config.js`);
            return `${short ?? name} as ${local}`;
          })}}from` : '';
          edits.push([m.index, m.index + m[0].length, `${m[1]}${body}"${path}"`]);
        }
      }
      return edits.length ? applyEdits(code, edits, chunk.fileName) : null;
    },
  };
}

const ts = (options = {}) => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false, ...options });

/**
 * Shorter names for the library's private members in the CDN files (see .ci/private-names.mjs):
 * one fixed table for every module, so all files and chunks agree on each name.
 */
const { names: privateMembers } = privateNames();
const shortMembers = {
  mangleProps: new RegExp(`^(?:${privateMembers.join('|')})$`),
  mangleCache: Object.fromEntries(privateMembers.map((name, i) => [name, `$${i.toString(36)}`])),
};

/** The internal custom properties (`--_osa-<token>`) in the order tokens.styles.ts defines them. */
const tokenNames = [...new Set([...readFileSync('src/core/tokens.styles.ts', 'utf8').matchAll(/--_osa-([a-z0-9-]+):/g)].map((m) => m[1]))];

/**
 * Minifies the CSS inside css`...` template literals (esbuild leaves template text alone):
 * drops comments and collapses white space, keeping a space where CSS needs one
 * (descendant combinators, values such as `0 0 0 2px`), shortens `#rrggbb` colours to `#rgb` where
 * they are the same, and unquotes attribute-selector values that are plain words. With `shortTokens`, the internal custom
 * properties `--_osa-<name>` become `--_<n>` (they are private to the shadow roots; the public
 * `--osa-*` names stay).
 */
/** Short names of internal custom properties, one table for every CDN file (they must agree). */
const shortTokenNames = new Map();
export function minifyCssLiterals({ shortTokens = false } = {}) {
  const short = shortTokenNames;
  const rename = (name) => {
    if (!short.has(name)) {
      const i = tokenNames.indexOf(name);
      short.set(name, `--_${(i >= 0 ? i : tokenNames.length + short.size).toString(36)}`);
    }
    return short.get(name);
  };
  const squeeze = (css) => {
    const out = css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/gi, '#$1$2$3')
      .replace(/\[([\w-]+)=(['"])([a-z][\w-]*)\2\]/g, '[$1=$3]')
      .trim();
    return shortTokens ? out.replace(/--_osa-([a-z0-9-]+)/g, (_, name) => rename(name)) : out;
  };
  return {
    name: 'osa-minify-css-literals',
    transform(code, id) {
      if (!id.endsWith('.ts') || !code.includes('css`')) return null;
      // A hand-made short name (--_p) would clash with the short names given below: use --_osa-<name>.
      const odd = [...code.matchAll(/css`[^`]*`/g)].flatMap((m) => m[0].match(/--_[0-9a-z]+(?![\w-])/g) ?? []);
      if (odd.length) this.error(`name internal custom properties --_osa-<name>, not ${[...new Set(odd)].join(', ')}`);
      return { code: code.replace(/\bcss`([^`]*)`/g, (_, body) => `css\`${squeeze(body)}\``), map: null };
    },
  };
}

/**
 * Collapses the indentation inside html`...` templates: a run of white space with a line break
 * becomes nothing between two tags and one space elsewhere — what the browser shows stays the
 * same (the components have no <pre>; text that keeps line breaks comes from bindings). Attribute
 * values that are one plain word lose their quotes, as HTML allows.
 * Works on the parsed module, so nested templates and ${...} expressions are left alone.
 */
export function minifyHtmlLiterals() {
  return {
    name: 'osa-minify-html-literals',
    transform(code, id) {
      if (!/\.[jt]s$/.test(id) || id.includes('node_modules') || !code.includes('html`')) return null;
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
          for (const q of node.quasi.quasis) {
            const raw = code.slice(q.start, q.end);
            const squeezed = raw
              .replace(/(>?)\s*\n\s*(<?)/g, (_, gt, lt) => (gt && lt ? '><' : `${gt}${gt || lt ? '' : ' '}${lt}`))
              // type="button" → type=button: HTML needs no quotes around a plain word (not before "/>").
              .replace(/(\s[\w:-]+)="([\w-]+)"(?=[\s>])/g, '$1=$2');
            if (squeezed !== raw) edits.push([q.start, q.end, squeezed]);
          }
        }
        for (const key of Object.keys(node)) {
          const v = node[key];
          if (Array.isArray(v)) v.forEach(visit);
          else if (v && typeof v.type === 'string') visit(v);
        }
      };
      visit(this.parse(code));
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

const npm = {
  input: ['src/index.ts', 'src/core/working-days.ts', ...components.map((c) => `src/${c}/register.ts`), 'src/react/index.ts'],
  // React stays the app's own copy (an optional peer dependency); @lit/react is a dependency.
  external: [/^lit(\/|$)/, /^@lit\//, /^react(-dom)?(\/|$)/],
  plugins: [resolve(), ts()],
  output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
};

/**
 * The plugins of every CDN file, in order. `role`: 'runtime' for runtime.js, 'tag' for the files
 * that import it (tag files, osallisuus.js), 'standalone' for a file that needs neither
 * (working-days.js). Add a plugin here and every CDN file gets it.
 */
const cdnPlugins = (role) => [
  cdnEntries(),
  clobberSafe(),
  ...(role === 'tag' ? [useRuntime()] : []),
  resolve({ exportConditions: ['production'] }),
  minifyCssLiterals({ shortTokens: true }),
  ts(shortMembers),
  minifyHtmlLiterals(),
  terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } }),
  ...(role === 'standalone' ? [] : [runtimeLinks({ runtime: role === 'runtime' })]),
];

/** A CDN file in dist/cdn/, minified; lazily loaded parts go to dist/cdn/chunks/. */
const cdnFile = (input, name, role = 'tag') => ({
  input,
  // Keep each tag's code in its own file: lazy chunks import what they share from it.
  preserveEntrySignatures: 'allow-extension',
  plugins: cdnPlugins(role),
  output: {
    dir: 'dist/cdn', entryFileNames: name, format: 'es', inlineDynamicImports: false,
    chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true,
    // runtime.js: the names it exports to its own chunks stay long, so they never meet the short
    // public names (see runtimeLinks).
    ...(role === 'runtime' ? { minifyInternalExports: false } : {}),
  },
  // runtime.js is imported as ./runtime.js (or ../runtime.js from chunks/), so the folder can move.
  makeAbsoluteExternalsRelative: true,
});

/** dist/cdn/autoloader.js: loads the file that defines each tag found on the page (src/core/autoloader.ts). */
const autoloader = {
  input: 'src/core/autoloader.ts',
  plugins: [
    { name: 'osa-tag-files', transform: (code, id) => (id.endsWith('autoloader.ts') ? code.replace(/(?<!declare const )__OSA_FILES__/g, JSON.stringify(tagFiles)) : null) },
    ts(),
    terser({ module: true, ecma: 2022, format: { comments: false } }),
  ],
  output: { file: 'dist/cdn/autoloader.js', format: 'es' },
};

export default [
  npm,
  autoloader,
  // runtime.js first: the other CDN files import it.
  cdnFile('osallisuus:runtime', 'runtime.js', 'runtime'),
  cdnFile('osallisuus:cdn', 'osallisuus.js'),
  ...components.map((c) => cdnFile(`src/${c}/register.ts`, `osa-${c}.js`)),
  cdnFile('src/core/working-days.ts', 'working-days.js', 'standalone'),
];
