// What a person sends is exactly what arrives, and only where it should (issue #13), in real
// Chromium against test/servers/integrity.mjs:
// - key/body consistency: after a failed send, an edit and "Try again" send the new answers under a
//   new Idempotency-Key (a server that keeps the first body per key stores what the person last
//   saw); an unchanged "Try again" keeps the key;
// - redirects: a send answered with 307/308 to another origin sends nothing there, and the person
//   is told, with the text kept;
// - request destinations and headers: every request (GET and POST, every component) arrives
//   without Referer and without Cookie;
// - addresses with a user name or password are never shown, linked or sent to;
// - draft keys: two forms on a page never share a draft, a would-be collision warns, consents are
//   never restored, and expired drafts of any form are swept when a form starts;
// - clobbering ids: elements named like Lit's globals or `baseURI` do not stop or degrade the
//   components, in the built CDN file and in the source build;
// - the response promise and the required answers as a screen reader gets them.
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import '../src/feedback/register.js';
import '../src/panel-signup/register.js';
import '../src/you-said-we-did/register.js';
import '../src/quick-rating/register.js';
import '../src/page-feedback/register.js';
import type { OsaFeedback } from '../src/feedback/osa-feedback.js';
import type { OsaPanelSignup } from '../src/panel-signup/osa-panel-signup.js';
import type { OsaQuickRating } from '../src/quick-rating/osa-quick-rating.js';
import type { OsaPageFeedback } from '../src/page-feedback/osa-page-feedback.js';
import { en as coreEn1 } from '../src/core/strings/en.js';
import { en as coreEn2 } from '../src/core/strings/later-en.js';
import { fi as coreFi } from '../src/core/strings/later-fi.js';
import { sv as coreSv } from '../src/core/strings/later-sv.js';
import { en as coreEasyEn } from '../src/core/strings/later-easy-en.js';
import { accessibilityTree, findAll, findNode, waitFor, type AXNode } from './helpers/browser.js';
import { needs } from './helpers/engine.js';
import { captureWarnings, getJson, pageContainer, runId, settled } from './helpers/fixtures.js';

interface Logged { method: string; path: string; key?: string; body?: Record<string, unknown>; referer: string | null; cookie: string | null }
interface Stats { requests: Logged[]; stored: Record<string, Record<string, unknown>>; sink: { method: string; host: string; body: string }[] }
const stats = (run: string) => getJson<Stats>(`/api/integrity/stats/${run}`);

const MONDAY = new Date('2026-11-23T09:00:00+02:00');
const page = pageContainer();
let container: HTMLElement;
beforeEach(() => (container = page()));

type Form = OsaFeedback | OsaPanelSignup;
async function mount<T extends Form>(tag: 'osa-feedback' | 'osa-panel-signup', attrs: Record<string, string>, lang = 'en'): Promise<T> {
  container.lang = lang;
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries({ 'privacy-url': '/tietosuoja', phone: '09 123 4567', ...attrs })) el.setAttribute(k, v);
  Object.assign(el, { now: MONDAY, minSeconds: 0, retryDelay: 50, timeout: 3000, attempts: 1 });
  container.append(el);
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
async function setValue(el: Form, id: string, value: string) {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}
async function click(el: Form, ...ids: string[]) {
  for (const id of ids) {
    $(el, `#${id}`)!.click();
    await el.updateComplete;
  }
}
const send = (el: Form) => $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
const failure = (el: Form) => waitFor(() => $(el, '[part=failure]'), 'the failure', 10_000);
const sent = (el: Form) => waitFor(() => $(el, '[data-confirmation], #sent-title'), 'the confirmation', 10_000);
/** The shared form texts, both parts. */
const coreEn = { ...coreEn1, ...coreEn2 };
const tryAgain = (el: Form) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=failure] button')].find((b) => b.textContent === coreEn.tryAgain)!.click();
const posts = (s: Stats) => s.requests.filter((r) => r.method === 'POST');

