import { hasUserInfo, pageBase } from './url.js';

/**
 * Every request the library makes goes through `request()`: data and topic lists (GET) as well as
 * submissions (POST). It sends no cookies or other credentials (`credentials: 'omit'`) and no
 * Referer (`referrerPolicy: 'no-referrer'`), whatever the page's own referrer policy is: real page
 * addresses carry client ids in their query strings, and the services behind the components need
 * neither. Addresses with a user name or password are refused before anything is sent.
 *
 * Sending (any method but GET and HEAD) never follows a redirect (`redirect: 'manual'`): a
 * misconfigured or compromised endpoint could otherwise forward what a person wrote, their contact
 * details and the API key to another origin, and that origin's answer would be shown as the
 * service's own. The caller sees the refused redirect as `response.type === 'opaqueredirect'`.
 */
export function request(url: string, init: RequestInit = {}): Promise<Response> {
  const address = requestUrl(url);
  if (!address) return Promise.reject(new TypeError(`"${url}" is not an address the library sends to`));
  const method = (init.method ?? 'GET').toUpperCase();
  return fetch(address, {
    ...init,
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    ...(method === 'GET' || method === 'HEAD' ? {} : { redirect: 'manual' as const }),
  });
}

/**
 * The full address for a request, or undefined when it cannot be one: not a URL, not http(s), or
 * with a user name or password (warned about once).
 */
export function requestUrl(url: string): string | undefined {
  try {
    const address = new URL(url, pageBase());
    return (address.protocol === 'https:' || address.protocol === 'http:') && !hasUserInfo(address, url) ? address.href : undefined;
  } catch {
    return undefined;
  }
}

/** True when the server answered a send with a redirect, which request() refused to follow. */
export const isRefusedRedirect = (response: Response): boolean => response.type === 'opaqueredirect';
