import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DraftController, toDraftMode } from '../core/draft.js';
import { warn, states, type TextPart } from '../core/element.js';
import { lazy } from '../core/lazy.js';
import { OsaFormElement } from '../core/form-element.js';
import {
  characterCount, choiceGroup, describedBy, errorMessage, heading, honeypot, selectField, statusRegion, textArea, textField, type Choice,
} from '../core/form.js';
import { readJsonSetting } from '../core/inline-json.js';
import { safeUrl } from '../core/url.js';
import { AVAILABILITY, CHANNELS, NO_ANSWER, preferredChannel, restoreForm, SUPPORT, EMPTY_FORM, type Channel, type FormState } from './fields.js';
import { helsinkiDay, isDate, KINDS, MEETING_MODES, pick, toCount, type Kind, type ListItem, type MeetingMode, type PanelConfig } from './config.js';
import type { en } from './strings/en.js';
import type { en as laterEn } from './strings/later-en.js';
import { panelSignupStrings, panelSignupEasyStrings, panelSignupLaterStrings, panelSignupLaterEasyStrings } from './strings/index.js';
import { panelSignupStyles } from './styles.js';

/** @internal */
export type Key = keyof (typeof en & typeof laterEn);
const SERVICES: [string, Key][] = [
  ['health-centre', 'svcHealthCentre'], ['hospital', 'svcHospital'], ['mental-health', 'svcMentalHealth'], ['older-people', 'svcOlderPeople'],
  ['families', 'svcFamilies'], ['disability', 'svcDisability'], ['social-work', 'svcSocialWork'], ['oral-health', 'svcOralHealth'],
];
const AGES: [string, Key][] = [['under-18', 'ageUnder18'], ['18-29', 'age18'], ['30-49', 'age30'], ['50-64', 'age50'], ['65-79', 'age65'], ['80-plus', 'age80']];
const CHANNEL_KEYS = { email: 'channelEmail', phone: 'channelPhone', post: 'channelPost' } as const;
/** @internal */
export const NEXT_KEYS = { email: 'nextEmail', phone: 'nextPhone', post: 'nextPost' } as const;
const SUPPORT_KEYS = {
  interpreter: 'supInterpreter', 'sign-language': 'supSignLanguage', 'accessible-venue': 'supVenue', 'hearing-loop': 'supHearingLoop',
  travel: 'supTravel', digital: 'supDigital', other: 'supOther',
} as const;
const AVAILABILITY_KEYS = { 'weekday-daytime': 'availDaytime', evening: 'availEvening', online: 'availOnline', 'in-person': 'availInPerson' } as const;
const MODE_KEYS = { online: 'modeOnline', 'in-person': 'modeInPerson', both: 'modeBoth' } as const;
/** The texts that differ by kind of recruiting (the panel's own keys are the base). */
const ANY_KIND: Partial<Record<Key, Key>> = {
  aboutTitle: 'anyAbout', formTitle: 'anyFormTitle', channelsHint: 'anyChannelsHint', backgroundIntro: 'anyBackgroundIntro',
  healthConsentLabel: 'anyHealthConsent', eligibleLabel: 'anyEligible', withdrawDefault: 'anyWithdraw', modeLabel: 'anyMode',
  detailsBroken: 'anyDetailsBroken', selectionLabel: 'anySelection',
};
const KIND_TEXTS: Record<Exclude<Kind, 'panel'>, Partial<Record<Key, Key>>> = {
  'development-customer': { defaultTitle: 'devTitle', defaultPurpose: 'devPurpose', noPay: 'devNoPay', consentLabel: 'devConsent', nextChoose: 'devNext' },
  'experience-expert': { defaultTitle: 'expertTitle', defaultPurpose: 'expertPurpose', noPay: 'expertNoPay', consentLabel: 'expertConsent', nextChoose: 'expertNext' },
  workshop: {
    defaultTitle: 'workshopTitle', defaultPurpose: 'workshopPurpose', noPay: 'workshopNoPay', consentLabel: 'workshopConsent', nextChoose: 'workshopNext',
    formTitle: 'workshopFormTitle', send: 'workshopSend',
  },
};
/** The longest "what would you like to influence" text. */
export const INFLUENCE_MAX = 1000;
/** The working-day rules, loaded when a reply date is first needed. */
const workingDays = () => lazy(() => import('../core/working-days.js'));
/** The panel JSON reader (config-json.ts), once a panel with JSON has loaded it. */
let jsonReader: typeof import('./config-json.js') | undefined;

