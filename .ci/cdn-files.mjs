// The built CDN files by name: dist/cdn/ (published) and dist/cdn-pending/ (built, not published).
// Used by size.mjs, bench.mjs, the test runner's /__osa__/cdn-files.json and the CSP test server.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The .js files (no chunks) in dist/cdn/ and dist/cdn-pending/ under `root`, sorted; [] when not built. */
export function cdnFiles(root = '.') {
  const list = (dir) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith('.js')).sort() : []);
  return { published: list('dist/cdn'), pending: list('dist/cdn-pending') };
}
