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

const loading = new WeakMap<Document, Promise<void>>();

/** Puts ace.js on the page of `doc` (once per document: an iframe's page gets its own). */
function loadAce(doc: Document): Promise<void> {
  if (!loading.has(doc)) {
    loading.set(doc, new Promise<void>((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = '/node_modules/accessibility-checker-engine/ace.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('could not load accessibility-checker-engine/ace.js'));
      doc.head.append(script);
    }));
  }
  return loading.get(doc)!;
}

/**
 * Runs IBM Equal Access (its IBM_Accessibility rule set: WCAG 2.2 AA and more) on a document or an
 * element (its own page's: an iframe's too) and throws a readable error listing every violation.
 */
export async function expectNoEqualAccessViolations(context: Document | Element = document): Promise<void> {
  const doc = context.nodeType === Node.DOCUMENT_NODE ? (context as Document) : context.ownerDocument!;
  await loadAce(doc);
  const win = doc.defaultView as Window;
  const { results } = await new win.ace!.Checker().check(context, ['IBM_Accessibility']);
  // A run that checked nothing (no results at all, not even passes) would pass anything.
  if (!results.length) throw new Error('IBM Equal Access returned no results: it checked nothing');
  const violations = [...new Set(results.filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL').map((r) => `  ${r.ruleId}: ${r.message}\n    ${r.path.dom}`))];
  if (violations.length) throw new Error(`${violations.length} IBM Equal Access violation(s):\n${violations.join('\n')}`);
}
