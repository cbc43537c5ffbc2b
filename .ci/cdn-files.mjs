// The built CDN files by name (dist/cdn/*.js, not chunks): runtime.js, osa-<name>.js for every
// component, osallisuus.js, autoloader.js, working-days.js.
// Used by size.mjs, bench.mjs, the test runner's /__osa__/cdn-files.json and the CSP test server.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The .js files (no chunks) in dist/cdn/ under `root`, sorted; [] when not built. */
export function cdnFiles(root = '.') {
  const dir = join(root, 'dist/cdn');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')).sort() : [];
}

/** The tag files: osa-<name>.js, one per component. */
export const tagFiles = (root = '.') => cdnFiles(root).filter((f) => /^osa-[\w-]+\.js$/.test(f));
