import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DraftController } from '../core/draft.js';
import { states, warn } from '../core/element.js';
import { lazy } from '../core/lazy.js';
import { OsaFormElement } from '../core/form-element.js';
import { characterCount, describedBy, errorMessage, heading, statusRegion } from '../core/form.js';
import { quickRatingStrings, quickRatingEasyStrings } from './strings/index.js';
import type { en } from './strings/en.js';
import { quickRatingStyles } from './styles.js';

const DEFAULT_MAX_LENGTH = 500;
const DEFAULT_RESET_SECONDS = 20;
/** How long the thanks stays in kiosk mode before the start view comes back (shorter than the inactivity reset when that is short). */
const KIOSK_THANKS_MS = 8000;
/** @internal The five choices, worst first. */
export const RATINGS = [1, 2, 3, 4, 5] as const;
const RATING_KEYS = { 1: 'rating1', 2: 'rating2', 3: 'rating3', 4: 'rating4', 5: 'rating5' } as const;

/** @internal What a person has chosen and written. */
export interface Choice {
  rating: number;
  comment: string;
}

/**
 * "How did we do today?": five choices, each with words, an optional short comment and a note that
 * no personal data is asked. `service` and `unit` tag the rating.
 *
 * `mode="inline"` (default) sits on a page or behind a QR code; the comment is kept as a draft in
 * this tab until it is sent. `mode="kiosk"` is for a shared tablet in a waiting room: large touch
 * targets, no draft, and back to a clean start view after the thanks and after `reset-seconds`
 * without activity. A kiosk puts each rating in an outbox in localStorage with its own
 * idempotency key (nothing personal: the rating, the comment, service, unit and time), shows it as
 * saved at once, and sends each exactly once when the connection is there.
 *
 * @tagname osa-quick-rating
 * @summary A five-step rating with words, for a page or a waiting-room kiosk that may go offline.
 *
 * @csspart scale - The five choices.
 * @csspart choice - Each choice.
 * @csspart input - The comment field.
 * @csspart counter - The character counter.
 * @csspart thanks - The thank-you box.
 * @csspart status - The sending status line.
 * @csspart failure - The box shown when sending failed.
 *
 * @cssprop --osa-color-primary - Buttons and the chosen choice.
 * @cssprop --osa-font-family - Typeface.
 *
 * @fires osa-quick-rating-submit - Before a rating is sent; cancelable. `detail`: `{ data, adapter, idempotencyKey, respondWith(promise) }`.
 * @fires osa-quick-rating-sent - After the server (or your handler) stored a rating. `detail`: `{ data, idempotencyKey }`.
 * @fires osa-quick-rating-error - When sending failed for good (inline), or the server rejected a queued rating. `detail`: `{ kind, status, message }`.
 */
export class OsaQuickRating extends OsaFormElement<typeof en, typeof import('./actions.js')> {
  static override styles = quickRatingStyles;

  /** Lit's reactive properties and their attributes (the fields below hold their docs and defaults). */
  static override properties: PropertyDeclarations = {
    ...states('choice', 'showErrors', 'done', 'waiting'),
    endpoint: {},
    adapter: {},
    service: {},
    unit: {},
    mode: { reflect: true },
    resetSeconds: { type: Number, attribute: 'reset-seconds' },
    maxLength: { type: Number, attribute: 'max-length' },
  };

  /** Where ratings are sent (adapter `json`): a POST of JSON with an Idempotency-Key header. */
  endpoint = '';
  /** `json` (POST JSON) or `event` (no network: your page handles `osa-quick-rating-submit`). */
  adapter: 'json' | 'event' = 'json';
  /** The service rated, e.g. `dental-care` or "Hammashoito". Sent as `service`. */
  service = '';
  /** The unit or place, e.g. "Kallion terveysasema". Sent as `unit`. */
  unit = '';
  /** `inline` (a page or a QR code link) or `kiosk` (a shared tablet: large targets, no draft, starts over, offline outbox). */
  mode: 'inline' | 'kiosk' = 'inline';
  /** Kiosk: seconds without activity before everything is cleared and the start view comes back. */
  resetSeconds = DEFAULT_RESET_SECONDS;
  /** The longest comment in characters. */
  maxLength = DEFAULT_MAX_LENGTH;

