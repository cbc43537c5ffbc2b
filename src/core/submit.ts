/**
 * The submission client shared by the form components: fetch with a timeout, retries with
 * backoff that honour Retry-After, one idempotency key per submission reused on every retry,
 * and waiting for the browser to come back online. Nothing here ever renders server text as HTML.
 */

import { open311Errors } from './open311.js';
import { request } from './request.js';
import { hasUserInfo, pageBase } from './url.js';
import { SubmitError, type FailureKind } from './submit-error.js';

export { SubmitError, newKey, type FailureKind } from './submit-error.js';

export type SubmitStatus =
  | { state: 'sending'; attempt: number }
  | { state: 'retrying'; attempt: number; delayMs: number; reason: FailureKind; status?: number }
  | { state: 'offline' };


export interface SubmitRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: BodyInit;
  /** Sent as `Idempotency-Key` (not with a GET or HEAD, nor with `once`); the same on every retry so the server can store it once. */
  idempotencyKey: string;
  /**
   * For a server that cannot tell a repeat from a new request (Open311): no `Idempotency-Key` (a
   * header such servers ignore, and one that needs a CORS preflight they do not answer), and no
   * automatic repeat after a request that may have arrived (a timeout, a fault, a dropped
   * connection). Only a "busy" answer (429, 503: nothing was stored) is tried again by itself.
   */
  once?: boolean;
  /**
   * Whether a 2xx answer confirms that the request was stored (e.g. it holds the new request's id).
   * When not, the send fails as `unconfirmed` and is not repeated by itself.
   */
  accept?: (body: unknown) => boolean;
  /**
   * Whether what the person sees is still what is being sent, asked before each attempt. When they
   * changed it meanwhile (while waiting to try again, or offline), the send stops as `changed` and
   * nothing more goes: what arrives is never an older version than the one on the screen.
   */
  unchanged?: () => boolean;
  /** Per attempt. Default 15 s. */
  timeoutMs?: number;
  /** Attempts in all, the first included. Default 4. */
  attempts?: number;
  /** First backoff delay; doubles each time, with jitter. Default 1 s. */
  baseDelayMs?: number;
  /** Longest wait between attempts, also for Retry-After. Default 30 s. */
  maxDelayMs?: number;
  signal?: AbortSignal;
  onStatus?: (status: SubmitStatus) => void;
}

export interface SubmitResponse {
  status: number;
  /** Parsed JSON, the text, or undefined for an empty body. */
  body: unknown;
  attempts: number;
}

/** A short plain text from a server's answer (a string or number, trimmed, at most `max` characters); blank is undefined. */
export const short = (v: unknown, max = 200) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim().slice(0, max) || undefined : undefined);

/**
 * A message a server gave with a rejection, as plain text: `{message|description|error}`, every
 * description of an Open311 error array `[{code, description}, …]` (joined), Mark-a-Spot's
 * `{error: {code, description}}`, the Django REST framework's `{detail: "…"}` or
 * `{detail: {field: ["…"]}}` (the 6Aika Open311 server that the six largest Finnish cities
 * specified), or a short plain-text body. Never an HTML page, and never a body that is broken JSON
 * (Helsinki documents a 403 body with a trailing comma): the form then says what the status means
 * in its own words.
 */
export function readServerMessage(body: unknown): string | undefined {
  if (typeof body === 'string') {
    const text = body.trim();
    return text.length < 300 && !/[<>]/.test(text) && !/^[[{]/.test(text) ? text || undefined : undefined;
  }
  if (Array.isArray(body) && body.every((b) => typeof b === 'string')) return readServerMessage(body[0]);
  if (!Array.isArray(body)) {
    if (!body || typeof body !== 'object') return undefined;
    const b = body as Record<string, unknown>;
    const detail = b.detail && typeof b.detail === 'object' ? words(b.detail) : b.detail;
    return said(b.message) ?? said(b.description) ?? said(b.error) ?? readServerMessage(b.error) ?? short(detail);
  }
  const all = open311Errors(body);
  // Several descriptions read as sentences one after another.
  return (all.length > 1 ? all.map((t) => (/[.!?…:]$/.test(t) ? t : `${t}.`)) : all).join(' ') || undefined;
}

/** The texts of an object's values (also in lists), one after another. */
const words = (o: object) => Object.values(o).flat().map((t) => short(t)).filter(Boolean).join(' ');

/**
 * A server's message as plain text; one written as JSON of an object is its texts (Mark-a-Spot sends
 * its field messages so: `{"field_e_mail": "…"}`), and broken JSON is none.
 */
function said(v: unknown): string | undefined {
  const text = short(v, 5000);
  if (!text || !text.startsWith('{')) return short(text);
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? short(words(parsed)) : undefined;
  } catch {
    return undefined;
  }
}

/** Parses Retry-After (seconds or an HTTP date) into milliseconds, or undefined. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Waits `ms`; ends early (resolving true) when the browser goes offline, so the person is told at once. */
function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new SubmitError('aborted'));
    const t = setTimeout(() => (stop(), resolve(false)), ms);
    const onOffline = () => (stop(), resolve(true));
    const onAbort = () => (stop(), reject(new SubmitError('aborted')));
    function stop() {
      clearTimeout(t);
      signal?.removeEventListener('abort', onAbort);
      removeEventListener('offline', onOffline);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    addEventListener('offline', onOffline);
  });
}

