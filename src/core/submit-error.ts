/** What went wrong with a submission, in terms a message can be chosen from. Small and synchronous. */
/**
 * `config`: the page set the component up so it cannot send (e.g. no endpoint, or an address with a
 * user name or password). `redirect`: the endpoint answered with a redirect, which sending never
 * follows (see request.ts); nothing went on to the other address. `unconfirmed`: the server answered
 * 2xx but its answer does not confirm that it stored the request (e.g. an Open311 answer with no id).
 * `changed`: the person changed the form while it waited to be sent again, so the older version was not sent.
 */
export type FailureKind = 'network' | 'timeout' | 'server' | 'busy' | 'rejected' | 'redirect' | 'aborted' | 'config' | 'unconfirmed' | 'changed';

/** The shared string that says why a submission failed (components word `config` themselves). */
export function failureKey(kind: Exclude<FailureKind, 'config'>) {
  return ({ network: 'failedNetwork', timeout: 'failedTimeout', server: 'failedServer', busy: 'failedBusy', rejected: 'failedRejected', redirect: 'failedMoved', aborted: 'failedNetwork', unconfirmed: 'failedUnconfirmed', changed: 'failedChanged' } as const)[kind];
}

/** A failed submission: `kind` says what went wrong in words a message can be chosen from. */
export class SubmitError extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly status?: number,
    readonly body?: unknown,
    readonly attempts = 0,
  ) {
    super(`Submission failed: ${kind}${status ? ` (HTTP ${status})` : ''}`);
    this.name = 'SubmitError';
  }
}

/** A random key: crypto.randomUUID where available (secure contexts), else getRandomValues. */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
