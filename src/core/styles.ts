import { css } from 'lit';
import { tokenStyles } from './tokens.styles.js';

// Style sheets are wrapped in pure calls so a bundler drops the ones a component does not use.

/** Box, type, links, focus and helpers shared by every component. */
export const baseStyles = /* @__PURE__ */ (() => css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_osa-color-text);
    background: var(--_osa-color-background);
    font-family: var(--_osa-font-family);
    font-size: var(--_osa-font-size-base);
    line-height: var(--_osa-font-line-height);
    /* Long Finnish and Swedish compounds break at a hyphen in the language of the text (each
       component marks its content with lang); breaking anywhere is only the last resort. */
    hyphens: auto;
    -webkit-hyphens: auto;
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) { display: none; }
  /* Addresses, numbers and what a person types are never hyphenated. */
  input, textarea, select, a[href^='mailto:'], a[href^='tel:'], time { hyphens: manual; -webkit-hyphens: manual; }
  *, *::before, *::after { box-sizing: inherit; }
  h2, h3, h4 { line-height: var(--_osa-font-line-height-heading); margin: 0 0 var(--_osa-space-s); }
  h2 { font-size: var(--_osa-font-size-xlarge); }
  h3 { font-size: var(--_osa-font-size-large); }
  p { margin: 0 0 var(--_osa-space-m); }
  /* Lines of running text: no limit by default, about 60 characters in easy language. */
  p, li, dd, .hint, .label, .legend { max-inline-size: var(--_osa-measure); }
  p:last-child { margin-bottom: 0; }
  a { color: var(--_osa-color-primary); text-decoration-thickness: max(1px, 0.0625em); text-underline-offset: 0.15em; }
  a:hover { color: var(--_osa-color-primary-hover); text-decoration-thickness: max(3px, 0.1875rem); }
  :focus-visible {
    outline: var(--_osa-focus-width) solid var(--_osa-color-focus);
    outline-offset: var(--_osa-focus-offset);
    box-shadow: 0 0 0 var(--_osa-focus-offset) var(--_osa-color-focus-inner);
  }
  [tabindex='-1']:focus { outline: none; box-shadow: none; }
  [tabindex='-1']:focus-visible { outline: var(--_osa-focus-width) solid var(--_osa-color-focus); outline-offset: var(--_osa-focus-offset); }
  .visually-hidden {
    position: absolute !important; width: 1px !important; height: 1px !important; margin: -1px !important; padding: 0 !important;
    overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; white-space: nowrap !important; border: 0 !important;
  }
  .box {
    padding: var(--_osa-space-m);
    border-radius: var(--_osa-radius-m);
    background: var(--_osa-color-surface);
    border: 1px solid transparent;
  }
  .box--info { background: var(--_osa-color-info-surface); border-left: 6px solid var(--_osa-color-primary); }
  .box--success { background: var(--_osa-color-success-surface); border-left: 6px solid var(--_osa-color-success); }
  .box--warning { background: var(--_osa-color-warning-surface); border-left: 6px solid var(--_osa-color-warning); }
  .button {
    display: inline-flex; align-items: center; justify-content: center; gap: var(--_osa-space-s);
    min-height: var(--_osa-control-min-height); min-width: var(--_osa-control-min-height);
    padding: var(--_osa-space-s) var(--_osa-space-l);
    font: inherit; font-weight: var(--_osa-font-weight-bold); line-height: 1.25; text-align: center;
    color: var(--_osa-color-on-primary); background: var(--_osa-color-primary);
    border: var(--_osa-border-width) solid var(--_osa-color-primary); border-radius: var(--_osa-radius-s);
    cursor: pointer; text-decoration: none;
    transition: background-color var(--_osa-motion-duration), border-color var(--_osa-motion-duration);
  }
  .button:hover { background: var(--_osa-color-primary-hover); border-color: var(--_osa-color-primary-hover); color: var(--_osa-color-on-primary); }
  .button--secondary { color: var(--_osa-color-primary); background: var(--_osa-color-background); }
  .button--secondary:hover { color: var(--_osa-color-primary-hover); background: var(--_osa-color-surface); }
  .button[aria-disabled='true'] { cursor: progress; opacity: 0.8; }
  .button-row { display: flex; flex-wrap: wrap; gap: var(--_osa-space-m); align-items: center; }
  .link-button {
    font: inherit; color: var(--_osa-color-primary); background: none; border: 0; padding: 0; cursor: pointer;
    text-decoration: underline; text-decoration-thickness: max(1px, 0.0625em); text-underline-offset: 0.15em;
    min-height: 24px;
  }
  .link-button:hover { color: var(--_osa-color-primary-hover); }
  .spinner {
    width: 1em; height: 1em; border-radius: 50%; border: 0.18em solid currentColor; border-right-color: transparent;
    animation: osa-spin 0.8s linear infinite;
  }
  @keyframes osa-spin { to { transform: rotate(360deg); } }
  @media (prefers-reduced-motion: reduce) { .spinner { animation-duration: 3s; } }
  @media (forced-colors: active) {
    .button { border-color: ButtonText; color: ButtonText; background: ButtonFace; forced-color-adjust: none; }
    .button:hover { border-color: Highlight; }
    .box { border-color: CanvasText; }
    :focus-visible { outline-color: Highlight; }
  }
  @media print {
    :host { color: #000; background: #fff; }
    .button, .link-button { display: none; }
  }
`)();

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
  .error-message { color: var(--_osa-color-error); font-weight: var(--_osa-font-weight-bold); margin: 0 0 var(--_osa-space-s); }
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

/** Everything a component needs before its own styles. */
export const sharedStyles = [tokenStyles, baseStyles];
export const sharedFormStyles = [tokenStyles, baseStyles, formStyles];
