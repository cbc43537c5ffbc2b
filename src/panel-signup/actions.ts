// What <osa-panel-signup> does once a person starts using it: check the answers, send, and show
// what happened. Loaded on first focus in the form (or for a preview state), not with the first
// render, so the tag file stays small.
import { html, nothing } from 'lit';
import { lazy } from '../core/lazy.js';
import { errorSummary, focusErrorSummary, formStatus } from '../core/form-status.js';
import type { FieldError } from '../core/form.js';
import { dispatchSubmitEvent, pageDelivery, SubmissionController, unchangedSince } from '../core/submission.js';
import { followAutofill } from '../core/autofill.js';
import { failureKey, SubmitError } from '../core/submit-error.js';
import { isEmail, isPhone } from '../core/validate.js';
import { EMPTY_FORM, preferredChannel, type PanelSignupData } from './fields.js';
import { INFLUENCE_MAX, NEXT_KEYS, type Key, type OsaPanelSignup } from './osa-panel-signup.js';

type El = OsaPanelSignup;
const adapters = () => lazy(() => import('./adapters.js'));

/** Makes the element's submission controller (once). */
export function init(el: El): void {
  if (el.submission) return;
  el.submission = new SubmissionController(el);
  followAutofill(el.renderRoot);
}

/** Shows a preview state (Storybook, docs) without sending. */
export async function preview(el: El): Promise<void> {
  init(el);
  if (el.previewState === 'sent') {
    const replyBy = await el.computeReplyDate();
    el.sent = { reference: 'AR-2027-0042', replyBy, name: 'Aino', channel: 'email' };
  } else if (el.previewState) el.submission!.preview(el.previewState);
}

/** What is wrong with the answers, in the order of the fields. */
export function errors(el: El): FieldError[] {
  const f = el.form;
  const errors: FieldError[] = [];
  const add = (id: string, key: Key, count?: number) => errors.push({ id, message: el.t(key, count === undefined ? undefined : { count }) });
  if (!f.name.trim()) add('name', 'errName');
  if (!f.channels.length) add('channels', 'errChannels');
  if (f.channels.includes('email')) {
    if (!f.email.trim()) add('email', 'errEmail');
    else if (!isEmail(f.email)) add('email', 'errEmailFormat');
  }
  if (f.channels.includes('phone')) {
    if (!f.phone.trim()) add('phone', 'errPhone');
    else if (!isPhone(f.phone)) add('phone', 'errPhoneFormat');
  }
  if (f.channels.includes('post') && !f.address.trim()) add('address', 'errAddress');
  if (f.channels.length > 1 && !preferredChannel(f)) add('preferred', 'errPreferred');
  if (el.chosenServices().length && !f.healthConsent) add('health-consent', 'errHealthConsent');
  if (f.influence.length > INFLUENCE_MAX) add('influence', 'errInfluenceLong', f.influence.length - INFLUENCE_MAX);
  if (f.support.includes('interpreter') && !f.interpreterLanguage.trim()) add('interpreter-language', 'errInterpreter');
  if (f.support.includes('other') && !f.supportOther.trim()) add('support-other', 'errSupportOther');
  if (!f.consent) add('consent', 'errConsent');
  if (el.asksEligibility && !f.eligible) add('eligible', 'errEligible');
  return errors;
}

/** The application as it is sent: only what was filled in. */
async function data(el: El): Promise<PanelSignupData> {
  const lists = el.lists;
  const [{ buildData }, reply] = await Promise.all([adapters(), el.computeReplyDate()]);
  return buildData(el.form, {
    locale: el.language,
    kind: el.panel.kind,
    panelId: el.panel.panelId,
    replyBy: reply?.toISOString().slice(0, 10),
    allowed: { areas: lists.areas?.map((a) => a.value), services: lists.services.map((s) => s.value), ageGroups: lists.ages.map((a) => a.value), availability: lists.availability },
    askEligibility: el.asksEligibility,
    honeypot: el.honey,
    secondsToComplete: Math.round((performance.now() - el.startedAt) / 1000),
  });
}