/** The same page on the other loopback name: another origin, served by the same fixtures. */
const otherOrigin = () => `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

async function fillFeedback(el: OsaFeedback) {
  await click(el, 'kind-1');
  await setValue(el, 'message', 'Ajanvaraus ei onnistunut verkossa.');
  await click(el, 'reply-0');
  await setValue(el, 'email', 'aino@example.fi');
  await setValue(el, 'name', 'Aino Asukas');
}
async function fillPanel(el: OsaPanelSignup) {
  await setValue(el, 'name', 'Aino Virtanen');
  await click(el, 'channels-0');
  await setValue(el, 'email', 'aino@example.fi');
  await click(el, 'services-2', 'health-consent', 'consent');
}

describe('integrity: the Idempotency-Key is bound to what is sent', () => {
  it('feedback: "Try again" unchanged keeps the key; after an edit a new key, and the server stores what the person last saw', async () => {
    const run = runId('key-fb');
    const el = await mount<OsaFeedback>('osa-feedback', { endpoint: `/api/integrity/store/${run}/fail-2` });
    await fillFeedback(el);
    send(el);
    await failure(el);
    tryAgain(el); // nothing changed
    await waitFor(async () => posts(await stats(run)).length === 2 && $(el, '[part=failure]'), 'the second failure');
    // The person changes their mind: no reply after all, so their name and e-mail are not sent.
    await click(el, 'reply-1');
    await setValue(el, 'message', 'Ajanvaraus ei onnistunut verkossa. Kokeilin kahdesti.');
    tryAgain(el);
    await sent(el);
    const s = await stats(run);
    const [first, again, edited] = posts(s);
    expect(again.key, 'the same answers again: the same key').to.equal(first.key);
    expect(edited.key, 'edited answers: a new key').not.to.equal(first.key);
    expect(edited.body).to.deep.include({ replyWanted: false, message: 'Ajanvaraus ei onnistunut verkossa. Kokeilin kahdesti.' });
    expect(s.stored[edited.key!], 'what the server keeps for the key the person was told about').to.deep.equal(edited.body);
    expect(JSON.stringify(s.stored[edited.key!])).not.to.contain('aino@example.fi');
  });

  it('panel sign-up: unticking the service areas after a failure sends no health data under the old key', async () => {
    const run = runId('key-panel');
    const el = await mount<OsaPanelSignup>('osa-panel-signup', { endpoint: `/api/integrity/store/${run}/fail-2`, draft: 'off' });
    await fillPanel(el);
    send(el);
    await failure(el);
    tryAgain(el);
    await waitFor(async () => posts(await stats(run)).length === 2 && $(el, '[part=failure]'), 'the second failure');
    await click(el, 'services-2'); // removing the last service area also takes back the special-category consent
    tryAgain(el);
    await sent(el);
    const s = await stats(run);
    const [first, again, edited] = posts(s);
    expect(first.body).to.have.property('serviceAreas');
    expect(again.key).to.equal(first.key);
    expect(edited.key).not.to.equal(first.key);
    expect(s.stored[edited.key!]).to.deep.equal(edited.body);
    expect(s.stored[edited.key!]).not.to.have.property('serviceAreas');
    expect(s.stored[edited.key!].consent).to.deep.equal({ processing: true });
  });
});

describe('integrity: the key is bound to what is sent in the quick rating and the page feedback too', () => {
  /** Mounts a new tag like the forms above: fast retries, one attempt per send. */
  async function mountNew<T extends OsaQuickRating | OsaPageFeedback>(tag: string, endpoint: string): Promise<T> {
    container.lang = 'en';
    const el = document.createElement(tag) as T;
    el.setAttribute('endpoint', endpoint);
    Object.assign(el, { retryDelay: 50, timeout: 3000, attempts: 1 });
    container.append(el);
    await el.updateComplete;
    return el;
  }
  const retry = (el: Element) => waitFor(() => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role=alert] button, [part=failure] button')]
    .find((b) => b.textContent!.trim() === coreEn.tryAgain), '"Try again"', 10_000).then((b) => b.click());

  it('quick rating: the same rating again keeps the key; a changed rating gets a new one, and the server keeps it', async () => {
    const run = runId('key-qr');
    const el = await mountNew<OsaQuickRating>('osa-quick-rating', `/api/integrity/store/${run}/fail-2`);
    $(el, '#scale-3')!.click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
    await retry(el); // nothing changed
    await waitFor(async () => posts(await stats(run)).length === 2 && $(el, '[role=alert]'), 'the second failure');
    // The person changes their rating before trying once more.
    $(el, '#scale-1')!.click();
    await el.updateComplete;
    await retry(el);
    await waitFor(async () => posts(await stats(run)).length === 3, 'the changed rating sent');
    const s = await stats(run);
    const [first, again, edited] = posts(s);
    expect(again.key, 'the same rating again: the same key').to.equal(first.key);
    expect(edited.key, 'a changed rating: a new key').not.to.equal(first.key);
    expect(edited.body).to.include({ rating: 2 });
    expect(s.stored[edited.key!], 'what the server keeps under the key of the last send').to.deep.equal(edited.body);
  });

  it('page feedback: a comment edited after a failure goes under a new key', async () => {
    const run = runId('key-pf');
    // The answer (POST 1) is stored; the comment's first two tries fail.
    const el = await mountNew<OsaPageFeedback>('osa-page-feedback', `/api/integrity/store/${run}/fail-2-3`);
    $(el, '#no')!.click();
    await waitFor(async () => posts(await stats(run)).length === 1, 'the answer stored');
    const comment = await waitFor(() => $<HTMLTextAreaElement>(el, '#comment'), 'the comment field');
    const write = async (text: string) => {
      comment.value = text;
      comment.dispatchEvent(new Event('input'));
      await el.updateComplete;
    };
    await write('Puhelinnumero puuttuu.');
    $<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
    await retry(el); // nothing changed
    await waitFor(async () => posts(await stats(run)).length === 3 && $(el, '[role=alert]'), 'the second failure');
    await write('Puhelinnumero ja aukioloajat puuttuvat.');
    await retry(el);
    await waitFor(async () => posts(await stats(run)).length === 4, 'the edited comment sent');
    const s = await stats(run);
    const [, first, again, edited] = posts(s);
    expect(again.key, 'the same comment again: the same key').to.equal(first.key);
    expect(edited.key, 'an edited comment: a new key').not.to.equal(first.key);
    expect(s.stored[edited.key!], 'what the server keeps under the key of the last send').to.deep.equal(edited.body);
    expect(edited.body).to.include({ comment: 'Puhelinnumero ja aukioloajat puuttuvat.' });
  });
});

describe('integrity: sending never follows a redirect', () => {
  it('reaches the other origin directly (so the test can see a leak)', async () => {
    const run = runId('probe');
    const res = await fetch(`${otherOrigin()}/api/integrity/sink/${run}`, { method: 'POST', body: 'probe' });
    expect(res.status).to.equal(201);
    expect((await stats(run)).sink.map((r) => r.body)).to.deep.equal(['probe']);
  });

  for (const [tag, status] of [['osa-feedback', 307], ['osa-panel-signup', 308], ['osa-feedback open311', 307]] as const) {
    it(`${tag}: a ${status} to another origin sends nothing there, says so and keeps the text`, async () => {
      const run = runId('redirect');
      const open311 = tag.endsWith('open311');
      // The fixture answers with a redirect to the run's sink on the other loopback name (another origin).
      const endpoint = `/api/integrity/redirect/${run}/${status}${open311 ? '/' : ''}`;
      const cap = captureWarnings();
      try {
        const el = tag.startsWith('osa-feedback')
          ? await mount<OsaFeedback>('osa-feedback', open311 ? { endpoint, adapter: 'open311', 'service-code': '171' } : { endpoint })
          : await mount<OsaPanelSignup>('osa-panel-signup', { endpoint, draft: 'off' });
        if (el.localName === 'osa-feedback') await fillFeedback(el as OsaFeedback);
        else await fillPanel(el as OsaPanelSignup);
        send(el);
        await failure(el);
        expect(text(el)).to.contain(coreEn.failedMoved).and.contain(coreEn.failedKept);
        const field = el.localName === 'osa-feedback' ? '#message' : '#name';
        expect($<HTMLInputElement>(el, field)!.value, 'the text is kept').to.not.equal('');
        await new Promise((r) => setTimeout(r, 300));
        const s = await stats(run);
        // (The Open311 topic list is a GET without cookies, Referer or personal data: it may follow.)
        expect(s.sink.filter((r) => r.method !== 'GET'), 'nothing was sent to the other origin').to.deep.equal([]);
        expect(s.requests.filter((r) => r.method === 'POST'), 'asked once, not retried').to.have.length(1);
        expect(cap.warnings.some((w) => w.includes('answered with a redirect'))).to.be.true;
      } finally {
        cap.restore();
      }
    });
  }

  it('the redirect message exists in every language', () => {
    for (const table of [coreFi, coreSv, coreEasyEn]) expect(table.failedMoved).to.be.a('string').and.not.equal(coreEn.failedMoved);
  });
});

describe('integrity: no Referer, no cookies, on every request', () => {
  it('board data, Open311 services and requests, and both forms send neither Referer nor Cookie', async () => {
    const run = runId('headers');
    const base = `/api/integrity/store/${run}/ok`;
    document.cookie = 'osa-integrity=secret; path=/';
    try {
      expect(location.search, 'the test page has a query string a Referer would carry').not.to.equal('');
      render(html`
        <osa-you-said-we-did src="${base}/board.json"></osa-you-said-we-did>
        <osa-you-said-we-did adapter="open311" endpoint="${base}/open311/"></osa-you-said-we-did>`, container);
      const open311 = await mount<OsaFeedback>('osa-feedback', { endpoint: `${base}/`, adapter: 'open311', 'service-code': '171', id: 'o' });
      const json = await mount<OsaFeedback>('osa-feedback', { endpoint: `${base}/json`, id: 'j' });
      const panel = await mount<OsaPanelSignup>('osa-panel-signup', { endpoint: `${base}/panel`, draft: 'off' });
      await waitFor(async () => (await stats(run)).requests.some((r) => r.path.endsWith('services.json')), 'the Open311 services');
      for (const el of [open311, json]) {
        await fillFeedback(el);
        send(el);
        await sent(el);
      }
      await fillPanel(panel);
      send(panel);
      await sent(panel);
      await waitFor(async () => (await stats(run)).requests.filter((r) => r.method === 'GET').length >= 3, 'the board loads');
      const s = await stats(run);
      const paths = s.requests.map((r) => `${r.method} ${r.path.replace(base, '')}`).sort();
      expect(paths).to.include.members(['GET /board.json', 'GET /open311/requests.json', 'GET /services.json', 'POST /requests.json', 'POST /json', 'POST /panel']);
      for (const r of s.requests) {
        expect(r.referer, `Referer on ${r.method} ${r.path}`).to.equal(null);
        expect(r.cookie, `Cookie on ${r.method} ${r.path}`).to.equal(null);
      }
    } finally {
      document.cookie = 'osa-integrity=; max-age=0; path=/';
    }
  });
});

describe('integrity: addresses with a user name or password', () => {
  it('the poster shows no look-alike address, QR code or link, and says why', async () => {
    const cap = captureWarnings();
    try {
      render(html`<osa-you-said-we-did layout="poster" feedback-url="https://www.city.fi@evil.example/palaute"><script type="application/json">[]</script></osa-you-said-we-did>`, container);
      const board = container.querySelector('osa-you-said-we-did')!;
      await settled(container);
      await waitFor(() => board.shadowRoot?.querySelector('.poster'), 'the poster');
      await new Promise((r) => setTimeout(r, 200));
      expect(text(board)).not.to.contain('evil.example');
      expect(board.shadowRoot!.querySelector('a[href*="evil"], .qr svg')).to.equal(null);
      expect(cap.warnings.some((w) => w.includes('https://www.city.fi@evil.example/palaute') && w.includes('user name or password'))).to.be.true;
    } finally {
      cap.restore();
    }
  });

  it('links from attributes and data, and endpoints, are refused', async () => {
    const run = runId('userinfo');
    const cap = captureWarnings();
    try {
      render(html`<osa-you-said-we-did><script type="application/json">${JSON.stringify([{ id: 'a', said: 'Ovi', status: 'received', dates: { received: '2026-01-02' }, link: 'https://user:pass@www.city.fi/uutinen' }])}</script></osa-you-said-we-did>`, container);
      const el = await mount<OsaFeedback>('osa-feedback', {
        'privacy-url': 'https://www.city.fi@evil.example/tietosuoja', 'results-url': 'https://user:pw@www.city.fi/tulokset',
        endpoint: `${location.protocol}//user:pw@${location.host}/api/integrity/store/${run}/ok`,
      });
      await settled(container);
      const board = container.querySelector('osa-you-said-we-did')!;
      await waitFor(() => board.shadowRoot?.textContent?.includes('Ovi'), 'the board');
      expect(board.shadowRoot!.querySelector('a[href*="user"]'), 'no link with a password on the board').to.equal(null);
      expect(el.shadowRoot!.querySelector('a[href*="evil"], a[href*="user"]'), 'no privacy link to evil.example').to.equal(null);
      await fillFeedback(el);
      send(el);
      await failure(el);
      expect((await stats(run)).requests).to.deep.equal([]);
      for (const address of ['user:pass@www.city.fi/uutinen', 'www.city.fi@evil.example/tietosuoja', `user:pw@${location.host}/api/integrity`]) {
        expect(cap.warnings.some((w) => w.includes(address) && w.includes('user name or password')), address).to.be.true;
      }
    } finally {
      cap.restore();
    }
  });
});

