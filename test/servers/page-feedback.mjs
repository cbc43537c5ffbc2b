// Fixture for <osa-page-feedback>: a JSON endpoint that checks each record (useful, answerId, the
// page without query or fragment, title, locale, an optional comment within 500 characters, no
// other field) and stores it once per Idempotency-Key, with the shared fault scenarios. It notes
// whether a request carried a Cookie or Referer header (none should).
//   POST /api/page-feedback/<scenario>/<run>   scenarios: ok, fail-twice, busy, hang-once, flaky-network, always-500, reject
//   GET  /api/page-feedback-stats/<run>         { requests, stored, keys, bodies, log }
import { createStore, receive, sendJson, storeAndAnswer, statsRoute } from './_util.mjs';

const store = createStore();
const FIELDS = ['useful', 'comment', 'answerId', 'pageUrl', 'pageTitle', 'locale'];

/** What is wrong with a record, in words; an empty list when it is right. */
export function problems(b) {
  if (!b || typeof b !== 'object' || Array.isArray(b)) return ['the body must be a JSON object'];
  const out = Object.keys(b).filter((k) => !FIELDS.includes(k)).map((k) => `unknown field "${k}"`);
  if (typeof b.useful !== 'boolean') out.push('useful must be true or false');
  if (typeof b.answerId !== 'string' || !/^[\w-]{8,}$/.test(b.answerId)) out.push('answerId must be an id');
  if (typeof b.pageUrl !== 'string' || /[?#]/.test(b.pageUrl) || !/^https?:\/\//.test(b.pageUrl)) out.push('pageUrl must be an address without query or fragment');
  if (typeof b.pageTitle !== 'string') out.push('pageTitle must be text');
  if (!['fi', 'sv', 'en'].includes(b.locale)) out.push('locale must be fi, sv or en');
  if ('comment' in b && (typeof b.comment !== 'string' || !b.comment.trim() || b.comment.length > 500)) out.push('comment must be 1 to 500 characters when present');
  return out;
}

export const routes = [
  statsRoute('page-feedback', store),
  {
    method: 'POST',
    path: /^\/api\/page-feedback\/([\w-]+)\/([\w-]+)$/,
    async handle(req, res, [, scenario, run]) {
      const { run: r, n, raw, key } = await receive(store, run, req);
      r.log[r.log.length - 1].cookie = req.headers.cookie ?? null;
      r.log[r.log.length - 1].referer = req.headers.referer ?? null;
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
      storeAndAnswer({ run: r, key, body, scenario, n, req, res, reference: (i) => `S-${i}` });
    },
  },
];
