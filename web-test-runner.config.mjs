// web-test-runner: real headless Chromium, TypeScript via esbuild, HTTP fixtures from test/servers,
// server commands for forced colors / colour scheme (CDP) and the accessibility tree.
import { readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { cdnFiles } from './.ci/cdn-files.mjs';
import { findChrome, chromeArgs } from './.ci/chrome.mjs';
import { koaMiddleware } from './test/servers/index.mjs';

const executablePath = findChrome();

/** Server commands over CDP: media features incl. forced colours, offline windows, the full accessibility tree. */
function emulateMediaFeaturesPlugin() {
  const sessions = new Map();
  return {
    name: 'osa-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (!['osa-emulate-media', 'osa-network', 'osa-a11y-tree'].includes(command)) return undefined;
      const page = session.browser.getPage(session.id);
      if (command === 'osa-a11y-tree') {
        // The whole tree, groups and all, as a screen reader gets it (puppeteer's default prunes groups).
        return page.accessibility.snapshot({ interestingOnly: false });
      }
      let cdp = sessions.get(session.id);
      if (!cdp) sessions.set(session.id, (cdp = await page.createCDPSession()));
      if (command === 'osa-network') {
        // Real offline for payload.forMs: navigator.onLine turns false, 'offline'/'online' events fire,
        // requests fail. The server ends the window itself, because while the page is offline it
        // cannot send another command.
        const conditions = (offline) => ({ offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
        await cdp.send('Network.enable');
        // A module another test page loaded may sit in the HTTP cache; clear it to test a real first load.
        if (payload.clearCache) await cdp.send('Network.clearBrowserCache');
        setTimeout(async () => {
          await cdp.send('Network.emulateNetworkConditions', conditions(true));
          setTimeout(() => cdp.send('Network.emulateNetworkConditions', conditions(false)).catch(() => {}), payload.forMs ?? 1000);
        }, 50);
        return true;
      }
      await cdp.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
      return true;
    },
  };
}

/** Serves /__osa__/stories.js: imports every stories/*.stories.ts, so new stories join the loop by themselves. */
function storiesIndexPlugin() {
  return {
    name: 'osa-stories-index',
    serve(context) {
      if (context.path !== '/__osa__/stories.js') return undefined;
      const files = readdirSync(new URL('./stories/', import.meta.url)).filter((f) => f.endsWith('.stories.ts')).sort();
      const body = files.map((f, i) => `import * as s${i} from '/stories/${f}';`).join('\n') +
        `\nexport default [${files.map((f, i) => `{ file: ${JSON.stringify(f)}, module: s${i} }`).join(', ')}];\n`;
      return { body, type: 'js' };
    },
  };
}

/** Serves /__osa__/cdn-files.json: the built CDN files, so the CDN test covers every tag by itself. */
function cdnFilesPlugin() {
  return {
    name: 'osa-cdn-files',
    serve(context) {
      if (context.path !== '/__osa__/cdn-files.json') return undefined;
      // Not built: an empty list, and the test says so.
      return { body: JSON.stringify(cdnFiles(fileURLToPath(new URL('.', import.meta.url)))), type: 'json' };
    },
  };
}

/**
 * React ships CommonJS only (test/react.test.ts). This serves the files of react, react-dom and
 * scheduler, and no others, as ES modules with one default export (`module.exports`): each
 * `require('x')` becomes an import, and `process.env.NODE_ENV` (browsers have none) picks the
 * development build, whose production twin is then never imported. (@rollup/plugin-commonjs 22+
 * needs Rollup's module graph, which @web/dev-server-rollup does not give it.)
 */
function reactCommonjsPlugin() {
  const packages = /^\/node_modules\/(react|react-dom|scheduler)\/.+\.js$/;
  return {
    name: 'osa-react-commonjs',
    transform(context) {
      if (!packages.test(context.path) || typeof context.body !== 'string') return undefined;
      const body = context.body.replaceAll('process.env.NODE_ENV', '"development"');
      const specifiers = [...new Set([...body.matchAll(/\brequire\((['"])([^'"]+)\1\)/g)].map((m) => m[2]))]
        .filter((s) => !/\.(production|profiling)(\.min)?\.js$/.test(s));
      const imports = specifiers.map((s, i) => `import __osa_cjs${i} from ${JSON.stringify(s)};`).join('\n');
      const table = `{ ${specifiers.map((s, i) => `${JSON.stringify(s)}: __osa_cjs${i}`).join(', ')} }`;
      return {
        body: `${imports}\nconst module = { exports: {} };\nconst exports = module.exports;\n` +
          `const require = (id) => { const m = ${table}; if (!(id in m)) throw new Error('osa-react-commonjs: cannot require ' + id); return m[id]; };\n` +
          `${body}\nexport default module.exports;\n`,
      };
    },
  };
}

const fixtures = await koaMiddleware();

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  rootDir: '.',
  // One visible page at a time: headless Chrome gives background tabs no animation frames and no
  // focus, which would make keyboard and rendering tests lie.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 20_000 } },
  browserLogs: true,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  middleware: [fixtures],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    reactCommonjsPlugin(),
    emulateMediaFeaturesPlugin(),
    storiesIndexPlugin(),
    cdnFilesPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: chromeArgs },
    }),
  ],
  // OSA_COVERAGE=0 turns coverage off, for running one or a few test files (the thresholds count the whole suite).
  coverage: process.env.OSA_COVERAGE !== '0',
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/strings/**', 'node_modules/**'],
    report: true,
    reportDir: 'coverage',
    threshold: { statements: 85, branches: 75, functions: 85, lines: 85 },
  },
};
