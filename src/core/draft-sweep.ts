import type { ReactiveControllerHost } from 'lit';
import { PREFIX, type Stored } from './draft.js';
import { MAX_AGE_MS } from './draft-store.js';
import { describeElement, warn } from './element.js';

/** Says that `host` keeps no draft because `other` on the page keeps its own under the same key. */
export function warnShared(host: ReactiveControllerHost, other: ReactiveControllerHost): void {
  warn(host as unknown as Element, `keeps no draft: ${describeElement(other as unknown as Element)} on this page keeps its draft in the same place. Give each form its own id.`);
}

/**
 * Keys under the same prefix that are not drafts, and are never swept: the kiosk's outbox (ratings
 * not yet sent, see outbox.ts), page feedback's note of an answer already given on a page, and the
 * key of a send not yet confirmed (in this tab only, see SubmissionController.keyFor).
 */
const NOT_DRAFTS = [`${PREFIX}outbox:`, `${PREFIX}osa-page-feedback:`, `${PREFIX}sending:`];

/**
 * Drops every osallisuus draft older than 14 days (or unreadable) from localStorage and
 * sessionStorage: drafts of other forms and other pages of the site too, not only the one being
 * opened, so a draft nobody comes back to does not stay on a shared computer. DraftController
 * runs it whenever a form with drafts starts. Records that are not drafts (NOT_DRAFTS) stay.
 */
export function sweepDrafts(now = Date.now()): void {
  for (const get of [() => localStorage, () => sessionStorage]) {
    try {
      const storage = get();
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) keys.push(storage.key(i) ?? '');
      for (const key of keys.filter((k) => k.startsWith(PREFIX) && !NOT_DRAFTS.some((p) => k.startsWith(p)))) {
        let stored: Partial<Stored<unknown>> | undefined;
        try {
          stored = JSON.parse(storage.getItem(key) ?? '') as Partial<Stored<unknown>>;
        } catch {
          stored = undefined;
        }
        if (!(typeof stored?.savedAt === 'number' && now - stored.savedAt <= MAX_AGE_MS)) storage.removeItem(key);
      }
    } catch {
      /* storage blocked: nothing is kept there either */
    }
  }
}
