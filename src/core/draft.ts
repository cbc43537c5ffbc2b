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

interface Stored<T> {
  v: 1;
  savedAt: number;
  data: T;
}

/** Local drafts older than this are dropped. */
const MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

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

/** The storage key for a component instance: tag, page path (no query) and the element's id. */
export function draftKey(el: Element, name = 'draft'): string {
  return `osallisuus:${el.localName}:${location.pathname}:${el.id || name}`;
}

/**
 * Keeps a form's draft as the person types: saves shortly after each change and when the page is
 * hidden, restores on connect (and says so through `restored`), clears only when told (after the
 * server has confirmed).
 */
export class DraftController<T extends object> implements ReactiveController {
  /** True when the form was filled from a saved draft (show "We kept what you wrote"). */
  restored = false;
  private store?: DraftStore<T>;
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: T;
  private readonly onHide = () => this.flush();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { mode: () => DraftMode; key: () => string; restore: (draft: T) => void; isEmpty?: (draft: T) => boolean; delayMs?: number },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.store = new DraftStore<T>(this.options.mode(), this.options.key());
    const draft = this.store.load();
    if (draft && this.options.isEmpty?.(draft)) this.store.clear();
    else if (draft) {
      this.options.restore(draft);
      this.restored = true;
      this.host.requestUpdate();
    }
    addEventListener('pagehide', this.onHide);
  }

  hostDisconnected(): void {
    this.flush();
    removeEventListener('pagehide', this.onHide);
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
    if (this.pending) this.store?.save(this.pending);
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
