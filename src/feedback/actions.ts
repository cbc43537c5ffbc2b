// What <osa-feedback> does once a person starts using it: check the answers, send, and show
// what happened. Loaded on first focus in the form (or for a preview state), not with the first
// render, so the tag file stays small.
import { html, nothing } from 'lit';
import { warn } from '../core/element.js';
import { lazy } from '../core/lazy.js';
import { errorSummary, focusErrorSummary, formStatus } from '../core/form-status.js';
import { choiceGroup, selectField, textArea, textField, type FieldError } from '../core/form.js';
import { helsinkiDay } from '../core/i18n.js';
import { dispatchSubmitEvent, pageDelivery, SubmissionController, unchangedSince } from '../core/submission.js';
import { readServerMessage } from '../core/submit.js';
import { followAutofill } from '../core/autofill.js';
import { failureKey, SubmitError } from '../core/submit-error.js';
import { pageUrlWithoutQuery, safeUrl } from '../core/url.js';
import { isEmail, isPhone } from '../core/validate.js';
import { getOpen311Json, open311List, open311Record, open311Url, plainText, readServiceDefinition, resolveToken, type ServiceAttribute } from '../core/open311.js';
import { KINDS, type FeedbackData, type FeedbackKind, type Place, type Topic } from './fields.js';
import { EMPTY, type OsaFeedback } from './osa-feedback.js';

type El = OsaFeedback;

/** A coordinate in degrees: a number from -limit to limit. */
function isCoordinate(value: string, limit: number): boolean {
  const n = Number(value.trim());
  return value.trim() !== '' && Number.isFinite(n) && Math.abs(n) <= limit;
}

/** Says in the console when an Open311 form has no place, or lat and long are not a pair of numbers (checked once, at the first update). */
export function checkPlace(el: El): void {
  if (el.adapter === 'open311' && !el.location && !el.serviceObjectId && !el.addressString && !el.addressId && !(el.lat && el.long)) {
    warn(el, 'sends Open311 feedback without a place. Most servers (Helsinki, Chicago, the GeoReport v2 spec) need one: set service-object-id, lat and long, address-string, address-id or location="required".');
  }
  if (el.adapter === 'open311' && el.serviceObjectId && !el.serviceObjectType) {
    // Helsinki's documentation: "If service_object_id is included in the request, then service_object_type must be included";
    // the 6Aika server refuses one without the other (issues_citysdk/extension.py).
    warn(el, `has service-object-id "${el.serviceObjectId}" without service-object-type. Open311 servers need both (Helsinki: service-object-type="https://www.hel.fi/palvelukarttaws/rest/v4/unit/"), or they refuse the feedback or drop the place.`);
  }
  if ((el.lat || el.long) && !(isCoordinate(el.lat, 90) && isCoordinate(el.long, 180))) {
    warn(el, `lat "${el.lat}" and long "${el.long}" must both be numbers (WGS84 degrees, like lat="60.17" long="24.94"). They are not sent.`);
  }
}

/** The minimum message length: min-length when it is a number above 0 and up to the maximum, else 0. */
function messageMin(el: El): number {
  const n = Math.floor(el.minLength);
  return n > 0 && n <= el.messageLimit ? n : 0;
}

/** The fields of the chosen service's definition (once loaded), else none. */
export function serviceAttributes(el: El): ServiceAttribute[] {
  const service = el.chosenService;
  const def = service ? el.definitions.get(service.value) : undefined;
  return Array.isArray(def) ? def : [];
}

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
    const promisedBy = await computePromise(el);
    el.sent = { reference: 'PAL-2026-00042', promisedBy, replyWanted: true, day: helsinkiDay(el.now ?? new Date()) };
  } else if (el.previewState) el.submission!.preview(el.previewState);
}