  /** @internal */
  choice: Choice = { rating: 0, comment: '' };
  /** @internal */
  showErrors = false;
  /** @internal After sending: `sent` (stored) or `saved` (kiosk: waiting in the outbox). */
  done?: 'sent' | 'saved';
  /** @internal Kiosk: ratings waiting in the outbox. */
  waiting = 0;
  private idleTimer?: ReturnType<typeof setTimeout>;
  private readonly onOnline = () => this.flushSoon();

  /** @internal Inline only: the comment is kept in this tab until sent. */
  drafts = new DraftController<Choice>(this, {
    mode: () => (this.kiosk ? 'off' : 'session'),
    // Where it goes and for what: a rating of one service never turns up in another's at the same path.
    scope: () => JSON.stringify([this.adapter, this.endpoint, this.service, this.unit]),
    restore: (d) => (this.choice = { rating: RATINGS.includes(d.rating as 1) ? d.rating : 0, comment: typeof d.comment === 'string' ? d.comment : '' }),
    isEmpty: (d) => !d.rating && !`${d.comment ?? ''}`.trim(),
  });

  protected get catalog() {
    return quickRatingStrings;
  }

  protected override get easyCatalog() {
    return quickRatingEasyStrings;
  }

  protected loadActions() {
    return lazy(() => import('./actions.js'));
  }

  /** @internal */
  get kiosk(): boolean {
    return this.mode === 'kiosk';
  }

