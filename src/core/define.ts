// First, before Lit runs: every register.ts imports this module first (see clobber-guard.ts).
import './clobber-guard.js';

const warned = new Set<string>();
const defined = new Set<string>();

/**
 * Defines a custom element once. A tag that this copy of the library defined already is left as
 * it is, silently: on a CMS page, a tag's own file and osallisuus.js share one runtime.js, and
 * either may come first. If another copy or version of the library on the page took the tag, it
 * warns once and keeps the first definition instead of throwing.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    defined.add(tag);
    return;
  }
  if (existing === ctor || defined.has(tag) || warned.has(tag)) return;
  warned.add(tag);
  console.warn(`osallisuus: <${tag}> is already defined, probably by another copy of osallisuus on this page. The first definition is used. Load the library once.`);
}
