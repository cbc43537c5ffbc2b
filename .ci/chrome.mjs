// Finds a Chromium or Chrome for the tests: CHROME_PATH, then Debian's chromium, then common Chrome paths.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
].filter(Boolean);

export function findChrome() {
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    console.error(
      'No Chromium or Chrome found: install one (on Debian or Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to its executable.',
    );
    process.exit(1);
  }
  return found;
}

/** Flags that keep headless Chromium quiet and working as root on a closed network. */
export const chromeArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
  '--disable-background-timer-throttling',
];
