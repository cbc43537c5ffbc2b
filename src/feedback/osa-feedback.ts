import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { draftKey, toDraftMode } from '../core/draft.js';
import { warn } from '../core/element.js';
import { OsaFormElement } from '../core/form-element.js';
import {
  characterCount, choiceGroup, counterAnnouncement, errorSummary, focusErrorSummary, heading, honeypot, selectField,
  submissionStatus, textArea, textField, type FieldError,
} from '../core/form.js';
import { parseJson, readInlineJson } from '../core/inline-json.js';
import { DraftController, dispatchSubmitEvent, pageDelivery } from '../core/submission.js';
import { failureKey, SubmitError } from '../core/submit-error.js';
import { pageUrlWithoutQuery, safeUrl } from '../core/url.js';
import { isEmail, isPhone, joinUrl, KINDS, readServices, readTopics, type FeedbackData, type FeedbackKind, type Topic } from './fields.js';
import { feedbackStrings } from './strings/index.js';
import type { en } from './strings/en.js';
import { feedbackStyles } from './styles.js';

interface Draft {
  kind: string;
  topic: string;
  message: string;
  reply: string;
  email: string;
  phone: string;
  name: string;
}
const EMPTY: Draft = { kind: '', topic: '', message: '', reply: '', email: '', phone: '', name: '' };
const KIND_KEYS = { praise: 'kindPraise', problem: 'kindProblem', idea: 'kindIdea', question: 'kindQuestion' } as const;

/**
 * Feedback with a response promise. A resident says what kind of feedback it is, writes it, and
 * chooses whether they want a reply; if they do, they see the date by which you promise to answer,
 * counted in Finnish working days. What they write is kept as a draft until the server confirms it,
 * and survives network failures, retries and going offline.
 *
 * Content inside the tag (e.g. a plain `<form action="...">` or a link to a feedback page) is shown
 * when JavaScript does not run and is replaced when the component starts; without `endpoint`, the
 * fallback form's `action` is used.
 *
 * @tagname osa-feedback
 * @summary Feedback with a response promise that never loses what a person wrote.
 *
 * @slot other-ways - Extra content for "Other ways to give feedback" (e.g. visiting hours, a chat link).
 *
 * @csspart form - The form.
 * @csspart field - Each field wrapper.
 * @csspart fieldset - Each group of choices.
 * @csspart input - Text inputs.
 * @csspart textarea - The message box.
 * @csspart select - The topic list.
 * @csspart counter - The character counter.
 * @csspart promise - The response promise ("We reply within 5 working days: by ...").
 * @csspart error-summary - The error summary.
 * @csspart status - The sending status line.
 * @csspart failure - The box shown when sending failed.
 * @csspart confirmation - The thank-you box after sending.
 * @csspart notes - The short notes on emergencies, complaints and privacy.
 * @csspart other-ways - The "Other ways to give feedback" section.
 *
 * @cssprop --osa-color-primary - Buttons, links and selected choices.
 * @cssprop --osa-color-info-surface - Background of the response promise.
 * @cssprop --osa-font-family - Typeface.
 *
 * @fires osa-feedback-submit - Before sending; cancelable. `detail`: `{ data, adapter, idempotencyKey, respondWith(promise) }`. With `adapter="event"`, call `respondWith()` with a promise of `{ reference? }` to deliver it yourself.
 * @fires osa-feedback-sent - After the server (or your handler) confirmed. `detail`: `{ reference, promisedBy, data }`.
 * @fires osa-feedback-error - When sending failed for good. `detail`: `{ kind, status, message }`.
 */
export class OsaFeedback extends OsaFormElement<typeof en> {
  static override styles = feedbackStyles;