/** "Send": check, send with retries, then show the result. */
export async function submit(el: El): Promise<void> {
  const sub = el.submission!;
  if (sub.busy) return;
  el.showErrors = true;
  el.clearStep = '';
  if (errors(el).length) {
    await el.updateComplete;
    focusErrorSummary(el.shadowRoot);
    return;
  }
  // Busy from here, so a second press before sending starts sends nothing. When the parts for
  // sending could not load (offline before the form was touched), begin() says so; everything stays.
  const started = await sub.begin(() => Promise.all([adapters(), data(el)]));
  if (!started) return;
  const [a, sent] = started;
  // What the person saw when the data was made: a send waiting to try again stops if they change (or clear) it.
  const unchanged = unchangedSince(() => el.form);
  // The key is bound to what is sent: an edit after a failed send gets a new one (see keyFor).
  const key = sub.keyFor(sent);
  const { cancelled, response } = dispatchSubmitEvent(el, 'osa-panel-signup-submit', sent, el.adapter, key);
  if (cancelled) return;
  const result =
    el.adapter === 'event'
      ? await sub.run(() => pageDelivery(response))
      : !el.endpoint
        ? await sub.run(() => Promise.reject(new SubmitError('config')))
        : await sub.send({ ...a.jsonRequest(el.endpoint, sent), ...el.sendOptions, unchanged });
  if (result) {
    const reference = a.readReference(result) ?? a.localReference(key);
    // Changed while the application was on its way: what arrived is the version from before, and the person is told.
    // The date that was sent, not the reply date as it is now (see feedback's actions).
    el.sent = { reference, replyBy: sent.replyBy ? new Date(`${sent.replyBy}T12:00:00Z`) : undefined, name: sent.name, channel: sent.contact.preferred, changed: !unchanged() };
    el.drafts.clear();
    el.dispatchEvent(new CustomEvent('osa-panel-signup-sent', { detail: { reference, replyBy: sent.replyBy ?? null }, bubbles: true, composed: true }));
  } else if (sub.failure) {
    const f = sub.failure;
    el.dispatchEvent(new CustomEvent('osa-panel-signup-error', { detail: { kind: f.kind, status: f.status, message: failureReason(el, f) }, bubbles: true, composed: true }));
  }
}

function failureReason(el: El, f: SubmitError): string {
  return el.t(f.kind === 'config' ? 'failedConfig' : failureKey(f.kind));
}

/** "Yes, clear it": empties the form and forgets the draft. */
export function clearForm(el: El): void {
  el.form = { ...EMPTY_FORM };
  el.showErrors = false;
  el.drafts.clear();
  init(el);
  el.submission!.forget();
  el.clearStep = 'done';
  el.announcer.announce(el.t('cleared'));
  backToClear(el);
}

/** Focus back on "Clear the form" once the question has gone. */
function backToClear(el: El): void {
  el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>('#clear')?.focus());
}

/** The question after "Clear the form": clear everything, or keep it. */
export function renderClearStep(el: El) {
  return html`<div class="box box--warning clear-step" role="group" aria-labelledby="clear-question">
    <p id="clear-question">${el.t('clearQuestion')}</p>
    <div class="button-row">
      <button class="button" type="button" @click=${() => clearForm(el)}>${el.t('clearYes')}</button>
      <button class="button button--secondary" id="clear-no" type="button" @click=${() => ((el.clearStep = ''), backToClear(el))}>${el.t('clearNo')}</button>
    </div>
  </div>`;
}

/** The error summary at the top of the form, after a "Send" with problems. */
export function renderErrors(el: El, list: FieldError[]) {
  return errorSummary({ title: el.t('errorSummaryTitle'), intro: el.t('errorSummaryIntro', { count: list.length }), errors: list });
}

/** The status under "Send": sending, retrying, offline, or failed with "Try again". */
export function renderStatus(el: El) {
  return formStatus(el.submission!, el.t.bind(el), { failedTitle: el.t('failedTitle'), reason: (f) => failureReason(el, f), onRetry: () => void submit(el) });
}

/** The confirmation: reference, what happens next and by when, how to withdraw. */
export function renderConfirmation(el: El) {
  const s = el.sent!;
  const withdraw = el.text(el.panel.withdrawText) ?? el.t(el.k('withdrawDefault'));
  return html`<div class="box box--success confirmation" part="confirmation">
    ${el.heading(1, el.t('sentTitle', { name: s.name }), { id: 'sent-title', confirmation: true })}
    <p class="reference">${el.t('referenceLabel')} <strong>${s.reference}</strong></p>
    ${s.changed ? html`<p class="changed">${el.t('sentBeforeChange')}</p>` : nothing}
    ${el.heading(2, el.t('nextTitle'))}
    <p>${el.workshop ? el.t('workshopNext') : `${el.t(el.k('nextChoose'))} ${s.replyBy ? el.t('nextBy', { date: el.formatDueDate(s.replyBy) }) : el.t('nextNoDate')}`} ${s.channel ? el.t(NEXT_KEYS[s.channel]) : ''}</p>
    ${el.heading(2, el.t('withdrawTitle'))}
    <p>${el.t('withdraw')} ${withdraw}</p>
  </div>`;
}
