// What <osa-feedback> does once a person starts using it: check the answers, send, and show
// what happened. Loaded on first focus in the form (or for a preview state), not with the first
// render, so the tag file stays small.
import { html, nothing } from 'lit';
import { warn } from '../core/element.js';
import { errorSummary, focusErrorSummary, statusTexts, submissionStatus } from '../core/form-status.js';
import type { FieldError } from '../core/form.js';
import { request } from '../core/request.js';
import { dispatchSubmitEvent, pageDelivery, SubmissionController } from '../core/submission.js';
import { failureKey, SubmitError } from '../core/submit-error.js';
import { pageUrlWithoutQuery, safeUrl } from '../core/url.js';
import { isEmail, isPhone } from '../core/validate.js';
import { joinUrl, KINDS, readServices, type FeedbackData, type FeedbackKind } from './fields.js';
import { EMPTY, type OsaFeedback } from './osa-feedback.js';

type El = OsaFeedback;

/** Makes the element's submission controller (once). */
export function init(el: El): void {
  el.submission ??= new SubmissionController(el);
}

/** Shows a preview state (Storybook, docs) without sending. */
export async function preview(el: El): Promise<void> {
  init(el);
  if (el.previewState === 'sent') {
    const promisedBy = await computePromise(el);
    el.sent = { reference: 'PAL-2026-00042', promisedBy, replyWanted: true };
  } else if (el.previewState) el.submission!.preview(el.previewState);
}

/** Loads the Open311 service list (the topics) in the reader's language. */
export async function loadServices(el: El): Promise<void> {
  const url = `${joinUrl(el.resolvedEndpoint, 'services.json')}?locale=${el.language}`;
  try {
    const res = await request(url, { headers: { Accept: 'application/json' } });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const services = readServices(await res.json());
    el.serviceTopics = services.length ? services : undefined;
  } catch (e) {
    warn(el, `could not load Open311 services from ${url} (${(e as Error).message}); the service-code attribute is used.`);
    el.serviceTopics = undefined;
  }
}

/**
 * Computes the promised reply date with the working-day rules (loaded on first need) and keeps
 * it for render. Returns null when no promise is made.
 */
export async function computePromise(el: El): Promise<Date | null> {
  const days = Math.floor(Number(el.responseDays));
  const key = `${days}|${el.closedDays}|${el.now?.getTime() ?? new Date().toDateString()}`;
  if (key === el.promiseFor && el.promise !== undefined) return el.promise;
  el.promiseFor = key;
  if (!(days > 0)) return (el.promise = null);
  const wd = await import('../core/working-days.js');
  const closedDays = el.closedDays.split(/[\s,;]+/).filter((d) => {
    if (!d) return false;
    try {
      return wd.toCalendarDate(d) === d;
    } catch {
      warn(el, `closed-days has "${d}", which is not a date like 2026-12-31. It is ignored.`);
      return false;
    }
  });
  return (el.promise = wd.addWorkingDays(el.now ?? new Date(), days, { closedDays }));
}

/** What is wrong with the answers, in the order of the fields. */
export function errors(el: El): FieldError[] {
  const v = el.values;
  const t = el.t.bind(el);
  const errors: FieldError[] = [];
  if (!KINDS.includes(v.kind as FeedbackKind)) errors.push({ id: 'kind', message: t('errorKind') });
  if (!v.message.trim()) errors.push({ id: 'message', message: t('errorMessage') });
  else if (v.message.length > el.messageLimit) errors.push({ id: 'message', message: t('errorTooLong', { count: v.message.length - el.messageLimit }) });
  if (v.reply !== 'yes' && v.reply !== 'no') errors.push({ id: 'reply', message: t('errorReply') });
  if (v.reply === 'yes') {
    if (!v.email.trim() && !v.phone.trim()) errors.push({ id: 'email', message: t('errorContact') });
    if (v.email.trim() && !isEmail(v.email)) errors.push({ id: 'email', message: t('errorEmail') });
    if (v.phone.trim() && !isPhone(v.phone)) errors.push({ id: 'phone', message: t('errorPhone') });
  }
  return errors;
}