/** Topics from an Open311 services.json answer (a plain list or a wrapped one); names are plain text. */
export function readServices(data: unknown): Topic[] {
  const topics: Topic[] = [];
  for (const item of open311List(data, 'services') ?? []) {
    const s = open311Record(item);
    const code = s?.service_code;
    const label = plainText(s?.service_name);
    if ((typeof code === 'string' || typeof code === 'number') && String(code).trim() && label) {
      topics.push({ value: String(code).trim(), label, metadata: s!.metadata === true || s!.metadata === 'true' });
    }
  }
  return topics;
}

/** Loads the Open311 service list (the topics) in the reader's language. */
export async function loadServices(el: El): Promise<void> {
  let url = el.resolvedEndpoint;
  try {
    url = open311Url(url, 'services.json', { jurisdiction_id: el.jurisdictionId, locale: el.language });
    const services = readServices(await getOpen311Json(url));
    el.serviceTopics = services.length ? services : undefined;
  } catch (e) {
    warn(el, `could not load Open311 services from ${url} (${(e as Error).message}); the service-code attribute is used.`);
    el.serviceTopics = undefined;
  }
}

/** Loads the definition of a service with `metadata: true` (GET services/{code}.json): its own questions. */
export async function loadDefinition(el: El, code: string): Promise<void> {
  const set = (value: ServiceAttribute[] | 'loading' | 'failed') => (el.definitions = new Map(el.definitions).set(code, value));
  set('loading');
  let url = el.resolvedEndpoint;
  try {
    url = open311Url(url, `services/${encodeURIComponent(code)}.json`, { jurisdiction_id: el.jurisdictionId, locale: el.language });
    set(readServiceDefinition(await getOpen311Json(url)));
  } catch (e) {
    // The form still sends; a server that needs the answers says so, and the person sees its words.
    warn(el, `could not load the Open311 service definition ${url} (${(e as Error).message}); its questions are not asked.`);
    set('failed');
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
  const wd = await lazy(() => import('../core/working-days.js'));
  const closedDays = wd.closedDaysFrom(el.closedDays, (d) => warn(el, `closed-days has "${d}", which is not a date like 2026-12-31. It is ignored.`));
  return (el.promise = wd.addWorkingDays(el.now ?? new Date(), days, { closedDays }));
}

/** What is wrong with the answers, in the order of the fields. */
export function errors(el: El): FieldError[] {
  const v = el.values;
  const t = el.t.bind(el);
  const errors: FieldError[] = [];
  if (!KINDS.includes(v.kind as FeedbackKind)) errors.push({ id: 'kind', message: t('errorKind') });
  for (const [i, a] of serviceAttributes(el).entries()) {
    if (!a.variable || a.code === 'kind') continue;
    const value = v.answers[a.code];
    const given = Array.isArray(value) ? value.length > 0 : typeof value === 'string' && !!value.trim();
    if (a.required && !given) errors.push({ id: i2id(i, a), message: t('errorAttribute', { label: a.description }) });
    else if (given && a.datatype === 'number' && !NUMBER.test(String(value).trim())) errors.push({ id: i2id(i, a), message: t('errorNumber', { label: a.description }) });
  }
  const length = v.message.trim().length;
  if (!length) errors.push({ id: 'message', message: t('errorMessage') });
  else if (v.message.length > el.messageLimit) errors.push({ id: 'message', message: t('errorTooLong', { count: v.message.length - el.messageLimit }) });
  else if (length < messageMin(el)) errors.push({ id: 'message', message: t('errorTooShort', { min: messageMin(el), count: messageMin(el) - length }) });
  if (el.location === 'required' && !v.address.trim()) errors.push({ id: 'address', message: t('errorAddress') });
  if (v.reply !== 'yes' && v.reply !== 'no') errors.push({ id: 'reply', message: t('errorReply') });
  if (v.reply === 'yes') {
    if (!v.email.trim() && !v.phone.trim()) errors.push({ id: 'email', message: t('errorContact') });
    if (v.email.trim() && !isEmail(v.email)) errors.push({ id: 'email', message: t('errorEmail') });
    if (v.phone.trim() && !isPhone(v.phone)) errors.push({ id: 'phone', message: t('errorPhone') });
  }
  return errors;
}

const NUMBER = /^[-+]?\d+([.,]\d+)?$/;
/** The id of an attribute's control, as rendered: `attr-N`, or the first box of a multivaluelist. */
const i2id = (i: number, a: ServiceAttribute) => (a.datatype === 'multivaluelist' ? `attr-${i}-0` : `attr-${i}`);

/** The place from the element's settings and the person's address field: only what is given (and lat+long only as a valid pair). */
function buildPlace(el: El): Place | undefined {
  const place: Place = {};
  const given = (x: string) => x.trim() || undefined;
  place.serviceObjectId = given(el.serviceObjectId);
  if (place.serviceObjectId) place.serviceObjectType = given(el.serviceObjectType);
  if (isCoordinate(el.lat, 90) && isCoordinate(el.long, 180)) {
    place.lat = Number(el.lat);
    place.long = Number(el.long);
  }
  place.addressString = (el.location ? given(el.values.address) : undefined) ?? given(el.addressString);
  place.addressId = given(el.addressId);
  const kept = Object.fromEntries(Object.entries(place).filter(([, x]) => x !== undefined));
  return Object.keys(kept).length ? kept : undefined;
}

/** Answers to the chosen service's definition, only for its variable attributes, trimmed, blanks left out. */
function buildAnswers(el: El): Record<string, string | string[]> | undefined {
  const out: Record<string, string | string[]> = {};
  for (const a of serviceAttributes(el)) {
    if (!a.variable || a.code === 'kind') continue;
    const value = el.values.answers[a.code];
    if (Array.isArray(value)) {
      // In the order of the choices, as the person saw them.
      const keys = a.values.map((o) => o.key).filter((k) => value.includes(k));
      if (keys.length) out[a.code] = keys;
    } else if (typeof value === 'string' && value.trim()) {
      out[a.code] = a.datatype === 'number' ? value.trim().replace(',', '.') : value.trim();
    }
  }
  return Object.keys(out).length ? out : undefined;
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
    // Only a topic the person can see now: a draft may hold one the list no longer has (or that did not load).
    topic: (el.serviceTopics ?? el.inlineTopics).some((t) => t.value === v.topic) ? v.topic : null,
    message: v.message.trim(),
    replyWanted,
    contact,
    locale: el.language,
    pageUrl: pageUrlWithoutQuery(),
    promisedBy: promise ? promise.toISOString().slice(0, 10) : null,
    spamSignals: { honeypotFilled: !!el.honey, secondsToComplete: Math.round(secondsToComplete) },
    ...pick({ place: buildPlace(el), attributes: el.adapter === 'open311' ? buildAnswers(el) : undefined }),
  };
}

