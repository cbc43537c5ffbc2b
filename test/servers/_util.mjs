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
