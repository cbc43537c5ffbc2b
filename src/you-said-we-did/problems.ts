/**
 * The words for problems in the data of <osa-you-said-we-did> (see Problem in data.ts): a lazy
 * chunk, loaded only when the data has problems, as most boards never show these messages.
 */
import { STATUSES, type Problem } from './data.js';

const TEXT = 'must be text, or text per language like {"fi": "…", "sv": "…"}';

/** Each code's words; a field takes the place of `$`. */
const WORDS = [
  'it is not an object',
  'it has no "id"',
  'an earlier item has the same "id"',
  `"$" ${TEXT}`,
  `"status" must be one of ${STATUSES.join(', ')}`,
  'its status is "not-possible" but it has no "reason": say honestly why',
  '"count" must be a whole number, 0 or more',
  '"topics" must be a list of texts',
  '"dates" must be an object like {"received": "2026-03-01"}',
  '"dates.$" is not a date like 2026-03-01',
];

/** A problem in words that name the item, e.g. `item 5 (id "a7") is skipped: "count" must be a whole number, 0 or more.` */
export function describe([code, item, id, field = '']: Problem): string {
  if (code === 11) return 'the data must be a list of items ([…]) or {"items": […]}';
  if (code === 12) return 'has no data: add a <script type="application/json"> child, the json attribute, src, or adapter="open311" with an endpoint.';
  if (code === 13) return 'adapter="open311" needs an endpoint.';
  const name = `item ${item}${id ? ` (id "${id}")` : ''}`;
  if (code === 10) return `${name}: "link" is not a safe address (http, https, mailto or tel), so it is not shown.`;
  return `${name} is skipped: ${WORDS[code].replace('$', () => field)}.`;
}

/** The console warnings for the first problems a data load found, then how many more of `total` there were. */
export function warnings(first: Problem[], total: number): string[] {
  const out = first.map(describe);
  if (total > first.length) out.push(`${total - first.length} more problems in the data were not listed.`);
  return out;
}
