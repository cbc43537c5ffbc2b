// Fixture for lazy loading after a failure (src/core/lazy.ts, tested in test/core.test.ts): module
// scripts that fail their first requests, as a chunk does when the connection drops.
//   GET /api/flaky-module/<run>/<fails>/<name>.js   the first <fails> requests of this address (the
//       query, such as ?retry=1, is not part of it) answer 503; later ones answer the module:
//       `export const value = '<name>'`. The module `with-dep` also imports ../1/dep.js, which
//       fails once: a module whose own import fails.
//   GET /api/flaky-module-stats/<run>               every request of the run, in order:
//       [{ path, query, status }]
import { sendJson } from './_util.mjs';

const runs = new Map();
const runOf = (id) => {
  if (!runs.has(id)) runs.set(id, { log: [], counts: new Map() });
  return runs.get(id);
};

export const routes = [
  {
    method: 'GET',
    path: /^\/api\/flaky-module-stats\/([\w-]+)$/,
    handle(req, res, [, id]) {
      sendJson(res, 200, runOf(id).log);
    },
  },
  {
    method: 'GET',
    path: /^\/api\/flaky-module\/([\w-]+)\/(\d+)\/([\w-]+)\.js$/,
    handle(req, res, [path, id, fails, name], url) {
      const run = runOf(id);
      const n = (run.counts.get(path) ?? 0) + 1;
      run.counts.set(path, n);
      const status = n <= Number(fails) ? 503 : 200;
      run.log.push({ path, query: url.search, status });
      if (status !== 200) {
        res.writeHead(503, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
        return void res.end('Service Unavailable');
      }
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(`${name === 'with-dep' ? "export { value as dep } from '../1/dep.js';\n" : ''}export const value = ${JSON.stringify(name)};\n`);
    },
  },
];
