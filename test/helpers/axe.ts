// axe-core in the real browser, with the WCAG 2.2 AA tags and best practices. No rule is disabled.
import 'axe-core/axe.min.js';
import type { AxeResults, Result } from 'axe-core';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

function format(v: Result): string {
  const nodes = v.nodes.slice(0, 3).map((n) => `    ${n.target.join(' >>> ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`);
  return `  [${v.impact}] ${v.id}: ${v.help}\n${nodes.join('\n')}`;
}

/** Runs axe on an element (or the document) and throws a readable error listing every violation. */
export async function expectAccessible(context: Element | Document = document): Promise<AxeResults> {
  const results = await window.axe.run(context, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  if (results.violations.length) {
    throw new Error(`${results.violations.length} accessibility violation(s):\n${results.violations.map(format).join('\n')}`);
  }
  return results;
}
