import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { states, warn } from '../core/element.js';
import { lazy } from '../core/lazy.js';
import { OsaFormElement } from '../core/form-element.js';
import { characterCount, describedBy, errorMessage, heading, statusRegion } from '../core/form.js';
import { safeUrl } from '../core/url.js';
import type { SubmissionController } from '../core/submission.js';
import { pageFeedbackStrings, pageFeedbackEasyStrings } from './strings/index.js';
import type { en } from './strings/en.js';
import { pageFeedbackStyles } from './styles.js';

const DEFAULT_MAX_LENGTH = 500;

/** @internal What this tab remembers about the page (sessionStorage): the answer, so it is asked once. */
export interface Answer {
  useful: boolean;
  /** A random id shared by the answer and any comment added to it, so the server can join them. */
  answerId: string;
}

/**
 * "Was this page useful?": two buttons, Yes and No, under a page. One press records the answer.
 * After Yes a person may add a short comment; after No they are asked what was missing or wrong,
 * told not to write personal or health details, and pointed to the full feedback form if they
 * want a reply (this channel is anonymous and gets none).
 *
 * Each tab asks once per page (sessionStorage): afterwards the element says "You already told us,
 * thank you" and offers to add a comment. Sending uses the shared core (Idempotency-Key, retries,
 * waiting while offline, no cookies, no Referer). What is sent: `{useful, comment?, answerId,
 * pageUrl (no query, no fragment), pageTitle, locale}`.
 *
 * Content inside the tag (e.g. a link to your feedback page) is shown when JavaScript does not
 * run and is replaced when the component starts; its first link is the feedback form when
 * `feedback-url` is not set.
 *
 * @tagname osa-page-feedback
 * @summary "Was this page useful?" — one press, an optional comment, no personal data.
 *
 * @csspart question - The question with its Yes and No buttons.
 * @csspart buttons - The row of the Yes and No buttons.
 * @csspart thanks - The thank-you text that takes focus after an answer.
 * @csspart form - The comment form.
 * @csspart input - The comment field.
 * @csspart counter - The character counter.
 * @csspart status - The sending status line.
 * @csspart failure - The box shown when sending failed.
 *
 * @cssprop --osa-color-primary - Buttons and links.
 * @cssprop --osa-color-surface - Background of the box.
 * @cssprop --osa-font-family - Typeface.
 *
 * @fires osa-page-feedback-submit - Before sending an answer or a comment; cancelable. `detail`: `{ data, adapter, idempotencyKey, respondWith(promise) }`. With `adapter="event"`, call `respondWith()` with a promise to deliver it yourself.
 * @fires osa-page-feedback-sent - After the server (or your handler) confirmed. `detail`: `{ data }`.
 * @fires osa-page-feedback-error - When sending failed for good. `detail`: `{ kind, status, message }`.
 */
export class OsaPageFeedback extends OsaFormElement<typeof en, typeof import('./actions.js')> {
  static override styles = pageFeedbackStyles;

  /** Lit's reactive properties and their attributes (the fields below hold their docs and defaults). */
  static override properties: PropertyDeclarations = {
    ...states('answer', 'step', 'comment', 'showError', 'commentSent'),
    endpoint: {},
    adapter: {},
    feedbackUrl: { attribute: 'feedback-url' },
    maxLength: { type: Number, attribute: 'max-length' },
    pageTitle: { attribute: 'page-title' },
  };

  /** Where answers are sent (adapter `json`): a POST of JSON with an Idempotency-Key header. */
  endpoint = '';
  /** `json` (POST JSON) or `event` (no network: your page handles `osa-page-feedback-submit`). */
  adapter: 'json' | 'event' = 'json';
  /** Your full feedback form, for people who want a reply. Default: the first link inside the tag. */
  feedbackUrl = '';
  /** The longest comment in characters. */
  maxLength = DEFAULT_MAX_LENGTH;
  /** The page's name as sent. Default: the document's title. */
  pageTitle = '';

  /** @internal The answer given in this tab, if any. */
  answer?: Answer;
  /** @internal ask: the question; answered: thanks and the comment form; already: answered earlier in this tab; done: comment sent. */
  step: 'ask' | 'answered' | 'already' | 'done' = 'ask';
  /** @internal */
  comment = '';
  /** @internal */
  showError = false;
  /** @internal The comment is open after "Add a comment". */
  commentOpen = false;
  /** @internal The comment's own sending (the answer uses `submission`). */
  commentSubmission?: SubmissionController;

  protected get catalog() {
    return pageFeedbackStrings;
  }

  protected override get easyCatalog() {
    return pageFeedbackEasyStrings;
  }

  protected loadActions() {
    return lazy(() => import('./actions.js'));
  }