function buildData(el: El, secondsToComplete: number, promise: Date | null): FeedbackData {
  const v = el.values;
  const replyWanted = v.reply === 'yes';
  // Without a reply, only the name goes (the email and phone fields are not shown then); with no name, null.
  const given = Object.entries(replyWanted ? { email: v.email.trim(), phone: v.phone.trim(), name: v.name.trim() } : { name: v.name.trim() }).filter(([, x]) => x);
  const contact = given.length ? Object.fromEntries(given) : null;
  promise = replyWanted ? promise : null;
  return {
    kind: v.kind as FeedbackKind,
    topic: v.topic || null,
    message: v.message.trim(),
    replyWanted,
    contact,
    locale: el.language,
    pageUrl: pageUrlWithoutQuery(),
    promisedBy: promise ? promise.toISOString().slice(0, 10) : null,
    spamSignals: { honeypotFilled: !!el.honey, secondsToComplete: Math.round(secondsToComplete) },
  };
}

/** "Send": check, hold back likely spam (Open311), send with retries, then show the result. */
export async function submit(el: El): Promise<void> {
  const sub = el.submission!;
  if (sub.busy) return;
  el.showErrors = true;
  if (errors(el).length) {
    el.notice = '';
    await el.updateComplete;
    focusErrorSummary(el.shadowRoot);
    return;
  }
  const seconds = (performance.now() - el.startedAt) / 1000;
  if (el.adapter === 'open311') {
    // Open311 servers can't weigh spam signals, so hold back — but never drop: a person can go on.
    if (seconds < el.minSeconds && !el.tooFastShown) return holdBack(el, 'tooFast');
    if (el.honey && !el.confirmedAnyway) return holdBack(el, 'heldBack');
  }
  el.notice = '';
  // Busy from here, so a second press before sending starts fires no second submit event. When the
  // parts for sending could not load (offline before the first keystroke), begin() says so; the text stays.
  const started = await sub.begin(async () => {
    const [adapters] = await Promise.all([import('./adapters.js'), el.values.reply === 'yes' ? computePromise(el) : null]);
    return { adapters, data: buildData(el, seconds, el.promise ?? null) };
  });
  if (!started) return;
  const { adapters, data } = started;
  // The key is bound to what is sent: an edit after a failed send gets a new one (see keyFor).
  const key = sub.keyFor(data);
  const { cancelled, response } = dispatchSubmitEvent(el, 'osa-feedback-submit', data, el.adapter, key);
  if (cancelled) return;
  const endpoint = el.resolvedEndpoint;
  const result =
    el.adapter === 'event'
      ? await sub.run(() => pageDelivery(response))
      : !endpoint
        ? await sub.run(() => Promise.reject(new SubmitError('config')))
        : await sub.send({
            ...(el.adapter === 'open311' ? adapters.open311Request(endpoint, data, data.topic ?? el.serviceCode, el.apiKey || undefined) : adapters.jsonRequest(endpoint, data)),
            ...el.sendOptions,
          });
  if (result) {
    const answer = adapters.readAnswer(result);
    const reference = answer.reference ?? localReference(key, el.now ?? new Date());
    const promisedBy = data.promisedBy ? el.promise ?? null : null;
    el.sent = { reference, promisedBy, notice: answer.notice, replyWanted: data.replyWanted };
    el.drafts.clear();
    el.dispatchEvent(new CustomEvent('osa-feedback-sent', { detail: { reference, promisedBy: data.promisedBy, data }, bubbles: true, composed: true }));
  } else if (sub.failure) {
    const f = sub.failure;
    if (!endpoint && el.adapter !== 'event') warn(el, 'has no endpoint and no fallback <form action>, so feedback cannot be sent. Set the endpoint attribute.');
    el.dispatchEvent(new CustomEvent('osa-feedback-error', { detail: { kind: f.kind, status: f.status, message: failureReason(el, f) }, bubbles: true, composed: true }));
  }
}

function holdBack(el: El, notice: 'tooFast' | 'heldBack') {
  el.notice = notice;
  if (notice === 'tooFast') el.tooFastShown = true;
  el.announcer.announce(el.t(notice));
}

