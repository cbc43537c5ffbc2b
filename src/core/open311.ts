import { request } from './request.js';
import { pageBase } from './url.js';

/**
 * Shared Open311 (GeoReport v2) helpers for every component that talks to an Open311 server:
 * building request addresses that keep the endpoint's own query string, and turning server text
 * into plain text. No DOM parsing: server text never becomes HTML.
 */

/**
 * The address of `path` (e.g. `services.json`, `requests/123.json`) under an Open311 base `endpoint`,
 * keeping the endpoint's own query string (`…/v2/?jurisdiction_id=x` → `…/v2/services.json?jurisdiction_id=x`)
 * and adding `params` whose value is a non-empty string. Throws when the endpoint is not a URL.
 */
export function open311Url(endpoint: string, path: string, params: Record<string, string | undefined | null> = {}): string {
  let url: URL;
  try {
    url = new URL(endpoint, pageBase());
  } catch {
    throw new Error('the endpoint is not a valid URL');
  }
  url.pathname = url.pathname.replace(/\/?$/, '/') + path.replace(/^\/+/, '');
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' && value !== '') url.searchParams.set(name, value);
  }
  return url.href;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Removes `<!-- … -->` comments in one pass (a regular expression would try every `<!--` to the end
 * of the text: seconds for a server text of many `<!--` with no `-->`). An unclosed `<!--` stays as text.
 */
function dropComments(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const start = text.indexOf('<!--', at);
    const end = start < 0 ? -1 : text.indexOf('-->', start + 4);
    if (end < 0) return out + text.slice(at);
    out += text.slice(at, start);
    at = end + 3;
  }
}

/**
 * Server text as plain text: tags are removed (a `<br>` or block end becomes a line break), character
 * references (`&quot;`, `&#228;`, `&#xE4;` and the common named ones) are decoded once, and anything
 * that is not a string gives ''. A small decoder on purpose: DOMParser would be a Trusted Types sink.
 */
export function plainText(value: unknown): string {
  if (typeof value !== 'string') return '';
  return dropComments(value)
    .replace(/<\s*br\s*\/?>|<\/\s*(p|div|li|h[1-6])\s*>/gi, '\n')
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    })
    .split('\n')
    .map(endTrimmed)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A line without the spaces and tabs at its end, in time linear in its length (`/[ \t]+\n/` took
 * seconds on one run of 100,000 spaces, which anyone can write in a public request).
 */
