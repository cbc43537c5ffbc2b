import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { OsaElement, warn, states } from '../core/element.js';
import { lazy } from '../core/lazy.js';
import { heading, LiveAnnouncer, selectField } from '../core/form.js';
import { INTL_LOCALE, formatNumber, helsinkiDay } from '../core/i18n.js';
import { parseJson, readJsonSetting } from '../core/inline-json.js';
import { sharedFormStyles } from '../core/styles.js';
import { request } from '../core/request.js';
import { safeUrl } from '../core/url.js';
import {
  NO_FILTERS, STATUSES, applyFilters, buildView, checkItems, needsLater, textsOf,
  type Entry, type Filters, type Item, type Option, type Problem, type Status, type View,
} from './data.js';
import { statusIcon } from './icons.js';
import { youSaidWeDidStrings, youSaidWeDidEasyStrings, type YouSaidWeDidStrings } from './strings/index.js';
import { styles } from './styles.js';

type Key = keyof YouSaidWeDidStrings & string;
type Pascal<S extends string> = S extends `${infer A}-${infer B}` ? `${Capitalize<A>}${Pascal<B>}` : Capitalize<S>;
/**
 * A status's text key: `statusInProgress` (its badge) or `sumInProgress` (its part of the summary)
 * for `in-progress`. (The type names every such key, so a missing text does not compile.)
 */
const statusKey = <P extends 'status' | 'sum'>(prefix: P, status: Status) =>
  (prefix + status.replace(/(?:^|-)(.)/g, (_, c: string) => c.toUpperCase())) as `${P}${Pascal<Status>}`;
/**
 * The summary names the same categories as the badges, one sentence part per status (each text
 * uses the badge's word), from what was done to what cannot be done.
 */
const SUMMARY: Status[] = ['done', 'in-progress', 'planned', 'considering', 'received', 'not-possible'];
/** After this many, problems in the data are counted but not each written to the console. */
const MAX_WARNINGS = 20;
/** Entry dates: "10. tammikuuta 2026" (core's formatDate keeps one formatter per language and options). */
const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
/** Typing settles after this long; then the number of results is announced and the hash written. */
const TYPING_MS = 700;

/**
 * "You said, we did": what people said, what the organisation did, and honest reasons when something
 * is not possible. Filters by status, service and topic, a search box and two sort orders, all kept in
 * the URL hash so that a filtered view can be linked. `layout="poster"` makes an A4 poster for a
 * waiting-room wall with a QR code to `feedback-url`, generated in the browser.
 *
 * Data (first found wins): the `items` property; `adapter="open311"` with `endpoint`; `src`; the
 * `json` attribute; a child `<script type="application/json">`. Items follow docs/you-said-we-did.schema.json. An item with a
 * problem is skipped with a console warning that names it; nothing in the data is ever shown as HTML.
 *
 * @tagname osa-you-said-we-did
 * @summary Closes the feedback loop: what people said, what was done, and why not.
 *
 * @slot - Put the data here as `<script type="application/json">[…]</script>`, and text overrides as
 *   `<script type="application/json" data-texts>{…}</script>`. Nothing in the slot is shown.
 *
 * @csspart summary - The sentence with the numbers ("In 2026: 42 changes made, …").
 * @csspart filters - The search form with the filters.
 * @csspart count - The number of results.
 * @csspart entry - One item (an `<article>`).
 * @csspart status - The status of an item, in words with an icon.
 * @csspart more - The "Show 20 more" button.
 * @csspart feedback - The link to give feedback.
 * @csspart poster - The poster (`layout="poster"`).
 * @csspart qr - The QR code and the address under it on the poster.
 *
 * @fires osa-you-said-we-did-load - The data was read. `detail: { count, problems }`: items shown, problems reported in the console.
 * @fires osa-you-said-we-did-error - The data could not be shown. `detail: { kind: 'network' | 'data' }`.
 */
