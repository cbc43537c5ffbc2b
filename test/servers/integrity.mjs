// Fixture for the integrity suite (test/core-integrity.test.ts): what arrives where, with which headers.
//   ANY  /api/integrity/store/<run>/<plan>[/<rest>]  records method, path, Referer, Cookie, Origin and body.
//        POST stores the body once per Idempotency-Key: the first body wins, and a repeat of a key
//        gets the same answer as before (what docs/feedback.md asks of a server). plan "fail-first":
//        the first n POSTs of the run are stored, then answered 500 (the person sees a failure and
//        can edit before "Try again"); "fail-<m>-<n>": POSTs m to n of the run are; "ok": every POST
//        is stored and answered 201 { reference }. An Open311 POST (…/requests.json) is stored anew
//        each time, as GeoReport v2 servers do, and answered 201 [{ service_request_id }].
//        GET answers JSON: services.json → an Open311 service list, anything else → [].
//   ANY  /api/integrity/redirect/<run>/<status>[/<rest>]  answers <status> with Location: the sink of
//        the run on the other loopback name (localhost ↔ 127.0.0.1): another origin, same fixtures.
//   ANY  /api/integrity/sink/<run>      "another origin": records every request (a CORS preflight
//        too) and lets it in (any origin, method and header), answering 201 { reference: 'EVIL-1' }.
//   GET  /api/integrity/stats/<run>     { requests: [...], stored: { [key]: body }, sink: [...] }
import { readBody, sendJson } from './_util.mjs';

const runs = new Map();
function runOf(id) {
  if (!runs.has(id)) runs.set(id, { requests: [], stored: new Map(), sink: [], posts: 0 });
  return runs.get(id);
}

function parse(raw) {
  try {
    return JSON.parse(raw);
  } catch {
    return Object.fromEntries(new URLSearchParams(raw));
  }
}

const SERVICES = [{ service_code: '171', service_name: 'Kotihoito', type: 'realtime', metadata: false }];

export const routes = [
  {
    method: 'GET',
    path: /^\/api\/integrity\/stats\/([\w-]+)$/,
    handle(req, res, [, id]) {
      const run = runOf(id);
      sendJson(res, 200, { requests: run.requests, stored: Object.fromEntries([...run.stored].map(([k, v]) => [k, v.body])), sink: run.sink });
    },
  },
  {
    path: /^\/api\/integrity\/store\/([\w-]+)\/([\w-]+)(?:\/(.*))?$/,
    async handle(req, res, [, id, plan, rest = ''], url) {
      const run = runOf(id);
      const raw = await readBody(req);
      const key = req.headers['idempotency-key'];
      run.requests.push({
        method: req.method, path: url.pathname, key, body: raw ? parse(raw) : undefined,
        referer: req.headers.referer ?? null, cookie: req.headers.cookie ?? null, origin: req.headers.origin ?? null,
      });
      if (req.method !== 'POST') return sendJson(res, 200, rest.endsWith('services.json') ? SERVICES : []);
      if (rest.endsWith('requests.json')) {
        // Open311: like a real GeoReport v2 server, every POST is a new request (no Idempotency-Key).
        run.stored.set(`open311-${++run.posts}`, { body: parse(raw), reference: `R-${run.stored.size + 1}` });
        return sendJson(res, 201, [{ service_request_id: `R-${run.stored.size}` }]);
      }
      if (!key) return sendJson(res, 400, { message: 'Idempotency-Key header missing' });
      const n = ++run.posts;
      if (!run.stored.has(key)) run.stored.set(key, { body: parse(raw), reference: `R-${run.stored.size + 1}` });
      const [from, to] = plan.startsWith('fail-') ? (plan.slice(5).includes('-') ? plan.slice(5).split('-').map(Number) : [1, Number(plan.slice(5))]) : [0, -1];
      if (n >= from && n <= to) return sendJson(res, 500, { error: 'stored, but the answer failed' });
      sendJson(res, 201, { reference: run.stored.get(key).reference });
    },
  },
  {
    path: /^\/api\/integrity\/redirect\/([\w-]+)\/(\d{3})(?:\/.*)?$/,
    async handle(req, res, [, id, status], url) {
      const run = runOf(id);
      await readBody(req);
      const [host, port] = (req.headers.host ?? '').split(':');
      const other = `http://${host === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${port}/api/integrity/sink/${id}`;
      run.requests.push({ method: req.method, path: url.pathname, redirectedTo: other });
      res.writeHead(Number(status), { Location: other, 'Cache-Control': 'no-store' });
      res.end();
    },
  },
  {
    path: /^\/api\/integrity\/sink\/([\w-]+)(?:\/.*)?$/,
    async handle(req, res, [, id], url) {
      const run = runOf(id);
      const raw = await readBody(req);
      run.sink.push({ method: req.method, path: url.pathname, host: req.headers.host, body: raw });
      const cors = {
        'Access-Control-Allow-Origin': req.headers.origin ?? '*', 'Access-Control-Allow-Methods': '*',
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*', 'Cache-Control': 'no-store',
      };
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors);
        return res.end();
      }
      sendJson(res, 201, [{ reference: 'EVIL-1', service_request_id: 'EVIL-1' }][0], cors);
    },
  },
];