const pick = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined)) as Partial<T>;

/** "Send": check, hold back likely spam (Open311), send with retries, then show the result. */
export async function submit(el: El): Promise<void> {
  const sub = el.submission!;
  if (sub.busy || el.resolvingToken) return;
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
    const [adapters] = await Promise.all([lazy(() => import('./adapters.js')), el.values.reply === 'yes' ? computePromise(el) : null]);
    return { adapters, data: buildData(el, seconds, el.promise ?? null) };
  });
  if (!started) return;
  const { adapters, data } = started;
  // What the person saw when the data was made: a send waiting to try again stops if they change it.
  const unchanged = unchangedSince(() => el.values);
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
            ...(el.adapter === 'open311'
              ? adapters.open311Request(endpoint, data, {
                serviceCode: data.topic ?? el.serviceCode, apiKey: el.apiKey || undefined, jurisdictionId: el.jurisdictionId || undefined,
                sendLocale: el.sendLocale, sendKind: serviceAttributes(el).some((a) => a.code === 'kind'),
              })
              : adapters.jsonRequest(endpoint, data)),
            ...el.sendOptions,
            // Open311 gets at least its own 60 s: it is sent once, so a slow server must not count as failed.
            ...(el.adapter === 'open311' ? { timeoutMs: Math.max(el.timeout, 60_000) } : {}),
            unchanged,
          });
  if (result) {
    const answer = adapters.readAnswer(result);
    if (answer.token && el.adapter === 'open311') {
      // A batch server gave a token: ask for the request id a few times; until then the token is the reference.
      el.resolvingToken = true;
      try {
        answer.reference = (await resolveToken(endpoint, answer.token, { jurisdiction_id: el.jurisdictionId }, { tries: 3, delayMs: el.tokenDelay })) ?? answer.token;
      } finally {
        el.resolvingToken = false;
      }
    }
    const now = el.now ?? new Date();
    const reference = answer.reference ?? localReference(key, now);
    // The date that was sent (12:00 UTC of that day, as working-days gives it), not the promise as it
    // is now: midnight or a changed response-days while the request was on its way would differ.
    const promisedBy = data.promisedBy ? new Date(`${data.promisedBy}T12:00:00Z`) : null;
    // Changed while the request was on its way: what arrived is the version from before, and the person is told.
    // A local reference is not known to the service, so there is nothing to follow (no status link).
    const changed = !unchanged();
    el.sent = { reference, promisedBy, notice: answer.notice, replyWanted: data.replyWanted, changed, day: answer.reference ? helsinkiDay(now) : undefined };
    // The later version did not arrive: its draft stays, and "Give more feedback" opens it.
    if (!changed) el.drafts.clear();
    el.dispatchEvent(new CustomEvent('osa-feedback-sent', { detail: { reference, token: answer.token, promisedBy: data.promisedBy, data }, bubbles: true, composed: true }));
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
  // Open311 404: the service_code or jurisdiction_id is unknown to the server — the form's settings, not the person.
  if (f.kind === 'rejected' && f.status === 404) return el.t('failedConfig');
  // Servers that answer those with 400 (6Aika "Service code … is invalid", Helsinki's test server
  // "Missing or Invalid API Key", Mark-a-Spot "Service-Code empty or not valid"): no edit helps.
  const said = f.kind === 'rejected' && f.status === 400 ? readServerMessage(f.body) ?? '' : '';
  if (/api[\s_-]?key/i.test(said)) return el.t('failedForbidden');
  if (/service[\s_-]?code|jurisdiction/i.test(said)) return el.t('failedConfig');
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
  init(el);
  el.submission!.forget();
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
  // After changes that did not arrive, the form opens with them, to be sent too.
  if (!el.sent?.changed) el.values = { ...EMPTY };
  el.sent = undefined;
  el.showErrors = false;
  el.confirmedAnyway = false;
  el.tooFastShown = false;
  el.startedAt = performance.now();
  el.submission!.reset();
  el.updateComplete.then(() => el.renderRoot.querySelector<HTMLElement>('#kind-0')?.focus());
}

