/**
 * The data of <osa-you-said-we-did>: checking items, the per-language view with its search index and
 * sort orders, filtering, and the filter state in the URL hash (Open311 is in open311.ts). No DOM
 * here except resolving links against the page; nothing is ever turned into HTML.
 */
import { isRecord, LANGS, type Lang, type LocalText } from '../core/i18n.js';
import { safeUrl } from '../core/url.js';

export const STATUSES = ['received', 'considering', 'planned', 'in-progress', 'done', 'not-possible'] as const;
export type Status = (typeof STATUSES)[number];

/** One item as written in the data; docs/you-said-we-did.schema.json describes it. */
export interface ResultItem {
  id: string | number;
  said: LocalText;
  did?: LocalText;
  status: Status;
  /** Required when status is `not-possible`. */
  reason?: LocalText;
  /** How many people raised it. */
  count?: number;
  service?: LocalText;
  topics?: LocalText[];
  /** ISO 8601 dates or date-times. */
  dates?: { received?: string; updated?: string; done?: string };
  /** An address with more about the item: http(s), mailto, tel or a relative path. */
  link?: string;
}

/** An item that passed the checks. Times are milliseconds; `time` orders "newest" (undated: -1). */
export interface Item {
  id: string;
  said: LocalText;
  did?: LocalText;
  reason?: LocalText;
  service?: LocalText;
  topics: LocalText[];
  status: Status;
  count: number;
  received?: number;
  updated?: number;
  done?: number;
  time: number;
  link?: string;
}

const given = (v: unknown) => v !== undefined && v !== null;

/** Plain text, or an object of per-language texts with at least one that is not blank. */
function isText(v: unknown): v is LocalText {
  if (typeof v === 'string') return !!v.trim();
  if (!isRecord(v)) return false;
  let some = false;
  for (const key in v) {
    const text = v[key];
    if (typeof text !== 'string' || !(LANGS as readonly string[]).includes(key)) return false;
    some ||= !!text.trim();
  }
  return some;
}

const TEXT = 'must be text, or text per language like {"fi": "…", "sv": "…"}';
const DATE_KEYS = ['received', 'updated', 'done'] as const;
type DateKey = (typeof DATE_KEYS)[number];
const OPTIONAL_TEXTS = ['did', 'reason', 'service'] as const;

/** An optional text left empty (as a spreadsheet export does) counts as not given. */
const optional = (v: unknown): unknown => (!given(v) || (typeof v === 'string' && !v.trim()) ? undefined : v);

/**
 * One raw item checked: the item, or what is wrong with it. Every item gets the same fields in the
 * same order (the engine then treats them alike in every later loop), and `dates` parses each date
 * text once per data load (exports repeat the same days).
 */
function checkItem(raw: unknown, id: string, ids: ReadonlySet<string>, dates: Map<string, number>): Item | string {
  if (!isRecord(raw)) return 'it is not an object';
  if (!id) return 'it has no "id"';
  if (ids.has(id)) return 'an earlier item has the same "id"';
  if (!isText(raw.said)) return `"said" ${TEXT}`;
  const status = raw.status as Status;
  if (!(STATUSES as readonly unknown[]).includes(status)) return `"status" must be one of ${STATUSES.join(', ')}`;
  const texts = OPTIONAL_TEXTS.map((key) => optional(raw[key]));
  const bad = OPTIONAL_TEXTS.find((_, i) => texts[i] !== undefined && !isText(texts[i]));
  if (bad) return `"${bad}" ${TEXT}`;
  const [did, reason, service] = texts;
  if (status === 'not-possible' && reason === undefined) return 'its status is "not-possible" but it has no "reason": say honestly why';
  const count = raw.count ?? 0;
  if (!(Number.isInteger(count) && (count as number) >= 0)) return '"count" must be a whole number, 0 or more';
  const topics = raw.topics ?? [];
  if (!(Array.isArray(topics) && topics.every(isText))) return '"topics" must be a list of texts';
  const rawDates = raw.dates ?? {};
  if (!isRecord(rawDates)) return '"dates" must be an object like {"received": "2026-03-01"}';
  const times: Record<DateKey, number | undefined> = { received: undefined, updated: undefined, done: undefined };
  for (const key in rawDates) {
    const value = rawDates[key];
    if (!given(value)) continue;
    let time = typeof value === 'string' ? dates.get(value) : NaN;
    if (time === undefined) dates.set(value as string, (time = Date.parse(value as string)));
    if (Number.isNaN(time)) return `"dates.${key}" is not a date like 2026-03-01`;
    if ((DATE_KEYS as readonly string[]).includes(key)) times[key as DateKey] = time;
  }
  const { received, updated, done } = times;
  return {
    id,
    said: raw.said,
    did: did as LocalText | undefined,
    reason: reason as LocalText | undefined,
    service: service as LocalText | undefined,
    topics: topics as LocalText[],
    status,
    count: count as number,
    received,
    updated,
    done,
    time: Math.max(updated ?? -1, done ?? -1, received ?? -1),
    link: undefined,
  };
}