/**
 * Joining a customer panel (asiakasraati, kundråd): what taking part involves — term, meetings,
 * pay, who can join, how members are chosen and when applicants hear back — and a one-page
 * application that asks only for a name, one way to contact the person and their consent.
 * Everything else is optional and marked so. Service areas are broad (never diagnoses) and need
 * their own explicit consent (GDPR Art. 9). The draft stays in this browser tab only
 * (sessionStorage) and is cleared when the application is sent or the person clears the form.
 *
 * Describe the panel with attributes or a child `<script type="application/json">` with the keys
 * `panelName`, `purpose`, `term`, `meetings`, `meetingMode`, `compensation`, `eligibility`,
 * `confirmEligibility`, `places`, `selection`, `replyDays`, `privacyUrl`, `withdrawText`,
 * `panelId`, and the lists `areas`, `serviceAreas` and `ageGroups` (see docs/panel-signup.md).
 * Texts may be `{"fi": "…", "sv": "…", "en": "…"}`. An attribute wins over the same key in JSON.
 *
 * @summary Sign up for a customer panel: clear about what it involves, careful with personal data.
 * @tagname osa-panel-signup
 *
 * @csspart panel - The description of the panel ("What it involves").
 * @csspart facts - The list of facts: term, meetings, pay, who can join, selection, reply date.
 * @csspart form - The application form.
 * @csspart section - Each section of the form.
 * @csspart field - Each field wrapper.
 * @csspart fieldset - Each group of choices.
 * @csspart input - Text inputs.
 * @csspart textarea - The text areas.
 * @csspart select - The area list.
 * @csspart counter - The character counter.
 * @csspart error-summary - The error summary.
 * @csspart status - The sending status line.
 * @csspart failure - The box shown when sending failed.
 * @csspart confirmation - The confirmation after sending.
 * @csspart closed - The note shown instead of the form after `apply-by`: the round is closed, and when the next opens.
 * @csspart other-ways - "Other ways to apply": by phone, by post, in person.
 * @csspart contact - "Questions?": the named contact.
 *
 * @cssprop --osa-color-primary - Buttons, links and selected choices.
 * @cssprop --osa-color-surface - Background of the panel description.
 * @cssprop --osa-color-success-surface - Background of the confirmation.
 * @cssprop --osa-font-family - Typeface.
 *
 * @fires osa-panel-signup-submit - Before sending; cancelable. `detail`: `{ data, adapter, idempotencyKey, respondWith(promise) }`. With `adapter="event"`, call `respondWith()` with a promise of `{ reference? }` to deliver it yourself.
 * @fires osa-panel-signup-sent - After the server (or your handler) confirmed. `detail`: `{ reference, replyBy }` (`replyBy`: YYYY-MM-DD or null).
 * @fires osa-panel-signup-error - When sending failed for good. `detail`: `{ kind, status, message }`.
 */
export class OsaPanelSignup extends OsaFormElement<typeof en & typeof laterEn, typeof import('./actions.js')> {
  static override styles = panelSignupStyles;

  /** Lit's reactive properties and their attributes (the fields below hold their docs and defaults). */
  static override properties: PropertyDeclarations = {
    ...states('form', 'honey', 'showErrors', 'clearStep', 'sent', 'details', 'replyDate'),
    panelName: { attribute: 'panel-name' },
    purpose: {},
    term: {},
    meetings: {},
    meetingMode: { attribute: 'meeting-mode' },
    compensation: {},
    eligibility: {},
    confirmEligibility: { type: Boolean, attribute: 'confirm-eligibility' },
    places: { type: Number },
    selection: {},
    replyDays: { type: Number, attribute: 'reply-days' },
    privacyUrl: { attribute: 'privacy-url' },
    withdrawText: { attribute: 'withdraw-text' },
    panelId: { attribute: 'panel-id' },
    kind: {},
    applyBy: { attribute: 'apply-by' },
    nextRound: { attribute: 'next-round' },
    contactName: { attribute: 'contact-name' },
    contactPhone: { attribute: 'contact-phone' },
    contactEmail: { attribute: 'contact-email' },
    applyPhone: { attribute: 'apply-phone' },
    applyAddress: { attribute: 'apply-address' },
    applyInPerson: { attribute: 'apply-in-person' },
    eventDate: { attribute: 'event-date' },
    place: {},
    accessibility: {},
    endpoint: {},
    adapter: {},
    draft: {},
    json: {},
  };

