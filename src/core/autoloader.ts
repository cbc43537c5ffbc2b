// dist/cdn/autoloader.js — one script tag for a whole site. It loads the CDN file that defines each
// osallisuus tag on the page, now or later (a CMS block added after load), and nothing else. Put it
// next to the CDN files: it loads them from its own folder.
//   <script type="module" src="/osallisuus/0.1.0/autoloader.js"></script>
// A tag with a published file of its own gets that file. A tag that has none yet is in
// osallisuus.js, which defines almost every tag: when a page needs it, it serves every tag it has,
// and a tag published only on its own (not in osallisuus.js) still gets its own file.

/** Tag → the file that defines it; filled in by the CDN build (rollup.config.js). */
declare const __OSA_FILES__: Readonly<Record<string, string>>;
/** The tags osallisuus.js defines; filled in by the CDN build. */
declare const __OSA_BUNDLED__: readonly string[];

const FILES: Readonly<Record<string, string>> = __OSA_FILES__;
const IN_ALL: readonly string[] = __OSA_BUNDLED__;
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
  let wanted = tags.filter((tag) => !started.has(tag) && !customElements.get(tag) && document.querySelector(tag));
  if (!wanted.length) return;
  // osallisuus.js serves every tag it defines (one copy of Lit for them); the others get their own file.
  if (wanted.some((tag) => FILES[tag] === ALL)) {
    load(ALL, IN_ALL.filter((tag) => !customElements.get(tag)));
    wanted = wanted.filter((tag) => !IN_ALL.includes(tag));
  }
  for (const tag of wanted) load(FILES[tag], [tag]);
}

scan();
new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
