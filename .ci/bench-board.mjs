// Benchmark of <osa-you-said-we-did> with large data, in headless Chromium. Builds nothing: run
// `npm run build` first; it loads dist/cdn/osa-you-said-we-did.js as a CMS page would.
//
//   node .ci/bench-board.mjs [--runs=7] [--sizes=1000,10000,50000]
//
// For each size it serves generated items (test/servers/you-said-we-did.mjs) on 127.0.0.1 and measures,
// as the median of several runs, the main-thread time of:
//   - first render: from adding the element with the items as inline JSON (so JSON.parse is included)
//     to the board laid out — parse, checks, search index, sort orders, the first page of 20;
//   - a filter change: choosing a status in the select;
//   - a search keystroke: one more letter typed in the search box (each letter of a word, all runs).
// Each is timed with performance.now() around the work, which runs without yielding (data in the
// page, language pack already loaded), including style and layout; a PerformanceObserver counts any
// long task (> 50 ms) in the same window. Targets: 10,000 items render in ≤ 100 ms, a keystroke ≤ 16 ms.
// Prints a markdown table; exits 1 if a target is missed.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from './chrome.mjs';
import { generateItems } from '../test/servers/you-said-we-did.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = join(root, 'dist/cdn');
if (!existsSync(join(cdn, 'osa-you-said-we-did.js'))) {
  console.error('No dist/cdn/osa-you-said-we-did.js: run `npm run build` first.');
  process.exit(1);
}
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const runs = Math.max(1, Number(arg('runs', 7)));
const sizes = arg('sizes', '1000,10000,50000').split(',').map(Number);
const TARGET = { size: 10_000, renderMs: 100, keystrokeMs: 16 };

const page = `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>osa-you-said-we-did benchmark</title>
<script type="module" src="/dist/cdn/osa-you-said-we-did.js"></script></head>
<body><main><h1>Benchmark</h1></main></body></html>`;
const data = new Map();
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  try {
    if (url.pathname === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(page);
    }
    const n = url.pathname.match(/^\/data\/(\d+)\.json$/)?.[1];
    if (n) {
      if (!data.has(n)) data.set(n, JSON.stringify(generateItems(Number(n))));
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(data.get(n));
    }
    const file = normalize(join(root, url.pathname));
    if (!file.startsWith(cdn)) throw new Error('outside dist/cdn');
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/** Runs in the page: one size, all runs. Returns times in ms. */
async function measure(size, runs) {
  const text = await (await fetch(`/data/${size}.json`)).text();
  let longTasks = 0;
  new PerformanceObserver((list) => (longTasks += list.getEntries().length)).observe({ type: 'longtask' });
  const main = document.querySelector('main');
  const layout = (el) => el.shadowRoot.querySelector('.board').getBoundingClientRect();
  const settle = () => new Promise((r) => setTimeout(r, 50));
  const out = { render: [], filter: [], keystroke: [], longTasks: 0, shown: 0 };
  for (let run = 0; run < runs; run++) {
    main.querySelector('osa-you-said-we-did')?.remove();
    await settle();
    const t0 = performance.now();
    const el = document.createElement('osa-you-said-we-did');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = text;
    el.append(script);
    main.append(el);
    await el.updateComplete;
    layout(el);
    out.render.push(performance.now() - t0);
    out.shown = el.shadowRoot.querySelectorAll('article').length;
    await settle();

    const select = el.shadowRoot.querySelector('#status');
    const t1 = performance.now();
    select.value = run % 2 ? 'in-progress' : 'done';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    layout(el);
    out.filter.push(performance.now() - t1);
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    await settle();

    const input = el.shadowRoot.querySelector('#q');
    input.focus();
    for (const letter of 'puhelin') {
      const t2 = performance.now();
      input.value += letter;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: letter, inputType: 'insertText' }));
      await el.updateComplete;
      layout(el);
      out.keystroke.push(performance.now() - t2);
      await settle();
    }
  }
  await settle();
  out.longTasks = longTasks;
  main.querySelector('osa-you-said-we-did')?.remove();
  return out;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(1)} ms`;

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
const rows = [];
let missed = false;
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  tab.on('pageerror', (e) => console.error('page error:', e.message));
  await tab.goto(origin, { waitUntil: 'networkidle0' });
  // Warm up: the module, the Finnish language pack and the JIT, with a small board.
  await tab.evaluate(measure, 100, 2);
  for (const size of sizes) {
    const r = await tab.evaluate(measure, size, runs);
    const row = { size, render: median(r.render), renderMax: Math.max(...r.render), filter: median(r.filter), keystroke: median(r.keystroke), keystrokeMax: Math.max(...r.keystroke), longTasks: r.longTasks, shown: r.shown };
    rows.push(row);
    if (size === TARGET.size && (row.render > TARGET.renderMs || row.keystroke > TARGET.keystrokeMs)) missed = true;
  }
} finally {
  await browser.close();
  server.close();
}

const cpu = (await import('node:os')).cpus();
console.log(`osa-you-said-we-did benchmark — ${runs} runs per size, median (worst), headless Chromium, ${cpu.length} × ${cpu[0]?.model?.trim() ?? 'CPU'}\n`);
console.log('| items | first render | filter change | search keystroke | long tasks (> 50 ms) | items shown |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(`| ${r.size.toLocaleString('en')} | ${ms(r.render)} (${ms(r.renderMax)}) | ${ms(r.filter)} | ${ms(r.keystroke)} (${ms(r.keystrokeMax)}) | ${r.longTasks} | ${r.shown} |`);
}
console.log(`\nTargets at ${TARGET.size.toLocaleString('en')} items: first render ≤ ${TARGET.renderMs} ms, keystroke ≤ ${TARGET.keystrokeMs} ms — ${missed ? 'MISSED' : 'met'}.`);
process.exit(missed ? 1 : 0);
