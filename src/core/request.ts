/**
 * Every request the library makes goes through `request()`: data and topic lists (GET) as well as
 * submissions (POST). It sends no cookies or other credentials (`credentials: 'omit'`) and no
 * Referer (`referrerPolicy: 'no-referrer'`), whatever the page's own referrer policy is: real page
 * addresses carry client ids in their query strings, and the services behind the components need
 * neither. (An address with a user name or password is refused by fetch itself; submit() checks
 * for one first, to say so.)
 *
 * Sending (any method but GET and HEAD) never follows a redirect (`redirect: 'manual'`): a
 * misconfigured or compromised endpoint could otherwise forward what a person wrote, their contact
 * details and the API key to another origin, and that origin's answer would be shown as the
 * service's own. The caller sees the refused redirect as `response.type === 'opaqueredirect'`.
 */
export const request = (url: string, init: RequestInit = {}): Promise<Response> =>
  fetch(url, { ...init, credentials: 'omit', referrerPolicy: 'no-referrer', redirect: /^(GET|HEAD|)$/i.test(init.method ?? '') ? 'follow' : 'manual' });
