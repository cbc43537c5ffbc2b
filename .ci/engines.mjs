// The three browser engines the tests run in, found on this machine: Chromium (CDP), Firefox (WebDriver
// BiDi through puppeteer) and WebKitGTK (WebDriver classic: WebKitWebDriver driving MiniBrowser under Xvfb).
// Used by web-test-runner.config.mjs (one engine per run, OSA_ENGINE) and .ci/test-engines.mjs (all three).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const firefoxCandidates = [
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
].filter(Boolean);

const webkitDriverCandidates = [process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver'].filter(Boolean);
const miniBrowserCandidates = [
  process.env.WEBKIT_MINIBROWSER,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkitgtk-6.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkitgtk-6.0/MiniBrowser',
].filter(Boolean);

function need(candidates, what, install) {
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    console.error(`No ${what} found: ${install}`);
    process.exit(1);
  }
  return found;
}

export const findFirefox = () =>
  need(firefoxCandidates, 'Firefox', 'install one (Debian: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH.');

export const findWebKit = () => ({
  driver: need(webkitDriverCandidates, 'WebKitWebDriver', 'install it (Debian: `sudo apt-get install -y webkit2gtk-driver`) or set WEBKIT_WEBDRIVER.'),
  miniBrowser: need(miniBrowserCandidates, 'WebKitGTK MiniBrowser', 'install webkit2gtk-driver (it brings MiniBrowser) or set WEBKIT_MINIBROWSER.'),
});

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const children = new Set();
const cleanups = [];
function stopChildren() {
  for (const child of children) child.kill('SIGTERM');
  children.clear();
  for (const cleanup of cleanups.splice(0)) cleanup();
}
process.once('exit', stopChildren);
// Stopped from outside (a CI time limit, `timeout`): stop Xvfb and WebKitWebDriver too, not only this process.
for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.once(signal, () => {
    stopChildren();
    process.exit(code);
  });
}
export { stopChildren as stopWebKit };

/** Starts a private Xvfb (Debian's MiniBrowser has no headless mode) and resolves to its DISPLAY, e.g. ':99'. */
async function startXvfb() {
  if (!existsSync('/usr/bin/Xvfb') && !process.env.XVFB_PATH) {
    console.error('No Xvfb found: install it (Debian: `sudo apt-get install -y xvfb`) or set DISPLAY to a running X server.');
    process.exit(1);
  }
  // -displayfd: Xvfb picks a free display number itself and writes it to fd 3.
  const xvfb = spawn(process.env.XVFB_PATH ?? '/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  children.add(xvfb);
  return new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb ended (${code}) before it gave a display`)));
  });
}

/**
 * Starts what the WebKit run needs: Xvfb (unless OSA_WEBKIT_DISPLAY names a running X display) and
 * WebKitWebDriver on a free port. Resolves to webdriverio's remote options. Both end with this process.
 */
export async function startWebKit() {
  const { driver, miniBrowser } = findWebKit();
  const display = process.env.OSA_WEBKIT_DISPLAY || (await startXvfb());
  const port = await freePort();
  // MiniBrowser's header bar keeps its window at least 447 px wide; a private GTK style without
  // padding or minimum sizes lets the page get a real 320 px viewport.
  const config = mkdtempSync(join(tmpdir(), 'osa-webkit-'));
  for (const gtk of ['gtk-3.0', 'gtk-4.0']) {
    mkdirSync(join(config, gtk));
    writeFileSync(join(config, gtk, 'gtk.css'), '* { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n');
  }
  cleanups.push(() => rmSync(config, { recursive: true, force: true }));
  const env = { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: config };
  const wd = spawn(driver, [`--port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'], env });
  children.add(wd);
  wd.stderr.on('data', (d) => {
    if (process.env.OSA_DEBUG_WEBKIT) process.stderr.write(d);
  });
  // Wait for the driver to answer /status.
  for (let i = 0; ; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (i > 100) throw new Error('WebKitWebDriver did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    connectionRetryTimeout: 120_000,
    capabilities: {
      // No browserName: WebKitWebDriver's capability matching fails with one.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    },
  };
}
