// Small helpers for the HTTP fixtures: read a body, answer JSON.
export function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendJson(res, status, data, headers = {}) {
  const body = data === undefined ? '' : JSON.stringify(data);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

/** Stores submissions per run id, counted by idempotency key (a test asks how many were stored). */
export function createStore() {
  const runs = new Map();
  return {
    run(id) {
      if (!runs.has(id)) runs.set(id, { requests: 0, stored: new Map(), log: [] });
      return runs.get(id);
    },
  };
}

/**
 * Fault scenarios shared by the fixtures. Returns what to do with the n-th request of a run:
 * 'store' (accept it), 'hang-stored' (store, then never answer), 'slow' (store and answer after a second), 'reset' (drop the connection),
 * 'cut' (start an answer, then drop the connection), or a response { status, body, headers } to send without storing.
 */
export function fault(scenario, n) {
  switch (scenario) {
    case 'fail-twice':
      return n <= 2 ? { status: 500, body: { error: 'temporary failure' } } : 'store';
    case 'busy':
      return n === 1 ? { status: 429, body: { error: 'slow down' }, headers: { 'Retry-After': '1' } } : 'store';
    case 'hang-once':
      return n === 1 ? 'hang-stored' : 'store';
    case 'flaky-network':
      // The connection breaks in the middle of the answer. (Chrome itself sends a request again when a
      // reused connection closes before any answer, sometimes more than once, so the client would not
      // always see a plain reset.)
      return n === 1 ? 'cut' : 'store';
    case 'slow':
      // The answer takes a second: long enough for a person to change the form while it is on its way.
      return 'slow';
    case 'conflict-once':
      // The IETF Idempotency-Key draft: 409 while a request with the same key is still being handled.
      return n === 1 ? { status: 409, body: { error: 'A request with this key is still being processed.' } } : 'store';
    case 'always-500':
      return { status: 500, body: { error: 'down' } };
    default:
      return 'store';
  }
}

/** Applies a fault decision; calls `store()` to keep the submission and answer. */
export function applyFault(decision, req, res, store) {
  if (decision === 'reset') return req.socket.destroy();
  if (decision === 'cut') {
    // A length that says more is coming: a body that stops short is an error in every engine.
    res.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': '100' });
    res.write('{"reference": "');
    return void setTimeout(() => req.socket.destroy(), 50);
  }
  if (decision === 'hang-stored') return void store(false);
  if (decision === 'slow') return void setTimeout(() => store(true), 1000);
  if (decision === 'store') return store(true);
  sendJson(res, decision.status, decision.body, decision.headers);
}

/** A string that would run script if a component ever rendered it as HTML. */
export const HOSTILE = '<img src=x onerror="window.__pwned=1">Kiitos <script>window.__pwned=2</script>';

/**
 * The JSON endpoints' common answer: apply the run's fault scenario, store the body once per
 * key, then answer 201 `{reference}` (`noref`: 204, `hostile`: a reference with markup).
 */
export function storeAndAnswer({ run, key, body, scenario, n, req, res, reference, hostile = HOSTILE }) {
  applyFault(fault(scenario, n), req, res, (answer) => {
    if (!run.stored.has(key)) run.stored.set(key, body);
    if (!answer) return;
    if (scenario === 'noref') return sendJson(res, 204, undefined);
    sendJson(res, 201, { reference: scenario === 'hostile' ? hostile : reference([...run.stored.keys()].indexOf(key) + 1) });
  });
}

/** Counts and logs a request in its run and reads its body: { run, n, raw, key }. */
export async function receive(store, runId, req) {
  const run = store.run(runId);
  const n = ++run.requests;
  const raw = await readBody(req);
  const key = req.headers['idempotency-key'];
  run.log.push({ n, key, contentType: req.headers['content-type'], at: Date.now() });
  return { run, n, raw, key };
}

/** GET /api/<name>-stats/<run>: what a fixture received and stored in one test run. */
export function statsRoute(name, store) {
  return {
    method: 'GET',
    path: new RegExp(`^/api/${name}-stats/([\\w-]+)$`),
    handle(req, res, [, run]) {
      const r = store.run(run);
      sendJson(res, 200, { requests: r.requests, stored: r.stored.size, keys: [...r.stored.keys()], bodies: [...r.stored.values()], log: r.log });
    },
  };
}
