import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

// Headings for every component (not only forms), so they are part of the CDN runtime.

/** A heading level from any value: a whole number from 2 to 6 (2 when it is not a number). */
export const toLevel = (n: unknown) => Math.min(6, Math.max(2, Math.floor(Number(n)) || 2));

/**
 * A heading of level 2–6 (clamped), so a component fits the outline of the page around it.
 * Components take a `heading-level` attribute and pass it (plus depth) here.
 */
export function heading(level: number, content: unknown, cls = '', id?: string, focusable = false) {
  const t = focusable ? '-1' : undefined;
  switch (toLevel(level)) {
    case 3: return html`<h3 class=${cls} id=${ifDefined(id)} tabindex=${ifDefined(t)}>${content}</h3>`;
    case 4: return html`<h4 class=${cls} id=${ifDefined(id)} tabindex=${ifDefined(t)}>${content}</h4>`;
    case 5: return html`<h5 class=${cls} id=${ifDefined(id)} tabindex=${ifDefined(t)}>${content}</h5>`;
    case 6: return html`<h6 class=${cls} id=${ifDefined(id)} tabindex=${ifDefined(t)}>${content}</h6>`;
    default: return html`<h2 class=${cls} id=${ifDefined(id)} tabindex=${ifDefined(t)}>${content}</h2>`;
  }
}
