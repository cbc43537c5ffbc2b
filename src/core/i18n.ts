/**
 * Localization: language resolution, string catalogs, overrides, formatting.
 * Strings live per component, one file per language (`strings/fi.ts`, `sv.ts`, `en.ts`), typed by
 * the English file so that a missing key is a compile error.
 */

import { lazy } from './lazy.js';

export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const FALLBACK_LANG: Lang = 'en';

/** A string, or plural forms chosen with Intl.PluralRules (`other` is required). */
export type PluralForms = { zero?: string; one?: string; two?: string; few?: string; many?: string; other: string };
export type Message = string | PluralForms;
export type StringTable = Record<string, Message>;
/** The shape of a catalog: same keys as the English table; plural keys stay plural. */
export type Strings<T extends StringTable> = { [K in keyof T]: T[K] extends string ? string : PluralForms };
/**
 * A component's strings: one loader per language, so a page loads only the language it shows
 * (most are made by `packs`).
 */
export type Catalog<T extends StringTable> = Record<Lang, () => Promise<Strings<T>>>;

/**
 * A catalog of one file per language, each exporting its table under the language's code
 * (`export const fi = {…}`): `packs(() => import('./fi.js'), () => import('./sv.js'), () => import('./en.js'))`.
 * Name each file (no template paths), so that a bundler makes a chunk of each. Each file loads with
 * `lazy` (lazy.ts): one that failed (offline) loads again next time, also in Firefox.
 */
export const packs = <T extends StringTable>(
  ...load: [fi: () => Promise<{ fi: Strings<T> }>, sv: () => Promise<{ sv: Strings<T> }>, en: () => Promise<{ en: Strings<T> }>]
): Catalog<T> =>
  Object.fromEntries(LANGS.map((l, i) => [l, () => lazy(load[i] as () => Promise<Record<Lang, Strings<T>>>).then((m) => m[l])])) as Catalog<T>;
/** Overrides: flat `{key: text}` for every language, or `{fi: {...}, sv: {...}, en: {...}}`. */
export type TextOverrides = Partial<Record<Lang, Record<string, Message>>> & { '*'?: Record<string, Message> };

/** A JSON object (not null, not a list). */
export const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** A value given per language: an object with at least one of fi, sv, en (and no other key), each passing `item`. */
export const isPerLang = (v: unknown, item: (x: unknown) => boolean): boolean =>
  isRecord(v) && Object.keys(v).length > 0 && Object.entries(v).every(([k, x]) => (LANGS as readonly string[]).includes(k) && item(x));

/**
 * A value given per language (`{"fi": …, "sv": …, "en": …}`) or once for all: the reader's
 * language, else Finnish, Swedish, English, else the first given.
 */
export function pickLang<T>(value: T | Partial<Record<Lang, T>> | undefined, lang: Lang): T | undefined {
  if (!isRecord(value) || !LANGS.some((l) => l in value)) return value as T | undefined;
  const v = value as Partial<Record<Lang, T>>;
  return v[lang] ?? v.fi ?? v.sv ?? v.en;
}

/** A text given once for every language, or per language: `{"fi": "…", "sv": "…", "en": "…"}`. */
export type LocalText = string | Partial<Record<Lang, string>>;

/** Maps a BCP 47 tag to a supported language, or undefined. `sv-FI` → sv, `fi` → fi, `en-GB` → en. */
export function toSupportedLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(base) ? (base as Lang) : undefined;
}

/** Nearest value of `attr` on the element or an ancestor, crossing shadow roots. */
export function closestAttribute(el: Element, attr: string): string | null {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest(`[${attr}]`);
    if (found) return found.getAttribute(attr);
    const root: Node = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Intl locale for each language: Finnish services use the Finnish variants. */
export const INTL_LOCALE: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** Replaces `{name}` placeholders with params (as plain text; the result is never parsed as HTML). */
export function interpolate(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
/** Chooses the plural form for `count` in `lang`, falling back to `other`. */
export function choosePlural(forms: PluralForms, count: number, lang: Lang): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(INTL_LOCALE[lang])));
  if (count === 0 && forms.zero !== undefined) return forms.zero;
  const category = rules.select(count) as keyof PluralForms;
  return forms[category] ?? forms.other;
}

/** Formats a date in the reader's language, in the Finnish time zone unless told otherwise. */
export function formatDate(date: Date, lang: Lang, options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' }, timeZone = 'Europe/Helsinki'): string {
  const f = formatter(`d|${lang}|${timeZone}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(INTL_LOCALE[lang], { timeZone, ...options }));
  if (lang !== 'en' || !options.weekday) return f.format(date);
  // "Monday 30 November" (GOV.UK style) in every browser: some engines' locale data (WebKitGTK's
  // system ICU) put a comma after the weekday, Chromium's does not.
  return f.formatToParts(date).map((p, i, all) => (p.type === 'literal' && all[i - 1]?.type === 'weekday' ? ' ' : p.value)).join('');
}

/** Intl formatters are costly to make (milliseconds over a long list): one per language and options. */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

/**
 * A day in the Helsinki calendar (or `timeZone`'s) as YYYY-MM-DD, for `<time datetime>`, keys and
 * comparisons. Built from the date's parts, never from a locale's pattern: en-CA or sv-SE give
 * 2026-12-18 in Chromium but 12/18/2026 in WebKitGTK (its system locale data).
 */
export function helsinkiDay(date: Date, timeZone = 'Europe/Helsinki'): string {
  const f = formatter(`iso|${timeZone}`, () => new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }));
  const parts = f.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Formats a number in the reader's language. */
export function formatNumber(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  return formatter(`n|${lang}|${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(INTL_LOCALE[lang], options)).format(value);
}

/**
 * A due date as used after "by" / "viimeistään" / "senast": weekday, day and month in the
 * Helsinki calendar. Finnish takes the essive weekday ("perjantaina 27. marraskuuta"), Swedish
 * the definite form with "den" ("fredagen den 27 november"), English "Friday 27 November".
 */
export function formatDueDate(date: Date, lang: Lang, timeZone = 'Europe/Helsinki'): string {
  if (lang === 'en') return formatDate(date, lang, undefined, timeZone);
  const weekday = formatDate(date, lang, { weekday: 'long' }, timeZone);
  const day = formatDate(date, lang, { day: 'numeric', month: 'long' }, timeZone);
  return lang === 'fi' ? `${weekday}na ${day}` : `${weekday}en den ${day}`;
}

/** A catalog from tables already in memory (small components, stories, tests). */
export function inlineCatalog<T extends StringTable>(tables: Record<Lang, Strings<T>>): Catalog<T> {
  return { fi: async () => tables.fi, sv: async () => tables.sv, en: async () => tables.en };
}
