// Server commands the tests use (test/helpers/browser.ts, test/helpers/engine.ts), given to each engine
// in the way it supports them:
// - Chromium (puppeteer over CDP): everything.
// - Firefox (puppeteer over WebDriver BiDi, started with --remote-allow-system-access): keys and
//   viewport through puppeteer; offline through BiDi's emulation.setNetworkConditions; dark, forced
//   colours and print through the tab's own overrides (BrowsingContext.prefersColorSchemeOverride,
//   forcedColorsOverride, mediumOverride — what Firefox's developer tools use), set from the browser's
//   privileged window. No accessibility tree: BiDi has none.
// - WebKitGTK (WebDriver classic): keys one down/up at a time as actions, the viewport by resizing the
//   window. No media emulation, no network emulation, no accessibility tree.
// What an engine lacks is listed in MISSING with the reason; test/helpers/engine.ts `needs()` reads it
// and records each test it cannot run (osa-not-covered), which the summary reporter prints.

/** Capabilities a test can need, and why an engine lacks them. Chromium lacks nothing. */
const CI_TIME =
  'CI time: a long repeat pass whose result does not depend on the engine runs in Chromium only — the example-theme pass ' +
  '(every story × 4 themes × light/dark: the themes\' CSS contrast) and the hostile-input batches (thousands of payloads ' +
  'through our parsing and Lit\'s text bindings; each bug they found has its own test, which runs everywhere)';
export const MISSING = {
  chromium: {},
  firefox: {
    'ci-time': CI_TIME,
    'a11y-tree': 'accessibility tree: WebDriver BiDi has no accessibility tree',
  },
  webkit: {
    'ci-time': CI_TIME,
    dark: 'dark colour scheme: no media emulation in WebKitGTK WebDriver',
    'forced-colors': 'forced colours: no emulation in WebKitGTK',
    print: 'print media: no media emulation in WebKitGTK WebDriver',
    offline: 'offline: WebDriver classic has no network emulation',
    'a11y-tree': 'accessibility tree: WebDriver classic has no accessibility tree',
  },
};

export const ENGINE_LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** WebDriver key codes for the key names the tests use (puppeteer's names). */
const WEBDRIVER_KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Escape: '\uE00C',
  Space: ' ', PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011', ArrowLeft: '\uE012', ArrowUp: '\uE013',
  ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017', Meta: '\uE03D',
};
const webdriverKey = (name) => {
  if (name in WEBDRIVER_KEYS) return WEBDRIVER_KEYS[name];
  if ([...name].length === 1) return name;
  throw new Error(`osa-keys: no WebDriver code for the key "${name}"`);
};
/** puppeteer's BiDi keyboard rejects 'Space'; ' ' is the same key in both puppeteer flavours. */
const puppeteerKey = (name) => (name === 'Space' ? ' ' : name);

/** Splits 'Shift+Tab' into modifiers and the key ('+' alone is the plus key). */
function parseChord(chord) {
  if (chord === '+' || !chord.includes('+')) return { modifiers: [], key: chord };
  const parts = chord.split('+');
  return { modifiers: parts.slice(0, -1), key: parts.at(-1) };
}

const isDefaultMedia = ({ media, features = [] }) =>
  !media && features.every(({ name, value }) =>
    (name === 'prefers-color-scheme' && value === 'light') || (name === 'forced-colors' && value === 'none'));

/** Runs `expression` in Firefox's privileged browser window (needs --remote-allow-system-access). */
async function firefoxChrome(page, expression) {
  const browser = page.browser();
  const send = (method, params) => browser.connection.send(method, params);
  const tree = await send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts[0].context;
  const { result } = await send('script.evaluate', { expression, target: { context }, awaitPromise: true });
  if (result.type === 'exception') throw new Error(`Firefox: ${result.exceptionDetails?.text ?? 'privileged script failed'}`);
  return result.result?.value;
}
/** The tab's BrowsingContext, found by the test page's URL. */
const firefoxTab = (page) =>
  `(gBrowser.browsers.find((b) => b.currentURI.spec === ${JSON.stringify(page.url())}) ?? gBrowser.selectedBrowser).browsingContext`;

async function firefoxMedia(page, { media, features = [] }) {
  const value = (name) => features.find((f) => f.name === name)?.value;
  const scheme = value('prefers-color-scheme') ?? 'none';
  const forced = value('forced-colors') ?? 'none';
  if (!['light', 'dark', 'none'].includes(scheme) || !['active', 'none'].includes(forced)) throw new Error('Firefox: unsupported media value');
  const unknown = features.filter((f) => !['prefers-color-scheme', 'forced-colors'].includes(f.name));
  if (unknown.length) throw new Error(`Firefox: no emulation for ${unknown.map((f) => f.name).join(', ')}`);
  await firefoxChrome(page, `(() => { const bc = ${firefoxTab(page)};
    bc.prefersColorSchemeOverride = ${JSON.stringify(scheme)};
    bc.forcedColorsOverride = ${JSON.stringify(forced === 'active' ? 'active' : 'none')};
    bc.mediumOverride = ${JSON.stringify(media ?? '')};
    return true; })()`);
}

