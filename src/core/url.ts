/**
 * Addresses from attributes, JSON and server answers, read safely on any host page.
 *
 * The page's base address and root element are read through the DOM's own getters on the
 * prototypes, never as `document.baseURI`: an `<img name="baseURI">` (or a form, embed, object or
 * iframe with that name) anywhere on the page replaces `document.baseURI` with itself.
 */
const baseUriGetter = Object.getOwnPropertyDescriptor(Node.prototype, 'baseURI')!.get!;
const rootGetter = Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement')!.get!;

/** The page's base address (`<base href>` or the page itself), whatever names the page's elements have. */
export const pageBase = (doc: Document = document): string => baseUriGetter.call(doc) as string;

/** The page's root element (`<html>`), whatever names the page's elements have. */
export const pageRoot = (doc: Document = document): HTMLElement => rootGetter.call(doc) as HTMLElement;

const warnedUserInfo = new Set<string>();

/**
 * True when an address has a user name or password (`https://www.city.fi@evil.example/`): the part
 * before the `@` makes a link look as if it led somewhere else, so such addresses are never used.
 * Warns once per address.
 */
export function hasUserInfo(url: URL, given: string = url.href): boolean {
  if (!url.username && !url.password) return false;
  if (!warnedUserInfo.has(given)) {
    warnedUserInfo.add(given);
    console.warn(`osallisuus: the address "${given}" is not used: a user name or password before "@" hides where it leads.`);
  }
  return true;
}

/**
 * Links that come from attributes or data: only http(s), mailto and tel, or a relative path, and
 * never with a user name or password. Anything else (javascript:, data:, vbscript:,
 * `https://www.city.fi@evil.example/` …) gives undefined, so it is shown as text or not at all.
 */
export function safeUrl(value: unknown, base: string = pageBase()): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    if (!['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) || hasUserInfo(url, value.trim())) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** The page address without query string or fragment (they can hold personal data). */
export function pageUrlWithoutQuery(loc: Location = location): string {
  return `${loc.origin}${loc.pathname}`;
}
