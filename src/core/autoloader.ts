// dist/cdn/autoloader.js — one script tag for a whole site. It loads the CDN file that defines each
// osallisuus tag on the page, now or later (a CMS block added after load), and nothing else. Put it
// next to the CDN files: it loads them from its own folder.
//   <script type="module" src="/osallisuus/0.2.0/autoloader.js"></script>
// Every tag has a file of its own (osa-<name>.js). All of them import the same runtime.js (Lit and
// the shared core) from the folder, so a page loads Lit once however many tags it has, and also
// when the page itself loads osallisuus.js or a tag file as well.

import { pageRoot } from './url.js';

/** Tag → the file that defines it; filled in by the CDN build (rollup.config.js). */
declare const __OSA_FILES__: Readonly<Record<string, string>>;

const FILES: Readonly<Record<string, string>> = __OSA_FILES__;
// The DOM's own method and getter (pageRoot), not document.querySelector or document.documentElement:
// an element named "querySelector" (<form name="querySelector">) on the page replaces those with itself.
const find = Document.prototype.querySelector;
const folder = new URL('./', import.meta.url);
const started = new Set<string>();

function load(tag: string): void {
  const file = FILES[tag]!;
  started.add(tag);
  import(/* @vite-ignore */ new URL(file, folder).href).catch((e: Error) => {
    started.delete(tag); // tried again when the page changes
    console.warn(`osallisuus autoloader: could not load ${file} from ${folder.href} (${e.message}).`);
  });
}

/** Starts loading the files for the tags in the document that are not defined or loading yet. */
function scan(): void {
  for (const tag of Object.keys(FILES)) {
    if (!started.has(tag) && !customElements.get(tag) && find.call(document, tag)) load(tag);
  }
}

scan();
new MutationObserver(scan).observe(pageRoot(), { childList: true, subtree: true });
