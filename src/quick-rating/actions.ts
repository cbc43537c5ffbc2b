// What <osa-quick-rating> does once a person uses it: check, send (inline) or queue and send
// (kiosk), and show what happened. Loaded at the first focus, not with the first render.
import { formStatus } from '../core/form-status.js';
import type { FieldError } from '../core/form.js';
import type { Lang } from '../core/i18n.js';
import { Outbox, rejectedForGood, type DeliveryResult, type OutboxItem } from '../core/outbox.js';
import { dispatchSubmitEvent, pageDelivery, SubmissionController, unchangedSince } from '../core/submission.js';
import { submit as send } from '../core/submit.js';
import { failureKey, SubmitError } from '../core/submit-error.js';
import { RATINGS, type OsaQuickRating } from './osa-quick-rating.js';

type El = OsaQuickRating;

/** What is sent (json adapter) and carried by the events. Nothing about the person. See docs/quick-rating.md. */
export interface QuickRatingData {
  /** 1 (very poorly) to 5 (very well). */
  rating: number;
  comment?: string;
  service?: string;
  unit?: string;
  mode: 'inline' | 'kiosk';
  locale: Lang;
  /** When the rating was given, to the minute (a kiosk may send it hours later). */
  ratedAt: string;
}

/** Makes the element's submission controller (once). */
export function init(el: El): void {
  el.submission ??= new SubmissionController(el);
}

/** What is wrong, in the order of the fields. */
export function errors(el: El): FieldError[] {
  const out: FieldError[] = [];
  if (!RATINGS.includes(el.choice.rating as 1)) out.push({ id: 'scale', message: el.t('errorRating') });
  const over = el.choice.comment.length - el.limit;
  if (over > 0) out.push({ id: 'comment', message: el.t('errorTooLong', { count: over }) });
  return out;
}

function data(el: El): QuickRatingData {
  const comment = el.choice.comment.trim();
  const minute = new Date();
  minute.setSeconds(0, 0);
  return {
    rating: el.choice.rating,
    ...(comment ? { comment } : {}),
    ...(el.service.trim() ? { service: el.service.trim() } : {}),
    ...(el.unit.trim() ? { unit: el.unit.trim() } : {}),
    mode: el.kiosk ? 'kiosk' : 'inline',
    locale: el.language,
    ratedAt: minute.toISOString(),
  };
}

/** "Send rating": check; inline sends and waits; a kiosk puts the rating in the outbox, thanks at once and sends in the background. */
export async function submit(el: El): Promise<void> {
  const sub = el.submission!;
  if (sub.busy) return;
  el.showErrors = true;
  const list = errors(el);
  if (list.length) {
    await el.updateComplete;
    el.renderRoot.querySelector<HTMLElement>(list[0].id === 'scale' ? '#scale-0' : '#comment')?.focus();
    return;
  }
  const rating = data(el);
  if (el.kiosk) {
    // Own key per rating, kept in localStorage until the server has stored it.
    new Outbox<QuickRatingData>(el.outboxName).add(rating);
    el.choice = { rating: 0, comment: '' };
    el.showErrors = false;
    el.done = navigator.onLine ? 'sent' : 'saved';
    return flush(el);
  }
  // The key is bound to the answer (see keyFor): a rating or comment changed after a failed send
  // gets a new key. The minute it was given is not part of the answer.
  const key = sub.keyFor({ ...rating, ratedAt: undefined });
  // What the person saw: a send waiting to try again stops if they change the rating or comment.
  const unchanged = unchangedSince(() => el.choice);
  const { cancelled, response } = dispatchSubmitEvent(el, 'osa-quick-rating-submit', rating, el.adapter, key);
  if (cancelled) return;
  const result =
    el.adapter === 'event'
      ? await sub.run(() => pageDelivery(response))
      : !el.endpoint
        ? await sub.run(() => Promise.reject(new SubmitError('config')))
        : await sub.send({ ...request(el, rating), ...el.sendOptions, unchanged });
  if (result) {
    el.drafts.clear();
    el.done = 'sent';
    el.dispatchEvent(new CustomEvent('osa-quick-rating-sent', { detail: { data: rating, idempotencyKey: key }, bubbles: true, composed: true }));
  } else if (sub.failure) {
    error(el, sub.failure);
  }
}

function request(el: El, rating: QuickRatingData) {
  return { url: el.endpoint, headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(rating) };
}

function error(el: El, f: SubmitError) {
  el.dispatchEvent(new CustomEvent('osa-quick-rating-error', { detail: { kind: f.kind, status: f.status, message: reason(el, f) }, bubbles: true, composed: true }));
}

/** Kiosk: sends what waits in the outbox, each rating with its own key, and counts what is left. */
export async function flush(el: El): Promise<void> {
  const box = new Outbox<QuickRatingData>(el.outboxName);
  el.waiting = box.size;
  el.waiting = await box.flush((item) => deliver(el, item));
}

async function deliver(el: El, item: OutboxItem<QuickRatingData>): Promise<DeliveryResult> {
  const { cancelled, response } = dispatchSubmitEvent(el, 'osa-quick-rating-submit', item.data, el.adapter, item.key);
  // A page that cancels takes the rating over: it leaves the outbox.
  if (cancelled) return 'stored';
  try {
    if (el.adapter === 'event') await pageDelivery(response);
    else if (!el.endpoint) throw new SubmitError('config');
    else await send({ ...request(el, item.data), idempotencyKey: item.key, timeoutMs: el.timeout, baseDelayMs: el.retryDelay, attempts: el.attempts });
  } catch (e) {
    const f = e instanceof SubmitError ? e : new SubmitError('network');
    if (rejectedForGood(f)) {
      error(el, f);
      return 'rejected';
    }
    // Offline, timeout, a busy or faulty service, the same key still being handled, no endpoint yet:
    // keep it for the next try.
    return 'later';
  }
  el.dispatchEvent(new CustomEvent('osa-quick-rating-sent', { detail: { data: item.data, idempotencyKey: item.key }, bubbles: true, composed: true }));
  return 'stored';
}

function reason(el: El, f: SubmitError): string {
  return el.t(f.kind === 'config' ? 'failedConfig' : failureKey(f.kind));
}

/** Inline: the status under "Send rating". */
export function renderStatus(el: El) {
  return formStatus(el.submission!, el.t.bind(el), { level: el.level + 1, failedTitle: el.t('failedTitle'), reason: (f) => reason(el, f), onRetry: () => void submit(el) });
}
