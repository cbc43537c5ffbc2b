// Two outputs:
//  (a) dist/ — ES modules for npm, one file per source module, Lit left external (types from tsc);
//  (b) dist/cdn/ — one self-contained, minified file per tag plus osallisuus.js with every tag,
//      Lit inlined, for a plain <script type="module"> in a CMS page. Lazily loaded parts land in
//      dist/cdn/chunks/.
import { readdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
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
 * Components published as single-tag CDN files in dist/cdn/osa-<name>.js. A component joins this list
 * once its own file meets the size budget (`npm run size`, 14 KB gzip with Lit). Until then its
 * single-tag file goes to dist/cdn-pending/, where `npm run size` still measures and reports it (it
 * is not published); the component is in osallisuus.js and in the npm package all the same.
 */
export const released = ['participation-ladder'].filter((c) => components.includes(c));

/**
 * Components in dist/cdn/osallisuus.js: every one. All four together fit that file's own budget
 * (30 KB gzip with Lit, checked by `npm run size`), so a page that loads osallisuus.js gets every tag.
 */
export const bundled = components;

/** For the autoloader: the file that defines each tag (its own file when published, else osallisuus.js). */
const tagFiles = Object.fromEntries(bundled.map((c) => [`osa-${c}`, released.includes(c) ? `osa-${c}.js` : 'osallisuus.js']));

/** The entry of dist/cdn/osallisuus.js: every bundled component and `defineElement`. */
function cdnIndex() {
  const id = '\0osallisuus-cdn-index';
  return {
    name: 'osa-cdn-index',
    resolveId: (source) => (source === 'osallisuus:cdn' ? id : null),
    load: (source) =>
      source === id
        ? [...bundled.map((c) => `export * from ${JSON.stringify(resolvePath(`src/${c}/register.ts`))};`),
            `export { defineElement } from ${JSON.stringify(resolvePath('src/core/define.ts'))};`].join('\n')
        : null,
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
export function minifyCssLiterals({ shortTokens = false } = {}) {
  const short = new Map();
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

/** A CDN file: Lit inlined, minified; lazily loaded parts go to chunks/ beside it. */
const cdnDir = (input, name, dir = 'dist/cdn') => ({
  input,
  // Keep each tag's code in its own file: lazy chunks import what they share from it.
  preserveEntrySignatures: 'allow-extension',
  plugins: [cdnIndex(), clobberSafe(), resolve({ exportConditions: ['production'] }), minifyCssLiterals({ shortTokens: true }), ts(shortMembers), minifyHtmlLiterals(), terser({ module: true, ecma: 2022, compress: { passes: 2 }, format: { comments: false } })],
  output: { dir, entryFileNames: name, format: 'es', inlineDynamicImports: false, chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
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
  cdnDir('osallisuus:cdn', 'osallisuus.js'),
  cdnDir('src/core/working-days.ts', 'working-days.js'),
  ...components.map((c) => cdnDir(`src/${c}/register.ts`, `osa-${c}.js`, released.includes(c) ? 'dist/cdn' : 'dist/cdn-pending')),
];
