/**
 * osallisuus/react — React components for the tags, made with @lit/react.
 *
 * Each wrapper renders the real custom element. Props that are properties of the element (e.g.
 * `endpoint`, `responseDays`, `data`) are set as properties; everything else (e.g. `id`, `lang`,
 * `aria-*`, `className`) goes to the tag as usual. Each event of a component has a prop named
 * after it: `osa-feedback-sent` -> `onOsaFeedbackSent`, typed with the event's `detail`.
 *
 * Importing this module registers every tag. `react` is an optional peer dependency of
 * osallisuus: install it yourself (React 17, 18 or 19).
 */
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { OsaFeedback as OsaFeedbackElement } from '../feedback/register.js';
import { OsaParticipationLadder as OsaParticipationLadderElement } from '../participation-ladder/register.js';
import { OsaPanelSignup as OsaPanelSignupElement } from '../panel-signup/register.js';
import { OsaYouSaidWeDid as OsaYouSaidWeDidElement } from '../you-said-we-did/register.js';
import { OsaPageFeedback as OsaPageFeedbackElement } from '../page-feedback/register.js';
import { OsaQuickRating as OsaQuickRatingElement } from '../quick-rating/register.js';

export type { OsaFeedbackElement, OsaParticipationLadderElement, OsaPanelSignupElement, OsaYouSaidWeDidElement, OsaPageFeedbackElement, OsaQuickRatingElement };

/** The events, as the components fire them (declared in each component's register module). */
export type OsaFeedbackSubmitEvent = HTMLElementEventMap['osa-feedback-submit'];
export type OsaFeedbackSentEvent = HTMLElementEventMap['osa-feedback-sent'];
export type OsaFeedbackErrorEvent = HTMLElementEventMap['osa-feedback-error'];
export type OsaPanelSignupSubmitEvent = HTMLElementEventMap['osa-panel-signup-submit'];
export type OsaPanelSignupSentEvent = HTMLElementEventMap['osa-panel-signup-sent'];
export type OsaPanelSignupErrorEvent = HTMLElementEventMap['osa-panel-signup-error'];
export type OsaYouSaidWeDidLoadEvent = HTMLElementEventMap['osa-you-said-we-did-load'];
export type OsaYouSaidWeDidErrorEvent = HTMLElementEventMap['osa-you-said-we-did-error'];
export type OsaPageFeedbackSubmitEvent = HTMLElementEventMap['osa-page-feedback-submit'];
export type OsaPageFeedbackSentEvent = HTMLElementEventMap['osa-page-feedback-sent'];
export type OsaPageFeedbackErrorEvent = HTMLElementEventMap['osa-page-feedback-error'];
export type OsaQuickRatingSubmitEvent = HTMLElementEventMap['osa-quick-rating-submit'];
export type OsaQuickRatingSentEvent = HTMLElementEventMap['osa-quick-rating-sent'];
export type OsaQuickRatingErrorEvent = HTMLElementEventMap['osa-quick-rating-error'];

/** `<osa-feedback>`: feedback with a response promise. */
export const OsaFeedback = createComponent({
  react: React,
  tagName: 'osa-feedback',
  elementClass: OsaFeedbackElement,
  displayName: 'OsaFeedback',
  events: {
    onOsaFeedbackSubmit: 'osa-feedback-submit' as EventName<OsaFeedbackSubmitEvent>,
    onOsaFeedbackSent: 'osa-feedback-sent' as EventName<OsaFeedbackSentEvent>,
    onOsaFeedbackError: 'osa-feedback-error' as EventName<OsaFeedbackErrorEvent>,
  },
});

/** `<osa-participation-ladder>`: levels of participation, and where this activity sits. It fires no events. */
export const OsaParticipationLadder = createComponent({
  react: React,
  tagName: 'osa-participation-ladder',
  elementClass: OsaParticipationLadderElement,
  displayName: 'OsaParticipationLadder',
});

/** `<osa-panel-signup>`: signing up for a customer panel. */
export const OsaPanelSignup = createComponent({
  react: React,
  tagName: 'osa-panel-signup',
  elementClass: OsaPanelSignupElement,
  displayName: 'OsaPanelSignup',
  events: {
    onOsaPanelSignupSubmit: 'osa-panel-signup-submit' as EventName<OsaPanelSignupSubmitEvent>,
    onOsaPanelSignupSent: 'osa-panel-signup-sent' as EventName<OsaPanelSignupSentEvent>,
    onOsaPanelSignupError: 'osa-panel-signup-error' as EventName<OsaPanelSignupErrorEvent>,
  },
});

/** `<osa-you-said-we-did>`: a board of what people said and what was done. */
export const OsaYouSaidWeDid = createComponent({
  react: React,
  tagName: 'osa-you-said-we-did',
  elementClass: OsaYouSaidWeDidElement,
  displayName: 'OsaYouSaidWeDid',
  events: {
    onOsaYouSaidWeDidLoad: 'osa-you-said-we-did-load' as EventName<OsaYouSaidWeDidLoadEvent>,
    onOsaYouSaidWeDidError: 'osa-you-said-we-did-error' as EventName<OsaYouSaidWeDidErrorEvent>,
  },
});

/** `<osa-page-feedback>`: "Was this page useful?" with an optional comment. */
export const OsaPageFeedback = createComponent({
  react: React,
  tagName: 'osa-page-feedback',
  elementClass: OsaPageFeedbackElement,
  displayName: 'OsaPageFeedback',
  events: {
    onOsaPageFeedbackSubmit: 'osa-page-feedback-submit' as EventName<OsaPageFeedbackSubmitEvent>,
    onOsaPageFeedbackSent: 'osa-page-feedback-sent' as EventName<OsaPageFeedbackSentEvent>,
    onOsaPageFeedbackError: 'osa-page-feedback-error' as EventName<OsaPageFeedbackErrorEvent>,
  },
});

/** `<osa-quick-rating>`: a five-step rating with words, for a page or a waiting-room kiosk. */
export const OsaQuickRating = createComponent({
  react: React,
  tagName: 'osa-quick-rating',
  elementClass: OsaQuickRatingElement,
  displayName: 'OsaQuickRating',
  events: {
    onOsaQuickRatingSubmit: 'osa-quick-rating-submit' as EventName<OsaQuickRatingSubmitEvent>,
    onOsaQuickRatingSent: 'osa-quick-rating-sent' as EventName<OsaQuickRatingSentEvent>,
    onOsaQuickRatingError: 'osa-quick-rating-error' as EventName<OsaQuickRatingErrorEvent>,
  },
});
