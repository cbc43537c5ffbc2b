/**
 * The Open311 adapter of <osa-you-said-we-did>, loaded only with `adapter="open311"` (in parallel
 * with the request), so boards fed with JSON do not carry it.
 */
import { warn } from '../core/element.js';
import { LANGS, type Lang, type LocalText } from '../core/i18n.js';
import { getOpen311Json, open311List, open311Record, open311Url, open311Working, plainText } from '../core/open311.js';
import type { Status } from './data.js';
import type { OsaYouSaidWeDid } from './osa-you-said-we-did.js';

/** Helsinki's detailed_status values (a comma-separated list) mapped to the board's statuses. */
const DETAILED: Record<string, Status> = {
  RECEIVED: 'received',
  PUBLIC_WORKS_NEW: 'received',
  IN_PROCESS: 'in-progress',
  PUBLIC_WORKS_IN_PROGRESS: 'in-progress',
  PUBLIC_WORKS_COMPLETED_SCHEDULED_LATER: 'planned',
  PROCESSED: 'done',
  ARCHIVED: 'done',
  PUBLIC_WORKS_COMPLETED: 'done',
  REJECTED: 'not-possible',
  PUBLIC_WORKS_COMPLETED_REQUIRES_NO_ACTION: 'not-possible',
  PUBLIC_WORKS_INTERRUPTED: 'not-possible',
};

export interface Open311Options {
  /** Service names by service_code, for requests whose service_name is empty (Helsinki production). */
  names?: ReadonlyMap<string, string>;
  /** The language of what people wrote (description, status_notes) when the server does not translate it: it is marked with it. */
  sourceLang?: Lang;
  /** The "you said" text for a request with an id but no description and no service name. */
  untitled?: string;
  /** The reason shown for a request that ended not possible without status notes (in the reader's language). */
  noReason?: string;
}

const date = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/**
 * A place-holder id for a request that has neither id nor token (Chicago lists requests still being
 * processed so): made from what the request is, so the same request keeps it in every answer (a
 * server that does not page sends it again) and requests in the same place of two answers do not
 * share one. The hash is core/hash.ts's stableHash, written again: imported, it would be a chunk of
 * its own that this adapter waits for before its first request (a round trip more for every board).
 */
function placeholderId(...parts: unknown[]): string {
  const text = parts.map((p) => String(p ?? '')).join('\n');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `request-${(h >>> 0).toString(36)}`;
}

/** The place-holder id, numbered on when the same answer has two such requests alike in every way. */
function placeholder(made: Map<string, number>, id: string): string {
  const n = (made.get(id) ?? 0) + 1;
  made.set(id, n);
  return n > 1 ? `${id}-${n}` : id;
}
const idOf = (v: unknown) => ((typeof v === 'string' && v.trim()) || typeof v === 'number' ? String(v).trim() : '');

/** The service_codes of requests that came without a service_name, to look their names up in services.json. */
export function missingNames(list: unknown[]): string[] {
  const codes = new Set<string>();
  for (const item of list) {
    const r = open311Record(item);
    if (r && !plainText(r.service_name) && idOf(r.service_code)) codes.add(idOf(r.service_code));
  }
  return [...codes];
}

/**
 * Turns an Open311 GeoReport v2 `requests.json` answer (a plain list, `{"service_requests": […]}` or
 * FixMyStreet's `{"requests": [{"request": […]}]}`) into items, checked afterwards like any data:
 * description → said (the service name when the description is null or empty, as in the spec's own
 * examples), status_notes → did (or reason when not possible), service_name → service (looked up by
 * service_code when empty), requested/updated datetimes → dates. Server text becomes plain text (tags
 * removed, references decoded once). The status comes from `extended_attributes.detailed_status` when
 * the server gives it (the last value that says more than "received"), else from open/closed. A
 * request that ended not possible without notes gets `noReason` as its reason. A request is left out
 * only when it has neither an id nor any text. Anything else is returned as it is.
 */