  /** The panel's name, e.g. "Customer panel of family services 2027–2028". */
  panelName?: string;
  /** What the panel is for, in one or two sentences. */
  purpose?: string;
  /** The term, e.g. "1 January 2027 – 31 December 2028 (two years)". */
  term?: string;
  /** How often and when it meets, e.g. "Four times a year, on weekday evenings, about 2 hours". */
  meetings?: string;
  /** Where it meets: `online`, `in-person` or `both`. */
  meetingMode?: MeetingMode;
  /** Pay or compensation, e.g. "A fee of 50 euros a meeting and travel costs". Empty: the form says plainly that there is no pay. */
  compensation?: string;
  /** Who can join, e.g. "Residents aged 15 or over. Staff of the wellbeing services county cannot join." */
  eligibility?: string;
  /** Ask applicants to confirm the eligibility conditions (a required checkbox). */
  confirmEligibility?: boolean;
  /** How many places there are. */
  places?: number;
  /** How members are chosen, e.g. "We choose members of different ages, from different areas and with different experiences of services." */
  selection?: string;
  /** Working days (Helsinki calendar) until applicants hear whether they were chosen. */
  replyDays?: number;
  /** Your privacy notice (GDPR Art. 13). The consent links to it. */
  privacyUrl?: string;
  /** How to withdraw, e.g. "Email osallisuus@example.fi or call 040 123 4567." Shown in the confirmation. */
  withdrawText?: string;
  /** An id for the panel, sent as `panelId` (useful when one endpoint serves several panels). */
  panelId?: string;
  /** What is recruited: `panel` (default), `development-customer`, `experience-expert` or `workshop` (a one-off event: date, place and accessibility, no term). Chooses the words, facts and questions. */
  kind?: Kind;
  /** The last day to apply (YYYY-MM-DD, Helsinki calendar). Afterwards the form says the round is closed. */
  applyBy?: string;
  /** When the next round opens, shown once the round is closed: a date (YYYY-MM-DD) or text. */
  nextRound?: string;
  /** A named contact for questions, e.g. "Osallisuuskoordinaattori Aino Virtanen". */
  contactName?: string;
  /** The contact's phone number. */
  contactPhone?: string;
  /** The contact's email address. */
  contactEmail?: string;
  /** Apply by phone: the number, shown under "Other ways to apply". */
  applyPhone?: string;
  /** Apply by post: the address (separate lines with `|`), shown under "Other ways to apply". */
  applyAddress?: string;
  /** Apply in person: where and when, shown under "Other ways to apply". */
  applyInPerson?: string;
  /** Workshop: when it is, e.g. "Tuesday 11 May 2027, 17–19". */
  eventDate?: string;
  /** Workshop: where it is. */
  place?: string;
  /** Workshop: how accessible the place is, e.g. "Step-free entrance, hearing loop, accessible toilet". */
  accessibility?: string;
  /** Where applications are sent (adapter `json`). */
  endpoint = '';
  /** `json` (POST JSON with an Idempotency-Key header) or `event` (no network: your page handles `osa-panel-signup-submit`). */
  adapter: 'json' | 'event' = 'json';
  /** Drafts: `session` (default: kept in this tab until it closes) or `off`. Applications hold personal data, so `local` is not offered. */
  draft: 'session' | 'off' = 'session';
  /** The panel JSON (facts and `serviceAreas`, as in the child script) as JSON, for pages and CMS filters that keep attributes but not `<script>`. Wins over the child script. */
  json = '';

  /** @internal */
  form: FormState = { ...EMPTY_FORM };
  /** @internal */
  honey = '';
  /** @internal */
  showErrors = false;
  /** @internal */
  clearStep: '' | 'asking' | 'done' = '';
  /** @internal */
  sent?: { reference: string; replyBy: Date | undefined; name: string; channel: Channel | undefined; changed?: boolean };
  private details: { config: PanelConfig; broken: boolean } = { config: {}, broken: false };
  /** The JSON text last read, so it is checked (and warned about) once. */
  private detailsSource?: string;
  /** @internal The reply date once computed (working days load on demand). */
  replyDate?: Date;

  /** @internal */
  drafts = new DraftController<FormState>(this, {
    mode: () => (toDraftMode(this.draft) === 'off' ? 'off' : 'session'),
    // Which panel and where it sends: two panels on one page never share a draft.
    scope: () => JSON.stringify([this.adapter, this.endpoint, this.panel.panelId ?? '', this.panel.panelName ?? '']),
    restore: (d) => (this.form = restoreForm(d)),
    // Consents and the eligibility confirmation are given again, knowingly, every time.
    notDrafted: ['consent', 'healthConsent', 'eligible', 'otherWays'],
  });
  private replyFor?: string;
  private replyPromise?: Promise<Date | undefined>;

  protected get catalog() {
    return panelSignupStrings;
  }

  protected override get easyCatalog() {
    return panelSignupEasyStrings;
  }

  /**
   * The texts after the first render (errors, the confirmation, clearing) are a later part, with the
   * words of the other kinds of recruiting: so a panel of another kind needs that part for its first
   * render. (Asked before willUpdate works out `panel`: the attribute wins, as there, then the JSON.)
   */
  protected override get textParts(): TextPart[] {
    const kind = KINDS.includes(this.kind!) ? this.kind : this.details.config.kind;
    return [...super.textParts, [panelSignupLaterStrings, panelSignupLaterEasyStrings, !kind || kind === 'panel']];
  }

