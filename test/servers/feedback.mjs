// Fixtures for <osa-feedback>: a JSON endpoint and an Open311 GeoReport v2 server, each with fault
// scenarios, counting stored submissions per run by Idempotency-Key (JSON) or by content (Open311,
// which has no such header in the spec; the client still sends it).
//   POST /api/feedback/<scenario>/<run>                       JSON adapter
//   GET  /api/open311/<scenario>/<run>/services.json          Open311 services
//   POST /api/open311/<scenario>/<run>/requests.json          Open311 service request
//   GET  /api/feedback-stats/<run>                            { requests, stored, bodies, headers }
import { applyFault, createStore, fault, HOSTILE, receive, sendJson, storeAndAnswer } from './_util.mjs';

const store = createStore();

const services = {
  fi: [
    { service_code: '171', service_name: 'Kotihoito', description: 'Kotihoidon palvelut', type: 'realtime', keywords: '', group: 'Sosiaalipalvelut', metadata: false },
    { service_code: '172', service_name: 'Terveysasemat', description: '', type: 'realtime', keywords: '', group: 'Terveyspalvelut', metadata: false },
    { service_code: '173', service_name: 'Suun terveydenhuolto', description: '', type: 'realtime', keywords: '', group: 'Terveyspalvelut', metadata: false },
  ],
  sv: [
    { service_code: '171', service_name: 'Hemvård', type: 'realtime', metadata: false },
    { service_code: '172', service_name: 'Hälsostationer', type: 'realtime', metadata: false },
    { service_code: '173', service_name: 'Munhälsovård', type: 'realtime', metadata: false },
  ],
  en: [
    { service_code: '171', service_name: 'Home care', type: 'realtime', metadata: false },
    { service_code: '172', service_name: 'Health centres', type: 'realtime', metadata: false },
    { service_code: '173', service_name: 'Oral health care', type: 'realtime', metadata: false },
  ],
};

export const routes = [
  {
    method: 'GET',
    path: /^\/api\/feedback-stats\/([\w-]+)$/,
    handle(req, res, [, run]) {
      const r = store.run(run);
      sendJson(res, 200, { requests: r.requests, stored: r.stored.size, bodies: [...r.stored.values()], log: r.log });
    },
  },
  {
    method: 'POST',
    path: /^\/api\/feedback\/([\w-]+)\/([\w-]+)$/,
    async handle(req, res, [, scenario, run]) {
      const { run: r, n, raw, key } = await receive(store, run, req);
      if (!key) return sendJson(res, 400, { message: 'Idempotency-Key header missing' });
      let body;
      try {
        body = JSON.parse(raw);
      } catch {
        return sendJson(res, 400, { message: 'Body is not JSON' });
      }
      if (!body.message || !body.kind) return sendJson(res, 422, { message: 'kind and message are required' });
      if (scenario === 'reject') return sendJson(res, 422, { message: 'Viesti hylättiin <b>testissä</b>' });
      storeAndAnswer({ run: r, key, body, scenario, n, req, res, reference: (i) => `PAL-${2026000 + i}` });
    },
  },
  {
    method: 'GET',
    path: /^\/api\/open311\/([\w-]+)\/([\w-]+)\/services\.json$/,
    handle(req, res, [, scenario], url) {
      if (scenario === 'noservices') return sendJson(res, 500, [{ code: 500, description: 'down' }]);
      sendJson(res, 200, services[url.searchParams.get('locale')] ?? services.en);
    },
  },
  {
    method: 'POST',
    path: /^\/api\/open311\/([\w-]+)\/([\w-]+)\/requests\.json$/,
    async handle(req, res, [, scenario, run]) {
      const { run: r, n, raw } = await receive(store, run, req);
      if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded')) return sendJson(res, 400, [{ code: 400, description: 'Expected form data' }]);
      const form = Object.fromEntries(new URLSearchParams(raw));
      if (scenario === 'keyed' && form.api_key !== 'public-web-key') return sendJson(res, 403, [{ code: 403, description: 'Invalid api_key' }]);
      if (!form.service_code) return sendJson(res, 400, [{ code: 400, description: 'service_code missing' }]);
      if (!form.description || form.description.length < 10) return sendJson(res, 400, [{ code: 400, description: 'description must be at least 10 characters' }]);
      const id = `${form.service_code}:${form.description}:${form.email ?? ''}`;
      applyFault(fault(scenario, n), req, res, (answer) => {
        if (!r.stored.has(id)) r.stored.set(id, form);
        if (!answer) return;
        const number = `2026-${String([...r.stored.keys()].indexOf(id) + 1).padStart(5, '0')}`;
        if (scenario === 'token') return sendJson(res, 200, [{ token: `tok-${number}` }]);
        const notice = scenario === 'hostile' ? HOSTILE : 'Palaute käsitellään arkisin.';
        sendJson(res, 201, [{ service_request_id: number, service_notice: notice, account_id: null }]);
      });
    },
  },
];
