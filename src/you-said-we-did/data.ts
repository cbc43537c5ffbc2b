/**
 * The data of <osa-you-said-we-did> for its first render: checking items, the per-language view,
 * and filtering by status, service and topic (the search, the "most raised" order and the filters
 * in the URL hash are in later.ts, Open311 in open311.ts). No DOM
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

/**
 * A problem in the data: `[code, item number from 1 (0: the data as a whole), id, field]`. The
 * words for each code are in problems.ts, loaded only when data has problems.
 * Codes: 0 not an object, 1 no id, 2 an id used before, 3 a text that is not text (field),
 * 4 unknown status, 5 not possible without a reason, 6 count, 7 topics, 8 dates not an object,
 * 9 not a date (field), 10 an unsafe link (the item is kept), 11 the data is not a list,
 * 12 no data given at all, 13 Open311 without an endpoint.
 */
export type Problem = [code: number, item: number, id: string, field?: string];

/** An optional text left empty (as a spreadsheet export does) counts as not given. */
const optional = (v: unknown): unknown => (!given(v) || (typeof v === 'string' && !v.trim()) ? undefined : v);

/**
 * One raw item checked: the item, or what is wrong with it (`[code, field]`, see Problem). Every
 * item gets the same fields in the same order (the engine then treats them alike in every later
 * loop), and `dates` parses each date text once per data load (exports repeat the same days).
 */
