/**
 * The adapters of <osa-feedback-status>: where a lookup goes and how an answer becomes a status to
 * show. Loaded with the lookup code (lookup.ts), not with the first render. No DOM here, and
 * nothing from a server ever becomes HTML: texts stay text, Open311 notes lose their tags.
 */
import { isRecord, pickLang, type Lang, type LocalText } from '../core/i18n.js';
import { open311List, open311Record, open311Url, open311Working, plainText } from '../core/open311.js';
import { pageBase } from '../core/url.js';
import { toCalendarDate } from '../core/working-days.js';

export const STATUSES = ['received', 'in-progress', 'answered', 'closed'] as const;
/** Where a piece of feedback is: received, being handled, answered, or closed (handled without a reply). */
export type FeedbackStatusKind = (typeof STATUSES)[number];

/**
 * The JSON adapter's answer and what an `event` handler gives: docs/feedback-status.schema.json.
 * Dates are ISO 8601 dates or date-times.
 */
export interface FeedbackStatusData {
  reference: string;
  status: FeedbackStatusKind;
  /** The service's public reply or notes: plain text, or text per language. */
  notes?: LocalText | null;
  received?: string | null;
  updated?: string | null;
  /** When the service expects to be done, if it says. */
  expected?: string | null;
  /** The promised answer date. `null`: no promise was made. Left out: worked out from `received` and `response-days`. */
  promisedBy?: string | null;
  /** When the service answered. Left out: the `updated` date once the status is answered or closed. */
  answeredAt?: string | null;
  /** The id of the related entry on the "you said, we did" board. */
  resultsId?: string | number | null;
}

/** A status as the component shows it. */
export interface StatusView {
  reference: string;
  status: FeedbackStatusKind;
  notes?: string;
  received?: Date;
  updated?: Date;
  expected?: Date;
  /** null: no promise; undefined: work it out from `received`. */
  promisedBy?: Date | null;
  answeredAt?: Date;
  resultsId?: string;
}

/** A date from data, or undefined when missing or not a date. */
function toDate(v: unknown): Date | undefined {
  if (typeof v !== 'string' || !v.trim()) return undefined;
  const t = Date.parse(v.trim());
  return Number.isNaN(t) ? undefined : new Date(t);
}

const text = (v: unknown, max = 4000) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim().slice(0, max) || undefined : undefined);

/** The JSON adapter's address: `{endpoint}?reference=…`, keeping the endpoint's own query string. */
export function jsonUrl(endpoint: string, reference: string): string {
  const url = new URL(endpoint, pageBase());
  url.searchParams.set('reference', reference);
  return url.href;
}

/** The settings an Open311 lookup sends. */
export interface Open311Lookup {
  jurisdictionId?: string;
  apiKey?: string;
  lang: Lang;
}
const lookupParams = (o: Open311Lookup) => ({ jurisdiction_id: o.jurisdictionId, api_key: o.apiKey, locale: o.lang, extensions: 'true' });

/** The Open311 address: `{endpoint}requests/{reference}.json` with jurisdiction_id, api_key, locale and extensions. */
export function open311StatusUrl(endpoint: string, reference: string, o: Open311Lookup): string {
  return open311Url(endpoint, `requests/${encodeURIComponent(reference)}.json`, lookupParams(o));
}

/** GeoReport v2's search by id, `{endpoint}requests.json?service_request_id={reference}`, with the same settings. */
export function open311SearchUrl(endpoint: string, reference: string, o: Open311Lookup): string {
  return open311Url(endpoint, 'requests.json', { service_request_id: reference, ...lookupParams(o) });
}

/** Whether an item of an Open311 list is the request with this number. */
export const isRequest = (item: unknown, reference: string): boolean => String(open311Record(item)?.service_request_id ?? '').trim() === reference;

/**
 * Reads the JSON contract (or what an `event` handler gave). Returns null for "no such feedback"
 * (`null`, or an empty list), or the problem in words when the data has the wrong shape.
 */
export function fromJson(body: unknown, reference: string, lang: Lang): StatusView | null | string {
  if (body === null || body === undefined || (Array.isArray(body) && !body.length)) return null;
  if (!isRecord(body)) return 'the answer is not a JSON object';
  if (!(STATUSES as readonly unknown[]).includes(body.status)) return `"status" must be one of ${STATUSES.join(', ')}`;
  const notes = pickLang(body.notes as LocalText | undefined, lang);
  const promised = body.promisedBy === null ? null : toDate(body.promisedBy);
  return {
    reference: text(body.reference, 64) ?? reference,
    status: body.status as FeedbackStatusKind,
    notes: text(notes),
    received: toDate(body.received),
    updated: toDate(body.updated),
    expected: toDate(body.expected),
    promisedBy: promised,
    answeredAt: toDate(body.answeredAt),
    resultsId: text(body.resultsId, 200),
  };
}