export class OsaYouSaidWeDid extends OsaElement<YouSaidWeDidStrings> {
  static override styles = [sharedFormStyles, styles];

  /** Lit's reactive properties and their attributes (the fields below hold their docs and defaults). */
  static override properties: PropertyDeclarations = {
    ...states('phase', 'filters', 'shown', 'filtersOpen', 'hashPending'),
    src: {},
    adapter: {},
    endpoint: {},
    feedbackUrl: { attribute: 'feedback-url' },
    phone: {},
    layout: { reflect: true },
    posterItems: { attribute: 'poster-items' },
    pageSize: { type: Number, attribute: 'page-size' },
    hashPrefix: { attribute: 'hash-prefix' },
    jurisdictionId: { attribute: 'jurisdiction-id' },
    since: {},
    sourceLang: { attribute: 'source-lang' },
    json: {},
    items: { attribute: false },
  };

  /** Address of a JSON file with the items: `[…]` or `{"items": […]}`. */
  src?: string;

  /** `open311` reads the items from an Open311 GeoReport v2 server at `endpoint`. */
  adapter?: string;

  /** Base address of the Open311 server, e.g. `https://asiointi.example.fi/palautews/rest/v1/`. `requests.json` is added. */
  endpoint?: string;

  /** Where residents give feedback: a link under the board, and the QR code on the poster. */
  feedbackUrl?: string;

  /** Poster only: a phone number for feedback, shown beside the QR code and address for people who don't scan. */
  phone?: string;

  /** `board` (default) or `poster`: an A4 poster with the newest or chosen items and a QR code. */
  layout: 'board' | 'poster' = 'board';

  /** Poster only: how many items (default 3: the newest done or in-progress ones first, then planned, not possible, considering, received), or item ids separated by commas, e.g. `a12,a15`. */
  posterItems?: string;

  /** How many items to show at first, and how many more each "Show more" adds. */
  pageSize = 20;

  /** Prefix of the board's parts of the URL hash (`#ysd-status=done`). Give each board on a page its own; empty turns the hash off. */
  hashPrefix = 'ysd';

  /** Open311 `jurisdiction_id`, sent with every request (FixMyStreet needs it). */
  jurisdictionId?: string;

  /** Open311: only requests made on or after this day (`YYYY-MM-DD`), sent as `start_date`. */
  since?: string;

  /**
   * Open311: the language people wrote in (`fi`, `sv` or `en`: descriptions and status notes) when the
   * server does not translate it. A reader in another language then hears them in the right language
   * (they get `lang`).
   */
  sourceLang?: string;
  /** The items as JSON (`[…]` or `{"items": […]}`, as in the child script), for pages and CMS filters that keep attributes but not `<script>`. Wins over the child script. */
  json = '';

  /** The items as a JavaScript array, instead of JSON in the page (property only). */
  items?: unknown[];

  private phase: 'loading' | 'ready' | 'error' = 'loading';
  /** @internal */
  filters: Filters = NO_FILTERS;
  private shown = 0;
  /** The filters are open in a narrow container (they are always open in a wide one). */
  private filtersOpen = false;
  private failure?: 'network' | 'data';
  private canRetry = false;
  /** @internal */
  data: Item[] = [];
  /** @internal Open311: the items as read from every page so far (before checking), the last page, and whether there may be more. */
  open311: { raw: unknown[]; page: number; more: boolean; until?: string; base?: number; loading?: boolean } = { raw: [], page: 0, more: false };
  /** @internal */
  view?: View;
  private results: number[] = [];
  private sourceKey?: string;
  private loads = 0;
  /** Waits for typing to pause before the count is announced and the hash written (setFilters). */
  private timer?: ReturnType<typeof setTimeout>;
  private poster?: typeof import('./poster.js');
  private posterImport?: Promise<unknown>;
  /** The parts the first render does not need (later.ts): the search, "most raised" and writing the hash. */
  private later?: typeof import('./later.js');
  private laterImport?: Promise<unknown>;
  /** later.ts could not be loaded (offline): what needs it says so. */
  private laterFailed = false;
  /** The hash has a part for this board, not yet read (see onHashChange). */
  private hashPending = false;
  /** @internal */
  announcer = new LiveAnnouncer(this);
  private summaryText?: [View, object, string, [Status, string][], string];

