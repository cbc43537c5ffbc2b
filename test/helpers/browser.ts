// Real-browser helpers: key presses, pointer clicks, viewport, media emulation, the accessibility tree.
// Each is a server command that .ci/wtr-engine-commands.mjs gives to Chromium, Firefox and WebKit in
// the way each supports it. What an engine lacks (see test/helpers/engine.ts) fails with a pointer to
// `needs()`, so a test using it reports itself as not covered there instead of failing.
import { executeServerCommand } from '@web/test-runner-commands';

/** Presses one key (e.g. 'Tab', 'Enter', 'Space', 'ArrowDown', 'Shift+Tab') for real. */
export async function press(key: string): Promise<void> {
  await executeServerCommand('osa-keys', { press: key });
}

/**
 * Types text for real, key by key, into the focused element. In pieces: WebKitGTK's WebDriver waits
 * for the page after each key, and a server command must answer within 20 s even on a busy machine.
 */
export async function type(text: string): Promise<void> {
  const chars = [...text];
  for (let i = 0; i < chars.length; i += 12) await executeServerCommand('osa-keys', { type: chars.slice(i, i + 12).join('') });
}

/** Clicks an element for real, with the pointer at its centre (scrolled into view first). */
export async function click(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center', inline: 'center' });
  const r = el.getBoundingClientRect();
  await executeServerCommand('osa-click', { x: r.left + r.width / 2, y: r.top + r.height / 2 });
}

/** Presses Tab until `predicate(activeElement)` holds; fails after `max` presses. */
export async function tabTo(predicate: (el: Element) => boolean, max = 40, backwards = false): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await press(backwards ? 'Shift+Tab' : 'Tab');
    const el = deepActiveElement();
    if (el && predicate(el)) return el;
  }
  throw new Error(`Tab did not reach the element in ${max} presses (last: ${describe(deepActiveElement())})`);
}

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

export function describe(el: Element | null): string {
  if (!el) return 'nothing';
  const label = (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? el.textContent?.trim().slice(0, 40);
  return `<${el.localName}${el.id ? `#${el.id}` : ''}> "${label ?? ''}"`;
}

/** Sets the page's viewport (the visible page, without any browser window parts) to width × height CSS px. */
export const viewport = (width: number, height: number) => executeServerCommand('osa-viewport', { width, height });
export const narrow = () => viewport(320, 640);
export const wide = () => viewport(1280, 800);

export type ColourMode = 'light' | 'dark' | 'forced-colors';

/**
 * Long-lived media query lists, like the one each component keeps (src/core/element.ts). Firefox
 * updates such a list (its `matches` and its 'change' event) a frame or so after the tab's media
 * override changes, while a fresh `matchMedia()` answers at once: a component rendered in between
 * starts in the old scheme and then fades to the new one (the buttons' 150 ms colour transition), and
 * axe measured the colours half-way (dark stories in Firefox: contrast 2.8:1 of a button mid-fade).
 * So after each change, wait until the long-lived lists agree with fresh ones.
 */
const QUERIES = ['(prefers-color-scheme: dark)', '(forced-colors: active)'];
const liveQueries = QUERIES.map((q) => matchMedia(q));
async function mediaSettled(): Promise<void> {
  const start = performance.now();
  const stale = () => liveQueries.filter((l) => l.matches !== matchMedia(l.media).matches);
  while (stale().length) {
    if (performance.now() - start > 5000) throw new Error(`the page's media queries did not follow the emulation: ${stale().map((l) => l.media).join(', ')}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/**
 * Emulates light or dark colour scheme, or Windows-style forced colours. Dark and forced colours need
 * `needs('dark')` / `needs('forced-colors')` around the test (test/helpers/engine.ts).
 */
export async function emulateColourMode(mode: ColourMode): Promise<void> {
  const features = [
    { name: 'prefers-color-scheme', value: mode === 'dark' ? 'dark' : 'light' },
    { name: 'forced-colors', value: mode === 'forced-colors' ? 'active' : 'none' },
  ];
  await executeServerCommand('osa-emulate-media', { features });
  await mediaSettled();
}

export async function resetMedia(): Promise<void> {
  await executeServerCommand('osa-emulate-media', { features: [] });
  await mediaSettled();
}

export interface AXNode {
  role: string;
  name?: string;
  value?: string | number;
  description?: string;
  checked?: boolean | 'mixed';
  expanded?: boolean;
  selected?: boolean;
  disabled?: boolean;
  required?: boolean;
  invalid?: string;
  focused?: boolean;
  level?: number;
  children?: AXNode[];
}

/** Emulates print media (wrap the test in `needs('print')`); `resetMedia()` ends it. */
export async function emulatePrint(): Promise<void> {
  await executeServerCommand('osa-emulate-media', { media: 'print', features: [] });
}

/** The browser's own accessibility tree of the page (what a screen reader is given); needs `needs('a11y-tree')`. */
export async function accessibilityTree(): Promise<AXNode> {
  return (await executeServerCommand('osa-a11y-tree')) as AXNode;
}

/** All nodes matching a role and (optionally) a name — a string for equality or a RegExp. */
export function findAll(tree: AXNode, role: string, name?: string | RegExp): AXNode[] {
  const out: AXNode[] = [];
  const walk = (n: AXNode) => {
    const nameOk = name === undefined || (typeof name === 'string' ? n.name === name : name.test(n.name ?? ''));
    if (n.role === role && nameOk) out.push(n);
    n.children?.forEach(walk);
  };
  walk(tree);
  return out;
}

export function findNode(tree: AXNode, role: string, name?: string | RegExp): AXNode {
  const [node] = findAll(tree, role, name);
  if (!node) throw new Error(`No ${role} named ${String(name)} in the accessibility tree`);
  return node;
}

/** Waits until `check` returns a truthy value (polling), or fails with `what`. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 8000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Takes the page offline for real (network emulation; wrap the test in `needs('offline')`) for `forMs`, then back online.
 * Resolves once the page is offline. Send no other server command during the window.
 */
export async function goOfflineFor(forMs: number, options: { clearCache?: boolean } = {}): Promise<void> {
  const offline = new Promise((resolve) => window.addEventListener('offline', resolve, { once: true }));
  await executeServerCommand('osa-network', { forMs, clearCache: options.clearCache });
  await offline;
}
