import type { ReactiveControllerHost } from 'lit';
import { PREFIX, anyDrafts, type DraftMode, type DraftOptions, type Stored } from './draft.js';
import { lazy } from './lazy.js';
import { stableHash } from './hash.js';

export { stableHash };

// The code that reads and writes drafts, loaded on its own (see DraftController in draft.ts).

/** Drafts older than this are dropped, wherever they are kept (see sweepDrafts). */
export const MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * The storage key for a component instance: tag, page path (never the query string, which can hold
 * personal data), a hash of the form's `scope` (where it sends and for what: e.g. the endpoint and a
 * panel id, so two forms on one page never share a draft) and the element's id.
 */
export function draftKey(el: Element, scope = '', name = 'draft'): string {
  return `${PREFIX}${el.localName}:${location.pathname}:${stableHash(scope)}:${el.id || name}`;
}

/**
 * One draft in storage. Storage errors (private mode, quota) are ignored: the form still works, it
 * just cannot keep a draft.
 */
export class DraftStore<T extends object> {
  constructor(
    private readonly mode: DraftMode,
    /** e.g. `osallisuus:osa-feedback:/sosiaali-ja-terveys/palaute:main-form` (see draftKey) */
    readonly key: string,
  ) {}

  private get storage(): Storage | undefined {
    try {
      return this.mode === 'session' ? sessionStorage : this.mode === 'local' ? localStorage : undefined;
    } catch {
      return undefined;
    }
  }

  load(): T | undefined {
    try {
      const raw = this.storage?.getItem(this.key);
      if (!raw) return undefined;
      const stored = JSON.parse(raw) as Stored<T>;
      if (stored?.v !== 1 || typeof stored.data !== 'object' || !stored.data || Date.now() - stored.savedAt > MAX_AGE_MS) {
        this.clear();
        return undefined;
      }
      return stored.data;
    } catch {
      return undefined;
    }
  }

  save(data: T): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify({ v: 1, savedAt: Date.now(), data } satisfies Stored<T>));
    } catch {
      /* storage full or blocked: the form still works */
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      /* nothing to clear */
    }
  }
}

/** Keys in use by connected forms on this page, to catch two forms that would share one draft. */
const liveKeys = new Map<string, ReactiveControllerHost>();

/** One form's open draft (see openDraft). */
export interface DraftSession<T> {
  readonly key: string;
  save(data: T): void;
  flush(): void;
  clear(): void;
  close(): void;
}

/**
 * Opens the draft of `host`: gives back the kept one (`kept`, without the fields never kept), sweeps
 * expired drafts of every form, and warns when another form on the page keeps its draft under the
 * same key (this one then keeps none). Saves are debounced and flushed when the page is hidden and
 * on close().
 */
export function openDraft<T extends object>(host: ReactiveControllerHost & Element, options: DraftOptions<T>): { session: DraftSession<T>; kept?: T } {
  const mode = options.mode();
  const key = draftKey(host, options.scope?.());
  const other = liveKeys.get(key);
  const shared = !!other && other !== host;
  const store = new DraftStore<T>(shared ? 'off' : mode, key);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: T | undefined;
  /** The draft without the fields that are never kept (consents). */
  const strip = (data: T): T => {
    const out = { ...data };
    for (const field of options.notDrafted ?? []) delete out[field];
    return out;
  };
  const flush = () => {
    clearTimeout(timer);
    if (pending) store.save(strip(pending));
    pending = undefined;
  };
  const session: DraftSession<T> = {
    key,
    save(data) {
      // Nothing worth keeping (per the form's isEmpty): no draft at all.
      if (options.isEmpty?.(data)) return session.clear();
      pending = data;
      clearTimeout(timer);
      timer = setTimeout(flush, options.delayMs ?? 300);
    },
    flush,
    clear() {
      clearTimeout(timer);
      pending = undefined;
      store.clear();
    },
    close() {
      flush();
      removeEventListener('pagehide', flush);
      if (liveKeys.get(key) === host) liveKeys.delete(key);
    },
  };
  addEventListener('pagehide', flush);
  // Expired drafts of every form and page go whenever a form starts, and a form that would share
  // its draft with another says so (a small part, loaded on its own). Only when there is work for
  // it: a first visit (no draft kept anywhere) fetches nothing more.
  if (shared || anyDrafts()) lazy(() => import('./draft-sweep.js')).then((m) => (m.sweepDrafts(), shared && m.warnShared(host, other)), () => undefined);
  if (shared) return { session };
  liveKeys.set(key, host);
  const draft = store.load();
  if (draft && options.isEmpty?.(draft)) store.clear();
  return { session, kept: draft && !options.isEmpty?.(draft) ? strip(draft) : undefined };
}
