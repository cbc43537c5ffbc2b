#!/usr/bin/env node
// Runs the test suite in each browser engine, one after the other, each in its own web-test-runner run
// (OSA_ENGINE=chromium|firefox|webkit, see web-test-runner.config.mjs), then prints one table of
// passed / failed / not covered per engine and the list of what was not covered and why.
// Fails if any engine fails, if a test was skipped without a reason, or if Chromium left anything out
// (Chromium runs everything; coverage comes from its run). An engine run that ends without a summary
// (its runner or browser went away, no test failed) is started once more, and the output says so.
//
//   node .ci/test-engines.mjs                       all three engines
//   node .ci/test-engines.mjs firefox               one engine (npm run test:firefox)
//   node .ci/test-engines.mjs webkit test/x.test.ts one engine, some files (any web-test-runner arguments)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ENGINES } from './engines.mjs';
import { formatSummary } from './wtr-engine-reporter.mjs';

const args = process.argv.slice(2);
const engines = args.filter((a) => ENGINES.includes(a));
const wtrArgs = args.filter((a) => !ENGINES.includes(a));
const chosen = engines.length ? engines : ENGINES;
const someFiles = wtrArgs.some((a) => /\.test\.[jt]s$/.test(a));

const run = (engine) =>
  new Promise((resolve) => {
    const started = Date.now();
    console.log(`\n::: tests in ${engine}`);
    const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...wtrArgs], {
      stdio: 'inherit',
      // Some test files only: coverage thresholds count the whole suite, so no coverage (unless asked).
      env: { ...process.env, OSA_ENGINE: engine, ...(someFiles && process.env.OSA_COVERAGE === undefined ? { OSA_COVERAGE: '0' } : {}) },
    });
    child.on('exit', (code, signal) => resolve({ engine, code: code ?? (signal ? 1 : 0), seconds: Math.round((Date.now() - started) / 1000) }));
  });

const summaries = [];
const problems = [];
const notes = [];
for (const engine of chosen) {
  const file = `test-results/${engine}.json`;
  rmSync(file, { force: true });
  let { code, seconds } = await run(engine);
  if (!existsSync(file)) {
    // A run that ends without a summary reported no failed test: its runner or browser went away.
    // Once, WebKit's run ended so at 18 of 24 files (exit code 1, nothing in its log) and passed
    // when run again. Such a run is started once more, and the output says so; a second such end
    // fails.
    notes.push(`${engine}: the first run ended (exit code ${code}) after ${seconds} s without a summary, so it was started once more`);
    console.log(`\n::: ${notes.at(-1)}`);
    const again = await run(engine);
    code = again.code;
    seconds += again.seconds;
  }
  if (!existsSync(file)) {
    problems.push(`${engine}: the run ended (exit code ${code}) without a summary`);
    summaries.push({ engine, label: engine, files: 0, passed: 0, failed: 0, notCovered: 0, failures: [], notCoveredTests: [], unexplained: [], seconds });
    continue;
  }
  const summary = { ...JSON.parse(readFileSync(file, 'utf8')), seconds };
  summaries.push(summary);
  if (code !== 0) problems.push(`${summary.label}: web-test-runner exited with ${code}`);
  if (summary.unexplained.length) problems.push(`${summary.label}: ${summary.unexplained.length} test(s) skipped without a reason`);
  if (engine === 'chromium' && (summary.notCovered || Object.keys(summary.leftOut ?? {}).length)) {
    problems.push('Chromium: every test must run in Chromium, but some were not covered');
  }
}

console.log(`\n=== Tests per browser engine ===${formatSummary(summaries)}`);
if (notes.length) console.log(`\nNOTE:\n${notes.map((n) => `  ${n}`).join('\n')}`);
if (problems.length) {
  console.log(`\nFAILED:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nAll ${summaries.length} engine run(s) passed (${summaries.reduce((n, s) => n + s.seconds, 0)} s).`);