function endTrimmed(line: string): string {
  let end = line.length;
  while (end && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
  return line.slice(0, end);
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * A value as a plain value: older servers that turn their XML into JSON (FixMyStreet's XML::Simple
 * output) put every value in a one-item array, `"service_name": ["Potholes"]`.
 */
function unwrapValue(v: unknown): unknown {
  return Array.isArray(v) && v.length === 1 && !isObject(v[0]) && !Array.isArray(v[0]) ? v[0] : v;
}

/** A record with one-item array values unwrapped (see unwrapValue). */
export function open311Record(v: unknown): Record<string, unknown> | undefined {
  if (!isObject(v)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(v)) out[key] = unwrapValue(value);
  return out;
}

/**
 * Whether an Open311 `status` says someone is working on the request: the spec has only open and
 * closed, Libre311 also in_progress and assigned (app/model/servicerequest/ServiceRequestStatus.java).
 */
export const open311Working = (status: unknown): boolean => status === 'in_progress' || status === 'assigned';

/**
 * The list in an Open311 answer, in the shapes real servers send: a plain array (the spec's JSON),
 * `{"service_requests": […]}` / `{"services": […]}` (wrapped like the spec's XML), and
 * FixMyStreet's `{"requests": [{"request": […]}]}` / `{"services": [{"service": […]}]}`, and
 * `{"service_requests": {"request": {…}}}` with one request (Mark-a-Spot).
 * `kind` is `requests` or `services`. Returns undefined when there is no list.
 */
export function open311List(body: unknown, kind: 'requests' | 'services'): unknown[] | undefined {
  if (Array.isArray(body)) return body;
  if (!isObject(body)) return undefined;
  const names = kind === 'requests' ? ['service_requests', 'requests'] : ['services'];
  const inner = kind === 'requests' ? 'request' : 'service';
  for (const name of names) {
    let list = body[name];
    // Spark-convention JSON of the spec's XML: {"service_requests": {"request": […]}}, or with one
    // request as an object (Mark-a-Spot's answer to a POST).
    if (isObject(list) && inner in list) list = Array.isArray(list[inner]) ? list[inner] : [list[inner]];
    if (!Array.isArray(list)) continue;
    // FixMyStreet: one object holding the list under the singular name.
    if (list.length === 1 && isObject(list[0]) && Array.isArray(list[0][inner])) return list[0][inner] as unknown[];
    return list;
  }
  return undefined;
}

/**
 * Every error description in an Open311 error answer (`[{code, description}, …]`, or one such object),
 * as plain text, without repeats. Empty when there is none.
 */
export function open311Errors(body: unknown): string[] {
  const list = Array.isArray(body) ? body : isObject(body) ? [body] : [];
  const out: string[] = [];
  for (const item of list) {
    const e = open311Record(item);
    const text = plainText(e?.description ?? e?.message ?? e?.error).slice(0, 200);
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

export type AttributeType = 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
const TYPES: readonly string[] = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'];

/** One attribute of a service definition, checked. */
export interface ServiceAttribute {
  code: string;
  /** false: only information for the person (its description is shown), no field. */
  variable: boolean;
  datatype: AttributeType;
  required: boolean;
  /** What the field asks (plain text). */
  description: string;
  /** A hint about the form of the answer (plain text), or ''. */
  datatypeDescription: string;
  order: number;
  /** The choices of a list: key (sent) and name (shown). */
  values: { key: string; name: string }[];
}

const truthy = (v: unknown) => v === true || v === 'true';

/**
 * The attributes of an Open311 service definition (`GET services/{code}.json`), in the order given by
 * `order` (ties keep the server's order). Attributes without a code or with an unknown datatype are left
 * out; a list without choices is left out too. The `service_definition` wrapper of XML-shaped JSON is read.
 */
export function readServiceDefinition(body: unknown): ServiceAttribute[] {
  let def = open311Record(body);
  if (def && isObject(def.service_definition)) def = open311Record(def.service_definition);
  let attrs: unknown = def?.attributes;
  if (isObject(attrs) && Array.isArray(attrs.attribute)) attrs = attrs.attribute;
  if (!Array.isArray(attrs)) return [];
  const out: (ServiceAttribute & { i: number })[] = [];
  attrs.forEach((raw, i) => {
    const a = open311Record(raw);
    const code = typeof a?.code === 'string' || typeof a?.code === 'number' ? String(a.code).trim() : '';
    const datatype = String(a?.datatype ?? '').toLowerCase();
    if (!a || !code || !TYPES.includes(datatype)) return;
    let values: unknown = a.values;
    if (isObject(values) && Array.isArray(values.value)) values = values.value;
    const choices = (Array.isArray(values) ? values : [])
      .map(open311Record)
      .filter((v): v is Record<string, unknown> => !!v && (typeof v.key === 'string' || typeof v.key === 'number'))
      .map((v) => ({ key: String(v.key), name: plainText(v.name) || String(v.key) }));
    const list = datatype.endsWith('valuelist');
    const variable = a.variable === undefined ? true : truthy(a.variable);
    if (variable && list && !choices.length) return;
    const order = Number(a.order);
    out.push({
      code, variable, datatype: datatype as AttributeType, required: variable && truthy(a.required),
      description: plainText(a.description) || code, datatypeDescription: plainText(a.datatype_description),
      order: Number.isFinite(order) ? order : Infinity, values: choices, i,
    });
  });
  return out.sort((x, y) => x.order - y.order || x.i - y.i).map(({ i: _, ...a }) => a);
}

/**
 * GET an Open311 JSON resource with core's request() (no cookies, no Referer), no cache, a time limit. Resolves to the parsed
 * body; rejects with an Error naming the HTTP status (`status` set) or the fault.
 */
export async function getOpen311Json(url: string, timeoutMs = 15_000): Promise<unknown> {
  const response = await request(url, { headers: { Accept: 'application/json' }, cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { status: response.status });
  return JSON.parse(await response.text());
}

/**
 * Turns a token from a batch server (`[{token}]`) into a service_request_id with
 * `GET tokens/{token}.json`, trying `tries` times with doubling waits from `delayMs` while the server
 * has no id yet (404, an empty list or no id). Resolves to the id, or undefined when there is none
 * yet: then the token stays the reference.
 */
export async function resolveToken(
  endpoint: string, token: string, params: Record<string, string | undefined>, { tries = 4, delayMs = 1000 } = {},
): Promise<string | undefined> {
  const url = open311Url(endpoint, `tokens/${encodeURIComponent(token)}.json`, params);
  for (let i = 0; i < tries; i++) {
    if (i) await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** (i - 1)));
    try {
      const list = open311List(await getOpen311Json(url), 'requests') ?? [];
      for (const item of list) {
        const r = open311Record(item);
        const id = r?.service_request_id;
        if ((typeof id === 'string' && id.trim()) || typeof id === 'number') return String(id).trim();
      }
    } catch {
      /* not there yet, or the connection failed: try again */
    }
  }
  return undefined;
}
