// What <osa-feedback-status> does once a person starts using it: look a number up with the core
// network client (timeout, retries on 5xx and 429 with Retry-After, waiting while offline), read
// the answer with an adapter, work out whether the promise was kept, and show it. Loaded on first
// focus in the form, or at once when the address names a reference; not with the first render.
import { html, nothing } from 'lit';
import { warn } from '../core/element.js';
import { failureBox, heading, statusRegion } from '../core/form.js';
import { SubmissionController } from '../core/submission.js';
import { failureKey, SubmitError } from '../core/submit-error.js';
import type { SubmitResponse } from '../core/submit.js';
import { safeUrl } from '../core/url.js';
import { formatDate } from '../core/i18n.js';
import { open311List, resolveToken } from '../core/open311.js';
import { addWorkingDays, closedDaysFrom, toCalendarDate } from '../core/working-days.js';
import { fromJson, fromOpen311, isRequest, jsonUrl, open311SearchUrl, open311StatusUrl, type FeedbackStatusData, type FeedbackStatusKind, type StatusView } from './adapters.js';
import type { OsaFeedbackStatus } from './osa-feedback-status.js';

type El = OsaFeedbackStatus;

/** Whether the promise to answer by a date was kept: answered in time, answered late, not yet due, or overdue. */
export interface PromiseCheck {
  kind: 'kept' | 'late' | 'pending' | 'overdue';
  promised: Date;
  answered?: Date;
}

/** What a lookup found. */
export type Outcome = { kind: 'found'; view: StatusView; promise?: PromiseCheck } | { kind: 'not-found'; reference: string; sent?: string };

/** The detail of `osa-feedback-status-lookup`. */
export interface StatusLookupDetail {
  reference: string;
  adapter: string;
  /**
   * With `adapter="event"`: hand over a promise of the status (docs/feedback-status.schema.json),
   * or of `null` when there is no such feedback. Reject (e.g. with `new SubmitError('server')`)
   * when the lookup failed.
   */
  respondWith(result: Promise<FeedbackStatusData | null>): void;
}

const STATUS_TEXT: Record<FeedbackStatusKind, ['statusReceived' | 'statusInProgress' | 'statusAnswered' | 'statusClosed', 'aboutReceived' | 'aboutInProgress' | 'aboutAnswered' | 'aboutClosed']> = {
  received: ['statusReceived', 'aboutReceived'],
  'in-progress': ['statusInProgress', 'aboutInProgress'],
  answered: ['statusAnswered', 'aboutAnswered'],
  closed: ['statusClosed', 'aboutClosed'],
};
/** Dates in the result: "23. marraskuuta 2026". */
const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
/** The calendar day in Helsinki as 2026-11-23, for `<time datetime>`. */
const isoDay = (d: Date) => toCalendarDate(d);
/** "Not found": 404 or 410 from the server. */
const isNotFound = (f?: SubmitError) => f?.kind === 'rejected' && (f.status === 404 || f.status === 410);

/** Makes the element's lookup controller (once). */
export function init(el: El): void {
  el.submission ??= new SubmissionController(el);
}

/** Shows a preview state (Storybook, docs) without a lookup. */
export function preview(el: El): void {
  init(el);
  const state = el.previewState;
  if (state && state !== 'sent') el.submission!.preview(state, new SubmitError('server', 500));
}

/**
 * Looks `reference` up and shows what came back. `typed`: the person pressed the button, so focus
 * moves to the answer; from a link the answer is announced and focus stays where it is.
 */
