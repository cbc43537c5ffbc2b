// dist/cdn/autoloader.js — one script tag for a whole site. It loads the CDN file that defines each
// osallisuus tag on the page, now or later (a CMS block added after load), and nothing else. Put it
// next to the CDN files: it loads them from its own folder.
//   <script type="module" src="/osallisuus/0.1.0/autoloader.js"></script>
// A tag with a published file of its own gets that file. A tag that has none yet is in
// osallisuus.js, which defines every tag: when a page needs it, it is the only file loaded.

/** Tag → the file that defines it; filled in by the CDN build (rollup.config.js). */
declare const __OSA_FILES__: Readonly<Record<string, string>>;

const FILES: Readonly<Record<string, string>> = __OSA_FILES__;
const ALL = 'osallisuus.js';
const folder = new URL('./', import.meta.url);
const started = new Set<string>();

function load(file: string, tags: string[]): void {
  tags.forEach((tag) => started.add(tag));
  import(/* @vite-ignore */ new URL(file, folder).href).catch((e: Error) => {
    tags.forEach((tag) => started.delete(tag)); // tried again when the page changes
    console.warn(`osallisuus autoloader: could not load ${file} from ${folder.href} (${e.message}).`);
  });
}

/** Starts loading the files for the tags in the document that are not defined or loading yet. */
function scan(): void {
  const tags = Object.keys(FILES);
  const wanted = tags.filter((tag) => !started.has(tag) && !customElements.get(tag) && document.querySelector(tag));
  if (!wanted.length) return;
  // osallisuus.js defines every tag, so it serves the whole page on its own (one copy of Lit).
  if (wanted.some((tag) => FILES[tag] === ALL)) return load(ALL, tags.filter((tag) => !customElements.get(tag)));
  for (const tag of wanted) load(FILES[tag], [tag]);
}

scan();
new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