describe('integrity: drafts stay with their own form', () => {
  const panelAttrs = (endpoint: string) => ({ endpoint, draft: 'session', 'panel-name': 'Asiakasraati' });

  it('two panels without ids on one page keep separate drafts, and consents are never restored', async () => {
    const a = await mount<OsaPanelSignup>('osa-panel-signup', panelAttrs('/api/integrity/store/drafts/ok/a'));
    const b = await mount<OsaPanelSignup>('osa-panel-signup', panelAttrs('/api/integrity/store/drafts/ok/b'));
    await fillPanel(a);
    a.remove();
    b.remove();
    const b2 = await mount<OsaPanelSignup>('osa-panel-signup', panelAttrs('/api/integrity/store/drafts/ok/b'));
    await b2.updateComplete;
    expect($<HTMLInputElement>(b2, '#name')!.value, "panel B does not open with A's answers").to.equal('');
    expect($<HTMLInputElement>(b2, '#consent')!.checked).to.be.false;
    const a2 = await mount<OsaPanelSignup>('osa-panel-signup', panelAttrs('/api/integrity/store/drafts/ok/a'));
    await waitFor(() => $<HTMLInputElement>(a2, '#name')!.value === 'Aino Virtanen', "panel A's own draft");
    expect($<HTMLInputElement>(a2, '#services-2')!.checked).to.be.true;
    for (const id of ['consent', 'health-consent']) expect($<HTMLInputElement>(a2, `#${id}`)!.checked, `${id} is asked again`).to.be.false;
    for (const raw of Object.values(sessionStorage)) expect(raw).not.to.match(/"(consent|healthConsent)":true/);
  });

  it('warns when two forms would share a draft, and the second keeps none', async () => {
    const cap = captureWarnings();
    try {
      const first = await mount<OsaFeedback>('osa-feedback', { endpoint: '/api/integrity/store/same/ok' });
      const second = await mount<OsaFeedback>('osa-feedback', { endpoint: '/api/integrity/store/same/ok' });
      await waitFor(() => cap.warnings.some((w) => w.includes('<osa-feedback>: keeps no draft') && w.includes('same place')), 'the warning');
      await setValue(first, 'message', 'Ensimmäinen');
      await setValue(second, 'message', 'Toinen');
      first.remove();
      second.remove();
      const stored = Object.entries(sessionStorage).filter(([k]) => k.startsWith('osallisuus:osa-feedback:'));
      expect(stored).to.have.length(1);
      expect(stored[0][1]).to.contain('Ensimmäinen').and.not.contain('Toinen');
    } finally {
      cap.restore();
    }
  });

  it('sweeps expired drafts of every form and page when any form starts', async () => {
    const day = 24 * 60 * 60 * 1000;
    const draft = (age: number) => JSON.stringify({ v: 1, savedAt: Date.now() - age, data: { message: 'x' } });
    localStorage.setItem('osallisuus:osa-feedback:/toinen-sivu:abc:draft', draft(15 * day));
    localStorage.setItem('osallisuus:osa-feedback:/kolmas-sivu:abc:draft', draft(2 * day));
    localStorage.setItem('osallisuus:osa-panel-signup:/rikki:abc:draft', '{broken');
    sessionStorage.setItem('osallisuus:osa-panel-signup:/vanha:abc:draft', draft(20 * day));
    localStorage.setItem('muu-sovellus', 'ei kosketa');
    // Not drafts, under the same prefix: a kiosk's unsent ratings and page feedback's note of an answer.
    const outbox = JSON.stringify([{ id: 'r1', createdAt: Date.now() - 30 * day, body: { rating: 4 } }]);
    localStorage.setItem('osallisuus:outbox:quick-rating:/odotustila', outbox);
    const answer = JSON.stringify({ useful: true, answerId: 'a1' });
    sessionStorage.setItem('osallisuus:osa-page-feedback:/sivu', answer);
    await mount<OsaFeedback>('osa-feedback', { endpoint: '/api/integrity/store/sweep/ok', draft: 'session' });
    await waitFor(() => localStorage.length === 3, 'the sweep');
    expect(Object.keys(localStorage).sort()).to.deep.equal(['muu-sovellus', 'osallisuus:osa-feedback:/kolmas-sivu:abc:draft', 'osallisuus:outbox:quick-rating:/odotustila']);
    expect(localStorage.getItem('osallisuus:outbox:quick-rating:/odotustila'), 'the unsent ratings').to.equal(outbox);
    expect(sessionStorage.getItem('osallisuus:osa-page-feedback:/sivu'), 'page feedback\'s note').to.equal(answer);
    expect(Object.keys(sessionStorage).filter((k) => k.includes('/vanha'))).to.deep.equal([]);
    localStorage.removeItem('osallisuus:outbox:quick-rating:/odotustila');
    sessionStorage.removeItem('osallisuus:osa-page-feedback:/sivu');
  });
});