/** The commands plugin for one engine. `notCovered` collects the tests `needs()` could not run. */
export function engineCommandsPlugin(engine, notCovered) {
  const cdpSessions = new Map();
  const cdp = async (session, page) => {
    let s = cdpSessions.get(session.id);
    if (!s) cdpSessions.set(session.id, (s = await page.createCDPSession()));
    return s;
  };
  const unsupported = (what) => {
    throw new Error(`${what} — this test needs needs('…') from test/helpers/engine.ts so that the run lists it as not covered`);
  };

  return {
    name: 'osa-engine-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('osa-')) return undefined;
      const browser = session.browser;
      const page = browser.type === 'puppeteer' ? browser.getPage(session.id) : undefined;
      const driver = browser.type === 'webdriver' ? browser.driver : undefined;

      switch (command) {
        case 'osa-engine':
          return { engine, label: ENGINE_LABELS[engine], missing: MISSING[engine] };

        case 'osa-not-covered':
          notCovered.push({ file: session.testFile, title: payload.title, reasons: payload.reasons });
          return true;

        case 'osa-keys': {
          // { press: 'Shift+Tab' } or { type: 'text' }
          if (page) {
            if (payload.type !== undefined) {
              await page.keyboard.type(payload.type);
              return true;
            }
            const { modifiers, key } = parseChord(payload.press);
            for (const m of modifiers) await page.keyboard.down(m);
            try {
              await page.keyboard.press(puppeteerKey(key));
            } finally {
              for (const m of modifiers.reverse()) await page.keyboard.up(m);
            }
            return true;
          }
          // WebDriver: each key down and up in turn, in one action sequence (webdriverio's keys([...])
          // presses all down, then all up, which loses repeated letters), modifiers held around the key.
          const chords = payload.type !== undefined ? [...payload.type].map((ch) => ({ modifiers: [], key: ch })) : [parseChord(payload.press)];
          const actions = chords.flatMap(({ modifiers, key }) => {
            const mods = modifiers.map(webdriverKey);
            const k = webdriverKey(key);
            return [
              ...mods.map((value) => ({ type: 'keyDown', value })),
              { type: 'keyDown', value: k },
              { type: 'keyUp', value: k },
              ...mods.reverse().map((value) => ({ type: 'keyUp', value })),
            ];
          });
          await driver.performActions([{ type: 'key', id: 'osa-keyboard', actions }]);
          return true;
        }

        case 'osa-click': {
          // A real pointer click at page coordinates (the element's centre, worked out in the page).
          const { x, y } = payload;
          if (page) {
            await page.mouse.click(x, y);
            return true;
          }
          // WebKitWebDriver's Element Click on an <input> in a shadow root is always "intercepted";
          // pointer actions at the element's centre work.
          await driver.performActions([{
            type: 'pointer', id: 'osa-mouse', parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.round(x), y: Math.round(y) },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          }]);
          return true;
        }

        case 'osa-viewport': {
          const { width, height } = payload;
          if (page) {
            await page.setViewport({ width, height });
            return true;
          }
          // The window is the viewport plus MiniBrowser's (shrunk) header: size it so the page gets exactly
          // width × height.
          for (let i = 0; i < 3; i++) {
            const [innerW, innerH] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
            if (innerW === width && innerH === height) return true;
            const rect = await driver.getWindowRect();
            // (A window caught mid-resize can report sizes that give no valid rectangle: round, keep
            // it at least the wanted size, and let the next pass measure again.)
            const w = Math.max(width, Math.round(rect.width + (width - innerW)));
            const h = Math.max(height, Math.round(rect.height + (height - innerH)));
            await driver.setWindowRect(null, null, w, h).catch(() => new Promise((r) => setTimeout(r, 100)));
          }
          const [innerW, innerH] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
          if (innerW !== width || innerH !== height) throw new Error(`WebKit: viewport ${innerW}×${innerH}, wanted ${width}×${height}`);
          return true;
        }

        case 'osa-emulate-media': {
          // { media?: 'print' | '', features?: [{ name, value }] }; no media and no features resets.
          if (engine === 'chromium') {
            const s = await cdp(session, page);
            await s.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
            return true;
          }
          if (engine === 'firefox') {
            await firefoxMedia(page, payload);
            return true;
          }
          // WebKit: the default page (screen, light, no forced colours) is all there is.
          if (isDefaultMedia(payload)) return true;
          return unsupported(`WebKit cannot emulate ${JSON.stringify(payload)}`);
        }

        case 'osa-network': {
          // Real offline for payload.forMs: navigator.onLine turns false, 'offline'/'online' events fire,
          // requests fail. The server ends the window itself: while offline the page cannot send a command.
          if (engine === 'chromium') {
            const s = await cdp(session, page);
            const conditions = (offline) => ({ offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
            await s.send('Network.enable');
            // A module another test page loaded may sit in the HTTP cache; clear it to test a real first load.
            if (payload.clearCache) await s.send('Network.clearBrowserCache');
            setTimeout(async () => {
              await s.send('Network.emulateNetworkConditions', conditions(true));
              setTimeout(() => s.send('Network.emulateNetworkConditions', conditions(false)).catch(() => {}), payload.forMs ?? 1000);
            }, 50);
            return true;
          }
          if (engine === 'firefox') {
            if (payload.clearCache) await firefoxChrome(page, 'Services.cache2.clear(), true');
            setTimeout(async () => {
              await page.setOfflineMode(true);
              setTimeout(() => page.setOfflineMode(false).catch(() => {}), payload.forMs ?? 1000);
            }, 50);
            return true;
          }
          return unsupported('WebKit cannot go offline');
        }

        case 'osa-a11y-tree':
          // The whole tree, groups and all, as a screen reader gets it (puppeteer's default prunes groups).
          if (engine === 'chromium') return page.accessibility.snapshot({ interestingOnly: false });
          return unsupported(`${ENGINE_LABELS[engine]} has no accessibility tree over WebDriver`);

        default:
          return undefined;
      }
    },
  };
}