/** Helsinki-style `detailed_status` values (a comma-separated list), as steps of the person's feedback. */
const DETAILED: Record<string, FeedbackStatusKind> = {
  RECEIVED: 'received',
  PUBLIC_WORKS_NEW: 'received',
  IN_PROCESS: 'in-progress',
  FORWARDED: 'in-progress',
  PUBLIC_WORKS_IN_PROGRESS: 'in-progress',
  PUBLIC_WORKS_COMPLETED_SCHEDULED_LATER: 'in-progress',
  PROCESSED: 'answered',
  ARCHIVED: 'answered',
  PUBLIC_WORKS_COMPLETED: 'answered',
  REJECTED: 'closed',
  PUBLIC_WORKS_COMPLETED_REQUIRES_NO_ACTION: 'closed',
  PUBLIC_WORKS_INTERRUPTED: 'closed',
};
const STEP: Record<FeedbackStatusKind, number> = { received: 0, 'in-progress': 1, answered: 2, closed: 2 };
/**
 * Notes a server writes by itself, which are no reply: Mark-a-Spot adds the first to every new
 * request and the second to every change of status without a note of the staff's own
 * (modules/service_request/service_request.module, status_note_auto_create). In English, its default.
 */
const AUTOMATIC_NOTES = ['The service request has been created.', 'Status changed.'];

/**
 * Reads an Open311 GeoReport v2 answer to `GET requests/{id}.json`: a list with one request, also
 * wrapped as `{"service_requests": […]}` (FixMyStreet) or in the other shapes open311List() knows,
 * or the request alone. `status_notes` is the public reply (tags removed); the status comes from
 * `detailed_status` (top level or in `extended_attributes`) when given, else from the status (open,
 * closed, or Libre311's in_progress and assigned) and whether there are notes from after the request
 * came in. A closed request without notes is "closed", with notes "answered". An
 * empty list is null: FixMyStreet answers a hidden or unknown report so, with status 200.
 */
export function fromOpen311(body: unknown, reference: string): StatusView | null | string {
  const list = open311List(body, 'requests');
  const found = list ? list.find((x) => isRequest(x, reference)) ?? list[0] : body;
  if (found === undefined || found === null) return null;
  const r = open311Record(found);
  if (!r) return 'the answer is not an Open311 service request';
  const ext = isRecord(r.extended_attributes) ? r.extended_attributes : {};
  const written = plainText(r.status_notes);
  const notes = (written && !AUTOMATIC_NOTES.includes(written) && written) || undefined;
  const steps = String(r.detailed_status ?? ext.detailed_status ?? '')
    .split(',').map((s) => s.trim().toUpperCase()).filter((s) => Object.hasOwn(DETAILED, s)).map((s) => DETAILED[s]);
  // The furthest step wins; among equals the last one named.
  let status: FeedbackStatusKind | undefined = steps.reduce<FeedbackStatusKind | undefined>((a, s) => (a && STEP[a] > STEP[s] ? a : s), undefined);
  const closed = r.status === 'closed';
  const updated = toDate(r.updated_datetime);
  const received = toDate(r.requested_datetime);
  // Notes on an open request mean work on it, unless they came with the request itself: Mark-a-Spot
  // adds "The service request has been created." to every new one (then updated is the minute it
  // was received). Libre311 names its steps in status: in_progress, assigned. The 6Aika server's log
  // extension (issues_log) says when staff took it (allocated) or are handling it.
  const log = Array.isArray(ext.log) ? ext.log.map((e) => open311Record(e)?.status) : [];
  const worked = open311Working(r.status) || log.includes('allocated') || log.includes('handling') ||
    (!!notes && !(updated && received && updated.getTime() - received.getTime() < 60_000));
  if (!status || (closed && STEP[status] < 2)) status = closed ? (notes ? 'answered' : 'closed') : worked ? 'in-progress' : 'received';
  // An expected day only for what is still open, and only a day after the day it came in: the 6Aika
  // server fills expected_datetime with "now + the service's median time", which is the moment of
  // arrival for a service with nothing closed yet (issues/models/issues.py, analysis.py).
  const expected = toDate(r.expected_datetime);
  const ahead = expected && STEP[status] < 2 && (!received || toCalendarDate(expected) > toCalendarDate(received));
  return {
    reference: text(r.service_request_id, 64) ?? text(r.token, 64) ?? reference,
    status,
    notes,
    received,
    updated,
    expected: ahead ? expected : undefined,
    answeredAt: status === 'answered' ? updated : undefined,
  };
}
