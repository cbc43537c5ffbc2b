// Fixture for the network fault suite (test/core-network-faults.test.ts): each submission follows its
// own plan of faults, one step per attempt the client makes, and is stored once per Idempotency-Key.
//   POST /api/faults/<form>/<run>/<sub>/<plan>   form: feedback | panel; plan: steps joined by "."
//   GET  /api/faults-stats/<run>                 what each submission saw and what was stored
// Steps (after the plan runs out, every attempt is "ok"):
//   ok            store and answer 201 { reference }
//   500           answer 500, store nothing
//   429-<s>       answer 429 with Retry-After: <s>, store nothing      503-<s>  the same with 503
//   reset         drop the connection without answering, store nothing
//   hang          never answer (the client's timeout ends it), store nothing
//   hang-stored   store, then never answer                           stored-500  store, then answer 500
//   stored-reset  store, then drop the connection
// Chrome silently retries a request once when a reused keep-alive socket is dropped. Such a retry
// comes at once, while the client's own retries wait at least ~160 ms, so a request that follows a
// reset within RETRY_WINDOW_MS belongs to the same attempt and is dropped again: one step is one
// attempt as the client sees it.
import { readBody, sendJson } from './_util.mjs';
import { problems } from './panel-signup.mjs';

const RETRY_WINDOW_MS = 100;
const runs = new Map();

function runOf(id) {
  if (!runs.has(id)) runs.set(id, { stored: new Map(), subs: new Map() });
  return runs.get(id);
}
function subOf(run, sub) {
  if (!run.subs.has(sub)) run.subs.set(sub, { step: 0, requests: [], lastReset: undefined });
  return run.subs.get(sub);
}

function invalid(form, raw) {
  let body;
  try {
    body = JSON.parse(raw);
  } catch {
    return ['the body is not JSON'];
  }
  if (form === 'panel') return problems(body);
  return ['kind', 'message'].filter((k) => typeof body[k] !== 'string' || !body[k]).map((k) => `${k} is required`);
}

export const routes = [
  {
    method: 'GET',
    path: /^\/api\/faults-stats\/([\w-]+)$/,
    handle(req, res, [, id]) {
      const run = runOf(id);
      const stored = [...run.stored].map(([key, s]) => ({ key, ...s }));
      const subs = Object.fromEntries([...run.subs].map(([sub, s]) => [sub, { requests: s.requests, stored: stored.filter((x) => x.sub === sub) }]));
      sendJson(res, 200, { stored: stored.length, subs });
    },
  },
  {
    method: 'POST',
    path: /^\/api\/faults\/(feedback|panel)\/([\w-]+)\/([\w-]+)\/([\w.-]+)$/,
    async handle(req, res, [, form, runId, subId, planText]) {
      const raw = await readBody(req);
      const at = Date.now();
      const run = runOf(runId);
      const sub = subOf(run, subId);
      const key = req.headers['idempotency-key'];
      const plan = planText.split('.');
      let step;
      let browserRetry = false;
      if (sub.lastReset && at - sub.lastReset.at < RETRY_WINDOW_MS) {
        step = sub.lastReset.step;
        browserRetry = true;
      } else {
        step = plan[sub.step++] ?? 'ok';
      }
      const entry = { key, step, at, browserRetry };
      sub.requests.push(entry);
      const wrong = key ? invalid(form, raw) : ['Idempotency-Key header missing'];
      if (wrong.length) return sendJson(res, 422, { message: wrong.join('; ') });

      const store = () => {
        if (!run.stored.has(key)) run.stored.set(key, { sub: subId, body: JSON.parse(raw), storedAt: Date.now(), reference: `R-${run.stored.size + 1}`, copies: 0 });
        run.stored.get(key).copies++;
        return run.stored.get(key);
      };
      const drop = () => {
        sub.lastReset = { at: Date.now(), step };
        req.socket.destroy();
      };
      const hang = () => {
        // The client gives up after its timeout and closes the connection; this is only a safety net.
        const t = setTimeout(() => req.socket.destroy(), 30_000);
        res.on('close', () => clearTimeout(t));
      };
      const [name, seconds] = step.split('-');
      switch (name === 'stored' || name === 'hang' ? step : name) {
        case 'ok':
          return sendJson(res, 201, { reference: store().reference });
        case '500':
          return sendJson(res, 500, { error: 'temporary failure' });
        case '429':
        case '503':
          return sendJson(res, Number(name), { error: 'busy' }, { 'Retry-After': seconds ?? '0' });
        case 'reset':
          return drop();
        case 'hang':
          return hang();
        case 'hang-stored':
          store();
          return hang();
        case 'stored-500':
          store();
          return sendJson(res, 500, { error: 'stored, but the answer failed' });
        case 'stored-reset':
          store();
          return drop();
        default:
          return sendJson(res, 400, { message: `unknown step ${step}` });
      }
    },
  },
];
