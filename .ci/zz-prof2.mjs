import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serveCdn } from './page-load.mjs';
import { findChrome, chromeArgs } from './chrome.mjs';
import { generateItems } from '../test/servers/you-said-we-did.mjs';
const root = fileURLToPath(new URL('..', import.meta.url));
const text = JSON.stringify(generateItems(10000));
const server = await serveCdn(root, { extra(url, res) { if (url.pathname !== '/data.json') return false; res.writeHead(200, {'Content-Type':'application/json'}); res.end(text); return true; } });
const url = server.page(`<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>x</title><script type="module" src="/cdn/osa-you-said-we-did.js"></script></head><body><main></main></body></html>`);
const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeArgs, headless: true });
const page = await browser.newPage();
await page.goto(url);
await page.evaluate(async () => { await customElements.whenDefined('osa-you-said-we-did'); const t = await (await fetch('/data.json')).text();
  const el = document.createElement('osa-you-said-we-did'); const s = document.createElement('script'); s.type = 'application/json'; s.textContent = t; el.append(s); document.querySelector('main').append(el); await el.updateComplete; await new Promise(r => setTimeout(r, 1500)); });
const client = await page.createCDPSession();
await client.send('Profiler.enable'); await client.send('Profiler.setSamplingInterval', { interval: 50 });
await client.send('Profiler.start');
const times = await page.evaluate(async () => {
  const el = document.querySelector('osa-you-said-we-did'); const out = { filter: [], key: [] };
  const layout = () => el.shadowRoot.querySelector('.board').getBoundingClientRect();
  for (let run = 0; run < 6; run++) {
    const select = el.shadowRoot.querySelector('#status');
    let t = performance.now(); select.value = run % 2 ? 'in-progress' : 'done'; select.dispatchEvent(new Event('change', { bubbles: true })); await el.updateComplete; layout(); out.filter.push(performance.now() - t);
    select.value = ''; select.dispatchEvent(new Event('change', { bubbles: true })); await el.updateComplete; await new Promise(r => setTimeout(r, 50));
    const input = el.shadowRoot.querySelector('#q'); input.focus(); input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true })); await el.updateComplete; await new Promise(r => setTimeout(r, 50));
    for (const letter of 'puhelin') { t = performance.now(); input.value += letter; input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: letter, inputType: 'insertText' })); await el.updateComplete; layout(); out.key.push(performance.now() - t); await new Promise(r => setTimeout(r, 50)); }
    input.value = ''; input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true })); await el.updateComplete; await new Promise(r => setTimeout(r, 800));
  }
  return out;
});
const { profile } = await client.send('Profiler.stop');
console.log('filter', times.filter.map((t) => t.toFixed(1)).join(' '));
console.log('key', times.key.map((t) => t.toFixed(1)).join(' '));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map(); const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.columnNumber}`; self.set(k, (self.get(k) || 0) + (dt[i] || 0)); });
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(1).padStart(8), k);
await browser.close(); process.exit(0);
