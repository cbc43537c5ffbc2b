// Mounts every HTTP fixture in this folder. A fixture module exports `routes`: an array of
// { method, path: RegExp, handle(req, res, match) } with plain Node request/response objects,
// so the same handlers serve the test runner (Koa) and Storybook's dev server (Vite/connect).
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));

export async function loadRoutes() {
  const files = readdirSync(dir).filter((f) => f.endsWith('.mjs') && f !== 'index.mjs' && !f.startsWith('_'));
  const routes = [];
  for (const f of files) {
    const mod = await import(pathToFileURL(`${dir}/${f}`).href);
    routes.push(...(mod.routes ?? []));
  }
  return routes;
}

/** Finds and runs a matching route. Returns true if it handled the request. */
export async function handle(routes, req, res) {
  const url = new URL(req.url, 'http://localhost');
  for (const route of routes) {
    if (route.method && route.method !== req.method) continue;
    const match = url.pathname.match(route.path);
    if (match) {
      await route.handle(req, res, match, url);
      return true;
    }
  }
  return false;
}

/** Connect-style middleware (Vite / Storybook). */
export async function connectMiddleware() {
  const routes = await loadRoutes();
  return (req, res, next) => {
    handle(routes, req, res).then((done) => (done ? undefined : next()), next);
  };
}

/** Koa middleware (web-test-runner). */
export async function koaMiddleware() {
  const routes = await loadRoutes();
  return async (ctx, next) => {
    // Read the body before Koa's other middleware can touch the stream.
    const handled = await new Promise((resolve, reject) => {
      ctx.respond = false;
      handle(routes, ctx.req, ctx.res).then(resolve, reject);
    });
    if (!handled) {
      ctx.respond = true;
      await next();
    }
  };
}
