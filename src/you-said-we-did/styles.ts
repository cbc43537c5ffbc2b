import { css } from 'lit';

/** The board. The poster's own styles come with the lazily loaded poster module (poster.ts). */
export const styles = css`
  :host { container-type: inline-size; }
  .board > * + * { margin-top: var(--_osa-space-m); }
  .summary { font-size: var(--_osa-font-size-large); }
  .summary--list ul { margin: var(--_osa-space-s) 0 0; padding-left: 1.25em; }
  .summary--list li + li { margin-top: var(--_osa-space-s); }
  /* The filters' disclosure exists only in a narrow board (320 px, 400 % zoom): see the container query. */
  .filters-toggle { display: none; }
  .filters-toggle .chevron { width: 0.55em; height: 0.55em; margin: 0 0.1em 0.25em; border: solid; border-width: 0 3px 3px 0; transform: rotate(45deg); }
  .filters-toggle[aria-expanded='true'] .chevron { transform: rotate(225deg); margin: 0.25em 0.1em 0; }
  @container (max-width: 30rem) {
    .filters-toggle { display: inline-flex; }
    .filters.filters--closed { display: none; }
  }
  .loading { display: flex; gap: var(--_osa-space-s); align-items: center; }
  .filters {
    display: grid; gap: 0 var(--_osa-space-m); grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    padding: var(--_osa-space-m) var(--_osa-space-m) 0; border-radius: var(--_osa-radius-m); background: var(--_osa-color-surface);
  }
  .field { margin-bottom: var(--_osa-space-m); }
  .count { font-weight: var(--_osa-font-weight-bold); }
  .entries { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_osa-space-m); }
  .entries > li { min-width: 0; }
  .entry {
    --_ysd-accent: var(--_osa-color-border);
    padding: var(--_osa-space-m); border: 1px solid var(--_osa-color-border); border-left: 6px solid var(--_ysd-accent);
    border-radius: var(--_osa-radius-m); background: var(--_osa-color-background);
    overflow-wrap: anywhere;
  }
  .entry--planned, .entry--in-progress { --_ysd-accent: var(--_osa-color-primary); }
  .entry--done { --_ysd-accent: var(--_osa-color-success); }
  .entry--not-possible { --_ysd-accent: var(--_osa-color-warning); }
  .status { display: flex; align-items: center; gap: var(--_osa-space-xs); margin: 0 0 var(--_osa-space-s); font-weight: var(--_osa-font-weight-bold); }
  .icon {
    flex: none; width: 1.25em; height: 1.25em; color: var(--_ysd-accent);
    fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round;
  }
  dl { margin: 0; }
  dt { font-weight: var(--_osa-font-weight-bold); }
  dd { margin: 0 0 var(--_osa-space-s); white-space: pre-line; }
  .meta {
    list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0 var(--_osa-space-l);
    color: var(--_osa-color-text-muted); font-size: var(--_osa-font-size-small);
  }
  .feedback { margin-top: var(--_osa-space-l); }
  .print-only { display: none; }
  @media (forced-colors: active) {
    .icon { color: CanvasText; }
    .filters { border: 1px solid CanvasText; }
    .entry { border-color: CanvasText; }
  }
  @media print {
    :host { font-size: 14pt; }
    .filters, .filters-toggle, .more, .no-match { display: none; }
    .entry { break-inside: avoid; }
    .print-only { display: inline; }
  }
`;
