// The CDN files (built by `npm run build`) in a plain HTML page with no bundler: each file loads
// without errors and its tag upgrades and renders; osallisuus.js defines every tag. Every tag has a
// file of its own (osa-<name>.js, found from the build, so a new component is covered at once), and
// every file imports the one runtime.js. Mixes of files under Trusted Types: test/core-csp.test.ts.
import { expect } from '@open-wc/testing';
import { getJson } from './helpers/fixtures.js';
import { goOfflineFor, waitFor } from './helpers/browser.js';
import { needs } from './helpers/engine.js';
import { AXE_TAGS } from './helpers/axe.js';
import { expectNoEqualAccessViolations } from './helpers/equal-access.js';

const files = await getJson<string[]>('/__osa__/cdn-files.json');
/** The tags of cdn.html and the CMS example page. */
const ALL_TAGS = ['osa-feedback', 'osa-feedback-status', 'osa-page-feedback', 'osa-panel-signup', 'osa-participation-ladder', 'osa-quick-rating', 'osa-you-said-we-did'];
/** The tags of the CMS example page: every tag but the status lookup, which has a page of its own. */
const tagFiles = files.filter((f) => /^osa-[\w-]+\.js$/.test(f)).map((f) => `cdn/${f}`);

/** The osallisuus files (not chunks) the page has fetched, by name. */
const fetched = (win: Window) =>
  win.performance.getEntriesByType('resource').map((e) => e.name.replace(/^.*\//, '')).filter((n) => /^(osa-[\w-]+|osallisuus|runtime)\.js$/.test(n)).sort();

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
  it('are built (run `npm run build`): runtime.js, osallisuus.js and a file for every component', async () => {
    expect(files, 'dist/cdn/*.js').to.include.members(['runtime.js', 'osallisuus.js', 'autoloader.js', 'working-days.js']);
    expect(tagFiles.map((f) => f.replace('cdn/', '')), 'a file for each tag').to.include.members(ALL_TAGS.map((t) => `${t}.js`));
    // Each tag file and osallisuus.js import runtime.js, and carry no Lit of their own.
    for (const f of [...tagFiles.map((t) => t.replace('cdn/', '')), 'osallisuus.js']) {
      const code = await (await fetch(`/dist/cdn/${f}`)).text();
      expect(code, `${f} imports ./runtime.js`).to.match(/from\s*"\.\/runtime\.js"/);
      expect(code, `${f} has no copy of lit-html`).to.not.contain('litHtmlVersions');
    }
    expect(await (await fetch('/dist/cdn/runtime.js')).text(), 'runtime.js has Lit').to.contain('litHtmlVersions');
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

  it("autoloader.js on a page with every tag loads each tag's file and runtime.js once", async () => {
    const { frame, win } = await openPage('cdn/autoloader.js');
    try {
      expect(win.__errors).to.deep.equal([]);
      for (const tag of ALL_TAGS) await waitFor(() => win.customElements.get(tag), `${tag} defined by the autoloader`);
      expect(fetched(win)).to.deep.equal([...ALL_TAGS.map((t) => `${t}.js`), 'runtime.js'].sort());
      expect((win as Window & { litHtmlVersions?: string[] }).litHtmlVersions, 'one Lit').to.have.length(1);
    } finally {
      frame.remove();
    }
  });

  for (const tag of ALL_TAGS) {
    it(`autoloader.js on a page with only <${tag}> loads only its file and runtime.js`, async () => {
      const { frame, win } = await openPage('cdn/autoloader.js', `&only=${tag}`);
      try {
        await waitFor(() => win.customElements.get(tag), `${tag} defined by the autoloader`);
        await new Promise((r) => setTimeout(r, 200));
        expect(fetched(win)).to.deep.equal([`${tag}.js`, 'runtime.js'].sort());
        for (const other of ALL_TAGS.filter((t) => t !== tag)) expect(win.customElements.get(other), `${other} is not on the page`).to.be.undefined;
      } finally {
        frame.remove();
      }
    });
  }

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
        // cdn.html has the four first tags; a newer component is added bare.
        const el = doc.querySelector(tag) ?? doc.querySelector('main')!.appendChild(doc.createElement(tag));
        await waitFor(() => el.shadowRoot?.textContent?.trim(), `${tag} to render`);
        // The page is Finnish, so the component speaks Finnish.
        expect(el.shadowRoot!.textContent).to.match(/[äöÄÖ]|palaute|osallis/i);
      } finally {
        frame.remove();
      }
    });
  }
});