/** The chosen service's own questions (an Open311 service definition), in the server's order. */
export function renderAttributes(el: El, err: (id: string) => string | undefined) {
  const service = el.chosenService;
  const def = service ? el.definitions.get(service.value) : undefined;
  if (def === 'loading') return html`<p class="hint" role="status">${el.t('attributesLoading')}</p>`;
  if (!Array.isArray(def)) return nothing;
  const answers = el.values.answers;
  return def.map((a, i) => {
    if (a.code === 'kind') return nothing; // answered by "What kind of feedback is it?"
    if (!a.variable) return html`<p class="attribute-info">${a.description}</p>`;
    const id = `attr-${i}`;
    const value = answers[a.code];
    const text = typeof value === 'string' ? value : '';
    const base = { id, label: a.description, hint: a.datatypeDescription || undefined, error: err(id), optionalText: a.required ? undefined : el.t('optional') };
    switch (a.datatype) {
      case 'text':
        return textArea({ ...base, name: id, value: text, rows: 4, onInput: (x) => el.answer(a.code, x) });
      case 'singlevaluelist':
        return selectField({ ...base, name: id, value: text, placeholder: el.t('choose'), options: a.values.map((o) => ({ value: o.key, label: o.name })), onChange: (x) => el.answer(a.code, x) });
      case 'multivaluelist': {
        const chosen = Array.isArray(value) ? value : [];
        return choiceGroup({
          id, legend: a.description, hint: base.hint, error: base.error, optionalText: base.optionalText, type: 'checkbox', name: id, selected: chosen,
          choices: a.values.map((o) => ({ value: o.key, label: o.name })),
          onChange: (key, checked) => el.answer(a.code, checked ? [...chosen.filter((k) => k !== key), key] : chosen.filter((k) => k !== key)),
        });
      }
      case 'number':
        return textField({ ...base, name: id, value: text, inputmode: 'decimal', width: 'short', onInput: (x) => el.answer(a.code, x) });
      case 'datetime':
        return textField({ ...base, name: id, type: 'datetime-local', value: text, width: 'medium', onInput: (x) => el.answer(a.code, x) });
      default:
        return textField({ ...base, name: id, value: text, onInput: (x) => el.answer(a.code, x) });
    }
  });
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
  return formStatus(el.submission!, el.t.bind(el), {
    level: el.level + 1, failedTitle: el.t('failedTitle'), reason: (f) => failureReason(el, f), onRetry: () => void submit(el), onCopy: () => void copyText(el),
  });
}

