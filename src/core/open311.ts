import { pageBase } from './url.js';

/**
 * Shared Open311 (GeoReport v2) helpers for every component that talks to an Open311 server:
 * building request addresses that keep the endpoint's own query string, and turning server text
 * into plain text. No DOM parsing: server text never becomes HTML.
 */

/**
 * The address of `path` (e.g. `services.json`, `requests/123.json`) under an Open311 base `endpoint`,
 * keeping the endpoint's own query string (`…/v2/?jurisdiction_id=x` → `…/v2/services.json?jurisdiction_id=x`)
 * and adding `params` whose value is a non-empty string. Throws when the endpoint is not a URL.
 */
export function open311Url(endpoint: string, path: string, params: Record<string, string | undefined | null> = {}): string {
  let url: URL;
  try {
    url = new URL(endpoint, pageBase());
  } catch {
    throw new Error('the endpoint is not a valid URL');
  }
  url.pathname = url.pathname.replace(/\/?$/, '/') + path.replace(/^\/+/, '');
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' && value !== '') url.searchParams.set(name, value);
  }
  return url.href;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Server text as plain text: tags are removed (a `<br>` or block end becomes a line break), character
 * references (`&quot;`, `&#228;`, `&#xE4;` and the common named ones) are decoded once, and anything
 * that is not a string gives ''. A small decoder on purpose: DOMParser would be a Trusted Types sink.
 */
export function plainText(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .replace(/<\s*br\s*\/?>|<\/\s*(p|div|li|h[1-6])\s*>/gi, '\n')
    .replace(/<\/?[a-z][^<>]*>|<!--[\s\S]*?-->/gi, '')
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