  protected loadActions() {
    return lazy(() => import('./actions.js'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readJson();
  }

  // Settings are checked at the first update, not on connect: frameworks (React) set properties
  // just after they put the tag on the page.
  protected override firstUpdated(): void {
    if (this.draft === ('local' as string)) warn(this, 'draft="local" is not offered: applications hold personal data, so drafts stay in this tab (sessionStorage).');
    const privacy = this.panel.privacyUrl;
    if (!safeUrl(privacy)) warn(this, privacy ? `privacy-url "${privacy}" is not an http(s) link, so it is left out.` : 'has no privacy-url. People must be able to read your privacy notice before they consent (GDPR Art. 13).');
    if (this.adapter !== 'event' && !this.endpoint) warn(this, 'has no endpoint, so applications cannot be sent. Set the endpoint attribute, or adapter="event".');
  }

  private readJson() {
    const source = readJsonSetting(this, this.json, 'json');
    const key = `${source.where}\n${source.text}`;
    if (key === this.detailsSource) return;
    this.detailsSource = key;
    if (!source.found) return void (this.details = { config: {}, broken: false });
    if (source.error) {
      warn(this, `${source.where} (the panel JSON) ${source.error}. The details from attributes are shown, with a note that some are missing.`);
      return void (this.details = { config: {}, broken: true });
    }
    if (!jsonReader) {
      // The reader loads alongside the texts, and the first render waits for it; a JSON set later
      // is read when it arrives. If it cannot load (offline), the note says details are missing
      // until the connection is back.
      this.detailsSource = undefined;
      const retry = () => (this.readJson(), this.requestUpdate());
      this.waitFor.add(lazy(() => import('./config-json.js')).then(
        (m) => ((jsonReader = m), retry()),
        (e: Error) => {
          warn(this, `could not load the code that reads its panel JSON (${e.message}). Upload the chunks/ folder next to the script.`);
          this.details = { config: {}, broken: true };
          addEventListener('online', retry, { once: true });
        },
      ));
      return;
    }
    const { config, problems } = jsonReader.readPanelConfig(source.data);
    problems.forEach((p) => warn(this, `${source.where} (the panel JSON): ${p}.`));
    this.details = { config, broken: false };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('kind') && this.kind && !KINDS.includes(this.kind)) warn(this, `kind "${this.kind}" is not one of ${KINDS.join(', ')}; panel is used.`);
    if (changed.has('applyBy') && this.applyBy && !isDate(this.applyBy)) warn(this, `apply-by "${this.applyBy}" is not a date like 2027-01-31; the form stays open.`);
    if (changed.has('json')) this.readJson();
    if (changed.has('meetingMode') && this.meetingMode && !MEETING_MODES.includes(this.meetingMode)) {
      warn(this, `meeting-mode "${this.meetingMode}" is not one of ${MEETING_MODES.join(', ')}; it is left out.`);
    }
    this.panel = this.readPanel();
    if (changed.has('previewState') && this.previewState) void this.withActions((a) => a.preview(this));
    void this.computeReplyDate().catch(() => undefined);
  }

  /**
   * Loads what sending needs (actions with the network client, adapters, working days) at the first sign of use, so
   * it is there even if the connection drops later. Once; again only if loading failed.
   */
  private prepare = () => {
    if (this.prepared) return;
    this.prepared = true;
    this.withActions((a) => {
      a.init(this);
      return Promise.all([lazy(() => import('./adapters.js')), this.computeReplyDate()]);
    }).then(() => (this.prepared = !this.actionsFailed), () => (this.prepared = false));
  };
  private prepared = false;

  /** "Send", and "Try again" when the actions could not load. */
  private onSubmit = (e?: Event) => {
    e?.preventDefault();
    void this.withActions((a) => (a.init(this), a.submit(this)));
  };

  /**
   * The reply date with the working-day rules (loaded on first need), kept for render. One promise
   * per panel setting and day; a failed load (offline) is tried again next time.
   */
  /** @internal */
  computeReplyDate(): Promise<Date | undefined> {
    const days = this.panel.replyDays;
    const key = `${days}|${this.now?.getTime() ?? new Date().toDateString()}`;
    if (key !== this.replyFor || !this.replyPromise) {
      this.replyFor = key;
      const p = (this.replyPromise = days ? workingDays().then((wd) => wd.addWorkingDays(this.now ?? new Date(), days)) : Promise.resolve(undefined));
      p.then(
        (date) => void (this.replyPromise === p && (this.replyDate = date)),
        () => void (this.replyPromise === p && (this.replyPromise = undefined)),
      );
    }
    return this.replyPromise;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('sent' as keyof OsaPanelSignup) && this.sent) this.renderRoot.querySelector<HTMLElement>('#sent-title')?.focus();
    if (changed.has('clearStep' as keyof OsaPanelSignup) && this.clearStep === 'asking') this.renderRoot.querySelector<HTMLElement>('#clear-no')?.focus();
  }

