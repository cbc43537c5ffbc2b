import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

// Headings for every component (not only forms), so they are part of the CDN runtime.

/** A heading level from any value: a whole number from 2 to 6 (2 when it is not a number). */
export const toLevel = (n: unknown) => Math.min(6, Math.max(2, Math.floor(Number(n)) || 2));

/** One template per level, made when first used (Lit caches a template by its strings). */
const templates: TemplateStringsArray[] = [];

/**
 * A heading of level 2–6 (clamped), so a component fits the outline of the page around it.
 * Components take a `heading-level` attribute and pass it (plus depth) here. The level is part of
 * the template's own strings, never a value: only the contents, class and id are values.
 */
export function heading(level: number, content: unknown, cls = '', id?: string, focusable = false) {
  const n = toLevel(level);
  // Lit takes an array of strings with `raw` as a template, as a tagged template literal gives it;
  // Lit's own static-html.js makes its arrays for static tag names the same way. These strings are
  // the module's own, with a whole number from 2 to 6 in them: nothing from outside ever gets here.
  const strings = (templates[n] ??= Object.assign([`<h${n} class=`, ' id=', ' tabindex=', '>', `</h${n}>`], { raw: [] }) as unknown as TemplateStringsArray);
  return html(strings, cls, ifDefined(id), ifDefined(focusable ? '-1' : undefined), content);
}
