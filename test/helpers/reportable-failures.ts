// A root hook in every test file (web-test-runner.config.mjs imports this module before each test
// file): a failed test's `actual` and `expected` become text when the browser cannot copy them.
//
// Why: web-test-runner sends the results to the runner with structuredClone, which throws for an
// element (`expect($(el, 'form')).to.be.null` failing has the <form> as `actual`). The page then
// never reports, and the run stalls with no failure until its 30-minute limit. WebKit's "stalls" of
// the panel sign-up file were this: a real failure nobody could see.

function describeValue(value: unknown): string {
  if (value instanceof Node) {
    const text = value instanceof Element ? value.outerHTML : value.textContent ?? '';
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
  }
  try {
    return JSON.stringify(value, (_key, v: unknown) => (v instanceof Node ? describeValue(v) : v)) ?? String(value);
  } catch {
    return String(value);
  }
}

function copyable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

/** Makes a failed test's error copyable for the runner: `actual`/`expected` the browser cannot copy become text. */
export function makeReportable(err: { actual?: unknown; expected?: unknown } | undefined): void {
  if (!err) return;
  for (const key of ['actual', 'expected'] as const) {
    if (key in err && !copyable(err[key])) err[key] = describeValue(err[key]);
  }
}

afterEach(function () {
  makeReportable(this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined);
});
