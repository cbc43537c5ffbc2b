// The CDN files (built by `npm run build`) in a plain HTML page with no bundler: each file loads
// without errors and its tag upgrades and renders; osallisuus.js defines every tag.
// Files not yet published (dist/cdn-pending/, over the size budget) must work too.
import { expect } from '@open-wc/testing';
import { getJson } from './helpers/fixtures.js';
import { waitFor } from './helpers/browser.js';
import { AXE_TAGS } from './helpers/axe.js';

const { published, pending } = await getJson<{ published: string[]; pending: string[] }>('/__osa__/cdn-files.json');
const ALL_TAGS = ['osa-feedback', 'osa-panel-signup', 'osa-participation-ladder', 'osa-you-said-we-did'];
const tagFiles = [...published.map((f) => `cdn/${f}`), ...pending.map((f) => `cdn-pending/${f}`)].filter((f) => f.includes('/osa-'));

/** The osallisuus files (not chunks) the page has fetched, by name. */
const fetched = (win: Window) =>
  win.performance.getEntriesByType('resource').map((e) => e.name.replace(/^.*\//, '')).filter((n) => /^(osa-|osallisuus)[\w-]*\.js$/.test(n)).sort();

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

  it('osallisuus.js loads in a plain page and defines every tag, each rendering', async () => {
    const { frame, win, doc } = await openPage('cdn/osallisuus.js');
    try {
      expect(win.__errors).to.deep.equal([]);
      for (const tag of ALL_TAGS) {
        expect(win.customElements.get(tag), `${tag} defined by osallisuus.js`).to.be.a('function');
        const el = doc.querySelector(tag)!;
        await waitFor(() => el.shadowRoot?.textContent?.trim(), `${tag} to render`);
      }
    } finally {
      frame.remove();
    }
  });

  it('autoloader.js on a page with every tag loads osallisuus.js alone, which defines them all', async () => {
    const { frame, win } = await openPage('cdn/autoloader.js');
    try {
      expect(win.__errors).to.deep.equal([]);
      for (const tag of ALL_TAGS) await waitFor(() => win.customElements.get(tag), `${tag} defined by the autoloader`);
      // Some tags have no published file of their own yet, so osallisuus.js serves the page: one file, one Lit.
      expect(fetched(win)).to.deep.equal(pending.length ? ['osallisuus.js'] : ALL_TAGS.map((t) => `${t}.js`).sort());
    } finally {
      frame.remove();
    }
  });

  it("autoloader.js on a page with one published tag loads only that tag's file", async () => {
    const tag = published.find((p) => p.startsWith('osa-'))!.replace(/\.js$/, '');
    const { frame, win } = await openPage('cdn/autoloader.js', `&only=${tag}`);
    try {
      await waitFor(() => win.customElements.get(tag), `${tag} defined by the autoloader`);
      await new Promise((r) => setTimeout(r, 200));
      expect(fetched(win)).to.deep.equal([`${tag}.js`]);
      for (const other of ALL_TAGS.filter((t) => t !== tag)) expect(win.customElements.get(other), `${other} is not on the page`).to.be.undefined;
    } finally {
      frame.remove();
    }
  });

  it('autoloader.js loads nothing on a page without tags, and tags added later (CMS blocks) upgrade', async () => {
    const { frame, win, doc } = await openPage('cdn/autoloader.js', '&empty');
    try {
      await new Promise((r) => setTimeout(r, 200));
      expect(fetched(win), 'nothing loaded before a tag is on the page').to.deep.equal([]);
      for (const tag of ['osa-participation-ladder', 'osa-feedback']) {
        const added = doc.createElement(tag);
        doc.querySelector('main')!.append(added);
        await waitFor(() => added.shadowRoot?.textContent?.trim(), `${tag} added later to render`);
      }
      expect(win.__errors).to.deep.equal([]);
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

// docs/examples/cms-page.html: the example a web team copies. A plain municipal page that loads
// dist/cdn/osallisuus.js and configures all four components by attributes and inline JSON only.
describe('docs/examples/cms-page.html', () => {
  type PageWindow = Window & { axe?: typeof import('axe-core'); __errors: string[] };

  async function openExample(width: number) {
    const frame = document.createElement('iframe');
    frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
    frame.src = '/docs/examples/cms-page.html';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const win = frame.contentWindow as PageWindow;
    const doc = frame.contentDocument!;
    for (const tag of ALL_TAGS) {
      await waitFor(() => win.customElements.get(tag), `${tag} defined by osallisuus.js`);
      const el = doc.querySelector(tag)!;
      await waitFor(() => el.shadowRoot?.querySelector('h2'), `${tag} to render its heading`);
    }
    return { frame, win, doc };
  }
  const shadowText = (doc: Document, tag: string) => doc.querySelector(tag)!.shadowRoot!.textContent!.replace(/\s+/g, ' ');

  it('loads osallisuus.js alone; every tag upgrades and shows what its attributes and JSON say', async () => {
    const { frame, win, doc } = await openExample(1000);
    try {
      // One file from dist/cdn/ (its lazy parts come from dist/cdn/chunks/).
      expect(fetched(win), 'osallisuus files').to.deep.equal(['osallisuus.js']);
      expect(win.performance.getEntriesByType('resource').every((e) => new URL(e.name).origin === win.location.origin), 'same origin only').to.be.true;
      // Finnish page, so Finnish texts; the JSON and attributes reach each component.
      await waitFor(() => shadowText(doc, 'osa-participation-ladder').includes('Mikä terveysasema on auki lauantaisin'), 'the ladder to show what people can influence');
      expect(shadowText(doc, 'osa-participation-ladder')).to.contain('Kysely terveysasemien aukioloajoista');
      await waitFor(() => doc.querySelector('osa-you-said-we-did')!.shadowRoot!.querySelectorAll('article').length === 4, 'the board to show its 4 items');
      expect(shadowText(doc, 'osa-you-said-we-did')).to.contain('Meillä ei ole tarpeeksi lääkäreitä');
      await waitFor(() => shadowText(doc, 'osa-panel-signup').includes('1.1.2027–31.12.2028'), 'the panel facts from JSON');
      expect(shadowText(doc, 'osa-panel-signup')).to.contain('Perhepalvelujen asiakasraati');
      // The response promise with its date ("… viimeistään perjantaina 27. marraskuuta"), once "reply: yes" is chosen.
      const feedback = doc.querySelector('osa-feedback')!;
      expect(shadowText(doc, 'osa-feedback')).to.contain('040 123 4567');
      const yes = feedback.shadowRoot!.querySelector<HTMLInputElement>('input[name="reply"][value="yes"]')!;
      yes.click();
      await waitFor(() => /Vastaamme 5 arkipäivän kuluessa eli viimeistään \S+ \d+\. \S+kuuta/.test(shadowText(doc, "osa-feedback")), "the response promise with its date");
      expect(win.__errors ?? []).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  // The CDN build shortens names (CSS custom properties, private members) and squeezes templates.
  // Each component from dist/cdn/osallisuus.js must look exactly as from the source: the same
  // elements with the same computed styles. (A clash of short CSS names once broke the ladder's
  // headings in the CDN file only.)
  for (const width of [1000, 320]) {
    it(`every component from osallisuus.js computes the same styles as from the source, at ${width} px`, async () => {
      const html = await (await fetch('/docs/examples/cms-page.html')).text();
      const fromSource = html
        .replace('<script type="module" src="../../dist/cdn/osallisuus.js"></script>', '<base href="/docs/examples/"><script type="module" src="/src/index.ts"></script>');
      expect(fromSource, 'the page loads osallisuus.js with this tag').to.not.equal(html);
      const cdn = await openExample(width);
      const frame = document.createElement('iframe');
      frame.style.cssText = `width: ${width}px; height: 900px; border: 0`;
      frame.srcdoc = fromSource;
      document.body.append(frame);
      try {
        await new Promise((r) => frame.addEventListener('load', r, { once: true }));
        const src = frame.contentDocument!;
        for (const tag of ALL_TAGS) await waitFor(() => src.querySelector(tag)?.shadowRoot?.querySelector('h2'), `${tag} from the source`);
        await new Promise((r) => setTimeout(r, 300));
        const PROPS = ['display', 'font-size', 'font-weight', 'line-height', 'margin-top', 'margin-left', 'padding-top', 'padding-left',
          'border-top-width', 'border-left-width', 'color', 'background-color', 'width', 'height', 'position', 'gap'];
        const styles = (doc: Document, tag: string) => {
          const root = doc.querySelector(tag)!.shadowRoot!;
          const view = doc.defaultView!;
          return [...root.querySelectorAll('*')].filter((e) => !['STYLE', 'svg'].includes(e.tagName) && !e.closest('svg'))
            .map((e) => { const c = view.getComputedStyle(e); return `${e.localName}.${e.getAttribute('class') ?? ''} ${PROPS.map((p) => c.getPropertyValue(p)).join(' ')}`; });
        };
        for (const tag of ALL_TAGS) {
          const a = styles(cdn.doc, tag);
          const b = styles(src, tag);
          expect(a.length, `${tag}: elements`).to.equal(b.length);
          const differ = a.map((line, i) => (line === b[i] ? '' : `CDN:    ${line}\nsource: ${b[i]}`)).filter(Boolean);
          expect(differ.slice(0, 5), `${tag}: computed styles`).to.deep.equal([]);
        }
      } finally {
        frame.remove();
        cdn.frame.remove();
      }
    });
  }

  for (const width of [1000, 320]) {
    it(`passes axe as a whole page (WCAG 2.2 AA and best practice, no rule disabled) at ${width} px`, async () => {
      const { frame, win, doc } = await openExample(width);
      try {
        const s = doc.createElement('script');
        s.src = '/node_modules/axe-core/axe.min.js';
        doc.head.append(s);
        await waitFor(() => win.axe, 'axe to load in the page');
        const results = await win.axe!.run(doc, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
        const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' >>> ')).slice(0, 3).join(', ')})`);
        expect(found).to.deep.equal([]);
        expect(results.passes.length + results.incomplete.length, 'axe checked the page').to.be.greaterThan(0);
      } finally {
        frame.remove();
      }
    });
  }
});
