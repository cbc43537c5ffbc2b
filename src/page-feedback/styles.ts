import { css } from 'lit';
import { sharedFormStyles } from '../core/styles.js';

export const pageFeedbackStyles = [
  ...sharedFormStyles,
  css`
    :host { max-width: 42rem; }
    .page-feedback { display: flex; flex-direction: column; gap: var(--_osa-space-m); border-color: var(--_osa-color-border); }
    .heading { margin: 0; font-size: var(--_osa-font-size-large); }
    .answer { min-width: 6rem; }
    .thanks { margin: 0; font-weight: var(--_osa-font-weight-bold); }
    form { margin: 0; }
    .field { margin-bottom: var(--_osa-space-m); }
    .textarea { min-height: 5em; }
    .no-reply { margin: 0 0 var(--_osa-space-m); }
    .link-button { align-self: flex-start; }
    @media print {
      .page-feedback { display: none; }
    }
  `,
];
