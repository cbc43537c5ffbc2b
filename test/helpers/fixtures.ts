// Working with the HTTP fixtures served by the test runner (test/servers/).
import { render } from 'lit';
import { resetMedia, wide } from './browser.js';

/** A fresh id for one test's run, so fixtures count its requests separately. */
export function runId(prefix = 'run'): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Reads a fixture's JSON endpoint. */
export async function getJson<T = unknown>(url: string): Promise<T> {
  const res = await fetch(url, { cache: 'no-store' });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return (await res.json()) as T;
}

/** Waits for all custom elements under `root` (and their shadow roots) to finish rendering. */
export async function settled(root: Element | ShadowRoot): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const els = [...root.querySelectorAll('*')].filter((e) => e.localName.includes('-')) as (Element & { updateComplete?: Promise<unknown> })[];
    await Promise.all(els.map(async (e) => {
      await e.updateComplete;
      if (e.shadowRoot) await settled(e.shadowRoot);
    }));
  }
}

/**
 * A fresh `<main>` for each test, removed afterwards with storage cleared and the viewport and
 * media emulation reset. Call at the top of a test file; use the returned getter in tests.
 */
export function pageContainer(): () => HTMLElement {
  let container: HTMLElement;
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    container = document.createElement('main');
    document.body.append(container);
  });
  afterEach(async () => {
    render(null, container);
    container.remove();
    await resetMedia();
    await wide();
  });
  return () => container;
}

/** Collects console warnings until `restore()` (components warn web teams through the console). */
export function captureWarnings() {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}