  /** @internal The outbox's storage name: one per page path, service and unit. */
  get outboxName(): string {
    return `quick-rating:${location.pathname}:${this.service}:${this.unit}`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.onOnline);
    clearTimeout(this.idleTimer);
  }

  protected override firstUpdated(): void {
    if (this.adapter !== 'event' && !this.endpoint) warn(this, 'has no endpoint, so ratings cannot be sent. Set the endpoint attribute, or adapter="event".');
    if (this.mode !== 'inline' && this.mode !== 'kiosk') warn(this, `mode "${this.mode}" is not inline or kiosk; inline is used.`);
    // A kiosk may have ratings from before a reload or a lost connection: send them now.
    if (this.kiosk) this.flushSoon();
  }

  /**
   * Kiosk: sends what waits in the outbox (loads the actions only when something waits): in storage,
   * or in memory when storage is turned off or full (then `waiting` counts it).
   */
  private flushSoon() {
    if (!this.kiosk) return;
    let stored = false;
    try {
      stored = !!localStorage.getItem(`osallisuus:outbox:${this.outboxName}`);
    } catch {
      /* storage turned off: only what waits in memory */
    }
    if (stored || this.waiting) void this.withActions((a) => a.flush(this));
  }

  /** @internal Seconds of inactivity before a kiosk starts over. */
  get resetMs(): number {
    const s = Number(this.resetSeconds);
    return (Number.isFinite(s) && s > 0 ? s : DEFAULT_RESET_SECONDS) * 1000;
  }

  /** @internal The longest comment. */
  get limit(): number {
    return Number.isFinite(this.maxLength) && this.maxLength >= 1 ? Math.floor(this.maxLength) : DEFAULT_MAX_LENGTH;
  }

  /** Kiosk: any touch, key or typing restarts the inactivity clock; when it runs out, everything is cleared. */
  private activity = () => {
    if (!this.kiosk) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.startOver(), this.done ? Math.min(KIOSK_THANKS_MS, this.resetMs) : this.resetMs);
  };

  /** @internal Back to a clean start view: nothing chosen, nothing written, no errors. */
  startOver(focus = false): void {
    clearTimeout(this.idleTimer);
    const hadFocus = this.matches(':focus-within');
    this.choice = { rating: 0, comment: '' };
    this.showErrors = false;
    this.done = undefined;
    this.submission?.reset();
    this.drafts.clear();
    this.startedAt = performance.now();
    if (focus || hadFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#question')?.focus());
  }

  private prepare = () => void this.withActions((a) => a.init(this));

  private onSubmit = (e?: Event) => {
    e?.preventDefault();
    void this.withActions((a) => (a.init(this), a.submit(this)));
  };

  private set(change: Partial<Choice>) {
    if (change.comment !== undefined) this.announceCount(this.choice.comment.length, change.comment.length, this.limit);
    this.choice = { ...this.choice, ...change };
    this.drafts.save(this.choice);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('done' as keyof OsaQuickRating) && this.done) {
      this.renderRoot.querySelector<HTMLElement>('[data-thanks]')?.focus();
      this.activity();
    }
  }

  override render() {
    return html`<section class="rating ${this.kiosk ? 'rating--kiosk' : ''}" lang=${this.language} aria-labelledby="question"
        @pointerdown=${this.activity} @keydown=${this.activity} @input=${this.activity}>
      ${this.done ? html`${this.question()}${this.renderThanks()}` : this.renderForm()}
      ${this.kiosk && this.waiting ? html`<p class="waiting hint">${this.t('waiting', { count: this.waiting })}</p>` : nothing}
      ${this.announcer.render()}
    </section>`;
  }

  /** The question, a heading: the form's rating group has it as its legend (its visible name), the thanks under it. */
  private question() {
    return heading(this.level, this.t('question'), 'heading', 'question', true);
  }

  private renderForm() {
    const a = this.actions;
    const errors = this.showErrors && a ? a.errors(this) : [];
    const err = (id: string) => errors.find((e) => e.id === id)?.message;
    const c = this.choice;
    const ratingError = err('scale');
    const commentError = err('comment');
    return html`<form part="form" novalidate @submit=${this.onSubmit} @focusin=${this.prepare} aria-labelledby="question">
      <fieldset class="fieldset ${ratingError ? 'field--error' : ''}" id="scale" role="radiogroup" aria-required="true" aria-invalid=${ratingError ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy('scale', false, ratingError))}>
        <legend class="legend">${this.question()}</legend>
        ${errorMessage('scale', ratingError)}
        <div class="scale" part="scale">
          ${RATINGS.map((r, i) => html`<label class="option" part="choice">
            <input class="option__input" type="radio" name="rating" id="scale-${i}" .value=${String(r)} .checked=${c.rating === r}
              @change=${() => this.set({ rating: r })} />
            <span class="option__dots" aria-hidden="true">${RATINGS.map((d) => html`<span class=${d <= r ? 'on' : ''}></span>`)}</span>
            <span class="option__label">${this.t(RATING_KEYS[r])}</span>
          </label>`)}
        </div>
      </fieldset>
      <p class="anonymous">${this.t('anonymous')}</p>
      <div class="field ${commentError ? 'field--error' : ''}" part="field">
        <label class="label" for="comment">${this.t('commentLabel')} <span class="optional">${this.t('optional')}</span></label>
        <div class="hint" id="comment-hint">${this.t('commentHint')}</div>
        ${errorMessage('comment', commentError)}
        <textarea class="textarea" part="input" id="comment" name="comment" rows="2" autocomplete="off" .value=${c.comment}
          aria-describedby=${ifDefined(describedBy('comment', true, commentError, 'comment-limit'))} aria-invalid=${commentError ? 'true' : 'false'}
          @input=${(e: Event) => this.set({ comment: (e.target as HTMLTextAreaElement).value })}></textarea>
        ${characterCount('comment-limit', c.comment.length, this.limit, this.counterTexts)}
      </div>
      <div class="button-row">
        <button class="button send" type="submit" aria-disabled=${this.submission?.busy ? 'true' : 'false'}>${this.t('send')}</button>
      </div>
      ${a && this.submission ? a.renderStatus(this) : statusRegion()}
      ${this.renderActionsFailure(this.t('failedTitle'), this.onSubmit)}
    </form>`;
  }

  private renderThanks() {
    return html`<div class="box box--success thanks" part="thanks" tabindex="-1" data-thanks>
      <p class="thanks__title">${this.t('thanks')}</p>
      <p>${this.t(this.done === 'saved' ? 'saved' : 'thanksUse')}</p>
      ${this.kiosk ? html`<p class="hint">${this.t('backSoon')}</p>` : nothing}
      <button class="button button--secondary" type="button" id="again" @click=${() => this.startOver(true)}>${this.t('again')}</button>
    </div>`;
  }
}
