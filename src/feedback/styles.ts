import { css } from 'lit';
import { sharedFormStyles } from '../core/styles.js';

export const feedbackStyles = [
  ...sharedFormStyles,
  css`
    :host { max-width: 42rem; }
    .feedback { display: flex; flex-direction: column; gap: var(--_osa-space-m); }
    .heading { margin: 0; }
    .intro { margin: 0; }
    form { margin: 0; }
    .draft-note { display: flex; flex-wrap: wrap; gap: var(--_osa-space-s) var(--_osa-space-m); align-items: baseline; }
    .draft-note p { margin: 0; }
    .promise { margin: var(--_osa-space-s) 0 0; font-weight: var(--_osa-font-weight-bold); }
    .hold-back { margin-bottom: var(--_osa-space-m); }
    .hold-back .button { margin-top: var(--_osa-space-s); }
    .confirmation { display: flex; flex-direction: column; gap: var(--_osa-space-s); align-items: flex-start; }
    .confirmation p { margin: 0; }
    .confirmation:focus-visible, .confirmation:focus { outline: var(--_osa-focus-width) solid var(--_osa-color-focus); outline-offset: var(--_osa-focus-offset); }
    .reference { font-size: var(--_osa-font-size-large); font-weight: var(--_osa-font-weight-bold); }
    .follow a { font-weight: var(--_osa-font-weight-bold); }
    .promise-again:empty { display: none; }
    .notes { margin: 0; padding: 0; list-style: none; display: flex; flex-direction: column; gap: var(--_osa-space-xs); font-size: var(--_osa-font-size-small); }
    .note { padding-left: 1.4em; position: relative; }
    .note::before { content: '›'; position: absolute; left: 0.3em; font-weight: var(--_osa-font-weight-bold); }
    .note--emergency { font-weight: var(--_osa-font-weight-bold); }
    .note--emergency::before { content: '!'; }
    .other-ways .heading { font-size: var(--_osa-font-size-large); margin-bottom: var(--_osa-space-s); }
    .channels { margin: 0; display: grid; gap: var(--_osa-space-s); }
    .channels div { display: grid; grid-template-columns: minmax(7em, max-content) 1fr; gap: var(--_osa-space-m); }
    .channels dt { font-weight: var(--_osa-font-weight-bold); }
    .channels dd { margin: 0; }
    .address { white-space: pre-line; }
    @media (max-width: 30em) {
      .channels div { grid-template-columns: 1fr; gap: 0; }
    }
    @media print {
      form, .draft-note { display: none; }
    }
  `,
];
