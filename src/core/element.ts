import { LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import {
  FALLBACK_LANG, choosePlural, closestAttribute, formatDate, formatNumber, interpolate, toSupportedLang,
  type Catalog, type Lang, type Message, type StringTable, type Strings, type TextOverrides,
} from './i18n.js';
import { toLevel } from './heading.js';
import { pageRoot } from './url.js';
import { lazy } from './lazy.js';

export type Theme = 'auto' | 'light' | 'dark' | 'high-contrast';
const THEMES: readonly Theme[] = ['auto', 'light', 'dark', 'high-contrast'];

/** The override parser, loaded the first time an element has a `texts` attribute or a data-texts script. */
let overrides: typeof import('./overrides.js') | undefined;

const loaded = new WeakMap<object, Partial<Record<Lang, Promise<Record<string, Message>>>>>();
/** Loads one language of a catalog once, however many elements use it. */
function loadTable(catalog: Catalog<StringTable>, lang: Lang): Promise<Record<string, Message>> {
  let byLang = loaded.get(catalog);
  if (!byLang) loaded.set(catalog, (byLang = {}));
  // A failed load is forgotten, so the next update tries again.
  return (byLang[lang] ??= catalog[lang]().catch((e) => {
    delete byLang![lang];
    throw e;
  }));
}

/**
 * A part of an element's texts: `[catalog, easy-language catalog (the same keys), later]`. A later
 * part holds texts the first render does not show (errors, a confirmation, sending): it loads with
 * `loadLaterTexts()`, which a form's actions call, so the first render fetches less.
 */
export type TextPart = [plain: Catalog<StringTable>, easy?: Catalog<StringTable>, later?: boolean];

/** Every connected OsaElement, told when a `lang`, `theme` or `easy` attribute changes anywhere above it. */
const live = new Set<OsaElement<StringTable>>();
let observer: MutationObserver | undefined;
const observedRoots = new WeakSet<Node>();
const refreshAll = () => live.forEach((el) => el.refreshEnvironment());
let schemeQueries: { dark: MediaQueryList; contrast: MediaQueryList } | undefined;
function observe(root: Node) {
  if (!schemeQueries) {
    schemeQueries = { dark: matchMedia('(prefers-color-scheme: dark)'), contrast: matchMedia('(prefers-contrast: more)') };
    schemeQueries.dark.addEventListener('change', refreshAll);
    schemeQueries.contrast.addEventListener('change', refreshAll);
  }
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer ??= new MutationObserver(refreshAll);
  observer.observe(root, { attributes: true, subtree: true, attributeFilter: ['lang', 'theme', 'easy'] });
}

/** A readable name for warnings: `<osa-feedback id="x">`. */
export function describeElement(el: Element): string {
  return `<${el.localName}${el.id ? ` id="${el.id}"` : ''}>`;
}

/**
 * Lit declarations for internal reactive state: `static properties = { ...states('open') }`.
 * (Components declare their reactive properties in `static properties`, not with decorators:
 * the CDN files are smaller without the decorator code. States are spread in, so the manifest
 * lists only the public properties; each field keeps its own doc comment and default.)
 */
export const states = (...names: string[]): PropertyDeclarations => Object.fromEntries(names.map((n) => [n, { state: true }]));

/** A console warning that names the element, so a web team can find the tag on their page. */
export function warn(el: Element, message: string): void {
  console.warn(`osallisuus: ${describeElement(el)}: ${message}`);
}

/**
 * Base class of every osallisuus component: language, theme and text overrides.
 *
 * - Language comes from the nearest `lang` attribute (crossing shadow roots) and follows changes.
 *   An unsupported language (e.g. a translation tool writing `lang="de"`) keeps the last supported one;
 *   at first connection it falls back to English.
 * - Theme comes from the nearest `theme` attribute (auto | light | dark | high-contrast); `auto`
 *   follows the system's colour scheme and contrast setting. The scheme in use is reflected as
 *   `data-osa-theme` (light | dark | high-contrast) on the host for the token styles.
 * - Texts: built-in fi/sv/en, overridden by a child `<script type="application/json" data-texts>`
 *   and then by the `texts` attribute (JSON). Bad JSON warns and falls back to the built-in texts.
 */
export abstract class OsaElement<S extends StringTable, Shared extends StringTable = Record<never, never>> extends LitElement {
  /** Lit's reactive properties and their attributes (the fields below hold their docs and defaults). */
  static override properties: PropertyDeclarations = {
    ...states('language', 'easy'),
    texts: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Text overrides as JSON: `{"key": "text"}` or `{"fi": {...}, "sv": {...}, "en": {...}}`. */
  texts?: string | TextOverrides;

  /** Level of the component's top heading (2–6, default 2), to fit the outline of the page around it. Inner headings use the next levels. */
  headingLevel = 2;

  /** @internal The heading level in use: `heading-level` as a whole number from 2 to 6. */
  get level(): number {
    return toLevel(this.headingLevel);
  }

  /** The language in use (fi, sv or en), resolved from the nearest `lang` attribute. */
  /** @internal The language in use. */
  language: Lang = FALLBACK_LANG;
  /** @internal The overrides in use: the child script's, then the `texts` attribute's (see overrides.ts). */
  layers: TextOverrides[] = [{}, {}];
  /** @internal The child script's JSON, read on connect and parsed at the next update. */
  scriptSource?: string;
  private langResolved = false;
  private resolvedStrings?: Strings<S & Shared>;
  /** Built-in strings of the language in use, once loaded, from `n` parts of the texts. */
  private builtIn?: { lang: Lang; easy: boolean; n: number; strings: Strings<S & Shared> };
  /** The later parts of the texts are wanted (see loadLaterTexts): every language loads them from then on. */
  private wantLater = false;

  /** The component's own strings for its first render, one table per language. */
  protected abstract get catalog(): Catalog<StringTable>;
  /** The component's easy-language texts (same keys), used when `easy` is on. */
  protected get easyCatalog(): Catalog<StringTable> | undefined {
    return undefined;
  }
  /**
   * All parts of the texts, in the order they are merged (a key in a part further on wins). The
   * default is the component's own catalog; forms add the shared form texts before it, and a
   * component can add a later part of its own after it. Asked before each update (and again once
   * `waitFor` has settled), so the parts may depend on the settings.
   */
  protected get textParts(): TextPart[] {
    return [[this.catalog, this.easyCatalog]];
  }
  /** @internal Easy language is on: an `easy` attribute on the element or an ancestor (not "false"). */
  easy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    live.add(this as unknown as OsaElement<StringTable>);
    observe(pageRoot());
    for (let root = this.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observe(root);
    this.refreshEnvironment();
    this.readScriptTexts();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this as unknown as OsaElement<StringTable>);
  }

  /** Re-reads language, easy language and theme from the attributes above the element. */
  refreshEnvironment(): void {
    const lang = toSupportedLang(closestAttribute(this, 'lang'));
    if (lang) {
      this.language = lang;
      this.langResolved = true;
    } else if (!this.langResolved) {
      this.language = FALLBACK_LANG;
    }
    // Easy language (selkokieli, lätt svenska, Easy Read): an `easy` attribute here or above, unless "false".
    const easy = closestAttribute(this, 'easy');
    this.easy = easy !== null && easy !== 'false';
    // Easy language is also a layout (larger type, more space, shorter lines): the token styles read this.
    if (this.hasAttribute('data-osa-easy') !== this.easy) this.toggleAttribute('data-osa-easy', this.easy);
    const attr = (closestAttribute(this, 'theme') ?? 'auto') as Theme;
    const theme = THEMES.includes(attr) ? attr : 'auto';
    // 'auto' follows the system: more contrast → high-contrast, dark scheme → dark, else light.
    const scheme = theme !== 'auto' ? theme : schemeQueries?.contrast.matches ? 'high-contrast' : schemeQueries?.dark.matches ? 'dark' : 'light';
    if (this.dataset.osaTheme !== scheme) this.dataset.osaTheme = scheme;
  }

  private pending = new Set<Promise<unknown>>();

  /** Also waits for work started with `track()` (data, lazily loaded parts), so `await el.updateComplete` means "shown". */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // Also an update asked for meanwhile (tracked work that ended while the last update finished).
    while (this.pending.size || this.isUpdatePending) {
      await Promise.all(this.pending);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** Counts `work` as part of the current update (see getUpdateComplete). */
  protected track(work: Promise<unknown>): void {
    const done = () => this.pending.delete(work);
    this.pending.add(work);
    work.then(done, done);
  }

  /** @internal Work the next render waits for besides the texts, loading alongside them (a kept draft's code). */
  waitFor = new Set<Promise<unknown>>();

  /** Loads the language in use (cached per table), before the update that needs it. */
  protected override async scheduleUpdate(): Promise<void> {
    const waits = [...this.waitFor];
    this.waitFor.clear();
    const overridden = !!(this.texts || this.scriptSource);
    // Overrides are checked against every key, so a page that overrides texts loads every part.
    if (overridden) this.wantLater = true;
    // The override parser loads alongside the texts: it is used once they are there.
    await Promise.all([
      !overrides && overridden && lazy(() => import('./overrides.js')).then(
        (m) => void (overrides = m),
        (e) => warn(this, `could not load the code for its "texts" (${(e as Error).message}); the built-in texts are used.`),
      ),
      this.loadTexts(),
    ]);
    if (waits.length) {
      await Promise.allSettled(waits);
      // What arrived (a JSON configuration) may change the parts of the texts (see textParts).
      await this.loadTexts();
    }
    super.scheduleUpdate();
  }

  /**
   * Loads the parts of the texts in use for the language in use, unless they are there. `strict`
   * (loadLaterTexts): a failure rejects. Otherwise it warns and tries English; with no texts at all
   * the element waits (see shouldUpdate) and tries again when the browser is back online.
   */
  private async loadTexts(strict?: boolean): Promise<void> {
    const later = this.wantLater;
    const lang = this.language;
    const easy = this.easy && !!this.easyCatalog;
    const parts = this.textParts.filter((p) => later || !p[2]);
    const b = this.builtIn;
    if (b?.lang === lang && b.easy === easy && b.n >= parts.length) return;
    const load = (l: Lang) => Promise.all(parts.map((p) => loadTable((easy && p[1]) || p[0], l)));
    try {
      const tables = await load(lang).catch((e) => {
        if (strict || lang === FALLBACK_LANG) throw e;
        warn(this, `could not load its ${lang} texts (${(e as Error).message}). Upload the chunks/ folder next to the script. Trying English.`);
        return load(FALLBACK_LANG);
      });
      // (Unless a load of more parts, started later, finished first.)
      const now = this.builtIn;
      if (now?.lang === lang && now.easy === easy && now.n > parts.length) return;
      this.builtIn = { lang, easy, n: parts.length, strings: Object.assign({}, ...tables) };
      this.resolvedStrings = undefined;
    } catch (e) {
      if (strict) throw e;
      addEventListener('online', () => this.requestUpdate(), { once: true });
    }
  }

  /**
   * Loads the later parts of the texts (a form's actions call this as they load), at once, so what
   * runs next can use them; every language loads them from then on. Rejects if they cannot load.
   */
  protected loadLaterTexts(): Promise<void> {
    this.wantLater = true;
    return this.loadTexts(true);
  }

  /** Renders only once texts are loaded; the update cycle still completes, so later updates run. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    return !!this.builtIn && super.shouldUpdate(changed);
  }

  private readScriptTexts() {
    this.scriptSource = this.querySelector(':scope > script[type="application/json"][data-texts]')?.textContent ?? undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Overrides are checked against the loaded keys, so they are read here, after loading (overrides.ts).
    if (overrides?.readOverrides(this, changed, this.builtIn!.strings)) this.resolvedStrings = undefined;
    super.willUpdate(changed);
  }

  /** The strings in use: built-in, then overrides. */
  protected get strings(): Strings<S & Shared> {
    // Worked out once per language and set of overrides (t() reads this for every text).
    return (this.resolvedStrings ??= overrides ? overrides.resolveStrings(this.builtIn!.strings, this.language, this.layers) : this.builtIn!.strings);
  }

  /** @internal A string with `{placeholders}` filled; plural forms are chosen by `params.count`. */
  t(key: keyof (S & Shared) & string, params?: Record<string, unknown>): string {
    // (Empty, not an error, for a key of a later part asked for before it loaded: a bug, but the element still renders.)
    const message = (this.strings as Record<string, Message>)[key] ?? '';
    const text = typeof message === 'string' ? message : choosePlural(message, Number(params?.count ?? 0), this.language);
    return interpolate(text, params && 'count' in params ? { ...params, count: formatNumber(Number(params.count), this.language) } : params);
  }

  /** A date as words in the reader's language, in the Helsinki calendar. */
  protected formatDate(date: Date, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(date, this.language, options);
  }
}
