// Summary reporter: at the end of a run, one line per engine with passed / failed / not covered, then
// its slowest tests (one near its time limit fails on a busy machine), then
// every test the engine did not run and why (from `needs()` in test/helpers/engine.ts, and the test
// files this engine's run leaves out, from web-test-runner.config.mjs). A test that was skipped with
// no reason is counted and named as "skipped without a reason": a defect, and .ci/test-engines.mjs
// fails the run for it. The figures are also written to test-results/<engine>.json for
// .ci/test-engines.mjs, which prints the table of all three engines.
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

const rel = (file) => relative(process.cwd(), file).split('\\').join('/');

function* walk(suite, path = []) {
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) yield { title: [...here, test.name].join(' '), test };
  for (const child of suite.suites ?? []) yield* walk(child, here);
}

/** Counts one engine's sessions; `notCovered` from the commands plugin, `leftOut` = { file: reason }. */
export function summarise(engine, sessions, notCovered, leftOut) {
  const summary = { engine, files: 0, passed: 0, failed: 0, notCovered: 0, failures: [], notCoveredTests: [], unexplained: [], leftOut, slowest: [] };
  for (const session of sessions) {
    summary.files++;
    const file = rel(session.testFile);
    for (const { title, test } of session.testResults ? walk(session.testResults) : []) {
      if (test.skipped) {
        const found = notCovered.find((n) => rel(n.file) === file && n.title === title);
        summary.notCovered++;
        if (found) summary.notCoveredTests.push({ file, title, reasons: found.reasons });
        else summary.unexplained.push({ file, title });
      } else if (test.passed) {
        summary.passed++;
        if (test.duration) summary.slowest.push({ file, title, ms: Math.round(test.duration) });
      } else {
        summary.failed++;
        summary.failures.push({ file, title });
      }
    }
    // A file that failed to load, or an error outside any test (a hook, an uncaught error), fails it too.
    if (session.errors?.length || (!session.passed && !summary.failures.some((f) => f.file === file))) {
      summary.failed++;
      summary.failures.push({ file, title: `(the file: ${session.errors?.[0]?.message?.split('\n')[0] ?? 'failed outside its tests'})` });
    }
  }
  // The slowest tests that passed: one near its time limit fails when the machine is busy (CI).
  summary.slowest = summary.slowest.sort((a, b) => b.ms - a.ms).slice(0, SLOWEST);
  return summary;
}

const SLOWEST = 5;
const LIST_MAX = 25;
const LIST_HEAD = 5;

export function formatSummary(summaries) {
  const lines = [];
  const pad = (s, n) => String(s).padEnd(n);
  lines.push('', 'Engine     files  passed  failed  not covered');
  for (const s of summaries) {
    const leftOut = Object.keys(s.leftOut ?? {}).length;
    lines.push(`${pad(s.label ?? s.engine, 10)} ${pad(s.files, 6)} ${pad(s.passed, 7)} ${pad(s.failed, 7)} ${s.notCovered}${leftOut ? ` (+ ${leftOut} file(s) not run)` : ''}${s.seconds ? `   ${s.seconds} s` : ''}`);
  }
  for (const s of summaries) {
    const name = s.label ?? s.engine;
    if (s.slowest?.length) {
      lines.push('', `${name}: slowest tests`);
      for (const t of s.slowest) lines.push(`  ${(t.ms / 1000).toFixed(1).padStart(6)} s  ${t.file}: ${t.title}`);
    }
    if (s.failures.length) {
      lines.push('', `${name}: failed`);
      for (const f of s.failures) lines.push(`  ✗ ${f.file}: ${f.title}`);
    }
    if (s.notCoveredTests.length || s.unexplained.length || Object.keys(s.leftOut ?? {}).length) {
      lines.push('', `${name}: not covered`);
      for (const [file, reason] of Object.entries(s.leftOut ?? {})) lines.push(`  - ${file} (whole file): ${reason}`);
      // Group by reason, so the list reads as what the engine lacks and which tests that costs.
      const byReason = new Map();
      for (const t of s.notCoveredTests) {
        const key = t.reasons.join('; ');
        byReason.set(key, [...(byReason.get(key) ?? []), t]);
      }
      for (const [reason, tests] of byReason) {
        lines.push(`  ${reason} (${tests.length}):`);
        // A long repeat pass (hundreds of story renders) is shown by its first tests; every test is in the JSON.
        const shown = tests.length > LIST_MAX ? tests.slice(0, LIST_HEAD) : tests;
        for (const t of shown) lines.push(`    - ${t.file}: ${t.title}`);
        if (shown.length < tests.length) lines.push(`    … and ${tests.length - shown.length} more like these (each named in test-results/${s.engine}.json)`);
      }
      if (s.unexplained.length) {
        lines.push(`  SKIPPED WITHOUT A REASON (a defect: use needs() from test/helpers/engine.ts) (${s.unexplained.length}):`);
        for (const t of s.unexplained) lines.push(`    - ${t.file}: ${t.title}`);
      }
    }
  }
  return lines.join('\n');
}

/** The reporter for one engine's run. */
export function engineSummaryReporter({ engine, label, notCovered, leftOut, outDir = 'test-results' }) {
  let summary;
  return {
    onTestRunFinished({ sessions }) {
      summary = { ...summarise(engine, sessions, notCovered, leftOut), label };
      mkdirSync(outDir, { recursive: true });
      writeFileSync(`${outDir}/${engine}.json`, JSON.stringify(summary, null, 2));
    },
    stop() {
      if (summary) console.log(formatSummary([summary]));
    },
  };
}
