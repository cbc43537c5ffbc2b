/**
 * The submission client shared by the form components: fetch with a timeout, retries with
 * backoff that honour Retry-After, one idempotency key per submission reused on every retry,
 * and waiting for the browser to come back online. Nothing here ever renders server text as HTML.
 */

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
  /** Sent as `Idempotency-Key`; the same on every retry so the server can store it once. */
  idempotencyKey: string;
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
 * A message a server gave with a rejection, as plain text: `{message|description|error}`, an
 * Open311 error array `[{code, description}]`, or a short plain-text body (never an HTML page).
 */
export function readServerMessage(body: unknown): string | undefined {
  const first = Array.isArray(body) ? body[0] : body;
  if (typeof first === 'string') return first.length < 300 && !/[<>]/.test(first) ? first.trim() || undefined : undefined;
  if (!first || typeof first !== 'object') return undefined;
  const b = first as Record<string, unknown>;
  return short(b.message) ?? short(b.description) ?? short(b.error);
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
        headers: { ...req.headers, 'Idempotency-Key': req.idempotencyKey },
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
      if (response.ok) return { status, body, attempts: attempt };
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
    if (failure === 'rejected' || attempt >= attempts) throw new SubmitError(failure, status, body, attempt);
    if (failure === 'network' && !navigator.onLine) {
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
