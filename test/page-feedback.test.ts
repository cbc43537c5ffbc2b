// <osa-page-feedback> in real Chromium against the HTTP fixture in test/servers/page-feedback.mjs,
// driven by real key presses.
import { expect } from '@open-wc/testing';
import '../src/page-feedback/register.js';
import type { OsaPageFeedback } from '../src/page-feedback/osa-page-feedback.js';
import type { PageFeedbackData } from '../src/page-feedback/actions.js';
import { expectAccessible } from './helpers/axe.js';
import { deepActiveElement, goOfflineFor, narrow, press, tabTo, type, waitFor } from './helpers/browser.js';
import { captureWarnings, getJson, pageContainer, runId } from './helpers/fixtures.js';

interface Stats { requests: number; stored: number; keys: string[]; bodies: PageFeedbackData[]; log: { n: number; key?: string; cookie: string | null; referer: string | null }[] }
const stats = (run: string) => getJson<Stats>(`/api/page-feedback-stats/${run}`);

const page = pageContainer();
let container: HTMLElement;
beforeEach(() => (container = page()));

async function mount(attrs: Record<string, string> = {}, lang = 'fi', props: Partial<OsaPageFeedback> = {}, inner = ''): Promise<OsaPageFeedback> {
  container.lang = lang;
  const el = document.createElement('osa-page-feedback') as OsaPageFeedback;
  for (const [k, v] of Object.entries({ 'feedback-url': '/palaute', ...attrs })) el.setAttribute(k, v);
  el.innerHTML = inner;
  Object.assign(el, { retryDelay: 50, timeout: 3000, ...props });
  container.append(el);
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: OsaPageFeedback, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const shown = (el: OsaPageFeedback) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const focusedId = () => deepActiveElement()?.id ?? '';
const isThanks = () => deepActiveElement()?.hasAttribute('data-thanks') ?? false;

describe('osa-page-feedback: one press', () => {
  it('asks in Finnish with Yes and No buttons in the question group, and the fallback content is not shown', async () => {
    const el = await mount({ endpoint: `/api/page-feedback/ok/${runId()}` }, 'fi', {}, '<a href="/palaute">Anna palautetta</a>');
    expect($(el, 'h2')!.textContent).to.equal('Oliko tästä sivusta apua?');
    expect([...el.shadowRoot!.querySelectorAll('.answer')].map((b) => b.textContent)).to.deep.equal(['Kyllä', 'Ei']);
    expect(el.shadowRoot!.querySelector('slot'), 'no slot: the fallback stays hidden').to.be.null;
    await expectAccessible(container);
  });

  it('Yes by keyboard: focus moves to the thanks, one record is stored without query, fragment, cookie or Referer', async () => {
    const run = runId();
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?henkilotunnus=010101-123A#kohta`);
    document.cookie = 'osa-test=1; path=/';
    try {
      const el = await mount({ endpoint: `/api/page-feedback/ok/${run}` });
      await tabTo((e) => e.id === 'yes');
      await press('Enter');
      await waitFor(isThanks, 'focus on the thanks');
      expect(deepActiveElement()!.textContent).to.equal('Kiitos vastauksestasi.');
      await waitFor(async () => (await stats(run)).stored === 1, 'the answer stored');
      const s = await stats(run);
      const body = s.bodies[0];
      expect(body.useful).to.equal(true);
      expect(body.pageUrl).to.equal(`${location.origin}${location.pathname}`);
      expect(body.pageTitle).to.equal(document.title);
      expect(body.locale).to.equal('fi');
      expect(body).not.to.have.property('comment');
      expect(s.log.every((l) => l.cookie === null && l.referer === null), 'no cookie, no Referer').to.equal(true);
      expect(JSON.parse(sessionStorage.getItem(el.storageKey)!)).to.deep.equal({ useful: true, answerId: body.answerId });
    } finally {
      document.cookie = 'osa-test=; path=/; max-age=0';
      history.replaceState(null, '', before);
    }
  });

  it('after Yes, an optional one-line comment is sent with the same answerId, and its thanks takes focus', async () => {
    const run = runId();
    const el = await mount({ endpoint: `/api/page-feedback/ok/${run}` });
    await tabTo((e) => e.id === 'yes');
    await press('Space');
    await waitFor(isThanks, 'focus on the thanks');
    expect($(el, 'label[for=comment]')!.textContent).to.contain('Haluatko kertoa vielä jotain?').and.contain('(vapaaehtoinen)');
    expect($(el, '#comment')!.localName, 'one line').to.equal('input');
    await tabTo((e) => e.id === 'comment');
    await type('Selkeä ohje, kiitos.');
    await press('Enter');
    await waitFor(() => shown(el).includes('Välitämme kommenttisi'), 'the comment thanks');
    await waitFor(isThanks, 'focus on the comment thanks');
    await waitFor(async () => (await stats(run)).stored === 2, 'answer and comment stored');
    const { bodies, keys } = await stats(run);
    expect(bodies[1].comment).to.equal('Selkeä ohje, kiitos.');
    expect(bodies[1].answerId).to.equal(bodies[0].answerId);
    expect(new Set(keys).size, 'each record has its own idempotency key').to.equal(2);
    await expectAccessible(container);
  });

  it('after No: what was missing, the note on personal details, no reply and the link to the feedback form', async () => {
    const run = runId();
    const el = await mount({ endpoint: `/api/page-feedback/ok/${run}`, 'feedback-url': '/palaute?lomake=1' }, 'sv');
    await tabTo((e) => e.id === 'no');
    await press('Enter');
    await waitFor(isThanks, 'focus on the thanks');
    expect($(el, 'label[for=comment]')!.textContent!.trim()).to.equal('Vad saknades eller var fel?');
    expect($(el, '#comment')!.localName).to.equal('textarea');
    expect($(el, '#comment')!.getAttribute('aria-describedby')).to.equal('comment-hint comment-limit');
    expect(shown(el)).to.contain('Skriv inte ditt namn').and.contain('vi kan inte svara på dem');
    expect($<HTMLAnchorElement>(el, '.no-reply a')!.href).to.equal(new URL('/palaute?lomake=1', location.href).href);
    // Send with nothing written: the error is on the field, which keeps focus.
    await tabTo((e) => e.localName === 'button' && e.textContent === 'Skicka');
    await press('Enter');
    await waitFor(() => $(el, '#comment-error'), 'the error');
    expect(focusedId()).to.equal('comment');
    expect($(el, '#comment-error')!.textContent).to.contain('Skriv din kommentar först');
    expect($(el, '#comment')!.getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(container);
    await type('Öppettiderna saknas.');
    await tabTo((e) => e.localName === 'button' && e.textContent === 'Skicka');
    await press('Enter');
    await waitFor(async () => (await stats(run)).stored === 2, 'answer and comment stored');
    const { bodies } = await stats(run);
    expect(bodies.map((b) => [b.useful, b.comment ?? null, b.locale])).to.deep.equal([[false, null, 'sv'], [false, 'Öppettiderna saknas.', 'sv']]);
  });

  it('a comment over max-length is an error with the count, and is not sent', async () => {
    const run = runId();
    const el = await mount({ endpoint: `/api/page-feedback/ok/${run}`, 'max-length': '10' }, 'en');
    await tabTo((e) => e.id === 'no');
    await press('Enter');
    await tabTo((e) => e.id === 'comment');
    await type('Twelve chars');
    expect(shown(el)).to.contain('You have 2 characters too many');
    await tabTo((e) => e.localName === 'button' && e.textContent === 'Send');
    await press('Enter');
    await waitFor(() => $(el, '#comment-error'), 'the error');
    expect($(el, '#comment-error')!.textContent).to.contain('Your comment is 2 characters too long.');
    await waitFor(async () => (await stats(run)).stored === 1, 'the answer');
    await new Promise((r) => setTimeout(r, 200));
    expect((await stats(run)).stored, 'the long comment was not sent').to.equal(1);
  });
});

describe('osa-page-feedback: once per page per tab', () => {
  it('a second visit says "you already told us" and lets the person add a comment to the same answer', async () => {
    const run = runId();
    let el = await mount({ endpoint: `/api/page-feedback/ok/${run}` }, 'en');
    await tabTo((e) => e.id === 'no');
    await press('Enter');
    await waitFor(async () => (await stats(run)).stored === 1, 'the answer stored');
    el.remove();
    el = await mount({ endpoint: `/api/page-feedback/ok/${run}` }, 'en');
    expect($(el, '#yes'), 'not asked again').to.be.null;
    expect(shown(el)).to.contain('You already told us, thank you.');
    await tabTo((e) => e.id === 'add-comment');
    await press('Enter');
    await waitFor(() => focusedId() === 'comment', 'focus in the comment field');
    expect($(el, 'label[for=comment]')!.textContent!.trim(), 'the question for a No').to.equal('What was missing or wrong?');
    await type('The opening hours are missing.');
    await tabTo((e) => e.localName === 'button' && e.textContent === 'Send');
    await press('Enter');
    await waitFor(async () => (await stats(run)).stored === 2, 'the comment stored');
    const { bodies } = await stats(run);
    expect(bodies[1]).to.include({ useful: false, comment: 'The opening hours are missing.', answerId: bodies[0].answerId });
    await expectAccessible(container);
  });
});

describe('osa-page-feedback: sending', () => {
  it('retries a failing server with the same key and stores the answer once', async () => {
    const run = runId();
    const el = await mount({ endpoint: `/api/page-feedback/fail-twice/${run}` }, 'en');
    el.shadowRoot!.querySelector<HTMLElement>('#yes')!.focus();
    await press('Enter');
    await waitFor(async () => (await stats(run)).stored === 1, 'stored after the retries');
    const s = await stats(run);
    expect(s.requests).to.equal(3);
    expect(new Set(s.log.map((l) => l.key)).size, 'one key through the retries').to.equal(1);
    expect(sessionStorage.getItem(el.storageKey), 'remembered once stored').to.be.a('string');
  });

  it('answered offline: says so, and sends the answer once when the connection is back', async () => {
    const run = runId();
    const el = await mount({ endpoint: `/api/page-feedback/ok/${run}` }, 'en');
    await tabTo((e) => e.id === 'yes');
    await waitFor(() => el.actions, 'the actions loaded on focus');
    await goOfflineFor(1500);
    $(el, '#yes')!.click(); // a DOM click: no server command (key press) can run while offline
    await waitFor(() => shown(el).includes('You are offline'), 'the offline status');
    expect(sessionStorage.getItem(el.storageKey), 'not remembered before it is stored').to.be.null;
    await waitFor(() => navigator.onLine, 'back online', 10_000);
    await waitFor(async () => (await stats(run)).stored === 1, 'stored when back online');
    await waitFor(() => !shown(el).includes('You are offline'), 'the status cleared');
    expect((await stats(run)).requests).to.equal(1);
  });

  it('a failure says the answer was not sent and "Try again" sends it with the same key', async () => {
    const el = await mount({ endpoint: `/api/page-feedback/always-500/${runId()}` }, 'en', { attempts: 1 });
    $(el, '#no')!.click();
    await waitFor(() => $(el, '[role=alert]'), 'the failure');
    expect(shown(el)).to.contain('Your answer was not sent').and.not.contain('What you wrote is still here');
    await expectAccessible(container);
    const keys: string[] = [];
    el.addEventListener('osa-page-feedback-submit', (e) => keys.push(e.detail.idempotencyKey));
    $<HTMLButtonElement>(el, '[role=alert] button')!.click();
    await waitFor(() => keys.length === 1, 'a second try');
    expect(keys[0]).to.equal(el.submission!.idempotencyKey);
  });

  it('adapter="event": the page delivers with respondWith, no request is made', async () => {
    const el = await mount({ adapter: 'event' }, 'en');
    const got: PageFeedbackData[] = [];
    el.addEventListener('osa-page-feedback-submit', (e) => {
      got.push(e.detail.data);
      e.detail.respondWith(Promise.resolve());
    });
    const sent = new Promise((r) => el.addEventListener('osa-page-feedback-sent', r, { once: true }));
    $(el, '#yes')!.click();
    await sent;
    expect(got).to.have.length(1);
    expect(got[0]).to.include({ useful: true, locale: 'en' });
  });

  it('warns without endpoint or feedback-url, and says it cannot save the answer', async () => {
    const cap = captureWarnings();
    try {
      const el = await mount({ 'feedback-url': '' }, 'en');
      expect(cap.warnings.join('\n')).to.contain('has no endpoint').and.contain('has no feedback-url');
      $(el, '#yes')!.click();
      await waitFor(() => shown(el).includes('not connected to a service'), 'the config failure');
    } finally {
      cap.restore();
    }
  });
});

describe('osa-page-feedback: texts and layout', () => {
  it('easy language and a texts override, without JavaScript on the page side', async () => {
    const el = await mount({ easy: '', texts: '{"fi": {"question": "Löysitkö etsimäsi?"}}' }, 'fi');
    expect($(el, 'h2')!.textContent).to.equal('Löysitkö etsimäsi?');
    $(el, '#no')!.click();
    await waitFor(() => shown(el).includes('Mitä puuttui? Mikä oli väärin?'), 'the easy Finnish question');
  });

  it('fits 320 px: no sideways scroll, buttons at least 44 px high', async () => {
    await narrow();
    const el = await mount({ endpoint: `/api/page-feedback/ok/${runId()}` }, 'fi');
    expect(el.scrollWidth).to.be.at.most(320);
    for (const b of el.shadowRoot!.querySelectorAll<HTMLElement>('.answer')) expect(b.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('without JavaScript the fallback link is what people see', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<osa-page-feedback feedback-url="/palaute"><a href="/palaute">Anna palautetta tästä sivusta</a></osa-page-feedback>';
    container.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const link = frame.contentDocument!.querySelector('a')!;
    expect(link.getBoundingClientRect().height, 'the link is laid out').to.be.greaterThan(0);
    frame.remove();
  });
});
