// Fixture for test/core-csp.test.ts: a page served with a strict Content-Security-Policy and Trusted
// Types, as a careful public-sector site would send it. The page has no inline script and no inline
// style; it loads the components with <script type="module" src="…"> only.
//   GET /csp/page.html?via=cdn&run=<run>   the built CDN files: dist/cdn/osallisuus.js (every tag)
//   GET /csp/page.html?via=src&run=<run>   the source, through the dev server (/src/index.ts)
//   GET /csp/mix.html?files=a.js,b.js[&tags=osa-x,…]  test/pages/csp-mix.html with one module script per file
//                                          of dist/cdn/, in that order (`src` for /src/index.ts),
//                                          served with MIX_CSP: Trusted Types naming `lit-html` only
// The page is test/pages/csp-page.html with {{scripts}} and {{run}} filled in; `run` names the
// fixtures' run for the forms, so a test can count what was stored.
import { cdnFiles } from '../../.ci/cdn-files.mjs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Exactly the policy of issue #8. 'self' covers the fixtures: the page and the API share one origin. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** The issue #14 policy: Trusted Types with only Lit's policy name allowed, and no duplicates. */
export const MIX_CSP = `${CSP}; trusted-types lit-html`;

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The module scripts for one way of loading the library. */
function scripts(via) {
  if (via === 'src') return ['/src/index.ts'];
  // osallisuus.js defines every tag.
  return cdnFiles(root).includes('osallisuus.js') ? ['/dist/cdn/osallisuus.js'] : [];
}

export const routes = [
  {
    method: 'GET',
    path: /^\/csp\/page\.html$/,
    async handle(req, res, match, url) {
      const via = url.searchParams.get('via') === 'src' ? 'src' : 'cdn';
      const run = (url.searchParams.get('run') ?? 'csp').replace(/[^\w-]/g, '');
      const template = await readFile(`${root}test/pages/csp-page.html`, 'utf8');
      const body = template
        .replace('{{scripts}}', scripts(via).map((src) => `<script type="module" src="${src}"></script>`).join('\n  '))
        .replaceAll('{{run}}', run);
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': CSP });
      res.end(body);
    },
  },
  {
    method: 'GET',
    path: /^\/csp\/mix\.html$/,
    async handle(req, res, match, url) {
      const built = cdnFiles(root);
      const files = (url.searchParams.get('files') ?? '').split(',').filter(Boolean);
      const bad = files.filter((f) => f !== 'src' && !built.includes(f));
      if (bad.length) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end(`not in dist/cdn/ (run \`npm run build\`): ${bad.join(', ')}`);
      }
      const template = await readFile(`${root}test/pages/csp-mix.html`, 'utf8');
      // ?tags=a,b keeps only those tags in the page (the others are left out of the HTML).
      const only = url.searchParams.get('tags')?.split(',');
      const page = only ? template.split('\n').filter((line) => !/^\s*<osa-([\w-]+)/.test(line) || only.includes(line.trim().match(/^<(osa-[\w-]+)/)[1])).join('\n') : template;
      const body = page.replace('{{scripts}}', files.map((f) => `<script type="module" src="${f === 'src' ? '/src/index.ts' : `/dist/cdn/${f}`}"></script>`).join('\n  '));
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Security-Policy': MIX_CSP });
      res.end(body);
    },
  },
];
