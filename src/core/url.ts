/**
 * Links that come from attributes or data: only http(s), mailto and tel, or a relative path.
 * Anything else (javascript:, data:, vbscript: …) gives undefined, so it is shown as text or not at all.
 */
export function safeUrl(value: unknown, base: string = document.baseURI): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The page address without query string or fragment (they can hold personal data). */
export function pageUrlWithoutQuery(loc: Location = location): string {
  return `${loc.origin}${loc.pathname}`;
}
