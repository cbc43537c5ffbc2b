// Fixture for the hostile input suite (test/core-hostile-input.test.ts): a server that answers with
// whatever a test registered for an id — hostile JSON, HTML or SVG bodies, wrong status codes,
// redirects to javascript:, broken lengths and odd headers. The test registers a batch of answers
// in one request, points each component at its own id and then asks how often each id was fetched.
//   POST /api/hostile/set                 body { [id]: answer }
//   ANY  /api/hostile/r/<id>[/<rest>]      the answer registered for id, whatever follows (services.json …)
//   GET  /api/hostile/hits/<prefix>        { [id]: requests } for the ids starting with prefix
//   POST /api/hostile/clear/<prefix>       forgets the answers and hits of those ids
//   ANY  /api/hostile/nowhere/...           400: where the test page's relative URLs go (its <base>), so
//                                           hostile relative addresses do not fill the log with 404s
// answer: { status = 200, headers = {}, text?: string, base64?: string } (text is sent as UTF-8)
import { readBody, sendJson } from './_util.mjs';

const answers = new Map();
const hits = new Map();

/** Sends a registered answer. A header Node refuses (a control character) becomes a 500 that says so. */
function send(res, a = { status: 404, text: 'nothing registered' }) {
  const status = a.status ?? 200;
  const body = a.base64 !== undefined ? Buffer.from(a.base64, 'base64') : a.text ?? '';
  try {
    res.writeHead(status, { 'Cache-Control': 'no-store', ...(a.headers ?? {}) });
  } catch (e) {
    return sendJson(res, 500, { fixtureError: `header refused: ${e.message}` });
  }
  // A 1xx/204/304 has no body; a Content-Length larger than the body makes the client see a cut-off answer.
  res.end([204, 304].includes(status) ? undefined : body);
}

export const routes = [
  {
    method: 'POST',
    path: /^\/api\/hostile\/set$/,
    async handle(req, res) {
      const batch = JSON.parse(await readBody(req));
      for (const [id, answer] of Object.entries(batch)) answers.set(id, answer);
      sendJson(res, 200, { registered: Object.keys(batch).length });
    },
  },
  {
    method: 'POST',
    path: /^\/api\/hostile\/clear\/([\w-]+)$/,
    handle(req, res, [, prefix]) {
      for (const map of [answers, hits]) for (const id of [...map.keys()]) if (id.startsWith(prefix)) map.delete(id);
      sendJson(res, 200, { cleared: prefix });
    },
  },
  {
    method: 'GET',
    path: /^\/api\/hostile\/hits\/([\w-]+)$/,
    handle(req, res, [, prefix]) {
      sendJson(res, 200, Object.fromEntries([...hits].filter(([id]) => id.startsWith(prefix))));
    },
  },
  {
    path: /^\/api\/hostile\/nowhere\//,
    handle: (req, res) => sendJson(res, 400, { message: 'nothing here' }),
  },
  {
    path: /^\/api\/hostile\/r\/([\w-]+)(?:\/(.*))?$/,
    async handle(req, res, [, id]) {
      await readBody(req);
      hits.set(id, (hits.get(id) ?? 0) + 1);
      send(res, answers.get(id));
    },
  },
];
