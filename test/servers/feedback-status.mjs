// Fixtures for <osa-feedback-status>: one small feedback service per run that takes feedback (Open311
// and JSON, as <osa-feedback> sends it), answers status lookups (Open311 GeoReport v2 and the JSON
// contract of docs/feedback-status.schema.json), and lets a test change a status as a case worker would.
// Every run starts with six examples (2026-00101 … 2026-00106), one for each state the page shows.
//   GET  /api/fbs/<scenario>/<run>/open311/services.json        one service (Kotihoito, 171)
//   POST /api/fbs/<scenario>/<run>/open311/requests.json        new feedback (form data) → [{service_request_id}]
//   GET  /api/fbs/<scenario>/<run>/open311/requests/<id>.json   [request] or 404 [{code, description}]; scenario fms as
//                                                               FixMyStreet answers: {"service_requests": [request]}, and
//                                                               {"service_requests": []} with 200 for an unknown or hidden
//                                                               report (mysociety/fixmystreet t/app/controller/open311.t)
//   GET  /api/fbs/<scenario>/<run>/open311/tokens/<token>.json  a batch service's token: TOK-<id> became <id>
//                                                               → [{service_request_id, token}], else 404 (Chicago/open311-api-docs);
//                                                               TOK-HIDDEN-<id> became <id>, which is not public yet
//   POST /api/fbs/<scenario>/<run>/json                         new feedback (JSON, Idempotency-Key) → {reference}
//   GET  /api/fbs/<scenario>/<run>/json?reference=<id>          the JSON contract, or 404 {message}
//   POST /api/fbs-admin/<run>/<id>                              change a status: {status, notes, updated?, expected?}
//   GET  /api/fbs-admin/<run>/log                               the lookups of the run: method, path, query, some headers
// Scenarios (for the lookups): ok, fail-twice (two 500s), busy (429 with Retry-After: 1), always-500,
// hang-once (the first answer never comes), hostile (markup in the notes), notjson (200 with an HTML page).
import { applyFault, fault, readBody, sendJson, HOSTILE } from './_util.mjs';

const runs = new Map();

/** The six examples every run starts with; dates in Helsinki time, around Monday 23 November 2026. */
function examples() {
  const reply = {
    fi: 'Kiitos palautteesta. Kotihoidon käyntiajat on nyt sovittu kahden tunnin aikaikkunaan. Soitamme sinulle vielä tällä viikolla.',
    sv: 'Tack för din respons. Hemvårdens besök sker nu inom ett tidsfönster på två timmar. Vi ringer dig ännu den här veckan.',
    en: 'Thank you for your feedback. Home care visits now come within a two-hour window. We will call you this week.',
  };
  const list = [
    { id: '2026-00101', status: 'received', received: '2026-11-20T14:05:00+02:00', updated: '2026-11-20T14:05:00+02:00' },
    { id: '2026-00102', status: 'in-progress', received: '2026-11-18T10:00:00+02:00', updated: '2026-11-19T12:30:00+02:00', expected: '2026-11-27T16:00:00+02:00',
      notes: { fi: 'Selvitämme asiaa kotihoidon esihenkilön kanssa.', sv: 'Vi utreder saken med hemvårdens förman.', en: 'We are looking into this with the home care manager.' } },
    { id: '2026-00103', status: 'answered', received: '2026-11-16T09:00:00+02:00', updated: '2026-11-19T15:00:00+02:00', notes: reply, resultsId: 'r3' },
    { id: '2026-00104', status: 'answered', received: '2026-11-02T09:00:00+02:00', updated: '2026-11-13T11:00:00+02:00', notes: reply },
    { id: '2026-00105', status: 'closed', received: '2026-11-09T08:00:00+02:00', updated: '2026-11-10T08:00:00+02:00' },
    { id: '2026-00106', status: 'received', received: '2026-11-02T16:00:00+02:00', updated: '2026-11-02T16:00:00+02:00' },
  ];
  return new Map(list.map((r) => [r.id, r]));
}

function run(id) {
  if (!runs.has(id)) runs.set(id, { records: examples(), lookups: 0, log: [], created: 0, keys: new Map() });
  return runs.get(id);
}

const DETAILED = { received: 'RECEIVED', 'in-progress': 'IN_PROCESS', answered: 'PROCESSED', closed: 'REJECTED' };
const localized = (text, locale) => (text && typeof text === 'object' ? text[locale] ?? text.fi : text ?? null);

/** A record as an Open311 server (Helsinki style, with extensions) answers it. */
function asOpen311(r, locale, hostile) {
  return {
    service_request_id: r.id,
    status: r.status === 'answered' || r.status === 'closed' ? 'closed' : 'open',
    status_notes: hostile ? HOSTILE : localized(r.notes, locale),
    service_name: 'Kotihoito',
    service_code: '171',
    description: r.description ?? 'Palaute',
    requested_datetime: r.received,
    updated_datetime: r.updated,
    expected_datetime: r.expected ?? null,
    extended_attributes: { detailed_status: DETAILED[r.status] },
  };
}

/** A record in the JSON contract (docs/feedback-status.schema.json). */
function asJson(r, hostile) {
  return {
    reference: r.id,
    status: r.status,
    notes: hostile ? HOSTILE : r.notes ?? null,
    received: r.received,
    updated: r.updated,
    expected: r.expected ?? null,
    ...(r.promisedBy !== undefined ? { promisedBy: r.promisedBy } : {}),
    ...(r.answeredAt ? { answeredAt: r.answeredAt } : {}),
    ...(r.resultsId ? { resultsId: r.resultsId } : {}),
  };
}