  /** Where feedback is sent: a JSON endpoint, or an Open311 base URL ending before `requests.json`. */
  @property() endpoint = '';
  /** `json` (POST JSON), `open311` (GeoReport v2) or `event` (no network: your page handles `osa-feedback-submit`). */
  @property() adapter: 'json' | 'open311' | 'event' = 'json';
  /** Open311 service code, used when no topic list from the server is chosen. */
  @property({ attribute: 'service-code' }) serviceCode = '';
  /** Open311 API key for web forms (public by design). */
  @property({ attribute: 'api-key' }) apiKey = '';
  /** Working days within which you reply. 0 hides the promise. */
  @property({ type: Number, attribute: 'response-days' }) responseDays = 5;
  /** Extra closed dates, e.g. `2026-12-31 2027-01-02` (comma or space separated, YYYY-MM-DD). */
  @property({ attribute: 'closed-days' }) closedDays = '';
  /** The longest message in characters. */
  @property({ type: Number, attribute: 'max-length' }) maxLength = 4000;
  /** Page of "you said, we did" results. */
  @property({ attribute: 'results-url' }) resultsUrl = '';
  /** The privacy notice. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';
  /** How to make a formal complaint or appeal. */
  @property({ attribute: 'complaint-url' }) complaintUrl = '';
  /** Phone number for feedback, shown under "Other ways". */
  @property() phone = '';
  /** Postal address for feedback, shown under "Other ways". Separate lines with `|` or line breaks. */
  @property() address = '';
  /** Where and when to give feedback in person, shown under "Other ways". */
  @property() hours = '';
  /** Topics as JSON: `["Home care", ...]` or `[{"value": "home-care", "label": {"fi": "Kotihoito", "sv": "Hemvård", "en": "Home care"}}]`. Or a child `<script type="application/json" data-name="topics">`. */
  @property() topics = '';
  /** Where drafts are kept: `session` (default, until the tab closes), `local` (opt-in, survives closing) or `off`. */
  @property() draft: 'session' | 'local' | 'off' = 'session';
  /** Seconds a person needs at least; quicker sends count as a sign of a bot. */
  @property({ attribute: false }) minSeconds = 3;

  @state() private values: Draft = { ...EMPTY };
  @state() private honey = '';
  @state() private showErrors = false;
  @state() private notice: '' | 'tooFast' | 'heldBack' | 'cleared' = '';
  @state() private sent: { reference: string; promisedBy: Date | null; notice?: string; replyWanted: boolean } | undefined = undefined;
  @state() private serviceTopics: Topic[] | undefined = undefined;
  private inlineTopics: Topic[] = [];
  private topicsKey?: string;
  /** The promised reply date once computed (working days load on demand), null when none is promised. */
  @state() private promise: Date | null | undefined = undefined;
  @state() private serverMessage: string | undefined = undefined;

  private drafts = new DraftController<Draft>(this, {
    mode: () => toDraftMode(this.draft),
    key: () => draftKey(this),
    restore: (d) => (this.values = { ...EMPTY, ...pickStrings(d) }),
    // Choices alone are not worth a "We kept what you wrote" note.
    isEmpty: (d) => !`${d.message ?? ''}${d.email ?? ''}${d.phone ?? ''}${d.name ?? ''}`.trim(),
  });
  private startedAt = performance.now();
  private cleared?: Draft;
  private confirmedAnyway = false;
  private tooFastShown = false;
  private servicesLang?: string;
  private promiseFor?: string;

  protected get catalog() {
    return feedbackStrings;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.startedAt = performance.now();
    if (!this.phone && !this.address && !this.hours && !this.querySelector(':scope > [slot="other-ways"]')) {
      warn(this, 'has no other way to give feedback (phone, address, hours or slot="other-ways"). Not everyone can use a web form: please add one.');
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('previewState') && this.previewState) {
      if (this.previewState === 'sent') void this.computePromise().then((promisedBy) => (this.sent = { reference: 'PAL-2026-00042', promisedBy, replyWanted: true }));
      else this.submission.preview(this.previewState);
    }
    if (this.adapter === 'open311' && this.resolvedEndpoint && this.servicesLang !== this.language) void this.loadServices();
    if (this.values.reply === 'yes') void this.computePromise();
    const topicsKey = `${this.language}|${this.topics}`;
    if (topicsKey !== this.topicsKey) {
      this.topicsKey = topicsKey;
      this.inlineTopics = this.readTopicList();
    }
  }