// Drafts in the built files: a form's first render waits for the draft code (core/draft-store.ts,
// a chunk of its own) only when this browser keeps an osallisuus draft, which may be this form's.
describe('CDN files: the draft code', () => {
  const FORMS = [['osa-feedback', '#message'], ['osa-panel-signup', '#name']] as const;
  const forgetDrafts = () => {
    for (const storage of [sessionStorage, localStorage]) for (const k of Object.keys(storage)) if (k.startsWith('osallisuus:')) storage.removeItem(k);
  };
  type Form = HTMLElement & { updateComplete: Promise<unknown> };
  /**
   * Opens a page with the tag's file and adds one form. The moment its first render is done (the
   * page's clock), `typeAtOnce` types into `field`: before the draft code can have been asked for.
   */
  async function open(tag: string, field: string, typeAtOnce?: string) {
    const page = await openPage(`cdn/${tag}.js`, '&empty');
    const el = page.doc.createElement(tag) as Form;
    el.setAttribute('endpoint', '/api/feedback/json/cdn');
    let renderedAt = 0;
    const rendered = el.updateComplete.then(() => {
      renderedAt = page.win.performance.now();
      const input = el.shadowRoot!.querySelector<HTMLInputElement>(field)!;
      if (typeAtOnce) {
        input.value = typeAtOnce;
        input.dispatchEvent(new Event('input'));
      }
      return input.value;
    });
    page.doc.querySelector('main')!.append(el);
    const shown = await rendered;
    const entries = () => page.win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const draftCode = () => waitFor(() => entries().find((e) => /\/chunks\/draft-store-/.test(e.name)), `${tag}'s draft code to load`);
    const texts = entries().filter((e) => /\/chunks\/fi-/.test(e.name));
    expect(texts.length, 'Finnish texts fetched').to.be.above(0);
    return { ...page, el, renderedAt, shown, draftCode, textsArrived: Math.max(...texts.map((e) => e.responseEnd)) };
  }

  for (const [tag, field] of FORMS) {
    it(`${tag}: a first visit renders without it and loads it just after; what is typed at once is kept and restored in the next first render`, async () => {
      forgetDrafts();
      const first = await open(tag, field, 'Kirjoitin heti');
      try {
        const code = await first.draftCode();
        // (Firefox gives times in whole milliseconds: the same millisecond counts as after.)
        expect(code.startTime, 'the draft code is asked for after the first render').to.be.at.least(first.renderedAt);
        await waitFor(() => Object.entries(sessionStorage).find(([k, v]) => k.startsWith(`osallisuus:${tag}:`) && v.includes('Kirjoitin heti')), 'the draft to be kept');
        expect(first.win.__errors).to.deep.equal([]);
      } finally {
        first.frame.remove();
      }
      // The next visit (a reload): a draft is kept, so the first render waits for the draft code,
      // fetched alongside the texts, and shows what was written.
      const again = await open(tag, field);
      try {
        expect(again.shown, 'restored in the first render').to.equal('Kirjoitin heti');
        const code = await again.draftCode();
        expect(code.startTime, 'asked for before the texts arrived: no wait of its own').to.be.below(again.textsArrived);
        expect(again.win.__errors).to.deep.equal([]);
      } finally {
        again.frame.remove();
        forgetDrafts();
      }
    });
  }
});

