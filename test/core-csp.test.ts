// Strict Content-Security-Policy and Trusted Types (issue #8). A page served by test/servers/csp.mjs
// with `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`
// holds all four components; the test drives each one's flow from outside (this page is the same
// origin, so it reaches into the frame) and proves that no `securitypolicyviolation` fired and no
// error was thrown. Two ways of loading are checked: the built CDN files (what a CMS page uses)
// and the source through the dev server (what a bundler ships).
// Two witnesses record violations: test/pages/csp-listener.js, the page's first script, and a
// listener this test adds to the frame's window as soon as it exists. A last test breaks the policy
// on purpose to prove that both witnesses see it.
import { expect } from '@open-wc/testing';
import { getJson, runId } from './helpers/fixtures.js';
import { deepActiveElement, type, waitFor } from './helpers/browser.js';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const TAGS = ['osa-feedback', 'osa-participation-ladder', 'osa-panel-signup', 'osa-you-said-we-did'];

interface Violation { directive: string; blocked: string; sample: string; source: string }
type Frame = Window & typeof globalThis & { __csp?: { violations: Violation[]; errors: string[] }; trustedTypes?: unknown };
interface Page { frame: HTMLIFrameElement; win: Frame; doc: Document; seen: Violation[] }
type Osa = HTMLElement & { updateComplete: Promise<unknown>; minSeconds?: number };

/** Opens the strict page in a same-origin frame and waits until every tag is defined. */
async function openPage(via: 'cdn' | 'src', run: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.src = `/csp/page.html?via=${via}&run=${run}`;
  frame.title = 'Strict CSP page';
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  document.body.append(frame);
  // The second witness, on the frame's window as soon as the page's first script has run (its
  // modules are deferred, so they run later).
  const seen: Violation[] = [];
  const win = await waitFor(() => {
    const w = frame.contentWindow as Frame | null;
    return w?.__csp ? w : undefined;
  }, 'the strict page to start', 15_000);
  win.addEventListener('securitypolicyviolation', (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile }), true);
  await waitFor(() => win.document.readyState === 'complete', 'the strict page to load', 15_000);
  for (const tag of TAGS) {
    await waitFor(() => win.customElements.get(tag), `<${tag}> to be defined (for the CDN files, run \`npm run build\` first)`, 15_000);
  }
  return { frame, win, doc: win.document, seen };
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** No violation and no uncaught error so far, by either witness; lists them if there are any. */
function expectClean(p: Page) {
  const describe = (v: Violation) => `${v.directive} blocked ${v.blocked || '(inline)'}${v.sample ? ` «${v.sample}»` : ''}${v.source ? ` at ${v.source}` : ''}`;
  expect(p.win.__csp!.violations.map(describe), 'violations seen by the page').to.deep.equal([]);
  expect(p.seen.map(describe), 'violations seen from outside').to.deep.equal([]);
  expect(p.win.__csp!.errors, 'uncaught errors in the page').to.deep.equal([]);
}

/** Sets a field's value and fires `input` the way typing does, with the frame's own Event. */
function setValue(p: Page, el: Element, sel: string, value: string) {
  const input = $<HTMLInputElement>(el, sel)!;
  input.value = value;
  input.dispatchEvent(new p.win.Event('input', { bubbles: true, composed: true }));
}
function choose(p: Page, el: Element, sel: string, value: string) {
  const select = $<HTMLSelectElement>(el, sel)!;
  select.value = value;
  select.dispatchEvent(new p.win.Event('change', { bubbles: true, composed: true }));
}
async function click(el: Osa, sel: string) {
  $(el, sel)!.click();
  await el.updateComplete;
}

