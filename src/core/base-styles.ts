import { css } from 'lit';
import { tokenStyles } from './tokens.styles.js';

// The styles every component uses. They are in the CDN runtime (dist/cdn/runtime.js), so they stay
// free of anything only forms need: field styles are in styles.ts (formStyles, sharedFormStyles).

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
    overflow: hidden !important; clip-path: inset(50%) !important; white-space: nowrap !important; border: 0 !important;
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

/** Everything a component needs before its own styles. */
export const sharedStyles = [tokenStyles, baseStyles];
