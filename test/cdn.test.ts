// The CDN files (built by `npm run build`) in a plain HTML page with no bundler: each file loads
// without errors and its tag upgrades and renders; osallisuus.js defines every published tag.
// Files not yet published (dist/cdn-pending/, over the size budget) must work too.
import { expect } from '@open-wc/testing';
import { getJson } from './helpers/fixtures.js';
import { waitFor } from './helpers/browser.js';

const { published, pending } = await getJson<{ published: string[]; pending: string[] }>('/__osa__/cdn-files.json');
const tagFiles = [...published.map((f) => `cdn/${f}`), ...pending.map((f) => `cdn-pending/${f}`)].filter((f) => f.includes('/osa-'));

async function openPage(file: string, query = '') {
  const frame = document.createElement('iframe');
  frame.src = `/test/pages/cdn.html?file=${encodeURIComponent(file)}${query}`;
  frame.style.cssText = 'width: 1000px; height: 800px';
  document.body.append(frame);
  const win = () => frame.contentWindow as (Window & { __loaded?: boolean; __errors: string[] }) | null;
  await waitFor(() => win()?.__loaded || win()?.__errors?.length, `${file} to load`);
  return { frame, win: win()!, doc: frame.contentDocument! };
}

describe('CDN files', () => {
  it('are built (run `npm run build`)', () => {
    expect(published, 'dist/cdn/*.js').to.include('osallisuus.js');
  });

  it('osallisuus.js loads in a plain page and defines every tag', async () => {
    const { frame, win } = await openPage('cdn/osallisuus.js');
    try {
      expect(win.__errors).to.deep.equal([]);
      for (const f of published.filter((p) => p.startsWith('osa-'))) {
        const tag = f.replace(/\.js$/, '');
        expect(win.customElements.get(tag), `${tag} defined by osallisuus.js`).to.be.a('function');
      }
    } finally {
      frame.remove();
    }
  });

  it('autoloader.js loads only the files of the published tags on the page', async () => {
    const { frame, win } = await openPage('cdn/autoloader.js');
    try {
      expect(win.__errors).to.deep.equal([]);
      const tags = published.filter((p) => p.startsWith('osa-')).map((f) => f.replace(/\.js$/, ''));
      for (const tag of tags) await waitFor(() => win.customElements.get(tag), `${tag} defined by the autoloader`);
      const loaded = () => win.performance.getEntriesByType('resource').map((e) => e.name.replace(/^.*\//, '')).filter((n) => /^osa|^osallisuus/.test(n));
      // Only the published tag files on the page: not osallisuus.js, not files that are not published.
      expect(loaded().sort()).to.deep.equal(tags.map((t) => `${t}.js`).sort());
      for (const f of pending) expect(win.customElements.get(f.replace(/\.js$/, '')), `${f} is not published`).to.be.undefined;
    } finally {
      frame.remove();
    }
  });

  it('autoloader.js loads nothing on a page without tags, and a tag added later (a CMS block) upgrades', async () => {
    const { frame, win, doc } = await openPage('cdn/autoloader.js', '&empty');
    try {
      const tag = published.find((p) => p.startsWith('osa-'))!.replace(/\.js$/, '');
      await new Promise((r) => setTimeout(r, 200));
      expect(win.customElements.get(tag), 'nothing loaded before the tag is on the page').to.be.undefined;
      const added = doc.createElement(tag);
      doc.querySelector('main')!.append(added);
      await waitFor(() => added.shadowRoot?.textContent?.trim(), `${tag} added later to render`);
    } finally {
      frame.remove();
    }
  });

  for (const file of tagFiles) {
    it(`${file} upgrades its tag and renders on its own`, async () => {
      const { frame, win, doc } = await openPage(file);
      try {
        const tag = file.replace(/^.*\/|\.js$/g, '');
        expect(win.__errors).to.deep.equal([]);
        expect(win.customElements.get(tag)).to.be.a('function');
        const el = doc.querySelector(tag)!;
        await waitFor(() => el.shadowRoot?.textContent?.trim(), `${tag} to render`);
        // The page is Finnish, so the component speaks Finnish.
        expect(el.shadowRoot!.textContent).to.match(/[äöÄÖ]|palaute|osallis/i);
      } finally {
        frame.remove();
      }
    });
  }
});