function failureReason(el: El, f: SubmitError): string {
  if (f.kind === 'config') return el.t('failedConfig');
  if (f.kind === 'rejected' && (f.status === 401 || f.status === 403)) return el.t('failedForbidden');
  return el.t(failureKey(f.kind));
}

async function copyText(el: El) {
  try {
    await navigator.clipboard.writeText(el.values.message);
    el.announcer.announce(el.t('copied'));
  } catch {
    // No clipboard permission (e.g. an http page): select the text so the person can copy it.
    const area = el.renderRoot.querySelector<HTMLTextAreaElement>('#message');
    area?.focus();
    area?.select();
  }
}

/** "Clear the form" after a restored draft; "Undo" brings it back. */
export function clearForm(el: El): void {
  el.cleared = el.values;
  el.values = { ...EMPTY };
  el.showErrors = false;
  el.drafts.clear();
  el.notice = 'cleared';
  el.announcer.announce(el.t('cleared'));
}

export function undoClear(el: El): void {
  if (el.cleared) el.values = el.cleared;
  el.cleared = undefined;
  el.notice = '';
  el.drafts.save(el.values);
  el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>('#message')?.focus());
}

function giveMore(el: El) {
  el.sent = undefined;
  el.values = { ...EMPTY };
  el.showErrors = false;
  el.confirmedAnyway = false;
  el.tooFastShown = false;
  el.startedAt = performance.now();
  el.submission!.reset();
  el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>('#kind-0')?.focus());
}

/** The error summary above the form, after a "Send" with problems. */
export function renderErrors(el: El, list: FieldError[]) {
  return errorSummary({ level: el.level + 1, title: el.t('errorSummaryTitle'), intro: el.t('errorSummaryIntro', { count: list.length }), errors: list });
}

/** The "send anyway?" box when sending was held back as likely spam. */
export function renderHoldBack(el: El) {
  return el.notice === 'tooFast' || el.notice === 'heldBack'
    ? html`<div class="box box--warning hold-back"><p>${el.t(el.notice)}</p>
        ${el.notice === 'heldBack'
          ? html`<button class="button button--secondary" type="button" @click=${() => { el.confirmedAnyway = true; void submit(el); }}>${el.t('sendAnyway')}</button>`
          : nothing}</div>`
    : nothing;
}

/** The status under "Send": sending, retrying, offline, or failed with "Try again". */
export function renderStatus(el: El) {
  const sub = el.submission!;
  const t = el.t.bind(el);
  return submissionStatus({
    level: el.level + 1,
    state: sub.state, retryInSeconds: sub.retryInSeconds, failedTitle: t('failedTitle'),
    failedReason: sub.failure ? failureReason(el, sub.failure) : undefined,
    serverMessage: sub.serverMessage,
    texts: statusTexts(t, sub),
    onRetry: () => void submit(el),
    onCopy: () => void copyText(el),
  });
}

/** The thank-you box with the reference and, if a reply was wanted, the promised date again. */
export function renderConfirmation(el: El) {
  const s = el.sent!;
  const results = safeUrl(el.resultsUrl);
  return html`<div class="box box--success confirmation" part="confirmation" data-confirmation>
    <p class="reference">${el.t('sentReference', { reference: s.reference })}</p>
    <p>${el.t('sentNext')}</p>
    <p class="promise-again">${s.promisedBy ? el.t('sentPromise', { date: el.formatDueDate(s.promisedBy) }) : s.replyWanted ? '' : el.t('sentNoReply')}</p>
    ${s.notice ? html`<p class="server-message">${el.t('detailsFromService')} <q>${s.notice}</q></p>` : nothing}
    ${results ? html`<p><a href=${results}>${el.t('resultsLink')}</a></p>` : nothing}
    <button class="button button--secondary" type="button" @click=${() => giveMore(el)}>${el.t('sentMore')}</button>
  </div>`;
}

/** A reference when the server gives none: the Helsinki date and six characters of the idempotency key. */
function localReference(key: string, now: Date): string {
  // From the parts, not a locale's date pattern: en-CA gives 2026-11-23 in Chromium but 11/23/2026 in WebKitGTK.
  const parts = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  const day = `${part('year')}${part('month')}${part('day')}`;
  return `P-${day}-${key.replace(/-/g, '').slice(0, 6).toUpperCase()}`;
}