export function fromOpen311(requests: unknown, o: Open311Options = {}): unknown {
  const list = open311List(requests, 'requests');
  if (!list) return requests;
  const text = (v: unknown): LocalText | undefined => {
    const t = plainText(v);
    return !t ? undefined : o.sourceLang ? { [o.sourceLang]: t } : t;
  };
  const out: unknown[] = [];
  const made = new Map<string, number>();
  list.forEach((item) => {
    const r = open311Record(item);
    if (!r) return void out.push(item);
    const ext = open311Record(r.extended_attributes) ?? {};
    const detailed = String(ext.detailed_status ?? '').split(',').map((s) => s.trim()).filter((s) => Object.hasOwn(DETAILED, s)).map((s) => DETAILED[s]);
    const notes = text(r.status_notes);
    // Without detailed_status: open or closed (the spec), or a status that says someone works on it (Libre311).
    const status = detailed.filter((s) => s !== 'received').pop() ?? detailed[0] ?? (r.status === 'closed' ? 'done' : notes || open311Working(r.status) ? 'in-progress' : 'received');
    const no = status === 'not-possible';
    const code = idOf(r.service_code);
    // Service names come in the reader's language (asked for with locale), so they are not marked.
    const service = plainText(r.service_name) || plainText(code ? o.names?.get(code) : undefined) || undefined;
    const id = idOf(r.service_request_id) || idOf(r.token);
    const said = text(r.description) ?? service;
    if (!id && !said) return;
    out.push({
      // Chicago lists requests still being processed with neither id nor token: they get a place-holder id.
      id: id || placeholder(made, placeholderId(r.requested_datetime, code, r.description, r.address_string ?? r.address)),
      said: said ?? o.untitled,
      did: no ? undefined : notes,
      // Not possible without notes (Helsinki often has none): shown, saying plainly that no reason was given.
      reason: no ? notes ?? o.noReason : undefined,
      status,
      service,
      dates: { received: date(r.requested_datetime), updated: date(r.updated_datetime), done: status === 'done' ? date(r.updated_datetime) : undefined },
    });
  });
  return out;
}

/** Open311: requests asked for per page (`page_size`; Chicago allows up to 500). */
export const OPEN311_PAGE_SIZE = 100;
/** Open311: the most answers "Show more" asks for (pages or date windows), so at most about 1,000 requests are loaded. */
export const OPEN311_MAX_PAGES = 10;
/** The longest date window asked for: the spec's ranges "may not span more than 90 days". */
const WINDOW_MS = 90 * 86_400_000;
/** Empty date windows passed over in one "Show more" before it ends: about a year. */
const EMPTY_WINDOWS = 4;

/** The board's Open311 settings. */
export interface Open311Settings {
  jurisdictionId?: string;
  /** `YYYY-MM-DD`: sent as `start_date`. */
  since?: string;
  /** The reader's language, sent as `locale`. */
  lang: Lang;
  sourceLang?: Lang;
  untitled: string;
  noReason: string;
}

/**
 * One answer read: all items so far (before checking), how many answers were asked for, and whether
 * there may be more. `until` is set once the server has shown that it does not page (see loadPage),
 * or when its first answer was short and only recent (see readPage): the next answer is asked for by
 * date, before that `requested_datetime`.
 */
export interface Page {
  raw: unknown[];
  page: number;
  more: boolean;
  until?: string;
  /** 0 for a server that counts its pages from 0 (see requestsUrl); otherwise not set (from 1). */
  base?: number;
}

/**
 * `since` as a start_date: midnight in Helsinki with its offset (`2026-07-01T00:00:00+03:00`; in UTC
 * a server such as 6Aika would leave out the day's first two or three hours), or undefined (a value
 * that is not a day is warned about).
 */