/** Resolves when the browser says it is online (at once if it already is). */
export function whenOnline(signal?: AbortSignal): Promise<void> {
  if (navigator.onLine) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onOnline = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    const onAbort = () => {
      window.removeEventListener('online', onOnline);
      reject(new SubmitError('aborted'));
    };
    window.addEventListener('online', onOnline, { once: true });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A GET or HEAD: nothing is stored, so no Idempotency-Key is sent. */
const isRead = (method = 'POST') => /^(GET|HEAD)$/i.test(method);

/**
 * The full address to send to, or undefined when it cannot be one: not a URL, not http(s), or
 * with a user name or password (warned about once).
 */
export function sendableUrl(url: string): string | undefined {
  try {
    const address = new URL(url, pageBase());
    return /^https?:$/.test(address.protocol) && !hasUserInfo(address, url) ? address.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends a request, retrying what is worth retrying. Resolves on 2xx; rejects with SubmitError.
 * Through request(): no cookies, no Referer, and no redirects followed — a redirect is a
 * `redirect` failure at once (not retried), so nothing reaches another address.
 */
export async function submit(req: SubmitRequest): Promise<SubmitResponse> {
  const url = sendableUrl(req.url);
  if (!url) throw new SubmitError('config');
  const attempts = Math.max(1, req.attempts ?? 4);
  const base = req.baseDelayMs ?? 1000;
  const maxDelay = req.maxDelayMs ?? 30_000;
  let attempt = 0;
  for (;;) {
    if (!navigator.onLine) {
      req.onStatus?.({ state: 'offline' });
      await whenOnline(req.signal);
    }
    if (req.unchanged && !req.unchanged()) throw new SubmitError('changed', undefined, undefined, attempt);
    attempt++;
    req.onStatus?.({ state: 'sending', attempt });
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    req.signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, req.timeoutMs ?? 15_000);
    let failure: FailureKind;
    let status: number | undefined;
    let retryAfter: number | undefined;
    let body: unknown;
    try {
      const response = await request(url, {
        method: req.method ?? 'POST',
        // A read (GET) changes nothing, so it goes without the key (and without a CORS preflight for it).
        headers: isRead(req.method) || req.once ? req.headers : { ...req.headers, 'Idempotency-Key': req.idempotencyKey },
        body: req.body,
        signal: controller.signal,
        cache: 'no-store',
      });
      if (response.type === 'opaqueredirect') {
        console.warn(`osallisuus: ${url} answered with a redirect. Sending never follows redirects (what people write must not go on to another address), so nothing was sent. Set the endpoint to the final address.`);
        throw new SubmitError('redirect', undefined, undefined, attempt);
      }
      status = response.status;
      body = await readBody(response);
      if (response.ok) {
        if (req.accept && !req.accept(body)) throw new SubmitError('unconfirmed', status, body, attempt);
        return { status, body, attempts: attempt };
      }
      retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
      failure = status === 429 || status === 503 ? 'busy' : status >= 500 || status === 408 ? 'server' : 'rejected';
    } catch (e) {
      if (e instanceof SubmitError) throw e;
      if (req.signal?.aborted) throw new SubmitError('aborted', undefined, undefined, attempt);
      failure = timedOut ? 'timeout' : 'network';
    } finally {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onAbort);
    }
    // A request that failed as the connection went down may have reached the server: one sent `once`
    // is not sent again by itself (it fails as `network`, for the person to decide). One that found the
    // browser offline before it went was held back above, so it never left.
    const offline = failure === 'network' && !navigator.onLine && !req.once;
    if (failure === 'rejected' || attempt >= attempts || (req.once && failure !== 'busy' && !offline)) throw new SubmitError(failure, status, body, attempt);
    if (offline) {
      // Offline is not the server's fault: wait for the connection and do not count this attempt.
      attempt--;
      continue;
    }
    const backoff = Math.min(maxDelay, base * 2 ** (attempt - 1)) * (0.8 + Math.random() * 0.4);
    const delayMs = Math.min(maxDelay, retryAfter ?? backoff);
    // The wait (Retry-After or backoff) is kept, also across a spell offline, which is shown as it starts.
    const until = Date.now() + delayMs;
    req.onStatus?.({ state: 'retrying', attempt, delayMs, reason: failure, status });
    while (await sleep(Math.max(0, until - Date.now()), req.signal)) {
      req.onStatus?.({ state: 'offline' });
      await whenOnline(req.signal);
      const left = until - Date.now();
      if (left <= 0) break;
      req.onStatus?.({ state: 'retrying', attempt, delayMs: left, reason: failure, status });
    }
  }
}
