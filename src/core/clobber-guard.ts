/**
 * Guards Lit's page-wide names against DOM clobbering. Runs before Lit does: core/define.ts imports
 * it first, and every register.ts imports define.js first; the CDN build also makes Lit's own
 * modules import it (.ci/clobber-safe.mjs), whatever the order of the chunks.
 *
 * Browsers expose an element with `id="x"` (or `<img name="x">`, `<iframe name="x">` …) as
 * `window.x`. Lit keeps a few things on `window` and trusts what it finds there: with an element
 * called `litHtmlVersions` or `reactiveElementVersions` on the page, `window.litHtmlVersions.push()`
 * throws and no component starts; with one called `ShadyCSS`, Lit thinks a polyfill is there and
 * falls back to `<style>` elements, which a strict Content Security Policy blocks (the honeypot
 * field would show). CMS editors set ids freely, so for each of these names that is only an
 * element (not a real value some script set), the window gets an own property, which hides the
 * element from scripts: Lit then finds nothing and sets its own value. The element itself and
 * `document.getElementById()` are not affected.
 */
const NAMES = [
  'litHtmlVersions', 'reactiveElementVersions', 'litElementVersions', 'litPropertyMetadata', 'litIssuedWarnings',
  'litHtmlPolyfillSupport', 'reactiveElementPolyfillSupport', 'litElementPolyfillSupport', 'litElementHydrateSupport',
  'ShadyCSS', 'trustedTypes',
];

/** What named access on the window gives for page elements: an element, several (a collection), or an iframe's window. */
for (const name of NAMES) {
  const value = (globalThis as Record<string, unknown>)[name];
  if (!Object.hasOwn(globalThis, name) && (value instanceof Node || value instanceof HTMLCollection || (value != null && (value as Window).window === value))) {
    Object.defineProperty(globalThis, name, { value: undefined, writable: true, configurable: true });
  }
}

export {};