for (const via of ['cdn', 'src'] as const) {
  describe(`strict CSP and Trusted Types: ${via === 'cdn' ? 'the CDN files' : 'the source (as a bundler ships it)'}`, () => {
    const run = runId(`csp-${via}`);
    let p: Page;
    const get = (id: string) => p.doc.getElementById(id) as Osa;

    before(async () => {
      // The page feedback asks once per page path per tab (sessionStorage, which this tab's frames
      // share): the other way of loading opens the same path.
      sessionStorage.removeItem('osallisuus:osa-page-feedback:/csp/page.html:page-fb');
      p = await openPage(via, run);
    });
    after(() => p?.frame.remove());

    it('is served with exactly the policy, and the page has no inline script or style', async () => {
      const res = await fetch(`/csp/page.html?via=${via}&run=${run}`, { cache: 'no-store' });
      expect(res.headers.get('content-security-policy')).to.equal(POLICY);
      for (const s of p.doc.querySelectorAll('script')) {
        expect(s.src || s.type === 'application/json', `script ${s.outerHTML.slice(0, 60)} has a src or is JSON data`).to.be.ok;
      }
      expect(p.doc.querySelectorAll('style, [style]')).to.have.length(0);
      const modules = [...p.doc.querySelectorAll<HTMLScriptElement>('script[type=module]')].map((s) => new URL(s.src).pathname);
      expect(modules, 'the module scripts').to.have.length.greaterThan(0);
      if (via === 'cdn') expect(modules).to.deep.equal(['/dist/cdn/osallisuus.js']);
      // Lit's own Trusted Types policy is the only way markup reaches the DOM.
      expect(p.win.trustedTypes, 'Trusted Types in this browser').to.be.ok;
    });

    it('renders all seven components, styled, with no violation', async () => {
      const ids = ['fb-json', 'fb-open311', 'ladder', 'ladder-compact', 'panel', 'status', 'rating', 'page-fb', 'board-inline', 'board-src', 'board-open311', 'poster'];
      for (const id of ids) {
        const el = get(id);
        await el.updateComplete;
        await waitFor(() => text(el).trim(), `#${id} to render`);
        // Styles came through adoptedStyleSheets: the host is laid out by the component's own CSS.
        expect(el.shadowRoot!.adoptedStyleSheets.length, `#${id} has its styles`).to.be.greaterThan(0);
        expect(el.shadowRoot!.querySelectorAll('style'), `#${id} needs no <style> element`).to.have.length(0);
      }
      expect(text(get('fb-json'))).to.contain('Kerro meille, miten palvelu onnistui.');
      expect(text(get('ladder'))).to.contain('Kysy lisää tästä kyselystä');
      // Soft hyphens (U+00AD) mark where long Swedish compounds may break; the words are the same.
      expect(text(get('ladder-compact')).replaceAll('\u00ad', ''), 'Swedish, from its own lang').to.contain('Delaktighetsnivå:');
      // The inline board, the board from a file and the Open311 board each show their entries.
      await waitFor(() => get('board-src').shadowRoot!.querySelectorAll('article').length, 'the board from a file');
      await waitFor(() => get('board-open311').shadowRoot!.querySelectorAll('article').length, 'the Open311 board');
      expect(get('board-inline').shadowRoot!.querySelectorAll('article')).to.have.length(4);
      // The poster's QR code: SVG made by Lit templates, no image request.
      await waitFor(() => $(get('poster'), '.qr__code path'), 'the QR code');
      expect($(get('poster'), '.qr__code path')!.getAttribute('d')).to.match(/^M\d/);
      // The panel's details came from inline JSON, its text override from a data-texts block.
      expect(text(get('panel'))).to.contain('Perhepalvelujen asiakasraati').and.contain('Tyhjennä lomake');
      expectClean(p);
    });

    it('feedback (JSON): typed and sent, the server stores it once', async () => {
      const el = get('fb-json');
      await click(el, '#kind-1');
      $(el, '#message')!.focus();
      await type('Ajanvaraus ei toiminut.');
      if ($<HTMLTextAreaElement>(el, '#message')!.value !== 'Ajanvaraus ei toiminut.') {
        // Key presses reach the frame only when it has focus; then set it as typing would.
        setValue(p, el, '#message', 'Ajanvaraus ei toiminut.');
      }
      await click(el, '#reply-0');
      setValue(p, el, '#email', 'aino@example.fi');
      await el.updateComplete;
      await waitFor(() => text(el).includes('Vastaamme'), 'the reply promise');
      await click(el, 'button[type=submit]');
      await waitFor(() => $(el, '[data-confirmation]'), 'the confirmation', 10_000);
      expect(text(el)).to.contain('PAL-2026001');
      expect(await getJson<{ stored: number }>(`/api/feedback-stats/${run}`)).to.deep.include({ stored: 1 });
      expectClean(p);
    });

    it('feedback (Open311): services listed, form data sent and stored once', async () => {
      const el = get('fb-open311');
      el.minSeconds = 0;
      await waitFor(() => $(el, '#topic option[value="172"]'), 'the service list from services.json');
      choose(p, el, '#topic', '172');
      await click(el, '#kind-0');
      setValue(p, el, '#message', 'Kiitos hyvästä palvelusta terveysasemalla.');
      await click(el, '#reply-1');
      await click(el, 'button[type=submit]');
      await waitFor(() => $(el, '[data-confirmation]'), 'the confirmation', 10_000);
      expect(text(el)).to.contain('2026-00001');
      expect(await getJson<{ stored: number }>(`/api/feedback-stats/${run}-o311`)).to.deep.include({ stored: 1 });
      expectClean(p);
    });

    it('panel sign-up: filled and sent, the server stores it once', async () => {
      const el = get('panel');
      setValue(p, el, '#name', 'Aino Virtanen');
      await click(el, '#channels-0');
      setValue(p, el, '#email', 'aino@example.fi');
      choose(p, el, '#area', 'other');
      await click(el, '#consent');
      await click(el, 'button[type=submit]');
      await waitFor(() => $(el, '#sent-title'), 'the confirmation', 10_000);
      expect(text(el)).to.contain('AR-2027001');
      const s = await getJson<{ stored: number; bodies: { name: string; area?: string }[] }>(`/api/panel-signup-stats/${run}`);
      expect(s.stored).to.equal(1);
      expect(s.bodies[0]).to.deep.include({ name: 'Aino Virtanen', area: 'other' });
      expectClean(p);
    });

    it('feedback status: a number looked up, the answer shown', async () => {
      const el = get('status');
      setValue(p, el, '#reference', '2026-00103');
      await click(el, 'button[type=submit]');
      await waitFor(() => $(el, '[part=result]'), 'the answer', 10_000);
      expect(text(el)).to.contain('Palautteesi 2026-00103');
      expectClean(p);
    });

    it('quick rating: a rating chosen and sent, the server stores it once', async () => {
      const el = get('rating');
      await click(el, '#scale-3');
      await click(el, 'button[type=submit]');
      await waitFor(() => text(el).includes('Kiitos arviostasi'), 'the thanks', 10_000);
      const s = await getJson<{ stored: number; bodies: { rating: number }[] }>(`/api/quick-rating-stats/${run}`);
      expect(s.stored).to.equal(1);
      expect(s.bodies[0].rating).to.equal(4);
      expectClean(p);
    });

    it('page feedback: "Yes" sent, the server stores it once', async () => {
      const el = get('page-fb');
      await click(el, '#yes');
      await waitFor(() => text(el).includes('Kiitos vastauksestasi'), 'the thanks', 10_000);
      await waitFor(async () => (await getJson<{ stored: number }>(`/api/page-feedback-stats/${run}`)).stored === 1, 'the answer stored');
      expectClean(p);
    });

    it('participation ladder: levels open and close, the compact line opens the ladder', async () => {
      const ladder = get('ladder');
      const button = $(ladder, '.level__button[aria-controls="level-3"]')!;
      expect($(ladder, '#level-3')!.hidden).to.be.true;
      await click(ladder, '.level__button[aria-controls="level-3"]');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect($(ladder, '#level-3')!.hidden).to.be.false;
      await click(ladder, '.level__button[aria-controls="level-3"]');
      expect($(ladder, '#level-3')!.hidden).to.be.true;
      const compact = get('ladder-compact');
      expect($(compact, '#details')!.hidden).to.be.true;
      await click(compact, '.compact button');
      expect($(compact, '#details')!.hidden).to.be.false;
      expect($(compact, '.level--current')).to.be.ok;
      expectClean(p);
    });

    it('results board: filter, search, "See why" and clearing; the URL hash follows', async () => {
      const el = get('board-inline');
      const articles = () => el.shadowRoot!.querySelectorAll('article').length;
      choose(p, el, '#status', 'done');
      await el.updateComplete;
      expect(articles()).to.equal(1);
      await waitFor(() => p.win.location.hash.includes('a-status=done'), 'the hash to follow the filter');
      choose(p, el, '#status', '');
      await el.updateComplete;
      const q = $<HTMLInputElement>(el, '#q')!;
      q.focus();
      await type('puhelin');
      if (deepActiveElement() !== q || q.value !== 'puhelin') setValue(p, el, '#q', 'puhelin');
      await waitFor(() => articles() === 1, 'the search to narrow the board');
      expect(text(el)).to.contain('Puhelinjonossa');
      setValue(p, el, '#q', 'ei löydy mitään tällaista');
      await waitFor(() => $(el, '.no-match'), 'no matches');
      await click(el, '.no-match button');
      expect(articles()).to.equal(4);
      await click(el, '.summary button');
      expect(articles()).to.equal(1);
      expect(text(el)).to.contain('Hammaslääkäreitä ei ole tarpeeksi.');
      // The board from a file and the Open311 board take a filter too.
      const open311 = get('board-open311');
      choose(p, open311, '#status', 'not-possible');
      await open311.updateComplete;
      expect(open311.shadowRoot!.querySelectorAll('article').length).to.be.greaterThan(0);
      expectClean(p);
    });
  });
}

