import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Drafts: what a person has typed, kept in sessionStorage (default) or localStorage (opt-in) so a
 * reload, a crash or a failed send loses nothing. Storage errors (private mode, quota) are ignored:
 * the form still works, it just cannot keep a draft.
 */
export type DraftMode = 'session' | 'local' | 'off';

export function toDraftMode(value: string | null | undefined, fallback: DraftMode = 'session'): DraftMode {
  return value === 'session' || value === 'local' || value === 'off' ? value : fallback;
}

export interface Stored<T> {
  v: 1;
  savedAt: number;
  data: T;
}

/** Drafts older than this are dropped, wherever they are kept (see sweepDrafts). */
export const MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;
/** Every draft key starts with this (see draftKey). */
export const PREFIX = 'osallisuus:';

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

/** A short, stable hash of a text (FNV-1a, 32 bits, base 36): the same text gives the same hash on every load. */
export function stableHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * The storage key for a component instance: tag, page path (never the query string, which can hold
 * personal data), a hash of the form's `scope` (where it sends and for what: e.g. the endpoint and a
 * panel id, so two forms on one page never share a draft) and the element's id.
 */
export function draftKey(el: Element, scope = '', name = 'draft'): string {
  return `${PREFIX}${el.localName}:${location.pathname}:${stableHash(scope)}:${el.id || name}`;
}

/** Whether this browser keeps any osallisuus draft (of any form or page) in local or session storage. */
function anyDrafts(): boolean {
  for (const get of [() => localStorage, () => sessionStorage]) {
    try {
      const storage = get();
      for (let i = 0; i < storage.length; i++) if (storage.key(i)?.startsWith(PREFIX)) return true;
    } catch {
      /* storage blocked: nothing is kept there */
    }
  }
  return false;
}

/** Keys in use by connected forms on this page, to catch two forms that would share one draft. */
const liveKeys = new Map<string, ReactiveControllerHost>();

export interface DraftOptions<T> {
  mode: () => DraftMode;
  /** The storage key (see draftKey); read at the first update, when a framework has set the properties too. */
  key: () => string;
  restore: (draft: T) => void;
  isEmpty?: (draft: T) => boolean;
  /**
   * Fields that are never kept in a draft nor restored from one: consents and confirmations, which
   * a person must give again, knowingly, each time.
   */
  notDrafted?: readonly (keyof T)[];
  delayMs?: number;
}

/**
 * Keeps a form's draft as the person types: saves shortly after each change and when the page is
 * hidden, restores at the first update (and says so through `restored`), clears only when told
 * (after the server has confirmed). Never keeps the `notDrafted` fields. When two forms on the page
 * would share a key, the second keeps no draft and a warning says so. Expired drafts of every form
 * are swept away whenever a form starts.
 */
export class DraftController<T extends object> implements ReactiveController {
  /** True when the form was filled from a saved draft (show "We kept what you wrote"). */
  restored = false;
  private store?: DraftStore<T>;
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: T;
  private opened = false;
  private readonly onHide = () => this.flush();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.opened = false;
    addEventListener('pagehide', this.onHide);
  }

  /** The storage key of this form's draft, once it is open (after the first update). */
  get key(): string | undefined {
    return this.store?.key;
  }

  /** Opens the draft before the first render after connecting, once the settings are all there. */
  hostUpdate(): void {
    if (this.opened) return;
    this.opened = true;
    const mode = this.options.mode();
    const key = this.options.key();
    const other = mode !== 'off' && liveKeys.get(key);
    const shared = !!other && other !== this.host;
    this.store = new DraftStore<T>(shared ? 'off' : mode, key);
    if (mode === 'off') return;
    // Expired drafts of every form and page go whenever a form starts, and a form that would share
    // its draft with another says so (a small part, loaded on its own).
    // Only when there is work for it: a first visit (no draft kept anywhere) fetches nothing more.
    if (shared || anyDrafts()) import('./draft-sweep.js').then((m) => (m.sweepDrafts(), shared && m.warnShared(this.host, other)), () => undefined);
    if (shared) return;
    liveKeys.set(key, this.host);
    const draft = this.store.load();
    if (draft && this.options.isEmpty?.(draft)) this.store.clear();
    else if (draft) {
      this.options.restore(this.strip(draft));
      this.restored = true;
      // One more update once this one is done, so that what the host works out from the answers
      // before rendering (willUpdate, e.g. the promised date) sees the restored ones.
      queueMicrotask(() => this.host.requestUpdate());
    }
  }

  hostDisconnected(): void {
    this.flush();
    removeEventListener('pagehide', this.onHide);
    if (this.store && liveKeys.get(this.store.key) === this.host) liveKeys.delete(this.store.key);
  }

  /** The draft without the fields that are never kept (consents). */
  private strip(data: T): T {
    const out = { ...data };
    for (const field of this.options.notDrafted ?? []) delete out[field];
    return out;
  }

  /** Saves soon (debounced). */
  save(data: T): void {
    // Nothing worth keeping (per the form's isEmpty): no draft at all.
    if (this.options.isEmpty?.(data)) return this.clear();
    this.pending = data;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.options.delayMs ?? 300);
  }

  /** Saves what is pending now. */
  flush(): void {
    clearTimeout(this.timer);
    if (this.pending) this.store?.save(this.strip(this.pending));
    this.pending = undefined;
  }

  /** Forgets the draft (after the server confirmed, or on "Clear the form"). */
  clear(): void {
    clearTimeout(this.timer);
    this.pending = undefined;
    this.store?.clear();
    this.restored = false;
    this.host.requestUpdate();
  }
}
