import { css } from 'lit';
import { sharedFormStyles } from '../core/styles.js';

export const panelSignupStyles = [
  ...sharedFormStyles,
  css`
    :host { max-width: 42rem; container-type: inline-size; }
    .signup { display: flex; flex-direction: column; gap: var(--_osa-space-l); }
    /*
     * One type scale at every width: the panel's name > "Apply to join" and the thank-you > the
     * form's sections > field labels (bold body size). Sections stay clearly bigger than the
     * questions at 320 px and 400 % zoom; the thank-you is never bigger than the panel's name.
     */
    .heading { margin: 0 0 var(--_osa-space-s); font-size: var(--_osa-font-size-large); }
    .heading--0 { font-size: var(--_osa-font-size-xlarge); margin: 0; }
    .heading--1 { font-size: calc(var(--_osa-font-size-large) * 1.09); }
    .purpose { font-size: var(--_osa-font-size-large); }
    @container (max-width: 26rem) {
      .heading--0 { font-size: calc(var(--_osa-font-size-large) * 1.18); }
      .purpose { font-size: inherit; }
    }
    .panel > .box { margin-bottom: var(--_osa-space-m); }
    .facts { margin: 0; display: grid; gap: var(--_osa-space-s); }
    .fact { display: grid; gap: 0; }
    .fact dt { font-weight: var(--_osa-font-weight-bold); }
    .fact dd { margin: 0; }
    @container (min-width: 34rem) {
      .fact { grid-template-columns: 11rem 1fr; gap: var(--_osa-space-m); }
    }
    form { margin: 0; }
    form > .box { margin-bottom: var(--_osa-space-l); }
    .section { border-top: var(--_osa-border-width) solid var(--_osa-color-border); padding-top: var(--_osa-space-l); margin-top: var(--_osa-space-l); }
    .section > .heading { margin-bottom: var(--_osa-space-m); }
    .section > .hint { margin-bottom: var(--_osa-space-l); }
    .conditional > .field:last-child { margin-bottom: 0; }
    #address { min-height: 5em; max-width: 24em; }
    .special-consent { margin-top: calc(-1 * var(--_osa-space-s)); margin-bottom: var(--_osa-space-l); }
    .special-consent .field { margin-bottom: 0; }
    .section:last-of-type .field:last-child { margin-bottom: var(--_osa-space-xl); }
    .clear-step p { font-weight: var(--_osa-font-weight-bold); }
    #clear-step > .box { margin-top: var(--_osa-space-m); }
    .draft-note { margin: var(--_osa-space-m) 0 0; }
    .confirmation { display: flex; flex-direction: column; gap: var(--_osa-space-s); }
    .confirmation p { margin: 0 0 var(--_osa-space-s); }
    .confirmation .heading { margin: var(--_osa-space-s) 0 0; }
    .confirmation > .heading:first-child { margin: 0 0 var(--_osa-space-s); }
    .reference strong { font-size: var(--_osa-font-size-large); letter-spacing: 0.04em; }
    @media (forced-colors: active) {
      .section { border-top-color: CanvasText; }
    }
    @media print {
      .button-row, #clear-step, .draft-note, .submission-status { display: none; }
    }
  `,
];