function sinceDate(s: Open311Settings, warn: (message: string) => void): string | undefined {
  const day = s.since?.trim();
  // A day that exists: read at noon UTC, it is the same day (Chrome reads 2026-02-30 as 2 March).
  // The same check as panel-signup's isDate, not shared: a module both import would be a chunk of its
  // own, which the panel's first render would wait for (a third round trip).
  const noon = new Date(`${day}T12:00:00Z`);
  if (day && /^\d{4}-\d{2}-\d{2}$/.test(day) && noon.getTime() && noon.toISOString().startsWith(day)) {
    // The Helsinki hour at 00:00 UTC that day is the offset at its midnight (2, or 3 in summer).
    const hour = Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Helsinki', hour: 'numeric', hourCycle: 'h23' }).format(new Date(`${day}T00:00:00Z`)));
    return `${day}T00:00:00+0${hour}:00`;
  }
  if (s.since) warn(`since "${s.since}" is not a day like 2026-01-31; all requests are asked for.`);
  return undefined;
}

/** A time as a date window's end in UTC, to the second (`2026-09-04T10:00:00Z`). */
const utcSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

/** The start of the date window before `until`: 90 days before it, or `since` when that is later (then it is the last window). */
function windowStart(until: string, since: string | undefined): [start: string, last: boolean] {
  const from = utcSeconds(Date.parse(until) - WINDOW_MS);
  return since && Date.parse(since) >= Date.parse(from) ? [since, true] : [from, false];
}

/**
 * The requests.json address of page `page` (counted from 1), or of a date window `[start_date,
 * end_date]` (see loadPage); throws when the endpoint is not a URL. The first page is asked for
 * without `page`, so each server answers its own first page: servers count pages from 1 (the
 * Django REST framework of the 6Aika server, Chicago), but Libre311 counts from 0 (Micronaut's
 * Pageable), where `page=1` is the second page and the newest requests would never be shown. Such a
 * server says so in its answer (see readPage): then `base` is 0 and page 2 is asked for as `page=1`.
 */
export function requestsUrl(endpoint: string, page: number, s: Open311Settings, warn: (message: string) => void, window?: [start: string, end: string], base = 1): string {
  return open311Url(endpoint, 'requests.json', {
    jurisdiction_id: s.jurisdictionId, locale: s.lang, extensions: 'true',
    ...(window
      ? { start_date: window[0], end_date: window[1] }
      : { start_date: sinceDate(s, warn), page: page > 1 ? String(page - 1 + base) : undefined, page_size: String(OPEN311_PAGE_SIZE) }),
  });
}

/** Service names by service_code from services.json in the reader's language (empty when it cannot be read). */
async function serviceNames(endpoint: string, s: Open311Settings, warn: (message: string) => void): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const url = open311Url(endpoint, 'services.json', { jurisdiction_id: s.jurisdictionId, locale: s.lang });
  try {
    for (const item of open311List(await getOpen311Json(url), 'services') ?? []) {
      const r = open311Record(item);
      const name = plainText(r?.service_name);
      if (idOf(r?.service_code) && name) names.set(idOf(r!.service_code), name);
    }
  } catch (e) {
    warn(`could not load service names from ${url} (${(e as Error).message}).`);
  }
  return names;
}

/** A read item's `requested_datetime`, as the server wrote it. */
const receivedOf = (r: unknown) => (r as { dates?: { received?: string } } | undefined)?.dates?.received;

/** The earliest `requested_datetime` among read items, as the server wrote it (undefined when none is dated). */
function earliest(raw: unknown[]): string | undefined {
  let out: string | undefined;
  for (const r of raw) {
    const at = receivedOf(r);
    if (at && !Number.isNaN(Date.parse(at)) && (!out || Date.parse(at) < Date.parse(out))) out = at;
  }
  return out;
}

