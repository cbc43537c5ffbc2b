// Which browser engine runs the tests, and what it can emulate. A test that needs something an engine
// lacks (forced colours in WebKitGTK, the accessibility tree over WebDriver…) is wrapped in `needs()`:
// in that engine it is recorded with the reason and reported as "not covered" in the run's summary
// (see .ci/wtr-engine-reporter.mjs), never skipped silently. Chromium lacks nothing, so it runs every
// test. The table of what each engine lacks is MISSING in .ci/wtr-engine-commands.mjs.
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * - `dark`: emulate prefers-color-scheme: dark
 * - `forced-colors`: emulate forced colours (Windows high contrast)
 * - `print`: emulate print media
 * - `offline`: take the page offline for real (goOfflineFor)
 * - `a11y-tree`: read the browser's accessibility tree (accessibilityTree)
 * - `ci-time`: the engine's run has time for long repeat passes (Chromium only, to keep CI in its
 *   limit); use it only for repeats whose result does not depend on the engine, and say so
 */
export type Capability = 'dark' | 'forced-colors' | 'print' | 'offline' | 'a11y-tree' | 'ci-time';

export interface EngineInfo {
  engine: 'chromium' | 'firefox' | 'webkit';
  label: string;
  /** What this engine lacks, with the reason. */
  missing: Partial<Record<Capability, string>>;
}

let info: Promise<EngineInfo> | undefined;
/** The engine of this run (asked once from the test server). */
export function engine(): Promise<EngineInfo> {
  return (info ??= executeServerCommand('osa-engine') as Promise<EngineInfo>);
}

/** The reasons this engine cannot give `capabilities` (empty when it can). */
export async function lacking(capabilities: Capability | readonly Capability[]): Promise<string[]> {
  const { missing } = await engine();
  return [capabilities].flat().flatMap((c) => (missing[c] ? [missing[c]!] : []));
}

/**
 * Wraps a test that needs `capabilities`:
 * `it('shows in forced colours', needs('forced-colors', async () => { … }))`.
 * Where the engine lacks one, the test is reported as not covered with the reason; elsewhere it runs.
 */
export function needs(capabilities: Capability | readonly Capability[], test: (this: Mocha.Context) => unknown): Mocha.Func {
  return async function (this: Mocha.Context) {
    const reasons = await lacking(capabilities);
    if (reasons.length) {
      await executeServerCommand('osa-not-covered', { title: this.test!.fullTitle(), reasons });
      this.skip();
    }
    return test.call(this);
  } as Mocha.Func;
}
