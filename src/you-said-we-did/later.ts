/**
 * The parts of <osa-you-said-we-did> that its first render does not need: the search (folded texts,
 * the index built in the background), the "most raised" order and the filters in the URL hash. A
 * lazy chunk: the board asks for it right after its first render (so it is there before anyone
 * types), or together with its language pack when the page's hash has a part for the board.
 */
import { applyFilters, type Filters, NO_FILTERS, STATUSES, textsOf, type Option, type View } from './data.js';
import type { OsaYouSaidWeDid } from './osa-you-said-we-did.js';

/** Search text: lower case, accents and umlauts folded (so "paivakoti" finds "päiväkoti"). */
export function fold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Folds the search text of the entries not yet indexed, up to position `to`. Returns whether all are done. */
export function indexEntries(view: View, to = view.entries.length): boolean {
  const { entries, search } = view;
  for (let i = search.length; i < Math.min(to, entries.length); i++) {
    const e = entries[i];
    const [said, did, reason] = textsOf(e, view.lang);
    search.push(fold(`${said.text}\n${did?.text ?? ''}\n${reason?.text ?? ''}\n${e.service?.text ?? ''}\n${e.topics}\n${e.item.id}`));
  }
  return search.length === entries.length;
}

/** Main-thread time for each background slice of the search index. */
const INDEX_SLICE_MS = 8;

/** Builds the search index after the first render, in slices of a few milliseconds, so no task is long. */
export function indexLater(view: View, live: () => boolean): void {
  const step = () => {
    if (!live()) return;
    const until = performance.now() + INDEX_SLICE_MS;
    while (!indexEntries(view, view.search.length + 500)) if (performance.now() > until) return void setTimeout(step);
  };
  setTimeout(step);
}

/** Most raised first; among equals, newest first. */
function raisedOrder(view: View): number[] {
  const rank = new Int32Array(view.entries.length);
  view.newest.forEach((e, i) => (rank[e] = i));
  return view.newest.slice().sort((a, b) => view.entries[b].item.count - view.entries[a].item.count || rank[a] - rank[b]);
}

/** Entry positions that match every filter, the search words included, in the chosen order. Cheap enough to run on every keystroke. */
export function search(view: View, f: Filters): number[] {
  const words = fold(f.q).split(/\s+/).filter(Boolean);
  if (words.length) indexEntries(view);
  // (A loop, not words.every(): no function is made per entry on every keystroke.)
  const match = (i: number) => {
    for (const w of words) if (!view.search[i].includes(w)) return false;
    return true;
  };
  return applyFilters(view, f, f.sort === 'raised' ? (view.raised ??= raisedOrder(view)) : view.newest, words.length ? match : undefined);
}

/** The hash with our parts replaced by `f` (defaults left out) and the page's own parts kept. */
export function hashOf(hash: string, prefix: string, f: Filters): string {
  const parts = hash.replace(/^#/, '').split('&').filter((p) => p && !p.startsWith(`${prefix}-`));
  for (const key of KEYS) if (f[key] !== NO_FILTERS[key]) parts.push(`${prefix}-${key}=${encodeURIComponent(f[key])}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

/** Writes the board's filters into the page's URL hash (replacing the history entry, so Back leaves the page). */
export function writeHash(el: OsaYouSaidWeDid): void {
  const hash = hashOf(location.hash, el.hashPrefix, el.filters);
  if (hash !== location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}

export const SORTS = ['newest', 'raised'] as const;
export type Sort = (typeof SORTS)[number];
const KEYS = Object.keys(NO_FILTERS) as (keyof Filters)[];

/** Keeps only values the view knows: a stale link must not hide everything behind an invisible choice. */
export function cleanFilters(f: Filters, view: View): Filters {
  const known = (v: string, options: Option[]) => (options.some(([k]) => k === v) ? v : '');
  return {
    status: (STATUSES as readonly string[]).includes(f.status) ? f.status : '',
    service: known(f.service, view.services),
    topic: known(f.topic, view.topics),
    q: f.q,
    sort: (SORTS as readonly string[]).includes(f.sort) ? f.sort : 'newest',
  };
}

/** Reads `#ysd-status=done&ysd-q=parking` (with any prefix), ignoring the page's own hash parts. */
export function readHash(hash: string, prefix: string): Filters {
  const f = { ...NO_FILTERS };
  for (const part of hash.replace(/^#/, '').split('&')) {
    const [key, value = ''] = part.split('=', 2);
    const name = key.slice(prefix.length + 1) as keyof Filters;
    if (key.startsWith(`${prefix}-`) && KEYS.includes(name)) {
      try {
        f[name] = decodeURIComponent(value.replace(/\+/g, ' '));
      } catch {
        /* a broken escape: keep the default */
      }
    }
  }
  return f;
}

/** Takes the board's filters from the page's URL hash; `settleMs` as in setFilters. */
export function followHash(el: OsaYouSaidWeDid, settleMs: number): void {
  const next = readHash(location.hash, el.hashPrefix);
  const f = el.view ? cleanFilters(next, el.view) : next;
  if (JSON.stringify(f) !== JSON.stringify(el.filters)) el.setFilters(f, settleMs);
}
