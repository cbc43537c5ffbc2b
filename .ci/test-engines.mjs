#!/usr/bin/env node
// Runs the test suite in each browser engine, one after the other, each in its own web-test-runner run
// (OSA_ENGINE=chromium|firefox|webkit, see web-test-runner.config.mjs), then prints one table of
// passed / failed / not covered per engine and the list of what was not covered and why.
// Fails if any engine fails, if a test was skipped without a reason, or if Chromium left anything out
// (Chromium runs everything; coverage comes from its run).
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

const run = (engine) =>
  new Promise((resolve) => {
    const started = Date.now();
    console.log(`\n::: tests in ${engine}`);
    const child = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...wtrArgs], {
      stdio: 'inherit',
      env: { ...process.env, OSA_ENGINE: engine },
    });
    child.on('exit', (code, signal) => resolve({ engine, code: code ?? (signal ? 1 : 0), seconds: Math.round((Date.now() - started) / 1000) }));
  });

const summaries = [];
const problems = [];
for (const engine of chosen) {
  const file = `test-results/${engine}.json`;
  rmSync(file, { force: true });
  const { code, seconds } = await run(engine);
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
if (problems.length) {
  console.log(`\nFAILED:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nAll ${summaries.length} engine run(s) passed (${summaries.reduce((n, s) => n + s.seconds, 0)} s).`);
