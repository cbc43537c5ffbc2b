// IBM Equal Access (accessibility-checker-engine), a second rules engine beside axe-core. Its rules
// differ from axe's (for example autocomplete tokens that do not fit the field, ARIA roles a group
// may not own, fieldsets without a legend it can see), so each story is checked by both. A
// violation fails; recommendations and "needs review" results are left to people.
// ace.js is a plain script that defines `ace`: it is put on the page once, from node_modules.

interface AceResult {
  ruleId: string;
  value: [string, string];
  message: string;
  path: { dom: string };
}
interface AceChecker {
  check(context: Document | Element, rulesets: string[]): Promise<{ results: AceResult[] }>;
}
declare global {
  interface Window {
    ace?: { Checker: new () => AceChecker };
  }
}

let loading: Promise<void> | undefined;

function loadAce(): Promise<void> {
  return (loading ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/accessibility-checker-engine/ace.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('could not load accessibility-checker-engine/ace.js'));
    document.head.append(script);
  }));
}

/** Runs IBM Equal Access (its IBM_Accessibility rule set: WCAG 2.2 AA and more) and throws a readable error listing every violation. */
export async function expectNoEqualAccessViolations(context: Document | Element = document): Promise<void> {
  await loadAce();
  const { results } = await new window.ace!.Checker().check(context, ['IBM_Accessibility']);
  const violations = [...new Set(results.filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL').map((r) => `  ${r.ruleId}: ${r.message}\n    ${r.path.dom}`))];
  if (violations.length) throw new Error(`${violations.length} IBM Equal Access violation(s):\n${violations.join('\n')}`);
}