describe('CDN files: the panel JSON reader', () => {
  type Panel = HTMLElement & { updateComplete: Promise<unknown> };
  /** A page whose panel (set up by attributes) has rendered; `addWithJson` adds a panel with JSON to it. */
  async function panelPage() {
    const page = await openPage('cdn/osa-panel-signup.js', '&only=osa-panel-signup');
    await page.win.customElements.whenDefined('osa-panel-signup');
    await (page.doc.querySelector('osa-panel-signup') as Panel).updateComplete;
    const addWithJson = (json: string) => {
      const el = page.doc.createElement('osa-panel-signup') as Panel;
      el.innerHTML = `<script type="application/json">${json}</script>`;
      page.doc.querySelector('main')!.append(el);
      return el;
    };
    return { ...page, addWithJson };
  }

  it('a panel set up by attributes does not fetch it; one with JSON loads it before its first render', async () => {
    const { frame, win, addWithJson } = await panelPage();
    try {
      const reader = () => (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => /\/chunks\/config-json-/.test(e.name));
      expect(reader(), 'no JSON, no reader').to.be.undefined;
      const withJson = addWithJson('{"panelName": "Nuorten raati", "places": 12}');
      await withJson.updateComplete;
      expect(withJson.shadowRoot!.textContent, 'the first render shows what the JSON says').to.contain('Nuorten raati').and.contain('12');
      expect(reader(), 'the reader was fetched').to.exist;
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('when the reader cannot be loaded, the panel says details are missing, and shows them once the connection is back', needs('offline', async () => {
    const { frame, win, addWithJson } = await panelPage();
    try {
      const online = new Promise((resolve) => win.addEventListener('online', resolve, { once: true }));
      await goOfflineFor(1500, { clearCache: true });
      const withJson = addWithJson('{"panelName": "Nuorten raati"}');
      await withJson.updateComplete;
      expect(withJson.shadowRoot!.textContent, 'the note, not the details').to.contain('Emme voi näyttää kaikkia raadin tietoja').and.not.contain('Nuorten raati');
      await online;
      await waitFor(() => withJson.shadowRoot!.textContent!.includes('Nuorten raati'), 'the details once online');
      expect(withJson.shadowRoot!.textContent).not.to.contain('Emme voi näyttää kaikkia raadin tietoja');
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  }));
});

describe('CDN files: the panel sign-up texts in two parts', () => {
  type Panel = HTMLElement & { updateComplete: Promise<unknown> };
  /** The Finnish later packs fetched so far: the shared form texts' and the panel's (`text` tells which). */
  const laterPacks = async (win: Window) => {
    const urls = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => e.name).filter((n) => /\/chunks\/later-fi-/.test(n));
    const texts = await Promise.all(urls.map(async (u) => await (await fetch(u)).text()));
    return { core: texts.some((t) => t.includes('errorSummaryTitle')), panel: texts.some((t) => t.includes('errName')), count: urls.length };
  };

  it('the first render does not fetch the texts it does not show; the first focus fetches them with the actions, and "Send" shows the errors', async () => {
    const { frame, win, doc } = await openPage('cdn/osa-panel-signup.js', '&only=osa-panel-signup');
    try {
      await win.customElements.whenDefined('osa-panel-signup');
      const el = doc.querySelector('osa-panel-signup') as Panel;
      await el.updateComplete;
      expect(await laterPacks(win), 'not for the first render').to.deep.equal({ core: false, panel: false, count: 0 });
      el.shadowRoot!.querySelector<HTMLInputElement>('#name')!.focus();
      await waitFor(async () => (await laterPacks(win)).count === 2, 'the later texts fetched at the first focus');
      expect(await laterPacks(win)).to.deep.equal({ core: true, panel: true, count: 2 });
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await el.updateComplete;
      await waitFor(() => el.shadowRoot!.textContent!.includes('Kirjoita nimesi'), 'the error for the name, in Finnish');
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('a panel whose JSON names another kind speaks in its words from the first render', async () => {
    const { frame, win, doc } = await openPage('cdn/osa-panel-signup.js', '&only=osa-panel-signup');
    try {
      await win.customElements.whenDefined('osa-panel-signup');
      const el = doc.createElement('osa-panel-signup') as Panel;
      el.innerHTML = '<script type="application/json">{"kind": "workshop", "place": "Kirjasto Kaari"}</script>';
      doc.querySelector('main')!.append(el);
      await el.updateComplete;
      const heading = el.shadowRoot!.querySelector('h2')!.textContent!.trim();
      expect(heading, 'the workshop title, not the panel one').to.equal('Työpaja');
      expect(el.shadowRoot!.textContent).to.contain('Kirjasto Kaari');
      expect(await laterPacks(win), 'its own later texts came with the first render, the shared ones did not').to.deep.equal({ core: false, panel: true, count: 1 });
      expect(win.__errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

// docs/examples/cms-page.html: the example a web team copies. A plain municipal page that loads
// dist/cdn/osallisuus.js and configures all seven components by attributes and inline JSON only.
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
      // osallisuus.js and the runtime it imports (lazy parts come from dist/cdn/chunks/).
      expect(fetched(win), 'osallisuus files').to.deep.equal(['osallisuus.js', 'runtime.js']);
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

  it('closes the loop on one page: feedback sent, "Follow your feedback" looks its number up, focus on the answer', async () => {
    const { frame, win, doc } = await openExample(1000);
    try {
      const feedback = doc.querySelector('osa-feedback')!;
      const $f = <T extends Element = HTMLElement>(sel: string) => feedback.shadowRoot!.querySelector<T>(sel)!;
      $f('#kind-1').click();
      const message = $f<HTMLTextAreaElement>('#message');
      message.value = 'Ajanvaraus ei onnistunut verkossa.';
      message.dispatchEvent(new Event('input'));
      $f('#reply-1').click();
      $f<HTMLButtonElement>('button[type=submit]').click();
      const link = await waitFor(() => feedback.shadowRoot!.querySelector<HTMLAnchorElement>('[part=follow] a'), 'the "Follow your feedback" link');
      const reference = /PAL-\d+/.exec(shadowText(doc, 'osa-feedback'))![0];
      expect(new URL(link.href).hash).to.match(new RegExp(`^#reference=${reference}&sent=\\d{4}-\\d{2}-\\d{2}$`));
      link.click();
      const status = doc.querySelector('osa-feedback-status')!;
      await waitFor(() => status.shadowRoot!.querySelector('[part=result]'), 'the status of the feedback just sent');
      expect(shadowText(doc, 'osa-feedback-status')).to.contain(`Palautteesi ${reference}`).and.to.contain('Vastaanotettu');
      await waitFor(() => doc.activeElement === status && status.shadowRoot!.activeElement?.id === 'result-title', 'focus on the answer');
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
    it(`passes axe (WCAG 2.2 AA and best practice, no rule disabled) and IBM Equal Access as a whole page at ${width} px`, async () => {
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
        // And the second engine, on the same page.
        await expectNoEqualAccessViolations(doc);
      } finally {
        frame.remove();
      }
    });
  }
});
