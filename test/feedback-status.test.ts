// <osa-feedback-status> in real Chromium against the HTTP fixtures in test/servers/feedback-status.mjs
// (Open311 and the JSON contract), and the whole story: send feedback, follow the link, see the status
// change when the service changes it.
import { expect } from '@open-wc/testing';
import '../src/feedback-status/register.js';
import '../src/feedback/register.js';
import type { OsaFeedbackStatus } from '../src/feedback-status/osa-feedback-status.js';
import { checkReference, hashReference } from '../src/feedback-status/osa-feedback-status.js';
import { fromJson, fromOpen311 } from '../src/feedback-status/adapters.js';
import type { OsaFeedback } from '../src/feedback/osa-feedback.js';
import { SubmitError } from '../src/core/submit-error.js';
import { helsinkiDay } from '../src/core/i18n.js';
import { expectAccessible } from './helpers/axe.js';
import { deepActiveElement, emulateColourMode, goOfflineFor, narrow, press, tabTo, type, waitFor, wide } from './helpers/browser.js';
import { captureWarnings, getJson, pageContainer, runId } from './helpers/fixtures.js';
import { needs } from './helpers/engine.js';

interface Lookup { n: number; method: string; path: string; query: string; referer: string | null; cookie: string | null; idempotencyKey: string | null }
const log = (run: string) => getJson<Lookup[]>(`/api/fbs-admin/${run}/log`);
const setStatus = (run: string, id: string, change: Record<string, unknown>) =>
  fetch(`/api/fbs-admin/${run}/${id}`, { method: 'POST', body: JSON.stringify(change) }).then((r) => expect(r.status).to.equal(200));

const MONDAY = new Date('2026-11-23T09:00:00+02:00');
const page = pageContainer();
let container: HTMLElement;
beforeEach(() => {
  container = page();
  // The page around the component, as on a real site (axe checks the whole document).
  document.title = 'osa-feedback-status';
  document.documentElement.lang = 'fi';
  container.innerHTML = '<h1>Palautteesi</h1>';
});
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

