/**
 * Lazily loaded parts (texts, a form's actions, drafts, the board's search…) that load again after
 * a failure, in every browser.
 *
 * Firefox keeps a module import that failed (offline, a server error) for the life of the page:
 * importing the same address again fails at once, without a request. So after a dropped connection
 * "Try again" could never work there, and only a reload (which can lose what was typed) helped.
 *
 * `lazy(() => import('./x.js'))` imports as usual. When the same module has failed before and fails
 * again, it is imported from its address with `?retry=N` added: a new address, which the browser
 * does fetch (the server ignores the query). Chromium and WebKit fetch a failed module again by
 * themselves, so they take this way only when that fails too. The new copy is kept, so every later
 * `lazy` import of the module gets the same one.
 *
 * The address is the one the error names ("…imported module: <address>", in Firefox and Chromium),
 * and only when its file is the one `load` imports (its `import("…")` text, as built): when a module
 * that one imports failed instead, a new address for the first would not help (the browser keeps
 * the failed one it imports), so the error stands. WebKit's error names no address; it fetches a
 * failed module again by itself.
 */
const retried: Record<string, Promise<unknown> | 0> = {};
let tries = 0;

export function lazy<M>(load: () => Promise<M>): Promise<M> {
  return load().catch((e: unknown) => {
    // The address the error names ("TypeError: … module: <address>"), and its file name.
    const [, url, file] = /module: ([^?\s]*(\/[^/?\s]+))/.exec(e as string) ?? [];
    // Only when that is the file `load` imports ("() => import('./x.js')", as built).
    if (!file || !`${load}`.includes(file)) throw e;
    // The first failure stands: the page says so and offers "Try again".
    if (!(url in retried)) throw ((retried[url] = 0), e);
    return (retried[url] ||= import(`${url}?retry=${++tries}`).catch((f: unknown) => {
      throw ((retried[url] = 0), f);
    })) as Promise<M>;
  });
}