/**
 * One answer of requests.json as items added to `before` (items already known by id are left out):
 * empty service names are looked up in services.json. A full page may have more after it, and so may
 * a short first page of recent requests only (then `until` is set: go on by date). An empty first
 * answer goes on at once by date windows (see loadPage) through the year and more before.
 * `headers`: the first answer's, where a server that counts pages from 0 says so (`base`, see
 * requestsUrl). `window`: the answer is of a date window. `fresh` and `listed` count the new requests
 * and all those in the answer. An answer that is no list is returned as it is (the checks report it).
 */
export async function readPage(body: unknown, endpoint: string, page: number, before: unknown[], s: Open311Settings, warn: (message: string) => void, headers?: Headers, window = false): Promise<Page & { raw: unknown; fresh: number; listed: number }> {
  const list = open311List(body, 'requests');
  if (!list) return { raw: body as unknown[], page, more: false, fresh: 0, listed: 0 };
  // Libre311 (Micronaut's Pageable) names the page it answered in a header: 0 for its first page.
  const base = headers?.get('page-PageNumber')?.trim() === '0' ? 0 : undefined;
  const missing = missingNames(list);
  const names = missing.length ? await serviceNames(endpoint, s, warn) : undefined;
  const items = fromOpen311(list, { names, sourceLang: s.sourceLang, untitled: s.untitled, noReason: s.noReason }) as { id?: unknown }[];
  // Nothing in the first answer may mean only nothing in the spec's default "most recent 90 days"
  // (a summer service in winter): before the board says it has nothing, it asks by date windows
  // from yesterday back, five of them (over a year), never before `since`. The first window
  // overlaps the default range, for a server whose default is shorter or whose clock differs.
  const opening = page === 1 && !window;
  const since = opening ? sinceDate(s, () => {}) : undefined;
  if (opening && !items.length && !before.length && !(since && Date.parse(since) >= Date.now() - WINDOW_MS)) {
    try {
      const found = await loadPage(endpoint, 1, [], s, warn, utcSeconds(Date.now() - 86_400_000));
      return { ...found, fresh: found.raw.length, listed: 0 };
    } catch (e) {
      const status = (e as { status?: number }).status ?? 0;
      // Only a server that refuses to search by date (400, 422 …) leaves the first answer standing;
      // an outage or a time-out is a load error the reader can try again.
      if (status < 400 || status >= 500) throw e;
      warn(`${endpoint} gave nothing for the recent days and refused to be asked for earlier requests by date (${(e as Error).message}).`);
    }
  }
  const known = new Set(before.map((r) => (r as { id?: unknown }).id));
  const fresh = items.filter((r) => !known.has(r.id));
  const raw = [...before, ...fresh];
  const full = list.length >= OPEN311_PAGE_SIZE;
  const at = (r: unknown) => Date.parse(receivedOf(r) ?? '');
  if (page === 1 && full && at(items[0]) < at(items[items.length - 1])) {
    warn(`${endpoint} answers oldest first, ${list.length} at a time (Mark-a-Spot does), so "Show more results" cannot reach the newest requests. Set since so that one answer holds them all, or use a JSON export.`);
  }
  // A short first answer with only requests from the last 90 days: the spec's range when no dates
  // are asked for ("defaults to most recent 90 days"), or a server's own limit. Older requests may
  // be there: "Show more" asks for them by date (see loadPage), unless `since` is reached.
  const first = opening && !full && fresh.length ? earliest(raw) : undefined;
  const until = first && Date.parse(first) > Date.now() - WINDOW_MS - 86_400_000 && !(since && Date.parse(since) >= Date.parse(first)) ? first : undefined;
  return { raw, page, more: (full || !!until) && fresh.length > 0 && page < OPEN311_MAX_PAGES, until, base, fresh: fresh.length, listed: list.length };
}