export async function lookUp(el: El, reference: string, typed: boolean): Promise<void> {
  const sub = el.submission!;
  if (sub.busy) {
    el.queued = reference;
    return;
  }
  el.outcome = undefined;
  el.lookedUp = reference;
  let given: Promise<FeedbackStatusData | null> | undefined;
  const detail: StatusLookupDetail = { reference, adapter: el.adapter, respondWith: (p) => void (given = p) };
  if (!el.dispatchEvent(new CustomEvent('osa-feedback-status-lookup', { detail, bubbles: true, composed: true, cancelable: true }))) return;
  const endpoint = el.endpoint;
  const open311 = el.adapter === 'open311';
  let response: SubmitResponse | undefined;
  if (el.adapter === 'event') {
    response = await sub.run(() => handlerAnswer(given));
  } else if (!endpoint) {
    warn(el, `has no endpoint, so it cannot look up feedback. Set the endpoint attribute${open311 ? '' : ', or use adapter="event"'}.`);
    response = await sub.run(() => Promise.reject(new SubmitError('config')));
  } else {
    const get = (address: string) => sub.send({ url: address, method: 'GET', headers: { Accept: 'application/json' }, ...el.sendOptions });
    const settings = { jurisdictionId: el.jurisdictionId, apiKey: el.apiKey, lang: el.language };
    const open311Address = (ref: string) => open311StatusUrl(endpoint, ref, settings);
    let url: string | undefined;
    try {
      url = open311 ? open311Address(reference) : jsonUrl(endpoint, reference);
    } catch {
      warn(el, `endpoint "${endpoint}" is not a valid URL.`);
    }
    response = url ? await get(url) : await sub.run(() => Promise.reject(new SubmitError('config')));
    if (open311 && url && !response && sub.failure?.kind === 'server') {
      // A fault for one number may be the server's way of saying "no such request": Libre311 answers
      // an unknown id with 500 (RootController: List.of(null)). The spec's search by id tells: a list
      // without this number is "not found", and a server that is really down fails again.
      const fault = sub.failure;
      response = await search(open311SearchUrl(endpoint, reference, settings), reference, get);
      // A server that cannot search either (404, not a list) leaves the first fault standing.
      if (!response) await sub.run(() => Promise.reject(fault));
    }
    if (open311 && url && (response ? fromOpen311(response.body, reference) === null : isNotFound(sub.failure))) {
      // Not a request id: perhaps the token a batch service gave (the form shows it until the city's
      // system has made the request). tokens/{token}.json says which request it became.
      const id = await resolveToken(endpoint, reference, { jurisdiction_id: el.jurisdictionId || undefined, api_key: el.apiKey || undefined }, { tries: 1 });
      if (id && id !== reference) {
        const found = await get(open311Address(id));
        // The request it became may not be public yet: then the person's own number stays in the answer.
        if (found ? fromOpen311(found.body, id) !== null : !isNotFound(sub.failure)) {
          reference = id;
          response = found;
        } else {
          response = undefined;
          await sub.run(() => Promise.reject(new SubmitError('rejected', 404)));
        }
      }
    }
  }
  await finish(el, reference, typed, response);
}

/**
 * `GET requests.json?service_request_id=…` (GeoReport v2's search by id, which Libre311, FixMyStreet,
 * 6Aika and Helsinki take): the answer keeps only the request with this number, so a server that
 * does not filter by id is not read as having found another one. Undefined when it failed too.
 */
async function search(address: string, reference: string, get: (address: string) => Promise<SubmitResponse | undefined>): Promise<SubmitResponse | undefined> {
  const response = await get(address);
  const list = response && open311List(response.body, 'requests');
  return list ? { ...response, body: list.filter((x) => isRequest(x, reference)) } : undefined;
}

/** What a page's handler gave (the `event` adapter), as a response; no handler is a setup fault. */
async function handlerAnswer(given: Promise<FeedbackStatusData | null> | undefined): Promise<SubmitResponse> {
  if (!given) throw new SubmitError('config');
  try {
    return { status: 200, body: await given, attempts: 1 };
  } catch (e) {
    const error = e instanceof SubmitError ? e : undefined;
    throw new SubmitError(error?.kind ?? 'server', error?.status, undefined, 1);
  }
}

async function finish(el: El, reference: string, typed: boolean, response: SubmitResponse | undefined): Promise<void> {
  const sub = el.submission!;
  const events = { bubbles: true, composed: true };
  let read: StatusView | null | undefined;
  if (response) {
    const got = el.adapter === 'open311' ? fromOpen311(response.body, reference) : fromJson(response.body, reference, el.language);
    if (typeof got === 'string') {
      // Data of the wrong shape is the service's fault: said so, with "Try again".
      warn(el, `the answer for "${reference}" could not be read: ${got}.`);
      await sub.run(() => Promise.reject(new SubmitError('server', response.status)));
    } else {
      read = got;
    }
  } else if (isNotFound(sub.failure)) {
    read = null;
  }
  if (read === null) {
    el.outcome = { kind: 'not-found', reference, sent: sentDay(el, reference) };
    el.dispatchEvent(new CustomEvent('osa-feedback-status-result', { detail: { reference, found: false }, ...events }));
  } else if (read) {
    el.outcome = { kind: 'found', view: read, promise: checkPromise(el, read) };
    el.dispatchEvent(new CustomEvent('osa-feedback-status-result', { detail: { reference, found: true, status: read.status }, ...events }));
    keepInAddress(reference);
  } else if (sub.failure) {
    el.dispatchEvent(new CustomEvent('osa-feedback-status-error', { detail: { kind: sub.failure.kind, status: sub.failure.status }, ...events }));
  }
  await el.updateComplete;
  if (el.outcome) {
    const o = el.outcome;
    el.announcer.announce(o.kind === 'found' ? el.t('found', { reference: o.view.reference, status: el.t(STATUS_TEXT[o.view.status][0]) }) : el.t(o.sent ? 'notYetTitle' : 'notFoundTitle'));
    if (typed) el.renderRoot.querySelector<HTMLElement>('#result-title')?.focus();
  }
  const next = el.queued;
  el.queued = undefined;
  if (next && next !== reference) await lookUp(el, next, false);
}