describe('strict CSP: the witnesses work', () => {
  it('see a blocked style, a blocked request and a string given to an HTML sink', async () => {
    const p = await openPage('cdn', runId('csp-control'));
    try {
      expectClean(p);
      // A string where Trusted Types want TrustedHTML: the browser refuses it (Chromium names TrustedHTML,
      // Firefox a "sink type mismatch").
      expect(() => p.doc.body.insertAdjacentHTML('beforeend', '<b>x</b>')).to.throw(/TrustedHTML|Sink type mismatch/);
      // An inline <style> and a request to another origin: both blocked and reported.
      const style = p.doc.createElement('style');
      style.textContent = 'body { color: red }';
      p.doc.head.append(style);
      await p.win.fetch('https://third-party.invalid/pixel.gif').catch(() => undefined);
      const wanted = ['require-trusted-types-for', 'style-src-elem', 'connect-src'];
      await waitFor(() => wanted.every((d) => p.win.__csp!.violations.some((v) => v.directive === d)), 'the page script to record all three');
      await waitFor(() => wanted.every((d) => p.seen.some((v) => v.directive === d)), 'the outside listener to record all three');
      expect(p.win.__csp!.violations.find((v) => v.directive === 'connect-src')!.blocked).to.contain('third-party.invalid');
    } finally {
      p.frame.remove();
    }
  });
});

