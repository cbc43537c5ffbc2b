import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { stableHash } from './hash.js';
import { newKey, SubmitError } from './submit-error.js';
import { readServerMessage, submit, type SubmitRequest, type SubmitResponse, type SubmitStatus } from './submit.js';

export type SubmissionState = 'idle' | 'sending' | 'retrying' | 'offline' | 'sent' | 'failed';

/**
 * One submission's life for a form component: idle → sending (→ retrying / offline) → sent or failed.
 * Keeps one idempotency key per content: the same key through every retry and every "Try again" of
 * the same answers, so the server can store them once, and a new key as soon as the answers differ
 * from what was last sent under it (see keyFor()); ignores a second send while one is under way or about to start (double
 * clicks); aborts when the element leaves the page.
 */
export class SubmissionController implements ReactiveController {
  state: SubmissionState = 'idle';
  /** Last status from the client, e.g. the delay before the next retry. */
  status?: SubmitStatus;
  failure?: SubmitError;
  private key?: string;
  /** What was last sent (or handed to the page) under `key`, as compared by keyFor(). */
  private keyedContent?: string;
  private abort?: AbortController;
  private retryAt = 0;
  private ticker?: ReturnType<typeof setInterval>;
  private starting = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    clearInterval(this.ticker);
  }

  /** Seconds until the next try while retrying (counts down; the host re-renders each second). */
  get retryInSeconds(): number | undefined {
    return this.state === 'retrying' ? Math.max(1, Math.ceil((this.retryAt - Date.now()) / 1000)) : undefined;
  }

  /** The strings key for "we try again in N seconds": the service busy (429, 503), a fault in the service (500 …), or a slow connection. */
  get retryingKey(): 'retrying' | 'retryingBusy' | 'retryingServer' {
    const reason = this.status?.state === 'retrying' ? this.status.reason : undefined;
    return reason === 'busy' ? 'retryingBusy' : reason === 'server' ? 'retryingServer' : 'retrying';
  }

  /** A rejection's own text for the person (a fault's body is for the logs), shown as plain text. */
  get serverMessage(): string | undefined {
    return this.failure?.kind === 'rejected' ? readServerMessage(this.failure.body) : undefined;
  }

  /** True while a submission is under way (sending, waiting to retry or offline) or about to start (see begin()). */
  get busy(): boolean {
    return this.starting || this.state === 'sending' || this.state === 'retrying' || this.state === 'offline';
  }

  /**
   * Loads what a send needs (adapters, the data to send) before the `*-submit` event, with the
   * submission counted as busy meanwhile, so a second press of "Send" starts nothing. When loading
   * fails (offline before the parts came), shows a network failure and resolves to undefined.
   */
  async begin<T>(load: () => Promise<T>): Promise<T | undefined> {
    this.starting = true;
    let loaded: T;
    try {
      loaded = await load();
    } catch {
      this.starting = false;
      await this.run(() => Promise.reject(new SubmitError('network')));
      return undefined;
    }
    this.starting = false;
    return loaded;
  }

  /**
   * The key the last send went under; made on first use, kept until success or reset(). To send,
   * get the key with keyFor(content): it binds the key to what is sent.
   */
  get idempotencyKey(): string {
    return (this.key ??= newKey());
  }

  /**
   * The key to send `content` under, called just before it is sent or handed to the page. The same
   * key while the content is the same as last time (a retry or "Try again" of the same answers,
   * which the server then stores once); a new key as soon as it differs (the person edited the form
   * after a failure). A server that keeps the first body per key would otherwise keep the old
   * answers and the person would be told that the new ones were sent. `spamSignals` (measurements
   * such as the time taken, not what the person gave) are left out of the comparison.
   */
  keyFor(content: unknown): string {
    const print = JSON.stringify(content, (name, value: unknown) => (name === 'spamSignals' ? undefined : value));
    const hash = stableHash(print);
    if (this.keyedContent !== print) this.key = this.kept(hash);
    this.keyedContent = print;
    const key = this.idempotencyKey;
    this.keep({ hash, key });
    return key;
  }

  /**
   * Where this tab keeps the key of a send not yet confirmed, with a hash of its content (never the
   * content): a reload, or a page that takes the form away while it sends, and then the same answers
   * sent again go under the same key, so the server stores them once.
   */
  private get keptName(): string {
    const el = this.host as unknown as Element;
    return `osallisuus:sending:${el.localName}:${location.pathname}:${el.id}`;
  }

  /** The kept key, when it was for content with this hash. */
  private kept(hash: string): string | undefined {
    try {
      const kept = JSON.parse(sessionStorage.getItem(this.keptName) ?? 'null') as { hash?: unknown; key?: unknown } | null;
      return kept?.hash === hash && typeof kept.key === 'string' ? kept.key : undefined;
    } catch {
      return undefined;
    }
  }

  /** Forgets the key, also the one kept in this tab (sent, started afresh, or the form cleared). */
  forget(): void {
    this.key = this.keyedContent = undefined;
    this.keep();
  }

  /** Keeps (or, without a value, forgets) the key of the send under way. */
  private keep(value?: { hash: string; key: string }) {
    try {
      if (value) sessionStorage.setItem(this.keptName, JSON.stringify(value));
      else sessionStorage.removeItem(this.keptName);
    } catch {
      /* storage turned off: the key lives as long as the page */
    }
  }

  /**
   * Sends with the core client (it comes with the form's actions, which load on the first sign of
   * use). Resolves to the response, or undefined if it failed or was ignored.
   */
  async send(request: Omit<SubmitRequest, 'idempotencyKey' | 'onStatus' | 'signal'>): Promise<SubmitResponse | undefined> {
    return this.run(() => submit({ ...request, idempotencyKey: this.idempotencyKey, signal: this.abort!.signal, onStatus: (s) => this.onStatus(s) }));
  }

  /**
   * Runs any delivery (e.g. a host page's handler for the `event` adapter) with the same states.
   * A rejection becomes a failure; give a SubmitError to say what kind.
   */
  async run(deliver: () => Promise<SubmitResponse>): Promise<SubmitResponse | undefined> {
    if (this.busy) return undefined;
    this.abort = new AbortController();
    this.failure = undefined;
    this.set('sending');
    try {
      const response = await deliver();
      this.forget();
      this.set('sent');
      return response;
    } catch (e) {
      const error = e instanceof SubmitError ? e : new SubmitError('rejected', undefined, e instanceof Error ? e.message : e);
      if (error.kind === 'aborted') {
        this.set('idle');
      } else {
        this.failure = error;
        this.set('failed');
      }
      return undefined;
    }
  }

  /**
   * Shows a state without sending, for design previews (Storybook) and documentation. A real
   * send replaces it.
   */
  preview(state: 'sending' | 'retrying' | 'offline' | 'failed', failure: SubmitError = new SubmitError('network')): void {
    this.status = state === 'retrying' ? { state, attempt: 1, delayMs: 8000, reason: 'server' } : undefined;
    this.retryAt = Date.now() + 8000;
    this.failure = state === 'failed' ? failure : undefined;
    this.set(state);
  }

  /** Starts afresh (e.g. "Give more feedback"): a new key next time. */
  reset(): void {
    this.abort?.abort();
    this.forget();
    this.failure = undefined;
    this.status = undefined;
    this.set('idle');
  }

  private onStatus(status: SubmitStatus) {
    this.status = status;
    if (status.state === 'retrying') this.retryAt = Date.now() + status.delayMs;
    this.set(status.state === 'retrying' ? 'retrying' : status.state === 'offline' ? 'offline' : 'sending');
  }

  private set(state: SubmissionState) {
    this.state = state;
    if (state === 'retrying') this.ticker ??= setInterval(() => this.host.requestUpdate(), 1000);
    else this.ticker = void clearInterval(this.ticker);
    this.host.requestUpdate();
  }
}

