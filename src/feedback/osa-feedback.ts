import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { DraftController, toDraftMode } from '../core/draft.js';
import { warn, states } from '../core/element.js';
import { lazy } from '../core/lazy.js';
import { OsaFormElement } from '../core/form-element.js';
import { characterCount, choiceGroup, heading, honeypot, selectField, statusRegion, textArea, textField } from '../core/form.js';
import { readJsonSetting } from '../core/inline-json.js';
import { safeUrl } from '../core/url.js';
import type { ServiceAttribute } from '../core/open311.js';
import { KINDS, readTopics, type Topic } from './fields.js';
import { feedbackStrings, feedbackEasyStrings } from './strings/index.js';
import type { en } from './strings/en.js';
import { feedbackStyles } from './styles.js';

/** @internal What a person has filled in. */
export interface Draft {
  kind: string;
  topic: string;
  message: string;
  reply: string;
  email: string;
  phone: string;
  name: string;
  /** The address or place the person wrote (location="ask" or "required"). */
  address: string;
  /** Answers to the chosen service's definition, by attribute code. Replaced, never changed in place. */
  answers: Readonly<Record<string, string | readonly string[]>>;
}
/** @internal */
export const EMPTY: Draft = Object.freeze({ kind: '', topic: '', message: '', reply: '', email: '', phone: '', name: '', address: '', answers: Object.freeze({}) });
const DEFAULT_MAX_LENGTH = 4000;
const validMaxLength = (n: number) => Number.isFinite(n) && n >= 1;
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
 * @csspart promise - The response promise ("We reply within 5 working days, by ...").
 * @csspart error-summary - The error summary.
 * @csspart status - The sending status line.
 * @csspart failure - The box shown when sending failed.
 * @csspart confirmation - The thank-you box after sending.
 * @csspart follow - The "Follow your feedback" link and the note to save it, on the confirmation.
 * @csspart notes - The short notes on emergencies, complaints and privacy.
 * @csspart other-ways - The "Other ways to give feedback" section.
 *
 * @cssprop --osa-color-primary - Buttons, links and selected choices.
 * @cssprop --osa-color-info-surface - Background of the response promise.
 * @cssprop --osa-font-family - Typeface.
 *
 * @fires osa-feedback-submit - Before sending; cancelable. `detail`: `{ data, adapter, idempotencyKey, respondWith(promise) }`. With `adapter="event"`, call `respondWith()` with a promise of `{ reference? }` to deliver it yourself.
 * @fires osa-feedback-sent - After the server (or your handler) confirmed. `detail`: `{ reference, token, promisedBy, data }` (`token`: an Open311 batch service's token, when it gave one).
 * @fires osa-feedback-error - When sending failed for good. `detail`: `{ kind, status, message }`.
 */
export class OsaFeedback extends OsaFormElement<typeof en, typeof import('./actions.js')> {
  static override styles = feedbackStyles;

  /** Lit's reactive properties and their attributes (the fields below hold their docs and defaults). */
  static override properties: PropertyDeclarations = {
    ...states('values', 'honey', 'showErrors', 'notice', 'sent', 'serviceTopics', 'promise', 'definitions'),
    endpoint: {},
    adapter: {},
    serviceCode: { attribute: 'service-code' },
    apiKey: { attribute: 'api-key' },
    jurisdictionId: { attribute: 'jurisdiction-id' },
    serviceObjectId: { attribute: 'service-object-id' },
    serviceObjectType: { attribute: 'service-object-type' },
    lat: {},
    long: {},
    addressString: { attribute: 'address-string' },
    addressId: { attribute: 'address-id' },
    location: {},
    minLength: { type: Number, attribute: 'min-length' },
    sendLocale: { type: Boolean, attribute: 'send-locale' },
    responseDays: { type: Number, attribute: 'response-days' },
    closedDays: { attribute: 'closed-days' },
    maxLength: { type: Number, attribute: 'max-length' },
    resultsUrl: { attribute: 'results-url' },
    statusUrl: { attribute: 'status-url' },
    privacyUrl: { attribute: 'privacy-url' },
    complaintUrl: { attribute: 'complaint-url' },
    phone: {},
    address: {},
    hours: {},
    topics: {},
    draft: {},
    minSeconds: { attribute: false },
  };

  /** Where feedback is sent: a JSON endpoint, or an Open311 base URL ending before `requests.json`. */
  endpoint = '';
  /** `json` (POST JSON), `open311` (GeoReport v2) or `event` (no network: your page handles `osa-feedback-submit`). */
  adapter: 'json' | 'open311' | 'event' = 'json';
  /** Open311 service code, used when no topic list from the server is chosen. */
  serviceCode = '';
  /**
   * Open311 API key, sent as `api_key`. Only for servers whose keys are meant to be public (see
   * docs/feedback.md); where publishing the key is not allowed (Helsinki), leave it out and let a
   * same-origin proxy add it.
   */
  apiKey = '';
  /** Open311 `jurisdiction_id`, sent with every Open311 request (services, definitions, requests, tokens). */
  jurisdictionId = '';
  /** The place the feedback is about: an id in the server's register of places (Helsinki: a unit id), sent as `service_object_id`. */
  serviceObjectId = '';
  /** The register `service-object-id` belongs to, sent as `service_object_type` (e.g. `https://www.hel.fi/palvelukarttaws/rest/v4/unit/`). */
  serviceObjectType = '';
  /** Latitude of the place (WGS84), sent as `lat` together with `long`. */
  lat = '';
  /** Longitude of the place (WGS84), sent as `long` together with `lat`. */
  long = '';
  /** The place in words, sent as `address_string` (the person's own address field wins when filled). */
  addressString = '';
  /** The place's id in the server's address register, sent as `address_id`. */
  addressId = '';
  /** `ask` adds an optional "Address or place" field for the person (sent as `address_string`); `required` makes it required. */
  location: '' | 'ask' | 'required' = '';
  /** The shortest message in characters (Helsinki: 10). 0: any length. */
  minLength = 0;
  /** Open311: also send `locale` (for CitySDK servers that read it). Off by default: GeoReport v2 has no such field. */
  sendLocale = false;
  /** Working days within which you reply. 0 hides the promise. */
  responseDays = 5;
  /** Extra closed dates, e.g. `2026-12-31 2027-01-02` (comma or space separated, YYYY-MM-DD). */
  closedDays = '';
  /** The longest message in characters. */
  maxLength = DEFAULT_MAX_LENGTH;
  /** Page of "you said, we did" results. */
  resultsUrl = '';
  /** Page with `<osa-feedback-status>`: the confirmation links to `{status-url}#reference={reference}` ("Follow your feedback"). */
  statusUrl = '';
  /** The privacy notice. */
  privacyUrl = '';
  /** How to make a formal complaint or appeal. */
  complaintUrl = '';
  /** Phone number for feedback, shown under "Other ways". */
  phone = '';
  /** Postal address for feedback, shown under "Other ways". Separate lines with `|` or line breaks. */
  address = '';
  /** Where and when to give feedback in person, shown under "Other ways". */
  hours = '';
  /** Topics as JSON: `["Home care", ...]` or `[{"value": "home-care", "label": {"fi": "Kotihoito", "sv": "Hemvård", "en": "Home care"}}]`. Or a child `<script type="application/json" data-name="topics">`. */
  topics = '';
  /** Where drafts are kept: `session` (default, until the tab closes), `local` (opt-in, survives closing) or `off`. */
  draft: 'session' | 'local' | 'off' = 'session';
  /** Seconds a person needs at least; quicker sends count as a sign of a bot. */
  minSeconds = 3;

  // Internal state, shared with the actions module (./actions.ts).
  /** @internal */
  values: Draft = { ...EMPTY };
  /** @internal */
  honey = '';
  /** @internal */
  showErrors = false;
  /** @internal */
  notice: '' | 'tooFast' | 'heldBack' | 'cleared' = '';
  /** @internal */
  sent?: { reference: string; promisedBy: Date | null; notice?: string; replyWanted: boolean; changed?: boolean; day?: string };
  /** @internal */
  serviceTopics?: Topic[];
  /** @internal Service definitions by service code: the attributes, or 'loading' / 'failed'. */
  definitions: ReadonlyMap<string, ServiceAttribute[] | 'loading' | 'failed'> = new Map();
  /** @internal True while a batch server's token is turned into a request id (a second "Send" waits). */
  resolvingToken = false;
  /** @internal First wait between tries of GET tokens/{token}.json (ms). */
  tokenDelay = 1000;
  /** @internal */
  inlineTopics: Topic[] = [];
  private topicsKey?: string;
  /** @internal The promised reply date once computed (working days load on demand), null when none is promised. */
  promise?: Date | null;

  /** @internal */
  drafts = new DraftController<Draft>(this, {
    mode: () => toDraftMode(this.draft),
    // Where it sends: two feedback forms on one page (or one page's forms for different services) never share a draft.
    scope: () => JSON.stringify([this.adapter, this.resolvedEndpoint, this.serviceCode]),
    restore: (d) => (this.values = { ...EMPTY, ...pickStrings(d) }),
    // Choices alone are quick to redo: not worth a draft, nor a "We kept what you wrote" note.
    isEmpty: (d) => !`${d.message ?? ''}${d.email ?? ''}${d.phone ?? ''}${d.name ?? ''}${d.address ?? ''}`.trim(),
  });
  /** @internal */
  cleared?: Draft;
  /** @internal */
  confirmedAnyway = false;
  /** @internal */
  tooFastShown = false;
  /** @internal */
  servicesLang?: string;
  /** @internal */
  promiseFor?: string;

  protected get catalog() {
    return feedbackStrings;
  }

  protected override get easyCatalog() {
    return feedbackEasyStrings;
  }

  protected loadActions() {
    return lazy(() => import('./actions.js'));
  }

  // Settings are checked at the first update, not on connect: frameworks (React) set properties
  // just after they put the tag on the page.
  protected override firstUpdated(): void {
    if (!this.otherWays) {
      warn(this, 'has no other way to give feedback (phone, address, hours or slot="other-ways"). Not everyone can use a web form: please add one.');
    }
    if (this.adapter === 'open311' || this.lat || this.long) void this.withActions((a) => a.checkPlace(this));
    if (!validMaxLength(this.maxLength)) {
      warn(this, `max-length "${this.getAttribute('max-length') ?? this.maxLength}" is not a number of characters above 0; ${DEFAULT_MAX_LENGTH} is used.`);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('previewState') && this.previewState) void this.withActions((a) => a.preview(this));
    if (this.adapter === 'open311' && this.servicesLang !== this.language && this.resolvedEndpoint) {
      this.servicesLang = this.language;
      void this.withActions((a) => a.loadServices(this));
    }
    if (this.values.reply === 'yes') void this.withActions((a) => a.computePromise(this));
    const service = this.chosenService;
    if (service?.metadata && !this.definitions.has(service.value)) void this.withActions((a) => a.loadDefinition(this, service.value));
    const topicsKey = `${this.language}|${this.topics}`;
    if (topicsKey !== this.topicsKey) {
      this.topicsKey = topicsKey;
      this.inlineTopics = this.readTopicList();
    }
  }

  /** Loads what checking and sending need (actions, network client, adapters, working days) at the first sign of use. */
  private prepare = () => {
    void this.withActions((a) => {
      a.init(this);
      void lazy(() => import('./adapters.js')).catch(() => undefined);
      void lazy(() => import('../core/working-days.js')).catch(() => undefined);
    });
  };

  /** "Send", and "Try again" when the actions could not load. */
  private onSubmit = (e?: Event) => {
    e?.preventDefault();
    void this.withActions((a) => (a.init(this), a.submit(this)));
  };

  protected override updated(changed: PropertyValues<this>): void {
    // After sending, focus goes to the heading, which now says it was sent (as in the panel sign-up).
    if (changed.has('sent' as keyof OsaFeedback) && this.sent) this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  /** @internal The longest message: max-length when it is a number of characters (1 or more), else the default. */
  get messageLimit(): number {
    return validMaxLength(this.maxLength) ? Math.floor(this.maxLength) : DEFAULT_MAX_LENGTH;
  }

  /** @internal The Open311 service the feedback goes to: the chosen topic, else service-code, if the server listed it. */
  get chosenService(): Topic | undefined {
    if (this.adapter !== 'open311') return undefined;
    const code = this.values.topic || this.serviceCode;
    return this.serviceTopics?.find((t) => t.value === code);
  }

  /** Another way to give feedback is given: phone, address, hours or a `slot="other-ways"` child. */
  private get otherWays() {
    return this.phone || this.address || this.hours || this.querySelector(':scope > [slot="other-ways"]');
  }

  /** @internal The endpoint attribute, or the action of a fallback `<form>` inside the tag. */
  get resolvedEndpoint(): string {
    return this.endpoint || this.querySelector(':scope > form[action]')?.getAttribute('action') || '';
  }

  /**
   * Topics from the `topics` attribute or a child script, read once per change of the attribute
   * or the language (not on every keystroke, and warning once about bad JSON).
   */
  private readTopicList(): Topic[] {
    const source = readJsonSetting(this, this.topics, 'topics', 'topics');
    if (!source.found) return [];
    if (source.error) {
      warn(this, `the topics (${source.where}) ${source.error}. The topic list is left out.`);
      return [];
    }
    const { topics, problems } = readTopics(source.data, this.language);
    problems.forEach((p) => warn(this, `in topics, ${p}.`));
    return topics;
  }

  private set(field: Exclude<keyof Draft, 'answers'>, value: string) {
    if (field === 'message') {
      this.announceCount(this.values.message.length, value.length, this.messageLimit);
    }
    this.values = { ...this.values, [field]: value };
    if (this.notice === 'cleared') this.notice = '';
    this.drafts.save(this.values);
  }

  /** @internal Keeps an answer to a service definition's question. */
  answer(code: string, value: string | readonly string[]) {
    this.values = { ...this.values, answers: { ...this.values.answers, [code]: value } };
    if (this.notice === 'cleared') this.notice = '';
    this.drafts.save(this.values);
  }

  private heading(offset: number, id: string, text: string, focusable = false) {
    return heading(this.level + offset, text, 'heading', id, focusable);
  }

  override render() {
    const a = this.actions;
    // lang on the content: the page may be in a language the component does not speak.
    return html`<div class="feedback" lang=${this.language}>
      ${this.heading(0, 'title', this.sent ? this.t('sentTitle') : this.t('title'), !!this.sent)}
      ${this.sent && a ? html`${a.renderConfirmation(this)}${this.renderNotes()}` : this.renderForm()}
      ${this.renderOtherWays()}
      ${this.announcer.render()}
    </div>`;
  }

  private renderForm() {
    const a = this.actions;
    const errors = this.showErrors && a ? a.errors(this) : [];
    const err = (id: string) => errors.find((e) => e.id === id)?.message;
    const v = this.values;
    const topics = this.serviceTopics ?? this.inlineTopics;
    const promise = this.promise ?? null;
    const note = (text: string, button: string, onClick: () => void) =>
      html`<div class="box box--info draft-note"><p>${text}</p>
        <button class="link-button" type="button" @click=${() => void this.withActions(() => onClick())}>${button}</button></div>`;
    // The notes on emergencies and complaints come before the fields: read before anyone writes.
    return html`<p class="intro">${this.t('intro')}</p>
      ${this.renderNotes()}
      ${this.drafts.restored && this.notice !== 'cleared' ? note(this.t('draftRestored'), this.t('clearForm'), () => this.actions!.clearForm(this)) : nothing}
      ${this.notice === 'cleared' ? note(this.t('cleared'), this.t('undo'), () => this.actions!.undoClear(this)) : nothing}
      ${a && errors.length ? a.renderErrors(this, errors) : nothing}
      <form part="form" novalidate @submit=${this.onSubmit} @focusin=${this.prepare} aria-labelledby="title">
        ${choiceGroup({
          id: 'kind', legend: this.t('kindLegend'), type: 'radio', name: 'kind', selected: v.kind, error: err('kind'), required: true,
          choices: KINDS.map((k) => ({ value: k, label: this.t(KIND_KEYS[k]) })),
          onChange: (value) => this.set('kind', value),
        })}
        ${topics.length
          ? selectField({ id: 'topic', label: this.t('topicLabel'), optionalText: this.t('optional'), placeholder: this.t('topicNone'), value: v.topic, options: topics, onChange: (value) => this.set('topic', value) })
          : nothing}
        ${a && this.chosenService?.metadata ? a.renderAttributes(this, err) : nothing}
        ${textArea({
          id: 'message', name: 'message', label: this.t('messageLabel'), hint: this.t('messageHint'), value: v.message, error: err('message'), required: true,
          rows: 7, counterId: 'message-limit', counter: characterCount('message-limit', v.message.length, this.messageLimit, this.counterTexts),
          onInput: (value) => this.set('message', value),
        })}
        ${this.location === 'ask' || this.location === 'required'
          // The place the feedback is about, not the person's own address: no autofill token
          // (street-address is also for multi-line fields only).
          ? textField({
            id: 'address', name: 'address', label: this.t('addressLabel'), hint: this.t('addressHint'), value: v.address, error: err('address'),
            optionalText: this.location === 'required' ? undefined : this.t('optional'), onInput: (x) => this.set('address', x),
          })
          : nothing}
        ${choiceGroup({
          id: 'reply', legend: this.t('replyLegend'), type: 'radio', name: 'reply', selected: v.reply, error: err('reply'), required: true,
          // The response promise describes "Yes" (and the contact fields), so it is heard before sending, not only seen.
          choices: [{ value: 'yes', label: this.t('replyYes'), describedBy: promise && v.reply === 'yes' ? 'promise' : undefined }, { value: 'no', label: this.t('replyNo') }],
          onChange: (value) => this.set('reply', value),
          conditional: (value) => (value === 'yes' ? this.renderContact(err, promise) : this.renderNoReply()),
        })}
        ${honeypot('website', this.t('honeypotLabel'), this.honey, (value) => (this.honey = value))}
        ${a ? a.renderHoldBack(this) : nothing}
        <div class="button-row">
          <button class="button" type="submit" aria-disabled=${this.submission?.busy ? 'true' : 'false'}>${this.t('send')}</button>
        </div>
        ${a && this.submission ? a.renderStatus(this) : statusRegion()}
        ${this.renderActionsFailure(this.t('failedTitle'), this.onSubmit)}
      </form>`;
  }

  private renderContact(err: (id: string) => string | undefined, promise: Date | null) {
    const v = this.values;
    // E-mail and phone: one of the two is needed, so neither is marked required; the shared note says so, and the promise follows.
    const pair = promise ? 'contact-hint promise' : 'contact-hint';
    return html`<div class="conditional">
      <p class="hint" id="contact-hint">${this.t('contactHint')}</p>
      ${textField({ id: 'email', name: 'email', type: 'email', label: this.t('emailLabel'), value: v.email, autocomplete: 'email', spellcheck: false, width: 'medium', error: err('email'), describedBy: pair, onInput: (x) => this.set('email', x) })}
      ${textField({ id: 'phone', name: 'phone', type: 'tel', label: this.t('phoneLabel'), value: v.phone, autocomplete: 'tel', width: 'medium', error: err('phone'), describedBy: pair, onInput: (x) => this.set('phone', x) })}
      ${this.renderName(promise ? 'promise' : undefined)}
      ${promise ? html`<p class="box box--info promise" part="promise" id="promise">${this.t('promise', { count: this.responseDays, date: this.formatDueDate(promise) })}</p>` : nothing}
    </div>`;
  }

  /** The optional name: asked with a reply, and also without one (a name alone is not contact details). */
  private renderName(describedBy?: string) {
    return textField({ id: 'name', name: 'name', label: this.t('nameLabel'), optionalText: this.t('optional'), value: this.values.name, autocomplete: 'name', spellcheck: false, width: 'medium', describedBy, onInput: (x) => this.set('name', x) });
  }

  /** No reply: we won't contact the person; they may still sign the feedback with their name. */
  private renderNoReply() {
    const results = safeUrl(this.resultsUrl);
    return html`<div class="conditional">
      <p>${this.t('anonymous')}</p>
      ${this.renderName()}
      <p>${this.t('howUsed')} ${results ? html`<a href=${results}>${this.t('resultsLink')}</a>` : nothing}</p>
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
    if (!this.otherWays) return nothing;
    const tel = this.phone.replace(/[^\d+]/g, '');
    return html`<section class="other-ways box" part="other-ways" aria-labelledby="other-ways-title">
      ${this.heading(1, 'other-ways-title', this.t('otherWaysTitle'))}
      ${this.phone || this.address || this.hours ? html`<p>${this.t('otherWaysIntro')}</p>` : nothing}
      <dl class="channels">
        ${this.phone ? html`<div><dt>${this.t('byPhone')}</dt><dd>${tel ? html`<a href="tel:${tel}">${this.phone}</a>` : this.phone}</dd></div>` : nothing}
        ${this.address ? html`<div><dt>${this.t('byPost')}</dt><dd class="address">${addressLines(this.address)}</dd></div>` : nothing}
        ${this.hours ? html`<div><dt>${this.t('inPerson')}</dt><dd>${this.hours}</dd></div>` : nothing}
      </dl>
      <slot name="other-ways"></slot>
    </section>`;
  }
}

/** Address lines: split on `|` or line breaks, each trimmed, blank ones left out (linear time, also on long runs of spaces). */
function addressLines(address: string): string {
  return address.split(/[\n|]/).map((line) => line.trim()).filter(Boolean).join('\n');
}

function pickStrings(d: Partial<Draft>): Partial<Draft> {
  const out = Object.fromEntries(Object.entries(d).filter(([k, v]) => Object.hasOwn(EMPTY, k) && typeof v === 'string')) as Partial<Draft>;
  // Answers are only ever read as strings or lists of strings (actions.ts), so an object is enough here.
  if (d.answers && typeof d.answers === 'object') out.answers = d.answers;
  return out;
}