/**
 * Checks the data: a list of items, or `{"items": [...]}`. Returns the good items, or undefined when
 * the data as a whole has the wrong shape. Each problem is reported in words that name the item;
 * an item with a problem is skipped, except that an unsafe `link` (javascript:, data: …) is only dropped.
 */
export function checkItems(data: unknown, report: (problem: string) => void): Item[] | undefined {
  const list: unknown[] | undefined = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.items) ? data.items : undefined;
  if (!list) {
    report('the data must be a list of items ([…]) or {"items": […]}');
    return undefined;
  }
  const items: Item[] = [];
  const ids = new Set<string>();
  const dates = new Map<string, number>();
  for (let index = 0; index < list.length; index++) {
    const raw = list[index];
    const id = isRecord(raw) && (typeof raw.id === 'string' || typeof raw.id === 'number') ? String(raw.id).trim() : '';
    const name = () => `item ${index + 1}${id ? ` (id "${id}")` : ''}`;
    const item = checkItem(raw, id, ids, dates);
    if (typeof item === 'string') {
      report(`${name()} is skipped: ${item}.`);
      continue;
    }
    const link = (raw as ResultItem).link;
    if (link) {
      item.link = safeUrl(link);
      if (!item.link) report(`${name()}: "link" is not a safe address (http, https, mailto or tel), so it is not shown.`);
    }
    ids.add(id);
    items.push(item);
  }
  return items;
}

/** A text in one language; `lang` is set only when it differs from the reader's language. */
export interface Txt {
  text: string;
  lang?: Lang;
}

/** The first text that is not blank: the reader's language, then Finnish, Swedish and English. */
function firstText(v: Exclude<LocalText, string>, lang: Lang): [string, Lang] | undefined {
  for (const l of [lang, ...LANGS]) {
    const text = v[l];
    if (text?.trim()) return [text, l];
  }
  return undefined;
}

/** The reader's language, then Finnish, Swedish and English. */
export function pick(v: LocalText | undefined, lang: Lang): Txt | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return { text: v };
  const found = firstText(v, lang);
  return found && (found[1] === lang ? { text: found[0] } : { text: found[0], lang: found[1] });
}

/** Search text: lower case, accents and umlauts folded (so "paivakoti" finds "päiväkoti"). */
export function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** One item ready for the reader's language, its filter keys and labels picked once per data load. */
export interface Entry {
  item: Item;
  /** Position in the data, for ids. */
  n: number;
  service?: Txt;
  serviceKey: string;
  topics: string;
  topicKeys: string[];
  /** The item's own texts (said, did, reason), picked when first needed: see `textsOf`. */
  own?: [said: Txt, did?: Txt, reason?: Txt];
  /** Texts shown in the entry, made on first render for the strings in use. */
  shown?: { strings: object; status: string; raisedBy: string; dates: [iso: string, text: string][] };
}

/**
 * An entry's said, did and reason in the reader's language: picked when first asked for (the
 * entries shown, the search index), not for every item before the first render.
 */
export const textsOf = (e: Entry, lang: Lang) => (e.own ??= [pick(e.item.said, lang)!, pick(e.item.did, lang), pick(e.item.reason, lang)]);

export type Option = [key: string, label: string];

export interface View {
  lang: Lang;
  entries: Entry[];
  /** Entry positions, newest first. */
  newest: number[];
  /** Entry positions, most raised first (made when first asked for). */
  raised?: number[];
  /** Folded search text per entry, filled in the background after the first render (see `indexEntries`). */
  search: string[];
  services: Option[];
  topics: Option[];
  counts: Record<Status, number>;
  /** The oldest and newest time in the data (empty when nothing is dated). */
  span: number[];
}

/** The key of a service or topic: the same in every language, so a filtered link works for all readers. */
const keyOf = (v: LocalText) => (typeof v === 'string' ? v : firstText(v, 'fi')![0]).trim();
const NO_TOPICS: string[] = [];

/**
 * Builds the view of the items in one language: picked texts, the options of the filters, counts and
 * the newest-first order. The search index is left to `indexEntries`, so the first render stays fast.
 */
export function buildView(items: Item[], lang: Lang): View {
  const services = new Map<string, string>();
  const topics = new Map<string, string>();
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let first = Infinity;
  let last = -1;
  const entries = items.map((item, n): Entry => {
    counts[item.status]++;
    if (item.time >= 0) {
      if (item.time < first) first = item.time;
      if (item.time > last) last = item.time;
    }
    const service = pick(item.service, lang);
    const serviceKey = item.service ? keyOf(item.service) : '';
    if (service) services.set(serviceKey, service.text);
    let topicKeys = NO_TOPICS;
    let topicText = '';
    if (item.topics.length) {
      topicKeys = item.topics.map(keyOf);
      topicText = item.topics.map((t, i) => {
        const label = pick(t, lang)!.text;
        topics.set(topicKeys[i], label);
        return label;
      }).join(', ');
    }
    return { item, n, service, serviceKey, topics: topicText, topicKeys };
  });
  const collator = new Intl.Collator(lang);
  const sorted = (m: Map<string, string>) => [...m].sort((a, b) => collator.compare(a[1], b[1]));
  return { lang, entries, newest: newestFirst(entries), search: [], services: sorted(services), topics: sorted(topics), counts, span: last < 0 ? [] : [first, last] };
}

