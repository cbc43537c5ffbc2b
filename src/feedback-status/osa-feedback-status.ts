import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { states } from '../core/element.js';
import { lazy } from '../core/lazy.js';
import { OsaFormElement } from '../core/form-element.js';
import { heading, statusRegion, textField } from '../core/form.js';
import type { Outcome } from './lookup.js';
import { feedbackStatusEasyStrings, feedbackStatusStrings } from './strings/index.js';
import type { en } from './strings/en.js';
import { feedbackStatusStyles } from './styles.js';

/** What is wrong with a reference number, as a strings key; undefined when it can be looked up. */
export type ReferenceProblem = 'errorEmpty' | 'errorLength' | 'errorCharacters';

/** Letters, digits, `.`, `_` and `-`: what reference numbers are made of (`PAL-2026001`, `2026-00012`, `P-20261123-AB12CD`). */
const REFERENCE = /^[\p{L}\p{N}._-]+$/u;

/**
 * Checks a reference number before any request: at most 64 characters of letters, digits, `.`, `_`
 * and `-`. No least length: servers that count (Libre311, FixMyStreet) give their first requests
 * the numbers 1, 2 … 99, and the feedback form links to the number the server gave.
 */
export function checkReference(value: string): ReferenceProblem | undefined {
  const v = value.trim();
  if (!v) return 'errorEmpty';
  if (v.length > 64) return 'errorLength';
  return REFERENCE.test(v) ? undefined : 'errorCharacters';
}