  protected get catalog() {
    return youSaidWeDidStrings;
  }

  protected override get easyCatalog() {
    return youSaidWeDidEasyStrings;
  }

  private get page(): number {
    return this.pageSize > 0 ? Math.floor(this.pageSize) : 20;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    this.onHashChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.timer);
  }

  /** Loads the data again (what "Try again" does). */
  reload(): Promise<void> {
    this.sourceKey = undefined;
    this.requestUpdate();
    return this.updateComplete.then(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const open311 = this.adapter === 'open311';
    const key = [this.adapter, this.endpoint, this.src, open311 ? [this.language, this.jurisdictionId, this.since, this.sourceLang].join() : '', this.json].join('|');
    if (key !== this.sourceKey || changed.has('items')) {
      this.sourceKey = key;
      this.track(this.load(open311));
    }
    if (this.layout === 'poster' && !this.posterImport) {
      this.track((this.posterImport = lazy(() => import('./poster.js')).then(
        (module) => {
          module.adoptPosterStyles(this);
          this.poster = module;
          this.requestUpdate();
        },
        (e) => warn(this, `could not load the poster part (${(e as Error).message}); the board is shown instead.`),
      )));
    }
    if (this.phase !== 'ready') return;
    if (this.view?.lang !== this.language) {
      this.view = buildView(this.data, this.language);
      // (Filters in use came from the hash or a choice: later.ts is there or on its way, see onHashChange.)
      if (this.later) this.filters = this.later.cleanFilters(this.filters, this.view);
      this.indexLater();
    } else if (!['filters', 'phase'].some((key) => (changed as Map<string, unknown>).has(key))) {
      return;
    }
    // A search or "most raised" waits for later.ts (asked for at once: see loadLater).
    if (this.later) this.results = this.later.search(this.view, this.filters);
    // (After a failure it is asked for again only on a new choice or "Try again", not on every update.)
    else if (needsLater(this.filters) && !this.laterFailed) this.loadLater();
    else this.results = applyFilters(this.view, this.filters);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After the first render that shows the board: fetch later.ts, so it is there before anyone
    // types (not waited for by updateComplete: the board is already shown).
    if (this.phase === 'ready' && !this.laterImport && !this.laterFailed) setTimeout(() => this.laterImport || this.loadLater(false));
  }

  /**
   * Loads later.ts, once. `track`: the current update waits for it (a search or sort that needs it
   * now). If it cannot be loaded, what needs it says so (see renderBoard) and the next need tries again.
   */
  private loadLater(track = true): Promise<unknown> {
    const load = (this.laterImport ??= lazy(() => import('./later.js')).then(
      (module) => {
        this.later = module;
        this.laterFailed = false;
        this.indexLater();
        // (Marked as a change of the filters: their results are worked out again, now with later.ts.)
        this.requestUpdate('filters');
      },
      (e) => {
        this.laterImport = undefined;
        this.laterFailed = true;
        warn(this, `could not load the search part (${(e as Error).message}).`);
        this.requestUpdate();
      },
    ));
    if (track) this.track(load);
    return load;
  }

  /** The search index, built in the background once the view and later.ts are there. */
  private indexLater(): void {
    const view = this.view;
    if (view && this.later) this.later.indexLater(view, () => this.view === view && this.isConnected);
  }

  private async load(open311: boolean): Promise<void> {
    const run = ++this.loads;
    this.phase = 'loading';
    let data: unknown = this.items;
    let failure: 'network' | 'data' | undefined;
    const url = open311 ? this.endpoint : this.src;
    if (data === undefined && url) {
      let address = url;
      try {
        // Inside the try: an endpoint that is not a URL is a load error with a warning, not "Loading…" for ever.
        // The Open311 part is loaded only for Open311 boards; it knows the request's address.
        const adapter = open311 ? await lazy(() => import('./open311.js')) : undefined;
        if (adapter) address = adapter.requestsUrl(url, 1, adapter.settings(this), (m) => warn(this, m));
        const response = await request(address, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(15_000) });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const parsed = parseJson(await response.text());
        if (parsed.error) {
          failure = 'data';
          warn(this, `${address} ${parsed.error}.`);
        }
        if (adapter && !parsed.error) {
          const page = await adapter.readPage(parsed.data, url, 1, [], adapter.settings(this), (m) => warn(this, m), response.headers);
          if (run === this.loads) this.open311 = page;
          data = page.raw;
        } else data = parsed.data;
      } catch (e) {
        failure = 'network';
        warn(this, `could not load ${address} (${(e as Error).message}).`);
      }
    } else if (data === undefined) {
      const inline = readJsonSetting(this, this.json, 'json');
      if (inline.error) {
        failure = 'data';
        warn(this, `${inline.where} ${inline.error}.`);
      } else if (!inline.found) {
        this.warnProblems([[open311 ? 13 : 12, 0, '']], 1);
      }
      // A child holding `null` is data of the wrong shape (warned about below), not "no items".
      data = inline.found ? inline.data : [];
    }
    if (run !== this.loads) return;
    const [items, problems = 0] = failure ? [] : this.check(data);
    if (!open311 || failure) this.open311 = { raw: [], page: 0, more: false };
    this.failure = failure ?? (items ? undefined : 'data');
    this.canRetry = !!url;
    this.data = items ?? [];
    this.view = undefined;
    this.shown = this.page;
    this.phase = this.failure ? 'error' : 'ready';
    const options = { bubbles: true, composed: true };
    if (this.failure) this.dispatchEvent(new CustomEvent('osa-you-said-we-did-error', { ...options, detail: { kind: this.failure } }));
    else this.dispatchEvent(new CustomEvent('osa-you-said-we-did-load', { ...options, detail: { count: this.data.length, problems } }));
  }

  /** @internal Checks the data; its problems are written to the console (see warnProblems). */
  check(data: unknown): [Item[] | undefined, number] {
    const first: Problem[] = [];
    let problems = 0;
    const items = checkItems(data, (p) => ++problems <= MAX_WARNINGS && first.push(p));
    if (problems) this.warnProblems(first, problems);
    return [items, problems];
  }

  /**
   * Writes problems with the data to the console, in words that come with problems.ts (loaded only
   * then): `first`, then how many more of `total` there were.
   */
  private warnProblems(first: Problem[], total: number): void {
    this.track(lazy(() => import('./problems.js')).then(
      (m) => m.warnings(first, total).forEach((w) => warn(this, w)),
      (e) => warn(this, `found ${total} problems with its data (could not load the words for them: ${(e as Error).message}).`),
    ));
  }

  /** "Show more" past what is loaded: asks an Open311 server for its next page. Resolves to whether new items came. */
  private loadNextPage(): Promise<boolean> {
    const fail = (e: Error) => {
      warn(this, `could not load more from ${this.endpoint} (${e.message}).`);
      this.open311 = { ...this.open311, loading: false };
      this.announcer.announce(this.t('errorLoad'));
      return false;
    };
    return lazy(() => import('./open311.js')).then((adapter) => adapter.nextPage(this, fail), fail);
  }

  /** "Try again" when later.ts could not be loaded: then focus on the results' count, or on the button again. */
  private retryLater = async (): Promise<void> => {
    this.loadLater();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.later ? '#count' : '.error button')?.focus();
  };

  private async retry(): Promise<void> {
    await this.reload();
    await this.focusSoon(this.phase === 'error' ? '.error button' : '#board');
  }

  // ---- filters, hash and announcements ----

  /**
   * Follows the board's part of the URL hash. It is read with later.ts, asked for only when the hash
   * has a part for this board or filters are in use; until then a linked view shows "Loading…", not
   * all the results (see render).
   */
  private onHashChange = (): void => {
    if (!this.hashPrefix || !(this.later || this.filters !== NO_FILTERS || location.hash.includes(`${this.hashPrefix}-`))) return;
    // On the first render the filters are only taken: nothing is announced and the hash is left as it is.
    const settleMs = this.hasUpdated ? 0 : -1;
    this.hashPending = true;
    void this.loadLater().then(() => {
      this.hashPending = false;
      this.later?.followHash(this, settleMs);
    });
  };

  /** @internal Applies filters; after `settleMs` announces the count and writes the hash (-1: neither). */
  setFilters(f: Filters, settleMs: number): void {
    this.filters = f;
    // A search or "most raised" needs later.ts: ask for it now (for a linked view, together with the language pack).
    if (!this.later && needsLater(f)) this.loadLater();
    this.shown = this.page;
    clearTimeout(this.timer);
    if (settleMs >= 0) this.timer = setTimeout(() => void this.settle(), settleMs);
  }

  private async settle(): Promise<void> {
    // A search waits for later.ts: its count is announced once its results are there (if later.ts
    // cannot be loaded, the board says so instead, see renderBoard).
    if (!this.later && needsLater(this.filters)) {
      await this.loadLater(false);
      await this.updateComplete;
      if (!this.later) return;
    }
    this.announcer.announce(this.t('results', { count: this.results.length }));
    // Written with later.ts, which a change this soon after the first render may wait for.
    if (this.hashPrefix) void this.loadLater(false).then(() => this.later?.writeHash(this));
  }

  private filter(name: keyof Filters, value: string): void {
    this.setFilters({ ...this.filters, [name]: value }, name === 'q' ? TYPING_MS : 0);
  }

  /** Moves focus after the next render (to a control that may only now exist). */
  private async focusSoon(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private seeWhy = (): void => {
    this.setFilters({ ...NO_FILTERS, sort: this.filters.sort, status: 'not-possible' }, 0);
    void this.focusSoon('#count');
  };

  private clear = (): void => {
    this.setFilters({ ...NO_FILTERS, sort: this.filters.sort }, 0);
    void this.focusSoon('#q');
  };

  private more = async (): Promise<void> => {
    if (this.open311.loading) return;
    // The first entry not yet shown: with fewer results than a page, the first that comes next.
    const first = Math.min(this.shown, this.results.length);
    // Nothing more came and the button went: the count of results takes the focus.
    if (first >= this.results.length && this.open311.more && !(await this.loadNextPage())) return void (this.open311.more || this.focusSoon('#count'));
    this.shown += this.page;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('article')[first]?.focus();
  };

  // ---- rendering ----

  override render() {
    const feedback = safeUrl(this.feedbackUrl);
    if (this.poster && this.layout === 'poster' && this.view) {
      return this.poster.renderPoster(this, this.view, feedback);
    }
    // lang on the content: the page may be in a language the component does not speak.
    return html`<section class="board" id="board" aria-labelledby="title" tabindex="-1" lang=${this.language}>
      ${heading(this.level, this.t('title'), '', 'title')}
      ${this.phase === 'loading' || this.hashPending
        ? this.loadingBox()
        : this.phase === 'error'
          ? this.failureBox(this.failure === 'network' ? 'errorLoad' : 'errorData', this.canRetry && this.retry)
          : this.renderBoard(this.view!)}
      ${feedback
        ? html`<p class="feedback"><a class="button button--secondary" part="feedback" href=${feedback}>${this.t('giveFeedback')}</a><span class="print-only">${this.t('giveFeedback')}: ${feedback}</span></p>`
        : nothing}
      ${this.announcer.render()}
    </section>`;
  }

  /** "Loading…", said politely. */
  private loadingBox() {
    return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('loading')}</p>`;
  }

  /** A failure, said at once, with "Try again" when trying again can help. */
  private failureBox(text: Key, again: false | (() => unknown)) {
    return html`<div class="box box--warning error" role="alert">
      <p>${this.t(text)}</p>
      ${again ? html`<p><button type="button" class="button" @click=${again}>${this.t('tryAgain')}</button></p>` : nothing}
    </div>`;
  }

  private renderBoard(v: View) {
    if (!v.entries.length) return html`<p class="box box--info">${this.t('empty')}</p>`;
    const f = this.filters;
    const total = this.results.length;
    const shown = Math.min(total, this.shown);
    const select = (name: keyof Filters, label: Key, options: Option[]) => selectField({
      id: name, name, label: this.t(label), value: f[name], placeholder: name === 'sort' ? undefined : this.t('all'),
      options: options.map(([value, text]) => ({ value, label: text })), onChange: (value) => this.filter(name, value),
    });
    // Narrow (320 px, 400 % zoom): the filters fold behind a "Filter" button, so results show on the
    // first screen. They start open when a filter is in use (e.g. from a linked hash).
    const open = this.filtersOpen || (['status', 'service', 'topic', 'q'] as const).some((k) => f[k]);
    // A search or "most raised" before later.ts is there: the results wait for it (see loadLater).
    const waiting = !this.later && needsLater(f);
    return html`${this.summary(true)}
      <button type="button" class="button button--secondary filters-toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="filters"
        @click=${() => (this.filtersOpen = !open)}>${this.t('filterToggle')}<span class="chevron" aria-hidden="true"></span></button>
      <form class="filters${open ? '' : ' filters--closed'}" id="filters" part="filters" role="search" aria-label=${this.t('filters')} @submit=${(e: Event) => e.preventDefault()}>
        <div class="field">
          <label class="label" for="q">${this.t('search')}</label>
          <input class="input" id="q" name="q" type="search" autocomplete="off" .value=${f.q}
            @input=${(e: Event) => this.filter('q', (e.target as HTMLInputElement).value)} />
        </div>
        ${select('status', 'status', STATUSES.map((s) => [s, this.t(statusKey('status', s))]))}
        ${v.services.length ? select('service', 'service', v.services) : nothing}
        ${v.topics.length ? select('topic', 'topic', v.topics) : nothing}
        ${select('sort', 'sort', [['newest', this.t('sortNewest')], ['raised', this.t('sortRaised')]])}
      </form>
      ${waiting
        ? this.laterFailed ? this.failureBox('errorLoad', this.retryLater) : this.loadingBox()
        : html`<p class="count" id="count" part="count" tabindex="-1">
        ${shown < total ? this.t('showing', { shown: formatNumber(shown, this.language), total: formatNumber(total, this.language) }) : this.t('results', { count: total })}
      </p>`}
      ${waiting
        ? nothing
        : total
        ? html`<ol class="entries">${this.results.slice(0, shown).map((i) => html`<li>${this.entry(v.entries[i])}</li>`)}</ol>`
        : html`<div class="box box--info no-match">
            <p>${this.t('noMatch')}</p>
            <p><button type="button" class="button button--secondary" @click=${this.clear}>${this.t('clear')}</button></p>
          </div>`}
      ${!waiting && (shown < total || this.open311.more)
        ? html`<p><button type="button" class="button button--secondary more" part="more" aria-disabled=${this.open311.loading ? 'true' : 'false'} @click=${this.more}>${shown < total
          ? this.t('showMore', { count: Math.min(this.page, total - shown) })
          : this.t('loadMore')}</button></p>`
        : nothing}`;
  }

  /**
   * "In 2026: 42 done, 8 in progress and 5 not possible." with "See why" on the board. In easy
   * language the same parts come as a short list, one line each, instead of one long sentence.
   */
  /** @internal */
  summary(seeWhy: boolean) {
    const c = this.view!.counts;
    let memo = this.summaryText;
    if (!memo || memo[0] !== this.view || memo[1] !== this.strings) {
      const parts = SUMMARY.filter((s) => c[s]).map((status): [Status, string] => [status, this.t(statusKey('sum', status), { count: c[status] })]);
      const [from, to] = this.view!.span.map((t) => this.formatDate(new Date(t), { year: 'numeric' }));
      const period = !from ? '' : from === to ? this.t('inYear', { year: from }) : this.t('inYears', { from, to });
      memo = this.summaryText = [this.view!, this.strings, period, parts,
        `${period} ${new Intl.ListFormat(INTL_LOCALE[this.language]).format(parts.map(([, text]) => text))}.`];
    }
    const why = seeWhy && c['not-possible'] ? html` <button type="button" class="link-button" @click=${this.seeWhy}>${this.t('seeWhy')}</button>` : nothing;
    if (!this.easy) return html`<p class="summary" part="summary">${memo[4]}${why}</p>`;
    return html`<div class="summary summary--list" part="summary">
      ${memo[2] ? html`<p>${memo[2]}</p>` : nothing}
      <ul>${memo[3].map(([status, text]) => html`<li data-status=${status}>${text}${status === 'not-possible' ? why : nothing}</li>`)}</ul>
    </div>`;
  }

  /** The texts of an entry that take formatting, made once per entry and strings in use (not on every keystroke). */
  private entryTexts(e: Entry): NonNullable<Entry['shown']> {
    if (e.shown?.strings === this.strings) return e.shown;
    const item = e.item;
    const dates = ([['receivedOn', item.received], [item.done ? 'doneOn' : 'updatedOn', item.done ?? item.updated]] as [Key, number?][])
      .filter(([, t]) => t !== undefined)
      .map(([key, t]): [string, string] => [helsinkiDay(new Date(t!)), this.t(key, { date: this.formatDate(new Date(t!), DAY) })])
      // "Updated" on the day it came in says nothing new.
      .filter(([iso], i, all) => !i || iso !== all[0][0] || item.done !== undefined);
    return (e.shown = { strings: this.strings, status: this.t(statusKey('status', item.status)), raisedBy: item.count ? this.t('raisedBy', { count: item.count }) : '', dates });
  }

  /** @internal */
  entry(e: Entry): TemplateResult {
    const item = e.item;
    const id = `e${e.n}`;
    const shown = this.entryTexts(e);
    const [said, did, reason] = textsOf(e, this.language);
    const part = (label: Key, text?: { text: string; lang?: string }) =>
      text ? html`<dt>${this.t(label)}</dt><dd id=${ifDefined(label === 'youSaid' ? id : undefined)} lang=${ifDefined(text.lang)}>${text.text}</dd>` : nothing;
    return html`<article class="entry entry--${item.status}" part="entry" aria-labelledby=${id} tabindex="-1" data-id=${item.id}>
      <p class="status" part="status">${statusIcon(item.status)}<span class="visually-hidden">${this.t('status')}: </span>${shown.status}</p>
      <dl>${part('youSaid', said)}${part('weDid', did)}${part('whyNot', reason)}</dl>
      <ul class="meta">
        ${e.service ? html`<li>${this.t('service')}: <span lang=${ifDefined(e.service.lang)}>${e.service.text}</span></li>` : nothing}
        ${e.topics ? html`<li>${this.t('topic')}: ${e.topics}</li>` : nothing}
        ${shown.raisedBy ? html`<li>${shown.raisedBy}</li>` : nothing}
        ${shown.dates.map(([iso, text]) => html`<li><time datetime=${iso}>${text}</time></li>`)}
      </ul>
      ${item.link ? html`<p><a href=${item.link} aria-describedby=${id}>${this.t('more')}</a></p>` : nothing}
    </article>`;
  }
}
