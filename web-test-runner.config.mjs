// web-test-runner: one browser engine per run (OSA_ENGINE: chromium — the default —, firefox or webkit;
// `npm test` runs all three through .ci/test-engines.mjs), TypeScript via esbuild, HTTP fixtures from
// test/servers, server commands for keys, viewport, media, network and the accessibility tree in the
// way each engine supports them (.ci/wtr-engine-commands.mjs), and a summary of passed / failed /
// not covered per engine (.ci/wtr-engine-reporter.mjs).
import { readdirSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { fileURLToPath } from 'node:url';
import { cdnFiles } from './.ci/cdn-files.mjs';
import { findChrome, chromeArgs } from './.ci/chrome.mjs';
import { ENGINES, findFirefox, startWebKit, stopWebKit } from './.ci/engines.mjs';
import { ENGINE_LABELS, engineCommandsPlugin } from './.ci/wtr-engine-commands.mjs';
import { engineSummaryReporter } from './.ci/wtr-engine-reporter.mjs';
import { koaMiddleware } from './test/servers/index.mjs';

const engine = process.env.OSA_ENGINE ?? 'chromium';
if (!ENGINES.includes(engine)) {
  console.error(`OSA_ENGINE must be one of ${ENGINES.join(', ')} (got "${engine}")`);
  process.exit(1);
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

/**
 * Every test file first imports test/helpers/reportable-failures.ts, a root hook that turns a failed
 * test's `actual`/`expected` into text when the browser cannot copy them (an element): otherwise the
 * page cannot send its results, and the run stalls with no failure shown until testsFinishTimeout.
 */
function reportableFailuresPlugin() {
  return {
    name: 'osa-reportable-failures',
    transform(context) {
      if (!/^\/test\/[^/]+\.test\.ts$/.test(context.path) || typeof context.body !== 'string') return undefined;
      // On the first line, so the lines of stack traces stay right.
      return { body: `import '/test/helpers/reportable-failures.ts';${context.body}` };
    },
  };
}

/** WebDriver classic launcher for WebKitGTK: starts Xvfb and WebKitWebDriver itself, and stops them. */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ capabilities: {} });
  }
  async initialize(config) {
    Object.assign(this.options, await startWebKit());
    await super.initialize(config);
    this.name = ENGINE_LABELS.webkit;
  }
  async stop() {
    await super.stop();
    stopWebKit();
  }
}

function launcher() {
  if (engine === 'firefox') {
    // --remote-allow-system-access: the commands plugin sets the tab's media overrides from the
    // browser's privileged window (.ci/wtr-engine-commands.mjs).
    const firefox = chromeLauncher({
      launchOptions: { browser: 'firefox', executablePath: findFirefox(), headless: true, args: ['--remote-allow-system-access'] },
    });
    firefox.name = ENGINE_LABELS.firefox;
    return firefox;
  }
  if (engine === 'webkit') return new WebKitLauncher();
  const chromium = chromeLauncher({ launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs } });
  chromium.name = ENGINE_LABELS.chromium;
  return chromium;
}

/**
 * Whole test files an engine's run leaves out, { 'test/x.test.ts': 'reason' } (printed as "not
 * covered", never skipped silently). None today: every test/**\/*.test.ts runs in every engine, new
 * files included. What an engine cannot do inside a file (dark, forced colours, print, offline, the
 * accessibility tree) and the long repeat passes kept to Chromium for CI time (the example-theme pass,
 * the hostile-input batches) are wrapped in needs() and listed test by test (test/helpers/engine.ts).
 */
const LEFT_OUT = {
  chromium: {},
  firefox: {},
  webkit: {},
};

const notCovered = [];
const fixtures = await koaMiddleware();

export default {
  files: ['test/**/*.test.ts', ...Object.keys(LEFT_OUT[engine]).map((f) => `!${f}`)],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  rootDir: '.',
  // One visible page at a time: headless Chrome gives background tabs no animation frames and no
  // focus, which would make keyboard and rendering tests lie.
  concurrency: 1,
  concurrentBrowsers: 1,
  // Per test file. The story loop takes longest; outside Chromium it is slower still.
  testsFinishTimeout: engine === 'chromium' ? 600_000 : 1_800_000,
  // A test page's first load compiles its imports; on a loaded 2-core machine that can take more than
  // the default 30 s, most of all in Firefox and WebKit.
  browserStartTimeout: 180_000,
  testsStartTimeout: 180_000,
  // WebKitGTK's WebDriver dispatches each key and waits for the page (about 50–100 ms a key on a busy
  // 2-core machine), and Firefox starts slower: a longer budget per test there.
  testFramework: { config: { timeout: engine === 'chromium' ? 20_000 : 60_000 } },
  browserLogs: true,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  middleware: [fixtures],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    reactCommonjsPlugin(),
    reportableFailuresPlugin(),
    engineCommandsPlugin(engine, notCovered),
    storiesIndexPlugin(),
    cdnFilesPlugin(),
  ],
  browsers: [launcher()],
  reporters: [
    defaultReporter(),
    engineSummaryReporter({ engine, label: ENGINE_LABELS[engine], notCovered, leftOut: LEFT_OUT[engine] }),
  ],
  // Coverage is V8's, so Chromium's. OSA_COVERAGE=0 turns it off, for running one or a few test files
  // (the thresholds count the whole suite).
  coverage: engine === 'chromium' && process.env.OSA_COVERAGE !== '0',
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/strings/**', 'node_modules/**'],
    report: true,
    reportDir: 'coverage',
    threshold: { statements: 85, branches: 75, functions: 85, lines: 85 },
  },
};
