/**
 * Inline JSON for CMS editors: a child `<script type="application/json">` or a JSON attribute.
 * Never throws: a problem comes back as words for a console warning and a visible fallback.
 */
export interface JsonResult<T = unknown> {
  /** True when there was something to read. */
  found: boolean;
  data?: T;
  /** What was wrong, in plain words, e.g. `is not valid JSON (Unexpected token } in JSON at position 12)`. */
  error?: string;
}

/** Parses JSON text. Empty or missing text is `found: false`. */
export function parseJson<T = unknown>(text: string | null | undefined): JsonResult<T> {
  if (text === null || text === undefined || !text.trim()) return { found: false };
  try {
    return { found: true, data: JSON.parse(text) as T };
  } catch (e) {
    return { found: true, error: `is not valid JSON (${(e as Error).message})` };
  }
}

/**
 * Reads the first child `<script type="application/json">` of `host` (skipping `data-texts`,
 * which holds text overrides), or the one matching `name` in `data-name`.
 */
export function readInlineJson<T = unknown>(host: Element, name?: string): JsonResult<T> {
  const script = inlineJsonScript(host, name);
  return script ? parseJson<T>(script.textContent) : { found: false };
}

/** The child `<script type="application/json">` that `readInlineJson` reads, or null. */
export function inlineJsonScript(host: Element, name?: string): Element | null {
  return host.querySelector(name
    ? `:scope > script[type="application/json"][data-name="${name}"]`
    : ':scope > script[type="application/json"]:not([data-texts]):not([data-name])');
}
