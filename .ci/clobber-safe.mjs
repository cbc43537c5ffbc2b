// A rollup plugin for the CDN files: makes Lit's page-wide registrations clobber-safe.
//
// Lit keeps its version lists and a few switches on `window` (`litHtmlVersions`,
// `reactiveElementVersions`, `ShadyCSS` …). An element with such an id anywhere on a host page is
// what `window.<id>` gives, and Lit then stops at start-up or falls back to <style> elements that a
// strict CSP blocks. src/core/clobber-guard.ts hides such elements from `window` before Lit runs.
// Source entries load it first through core/define.ts; this plugin also makes each of Lit's own
// modules import it, so it runs first in every CDN file and chunk layout (a shared runtime chunk
// included), not only when an entry happens to import it before Lit.
import { fileURLToPath } from 'node:url';

const guard = fileURLToPath(new URL('../src/core/clobber-guard.ts', import.meta.url));
/** Lit's packages: lit, lit-html, lit-element and @lit/reactive-element (any nesting in node_modules). */
const LIT = /[\\/]node_modules[\\/](?:lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/;

export function clobberSafe() {
  return {
    name: 'osa-clobber-safe',
    transform(code, id) {
      if (!LIT.test(id) || !/\.m?js$/.test(id)) return null;
      return { code: `import ${JSON.stringify(guard)};\n${code}`, map: null };
    },
  };
}
