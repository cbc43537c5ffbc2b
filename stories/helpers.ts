// What several stories files share (not a stories file itself: the story loop and Storybook read
// only stories/*.stories.ts).

/** Whether the test fixtures answer (in `npm start` and the tests); the static Storybook has no server. */
export const hasServer = (import.meta as { env?: { DEV?: boolean } }).env?.DEV ?? true;

/** A fixed "today", so that dates in the pictures do not move: Monday 23 November 2026. */
export const MONDAY = new Date('2026-11-23T09:00:00+02:00');

/** Waits until `check()` gives something, or `ms` have passed. */
export async function until(check: () => unknown, ms = 5000): Promise<void> {
  const start = Date.now();
  while (!check() && Date.now() - start < ms) await new Promise((r) => setTimeout(r, 25));
}

type DraftForm = HTMLElement & { drafts: { key?: string }; updateComplete: Promise<unknown> };

/**
 * A reload, as a person has it: the form's own draft (`data`), under the key the form itself uses,
 * is in this tab's storage, and a new form with the same settings opens with it in its place.
 */
export async function reopenWithDraft(before: DraftForm, data: object): Promise<void> {
  await before.updateComplete;
  // The draft code loads just after the first render; the key is known once it has.
  await until(() => before.drafts.key);
  const key = before.drafts.key!;
  const after = before.cloneNode(true) as DraftForm;
  const parent = before.parentNode!;
  const place = before.nextSibling;
  before.remove();
  sessionStorage.setItem(key, JSON.stringify({ v: 1, savedAt: Date.now(), data }));
  parent.insertBefore(after, place);
  await after.updateComplete;
}