  /** @internal sessionStorage key: one answer per page (path, no query) per tab. */
  get storageKey(): string {
    return `osallisuus:osa-page-feedback:${location.pathname}${this.id ? `:${this.id}` : ''}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    try {
      const stored = JSON.parse(sessionStorage.getItem(this.storageKey) ?? 'null') as Answer | null;
      if (stored && typeof stored.useful === 'boolean' && typeof stored.answerId === 'string') {
        this.answer = { useful: stored.useful, answerId: stored.answerId };
        if (this.step === 'ask') this.step = 'already';
      }
    } catch {
      /* storage blocked or edited by hand: ask again */
    }
  }

  protected override firstUpdated(): void {
    if (this.adapter !== 'event' && !this.endpoint) warn(this, 'has no endpoint, so answers cannot be sent. Set the endpoint attribute, or adapter="event".');
    if (!this.feedbackLink) warn(this, 'has no feedback-url. People who want a reply need a link to your full feedback form.');
  }

  /** @internal The longest comment: max-length when it is a number of characters (1 or more), else the default. */
  get limit(): number {
    return Number.isFinite(this.maxLength) && this.maxLength >= 1 ? Math.floor(this.maxLength) : DEFAULT_MAX_LENGTH;
  }

  /** The full feedback form: `feedback-url`, else the first link of the fallback content. */
  private get feedbackLink(): string | undefined {
    return safeUrl(this.feedbackUrl || this.querySelector('a[href]')?.getAttribute('href'));
  }

  /** Loads the actions (checking and sending) at the first sign of use. */
  private prepare = () => void this.withActions((a) => a.init(this));

  /** @internal The button pressed, kept for "Try again" when the actions could not load. */
  pressed?: boolean;

  private answerWith(useful: boolean) {
    this.pressed = useful;
    void this.withActions((a) => (a.init(this), a.answer(this, useful)));
  }

  private onSend = (e?: Event) => {
    e?.preventDefault();
    void this.withActions((a) => (a.init(this), a.sendComment(this)));
  };

  protected override updated(changed: PropertyValues<this>): void {
    // After an answer or a comment the buttons are gone: focus moves to what replaced them.
    if (changed.has('step' as keyof OsaPageFeedback) && changed.get('step' as keyof OsaPageFeedback) !== undefined && this.step !== 'already') {
      this.renderRoot.querySelector<HTMLElement>('[data-thanks]')?.focus();
    }
  }

  private onInput(value: string) {
    this.announceCount(this.comment.length, value.length, this.limit);
    this.comment = value;
  }

  override render() {
    const a = this.actions;
    return html`<section class="page-feedback box" lang=${this.language} part="question" aria-labelledby="question" @focusin=${this.prepare}>
      ${heading(this.level, this.t('question'), 'heading', 'question')}
      ${this.step === 'ask'
        ? html`<div class="button-row" part="buttons">
            <button class="button button--secondary answer" id="yes" type="button" aria-describedby="question" @click=${() => this.answerWith(true)}>${this.t('yes')}</button>
            <button class="button button--secondary answer" id="no" type="button" aria-describedby="question" @click=${() => this.answerWith(false)}>${this.t('no')}</button>
          </div>`
        : this.renderAfter()}
      ${a && this.submission ? a.renderStatus(this, this.submission, 'failedTitle') : statusRegion()}
      ${this.renderActionsFailure(this.t('failedTitle'), () => (this.step === 'ask' ? this.answerWith(this.pressed ?? true) : this.onSend()))}
      ${this.announcer.render()}
    </section>`;
  }

  private renderAfter() {
    if (this.step === 'done') return html`<p class="thanks" part="thanks" tabindex="-1" data-thanks>${this.t('commentSent')}</p>`;
    const already = this.step === 'already';
    return html`<p class="thanks" part="thanks" tabindex="-1" data-thanks>${this.t(already ? 'already' : 'thanks')}</p>
      ${already && !this.commentOpen
        ? html`<button class="link-button" id="add-comment" type="button" aria-expanded="false" @click=${() => this.openComment()}>${this.t('addComment')}</button>`
        : this.renderComment()}`;
  }

  private openComment() {
    this.commentOpen = true;
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#comment')?.focus());
  }

  private renderComment() {
    const a = this.actions;
    const useful = this.answer?.useful ?? true;
    const error = this.showError && a ? a.commentError(this) : undefined;
    const link = this.feedbackLink;
    const label = this.t(useful ? 'yesComment' : 'noComment');
    const field = useful
      ? html`<input class="input" part="input" id="comment" name="comment" type="text" autocomplete="off" .value=${this.comment}
          aria-describedby=${ifDefined(describedBy('comment', true, error, 'comment-limit'))} aria-invalid=${error ? 'true' : 'false'}
          @input=${(e: Event) => this.onInput((e.target as HTMLInputElement).value)} />`
      : html`<textarea class="textarea" part="input" id="comment" name="comment" rows="3" autocomplete="off" .value=${this.comment}
          aria-describedby=${ifDefined(describedBy('comment', true, error, 'comment-limit'))} aria-invalid=${error ? 'true' : 'false'}
          @input=${(e: Event) => this.onInput((e.target as HTMLTextAreaElement).value)}></textarea>`;
    return html`<form part="form" novalidate @submit=${this.onSend} aria-labelledby="comment-label">
      <div class="field ${error ? 'field--error' : ''}">
        <label class="label" id="comment-label" for="comment">${label}${useful ? html` <span class="optional">${this.t('optional')}</span>` : nothing}</label>
        <div class="hint" id="comment-hint">${this.t('commentHint')}</div>
        ${errorMessage('comment', error)}
        ${field}
        ${characterCount('comment-limit', this.comment.length, this.limit, this.counterTexts)}
      </div>
      ${useful ? nothing : html`<p class="no-reply">${this.t('noReply')} ${this.t('replyWanted')} ${link ? html`<a href=${link}>${this.t('feedbackLink')}</a>` : nothing}</p>`}
      <div class="button-row">
        <button class="button" type="submit" aria-disabled=${this.commentSubmission?.busy ? 'true' : 'false'}>${this.t('send')}</button>
      </div>
      ${a && this.commentSubmission ? a.renderStatus(this, this.commentSubmission, 'commentFailedTitle') : statusRegion()}
    </form>`;
  }
}