function checkItem(raw: unknown, id: string, ids: ReadonlySet<string>, dates: Map<string, number>): Item | [number, string?] {
  if (!isRecord(raw)) return [0];
  if (!id) return [1];
  if (ids.has(id)) return [2];
  if (!isText(raw.said)) return [3, 'said'];
  const status = raw.status as Status;
  if (!(STATUSES as readonly unknown[]).includes(status)) return [4];
  const did = optional(raw.did);
  const reason = optional(raw.reason);
  const service = optional(raw.service);
  const bad = did !== undefined && !isText(did) ? 'did' : reason !== undefined && !isText(reason) ? 'reason' : service !== undefined && !isText(service) ? 'service' : '';
  if (bad) return [3, bad];
  if (status === 'not-possible' && reason === undefined) return [5];
  const count = raw.count ?? 0;
  if (!(Number.isInteger(count) && (count as number) >= 0)) return [6];
  const topics = raw.topics ?? [];
  if (!(Array.isArray(topics) && topics.every(isText))) return [7];
  const rawDates = raw.dates ?? {};
  if (!isRecord(rawDates)) return [8];
  let received: number | undefined;
  let updated: number | undefined;
  let done: number | undefined;
  for (const key in rawDates) {
    const value = rawDates[key];
    if (!given(value)) continue;
    let time = typeof value === 'string' ? dates.get(value) : NaN;
    if (time === undefined) dates.set(value as string, (time = Date.parse(value as string)));
    if (Number.isNaN(time)) return [9, key];
    if (key === 'received') received = time;
    else if (key === 'updated') updated = time;
    else if (key === 'done') done = time;
  }
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
 * the data as a whole has the wrong shape. Each problem is reported (see Problem; `describe` in
 * problems.ts puts it in words that name the item); an item with a problem is skipped, except that
 * an unsafe `link` (javascript:, data: …) is only dropped.
 */
export function checkItems(data: unknown, report: (problem: Problem) => void): Item[] | undefined {
  const list: unknown[] | undefined = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.items) ? data.items : undefined;
  if (!list) {
    report([11, 0, '']);
    return undefined;
  }
  const items: Item[] = [];
  const ids = new Set<string>();
  const dates = new Map<string, number>();
  for (let index = 0; index < list.length; index++) {
    const raw = list[index];
    const id = isRecord(raw) && (typeof raw.id === 'string' || typeof raw.id === 'number') ? String(raw.id).trim() : '';
    const item = checkItem(raw, id, ids, dates);
    if (Array.isArray(item)) {
      report([item[0], index + 1, id, item[1]]);
      continue;
    }
    const link = (raw as ResultItem).link;
    if (link) {
      item.link = safeUrl(link);
      if (!item.link) report([10, index + 1, id]);
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

/**
 * The language of the first text that is not blank: the reader's language, then Finnish, Swedish and
 * English (allocates nothing: it runs for every item's service and topics when a view is built).
 */
function firstLang(v: Exclude<LocalText, string>, lang: Lang): Lang | undefined {
  if (v[lang]?.trim()) return lang;
  for (const l of LANGS) if (v[l]?.trim()) return l;
  return undefined;
}

/** The reader's language, then Finnish, Swedish and English. */
export function pick(v: LocalText | undefined, lang: Lang): Txt | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return { text: v };
  const l = firstLang(v, lang);
  return l && (l === lang ? { text: v[l]! } : { text: v[l]!, lang: l });
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
  /** Folded search text per entry, filled in the background after the first render (see `indexEntries` in later.ts). */
  search: string[];
  services: Option[];
  topics: Option[];
  counts: Record<Status, number>;
  /** The oldest and newest time in the data (empty when nothing is dated). */
  span: number[];
}

/** The key of a service or topic: the same in every language, so a filtered link works for all readers. */
const keyOf = (v: LocalText) => (typeof v === 'string' ? v : v[firstLang(v, 'fi')!]!).trim();
const NO_TOPICS: string[] = [];

/**
 * Builds the view of the items in one language: picked texts, the options of the filters, counts and
 * the newest-first order. The search index is left to `indexEntries` (later.ts), so the first render stays fast.
 */
export function buildView(items: Item[], lang: Lang): View {
  // Services and topics repeat across items: each key's label is picked once per language (the
  // first wins, in the entries as in the filters).
  const services = new Map<string, Txt>();
  const topics = new Map<string, Txt>();
  const label = (m: Map<string, Txt>, v: LocalText) => {
    const key = keyOf(v);
    if (!m.has(key)) m.set(key, pick(v, lang)!);
    return key;
  };
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let first = Infinity;
  let last = -1;
  const entries = items.map((item, n): Entry => {
    counts[item.status]++;
    if (item.time >= 0) {
      if (item.time < first) first = item.time;
      if (item.time > last) last = item.time;
    }
    const serviceKey = item.service ? label(services, item.service) : '';
    const topicKeys = item.topics.length ? item.topics.map((t) => label(topics, t)) : NO_TOPICS;
    return { item, n, service: services.get(serviceKey), serviceKey, topics: topicKeys.map((k) => topics.get(k)!.text).join(', '), topicKeys };
  });
  const collator = new Intl.Collator(lang);
  const sorted = (m: Map<string, Txt>) => [...m].map(([k, t]): Option => [k, t.text]).sort((a, b) => collator.compare(a[1], b[1]));
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


/** What the reader has chosen. Empty means "all". */
export interface Filters {
  status: string;
  service: string;
  topic: string;
  q: string;
  sort: string;
}
export const NO_FILTERS: Filters = { status: '', service: '', topic: '', q: '', sort: 'newest' };

/**
 * Entry positions that match the status, service and topic, in `order` (newest first unless
 * given), and `match` when given: the search words (see `search` in later.ts).
 */
export function applyFilters(view: View, f: Filters, order = view.newest, match?: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (const i of order) {
    const e = view.entries[i];
    if (f.status && e.item.status !== f.status) continue;
    if (f.service && e.serviceKey !== f.service) continue;
    if (f.topic && !e.topicKeys.includes(f.topic)) continue;
    if (match && !match(i)) continue;
    out.push(i);
  }
  return out;
}

/** Whether the filters need later.ts: a search or the "most raised" order. */
export const needsLater = (f: Filters) => !!f.q.trim() || f.sort === 'raised';
