// Screenshot of a page in headless Chromium, for looking at what people see.
// node .ci/screenshot.mjs <url> <out.png> [width=1280] [--full] [--dark] [--forced-colors] [--zoom=4]
import puppeteer from 'puppeteer-core';
import { findChrome, chromeArgs } from './chrome.mjs';

const [url, out, widthArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!url || !out) {
  console.error('usage: node .ci/screenshot.mjs <url> <out.png> [width] [--full] [--dark] [--forced-colors] [--zoom=N] [--wait=ms]');
  process.exit(2);
}
const flag = (name) => process.argv.find((a) => a.startsWith(`--${name}`));
const zoom = Number(flag('zoom')?.split('=')[1] ?? 1);
const width = Number(widthArg ?? 1280);
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
try {
  const page = await browser.newPage();
  // 400 % zoom is a 1280 px window showing CSS pixels four times as large: a 320 px wide layout.
  await page.setViewport({ width: Math.round(width / zoom), height: Math.round(900 / zoom), deviceScaleFactor: zoom });
  const features = [];
  if (flag('dark')) features.push({ name: 'prefers-color-scheme', value: 'dark' });
  if (flag('forced-colors')) features.push({ name: 'forced-colors', value: 'active' });
  if (features.length) await page.emulateMediaFeatures(features).catch(async () => {
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features });
  });
  page.on('console', (m) => m.type() === 'error' && console.error('page:', m.text()));
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url, { waitUntil: 'networkidle0', timeout: 60_000 });
  await new Promise((r) => setTimeout(r, Number(flag('wait')?.split('=')[1] ?? 500)));
  await page.screenshot({ path: out, fullPage: !!flag('full') });
  console.log(`saved ${out}`);
} finally {
  await browser.close();
}
