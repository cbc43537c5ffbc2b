// `npm run size`: the CDN files against their budgets (issue #14), measured as a browser gets them.
// 1. Each file in dist/cdn/ compressed with gzip -9: runtime.js ≤ 14 KB, each tag file
//    (osa-<name>.js) ≤ 7 KB.
// 2. In headless Chromium, with a cold cache, a Finnish page per tag file (that one tag) and one
//    with osallisuus.js (every tag), served gzip -9 by .ci/page-load.mjs, with the documented preload
//    snippet (<link rel="modulepreload" href=".../runtime.js">): all the JavaScript the browser
//    fetched until every tag on the page had rendered (static imports and the language packs the
//    first render waits for), from the page's Resource Timing: ≤ 22 KB for a page with one tag,
//    ≤ 40 KB for osallisuus.js; and the round trips after the HTML: ≤ 2. The same pages without the
//    preload are measured and shown, not budgeted. Emulated network: 150 ms per request, so that
//    round trips are told apart.
// Exits 1 when anything is over. Run `npm run build` first.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { cdnFiles, tagFiles } from './cdn-files.mjs';
import { findChrome, chromeArgs } from './chrome.mjs';
import { loadPage, pageHtml, serveCdn, tagsOf } from './page-load.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}dist/cdn/runtime.js`)) {
  console.error('No dist/cdn/runtime.js: run `npm run build` first.');
  process.exit(1);
}
const KB = 1024;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
export const BUDGET = { runtime: 14 * KB, tag: 7 * KB, firstRenderOne: 22 * KB, firstRenderAll: 40 * KB, roundTrips: 2 };

/**
 * Known misses of issue #14's targets, while that issue is open: each has a ceiling at what it
 * measured when it was written down, so it may not grow, and the run says each time that the
 * target is missed. An entry that meets its target again must be removed (the run fails until it is).
 */
const OPEN = {
  'osa-panel-signup.js': 7.9, // measured 7.9 KB on 2 December 2026 (drafts and the JSON reader load later; its later texts' catalogs are here)
  'first render with osa-panel-signup.js': 24.6, // 24.4 KB (its texts after the first render load with its actions)
  'first render with osallisuus.js': 47.9, // 47.7 KB with seven tags (the 40 KB target was set for four)
};
/** Round trips, likewise (none open: the draft sweep is fetched only when a draft is kept, so no page waits a third trip). */
const OPEN_TRIPS = {};
const missed = [];
/** Checks `value` against its target (or its ceiling while it is a known miss). */
function check(name, value, target) {
  const ceiling = OPEN[name] ? OPEN[name] * KB : undefined;
  if (value <= target) {
    if (ceiling) over.push(`${name} meets its target now (${kb(value)} ≤ ${kb(target)}): remove it from OPEN in .ci/size.mjs`);
    return 'ok';
  }
  if (ceiling && value <= ceiling) {
    missed.push(`${name} ${kb(value)} > target ${kb(target)} (ceiling ${kb(ceiling)}, issue #14)`);
    return '**over target**';
  }
  over.push(`${name} ${kb(value)} > ${kb(ceiling ?? target)}${ceiling ? ' (its ceiling)' : ''}`);
  return '**OVER**';
}

const files = cdnFiles(root);
const tags = tagFiles(root);
const allTags = tags.map((f) => f.replace(/\.js$/, ''));
const over = [];

// ---- 1. each file ----
const fileBudget = (f) => (f === 'runtime.js' ? BUDGET.runtime : tags.includes(f) ? BUDGET.tag : undefined);
const lines = ['| file | minified | gzip -9 | brotli | budget (gzip) | |', '| --- | ---: | ---: | ---: | ---: | --- |'];
for (const f of files) {
  const buf = readFileSync(`${root}dist/cdn/${f}`);
  const gzip = gzipSync(buf, { level: 9 }).length;
  const budget = fileBudget(f);
  const verdict = budget ? check(f, gzip, budget) : '';
  lines.push(`| \`${f}\` | ${kb(buf.length)} | ${kb(gzip)} | ${kb(brotliCompressSync(buf).length)} | ${budget ? kb(budget) : '–'} | ${verdict} |`);
}
console.log(`${lines.join('\n')}\n`);

// ---- 2. first render in a browser ----
const server = await serveCdn(root);
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
const network = { offline: false, latency: 150, download: -1, upload: -1 };
const rows = ['| page | JavaScript until rendered (gzip, as served) | budget | round trips with preload (budget 2) | without preload | files fetched until rendered (round trip) |', '| --- | ---: | ---: | ---: | ---: | --- |'];
try {
  for (const script of [...tags, 'osallisuus.js']) {
    const pageTags = tagsOf(script, allTags);
    const budget = pageTags.length > 1 ? BUDGET.firstRenderAll : BUDGET.firstRenderOne;
    const withPreload = await loadPage(browser, server.page(pageHtml({ script, tags: pageTags, preload: true })), { network });
    const without = await loadPage(browser, server.page(pageHtml({ script, tags: pageTags, preload: false })), { network });
    const label = pageTags.length > 1 ? `\`${script}\` (${pageTags.length} tags)` : `\`${script}\``;
    check(`first render with ${script}`, withPreload.bytes, budget);
    if (withPreload.roundTrips > BUDGET.roundTrips) {
      const trips = `${script} with the preload: ${withPreload.roundTrips} round trips > ${BUDGET.roundTrips}`;
      if (withPreload.roundTrips <= (OPEN_TRIPS[script] ?? 0)) missed.push(`${trips} (ceiling ${OPEN_TRIPS[script]}, issue #14)`);
      else over.push(trips);
    }
    if (!withPreload.files.some((f) => f.name === 'runtime.js')) over.push(`${script}: runtime.js was not fetched (the measurement is broken)`);
    const list = withPreload.files.map((f) => `${f.name.replace(/^chunks\//, '')} ${kb(f.bytes)} (${f.trip})`).join(', ');
    rows.push(`| ${label} | ${kb(withPreload.bytes)} | ${kb(budget)} | ${withPreload.roundTrips} | ${without.roundTrips} | ${list} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`First render in headless Chromium (cold cache, Finnish page, files served gzip -9, 150 ms per request):\n\n${rows.join('\n')}\n`);
if (missed.length) console.log(`Targets still missed (known, each held to its ceiling):\n- ${missed.join('\n- ')}\n`);
if (over.length) {
  console.error(`Over budget:\n- ${over.join('\n- ')}`);
  process.exit(1);
}
console.log(`All ${files.length} CDN files and ${tags.length + 1} first renders within budget${missed.length ? ` (${missed.length} known misses within their ceilings)` : ''}.`);