  /** @internal The panel description: JSON, with attributes winning (worked out once per update, in willUpdate). */
  panel: PanelConfig = {};

  private readPanel(): PanelConfig {
    const attrs: PanelConfig = {
      panelId: this.panelId, panelName: this.panelName, purpose: this.purpose, term: this.term, meetings: this.meetings,
      meetingMode: MEETING_MODES.includes(this.meetingMode!) ? this.meetingMode : undefined, compensation: this.compensation,
      eligibility: this.eligibility, confirmEligibility: this.confirmEligibility, places: toCount(this.places), selection: this.selection,
      replyDays: toCount(this.replyDays), privacyUrl: this.privacyUrl, withdrawText: this.withdrawText,
      kind: KINDS.includes(this.kind!) ? this.kind : undefined, applyBy: isDate(this.applyBy) ? this.applyBy : undefined, nextRound: this.nextRound,
      contactName: this.contactName, contactPhone: this.contactPhone, contactEmail: this.contactEmail,
      applyPhone: this.applyPhone, applyAddress: this.applyAddress, applyInPerson: this.applyInPerson,
      eventDate: this.eventDate, place: this.place, accessibility: this.accessibility,
    };
    const out = { ...this.details.config } as Record<string, unknown>;
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) out[k] = v;
    return out as PanelConfig;
  }

  /** @internal */
  text(t: PanelConfig[keyof PanelConfig]) {
    return pick(t as Parameters<typeof pick>[0], this.language);
  }

  private choices(items: ListItem[] | undefined, defaults: [string, Key][]): Choice[] {
    return items ? items.map((i) => ({ value: i.value, label: pick(i.label, this.language) ?? i.value })) : defaults.map(([value, key]) => ({ value, label: this.t(key) }));
  }

  /** @internal A text key in the words of this kind of recruiting (development customers, a workshop …). */
  k(key: Key): Key {
    const kind = this.panel.kind;
    return (kind && kind !== 'panel' && (KIND_TEXTS[kind][key] ?? ANY_KIND[key])) || key;
  }

  /** @internal A one-off workshop: a date and a place, no term; no background or availability questions. */
  get workshop(): boolean {
    return this.panel.kind === 'workshop';
  }

  /** @internal The application period has ended (the day after apply-by, Helsinki calendar). */
  get closed(): boolean {
    const by = this.panel.applyBy;
    return !!by && helsinkiDay(this.now ?? new Date()) > by;
  }

  /** A YYYY-MM-DD date as words ("perjantaina 15. tammikuuta"). */
  private day(date: string): string {
    return this.formatDueDate(new Date(`${date}T12:00:00Z`));
  }

  /** @internal */
  get lists() {
    const p = this.panel;
    const mode = p.meetingMode;
    if (this.workshop) return { areas: undefined, services: [] as Choice[], ages: [] as Choice[], availability: [] as typeof AVAILABILITY[number][] };
    return {
      areas: p.areas && this.choices(p.areas, []),
      services: this.choices(p.serviceAreas, SERVICES),
      ages: this.choices(p.ageGroups, AGES),
      // Online or in person is a question only when the panel meets both ways.
      availability: AVAILABILITY.filter((a) => !mode || mode === 'both' || (a !== 'online' && a !== 'in-person')),
    };
  }

  /** @internal Services chosen from the list as it is now (an old draft may hold others). */
  chosenServices(offered = this.lists.services) {
    return this.form.services.filter((s) => offered.some((c) => c.value === s));
  }

  /** @internal */
  get asksEligibility() {
    return !!this.panel.confirmEligibility;
  }

  private set(patch: Partial<FormState>) {
    const f = { ...this.form, ...patch };
    // The consent for service areas is asked again whenever they are all removed.
    if (patch.services && !patch.services.length) f.healthConsent = false;
    this.form = f;
    if (this.clearStep === 'done') this.clearStep = '';
    this.drafts.save(f);
    this.prepare();
  }

  private toggle(key: 'channels' | 'services' | 'support' | 'availability', value: string, on: boolean) {
    const list = this.form[key].filter((v) => v !== value);
    this.set({ [key]: on ? [...list, value] : list });
  }

  /** @internal */
  heading(offset: number, text: string, attrs: { id?: string; confirmation?: boolean } = {}) {
    // heading--0 is the panel's name, --1 "Apply to join" and the thank-you, --2 the form's sections.
    return heading(this.level + offset, text, `heading heading--${offset}`, attrs.id, attrs.confirmation);
  }

  override render() {
    const p = this.panel;
    // lang on the content: the page may be in a language the component does not speak.
    return html`<div class="signup" lang=${this.language}>
      ${this.heading(0, this.text(p.panelName) ?? this.t(this.k('defaultTitle')), { id: 'title' })}
      ${this.sent && this.actions
        ? this.actions.renderConfirmation(this)
        : html`${this.renderPanel(p)}${this.closed ? this.renderClosed(p) : html`${this.renderForm()}${this.renderOtherWays(p)}`}${this.renderContact(p)}`}
      ${this.announcer.render()}
    </div>`;
  }

  private renderPanel(p: PanelConfig) {
    const mode = p.meetingMode;
    const reply = this.replyDate;
    const row = (label: Key, value: unknown) => (value ? html`<div class="fact"><dt>${this.t(label)}</dt><dd>${value}</dd></div>` : nothing);
    const selection = [this.text(p.selection), p.places ? this.t('places', { count: p.places }) : ''].filter(Boolean).join(' ');
    return html`<div class="panel box" part="panel">
      <p class="purpose">${this.text(p.purpose) ?? this.t(this.k('defaultPurpose'))}</p>
      ${this.details.broken ? html`<p class="box box--warning">${this.t(this.k('detailsBroken'))}</p>` : nothing}
      ${this.heading(1, this.t(this.k('aboutTitle')))}
      <dl class="facts" part="facts">
        ${this.workshop
          ? html`${row('whenLabel', this.text(p.eventDate))}${row('placeLabel', this.text(p.place))}${row('accessLabel', this.text(p.accessibility))}`
          : html`${row('termLabel', this.text(p.term))}${row('meetingsLabel', this.text(p.meetings))}`}
        ${row(this.k('modeLabel'), mode && this.t(MODE_KEYS[mode]))}
        ${row('payLabel', this.text(p.compensation) ?? this.t(this.k('noPay')))}
        ${row('eligibilityLabel', this.text(p.eligibility))}
        ${row(this.k('selectionLabel'), selection)}
        ${row('applyByLabel', p.applyBy && !this.closed && this.day(p.applyBy))}
        ${row('hearBackLabel', reply && !this.workshop && this.t('hearBack', { date: this.formatDueDate(reply) }))}
      </dl>
    </div>`;
  }

  private renderForm() {
    const a = this.actions;
    const errors = this.showErrors && a ? a.errors(this) : [];
    const err = (id: string) => errors.find((e) => e.id === id)?.message;
    const f = this.form;
    const optional = this.t('optional');
    const lists = this.lists;
    const privacy = safeUrl(this.panel.privacyUrl);
    const section = (title: Key, content: unknown) => html`<div class="section" part="section">${this.heading(2, this.t(title))}${content}</div>`;
    // The summary comes first: the core block's heading is an h2, which may not follow this form's h3.
    return html`<form part="form" novalidate @submit=${this.onSubmit} @focusin=${this.prepare} aria-labelledby="form-title">
      ${a && errors.length ? a.renderErrors(this, errors) : nothing}
      ${this.heading(1, this.t(this.k('formTitle')), { id: 'form-title' })}
      <p>${this.t('formIntro', { optional })}</p>
      ${this.drafts.restored && this.clearStep !== 'done' ? html`<p class="box box--info">${this.t('draftRestored')}</p>` : nothing}

      ${section('youTitle', html`
        ${textField({ id: 'name', name: 'name', label: this.t('nameLabel'), value: f.name, autocomplete: 'name', spellcheck: false, width: 'medium', error: err('name'), required: true, onInput: (v) => this.set({ name: v }) })}
        ${choiceGroup({
          id: 'channels', legend: this.t('channelsLegend'), hint: this.t(this.k('channelsHint')), type: 'checkbox', name: 'channels', selected: f.channels, error: err('channels'),
          required: true, requiredText: this.t('required'),
          choices: CHANNELS.map((c) => ({ value: c, label: this.t(CHANNEL_KEYS[c]) })),
          onChange: (v, on) => this.toggle('channels', v, on),
          conditional: (c) => html`<div class="conditional">${this.renderChannel(c as Channel, err)}</div>`,
        })}
        ${f.channels.length > 1
          ? choiceGroup({
              id: 'preferred', legend: this.t('preferredLegend'), type: 'radio', name: 'preferred', selected: preferredChannel(f) ?? '', error: err('preferred'), required: true,
              choices: CHANNELS.filter((c) => f.channels.includes(c)).map((c) => ({ value: c, label: this.t(CHANNEL_KEYS[c]) })),
              onChange: (v) => this.set({ preferred: v }),
            })
          : nothing}`)}

      ${this.workshop ? nothing : section('backgroundTitle', html`
        <p class="hint">${this.t(this.k('backgroundIntro'))}</p>
        ${lists.areas?.length
          ? selectField({ id: 'area', name: 'area', label: this.t('areaLabel'), optionalText: optional, placeholder: this.t('areaChoose'), value: f.area, options: lists.areas, onChange: (v) => this.set({ area: v }) })
          : nothing}
        ${lists.ages.length
          ? choiceGroup({
              id: 'age', legend: this.t('ageLegend'), optionalText: optional, type: 'radio', name: 'age', selected: f.ageGroup,
              choices: [...lists.ages, { value: NO_ANSWER, label: this.t('ageNoAnswer') }], onChange: (v) => this.set({ ageGroup: v }),
            })
          : nothing}
        ${lists.services.length ? this.renderServices(err, lists.services) : nothing}
        ${this.renderInfluence(err)}`)}

      ${section('takingPartTitle', html`
        ${choiceGroup({
          id: 'support', legend: this.t('supportLegend'), hint: this.t('supportHint'), optionalText: optional, type: 'checkbox', name: 'support', selected: f.support,
          choices: SUPPORT.map((s) => ({ value: s, label: this.t(SUPPORT_KEYS[s]) })),
          onChange: (v, on) => this.toggle('support', v, on),
          conditional: (s) => s === 'interpreter'
            ? html`<div class="conditional">${textField({ id: 'interpreter-language', label: this.t('interpreterLabel'), value: f.interpreterLanguage, width: 'medium', error: err('interpreter-language'), required: true, onInput: (v) => this.set({ interpreterLanguage: v }) })}</div>`
            : s === 'other'
              ? html`<div class="conditional">${textField({ id: 'support-other', label: this.t('supOtherLabel'), value: f.supportOther, error: err('support-other'), required: true, onInput: (v) => this.set({ supportOther: v }) })}</div>`
              : nothing,
        })}
        ${this.workshop ? nothing : choiceGroup({
          id: 'availability', legend: this.t('availabilityLegend'), hint: this.t('availabilityHint'), optionalText: optional, type: 'checkbox', name: 'availability',
          selected: f.availability, choices: lists.availability.map((a) => ({ value: a, label: this.t(AVAILABILITY_KEYS[a]) })),
          onChange: (v, on) => this.toggle('availability', v, on),
        })}`)}

      ${section('consentTitle', html`
        ${this.checkbox('consent', 'consent', this.t(this.k('consentLabel')), err('consent'),
          privacy ? html`<a href=${privacy} target="_blank" rel="noopener">${this.t('privacyLink')} ${this.t('newTab')}</a>` : undefined)}
        ${this.asksEligibility ? this.checkbox('eligible', 'eligible', this.t(this.k('eligibleLabel')), err('eligible'), this.text(this.panel.eligibility)) : nothing}
        ${this.checkbox('other-ways', 'otherWays', this.t('otherWaysLabel'), undefined, undefined, true)}`)}

      ${honeypot('website', this.t('honeypotLabel'), this.honey, (v) => (this.honey = v))}
      <div class="button-row">
        <button class="button" type="submit" aria-disabled=${this.submission?.busy ? 'true' : 'false'}>${this.t(this.k('send'))}</button>
        <button class="button button--secondary" id="clear" type="button" aria-expanded=${this.clearStep === 'asking' ? 'true' : 'false'}
          aria-controls="clear-step" @click=${() => void this.withActions(() => (this.clearStep = 'asking'))}>${this.t('clearForm')}</button>
      </div>
      <div id="clear-step">
        ${this.clearStep === 'asking' && a
          ? a.renderClearStep(this)
          : this.clearStep === 'done' ? html`<p class="box box--info">${this.t('cleared')}</p>` : nothing}
      </div>
      ${toDraftMode(this.draft) !== 'off' ? html`<p class="hint draft-note">${this.t('draftNote')}</p>` : nothing}
      ${a && this.submission ? a.renderStatus(this) : statusRegion()}
      ${this.renderActionsFailure(this.t('failedTitle'), this.onSubmit)}
    </form>`;
  }

  /** After apply-by: the round is closed, and when the next opens if known. */
  private renderClosed(p: PanelConfig) {
    const next = this.text(p.nextRound);
    return html`<div class="box box--info closed" part="closed" role="group" aria-labelledby="closed-title">
      ${this.heading(1, this.t('closedTitle'), { id: 'closed-title' })}
      <p>${this.t('closed', { date: this.day(p.applyBy!) })}</p>
      <p>${next ? this.t('nextRound', { when: isDate(next) ? this.day(next) : next }) : this.t('nextRoundUnknown')}</p>
    </div>`;
  }

  /** Other ways to apply (phone, post, in person), like the feedback form's other channels: applying must not need this form. */
  private renderOtherWays(p: PanelConfig) {
    const address = this.text(p.applyAddress);
    const inPerson = this.text(p.applyInPerson);
    if (!p.applyPhone && !address && !inPerson) return nothing;
    return html`<section class="other-ways box" part="other-ways" aria-labelledby="apply-other-title">
      ${this.heading(1, this.t('applyOtherTitle'), { id: 'apply-other-title' })}
      <p>${this.t('applyOtherIntro')}</p>
      <dl class="channels">
        ${p.applyPhone ? html`<div><dt>${this.t('applyByPhone')}</dt><dd>${phoneLink(p.applyPhone)}</dd></div>` : nothing}
        ${address ? html`<div><dt>${this.t('applyByPost')}</dt><dd class="address">${address.split('|').map((l) => l.trim()).filter(Boolean).join('\n')}</dd></div>` : nothing}
        ${inPerson ? html`<div><dt>${this.t('applyInPerson')}</dt><dd>${inPerson}</dd></div>` : nothing}
      </dl>
    </section>`;
  }

  /** A named contact for questions. */
  private renderContact(p: PanelConfig) {
    const name = this.text(p.contactName);
    const email = p.contactEmail?.trim() && safeUrl(`mailto:${p.contactEmail.trim()}`);
    if (!name && !p.contactPhone && !email) return nothing;
    return html`<section class="contact" part="contact" aria-labelledby="contact-title">
      ${this.heading(1, this.t('contactTitle'), { id: 'contact-title' })}
      <p>${name ? this.t('contactAsk', { name }) : this.t('contactAskUs')}</p>
      <ul class="contact__list">
        ${p.contactPhone ? html`<li>${phoneLink(p.contactPhone)}</li>` : nothing}
        ${email ? html`<li><a href=${email}>${p.contactEmail!.trim()}</a></li>` : nothing}
      </ul>
    </section>`;
  }

  private renderChannel(c: Channel, err: (id: string) => string | undefined) {
    const f = this.form;
    if (c === 'email') return textField({ id: 'email', name: 'email', type: 'email', label: this.t('emailLabel'), value: f.email, autocomplete: 'email', spellcheck: false, width: 'medium', error: err('email'), required: true, onInput: (v) => this.set({ email: v }) });
    if (c === 'phone') return textField({ id: 'phone', name: 'phone', type: 'tel', label: this.t('phoneLabel'), value: f.phone, autocomplete: 'tel', width: 'medium', error: err('phone'), required: true, onInput: (v) => this.set({ phone: v }) });
    return textArea({
      id: 'address', name: 'address', label: this.t('addressLabel'), hint: this.t('addressHint'), value: f.address, rows: 3, autocomplete: 'street-address',
      error: err('address'), required: true, onInput: (v) => this.set({ address: v }),
    });
  }

  private renderServices(err: (id: string) => string | undefined, services: Choice[]) {
    return html`${choiceGroup({
        id: 'services', legend: this.t('servicesLegend'), hint: this.t('servicesHint'), optionalText: this.t('optional'), type: 'checkbox', name: 'services',
        selected: this.form.services, choices: services, onChange: (v, on) => this.toggle('services', v, on),
      })}
      ${this.chosenServices(services).length
        ? html`<div class="conditional special-consent">${this.checkbox('health-consent', 'healthConsent', this.t(this.k('healthConsentLabel')), err('health-consent'), this.t('healthConsentHint'))}</div>`
        : nothing}`;
  }

  private renderInfluence(err: (id: string) => string | undefined) {
    const f = this.form;
    return textArea({
      id: 'influence', name: 'influence', label: this.t('influenceLabel'), optionalText: this.t('optional'), hint: this.t('influenceHint'), value: f.influence,
      error: err('influence'), rows: 4, counterId: 'influence-limit', counter: characterCount('influence-limit', f.influence.length, INFLUENCE_MAX, this.counterTexts),
      onInput: (v) => {
        this.announceCount(f.influence.length, v.length, INFLUENCE_MAX);
        this.set({ influence: v });
      },
    });
  }

  /** A single checkbox with its own label, hint and error (consents are never grouped: each is separate). */
  private checkbox(id: string, key: 'consent' | 'eligible' | 'otherWays' | 'healthConsent', label: string, error?: string, hint?: string | TemplateResult, optional = false) {
    return html`<div class="field ${error ? 'field--error' : ''}" part="field">
      ${errorMessage(id, error)}
      <div class="choice">
        <input class="choice__input" type="checkbox" id=${id} name=${id} .checked=${this.form[key]} ?required=${!optional} aria-describedby=${ifDefined(describedBy(id, hint, error))}
          aria-invalid=${error ? 'true' : 'false'} @change=${(e: Event) => this.set({ [key]: (e.target as HTMLInputElement).checked })} />
        <label class="choice__label" for=${id}>${label}${optional ? html` <span class="optional">${this.t('optional')}</span>` : nothing}</label>
        ${hint ? html`<div class="hint choice__hint" id="${id}-hint">${hint}</div>` : nothing}
      </div>
    </div>`;
  }


}

/** A phone number as a tel: link (only digits and +), or as text when it has no digits. */
function phoneLink(phone: string) {
  const tel = phone.replace(/[^\d+]/g, '');
  return tel ? html`<a href="tel:${tel}">${phone}</a>` : phone;
}