/**
 * Whether what the person sees is still what it was now: `read` gives the form's answers (e.g.
 * `() => el.values`). For `unchanged` of a send (see submit()), and to tell after a send whether the
 * form changed while the request was on its way.
 */
export function unchangedSince(read: () => unknown): () => boolean {
  const seen = JSON.stringify(read());
  return () => JSON.stringify(read()) === seen;
}

/**
 * Waits for what a page gave with `respondWith()` (the `event` adapter). A page may reject with a
 * SubmitError to say what kind of failure it was (e.g. `new SubmitError('timeout')`); any other
 * rejection is a plain rejection. The page's own error text is never shown to residents.
 */
export async function pageDelivery(response?: Promise<{ reference?: string } | void>): Promise<SubmitResponse> {
  try {
    return { status: 200, body: (await response) ?? undefined, attempts: 1 };
  } catch (e) {
    const given = e instanceof SubmitError ? e : undefined;
    throw new SubmitError(given?.kind ?? 'rejected', given?.status, undefined, 1);
  }
}

/** The detail of a `*-submit` event: the data, and a way for the host page to report back. */
export interface SubmitEventDetail<D> {
  data: D;
  adapter: string;
  idempotencyKey: string;
  /**
   * With `adapter="event"`: hand over a promise for your own delivery. Resolve with
   * `{ reference?: string }` when it is stored; reject (e.g. with an Error) when it failed, and the
   * person sees the failure with their text kept. Without it, the event counts as delivered.
   */
  respondWith(result: Promise<{ reference?: string } | void>): void;
}

/**
 * Fires a bubbling, composed, cancelable `<name>` event. Returns whether a listener cancelled it
 * and the promise a listener gave with respondWith (if any).
 */
export function dispatchSubmitEvent<D>(host: HTMLElement, name: string, data: D, adapter: string, idempotencyKey: string) {
  let response: Promise<{ reference?: string } | void> | undefined;
  const detail: SubmitEventDetail<D> = { data, adapter, idempotencyKey, respondWith: (p) => void (response = p) };
  const event = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true });
  const cancelled = !host.dispatchEvent(event);
  return { cancelled, response };
}