describe('integrity: ids and names on the host page do not stop or degrade the components', () => {
  const CASES = ['litHtmlVersions', 'twoLitHtmlVersions', 'reactiveElementVersions', 'litElementVersions', 'iframeReactiveElementVersions', 'ShadyCSS', 'baseURI', 'formBaseURI', 'title', 'querySelector', 'litDocument'];
  const BUILDS = { cdn: 'the CDN file (osallisuus.js)', src: 'the source build', autoloader: 'the autoloader' } as const;
  for (const build of ['cdn', 'src', 'autoloader'] as const) {
    // The autoloader reads the document itself: the cases that replace what it reads, and Lit's
    // document methods. The source build leaves Lit as it is (an app that bundles Lit has its own),
    // so elements named like document.createTreeWalker stop it: only the CDN files guard those.
    const cases = build === 'autoloader' ? ['title', 'querySelector', 'baseURI', 'litDocument'] : build === 'src' ? CASES.filter((c) => c !== 'litDocument') : CASES;
    for (const name of cases) {
      it(`${BUILDS[build]} with ${name}`, async () => {
        const frame = document.createElement('iframe');
        frame.src = `/test/pages/clobber.html?build=${build}&case=${name}`;
        frame.style.cssText = 'width: 1000px; height: 800px';
        document.body.append(frame);
        try {
          const win = () => frame.contentWindow as (Window & { __loaded?: boolean; __errors: string[] }) | null;
          await waitFor(() => win()?.__loaded || win()?.__errors?.length, 'the page to load', 15_000);
          const w = win()!;
          const doc = frame.contentDocument!;
          // The DOM's own methods: a case may replace doc.querySelector.
          const one = (sel: string) => Document.prototype.querySelector.call(doc, sel);
          const all = (sel: string) => [...Document.prototype.querySelectorAll.call(doc, sel)];
          for (const tag of ['osa-feedback', 'osa-panel-signup', 'osa-participation-ladder', 'osa-you-said-we-did', 'osa-feedback-status', 'osa-quick-rating', 'osa-page-feedback']) {
            await waitFor(() => one(tag)?.shadowRoot?.textContent?.trim() || w.__errors.length, `${tag} to render`, 15_000);
          }
          expect(w.__errors, 'no errors').to.deep.equal([]);
          const feedback = one('osa-feedback')!;
          const panel = one('osa-panel-signup')!;
          // Styles as constructed style sheets (a strict CSP blocks <style> elements), so the honeypot stays hidden.
          for (const el of [feedback, panel]) {
            expect(el.shadowRoot!.adoptedStyleSheets.length, `${el.localName} adopted style sheets`).to.be.greaterThan(0);
            expect(el.shadowRoot!.querySelector('style'), `${el.localName} no <style> fallback`).to.equal(null);
            const honeypot = el.shadowRoot!.querySelector<HTMLElement>('.honeypot')!;
            expect(honeypot.getBoundingClientRect().width <= 1 || w.getComputedStyle(honeypot).display === 'none', 'the honeypot is hidden').to.be.true;
          }
          // The page's base address is read safely: the privacy link is there, and the page
          // feedback's link to the feedback form.
          await waitFor(() => feedback.shadowRoot!.querySelector(`a[href="${location.origin}/tietosuoja"]`), 'the privacy link');
          const pageFeedback = one('osa-page-feedback')!;
          for (const el of all('osa-feedback-status, osa-quick-rating, osa-page-feedback')) {
            expect(el.shadowRoot!.adoptedStyleSheets.length, `${el.localName} adopted style sheets`).to.be.greaterThan(0);
          }
          pageFeedback.shadowRoot!.querySelector<HTMLButtonElement>('#no')!.click();
          await waitFor(() => pageFeedback.shadowRoot!.querySelector(`a[href="${location.origin}/palaute"]`), 'the link to the feedback form');
          // The status lookup reads the page's base address safely: the number's status is shown.
          const status = one('osa-feedback-status')!;
          await waitFor(() => status.shadowRoot!.querySelector('[part=result]')?.textContent?.includes('2026-00101'), 'the status of 2026-00101');
          // The answer arrives, with the page's real title (not an element named "title").
          const stored = await waitFor(async () => (await getJson<{ requests: { method: string; body?: { pageTitle?: string } }[] }>(`/api/integrity/stats/clobber-${build}-${name}`)).requests.find((r) => r.method === 'POST'), 'the page feedback to arrive');
          expect(stored.body?.pageTitle).to.equal('A host page whose editors set ids freely');
          expect(w.__errors, 'no errors after answering').to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }
  }
});

describe('integrity: what a screen reader is told', () => {
  const described = (n: AXNode) => n.description ?? '';

  it('the response promise describes "Yes, I want a reply" and the contact fields before sending', needs('a11y-tree', async () => {
    const el = await mount<OsaFeedback>('osa-feedback', { endpoint: '/api/integrity/store/a11y/ok' });
    await click(el, 'reply-0');
    await waitFor(() => $(el, '[part=promise]'), 'the promise');
    await el.updateComplete;
    const promise = $(el, '[part=promise]')!.textContent!;
    expect(promise).to.contain('Monday 30 November');
    const tree = await accessibilityTree();
    expect(described(findNode(tree, 'radio', /Yes/)), 'on the reply choice').to.contain(promise);
    for (const name of [/^Email address/, /^Phone number/]) {
      const box = findNode(tree, 'textbox', name);
      expect(described(box), `${name} is described by the pair note and the promise`).to.contain('Give an email address or a phone number').and.contain(promise);
      expect(box.required, `${name} is one of two, not required by itself`).not.to.equal(true);
    }
  }));

  it('required answers are exposed as required in both forms; optional ones keep their marker', needs('a11y-tree', async () => {
    const feedback = await mount<OsaFeedback>('osa-feedback', { endpoint: '/api/integrity/store/a11y/ok' });
    const panel = await mount<OsaPanelSignup>('osa-panel-signup', { endpoint: '/api/integrity/store/a11y/ok', draft: 'off' });
    await click(feedback, 'reply-0');
    await click(panel, 'channels-0', 'channels-1', 'services-0');
    const tree = await accessibilityTree();
    // Radios cannot be marked required in ARIA: their group is, and keeps the legend as its name.
    expect(findNode(tree, 'radiogroup', 'What kind of feedback is it?').required, 'the kind of feedback').to.equal(true);
    expect(findNode(tree, 'radiogroup', 'Do you want a reply?').required, 'the reply choice').to.equal(true);
    expect(findNode(tree, 'radiogroup', /preferred|prefer/i).required, 'the preferred channel in the panel').to.equal(true);
    expect(findNode(tree, 'textbox', /^Your feedback/).required, 'the message').to.equal(true);
    expect(findNode(tree, 'textbox', /Your name.*optional/).required, 'the optional name in feedback').not.to.equal(true);
    expect(panel.shadowRoot!.querySelector('#name')!.matches(':required'), 'panel name').to.be.true;
    const groupName = panel.shadowRoot!.querySelector('#channels legend')!.textContent!.replace(/\s+/g, ' ');
    expect(groupName, 'the contact-method group').to.contain('(required)');
    expect(findAll(tree, 'group', /\(required\)/).length, 'the group name in the tree').to.be.greaterThan(0);
    for (const id of ['consent', 'health-consent', 'email', 'phone']) expect(panel.shadowRoot!.querySelector(`#${id}`)!.matches(':required'), id).to.be.true;
    expect(panel.shadowRoot!.querySelector('#other-ways')!.matches(':required'), 'optional consent').to.be.false;
    // (Chromium's DevTools tree reports `required` for text boxes and groups, not for checkboxes: a native `required` is checked instead.)
    expect(text(panel)).to.contain('(optional)');
  }));
});
