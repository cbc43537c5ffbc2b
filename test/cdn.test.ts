// The CDN files (built by `npm run build`) in a plain HTML page with no bundler: each file loads
// without errors and its tag upgrades and renders; osallisuus.js defines every published tag.
// Files not yet published (dist/cdn-pending/, over the size budget) must work too.
import { expect } from '@open-wc/testing';
import { getJson } from './helpers/fixtures.js';
import { waitFor } from './helpers/browser.js';

const { published, pending } = await getJson<{ published: string[]; pending: string[] }>('/__osa__/cdn-files.json');
const tagFiles = [...published.map((f) => `cdn/${f}`), ...pending.map((f) => `cdn-pending/${f}`)].filter((f) => f.includes('/osa-'));

async function openPage(file: string) {
  const frame = document.createElement('iframe');
  frame.src = `/test/pages/cdn.html?file=${encodeURIComponent(file)}`;
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