/** The thank-you box with the reference and, if a reply was wanted, the promised date again. */
export function renderConfirmation(el: El) {
  const s = el.sent!;
  const results = safeUrl(el.resultsUrl);
  const follow = s.day && statusLink(el.statusUrl, s.reference, s.day);
  return html`<div class="box box--success confirmation" part="confirmation" data-confirmation>
    <p class="reference">${el.t('sentReference', { reference: s.reference })}</p>
    <p>${el.t('sentNext')}</p>
    <p class="promise-again">${s.promisedBy ? el.t('sentPromise', { date: el.formatDueDate(s.promisedBy) }) : s.replyWanted ? '' : el.t('sentNoReply')}</p>
    ${s.notice ? html`<p class="server-message">${el.t('detailsFromService')} <q>${s.notice}</q></p>` : nothing}
    ${s.changed ? html`<p class="changed">${el.t('sentBeforeChange')} ${el.t('sentChangesKept')}</p>` : nothing}
    ${follow ? html`<div class="follow" part="follow"><p><a href=${follow}>${el.t('statusLink')}</a></p><p>${el.t('statusNote')}</p></div>` : nothing}
    ${results ? html`<p><a href=${results}>${el.t('resultsLink')}</a></p>` : nothing}
    <button class="button button--secondary" type="button" @click=${() => giveMore(el)}>${el.t('sentMore')}</button>
  </div>`;
}

/**
 * "Follow your feedback": the status page with the reference and the day it was sent in the
 * fragment (`#reference=…&sent=2026-12-03`), which browsers never send to a server, so it stays out
 * of server logs. The day lets the status page say "not shown here yet" instead of "check the
 * number" while a service (Helsinki) checks new feedback before publishing it. Undefined without a
 * safe `status-url`.
 */
export function statusLink(statusUrl: string, reference: string, day: string): string | undefined {
  const base = safeUrl(statusUrl);
  if (!base) return undefined;
  const url = new URL(base);
  url.hash = `reference=${encodeURIComponent(reference)}&sent=${day}`;
  return url.href;
}

/** A reference when the server gives none: the Helsinki date and six characters of the idempotency key. */
function localReference(key: string, now: Date): string {
  return `P-${helsinkiDay(now).replace(/-/g, '')}-${key.replace(/-/g, '').slice(0, 6).toUpperCase()}`;
}
