// Fixture for <osa-quick-rating>: a JSON endpoint that checks each rating (1–5, an optional comment
// within 500 characters, service, unit, mode, locale, the minute it was given, no other field) and
// stores it once per Idempotency-Key, with the shared fault scenarios. The stats say how many
// requests came and how many ratings were stored, per key.
//   POST /api/quick-rating/<scenario>/<run>   scenarios: ok, fail-twice, busy, hang-once, flaky-network, always-500, reject, conflict-once
//   GET  /api/quick-rating-stats/<run>         { requests, stored, keys, bodies, log }
import { createStore, receive, sendJson, storeAndAnswer, statsRoute } from './_util.mjs';

const store = createStore();
const FIELDS = ['rating', 'comment', 'service', 'unit', 'mode', 'locale', 'ratedAt'];

/** What is wrong with a rating, in words; an empty list when it is right. */
export function problems(b) {
  if (!b || typeof b !== 'object' || Array.isArray(b)) return ['the body must be a JSON object'];
  const out = Object.keys(b).filter((k) => !FIELDS.includes(k)).map((k) => `unknown field "${k}"`);
  if (![1, 2, 3, 4, 5].includes(b.rating)) out.push('rating must be a whole number from 1 to 5');
  if ('comment' in b && (typeof b.comment !== 'string' || !b.comment.trim() || b.comment.length > 500)) out.push('comment must be 1 to 500 characters when present');
  for (const k of ['service', 'unit']) if (k in b && (typeof b[k] !== 'string' || !b[k].trim())) out.push(`${k} must be text when present`);
  if (!['inline', 'kiosk'].includes(b.mode)) out.push('mode must be inline or kiosk');
  if (!['fi', 'sv', 'en'].includes(b.locale)) out.push('locale must be fi, sv or en');
  if (typeof b.ratedAt !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/.test(b.ratedAt)) out.push('ratedAt must be an ISO time to the minute');
  return out;
}

export const routes = [
  statsRoute('quick-rating', store),
  {
    method: 'POST',
    path: /^\/api\/quick-rating\/([\w-]+)\/([\w-]+)$/,
    async handle(req, res, [, scenario, run]) {
      const { run: r, n, raw, key } = await receive(store, run, req);
      if (!key) return sendJson(res, 400, { message: 'Idempotency-Key header missing' });
      let body;
      try {
        body = JSON.parse(raw);
      } catch {
        return sendJson(res, 400, { message: 'Body is not JSON' });
      }
      const wrong = problems(body);
      if (wrong.length) return sendJson(res, 422, { message: wrong.join('; ') });
      if (scenario === 'reject') return sendJson(res, 422, { message: 'Ei <b>tallennettu</b>.' });
      storeAndAnswer({ run: r, key, body, scenario, n, req, res, reference: (i) => `R-${i}` });
    },
  },
];