// Issue #14: every CDN file imports the same runtime.js, so any mix of files on one page — tag
// files, osallisuus.js, the autoloader, in any order, also tags added later — loads Lit once and
// makes one `lit-html` Trusted Types policy. The page is served with Trusted Types that allow only
// the policy name lit-html, without 'allow-duplicates': a second copy of Lit would be refused (a
// violation and a TypeError), and its tags would never start. Lit counts its own copies in
// window.litHtmlVersions, a second witness.
describe('Trusted Types `trusted-types lit-html`: any mix of CDN files loads Lit once', () => {
  const MIX_POLICY = `${POLICY}; trusted-types lit-html`;
  const ALL = ['osa-participation-ladder', 'osa-feedback', 'osa-panel-signup', 'osa-you-said-we-did', 'osa-feedback-status', 'osa-quick-rating', 'osa-page-feedback'];
  type MixWindow = Frame & { litHtmlVersions?: string[]; reactiveElementVersions?: string[] };

  async function openMix(files: string[], tags?: string[]) {
    const frame = document.createElement('iframe');
    frame.src = `/csp/mix.html?files=${files.join(',')}${tags ? `&tags=${tags.join(',')}` : ''}`;
    frame.title = 'Strict Trusted Types page';
    frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
    document.body.append(frame);
    const seen: Violation[] = [];
    const win = await waitFor(() => {
      const w = frame.contentWindow as MixWindow | null;
      return w?.__csp ? w : undefined;
    }, 'the page to start', 15_000);
    win.addEventListener('securitypolicyviolation', (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile }), true);
    await waitFor(() => win.document.readyState === 'complete', 'the page to load', 15_000);
    return { frame, win, doc: win.document, seen } as Page & { win: MixWindow };
  }
  /** Waits until each tag is defined and has rendered its texts. */
  async function rendered(p: Page, tags: string[]) {
    for (const tag of tags) {
      await waitFor(() => p.win.customElements.get(tag), `<${tag}> to be defined`, 15_000);
      const el = p.doc.querySelector(tag) as Osa;
      await el.updateComplete;
      await waitFor(() => text(el).trim(), `<${tag}> to render`, 15_000);
    }
  }
  const fetchedRuntime = (p: Page) => p.win.performance.getEntriesByType('resource').filter((e) => /\/dist\/cdn\/runtime\.js$/.test(e.name)).length;

  it('is served with exactly that policy', async () => {
    const res = await fetch('/csp/mix.html?files=osallisuus.js', { cache: 'no-store' });
    expect(res.headers.get('content-security-policy')).to.equal(MIX_POLICY);
  });

  const mixes: [string, string[], string[]][] = [
    ['two tag files', ['osa-participation-ladder.js', 'osa-feedback.js'], ['osa-participation-ladder', 'osa-feedback']],
    ['two of the newer tag files', ['osa-quick-rating.js', 'osa-feedback-status.js'], ['osa-quick-rating', 'osa-feedback-status']],
    ['a tag file, then osallisuus.js', ['osa-feedback.js', 'osallisuus.js'], ALL],
    ['osallisuus.js, then a tag file', ['osallisuus.js', 'osa-panel-signup.js'], ALL],
    ['every tag file in reverse order, osallisuus.js and the autoloader', [...ALL.map((t) => `${t}.js`).reverse(), 'osallisuus.js', 'autoloader.js'], ALL],
    ['a tag file and the autoloader, which loads the other tags', ['osa-you-said-we-did.js', 'autoloader.js'], ALL],
    ['the autoloader, then osallisuus.js', ['autoloader.js', 'osallisuus.js'], ALL],
  ];
  for (const [name, files, tags] of mixes) {
    it(`${name}: one runtime.js, one Lit, every tag renders, no violation`, async () => {
      const p = await openMix(files);
      try {
        await rendered(p, tags);
        expect(fetchedRuntime(p), 'runtime.js fetched').to.equal(1);
        expect((p.win as MixWindow).litHtmlVersions, 'copies of lit-html').to.have.length(1);
        expect((p.win as MixWindow).reactiveElementVersions, 'copies of ReactiveElement').to.have.length(1);
        for (const tag of ALL.filter((t) => !tags.includes(t))) expect(p.win.customElements.get(tag), `${tag}: no file for it`).to.be.undefined;
        expectClean(p);
      } finally {
        p.frame.remove();
      }
    });
  }

  it('the autoloader with a tag file: a tag added later (a CMS block) loads its own file, still one Lit', async () => {
    const p = await openMix(['osa-participation-ladder.js', 'autoloader.js'], ['osa-participation-ladder']);
    try {
      expect(p.doc.querySelectorAll('main > *').length, 'the page has the ladder only').to.equal(2);
      await rendered(p, ['osa-participation-ladder']);
      const added = p.doc.createElement('osa-feedback');
      added.setAttribute('endpoint', '/api/feedback/ok/csp-mix');
      p.doc.querySelector('main')!.append(added);
      await rendered(p, ['osa-feedback']);
      const files = p.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((n) => /^\/dist\/cdn\/[\w.-]+\.js$/.test(n)).sort();
      expect(files).to.deep.equal(['/dist/cdn/autoloader.js', '/dist/cdn/osa-feedback.js', '/dist/cdn/osa-participation-ladder.js', '/dist/cdn/runtime.js']);
      expect((p.win as MixWindow).litHtmlVersions).to.have.length(1);
      expectClean(p);
    } finally {
      p.frame.remove();
    }
  });

  it('the witnesses work: a second copy of Lit (the source beside osallisuus.js) is refused', async () => {
    const p = await openMix(['osallisuus.js', 'src']);
    try {
      await waitFor(() => p.win.__csp!.violations.some((v) => v.directive === 'trusted-types'), 'the refused second lit-html policy', 15_000);
      expect(p.seen.some((v) => v.directive === 'trusted-types'), 'seen from outside too').to.be.true;
    } finally {
      p.frame.remove();
    }
  });
});