/**
 * Loads and reads page `page` (for "Show more"), or with `until` the date window before it; rejects
 * when it cannot be loaded or is not a list. A 404 for a later page means there is no more: a server
 * that pages with the Django REST framework (the 6Aika Open311 server, issues/api/pagination.py)
 * answers so for a page past the end. A server that does not page (FixMyStreet, Helsinki) sends the
 * same requests again for page 2: then the same "Show more" asks for the requests before the earliest
 * one loaded, by date (end_date, with a start_date at most 90 days before it and never before
 * `since`), as FixMyStreet's documentation says ("do several searches with rolling start_date and
 * end_date") and Helsinki's own example does (City-of-Helsinki/issues-example fetch_all_to_csv.php).
 * Servers answer newest first; the window that reaches `since`, or a year of windows with nothing
 * new, ends it.
 */
export async function loadPage(endpoint: string, page: number, before: unknown[], s: Open311Settings, warn: (message: string) => void, until?: string, empty = 0, base?: number): Promise<Page> {
  // A since that is no day was warned about when the first page was asked for.
  const quiet = () => {};
  const [start, last] = until ? windowStart(until, sinceDate(s, quiet)) : [];
  let body: unknown;
  try {
    body = await getOpen311Json(requestsUrl(endpoint, page, s, quiet, until ? [start!, until] : undefined, base));
  } catch (e) {
    if ((e as { status?: number }).status !== 404 || !(page > 1 || until)) throw e;
    // A 404 for a date window: nothing was made then (Mark-a-Spot before 2024 answered an empty search so).
    if (!until) return { raw: before, page, more: false, base };
    body = [];
  }
  const read = await readPage(body, endpoint, page, before, s, warn, undefined, !!until);
  if (!Array.isArray(read.raw)) throw new Error('the answer is not a list of requests');
  if (until) {
    // Nothing new in this window (a board of one seasonal service has empty months): the window
    // before it, in the same press, up to about a year back.
    if (!read.fresh && !last && empty < EMPTY_WINDOWS) return loadPage(endpoint, page, read.raw, s, warn, start, empty + 1, base);
    return { raw: read.raw, page, more: read.fresh > 0 && page < OPEN311_MAX_PAGES && !last, until: earliest(read.raw), base };
  }
  // The same requests again (or mostly: a few published since) for a later page: the server does
  // not page, so keep what is new and ask by date before the earliest loaded.
  const end = page > 1 && read.listed && read.fresh * 2 < read.listed ? earliest(before) : undefined;
  return end ? loadPage(endpoint, page, read.raw, s, warn, end, 0, base) : { raw: read.raw, page, more: read.more, base };
}

/** What the Open311 part needs to know from the board's settings. */
export function settings(el: OsaYouSaidWeDid): Open311Settings {
  const lang = el.sourceLang?.trim().toLowerCase();
  return {
    jurisdictionId: el.jurisdictionId, since: el.since, lang: el.language, untitled: el.t('untitled'), noReason: el.t('noReason'),
    sourceLang: (LANGS as readonly string[]).includes(lang ?? '') ? (lang as Lang) : undefined,
  };
}

/**
 * "Show more" past what is loaded: the board's next page from its server, checked. Resolves to
 * whether new items came; `fail` says what went wrong.
 */
export async function nextPage(el: OsaYouSaidWeDid, fail: (e: Error) => unknown): Promise<boolean> {
  const before = el.data.length;
  const state = (el.open311 = { ...el.open311, loading: true });
  el.requestUpdate();
  try {
    const next = await loadPage(el.endpoint!, state.page + 1, state.raw, settings(el), (m) => warn(el, m), state.until, 0, state.base);
    // The board was loaded anew meanwhile (another endpoint or language): this answer is stale.
    if (el.open311 !== state) return false;
    el.open311 = next;
    el.data = el.check(next.raw)[0] ?? el.data;
    el.view = undefined;
  } catch (e) {
    if (el.open311 !== state) return false;
    fail(e as Error);
  }
  el.requestUpdate();
  return el.data.length > before;
}
