import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftSession } from './draft-store.js';
import { lazy } from './lazy.js';

/**
 * Drafts: what a person has typed, kept in sessionStorage (default) or localStorage (opt-in) so a
 * reload, a crash or a failed send loses nothing. This module is what a form carries in its first
 * render: the settings, the key and a small controller. The code that reads and writes drafts
 * (draft-store.ts) loads on its own: before the first render when this browser keeps an
 * osallisuus draft (in parallel with the texts, so no extra wait), otherwise just after it.
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

/** Every draft key starts with this (see draftKey in draft-store.ts). */
export const PREFIX = 'osallisuus:';

/** Whether this browser keeps any osallisuus draft (of any form or page) in local or session storage. */
export function anyDrafts(): boolean {
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

export interface DraftOptions<T> {
  mode: () => DraftMode;
  /**
   * Where the form sends and for what (e.g. the endpoint and a panel id), so two forms on one page
   * never share a draft: part of the storage key (see draftKey), read when the draft opens.
   */
  scope?: () => string;
  restore: (draft: T) => void;
  isEmpty?: (draft: T) => boolean;
  /**
   * Fields that are never kept in a draft nor restored from one: consents and confirmations, which
   * a person must give again, knowingly, each time.
   */
  notDrafted?: readonly (keyof T)[];
  delayMs?: number;
}

/** The host of a DraftController: an OsaElement, whose next render waits for what is in `waitFor`. */
type DraftHost = ReactiveControllerHost & Element & { waitFor?: Set<Promise<unknown>> };

let store: typeof import('./draft-store.js') | undefined;
let storeLoading: Promise<typeof import('./draft-store.js')> | undefined;
/** Loads draft-store.ts once for every form on the page; a failed load is tried again next time. */
function loadStore() {
  return (storeLoading ??= lazy(() => import('./draft-store.js')).then(
    (m) => (store = m),
    (e) => {
      storeLoading = undefined;
      throw e;
    },
  ));
}

/**
 * Keeps a form's draft as the person types: saves shortly after each change and when the page is
 * hidden, restores at the first update (and says so through `restored`), clears only when told
 * (after the server has confirmed). Never keeps the `notDrafted` fields. When two forms on the page
 * would share a key, the second keeps no draft and a warning says so. Expired drafts of every form
 * are swept away whenever a form starts.
 *
 * What is typed before the draft code has loaded (a moment after the first render) is kept here
 * and saved when it arrives; a load that fails is tried again at the next change.
 */
export class DraftController<T extends object> implements ReactiveController {
  /** True when the form was filled from a saved draft (show "We kept what you wrote"). */
  restored = false;
  private draftSession?: DraftSession<T>;
  private unsaved?: T;
  private opened = false;
  private clearOnOpen = false;

  constructor(
    private readonly draftHost: DraftHost,
    private readonly draftOptions: DraftOptions<T>,
  ) {
    draftHost.addController(this);
  }

  hostConnected(): void {
    this.opened = false;
    // A kept draft may be this form's: the first render waits for the code that restores it.
    if (!store && anyDrafts()) this.draftHost.waitFor?.add(loadStore().catch(() => undefined));
  }

  /** The storage key of this form's draft, once it is open. */
  get key(): string | undefined {
    return this.draftSession?.key;
  }

  /** Opens the draft before the first render after connecting, once the settings are all there. */
  hostUpdate(): void {
    if (this.opened) return;
    this.opened = true;
    if (this.draftOptions.mode() === 'off') return;
    if (store) this.openSession();
    // Nothing kept in this browser, so nothing to restore: the code loads once the form is shown
    // (or at the first change, whichever comes first).
    else this.draftHost.updateComplete.then(() => setTimeout(() => this.loadDraftCode()));
  }

  private loadDraftCode(): void {
    loadStore().then(() => this.openSession(), () => undefined);
  }

  private openSession(): void {
    const connected = this.draftHost.isConnected;
    // Gone before the code arrived: what was typed is still saved (as leaving a page does), and a
    // draft cleared meanwhile is still removed.
    if (this.draftSession || (!connected && !this.unsaved && !this.clearOnOpen)) return;
    const { session, kept } = store!.openDraft(this.draftHost, this.draftOptions);
    // Cleared (sent, or "Clear the form") before the code arrived: the kept draft goes too.
    if (this.clearOnOpen) session.clear();
    // A kept draft never replaces what the person has typed since the form was shown.
    else if (kept && connected && !this.unsaved) {
      this.draftOptions.restore(kept);
      this.restored = true;
      // One more update once this one is done, so that what the host works out from the answers
      // before rendering (willUpdate, e.g. the promised date) sees the restored ones.
      queueMicrotask(() => this.draftHost.requestUpdate());
    }
    if (this.unsaved) session.save(this.unsaved);
    this.unsaved = undefined;
    this.clearOnOpen = false;
    if (connected) this.draftSession = session;
    else session.close();
  }

  hostDisconnected(): void {
    this.draftSession?.close();
    this.draftSession = undefined;
  }

  /** Saves soon (debounced). */
  save(data: T): void {
    if (this.draftSession) return this.draftSession.save(data);
    this.unsaved = data;
    if (this.opened && this.draftOptions.mode() !== 'off') this.loadDraftCode();
  }

  /** Saves what is pending now. */
  flush(): void {
    this.draftSession?.flush();
  }

  /** Forgets the draft (after the server confirmed, or on "Clear the form"). */
  clear(): void {
    this.unsaved = undefined;
    if (this.draftSession) this.draftSession.clear();
    else this.clearOnOpen = true;
    this.restored = false;
    this.draftHost.requestUpdate();
  }
}