/** The reference in a URL fragment: `#reference=PAL-1`, also among other parts (`#ysd-q=x&reference=PAL-1`). */
export function hashReference(hash: string): string | undefined {
  for (const part of hash.replace(/^#/, '').split('&')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at) !== 'reference') continue;
    try {
      return decodeURIComponent(part.slice(at + 1).replace(/\+/g, ' ')).trim() || undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Follow your own feedback: a person writes the reference number they got when they sent
 * feedback and sees, in plain words, where it is (received, being handled, answered, closed), the
 * service's public reply, the dates, and whether the promise to answer by a date was kept —
 * honestly, both ways. Opened with `#reference=…` in the address (the link on the feedback
 * confirmation), it looks the number up at once. No account, and nothing is kept in the browser.
 *
 * The field and the button render first; the lookup code (network client, adapters, working days)
 * loads on the first focus in the form or when the address names a reference.
 *
 * @tagname osa-feedback-status
 * @summary Follow your feedback: its status, the reply, and whether the promise was kept.
 *
 * @slot other-ways - Extra content for "Other ways to contact us", shown when a number is not found.
 *
 * @csspart form - The form with the reference field.
 * @csspart field - The field wrapper.
 * @csspart input - The reference input.
 * @csspart status - The lookup status line ("Looking up your feedback…").
 * @csspart failure - The box shown when the lookup failed.
 * @csspart result - The status of the feedback that was found.
 * @csspart promise - Whether the promise to answer was kept.
 * @csspart not-found - The box shown when the number was not found.
 * @csspart other-ways - The other ways to contact the service.
 *
 * @fires osa-feedback-status-lookup - Before a lookup; cancelable. `detail`: `{ reference, adapter, respondWith(promise) }`. With `adapter="event"`, call `respondWith()` with a promise of the status (docs/feedback-status.schema.json), or of `null` when there is no such feedback.
 * @fires osa-feedback-status-result - A lookup ended with an answer. `detail`: `{ reference, found, status }`.
 * @fires osa-feedback-status-error - A lookup failed. `detail`: `{ kind, status }`.
 */
export class OsaFeedbackStatus extends OsaFormElement<typeof en, typeof import('./lookup.js')> {
  static override styles = feedbackStatusStyles;

  /** Lit's reactive properties and their attributes (the fields below hold their docs and defaults). */
  static override properties: PropertyDeclarations = {
    ...states('value', 'problem', 'outcome'),
    endpoint: {},
    adapter: {},
    jurisdictionId: { attribute: 'jurisdiction-id' },
    apiKey: { attribute: 'api-key' },
    responseDays: { type: Number, attribute: 'response-days' },
    closedDays: { attribute: 'closed-days' },
    resultsUrl: { attribute: 'results-url' },
    phone: {},
    address: {},
    hours: {},
    reference: {},
  };

  /** Where statuses are read: a JSON endpoint (`?reference=` is added), or an Open311 base URL (`requests/{reference}.json` is added). */
  endpoint = '';
  /** `json` (docs/feedback-status.schema.json), `open311` (GeoReport v2) or `event` (your page answers `osa-feedback-status-lookup`). */
  adapter: 'json' | 'open311' | 'event' = 'json';
  /** Open311 jurisdiction id, when the server needs one. */
  jurisdictionId = '';
  /** Open311 API key for web pages (public by design). */
  apiKey = '';
  /** Working days within which you promise to answer (as on `<osa-feedback>`). Used when the data gives no promise date; 0: no promise. */
  responseDays = 5;
  /** Extra closed dates, e.g. `2026-12-31 2027-01-02` (comma or space separated, YYYY-MM-DD). */
  closedDays = '';
  /** The "you said, we did" page: when the data names an entry, a link to it (`#ysd-q={id}`). */
  resultsUrl = '';
  /** Phone number, shown when a number is not found or the lookup fails. */
  phone = '';
  /** Postal address, shown with the phone number. Separate lines with `|` or line breaks. */
  address = '';
  /** Where and when to ask in person. */
  hours = '';
  /** A reference number to look up at once (as `#reference=` in the address does). */
  reference = '';
  /**
   * The day the feedback with `reference` was sent, YYYY-MM-DD (the feedback form's link gives it as
   * `#reference=…&sent=…`). A number not found then reads "not shown here yet", not "check the number".
   */
  sent = '';

  /** @internal What is in the field. */
  value = '';
  /** @internal What is wrong with the number in the field, after "Show the status". */
  problem?: ReferenceProblem;
  /** @internal What the last lookup found (or did not). */
  outcome?: Outcome;
  /** @internal The number last looked up. */
  lookedUp?: string;
  /** @internal A number from a link that came while a lookup was under way. */
  queued?: string;
  private linked?: string;

  protected get catalog() {
    return feedbackStatusStrings;
  }

  protected override get easyCatalog() {
    return feedbackStatusEasyStrings;
  }

  protected loadActions() {
    return lazy(() => import('./lookup.js'));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.fromLink(hashReference(location.hash));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('reference') && this.reference) this.fromLink(this.reference.trim());
    if (changed.has('previewState') && this.previewState) void this.withActions((a) => a.preview(this));
  }

  /**
   * A link on this page to `#reference=…` (the feedback form's "Follow your feedback" when the
   * status is on the same page): the person asked, so focus goes to the answer, as after "Show the
   * status". A page opened with the number in its address keeps focus where the browser put it.
   */
  private onHashChange = () => this.fromLink(hashReference(location.hash), true);

  /**
   * A number from the address or the `reference` property: put in the field and looked up. What
   * the person typed is never replaced: only an empty field, or one still showing the number last
   * looked up, takes it. `focus`: move focus to the answer.
   */
  private fromLink(reference: string | undefined, focus = false): void {
    if (!reference || reference === this.linked) return;
    this.linked = reference;
    const typed = this.value.trim();
    if (typed && typed !== this.lookedUp && typed !== reference) return;
    this.value = reference;
    this.start(reference, focus);
  }

  /** Checks the number, then looks it up (`typed`: the person pressed the button, so focus moves to the answer). */
  private start(reference: string, typed: boolean): void {
    this.problem = checkReference(reference);
    if (this.problem) {
      this.announcer.announce(this.t(this.problem));
      if (typed) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#reference')?.focus());
      return;
    }
    void this.withActions((a) => (a.init(this), a.lookUp(this, reference.trim(), typed)));
  }

  /** "Show the status", and "Try again" when the lookup code could not load. */
  private onSubmit = (e?: Event) => {
    e?.preventDefault();
    this.start(this.value, true);
  };

  /** Loads the lookup code at the first sign of use. */
  private prepare = () => void this.withActions((a) => a.init(this));

  override render() {
    const a = this.actions;
    // lang on the content: the page may be in a language the component does not speak.
    return html`<div class="feedback-status" lang=${this.language}>
      ${heading(this.level, this.t('title'), 'heading', 'title')}
      <p class="intro">${this.t('intro')}</p>
      <form part="form" novalidate aria-labelledby="title" @submit=${this.onSubmit} @focusin=${this.prepare}>
        ${textField({
          id: 'reference', name: 'reference', label: this.t('referenceLabel'), hint: this.t('referenceHint'), value: this.value,
          error: this.problem ? this.t(this.problem) : undefined, autocomplete: 'off', spellcheck: false, width: 'medium',
          onInput: (value) => (this.value = value),
        })}
        <div class="button-row">
          <button class="button" type="submit" aria-disabled=${this.submission?.busy ? 'true' : 'false'}>${this.t('lookUp')}</button>
        </div>
        ${a && this.submission ? a.renderStatus(this) : statusRegion()}
        ${this.renderActionsFailure(this.t('failedTitle'), this.onSubmit)}
      </form>
      ${a && this.outcome ? a.renderOutcome(this) : nothing}
      ${this.announcer.render()}
    </div>`;
  }
}
