// What <osa-page-feedback> does once a person uses it: record the answer, check and send a
// comment, and show what happened. Loaded at the first focus or press, not with the first render.
import { dispatchSubmitEvent, pageDelivery, SubmissionController, unchangedSince } from '../core/submission.js';
import { formStatus } from '../core/form-status.js';
import { failureKey, newKey, SubmitError } from '../core/submit-error.js';
import { pageUrlWithoutQuery } from '../core/url.js';
import type { Lang } from '../core/i18n.js';
import type { Answer, OsaPageFeedback } from './osa-page-feedback.js';

type El = OsaPageFeedback;

/** What is sent (json adapter) and carried by the events. See docs/page-feedback.md. */
export interface PageFeedbackData {
  useful: boolean;
  /** Only with a comment: the answer comes first without one, a comment follows with the same answerId. */
  comment?: string;
  /** A random id shared by an answer and the comments added to it. Nothing about the person. */
  answerId: string;
  /** The page without query string or fragment, which can hold personal data. */
  pageUrl: string;
  pageTitle: string;
  locale: Lang;
}

/** Makes the element's two submissions (the answer and the comment), once. */
export function init(el: El): void {
  el.submission ??= new SubmissionController(el);
  el.commentSubmission ??= new SubmissionController(el);
}

/**
 * The page's title through the DOM's own getter: an `<img name="title">` or `<form name="title">`
 * on the page replaces `document.title` with itself.
 */
const documentTitle = (): string => String(Object.getOwnPropertyDescriptor(Document.prototype, 'title')!.get!.call(document) ?? '');

function data(el: El, answer: Answer, comment?: string): PageFeedbackData {
  const title = (el.pageTitle || documentTitle()).trim().slice(0, 300);
  return { useful: answer.useful, ...(comment ? { comment } : {}), answerId: answer.answerId, pageUrl: pageUrlWithoutQuery(), pageTitle: title, locale: el.language };
}

/** Yes or No: thanks at once (focus moves there), the answer sent in the background and remembered for this tab once stored. */
export async function answer(el: El, useful: boolean): Promise<void> {
  if (el.step !== 'ask' || el.submission!.busy) return;
  el.answer = { useful, answerId: newKey() };
  el.step = 'answered';
  await deliver(el, el.submission!, data(el, el.answer));
}

/** What is wrong with the comment, or undefined. */
export function commentError(el: El): string | undefined {
  const c = el.comment.trim();
  if (!c) return el.t('errorEmpty');
  if (el.comment.length > el.limit) return el.t('errorTooLong', { count: el.comment.length - el.limit });
  return undefined;
}

/** "Send" under the comment: check, send, then thank (focus moves to the thanks). */
export async function sendComment(el: El): Promise<void> {
  const sub = el.commentSubmission!;
  if (sub.busy || !el.answer) return;
  el.showError = true;
  if (commentError(el)) {
    await el.updateComplete;
    el.renderRoot.querySelector<HTMLElement>('#comment')?.focus();
    return;
  }
  // A send waiting to try again stops if the person changes the comment meanwhile.
  if (await deliver(el, sub, data(el, el.answer, el.comment.trim()), unchangedSince(() => el.comment.trim()))) {
    el.comment = '';
    el.showError = false;
    el.commentOpen = false;
    sub.reset();
    el.step = 'done';
  }
}

/** Sends one record under a key bound to it (see keyFor: a comment edited after a failure gets a new key); true once stored. */
async function deliver(el: El, sub: SubmissionController, sent: PageFeedbackData, unchanged?: () => boolean): Promise<boolean> {
  const key = sub.keyFor(sent);
  const { cancelled, response } = dispatchSubmitEvent(el, 'osa-page-feedback-submit', sent, el.adapter, key);
  if (cancelled) return false;
  const result =
    el.adapter === 'event'
      ? await sub.run(() => pageDelivery(response))
      : !el.endpoint
        ? await sub.run(() => Promise.reject(new SubmitError('config')))
        : await sub.send({ url: el.endpoint, headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(sent), ...el.sendOptions, unchanged });
  if (result) {
    try {
      sessionStorage.setItem(el.storageKey, JSON.stringify({ useful: sent.useful, answerId: sent.answerId } satisfies Answer));
    } catch {
      /* storage blocked: the question may come back on the next page load */
    }
    el.dispatchEvent(new CustomEvent('osa-page-feedback-sent', { detail: { data: sent }, bubbles: true, composed: true }));
    return true;
  }
  const f = sub.failure;
  if (f) el.dispatchEvent(new CustomEvent('osa-page-feedback-error', { detail: { kind: f.kind, status: f.status, message: reason(el, f) }, bubbles: true, composed: true }));
  return false;
}

function reason(el: El, f: SubmitError): string {
  return el.t(f.kind === 'config' ? 'failedConfig' : failureKey(f.kind));
}

/** The status of one submission: sending, retrying, offline, or failed with "Try again". */
export function renderStatus(el: El, sub: SubmissionController, title: 'failedTitle' | 'commentFailedTitle') {
  const retry = () => void (sub === el.submission ? deliver(el, sub, data(el, el.answer!)) : sendComment(el));
  // An answer is one press: there is no text to keep.
  return formStatus(sub, el.t.bind(el), { level: el.level + 1, failedTitle: el.t(title), reason: (f) => reason(el, f), onRetry: retry, keepsText: sub !== el.submission });
}