/**
 * Entry positions, newest first; among equal times, in the order of the data. The times are sorted
 * by the engine's own numeric sort (no comparison callback: several times faster on 10,000 items),
 * then each entry takes the next free place of its time.
 */
function newestFirst(entries: Entry[]): number[] {
  const n = entries.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = -entries[i].item.time;
  const sorted = keys.slice().sort();
  const next = new Map<number, number>();
  for (let i = n - 1; i >= 0; i--) next.set(sorted[i], i);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const at = next.get(keys[i])!;
    out[at] = i;
    next.set(keys[i], at + 1);
  }
  return out;
}

/** Folds the search text of the entries not yet indexed, up to position `to`. Returns whether all are done. */
export function indexEntries(view: View, to = view.entries.length): boolean {
  const { entries, search } = view;
  for (let i = search.length; i < Math.min(to, entries.length); i++) {
    const e = entries[i];
    const [said, did, reason] = textsOf(e, view.lang);
    search.push(fold(`${said.text}\n${did?.text ?? ''}\n${reason?.text ?? ''}\n${e.service?.text ?? ''}\n${e.topics}\n${e.item.id}`));
  }
  return search.length === entries.length;
}

/** Most raised first; among equals, newest first. */
function raisedOrder(view: View): number[] {
  const rank = new Int32Array(view.entries.length);
  view.newest.forEach((e, i) => (rank[e] = i));
  return view.newest.slice().sort((a, b) => view.entries[b].item.count - view.entries[a].item.count || rank[a] - rank[b]);
}

export const SORTS = ['newest', 'raised'] as const;
export type Sort = (typeof SORTS)[number];

/** What the reader has chosen. Empty means "all". */
export interface Filters {
  status: string;
  service: string;
  topic: string;
  q: string;
  sort: string;
}
export const NO_FILTERS: Filters = { status: '', service: '', topic: '', q: '', sort: 'newest' };
const KEYS = Object.keys(NO_FILTERS) as (keyof Filters)[];

/** Entry positions that match, in the chosen order. Cheap enough to run on every keystroke. */
export function applyFilters(view: View, f: Filters): number[] {
  const words = fold(f.q).split(/\s+/).filter(Boolean);
  if (words.length) indexEntries(view);
  const out: number[] = [];
  for (const i of f.sort === 'raised' ? (view.raised ??= raisedOrder(view)) : view.newest) {
    const e = view.entries[i];
    if (f.status && e.item.status !== f.status) continue;
    if (f.service && e.serviceKey !== f.service) continue;
    if (f.topic && !e.topicKeys.includes(f.topic)) continue;
    if (words.length && !words.every((w) => view.search[i].includes(w))) continue;
    out.push(i);
  }
  return out;
}

/** Keeps only values the view knows: a stale link must not hide everything behind an invisible choice. */
export function cleanFilters(f: Filters, view: View): Filters {
  const known = (v: string, options: Option[]) => (options.some(([k]) => k === v) ? v : '');
  return {
    status: (STATUSES as readonly string[]).includes(f.status) ? f.status : '',
    service: known(f.service, view.services),
    topic: known(f.topic, view.topics),
    q: f.q,
    sort: (SORTS as readonly string[]).includes(f.sort) ? f.sort : 'newest',
  };
}

/** Reads `#ysd-status=done&ysd-q=parking` (with any prefix), ignoring the page's own hash parts. */
export function readHash(hash: string, prefix: string): Filters {
  const f = { ...NO_FILTERS };
  for (const part of hash.replace(/^#/, '').split('&')) {
    const [key, value = ''] = part.split('=', 2);
    const name = key.slice(prefix.length + 1) as keyof Filters;
    if (key.startsWith(`${prefix}-`) && KEYS.includes(name)) {
      try {
        f[name] = decodeURIComponent(value.replace(/\+/g, ' '));
      } catch {
        /* a broken escape: keep the default */
      }
    }
  }
  return f;
}

/** The hash with our parts replaced by `f` (defaults left out) and the page's own parts kept. */
export function writeHash(hash: string, prefix: string, f: Filters): string {
  const parts = hash.replace(/^#/, '').split('&').filter((p) => p && !p.startsWith(`${prefix}-`));
  for (const key of KEYS) if (f[key] !== NO_FILTERS[key]) parts.push(`${prefix}-${key}=${encodeURIComponent(f[key])}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
