// Loads the built CDN files as a browser really does, for `npm run size` and `npm run bench`.
// A small server on 127.0.0.1 serves dist/cdn/ compressed with gzip -9 (as a web server would
// serve them), and plain HTML pages with tags in them. loadPage() opens such a page in headless
// Chromium with a cold cache (and optionally an emulated slow network), waits until every tag on
// it has rendered (its language packs loaded), and returns what the browser fetched until then,
// from the page's own Resource Timing entries: each file, its bytes as served, and the round
// trips after the HTML.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Emulated slow mobile connection: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_MOBILE = { offline: false, latency: 150, download: 1.6e6 / 8, upload: 750e3 / 8 };

/** What a web team would put in the page for each tag (a tag not listed here is put in bare). */
export function markupFor(tag, { items = '[]' } = {}) {
  const MARKUP = {
    'osa-feedback': '<osa-feedback endpoint="/api/feedback" privacy-url="/tietosuoja" results-url="/tulokset" phone="09 310 12345"></osa-feedback>',
    'osa-participation-ladder': '<osa-participation-ladder model="spectrum" current="consult" activity="Kysely terveysasemien aukioloajoista" contact-url="mailto:osallisuus@example.fi"></osa-participation-ladder>',
    'osa-panel-signup': '<osa-panel-signup endpoint="/api/asiakasraati" privacy-url="/tietosuoja" panel-name="Perhepalvelujen asiakasraati" term="2027–2028" meetings="Neljä kertaa vuodessa"></osa-panel-signup>',
    'osa-you-said-we-did': `<osa-you-said-we-did feedback-url="/palaute"><script type="application/json">${items}</script></osa-you-said-we-did>`,
  };
  return MARKUP[tag] ?? `<${tag}></${tag}>`;
}

/** The tag a CDN file defines (osa-<name>.js), or every tag for osallisuus.js. */
export const tagsOf = (file, allTags) => (file === 'osallisuus.js' ? allTags : /^osa-[\w-]+\.js$/.test(file) ? [file.replace(/\.js$/, '')] : []);

/**
 * A Finnish page with `tags` in it and one module script, `script` from /cdn/, with the
 * documented preload snippet in <head> when `preload`. A classic script notes when every tag has
 * rendered: defined, and its first update (which waits for the language packs) complete.
 */
export function pageHtml({ script, tags, preload = false, items }) {
  return `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>${script}</title>
${preload ? '<link rel="modulepreload" href="/cdn/runtime.js">\n' : ''}<script>
  window.__rendered = (async () => {
    const tags = ${JSON.stringify(tags)};
    await Promise.all(tags.map(async (tag) => {
      await customElements.whenDefined(tag);
      const el = document.querySelector(tag);
      await el.updateComplete;
      if (!el.shadowRoot || !el.shadowRoot.childNodes.length) throw new Error(tag + ' did not render');
      el.getBoundingClientRect();
    }));
    return performance.now();
  })();
</script>
<script type="module" src="/cdn/${script}"></script></head>
<body><main><h1>Sivu</h1>
${tags.map((t) => markupFor(t, { items })).join('\n')}
</main></body></html>`;
}

/**
 * Starts the server. `extra(url, res)` may answer other paths (return true when it did).
 * Returns { origin, page(html) → URL of a page with that HTML, close() }.
 */
export async function serveCdn(root, { extra } = {}) {
  const pages = new Map();
  const gz = new Map();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    try {
      const page = url.pathname.match(/^\/page\/(\d+)\.html$/)?.[1];
      if (page && pages.has(page)) {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        return res.end(pages.get(page));
      }
      if (extra && (await extra(url, res))) return;
      if (!url.pathname.startsWith('/cdn/')) throw new Error('not found');
      const file = normalize(join(root, 'dist', url.pathname));
      if (!file.startsWith(join(root, 'dist/cdn/'))) throw new Error('outside dist/cdn');
      if (!gz.has(file)) gz.set(file, gzipSync(await readFile(file), { level: 9 }));
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'Content-Type': extname(file) === '.js' ? 'text/javascript; charset=utf-8' : 'application/octet-stream',
        'Cache-Control': 'no-store',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      res.end(gzip ? gz.get(file) : await readFile(file));
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  let n = 0;
  return {
    origin,
    page(html) {
      pages.set(String(++n), html);
      return `${origin}/page/${n}.html`;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Round trips after the HTML: a request is in trip k+1 when the latest trip among the responses
 * that had finished before it started is k (the HTML is trip 0). Requests that start before any
 * of the page's files has arrived (the script and the preload, found in the HTML) are trip 1.
 */
export function roundTrips(entries) {
  const sorted = [...entries].sort((a, b) => a.startTime - b.startTime);
  const trips = new Map();
  for (const e of sorted) {
    let before = 0;
    for (const d of sorted) if (d !== e && trips.has(d) && d.responseEnd <= e.startTime) before = Math.max(before, trips.get(d));
    trips.set(e, before + 1);
  }
  return { max: Math.max(0, ...trips.values()), of: (e) => trips.get(e) };
}

/**
 * Opens `url` in a new tab (cache off; `network` emulated if given), waits until every tag has
 * rendered, and returns { rendered (ms after navigation start), files: [{ name, bytes, trip }],
 * bytes (JavaScript as served, summed), roundTrips }, counting only what arrived before the render.
 */
export async function loadPage(browser, url, { network, timeout = 30_000 } = {}) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  try {
    await tab.setCacheEnabled(false);
    if (network) await tab.emulateNetworkConditions(network);
    await tab.goto(url, { waitUntil: 'domcontentloaded', timeout });
    const result = await tab.evaluate(async () => {
      const rendered = await window.__rendered;
      const entries = performance.getEntriesByType('resource').map((e) => ({
        name: new URL(e.name).pathname, startTime: e.startTime, responseEnd: e.responseEnd, bytes: e.encodedBodySize, initiator: e.initiatorType,
      }));
      return { rendered, entries };
    });
    if (errors.length) throw new Error(`errors in ${url}: ${errors.join('; ')}`);
    const used = result.entries.filter((e) => e.responseEnd <= result.rendered && e.name.endsWith('.js'));
    const trips = roundTrips(used);
    const files = used.map((e) => ({ name: e.name.replace(/^\/cdn\//, ''), bytes: e.bytes, trip: trips.of(e) })).sort((a, b) => a.trip - b.trip || a.name.localeCompare(b.name));
    return { rendered: result.rendered, files, bytes: files.reduce((s, f) => s + f.bytes, 0), roundTrips: trips.max };
  } finally {
    await tab.close();
  }
}