/** How long feedback may take to be shown before "not shown here yet" becomes "not found": 30 days. */
const NOT_YET_DAYS = 30;

/**
 * The day the feedback with this number was sent, when the page knows it: from the feedback form's
 * link (`#reference=…&sent=2026-12-03`, for that number only) or the `sent` property. A day after
 * today (in Helsinki), more than NOT_YET_DAYS ago (feedback a service hid in moderation never shows:
 * servers answer for it as for a new one) or not a date is not believed.
 */
function sentDay(el: El, reference: string): string | undefined {
  const hash = new URLSearchParams(location.hash.slice(1));
  const day = (el.reference.trim() === reference && el.sent) || (hash.get('reference')?.trim() === reference ? hash.get('sent') : '');
  try {
    // toCalendarDate takes only an existing YYYY-MM-DD day (it throws on others, 2026-02-30 among them).
    const today = el.now ?? new Date();
    const sent = day && toCalendarDate(day);
    return sent && sent <= isoDay(today) && sent >= isoDay(new Date(today.getTime() - NOT_YET_DAYS * 86_400_000)) ? day : undefined;
  } catch {
    return undefined;
  }
}

/** Writes `#reference=…` into the address (the page's other hash parts stay), so the page can be bookmarked. No new history entry. */
function keepInAddress(reference: string): void {
  const parts = location.hash.replace(/^#/, '').split('&').filter((p) => p && !p.startsWith('reference='));
  const hash = `#${[...parts, `reference=${encodeURIComponent(reference)}`].join('&')}`;
  if (hash !== location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

/**
 * Whether the promise to answer was kept, compared as calendar days in Helsinki. The promised date
 * is the data's own, or `response-days` working days after the day it was received. Answered:
 * the data's answer date, else the last update once answered. Undefined when there is
 * nothing honest to say (no promise, or closed without a date).
 */
export function checkPromise(el: El, v: StatusView): PromiseCheck | undefined {
  let promised = v.promisedBy;
  if (promised === undefined) {
    const days = Math.floor(Number(el.responseDays));
    if (!(days > 0) || !v.received) return undefined;
    const closedDays = closedDaysFrom(el.closedDays, (d) => warn(el, `closed-days has "${d}", which is not a date like 2026-12-31. It is ignored.`));
    promised = addWorkingDays(v.received, days, { closedDays });
  }
  if (!promised) return undefined;
  const done = v.status === 'answered' || v.status === 'closed';
  // Closed without an answer (e.g. handled, nothing to reply): no answer date unless the data gives one.
  const answered = v.answeredAt ?? (v.status === 'answered' ? v.updated : undefined);
  if (answered) return { kind: isoDay(answered) <= isoDay(promised) ? 'kept' : 'late', promised, answered };
  if (done) return undefined;
  return { kind: isoDay(el.now ?? new Date()) > isoDay(promised) ? 'overdue' : 'pending', promised };
}

function failureReason(el: El, f: SubmitError): string {
  if (f.kind === 'config') return el.t('failedConfig');
  if (f.kind === 'rejected') return el.t('failedRejected');
  return el.t(failureKey(f.kind));
}

/** The status under the button: looking up, retrying, offline, or failed with "Try again" and the other ways. */
export function renderStatus(el: El) {
  const sub = el.submission!;
  const line = (text: string) => html`<p class="status-line"><span class="spinner" aria-hidden="true"></span> ${text}</p>`;
  const body =
    sub.state === 'sending' ? line(el.t('lookingUp'))
    : sub.state === 'retrying' ? line(el.t(sub.retryingKey, { count: sub.retryInSeconds ?? 1 }))
    : sub.state === 'offline' ? html`<div class="box box--warning"><p>${el.t('offline')}</p></div>`
    : '';
  const f = sub.state === 'failed' && !isNotFound(sub.failure) ? sub.failure : undefined;
  return html`${statusRegion(body)}${f
    ? html`${failureBox({ level: el.level + 1, title: el.t('failedTitle'), reason: failureReason(el, f), tryAgain: el.t('tryAgain'), onRetry: () => void lookUp(el, el.lookedUp ?? el.value.trim(), true) })}
        ${f.kind === 'config' || f.kind === 'rejected' ? renderOtherWays(el) : nothing}`
    : nothing}`;
}

/** The found status, or "we could not find this number" with the other ways to ask. */
export function renderOutcome(el: El) {
  const o = el.outcome!;
  if (o.kind === 'not-found') {
    // Sent, but not found (yet): a service that checks new feedback before publishing it (Helsinki) has not shown it.
    // The date on one line ("20. marraskuuta 2026"): broken after "20.", it reads as a second number after the reference.
    const date = o.sent && formatDate(new Date(`${o.sent}T12:00:00Z`), el.language, DAY).replace(/ /g, '\u00a0');
    return html`<section class="box box--warning not-found" part="not-found" aria-labelledby="result-title">
      ${heading(el.level + 1, el.t(o.sent ? 'notYetTitle' : 'notFoundTitle'), 'heading', 'result-title', true)}
      <p>${withReference(el, o.sent ? 'notYet' : 'notFound', o.reference, date || '')}</p>
      ${renderOtherWays(el)}
    </section>`;
  }
  const v = o.view;
  const [statusKey, aboutKey] = STATUS_TEXT[v.status];
  const date = (d: Date) => html`<time datetime=${isoDay(d)}>${formatDate(d, el.language, DAY)}</time>`;
  const dates = ([['receivedOn', v.received], ['updatedOn', v.updated], ['expectedOn', v.expected]] as const).filter(([, d]) => d);
  const results = v.resultsId ? resultsLink(el.resultsUrl, v.resultsId) : undefined;
  return html`<section class="result result--${v.status}" part="result" aria-labelledby="result-title">
    ${heading(el.level + 1, withReference(el, 'resultTitle', v.reference), 'heading', 'result-title', true)}
    <p class="status"><span class="status__label">${el.t('statusLabel')}:</span> <strong class="status__value">${el.t(statusKey)}</strong></p>
    <p>${el.t(aboutKey)}</p>
    ${v.notes
      ? html`<div class="notes">${heading(el.level + 2, el.t('notesTitle'), 'heading notes__title')}<p class="notes__text">${v.notes}</p></div>`
      : nothing}
    ${dates.length ? html`<dl class="dates">${dates.map(([key, d]) => html`<dt>${el.t(key)}</dt><dd>${date(d!)}</dd>`)}</dl>` : nothing}
    ${o.promise ? renderPromise(el, o.promise) : nothing}
    ${results ? html`<p><a href=${results}>${el.t('resultsLink')}</a></p>` : nothing}
  </section>`;
}

/**
 * A text with the reference number in it, the number kept whole on a line where it fits: a narrow
 * screen would otherwise break `PAL-2026104` after its hyphen, and the number would read as two.
 * (A number longer than the line still wraps, see `.reference` in styles.ts.)
 */
function withReference(el: El, key: 'resultTitle' | 'notFound' | 'notYet', reference: string, date = '') {
  const parts = el.t(key, { reference: '\u0000', date }).split('\u0000');
  return parts.map((part, i) => (i ? html`<span class="reference">${reference}</span>${part}` : part));
}

function renderPromise(el: El, p: PromiseCheck) {
  const key = ({ kept: 'promiseKept', late: 'promiseLate', pending: 'promisePending', overdue: 'promiseOverdue' } as const)[p.kind];
  const good = p.kind === 'kept' || p.kind === 'pending';
  return html`<p class="box ${good ? 'box--info' : 'box--warning'} promise promise--${p.kind}" part="promise">
    ${el.t(key, { promised: el.formatDueDate(p.promised), answered: p.answered ? el.formatDueDate(p.answered) : '' })}
  </p>`;
}

/** The board's address with a search for the entry's id (`#ysd-q=…`), or undefined without a safe `results-url`. */
function resultsLink(resultsUrl: string, id: string): string | undefined {
  const base = safeUrl(resultsUrl);
  if (!base) return undefined;
  const url = new URL(base);
  url.hash = `ysd-q=${encodeURIComponent(id)}`;
  return url.href;
}

/** Other ways to contact the service: phone, address, hours and `slot="other-ways"`. */
function renderOtherWays(el: El) {
  const slotted = el.querySelector(':scope > [slot="other-ways"]');
  if (!el.phone && !el.address && !el.hours && !slotted) return nothing;
  const tel = el.phone.replace(/[^\d+]/g, '');
  const address = el.address.split(/[\n|]/).map((l) => l.trim()).filter(Boolean).join('\n');
  return html`<div class="other-ways" part="other-ways">
    ${heading(el.level + 2, el.t('otherWaysTitle'), 'heading')}
    <dl class="channels">
      ${el.phone ? html`<dt>${el.t('byPhone')}</dt><dd>${tel ? html`<a href="tel:${tel}">${el.phone}</a>` : el.phone}</dd>` : nothing}
      ${address ? html`<dt>${el.t('byPost')}</dt><dd class="address">${address}</dd>` : nothing}
      ${el.hours ? html`<dt>${el.t('inPerson')}</dt><dd>${el.hours}</dd>` : nothing}
    </dl>
    <slot name="other-ways"></slot>
  </div>`;
}
