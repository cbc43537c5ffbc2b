// First, before Lit runs: every register.ts imports this module first (see clobber-guard.ts).
import './clobber-guard.js';

const warned = new Set<string>();

/**
 * Defines a custom element once. If the tag is already taken (another copy or version of the
 * library on the same page), it warns once and keeps the first definition instead of throwing.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor || warned.has(tag)) return;
  warned.add(tag);
  console.warn(`osallisuus: <${tag}> is already defined, probably by another copy of osallisuus on this page. The first definition is used. Load the library once.`);
}
