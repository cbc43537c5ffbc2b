import { css } from 'lit';
import { sharedFormStyles } from '../core/styles.js';

export const quickRatingStyles = [
  ...sharedFormStyles,
  css`
    :host { max-width: 42rem; container-type: inline-size; }
    :host([mode=kiosk]) { max-width: 64rem; }
    .rating { display: flex; flex-direction: column; gap: var(--_osa-space-m); }
    .heading { margin: 0; }
    form { margin: 0; }
    .fieldset { margin-bottom: var(--_osa-space-m); }
    .fieldset > .legend { margin-bottom: var(--_osa-space-m); max-inline-size: none; }
    .scale { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: var(--_osa-space-s); }
    @container (max-width: 48rem) {
      .scale { grid-template-columns: 1fr; }
    }
    .option {
      position: relative; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: var(--_osa-space-xs);
      min-height: var(--_osa-control-min-height); min-width: var(--_osa-control-min-height); padding: var(--_osa-space-s);
      border: var(--_osa-border-width) solid var(--_osa-color-border); border-radius: var(--_osa-radius-m);
      background: var(--_osa-color-background); cursor: pointer; text-align: center; font-weight: var(--_osa-font-weight-bold);
    }
    .option:hover { border-color: var(--_osa-color-primary); }
    .option__input { position: absolute; inset: 0; width: 100%; height: 100%; margin: 0; opacity: 0; cursor: pointer; }
    .option:has(.option__input:focus-visible) { outline: var(--_osa-focus-width) solid var(--_osa-color-focus); outline-offset: var(--_osa-focus-offset); }
    .option:has(.option__input:checked) { border-color: var(--_osa-color-primary); border-width: 3px; background: var(--_osa-color-info-surface); }
    .option__dots { display: inline-flex; gap: 3px; }
    .option__dots span { width: 0.55rem; height: 0.55rem; border-radius: 50%; border: 1.5px solid currentColor; }
    .option__dots span.on { background: currentColor; }
    .option:has(.option__input:checked) .option__label::before { content: '✓ '; }
    .anonymous { margin: 0 0 var(--_osa-space-m); font-size: var(--_osa-font-size-small); }
    .textarea { min-height: 4.5em; }
    .thanks { display: flex; flex-direction: column; gap: var(--_osa-space-s); align-items: flex-start; }
    .thanks p { margin: 0; }
    .thanks__title { font-size: var(--_osa-font-size-large); font-weight: var(--_osa-font-weight-bold); }
    .waiting { margin: 0; }
    .option__label { overflow-wrap: anywhere; }
    /* Kiosk: a shared touch screen, read at arm's length. */
    .rating--kiosk { font-size: var(--_osa-font-size-large); }
    .rating--kiosk .heading { font-size: var(--_osa-font-size-xlarge); }
    .rating--kiosk .option { min-height: 6rem; font-size: var(--_osa-font-size-large); }
    .rating--kiosk .button { min-height: 3.5rem; padding-inline: var(--_osa-space-xl); }
    @media (forced-colors: active) {
      .option { border-color: CanvasText; }
      .option:has(.option__input:checked) { border-color: Highlight; }
      .option:has(.option__input:focus-visible) { outline-color: Highlight; }
    }
    @media print {
      .rating { display: none; }
    }
  `,
];
