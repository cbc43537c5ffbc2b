// dist/cdn/autoloader.js — one script tag for a whole site. It loads the CDN file of each
// osallisuus tag that is on the page, now or later (a CMS block added after load), and nothing
// else. Put it next to the tag files: it loads them from its own folder.
//   <script type="module" src="/osallisuus/0.1.0/autoloader.js"></script>

/** The published tags; filled in by the CDN build (rollup.config.js). */
declare const __OSA_TAGS__: readonly string[];

const folder = new URL('./', import.meta.url);
const started = new Set<string>();

/** Starts loading the file of every published tag in the document that is not defined yet. */
function scan(): void {
  for (const tag of __OSA_TAGS__) {
    if (started.has(tag) || customElements.get(tag) || !document.querySelector(tag)) continue;
    started.add(tag);
    import(/* @vite-ignore */ new URL(`${tag}.js`, folder).href).catch((e: Error) => {
      started.delete(tag); // tried again when the page changes
      console.warn(`osallisuus autoloader: could not load ${tag}.js from ${folder.href} (${e.message}).`);
    });
  }
}

scan();
new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
