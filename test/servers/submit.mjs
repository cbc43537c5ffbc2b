// Fixture for the core submission client: scenarios of failure, counted by idempotency key.
//   POST /api/submit/<scenario>/<run>   scenarios: ok, fail-twice, busy, hang-once, reject, flaky-network
//   GET  /api/submit/stats/<run>        { requests, stored, keys }
import { createStore, readBody, sendJson } from './_util.mjs';

const store = createStore();

export const routes = [
  {
    method: 'GET',
    path: /^\/api\/submit\/stats\/([\w-]+)$/,
    handle(req, res, [, run]) {
      const r = store.run(run);
      sendJson(res, 200, { requests: r.requests, stored: r.stored.size, keys: [...r.stored.keys()], log: r.log });
    },
  },
  {
    method: 'POST',
    path: /^\/api\/submit\/([\w-]+)\/([\w-]+)$/,
    async handle(req, res, [, scenario, run]) {
      const r = store.run(run);
      r.requests++;
      const body = await readBody(req);
      const key = req.headers['idempotency-key'];
      r.log.push({ n: r.requests, key, at: Date.now() });
      const n = r.requests;
      const store1 = () => {
        if (!r.stored.has(key)) r.stored.set(key, body);
        sendJson(res, 201, { reference: `REF-${[...r.stored.keys()].indexOf(key) + 1}` });
      };
      if (!key) return sendJson(res, 400, { error: 'Idempotency-Key missing' });
      switch (scenario) {
        case 'ok':
          return store1();
        case 'fail-twice':
          return n <= 2 ? sendJson(res, 500, { error: 'boom' }) : store1();
        case 'busy':
          return n === 1 ? sendJson(res, 429, { error: 'slow down' }, { 'Retry-After': '1' }) : store1();
        case 'hang-once':
          // Stores, then never answers: the client times out and retries with the same key,
          // and the server must still hold it once.
          if (n === 1) return void (r.stored.has(key) || r.stored.set(key, body));
          return store1();
        case 'flaky-network':
          // Connection reset twice: Chrome itself retries a reset on a reused socket once, so two
          // resets make sure the client sees one.
          if (n <= 2) return req.socket.destroy();
          return store1();
        case 'reject':
          return sendJson(res, 422, [{ code: 422, description: 'description too short' }]);
        case 'always-500':
          return sendJson(res, 500, { error: 'down' });
        default:
          return sendJson(res, 404, { error: 'unknown scenario' });
      }
    },
  },
];