/** Logs a lookup, then answers it through the run's fault scenario. */
function lookup(req, res, scenario, runId, url, answer) {
  const r = run(runId);
  const n = ++r.lookups;
  r.log.push({ n, method: req.method, path: url.pathname, query: url.search, referer: req.headers.referer ?? null, cookie: req.headers.cookie ?? null, idempotencyKey: req.headers['idempotency-key'] ?? null, at: Date.now() });
  if (scenario === 'notjson') return void (res.writeHead(200, { 'Content-Type': 'text/html' }), res.end('<html><body>Huoltokatko</body></html>'));
  applyFault(fault(scenario, n), req, res, (respond) => respond && answer(r));
}

export const routes = [
  {
    method: 'GET',
    path: /^\/api\/fbs-admin\/([\w-]+)\/log$/,
    handle: (req, res, [, runId]) => sendJson(res, 200, run(runId).log),
  },
  {
    method: 'POST',
    path: /^\/api\/fbs-admin\/([\w-]+)\/([\w.-]+)$/,
    async handle(req, res, [, runId, id]) {
      const r = run(runId).records.get(id);
      if (!r) return sendJson(res, 404, { message: 'no such feedback' });
      const change = JSON.parse((await readBody(req)) || '{}');
      Object.assign(r, change, { updated: change.updated ?? new Date().toISOString() });
      sendJson(res, 200, r);
    },
  },
  {
    method: 'GET',
    path: /^\/api\/fbs\/([\w-]+)\/([\w-]+)\/open311\/services\.json$/,
    handle: (req, res) => sendJson(res, 200, [{ service_code: '171', service_name: 'Kotihoito', type: 'realtime', metadata: false }]),
  },
  {
    method: 'POST',
    path: /^\/api\/fbs\/([\w-]+)\/([\w-]+)\/open311\/requests\.json$/,
    async handle(req, res, [, , runId]) {
      const r = run(runId);
      const form = Object.fromEntries(new URLSearchParams(await readBody(req)));
      if (!form.service_code || !form.description) return sendJson(res, 400, [{ code: 400, description: 'service_code and description are required' }]);
      const id = `2026-${String(200 + ++r.created).padStart(5, '0')}`;
      const now = new Date().toISOString();
      r.records.set(id, { id, status: 'received', received: now, updated: now, description: form.description });
      sendJson(res, 201, [{ service_request_id: id, service_notice: null, account_id: null }]);
    },
  },
  {
    method: 'GET',
    path: /^\/api\/fbs\/([\w-]+)\/([\w-]+)\/open311\/requests\/([^/]+)\.json$/,
    handle(req, res, [, scenario, runId, raw], url) {
      lookup(req, res, scenario, runId, url, (r) => {
        const record = r.records.get(decodeURIComponent(raw));
        if (scenario === 'fms') return sendJson(res, 200, { service_requests: record ? [asOpen311(record, 'en', false)] : [] });
        if (!record) return sendJson(res, 404, [{ code: 404, description: 'Service request not found' }]);
        sendJson(res, 200, [asOpen311(record, url.searchParams.get('locale') ?? 'fi', scenario === 'hostile')]);
      });
    },
  },
  {
    method: 'GET',
    path: /^\/api\/fbs\/([\w-]+)\/([\w-]+)\/open311\/tokens\/([^/]+)\.json$/,
    handle(req, res, [, scenario, runId, raw], url) {
      lookup(req, res, scenario, runId, url, (r) => {
        const token = decodeURIComponent(raw);
        // TOK-HIDDEN-<id>: the request it became is not public yet (requests/<id>.json answers 404).
        if (token.startsWith('TOK-HIDDEN-')) return sendJson(res, 200, [{ service_request_id: token.slice(11), token }]);
        const id = token.replace(/^TOK-/, '');
        if (token === id || !r.records.has(id)) return sendJson(res, 404, [{ code: 404, description: 'token not found' }]);
        sendJson(res, 200, [{ service_request_id: id, token }]);
      });
    },
  },
  {
    method: 'POST',
    path: /^\/api\/fbs\/([\w-]+)\/([\w-]+)\/json$/,
    async handle(req, res, [, , runId]) {
      const r = run(runId);
      const key = req.headers['idempotency-key'];
      if (!key) return sendJson(res, 400, { message: 'Idempotency-Key header missing' });
      const body = JSON.parse(await readBody(req));
      if (!r.keys.has(key)) {
        const id = `PAL-${2026000 + ++r.created}`;
        const now = new Date().toISOString();
        r.keys.set(key, id);
        r.records.set(id, { id, status: 'received', received: now, updated: now, promisedBy: body.promisedBy ?? null, description: body.message });
      }
      sendJson(res, 201, { reference: r.keys.get(key) });
    },
  },
  {
    method: 'GET',
    path: /^\/api\/fbs\/([\w-]+)\/([\w-]+)\/json$/,
    handle(req, res, [, scenario, runId], url) {
      lookup(req, res, scenario, runId, url, (r) => {
        const record = r.records.get(url.searchParams.get('reference') ?? '');
        if (!record) return sendJson(res, 404, { message: 'not found' });
        sendJson(res, 200, asJson(record, scenario === 'hostile'));
      });
    },
  },
];
