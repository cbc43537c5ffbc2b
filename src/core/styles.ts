import { css } from 'lit';
import { tokenStyles } from './tokens.styles.js';
import { baseStyles } from './base-styles.js';

// Form styles. Style sheets are wrapped in pure calls so a bundler drops the ones a component does
// not use. The base styles every component uses are in base-styles.ts (part of the CDN runtime);
// they are re-exported here so that `sharedStyles` and `baseStyles` can still be imported from here.
export { baseStyles, sharedStyles } from './base-styles.js';

/** Fields, fieldsets, choices, counter and error summary. */
export const formStyles = /* @__PURE__ */ (() => css`
  .field, .fieldset { margin: 0 0 var(--_osa-space-l); }
  .fieldset { border: 0; padding: 0; min-width: 0; }
  .label, .legend { display: block; font-weight: var(--_osa-font-weight-bold); margin-bottom: var(--_osa-space-xs); padding: 0; }
  .legend--l { font-size: var(--_osa-font-size-large); line-height: var(--_osa-font-line-height-heading); margin-bottom: var(--_osa-space-s); }
  .optional { font-weight: var(--_osa-font-weight-normal); color: var(--_osa-color-text-muted); }
  .hint { color: var(--_osa-color-text-muted); font-size: var(--_osa-font-size-small); margin-bottom: var(--_osa-space-s); }
  .input, .textarea, .select {
    display: block; width: 100%; max-width: 100%;
    min-height: var(--_osa-control-min-height);
    padding: var(--_osa-space-s);
    font: inherit; color: var(--_osa-color-text); background: var(--_osa-color-background);
    border: var(--_osa-border-width) solid var(--_osa-color-border); border-radius: var(--_osa-radius-s);
  }
  .input--medium { max-width: 24em; }
  .input--short { max-width: 10em; }
  .textarea { resize: vertical; min-height: 8em; }
  .input:focus-visible, .textarea:focus-visible, .select:focus-visible { border-color: var(--_osa-color-text); }
  .field--error > .input, .field--error > .textarea { border-color: var(--_osa-color-error); border-width: 3px; }
  .field--error { border-left: 4px solid var(--_osa-color-error); padding-left: var(--_osa-space-m); }
  .error-message { display: block; color: var(--_osa-color-error); font-weight: var(--_osa-font-weight-bold); margin: 0 0 var(--_osa-space-s); }
  .error-icon {
    display: inline-flex; align-items: center; justify-content: center; width: 1.3em; height: 1.3em; border-radius: 50%;
    background: var(--_osa-color-error); color: var(--_osa-color-background); font-size: 0.85em; margin-right: 0.2em;
  }
  .choices { display: flex; flex-direction: column; gap: var(--_osa-space-s); }
  .choices--inline { flex-direction: row; flex-wrap: wrap; gap: var(--_osa-space-s) var(--_osa-space-l); }
  .choice { display: grid; grid-template-columns: auto 1fr; column-gap: var(--_osa-space-s); align-items: start; }
  .choice__input {
    appearance: none; -webkit-appearance: none; flex: none;
    display: grid; place-content: center;
    width: 1.75rem; height: 1.75rem; margin: 0;
    border: var(--_osa-border-width) solid var(--_osa-color-text); border-radius: 50%;
    background: var(--_osa-color-background); cursor: pointer;
  }
  .choice__input[type='checkbox'] { border-radius: var(--_osa-radius-s); }
  .choice__input::before {
    content: ''; width: 0.875rem; height: 0.875rem; border-radius: 50%;
    background: var(--_osa-color-text); transform: scale(0); transition: transform var(--_osa-motion-duration);
  }
  .choice__input[type='checkbox']::before {
    width: 1rem; height: 0.55rem; border-radius: 0; background: none;
    border: solid var(--_osa-color-text); border-width: 0 0 0.2rem 0.2rem; transform: rotate(-45deg) scale(0); margin-top: -0.2rem;
  }
  .choice__input:checked::before { transform: scale(1); }
  .choice__input[type='checkbox']:checked::before { transform: rotate(-45deg) scale(1); }
  .choice__input:checked { border-color: var(--_osa-color-primary); }
  .choice__input:checked::before { background: var(--_osa-color-primary); }
  .choice__input[type='checkbox']:checked::before { background: none; border-color: var(--_osa-color-primary); }
  .choice__label { cursor: pointer; padding: 0.1rem 0; }
  .choice__hint { grid-column: 2; margin: 0; }
  .conditional {
    margin: var(--_osa-space-s) 0 var(--_osa-space-s) 0.7em; padding: var(--_osa-space-s) 0 var(--_osa-space-s) var(--_osa-space-l);
    border-left: 4px solid var(--_osa-color-border);
  }
  .counter { margin-top: var(--_osa-space-xs); color: var(--_osa-color-text-muted); font-size: var(--_osa-font-size-small); }
  .counter--over { color: var(--_osa-color-error); font-weight: var(--_osa-font-weight-bold); }
  .error-summary {
    margin: 0 0 var(--_osa-space-l); padding: var(--_osa-space-m);
    border: 4px solid var(--_osa-color-error); border-radius: var(--_osa-radius-s);
    background: var(--_osa-color-error-surface);
  }
  .error-summary:focus { outline: var(--_osa-focus-width) solid var(--_osa-color-focus); outline-offset: var(--_osa-focus-offset); }
  .error-summary__title { font-size: var(--_osa-font-size-large); }
  .error-summary__list { margin: 0; padding-left: 1.2em; }
  .error-summary__list a { color: var(--_osa-color-error); font-weight: var(--_osa-font-weight-bold); }
  .status-line { display: flex; align-items: center; gap: var(--_osa-space-s); margin: var(--_osa-space-m) 0 0; }
  .submission-status:empty { display: none; }
  .submission-status .box { margin-top: var(--_osa-space-m); }
  .failure { margin-top: var(--_osa-space-l); }
  .failure__title { font-size: var(--_osa-font-size-large); }
  .server-message { font-size: var(--_osa-font-size-small); }
  .honeypot { position: absolute !important; left: -10000px !important; width: 1px; height: 1px; overflow: hidden; white-space: nowrap; }
  @media (forced-colors: active) {
    .input, .textarea, .select { border-color: FieldText; }
    .choice__input { forced-color-adjust: none; border-color: CanvasText; background: Canvas; }
    .choice__input::before { background: CanvasText; }
    .choice__input[type='checkbox']::before { background: none; border-color: CanvasText; }
    .choice__input:checked { border-color: Highlight; }
    .choice__input:checked::before { background: Highlight; }
    .choice__input[type='checkbox']:checked::before { background: none; border-color: Highlight; }
    .field--error { border-left-color: CanvasText; }
    .error-icon { forced-color-adjust: none; background: CanvasText; color: Canvas; }
    .error-summary { border-color: CanvasText; }
  }
`)();

/** Everything a form needs before its own styles. */
export const sharedFormStyles = [tokenStyles, baseStyles, formStyles];
