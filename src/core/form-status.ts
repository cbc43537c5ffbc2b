// What a form shows once a person has pressed "Send": the error summary and the sending status.
// Loaded with a form's actions on first use, not with the first render.
import { html, nothing, type TemplateResult } from 'lit';
import { counterThreshold, failureBox, heading, statusRegion, type CounterTexts, type FieldError } from './form.js';
import type { en as coreEn } from './strings/en.js';
import type { en as coreLaterEn } from './strings/later-en.js';
import type { SubmissionController, SubmissionState } from './submission.js';
import type { SubmitError } from './submit-error.js';

export interface ErrorSummaryOptions {
  title: string;
  /** Heading level of the title (default 2). */
  level?: number;
  intro?: string;
  errors: readonly FieldError[];
}

/**
 * The error summary: a list of links to each field with an error. Give it focus after a failed
 * submit with `focusErrorSummary()`; a click on a link moves focus to the field.
 */
export function errorSummary(s: ErrorSummaryOptions) {
  if (!s.errors.length) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="group" aria-labelledby="osa-error-summary-title" data-error-summary>
    ${heading(s.level ?? 2, s.title, 'error-summary__title', 'osa-error-summary-title')}
    ${s.intro ? html`<p class="error-summary__intro">${s.intro}</p>` : nothing}
    <ul class="error-summary__list">
      ${s.errors.map((e) => html`<li><a href="#${e.id}" @click=${(ev: Event) => { ev.preventDefault(); focusField(ev.currentTarget as Element, e.id); }}>${e.message}</a></li>`)}
    </ul>
  </div>`;
}

/** Moves focus to a control by id within the same shadow root and brings it into view. */
export function focusField(from: Element, id: string): void {
  const root = from.getRootNode() as ShadowRoot | Document;
  const target = root.getElementById(id) ?? root.getElementById(`${id}-0`);
  if (!target) return;
  const control = target instanceof HTMLFieldSetElement ? target.querySelector<HTMLElement>('input, select, textarea') : (target as HTMLElement);
  control?.focus({ preventScroll: true });
  (target.closest('.field, fieldset') ?? target).scrollIntoView({ block: 'center' });
}

/** Focuses the error summary in a shadow root (call after render). Returns whether it was found. */
export function focusErrorSummary(root: ShadowRoot | null): boolean {
  const summary = root?.querySelector<HTMLElement>('[data-error-summary]');
  summary?.focus();
  summary?.scrollIntoView({ block: 'start' });
  return !!summary;
}

/** What a form shows while sending and after a failure; see `submissionStatus()`. */
export interface SubmissionStatusView {
  state: SubmissionState;
  /** Seconds until the next try, while retrying. */
  retryInSeconds?: number;
  /** Why it failed, chosen by the component from the failure kind (already in the reader's language). */
  failedTitle?: string;
  failedReason?: string;
  /** Text from the server (e.g. an Open311 error description), shown as plain text. */
  serverMessage?: string;
  texts: { sending: string; retrying: (seconds: number) => string; offline: string; failedKept: string; tryAgain: string; copyText: string; detailsFromService: string };
  onRetry: () => void;
  /** Offer "Copy your text" when given. */
  onCopy?: () => void;
  /** Heading level of the failure title (default 3). */
  level?: number;
}

/** The status texts both forms share, in the reader's language (`t` is the component's). */
export function statusTexts(t: CoreText, sub: SubmissionController): SubmissionStatusView['texts'] {
  return {
    sending: t('sending'), retrying: (n) => t(sub.retryingKey, { count: n }), offline: t('offline'), failedKept: t('failedKept'),
    tryAgain: t('tryAgain'), copyText: t('copyText'), detailsFromService: t('detailsFromService'),
  };
}

/**
 * The status under a form's send button: a polite status line while sending or retrying, a
 * warning while offline, and after a failure an alert with the reason, "Try again" and
 * "Copy your text". The form's content stays on screen in every state.
 */
export function submissionStatus(v: SubmissionStatusView) {
  const t = v.texts;
  let body: TemplateResult | string = '';
  if (v.state === 'sending') body = html`<p class="status-line"><span class="spinner" aria-hidden="true"></span> ${t.sending}</p>`;
  if (v.state === 'retrying') body = html`<p class="status-line"><span class="spinner" aria-hidden="true"></span> ${t.retrying(v.retryInSeconds ?? 1)}</p>`;
  if (v.state === 'offline') body = html`<div class="box box--warning"><p>${t.offline}</p></div>`;
  return html`${statusRegion(body)}${v.state === 'failed'
    ? failureBox({
        level: v.level ?? 3, title: v.failedTitle ?? '', reason: `${v.failedReason} ${t.failedKept}`, tryAgain: t.tryAgain, onRetry: v.onRetry,
        serverMessage: v.serverMessage, detailsFromService: t.detailsFromService, copyText: t.copyText, onCopy: v.onCopy,
      })
    : nothing}`;
}

/** A component's `t`, for the core texts. */
type CoreText = (key: keyof (typeof coreEn & typeof coreLaterEn), params?: Record<string, unknown>) => string;

/**
 * The status under a form's send button, read from its SubmissionController, in the component's
 * words (`t`): what `submissionStatus()` shows. `reason` words a failure; `keepsText: false` for an
 * answer that is one press (nothing typed to keep).
 */
export function formStatus(sub: SubmissionController, t: CoreText, o: {
  failedTitle: string; reason: (f: SubmitError) => string; onRetry: () => void; onCopy?: () => void; level?: number; keepsText?: boolean;
}) {
  const texts = statusTexts(t, sub);
  return submissionStatus({
    level: o.level, state: sub.state, retryInSeconds: sub.retryInSeconds, failedTitle: o.failedTitle,
    failedReason: sub.failure ? o.reason(sub.failure) : undefined, serverMessage: sub.serverMessage,
    texts: o.keepsText === false ? { ...texts, failedKept: '' } : texts, onRetry: o.onRetry, onCopy: o.onCopy,
  });
}

/**
 * What the counter should announce when the length changes from `before` to `after`, or undefined.
 * It speaks when crossing into the last 10 %, at each further step of a quarter of that zone,
 * at zero and when going over — never on every keystroke.
 */
export function counterAnnouncement(before: number, after: number, max: number, texts: CounterTexts): string | undefined {
  const threshold = counterThreshold(max);
  const step = Math.max(1, Math.round(threshold / 4));
  const bucket = (len: number) => {
    const left = max - len;
    if (left < 0) return -1;
    if (left > threshold) return Number.POSITIVE_INFINITY;
    return Math.ceil(left / step);
  };
  if (bucket(before) === bucket(after) || after < before && max - after > threshold) return undefined;
  const left = max - after;
  if (left < 0) return texts.over(-left);
  if (left > threshold) return undefined;
  return texts.left(left);
}