  /** Loads what sending needs (network client, adapters, working days) at the first sign of use. */
  private prepare = () => {
    void this.submission.prepare().catch(() => undefined);
    void import('./adapters.js').catch(() => undefined);
    void workingDays().catch(() => undefined);
  };

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('sent' as keyof OsaFeedback) && this.sent) this.renderRoot.querySelector<HTMLElement>('[data-confirmation]')?.focus();
  }

  /** The endpoint attribute, or the action of a fallback `<form>` inside the tag. */
  private get resolvedEndpoint(): string {
    return this.endpoint || this.querySelector(':scope > form[action]')?.getAttribute('action') || '';
  }

  private async loadServices() {
    this.servicesLang = this.language;
    const url = `${joinUrl(this.resolvedEndpoint, 'services.json')}?locale=${this.language}`;
    try {
      const res = await fetch(url, { credentials: 'omit', headers: { Accept: 'application/json' } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const services = readServices(await res.json());
      this.serviceTopics = services.length ? services : undefined;
    } catch (e) {
      warn(this, `could not load Open311 services from ${url} (${(e as Error).message}); the service-code attribute is used.`);
      this.serviceTopics = undefined;
    }
  }

  /**
   * Topics from the `topics` attribute or a child script, read once per change of the attribute
   * or the language (not on every keystroke, and warning once about bad JSON).
   */
  private readTopicList(): Topic[] {
    const source = this.topics ? parseJson(this.topics) : readInlineJson(this, 'topics');
    if (!source.found) return [];
    if (source.error) {
      warn(this, `the topics ${source.error}. The topic list is left out.`);
      return [];
    }
    const { topics, problems } = readTopics(source.data, this.language);
    problems.forEach((p) => warn(this, `in topics, ${p}.`));
    return topics;
  }

  /**
   * Computes the promised reply date with the working-day rules (loaded on first need) and keeps
   * it for render. Returns null when no promise is made.
   */
  private async computePromise(): Promise<Date | null> {
    const days = Math.floor(Number(this.responseDays));
    const key = `${days}|${this.closedDays}|${this.now?.getTime() ?? toDay()}`;
    if (key === this.promiseFor && this.promise !== undefined) return this.promise;
    this.promiseFor = key;
    if (!(days > 0)) return (this.promise = null);
    const wd = await workingDays();
    const closedDays = this.closedDays.split(/[\s,;]+/).filter((d) => {
      if (!d) return false;
      try {
        return wd.toCalendarDate(d) === d;
      } catch {
        warn(this, `closed-days has "${d}", which is not a date like 2026-12-31. It is ignored.`);
        return false;
      }
    });
    return (this.promise = wd.addWorkingDays(this.now ?? new Date(), days, { closedDays }));
  }

  private get errors(): FieldError[] {
    const v = this.values;
    const errors: FieldError[] = [];
    if (!KINDS.includes(v.kind as FeedbackKind)) errors.push({ id: 'kind', message: this.t('errorKind') });
    if (!v.message.trim()) errors.push({ id: 'message', message: this.t('errorMessage') });
    else if (v.message.length > this.maxLength) errors.push({ id: 'message', message: this.t('errorTooLong', { count: v.message.length - this.maxLength }) });
    if (v.reply !== 'yes' && v.reply !== 'no') errors.push({ id: 'reply', message: this.t('errorReply') });
    if (v.reply === 'yes') {
      if (!v.email.trim() && !v.phone.trim()) errors.push({ id: 'email', message: this.t('errorContact') });
      if (v.email.trim() && !isEmail(v.email)) errors.push({ id: 'email', message: this.t('errorEmail') });
      if (v.phone.trim() && !isPhone(v.phone)) errors.push({ id: 'phone', message: this.t('errorPhone') });
    }
    return errors;
  }

  private set(field: keyof Draft, value: string) {
    if (field === 'message') {
      const said = counterAnnouncement(this.values.message.length, value.length, this.maxLength, this.counterTexts);
      if (said) this.announcer.announce(said);
    }
    this.values = { ...this.values, [field]: value };
    if (this.notice === 'cleared') this.notice = '';
    // A draft is worth keeping once something is written; choices alone are quick to redo.
    const v = this.values;
    if (v.message.trim() || v.email.trim() || v.phone.trim() || v.name.trim()) this.drafts.save(v);
    else this.drafts.clear();
  }

  private buildData(secondsToComplete: number, promise: Date | null): FeedbackData {
    const v = this.values;
    const replyWanted = v.reply === 'yes';
    const contact = replyWanted
      ? Object.fromEntries(Object.entries({ email: v.email.trim(), phone: v.phone.trim(), name: v.name.trim() }).filter(([, x]) => x))
      : null;
    promise = replyWanted ? promise : null;
    return {
      kind: v.kind as FeedbackKind,
      topic: v.topic || null,
      message: v.message.trim(),
      replyWanted,
      contact,
      locale: this.language,
      pageUrl: pageUrlWithoutQuery(),
      promisedBy: promise ? promise.toISOString().slice(0, 10) : null,
      spamSignals: { honeypotFilled: !!this.honey, secondsToComplete: Math.round(secondsToComplete) },
    };
  }

  private async onSubmit(e?: Event) {
    e?.preventDefault();
    if (this.submission.busy) return;
    this.showErrors = true;
    if (this.errors.length) {
      this.notice = '';
      await this.updateComplete;
      focusErrorSummary(this.shadowRoot);
      return;
    }
    const seconds = (performance.now() - this.startedAt) / 1000;
    if (this.adapter === 'open311') {
      // Open311 servers can't weigh spam signals, so hold back — but never drop: a person can go on.
      if (seconds < this.minSeconds && !this.tooFastShown) return this.holdBack('tooFast');
      if (this.honey && !this.confirmedAnyway) return this.holdBack('heldBack');
    }
    this.notice = '';
    this.serverMessage = undefined;
    const key = this.submission.idempotencyKey;
    let adapters: typeof import('./adapters.js');
    let data: FeedbackData;
    try {
      [adapters] = await Promise.all([import('./adapters.js'), this.values.reply === 'yes' ? this.computePromise() : null]);
      data = this.buildData(seconds, this.promise ?? null);
    } catch {
      // The parts for sending could not load (offline before the first keystroke): say so, keep the text.
      await this.submission.run(() => Promise.reject(new SubmitError('network')));
      return;
    }
    const { cancelled, response } = dispatchSubmitEvent(this, 'osa-feedback-submit', data, this.adapter, key);
    if (cancelled) return;
    const endpoint = this.resolvedEndpoint;
    const result =
      this.adapter === 'event'
        ? await this.submission.run(() => pageDelivery(response))
        : !endpoint
          ? await this.submission.run(() => Promise.reject(new SubmitError('config')))
          : await this.submission.send({
              ...(this.adapter === 'open311' ? adapters.open311Request(endpoint, data, data.topic ?? this.serviceCode, this.apiKey || undefined) : adapters.jsonRequest(endpoint, data)),
              ...this.sendOptions,
            });
    if (result) {
      const answer = adapters.readAnswer(result);
      const reference = answer.reference ?? localReference(key, this.now ?? new Date());
      const promisedBy = data.promisedBy ? this.promise ?? null : null;
      this.sent = { reference, promisedBy, notice: answer.notice, replyWanted: data.replyWanted };
      this.drafts.clear();
      this.dispatchEvent(new CustomEvent('osa-feedback-sent', { detail: { reference, promisedBy: data.promisedBy, data }, bubbles: true, composed: true }));
    } else if (this.submission.failure) {
      const f = this.submission.failure;
      // Only a rejection's text is meant for the person; a fault's body is for the logs.
      this.serverMessage = f.kind === 'rejected' ? (await import('../core/submit.js')).readServerMessage(f.body) : undefined;
      if (!endpoint && this.adapter !== 'event') warn(this, 'has no endpoint and no fallback <form action>, so feedback cannot be sent. Set the endpoint attribute.');
      this.dispatchEvent(new CustomEvent('osa-feedback-error', { detail: { kind: f.kind, status: f.status, message: this.failureReason(f) }, bubbles: true, composed: true }));
    }
  }

  private async holdBack(notice: 'tooFast' | 'heldBack') {
    this.notice = notice;
    if (notice === 'tooFast') this.tooFastShown = true;
    this.announcer.announce(this.t(notice));
  }

  private failureReason(f: SubmitError): string {
    if (f.kind === 'config') return this.t('failedConfig');
    if (f.kind === 'rejected' && (f.status === 401 || f.status === 403)) return this.t('failedForbidden');
    return this.t(failureKey(f.kind));
  }

  private async copyText() {
    try {
      await navigator.clipboard.writeText(this.values.message);
      this.announcer.announce(this.t('copied'));
    } catch {
      // No clipboard permission (e.g. an http page): select the text so the person can copy it.
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#message');
      area?.focus();
      area?.select();
    }
  }

  private clearForm() {
    this.cleared = this.values;
    this.values = { ...EMPTY };
    this.showErrors = false;
    this.drafts.clear();
    this.notice = 'cleared';
    this.announcer.announce(this.t('cleared'));
  }

  private undoClear() {
    if (this.cleared) this.values = this.cleared;
    this.cleared = undefined;
    this.notice = '';
    this.drafts.save(this.values);
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#message')?.focus());
  }

  private giveMore() {
    this.sent = undefined;
    this.values = { ...EMPTY };
    this.showErrors = false;
    this.confirmedAnyway = false;
    this.tooFastShown = false;
    this.startedAt = performance.now();
    this.submission.reset();
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#kind-0')?.focus());
  }

  private heading(offset: number, id: string, text: string) {
    return heading(this.level + offset, text, 'heading', id);
  }

  override render() {
    // lang on the content: the page may be in a language the component does not speak.
    return html`<div class="feedback" lang=${this.language}>
      ${this.heading(0, 'title', this.sent ? this.t('sentTitle') : this.t('title'))}
      ${this.sent ? this.renderConfirmation() : this.renderForm()}
      ${this.renderNotes()}
      ${this.renderOtherWays()}
      ${this.announcer.render()}
    </div>`;
  }

  private renderForm() {
    const errors = this.showErrors ? this.errors : [];
    const err = (id: string) => errors.find((e) => e.id === id)?.message;
    const v = this.values;
    const topics = this.serviceTopics ?? this.inlineTopics;
    const sub = this.submission;
    const promise = this.promise ?? null;
    return html`<p class="intro">${this.t('intro')}</p>
      ${this.drafts.restored && this.notice !== 'cleared'
        ? html`<div class="box box--info draft-note"><p>${this.t('draftRestored')}</p>
            <button class="link-button" type="button" @click=${this.clearForm}>${this.t('clearForm')}</button></div>`
        : nothing}
      ${this.notice === 'cleared'
        ? html`<div class="box box--info draft-note"><p>${this.t('cleared')}</p>
            <button class="link-button" type="button" @click=${this.undoClear}>${this.t('undo')}</button></div>`
        : nothing}
      ${errorSummary({ level: this.level + 1, title: this.t('errorSummaryTitle'), intro: this.t('errorSummaryIntro', { count: errors.length }), errors })}
      <form part="form" novalidate @submit=${this.onSubmit} @focusin=${this.prepare} aria-labelledby="title">
        ${choiceGroup({
          id: 'kind', legend: this.t('kindLegend'), type: 'radio', name: 'kind', selected: v.kind, error: err('kind'),
          choices: KINDS.map((k) => ({ value: k, label: this.t(KIND_KEYS[k]) })),
          onChange: (value) => this.set('kind', value),
        })}
        ${topics.length
          ? selectField({ id: 'topic', label: this.t('topicLabel'), optionalText: this.t('optional'), placeholder: this.t('topicNone'), value: v.topic, options: topics, onChange: (value) => this.set('topic', value) })
          : nothing}
        ${textArea({
          id: 'message', name: 'message', label: this.t('messageLabel'), hint: this.t('messageHint'), value: v.message, error: err('message'),
          rows: 7, counterId: 'message-limit', counter: characterCount('message-limit', v.message.length, this.maxLength, this.counterTexts),
          onInput: (value) => this.set('message', value),
        })}
        ${choiceGroup({
          id: 'reply', legend: this.t('replyLegend'), type: 'radio', name: 'reply', selected: v.reply, error: err('reply'),
          choices: [{ value: 'yes', label: this.t('replyYes') }, { value: 'no', label: this.t('replyNo') }],
          onChange: (value) => this.set('reply', value),
          conditional: (value) => (value === 'yes' ? this.renderContact(err, promise) : this.renderAnonymous()),
        })}
        ${honeypot('website', this.t('honeypotLabel'), this.honey, (value) => (this.honey = value))}
        ${this.notice === 'tooFast' || this.notice === 'heldBack'
          ? html`<div class="box box--warning hold-back"><p>${this.t(this.notice)}</p>
              ${this.notice === 'heldBack'
                ? html`<button class="button button--secondary" type="button" @click=${() => { this.confirmedAnyway = true; void this.onSubmit(); }}>${this.t('sendAnyway')}</button>`
                : nothing}</div>`
          : nothing}
        <div class="button-row">
          <button class="button" type="submit" aria-disabled=${sub.busy ? 'true' : 'false'}>${this.t('send')}</button>
        </div>
        ${submissionStatus({
          level: this.level + 1,
          state: sub.state, retryInSeconds: sub.retryInSeconds, failedTitle: this.t('failedTitle'),
          failedReason: sub.failure ? this.failureReason(sub.failure) : undefined,
          serverMessage: this.serverMessage,
          texts: {
            sending: this.t('sending'), retrying: (n) => this.t('retrying', { count: n }), offline: this.t('offline'), failedKept: this.t('failedKept'),
            tryAgain: this.t('tryAgain'), copyText: this.t('copyText'), detailsFromService: this.t('detailsFromService'),
          },
          onRetry: () => void this.onSubmit(),
          onCopy: () => void this.copyText(),
        })}
      </form>`;
  }

  private renderContact(err: (id: string) => string | undefined, promise: Date | null) {
    const v = this.values;
    return html`<div class="conditional">
      <p class="hint">${this.t('contactHint')}</p>
      ${textField({ id: 'email', name: 'email', type: 'email', label: this.t('emailLabel'), value: v.email, autocomplete: 'email', spellcheck: false, width: 'medium', error: err('email'), onInput: (x) => this.set('email', x) })}
      ${textField({ id: 'phone', name: 'phone', type: 'tel', label: this.t('phoneLabel'), value: v.phone, autocomplete: 'tel', width: 'medium', error: err('phone'), onInput: (x) => this.set('phone', x) })}
      ${textField({ id: 'name', name: 'name', label: this.t('nameLabel'), optionalText: this.t('optional'), value: v.name, autocomplete: 'name', spellcheck: false, width: 'medium', onInput: (x) => this.set('name', x) })}
      ${promise ? html`<p class="box box--info promise" part="promise">${this.t('promise', { count: this.responseDays, date: this.formatDueDate(promise) })}</p>` : nothing}
    </div>`;
  }

  private renderAnonymous() {
    const results = safeUrl(this.resultsUrl);
    return html`<div class="conditional">
      <p>${this.t('anonymous')}</p>
      <p>${this.t('howUsed')} ${results ? html`<a href=${results}>${this.t('resultsLink')}</a>` : nothing}</p>
    </div>`;
  }

  private renderConfirmation() {
    const s = this.sent!;
    const results = safeUrl(this.resultsUrl);
    return html`<div class="box box--success confirmation" part="confirmation" tabindex="-1" data-confirmation aria-labelledby="title">
      <p class="reference">${this.t('sentReference', { reference: s.reference })}</p>
      <p>${this.t('sentNext')}</p>
      <p class="promise-again">${s.promisedBy ? this.t('sentPromise', { date: this.formatDueDate(s.promisedBy) }) : s.replyWanted ? '' : this.t('sentNoReply')}</p>
      ${s.notice ? html`<p class="server-message">${this.t('detailsFromService')} <q>${s.notice}</q></p>` : nothing}
      ${results ? html`<p><a href=${results}>${this.t('resultsLink')}</a></p>` : nothing}
      <button class="button button--secondary" type="button" @click=${this.giveMore}>${this.t('sentMore')}</button>
    </div>`;
  }

  private renderNotes() {
    const complaint = safeUrl(this.complaintUrl);
    const privacy = safeUrl(this.privacyUrl);
    return html`<ul class="notes" part="notes">
      <li class="note note--emergency">${this.t('emergency')}</li>
      <li class="note">${this.t('complaint')} ${complaint ? html`<a href=${complaint}>${this.t('complaintLink')}</a>` : nothing}</li>
      ${privacy ? html`<li class="note"><a href=${privacy}>${this.t('privacyLink')}</a></li>` : nothing}
    </ul>`;
  }

  private renderOtherWays() {
    const tel = this.phone.replace(/[^\d+]/g, '');
    if (!this.phone && !this.address && !this.hours && !this.querySelector(':scope > [slot="other-ways"]')) return nothing;
    return html`<section class="other-ways box" part="other-ways" aria-labelledby="other-ways-title">
      ${this.heading(1, 'other-ways-title', this.t('otherWaysTitle'))}
      ${this.phone || this.address || this.hours ? html`<p>${this.t('otherWaysIntro')}</p>` : nothing}
      <dl class="channels">
        ${this.phone ? html`<div><dt>${this.t('byPhone')}</dt><dd>${tel ? html`<a href="tel:${tel}">${this.phone}</a>` : this.phone}</dd></div>` : nothing}
        ${this.address ? html`<div><dt>${this.t('byPost')}</dt><dd class="address">${this.address.split(/\s*[\n|]\s*/).join('\n')}</dd></div>` : nothing}
        ${this.hours ? html`<div><dt>${this.t('inPerson')}</dt><dd>${this.hours}</dd></div>` : nothing}
      </dl>
      <slot name="other-ways"></slot>
    </section>`;
  }
}

/** A reference when the server gives none: the Helsinki date and six characters of the idempotency key. */
function localReference(key: string, now: Date): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(now).replace(/-/g, '');
  return `P-${day}-${key.replace(/-/g, '').slice(0, 6).toUpperCase()}`;
}

/** The working-day rules, loaded when a promise date is first needed. */
const workingDays = () => import('../core/working-days.js');
/** Today's date (local clock), so a promise computed on an earlier day is computed again. */
const toDay = () => new Date().toDateString();

function pickStrings(d: Partial<Draft>): Partial<Draft> {
  return Object.fromEntries(Object.entries(d).filter(([k, v]) => k in EMPTY && typeof v === 'string')) as Partial<Draft>;
}