async function mount(attrs: Record<string, string> = {}, lang = 'fi', props: Partial<OsaFeedbackStatus> = {}): Promise<OsaFeedbackStatus> {
  container.lang = lang;
  const el = document.createElement('osa-feedback-status') as OsaFeedbackStatus;
  for (const [k, v] of Object.entries({ phone: '09 310 12345', ...attrs })) el.setAttribute(k, v);
  Object.assign(el, { now: MONDAY, retryDelay: 50, timeout: 3000, ...props });
  container.append(el);
  await el.updateComplete;
  return el;
}
const open311 = (run: string, scenario = 'ok') => ({ adapter: 'open311', endpoint: `/api/fbs/${scenario}/${run}/open311/` });
const json = (run: string, scenario = 'ok') => ({ adapter: 'json', endpoint: `/api/fbs/${scenario}/${run}/json` });
const $ = <T extends Element = HTMLElement>(el: OsaFeedbackStatus, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const text = (el: Element) => (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ');

/** Types a number into the field and presses the button (clicks; the keyboard has its own test). */
async function lookUp(el: OsaFeedbackStatus, reference: string) {
  const input = $<HTMLInputElement>(el, '#reference')!;
  input.value = reference;
  input.dispatchEvent(new Event('input'));
  $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
  await el.updateComplete;
}
/** On how many lines `text` (once in `root`'s text, across its text nodes) is laid out. */
function linesOf(root: Element, text: string): number {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const at = nodes.map((n) => n.data).join('').indexOf(text);
  expect(at, `"${text}" in the text`).to.be.at.least(0);
  const range = document.createRange();
  let offset = 0;
  for (const n of nodes) {
    if (at >= offset && at <= offset + n.length) range.setStart(n, at - offset);
    if (at + text.length >= offset && at + text.length <= offset + n.length) range.setEnd(n, at + text.length - offset);
    offset += n.length;
  }
  return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size;
}

const result = (el: OsaFeedbackStatus) => waitFor(() => $(el, '[part=result], [part=not-found]'), 'the answer');
const failure = (el: OsaFeedbackStatus) => waitFor(() => $(el, '[part=failure]'), 'the failure box');

describe('osa-feedback-status: checking the number', () => {
  it('accepts reference numbers as services make them, and says what is wrong with others', () => {
    // Libre311 and FixMyStreet count: their first requests are 1 … 99 (the form links to them too).
    for (const ok of ['PAL-2026001', '2026-00012', 'P-20261123-AB12CD', 'tok_2026.1', '  2026-00101 ', '7', '42']) expect(checkReference(ok), ok).to.be.undefined;
    expect(checkReference('   ')).to.equal('errorEmpty');
    expect(checkReference('x'.repeat(65))).to.equal('errorLength');
    for (const bad of ['2026/00012', '../admin', 'PAL 2026', 'a<b>c', '2026-00012?x=1', 'ab#cd']) expect(checkReference(bad), bad).to.equal('errorCharacters');
  });

  it('reads #reference= from the address, also among other parts', () => {
    expect(hashReference('#reference=PAL-1')).to.equal('PAL-1');
    expect(hashReference('#ysd-q=x&reference=2026-00012&other=1')).to.equal('2026-00012');
    expect(hashReference('#reference=%E2%9C%93')).to.equal('✓');
    expect(hashReference('#reference=%E2%9C')).to.be.undefined;
    expect(hashReference('#references=1')).to.be.undefined;
    expect(hashReference('')).to.be.undefined;
  });

  it('a bad number is never sent: the error is on the field, announced, and focus stays in the field', async () => {
    const run = runId('bad');
    const el = await mount(open311(run));
    await lookUp(el, '2026/00012');
    expect($(el, '#reference-error')!.textContent).to.contain('vain kirjaimia, numeroita');
    expect($(el, '#reference')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#reference')!.getAttribute('aria-describedby')).to.contain('reference-error');
    await waitFor(() => $(el, '[data-live]')!.textContent!.includes('vain kirjaimia'), 'the announcement');
    expect(deepActiveElement()?.id).to.equal('reference');
    await lookUp(el, '');
    expect($(el, '#reference-error')!.textContent).to.contain('Kirjoita viitenumerosi');
    await new Promise((r) => setTimeout(r, 200));
    expect(await log(run), 'requests to the server').to.deep.equal([]);
  });
});

describe('osa-feedback-status: Open311', () => {
  it('GETs requests/{id}.json with jurisdiction_id, api_key and locale, no Referer, no cookie, no Idempotency-Key', async () => {
    const run = runId('o311');
    document.cookie = 'osa-test=1; path=/';
    try {
      const el = await mount({ ...open311(run), 'jurisdiction-id': 'hel.fi', 'api-key': 'public-web-key' }, 'sv');
      await lookUp(el, '2026-00102');
      await result(el);
      const [request] = await log(run);
      expect(request.method).to.equal('GET');
      expect(request.path).to.equal(`/api/fbs/ok/${run}/open311/requests/2026-00102.json`);
      const q = new URLSearchParams(request.query);
      expect(Object.fromEntries(q)).to.deep.equal({ jurisdiction_id: 'hel.fi', api_key: 'public-web-key', locale: 'sv', extensions: 'true' });
      expect(request.referer, 'Referer').to.equal(null);
      expect(request.cookie, 'cookies').to.equal(null);
      expect(request.idempotencyKey, 'a read sends no Idempotency-Key').to.equal(null);
    } finally {
      document.cookie = 'osa-test=; path=/; max-age=0';
    }
  });

  it('shows each status in plain words, with the reply, the dates and the promise, honest both ways', async () => {
    const run = runId('states');
    const el = await mount(open311(run), 'en');
    const cases: [string, RegExp[]][] = [
      ['2026-00101', [/Status: Received/, /No one has started to handle it yet/, /We promise to answer by Friday 27 November/, /Received ?20 November 2026/]],
      ['2026-00102', [/Status: Being handled/, /home care manager/, /Expected to be ready ?27 November 2026/, /We promise to answer by Wednesday 25 November/]],
      ['2026-00103', [/Status: Answered/, /two-hour window/, /We promised to answer by Monday 23 November\. We answered on Thursday 19 November, so we kept our promise/]],
      ['2026-00104', [/Status: Answered/, /We promised to answer by Monday 9 November\. We answered on Friday 13 November, which was late\. We are sorry/]],
      ['2026-00105', [/Status: Closed/, /We have finished handling your feedback/]],
      ['2026-00106', [/Status: Received/, /We promised to answer by Monday 9 November\. We have not answered yet, so we are late/]],
    ];
    for (const [id, expected] of cases) {
      await lookUp(el, id);
      await waitFor(() => $(el, '#result-title')?.textContent?.includes(id), `the status of ${id}`);
      const shown = text($(el, '[part=result]')!);
      for (const re of expected) expect(shown, id).to.match(re);
      if (id === '2026-00105') expect($(el, '[part=promise]'), 'no promise sentence when closed without an answer').to.equal(null);
    }
    expect($(el, '.promise--late, .promise--overdue')).to.be.ok;
  });

  it('an unknown number: "we could not find this number", with the other ways to contact', async () => {
    const run = runId('missing');
    const el = await mount({ ...open311(run), address: 'Palautepalvelu | PL 1000' });
    await lookUp(el, '2026-99999');
    const box = await result(el);
    expect(box.getAttribute('part')).to.equal('not-found');
    expect(text(box)).to.contain('Emme löytäneet tätä numeroa').and.to.contain('numerolla 2026-99999').and.to.contain('09 310 12345');
    expect(box.querySelector('a[href="tel:0931012345"]')).to.be.ok;
    expect($(el, '[part=failure]'), 'not a failure').to.equal(null);
  });

  it("reads FixMyStreet's answers: the request wrapped as {service_requests: […]}, and an empty list (status 200) as not found", async () => {
    const run = runId('fms');
    const el = await mount(open311(run, 'fms'), 'en');
    await lookUp(el, '2026-00103');
    await waitFor(() => $(el, '#result-title')?.textContent?.includes('2026-00103'), 'the status');
    expect(text($(el, '[part=result]')!)).to.match(/Status: Answered/).and.to.contain('two-hour window');
    await lookUp(el, '2026-99999');
    await waitFor(() => $(el, '[part=not-found]'), 'not found');
    expect(text($(el, '[part=not-found]')!)).to.contain('2026-99999');
    expect($(el, '[part=result]'), 'an empty list is no status').to.equal(null);
  });

  it("follows a batch service's token (shown until the request had an id) through tokens/{token}.json to its request", async () => {
    const run = runId('token');
    const el = await mount(open311(run), 'en');
    await lookUp(el, 'TOK-2026-00102');
    await waitFor(() => $(el, '#result-title')?.textContent?.includes('2026-00102'), 'the status of the request the token became');
    expect(text($(el, '[part=result]')!)).to.match(/Status: Being handled/);
    expect((await log(run)).map((l) => l.path.replace(`/api/fbs/ok/${run}/open311/`, ''))).to.deep.equal(['requests/TOK-2026-00102.json', 'tokens/TOK-2026-00102.json', 'requests/2026-00102.json']);
  });

  it('server text is only ever text: markup in the notes is removed, nothing runs', async () => {
    const run = runId('hostile');
    const el = await mount(open311(run, 'hostile'), 'en');
    await lookUp(el, '2026-00103');
    const box = await result(el);
    expect(box.querySelector('img, script')).to.equal(null);
    expect($(el, '.notes__text')!.textContent).to.contain('Kiitos').and.not.to.contain('<');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});

describe('osa-feedback-status: JSON', () => {
  it('GETs {endpoint}?reference= and shows per-language notes, the promise from the data and the related board entry', async () => {
    const run = runId('json');
    const el = await mount({ ...json(run), 'results-url': '/sanoitte-teimme' }, 'sv');
    await lookUp(el, '2026-00103');
    const box = await result(el);
    expect(text(box)).to.contain('Läge: Besvarad').and.to.contain('tidsfönster på två timmar').and.to.contain('så vi höll vårt löfte');
    const link = box.querySelector<HTMLAnchorElement>('a[href*="sanoitte-teimme"]')!;
    expect(link.textContent).to.equal('Se vad vi har gjort utifrån den här responsen');
    expect(new URL(link.href).hash).to.equal('#ysd-q=r3');
    const [request] = await log(run);
    expect(request.path + request.query).to.equal(`/api/fbs/ok/${run}/json?reference=2026-00103`);
  });

  it('uses promisedBy and answeredAt from the data rather than working them out', async () => {
    const run = runId('promised');
    await setStatus(run, '2026-00104', { promisedBy: '2026-11-20', answeredAt: '2026-11-13T11:00:00+02:00' });
    const el = await mount(json(run), 'en');
    await lookUp(el, '2026-00104');
    expect(text(await result(el))).to.contain('We promised to answer by Friday 20 November. We answered on Friday 13 November, so we kept our promise');
    await setStatus(run, '2026-00101', { promisedBy: null });
    await lookUp(el, '2026-00101');
    await waitFor(() => $(el, '#result-title')?.textContent?.includes('2026-00101'), 'the second status');
    expect($(el, '[part=promise]'), 'promisedBy: null — no promise was made').to.equal(null);
  });

  it('an answer on the promised day keeps the promise; the day after (in Helsinki) does not', async () => {
    const el = await mount({ adapter: 'event' }, 'en');
    const answers: Record<string, string> = {
      'ON-DAY': '2026-11-20T23:30:00+02:00', // still Friday 20 November in Helsinki (21:30 UTC)
      'NEXT-DAY': '2026-11-20T22:30:00Z', // Saturday 21 November in Helsinki, though 20 November in UTC
    };
    el.addEventListener('osa-feedback-status-lookup', (e) => e.detail.respondWith(Promise.resolve({
      reference: e.detail.reference, status: 'answered', received: '2026-11-13', promisedBy: '2026-11-20', answeredAt: answers[e.detail.reference],
    })));
    await lookUp(el, 'ON-DAY');
    await waitFor(() => $(el, '[part=promise]'), 'the promise');
    expect(text($(el, '[part=promise]')!)).to.contain('We answered on Friday 20 November, so we kept our promise');
    await lookUp(el, 'NEXT-DAY');
    await waitFor(() => $(el, '#result-title')?.textContent?.includes('NEXT-DAY'), 'the second answer');
    expect(text($(el, '[part=promise]')!)).to.contain('We answered on Saturday 21 November, which was late');
  });

  it('an answer of the wrong shape is a service fault with "Try again", and the console says why', async () => {
    const run = runId('notjson');
    const warnings = captureWarnings();
    try {
      const el = await mount(json(run, 'notjson'), 'en');
      await lookUp(el, '2026-00101');
      expect(text(await failure(el))).to.contain('The service has a problem right now');
      expect(warnings.warnings.join('\n')).to.contain('could not be read');
    } finally {
      warnings.restore();
    }
  });
});

describe('osa-feedback-status: network faults, with the core client', () => {
  it('retries 500s and shows the answer', async () => {
    const run = runId('fail-twice');
    const el = await mount(open311(run, 'fail-twice'), 'en');
    await lookUp(el, '2026-00102');
    await result(el);
    expect((await log(run)).length).to.equal(3);
  });

  it('waits as Retry-After says on 429, saying the service is busy', async () => {
    const run = runId('busy');
    const el = await mount(json(run, 'busy'), 'en');
    await lookUp(el, '2026-00102');
    await waitFor(() => text($(el, '[part=status]')!).includes('The service is busy. We try again in 1 second'), 'the busy line');
    await result(el);
    const [first, second] = await log(run);
    expect((second as unknown as { at: number }).at - (first as unknown as { at: number }).at, 'waited for Retry-After').to.be.at.least(900);
  });

  it('a request that never answers times out and is tried again', async () => {
    const run = runId('hang');
    const el = await mount(open311(run, 'hang-once'), 'en', { timeout: 400 });
    await lookUp(el, '2026-00101');
    await result(el);
    expect((await log(run)).length).to.equal(2);
  });

  it('after the last attempt: what went wrong, and "Try again" that works', async () => {
    const run = runId('down');
    const el = await mount(open311(run, 'always-500'), 'en', { attempts: 2 });
    await lookUp(el, '2026-00101');
    const box = await failure(el);
    expect(text(box)).to.contain('We could not show the status').and.to.contain('The service has a problem right now');
    expect($<HTMLInputElement>(el, '#reference')!.value, 'the number stays in the field').to.equal('2026-00101');
    el.endpoint = `/api/fbs/ok/${run}/open311/`;
    box.querySelector('button')!.click();
    await result(el);
    expect($(el, '[part=failure]')).to.equal(null);
  });

  it('offline: says so at once, then looks up when the connection is back', needs('offline', async () => {
    const run = runId('offline');
    const el = await mount(open311(run), 'en');
    $<HTMLInputElement>(el, '#reference')!.focus(); // loads the lookup code while online
    await el.updateComplete;
    await goOfflineFor(1200);
    await lookUp(el, '2026-00102');
    await waitFor(() => text($(el, '[part=status]')!).includes('You are offline. We look up your feedback when your connection is back'), 'the offline message');
    const box = await result(el);
    expect(text(box)).to.contain('Being handled');
  }));
});

describe('osa-feedback-status: the event adapter', () => {
  it('the page answers with respondWith: a status, null for "not found", a rejection for a fault', async () => {
    const el = await mount({ adapter: 'event' }, 'en');
    const answers: (() => Promise<unknown>)[] = [
      () => Promise.resolve({ reference: 'EV-1', status: 'in-progress', notes: { en: 'We called the ward.' }, received: '2026-11-20' }),
      () => Promise.resolve(null),
      () => Promise.reject(new SubmitError('busy')),
    ];
    const seen: string[] = [];
    el.addEventListener('osa-feedback-status-lookup', (e) => {
      seen.push(e.detail.reference);
      e.detail.respondWith(answers.shift()!() as Promise<null>);
    });
    await lookUp(el, 'EV-1');
    expect(text(await result(el))).to.contain('We called the ward.');
    await lookUp(el, 'EV-2');
    await waitFor(() => $(el, '[part=not-found]'), 'not found');
    await lookUp(el, 'EV-3');
    expect(text(await failure(el))).to.contain('The service is busy right now');
    expect(seen).to.deep.equal(['EV-1', 'EV-2', 'EV-3']);
  });

  it('without a handler (or without an endpoint), says the page is not connected and gives the other ways', async () => {
    const warnings = captureWarnings();
    try {
      const el = await mount({ adapter: 'event' }, 'en');
      await lookUp(el, 'EV-1');
      const box = await failure(el);
      expect(text(box)).to.contain('This page is not connected to the feedback service');
      expect(text(el)).to.contain('Other ways to contact us');
      const noEndpoint = await mount({ adapter: 'json' }, 'en');
      await lookUp(noEndpoint, 'EV-1');
      await failure(noEndpoint);
      expect(warnings.warnings.join('\n')).to.contain('has no endpoint');
    } finally {
      warnings.restore();
    }
  });
});

describe('osa-feedback-status: the address', () => {
  it('#reference= looks the number up at once, announced without moving focus, and a later link never replaces what the person typed', async () => {
    const run = runId('hash');
    history.replaceState(null, '', '#reference=2026-00102');
    const el = await mount(open311(run), 'en');
    expect($<HTMLInputElement>(el, '#reference')!.value).to.equal('2026-00102');
    await result(el);
    await waitFor(() => $(el, '[data-live]')!.textContent!.includes('We found your feedback 2026-00102. Status: Being handled.'), 'the announcement');
    expect(deepActiveElement()?.closest?.('osa-feedback-status'), 'focus is not taken on load').to.equal(null);
    // The person types another number; a link that changes the hash now must not overwrite it.
    const input = $<HTMLInputElement>(el, '#reference')!;
    input.value = '2026-001';
    input.dispatchEvent(new Event('input'));
    location.hash = '#reference=2026-00103';
    await new Promise((r) => setTimeout(r, 300));
    expect(input.value).to.equal('2026-001');
    expect((await log(run)).length).to.equal(1);
  });

  it('a link on the same page to #reference= (the feedback form\'s "Follow your feedback") looks the number up and moves focus to the answer', async () => {
    const run = runId('same-page');
    const el = await mount(open311(run), 'en');
    const link = document.createElement('a');
    link.href = '#reference=2026-00103';
    link.textContent = 'Follow your feedback';
    el.before(link);
    try {
      await tabTo((e) => e === link);
      await press('Enter');
      await waitFor(() => deepActiveElement()?.id === 'result-title', 'focus on the answer');
      expect(deepActiveElement()!.textContent).to.equal('Your feedback 2026-00103');
      expect($<HTMLInputElement>(el, '#reference')!.value).to.equal('2026-00103');
      expect((await log(run)).length).to.equal(1);
    } finally {
      link.remove();
    }
  });

  it('a link from the feedback form (#reference=…&sent=…) that finds nothing says "not shown here yet" with the day, not "check the number"', async () => {
    // Helsinki checks new feedback before publishing it: right after sending, requests/{id}.json answers 404.
    const run = runId('not-yet');
    history.replaceState(null, '', '#reference=2026-00999&sent=2026-11-23');
    const el = await mount(open311(run), 'en');
    const box = await result(el);
    expect(box.matches('[part=not-found]')).to.equal(true);
    expect($(el, '#result-title')!.textContent).to.equal('Your feedback is not shown here yet');
    expect(text(box)).to.contain('You sent feedback 2026-00999 on 23 November 2026. New feedback can take a few days to show here.');
    expect(box.textContent, 'the date is not broken across lines').to.contain('23\u00a0November\u00a02026');
    expect(text(box), 'the other ways stay').to.contain('09 310 12345');
    await waitFor(() => $(el, '[data-live]')!.textContent!.includes('Your feedback is not shown here yet'), 'the announcement');
    await expectAccessible(el);
    // Another number typed in the field: the day belongs to the link's number only.
    await lookUp(el, '2026-00998');
    await waitFor(() => $(el, '#result-title')?.textContent === 'We could not find this number', 'the usual "not found"');
    expect(text($(el, '[part=not-found]')!)).to.contain('Check the number');
  });

  it('Libre311: an unknown number (its server fails with 500) is "not found" after one search by id; a short number is looked up', async () => {
    const run = runId('libre311');
    const el = await mount({ adapter: 'open311', endpoint: `/api/o311real/libre311/${run}/` }, 'en');
    await lookUp(el, '9999');
    await waitFor(() => $(el, '#result-title')?.textContent === 'We could not find this number', '"not found"');
    expect($(el, '[part=failure]'), 'no "the service has a problem"').to.equal(null);
    await lookUp(el, '42');
    await waitFor(() => $(el, '[part=result]'), 'the status');
    expect(text($(el, '[part=result]')!)).to.contain('Being handled'); // assigned
    const { gets } = await getJson<{ gets: string[] }>(`/api/o311real/libre311/${run}/log`);
    expect(gets.filter((g) => g.startsWith('requests.json?service_request_id=9999')), 'one search by id after the fault').to.have.length(1);
    expect(gets.some((g) => g.startsWith('requests/42.json'))).to.equal(true);
  });

  it('a token whose request is not public yet: "not shown here yet" with the number the person has, not the new id', async () => {
    const run = runId('token-hidden');
    history.replaceState(null, '', '#reference=TOK-HIDDEN-2026-00777&sent=2026-11-23');
    const el = await mount(open311(run), 'en');
    const box = await result(el);
    expect($(el, '#result-title')!.textContent).to.equal('Your feedback is not shown here yet');
    expect(text(box)).to.contain('You sent feedback TOK-HIDDEN-2026-00777 on 23 November 2026.');
  });

  it('a sent day after today, or not a day, is not believed: the usual "not found"', async () => {
    // 2026-10-23 is 31 days before: feedback hidden in moderation never shows, so "not yet" ends.
    for (const sent of ['2026-11-24', 'eilen', '2026-1-5', '2026-10-23']) {
      const run = runId('not-yet-bad');
      history.replaceState(null, '', `#reference=2026-00999&sent=${sent}`);
      const el = await mount(open311(run), 'fi');
      await result(el);
      expect($(el, '#result-title')!.textContent, sent).to.equal('Emme löytäneet tätä numeroa');
      el.remove();
    }
  });

  it('the sent property does the same for a page that gives the number itself, in each language and in easy language', async () => {
    const cases: [string, boolean, string, string][] = [
      ['fi', false, 'Palautteesi ei näy täällä vielä', 'Lähetit palautteen 2026-00999 meille 20. marraskuuta 2026.'],
      ['sv', false, 'Din respons syns inte här ännu', 'Du skickade respons 2026-00999 den 20 november 2026.'],
      ['fi', true, 'Palautteesi ei ole täällä vielä', 'Uusi palaute tulee tänne vasta muutaman päivän päästä.'],
      ['en', true, 'Your feedback is not here yet', 'New feedback comes here after a few days.'],
    ];
    for (const [lang, easy, title, body] of cases) {
      const run = runId('not-yet-prop');
      const el = await mount({ ...open311(run), ...(easy ? { easy: '' } : {}) }, lang, { sent: '2026-11-20', reference: '2026-00999' });
      await result(el);
      expect($(el, '#result-title')!.textContent, `${lang}${easy ? ' easy' : ''}`).to.equal(title);
      expect(text($(el, '[part=not-found]')!)).to.contain(body);
      el.remove();
    }
  });

  it('after a lookup the address holds the number (for a bookmark), keeping the page\'s other parts', async () => {
    const run = runId('keep');
    history.replaceState(null, '', '#ysd-status=done');
    const el = await mount(open311(run), 'en');
    await lookUp(el, '2026-00101');
    await result(el);
    expect(location.hash).to.equal('#ysd-status=done&reference=2026-00101');
  });
});

describe('osa-feedback-status: keyboard, reflow, forced colours, axe', () => {
  it('works with keys alone; focus lands on the answer\'s heading', async () => {
    const run = runId('keys');
    const el = await mount(open311(run), 'en');
    await tabTo((e) => e.id === 'reference');
    await type('2026-00103');
    await press('Enter');
    await result(el);
    await waitFor(() => deepActiveElement()?.id === 'result-title', 'focus on the answer');
    expect(deepActiveElement()!.textContent).to.equal('Your feedback 2026-00103');
    await expectAccessible(document);
  });

  it('fits 320 px with nothing cut off, and reads well in forced colours', needs('forced-colors', async () => {
    const run = runId('narrow');
    await narrow();
    await emulateColourMode('forced-colors');
    const el = await mount({ ...open311(run), address: 'Palautepalvelu | PL 1000 | 00099 Helsingin kaupunki' }, 'fi');
    await lookUp(el, '2026-00103');
    await result(el);
    expect(el.scrollWidth, 'no horizontal scrolling').to.be.at.most(el.clientWidth + 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await expectAccessible(document);
  }));

  it('at 320 px the number stays whole: the heading does not break it after its hyphen', async () => {
    const run = runId('whole-number');
    await narrow();
    try {
      for (const [lang, reference, box] of [['fi', '2026-00103', '#result-title'], ['en', 'PAL-2026999', '[part=not-found] p']] as const) {
        const el = await mount(open311(run), lang);
        await lookUp(el, reference);
        await result(el);
        const shown = $(el, box)!;
        expect(shown.textContent, 'the text reads as before').to.contain(reference);
        expect(linesOf(shown, reference), `${reference} in ${box}`).to.equal(1);
        el.remove();
      }
    } finally {
      await wide();
    }
  });
});

describe('osa-feedback-status: adapters', () => {
  it('Open311: detailed_status wins (top level or extended), else open/closed and notes decide', () => {
    const req = (o: Record<string, unknown>) => [{ service_request_id: 'X-1', requested_datetime: '2026-11-02T10:00:00+02:00', updated_datetime: '2026-11-05T10:00:00+02:00', ...o }];
    const status = (o: Record<string, unknown>) => (fromOpen311(req(o), 'X-1') as { status: string }).status;
    expect(status({ status: 'open' })).to.equal('received');
    expect(status({ status: 'open', status_notes: 'Käsittelyssä' })).to.equal('in-progress');
    // Mark-a-Spot (markaspot_open311 GeoreportProcessorService: the latest status note, and a note
    // "The service request has been created." on every new request): received, not being handled.
    const created = { requested_datetime: '2026-11-02T10:00:00+01:00', updated_datetime: '2026-11-02T10:00:01+01:00', status_notes: 'The service request has been created.' };
    expect(status({ status: 'open', ...created })).to.equal('received');
    expect(status({ status: 'open', status_notes: 'Käsittelyssä', requested_datetime: undefined, updated_datetime: undefined }), 'no dates to tell by').to.equal('in-progress');
    // Libre311 (app/model/servicerequest/ServiceRequestStatus.java): open, in_progress, assigned, closed; no notes.
    expect(status({ status: 'in_progress' })).to.equal('in-progress');
    expect(status({ status: 'assigned' })).to.equal('in-progress');
    expect(status({ status: 'closed', status_notes: 'Vastattu' })).to.equal('answered');
    expect(status({ status: 'closed' })).to.equal('closed');
    expect(status({ status: 'open', extended_attributes: { detailed_status: 'RECEIVED, IN_PROCESS' } })).to.equal('in-progress');
    expect(status({ status: 'open', detailed_status: 'FORWARDED' })).to.equal('in-progress');
    expect(status({ status: 'closed', extended_attributes: { detailed_status: 'REJECTED' }, status_notes: 'Ei mahdollista' })).to.equal('closed');
    expect(status({ status: 'closed', extended_attributes: { detailed_status: 'IN_PROCESS' } }), 'closed outweighs a stale step').to.equal('closed');
    const view = fromOpen311(req({ status: 'closed', status_notes: '<p>Kiitos &amp; <b>hyvää</b> päivää</p>', expected_datetime: 'not a date' }), 'X-1') as { notes: string; answeredAt: Date; expected?: Date };
    expect(view.notes).to.equal('Kiitos & hyvää päivää');
    expect(view.answeredAt.toISOString()).to.equal('2026-11-05T08:00:00.000Z');
    expect(view.expected).to.equal(undefined);
    expect(fromOpen311([], 'X-1')).to.equal(null);
    expect(fromOpen311(['x'], 'X-1')).to.be.a('string');
  });

  it('Open311: notes a server writes by itself are no reply; the 6Aika log says who is handling it; an expected day only ahead and open', () => {
    const req = (o: Record<string, unknown>) => [{ service_request_id: 'X-1', requested_datetime: '2026-11-02T10:00:00+02:00', updated_datetime: '2026-11-05T10:00:00+02:00', ...o }];
    const view = (o: Record<string, unknown>) => fromOpen311(req(o), 'X-1') as { status: string; notes?: string; expected?: Date };
    // Mark-a-Spot (service_request.module, status_note_auto_create): "Status changed." on a change of status without a note.
    expect(view({ status: 'closed', status_notes: 'Status changed.' })).to.include({ status: 'closed', notes: undefined });
    expect(view({ status: 'open', status_notes: 'The service request has been created.' }).status, 'a later save of a new request').to.equal('received');
    // 6Aika issues_log: allocated and handling while the request stays open.
    expect(view({ status: 'open', extended_attributes: { log: [{ time: '2026-11-03T09:00:00+02:00', status: 'allocated', note: '', handler: 'x' }] } }).status).to.equal('in-progress');
    expect(view({ status: 'open', extended_attributes: { log: [] } }).status).to.equal('received');
    // 6Aika's expected_datetime: "now + the median", the moment of arrival for a service with nothing closed yet.
    expect(view({ status: 'open', expected_datetime: '2026-11-02T10:00:00+02:00' }).expected).to.equal(undefined);
    expect(view({ status: 'open', expected_datetime: '2026-11-09T10:00:00+02:00' }).expected?.toISOString()).to.equal('2026-11-09T08:00:00.000Z');
    expect(view({ status: 'closed', status_notes: 'Valmis', expected_datetime: '2026-11-09T10:00:00+02:00' }).expected, 'answered: no expected day').to.equal(undefined);
  });

  it('JSON: checks the status, picks the language, and tells null (not found) from a wrong shape', () => {
    expect(fromJson(null, 'A-1', 'fi')).to.equal(null);
    expect(fromJson({ reference: 'A-1', status: 'maybe' }, 'A-1', 'fi')).to.contain('"status" must be one of');
    expect(fromJson('text', 'A-1', 'fi')).to.be.a('string');
    const v = fromJson({ reference: 'A-1', status: 'answered', notes: { fi: 'Vastaus', sv: 'Svar' }, promisedBy: null, resultsId: 12 }, 'A-1', 'sv') as { notes: string; promisedBy: null; resultsId: string };
    expect(v.notes).to.equal('Svar');
    expect(v.promisedBy).to.equal(null);
    expect(v.resultsId).to.equal('12');
  });
});

describe('the whole story: send feedback, follow the link, see the status change', () => {
  for (const adapter of ['open311', 'json'] as const) {
    it(`${adapter}: the confirmation links to the status page, which shows the feedback; a change on the server shows on the next look`, async () => {
      const run = runId(`story-${adapter}`);
      const base = `/api/fbs/ok/${run}/${adapter}${adapter === 'open311' ? '/' : ''}`;
      const statusPage = `/test/pages/feedback-status.html?adapter=${adapter}&endpoint=${encodeURIComponent(base)}`;
      container.lang = 'fi';
      const form = document.createElement('osa-feedback') as OsaFeedback;
      for (const [k, v] of Object.entries({ adapter, endpoint: base, 'service-code': '171', 'status-url': statusPage, phone: '09 310 12345' })) form.setAttribute(k, v);
      // Today's real date on both pages: the service stores the real time of arrival.
      Object.assign(form, { minSeconds: 0, retryDelay: 50 });
      container.append(form);
      await form.updateComplete;
      const root = form.shadowRoot!;
      root.querySelector<HTMLElement>('#kind-1')!.click();
      const message = root.querySelector<HTMLTextAreaElement>('#message')!;
      message.value = 'Kotihoidon käynnit tulevat eri aikaan joka päivä.';
      message.dispatchEvent(new Event('input'));
      root.querySelector<HTMLElement>('#reply-0')!.click();
      await form.updateComplete;
      const email = root.querySelector<HTMLInputElement>('#email')!;
      email.value = 'aino.asukas@example.fi';
      email.dispatchEvent(new Event('input'));
      await form.updateComplete;
      root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      const confirmation = await waitFor(() => root.querySelector('[data-confirmation]'), 'the confirmation');
      const reference = adapter === 'open311' ? '2026-00201' : 'PAL-2026001';
      expect(text(confirmation)).to.contain(reference).and.to.contain('Vastaamme sinulle viimeistään');
      const link = confirmation.querySelector<HTMLAnchorElement>('[part=follow] a')!;
      expect(link.textContent).to.equal('Seuraa palautettasi');
      expect(text(confirmation.querySelector('[part=follow]')!)).to.contain('Tallenna tämä linkki');
      const href = new URL(link.href);
      expect(href.hash, 'the number and the day travel in the fragment, never to a server log').to.equal(`#reference=${reference}&sent=${helsinkiDay(new Date())}`);
      expect(href.pathname + href.search).to.equal(statusPage);

      // Follow the link: the status page in a frame, as the person's browser would open it.
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 800px; height: 900px';
      frame.src = link.href;
      document.body.append(frame);
      try {
        const statusEl = await waitFor(() => frame.contentDocument?.querySelector<OsaFeedbackStatus>('osa-feedback-status')?.shadowRoot?.querySelector('[part=result]') && frame.contentDocument!.querySelector<OsaFeedbackStatus>('osa-feedback-status')!, 'the status page to show the feedback');
        const shown = () => statusEl.shadowRoot!.querySelector('[part=result]')?.textContent?.replace(/\s+/g, ' ') ?? '';
        expect(shown()).to.contain(`Palautteesi ${reference}`).and.to.contain('Tilanne: Vastaanotettu');
        expect(statusEl.shadowRoot!.querySelector<HTMLInputElement>('#reference')!.value).to.equal(reference);

        // A case worker answers; the person looks again with the same number.
        await setStatus(run, reference, { status: 'answered', notes: 'Käyntiajat sovitaan nyt kahden tunnin tarkkuudella.' });
        statusEl.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
        await waitFor(() => shown().includes('Tilanne: Vastattu'), 'the new status');
        expect(shown()).to.contain('Käyntiajat sovitaan nyt kahden tunnin tarkkuudella.').and.to.contain('joten pidimme lupauksemme');
        expect((await log(run)).map((l) => l.method)).to.deep.equal(['GET', 'GET']);
      } finally {
        frame.remove();
      }
    });
  }
});
