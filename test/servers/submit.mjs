// Fixture for the core submission client: scenarios of failure, counted by idempotency key.
//   POST /api/submit/<scenario>/<run>   scenarios: ok, fail-twice, busy, hang-once, reject, flaky-network (the first answer breaks off),
//     store-then-drop (stores what came, even without a key, then breaks the connection after 1.5 s,
//     in the middle of the answer: a request that reached the server while the person's connection went down)
//   GET  /api/submit/stats/<run>        { requests, stored, keys }
import { createStore, receive, sendJson, storeAndAnswer } from './_util.mjs';

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
      const { run: r, n, raw, key } = await receive(store, run, req);
      if (scenario === 'store-then-drop') {
        r.stored.set(key ?? `request-${n}`, raw);
        // The answer starts, then the connection breaks (with no answer at all, Chrome would send the
        // request again by itself on a reused connection).
        setTimeout(() => {
          res.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': '100' });
          res.write('{"reference": "REF');
          setTimeout(() => req.socket.destroy(), 50);
        }, 1500);
        return;
      }
      if (!key) return sendJson(res, 400, { error: 'Idempotency-Key missing' });
      if (scenario === 'reject') return sendJson(res, 422, [{ code: 422, description: 'description too short' }]);
      if (!['ok', 'fail-twice', 'busy', 'hang-once', 'flaky-network', 'always-500'].includes(scenario)) return sendJson(res, 404, { error: 'unknown scenario' });
      storeAndAnswer({ run: r, key, body: raw, scenario, n, req, res, reference: (i) => `REF-${i}` });
    },
  },
];
