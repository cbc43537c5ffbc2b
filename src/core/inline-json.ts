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

/** A JSON setting read by `readJsonSetting`: the data or the problem, and where it came from. */
export interface JsonSetting<T = unknown> extends JsonResult<T> {
  /** Where it came from, for warnings: `The json attribute` or `The <script type="application/json"> child`. */
  where: string;
  /** The JSON text that was read (empty when none). */
  text: string;
}

/**
 * One JSON setting that a CMS can give in either of two ways: as a JSON-valued attribute
 * (`value`, the attribute's property; an attribute survives HTML filters that strip `<script>`),
 * or as a child `<script type="application/json">` (`name` as in `readInlineJson`). A non-empty
 * attribute wins. Both are parsed the same way, so the caller checks and warns the same way.
 */
export function readJsonSetting<T = unknown>(host: Element, value: string | null | undefined, attribute: string, name?: string): JsonSetting<T> {
  if (value?.trim()) return { ...parseJson<T>(value), where: `The ${attribute} attribute`, text: value };
  const text = inlineJsonScript(host, name)?.textContent ?? '';
  return { ...parseJson<T>(text), where: `The <script type="application/json"${name ? ` data-name="${name}"` : ''}> child`, text };
}
