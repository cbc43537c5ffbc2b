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
const litDom = fileURLToPath(new URL('../src/core/lit-dom.ts', import.meta.url));
/** The document methods lit-html calls. */
const METHODS = ['createTreeWalker', 'createComment', 'createElement', 'createTextNode', 'importNode'];
/** Lit's packages: lit, lit-html, lit-element and @lit/reactive-element (any nesting in node_modules). */
const LIT = /[\\/]node_modules[\\/](?:lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/;

/**
 * lit-html keeps `document` in a variable and calls five of its methods on it. An element named
 * like one of them (`<form name="createTreeWalker">`, `<img name="createElement">`) replaces the
 * method on `document`, and lit-html stops at start-up. Each call takes the method from
 * `Document.prototype` (src/core/lit-dom.ts) and calls it on the document; the variable stays the
 * document itself, where lit-html uses it as a node. Fails the build when Lit's
 * code no longer has the expected shape, so that a Lit update cannot drop the guard unnoticed.
 */
function litHtmlDom(code, id) {
  const name = code.match(/\b([\w$]+)=document[,;]/)?.[1];
  if (!name) throw new Error(`clobber-safe: no \`…=document\` in ${id}; update .ci/clobber-safe.mjs for this Lit`);
  const v = name.replace(/\$/g, '\\$');
  const found = new Set();
  // `d.createComment(` → `D.createComment.call(d,`, and `(x??d).importNode(` → `D.importNode.call(x??d,`
  // (x is a render option, `creationScope`, for scoped element registries: no component sets it).
  code = code.replace(new RegExp(`(?<![\\w$.])${v}\\.(${METHODS.join('|')})\\(|\\(([^()]*\\?\\?${v})\\)\\.(importNode)\\(`, 'g'), (all, direct, target, scoped) => {
    found.add(direct ?? scoped);
    return `__osaDocument.${direct ?? scoped}.call(${direct ? name : target},`;
  });
  const missing = METHODS.filter((m) => !found.has(m));
  if (missing.length) throw new Error(`clobber-safe: lit-html (${id}) no longer calls ${missing.join(', ')} on its document; update .ci/clobber-safe.mjs`);
  return `import { documentMethods as __osaDocument } from ${JSON.stringify(litDom)};\n${code}`;
}

export function clobberSafe() {
  return {
    name: 'osa-clobber-safe',
    transform(code, id) {
      if (!LIT.test(id) || !/\.m?js$/.test(id)) return null;
      if (/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) code = litHtmlDom(code, id);
      return { code: `import ${JSON.stringify(guard)};\n${code}`, map: null };
    },
  };
}
