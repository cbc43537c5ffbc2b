/**
 * The parts of <osa-you-said-we-did> that its first render does not need: the search (folded texts,
 * the index built in the background), the "most raised" order and writing the filters into the URL
 * hash. A lazy chunk: the board asks for it right after its first render (so it is there before
 * anyone types), or together with its language pack when a linked view searches or sorts at once.
 */
import { applyFilters, type Filters, NO_FILTERS, textsOf, type View } from './data.js';

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
  return applyFilters(view, f, f.sort === 'raised' ? (view.raised ??= raisedOrder(view)) : view.newest,
    words.length ? (i) => words.every((w) => view.search[i].includes(w)) : undefined);
}

/** The hash with our parts replaced by `f` (defaults left out) and the page's own parts kept. */
export function writeHash(hash: string, prefix: string, f: Filters): string {
  const parts = hash.replace(/^#/, '').split('&').filter((p) => p && !p.startsWith(`${prefix}-`));
  for (const key of Object.keys(NO_FILTERS) as (keyof Filters)[]) if (f[key] !== NO_FILTERS[key]) parts.push(`${prefix}-${key}=${encodeURIComponent(f[key])}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
