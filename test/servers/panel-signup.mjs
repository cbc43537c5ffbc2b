// Fixture for <osa-panel-signup>: a JSON endpoint that checks each application against the rules of
// docs/panel-signup.schema.json (only filled fields, the required consent, the separate consent for
// service areas) and stores it once per Idempotency-Key, with the shared fault scenarios.
//   POST /api/panel-signup/<scenario>/<run>   scenarios: ok, fail-twice, busy, hang-once, flaky-network,
//                                              always-500, reject, hostile, noref, slow (answers after a second)
//   GET  /api/panel-signup-stats/<run>         { requests, stored, keys, bodies, log }
import { createStore, receive, sendJson, storeAndAnswer, statsRoute } from './_util.mjs';

const store = createStore();
const HOSTILE = '<img src=x onerror="window.__pwned=1">AR-1 <script>window.__pwned=2</script>';
const SCENARIOS = ['ok', 'fail-twice', 'busy', 'hang-once', 'flaky-network', 'always-500', 'reject', 'hostile', 'noref', 'slow'];

const TOP = ['kind', 'panelId', 'locale', 'name', 'contact', 'area', 'ageGroup', 'serviceAreas', 'influence', 'support', 'availability', 'consent', 'eligibilityConfirmed', 'replyBy', 'spamSignals'];
const CHANNEL_FIELD = { email: 'email', phone: 'phone', post: 'postalAddress' };
const isObject = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
const text = (v) => typeof v === 'string' && v.trim() !== '';
const list = (v) => Array.isArray(v) && v.length > 0 && v.every(text);

/** What is wrong with an application, in words; an empty list when it follows the schema. */
export function problems(a) {
  const out = [];
  if (!isObject(a)) return ['the body must be a JSON object'];
  for (const k of Object.keys(a)) if (!TOP.includes(k)) out.push(`unknown field "${k}"`);
  if (!text(a.name)) out.push('name is required');
  if (!['fi', 'sv', 'en'].includes(a.locale)) out.push('locale must be fi, sv or en');
  const c = a.contact;
  if (!isObject(c)) out.push('contact is required');
  else {
    for (const k of Object.keys(c)) if (!['email', 'phone', 'postalAddress', 'preferred'].includes(k)) out.push(`unknown contact field "${k}"`);
    for (const k of ['email', 'phone', 'postalAddress']) if (k in c && !text(c[k])) out.push(`contact.${k} must not be empty`);
    if (!CHANNEL_FIELD[c.preferred] || !text(c[CHANNEL_FIELD[c.preferred]])) out.push('contact.preferred must name a channel that was given');
  }
  if ('kind' in a && !['development-customer', 'experience-expert', 'workshop'].includes(a.kind)) out.push('kind must be development-customer, experience-expert or workshop when present');
  for (const k of ['panelId', 'area', 'ageGroup', 'influence']) if (k in a && !text(a[k])) out.push(`${k} must not be empty when present`);
  for (const k of ['serviceAreas', 'availability']) if (k in a && !list(a[k])) out.push(`${k} must be a non-empty list when present`);
  if ('support' in a && !(isObject(a.support) && list(a.support.needs))) out.push('support.needs must be a non-empty list when present');
  if (!isObject(a.consent) || a.consent.processing !== true) out.push('consent.processing must be true');
  else {
    for (const [k, v] of Object.entries(a.consent)) if (v !== true) out.push(`consent.${k} must be true when present`);
    if ('serviceAreas' in a && a.consent.specialCategory !== true) out.push('serviceAreas need consent.specialCategory');
    if (!('serviceAreas' in a) && 'specialCategory' in a.consent) out.push('consent.specialCategory without serviceAreas');
  }
  if ('eligibilityConfirmed' in a && a.eligibilityConfirmed !== true) out.push('eligibilityConfirmed must be true when present');
  if ('replyBy' in a && !/^\d{4}-\d{2}-\d{2}$/.test(a.replyBy)) out.push('replyBy must be YYYY-MM-DD');
  return out;
}

export const routes = [
  statsRoute('panel-signup', store),
  {
    method: 'POST',
    path: /^\/api\/panel-signup\/([\w-]+)\/([\w-]+)$/,
    async handle(req, res, [, scenario, run]) {
      const { run: r, n, raw, key } = await receive(store, run, req);
      if (!SCENARIOS.includes(scenario)) return sendJson(res, 404, { message: 'unknown scenario' });
      if (!key) return sendJson(res, 400, { message: 'Idempotency-Key header missing' });
      let body;
      try {
        body = JSON.parse(raw);
      } catch {
        return sendJson(res, 400, { message: 'Body is not JSON' });
      }
      const wrong = problems(body);
      if (wrong.length) return sendJson(res, 422, { message: wrong.join('; ') });
      if (scenario === 'reject') return sendJson(res, 422, { message: 'Haku on <b>päättynyt</b>.' });
      storeAndAnswer({ run: r, key, body, scenario, n, req, res, hostile: HOSTILE, reference: (i) => `AR-${2027000 + i}` });
    },
  },
];
