import { css } from 'lit';
import { sharedFormStyles } from '../core/styles.js';

export const feedbackStatusStyles = [
  ...sharedFormStyles,
  css`
    :host { max-width: 42rem; }
    .feedback-status { display: flex; flex-direction: column; gap: var(--_osa-space-m); }
    .heading { margin: 0; }
    .reference { display: inline-block; }
    .intro, form { margin: 0; }
    .result, .not-found { display: flex; flex-direction: column; gap: var(--_osa-space-s); overflow-wrap: anywhere; }
    .result, .not-found p, .result p { margin: 0; }
    .result {
      --_fs-accent: var(--_osa-color-border);
      padding: var(--_osa-space-m); border: 1px solid var(--_osa-color-border); border-left: 6px solid var(--_fs-accent);
      border-radius: var(--_osa-radius-m);
    }
    .result--in-progress { --_fs-accent: var(--_osa-color-primary); }
    .result--answered, .result--closed { --_fs-accent: var(--_osa-color-success); }
    .status { font-size: var(--_osa-font-size-large); }
    .notes { padding: var(--_osa-space-s) var(--_osa-space-m); border-radius: var(--_osa-radius-m); background: var(--_osa-color-surface); }
    .notes__title { font-size: var(--_osa-font-size-base); margin-bottom: var(--_osa-space-xs); }
    .notes__text { white-space: pre-line; }
    .dates, .channels { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: var(--_osa-space-xs) var(--_osa-space-m); }
    dt { font-weight: var(--_osa-font-weight-bold); }
    dd { margin: 0; }
    .promise { font-weight: var(--_osa-font-weight-bold); }
    .other-ways .heading { font-size: var(--_osa-font-size-base); margin-bottom: var(--_osa-space-xs); }
    .address { white-space: pre-line; }
    @media (max-width: 30em) {
      .dates, .channels { grid-template-columns: 1fr; gap: 0; }
      dd + dt { margin-top: var(--_osa-space-xs); }
    }
    @media (forced-colors: active) {
      .result { border-color: CanvasText; }
      .notes { border: 1px solid CanvasText; }
    }
    @media print {
      form { display: none; }
    }
  `,
];
