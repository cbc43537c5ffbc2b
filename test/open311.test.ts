// <osa-feedback> and <osa-you-said-we-did> against Open311 servers as they really answer
// (test/servers/open311-real.mjs: Helsinki, Chicago, FixMyStreet and the spec's own examples).
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import '../src/feedback/register.js';
import '../src/you-said-we-did/register.js';
import type { OsaFeedback } from '../src/feedback/osa-feedback.js';
import type { OsaYouSaidWeDid } from '../src/you-said-we-did/osa-you-said-we-did.js';
import type { FeedbackData } from '../src/feedback/fields.js';
import { open311Errors, open311List, readServiceDefinition } from '../src/core/open311.js';
import { readServerMessage } from '../src/core/submit.js';
import { fromOpen311, readPage } from '../src/you-said-we-did/open311.js';
import { expectAccessible } from './helpers/axe.js';
import { deepActiveElement, press, tabTo, type, waitFor } from './helpers/browser.js';
import { captureWarnings, getJson, pageContainer, runId } from './helpers/fixtures.js';

interface Log { gets: string[]; posts: Record<string, string>[]; bodies: string[]; heads: { idempotencyKey: string | null; contentType: string | null }[]; preflights: number; tokenTries: number; stored: Record<string, string>[] }
const serverLog = (shape: string, run: string) => getJson<Log>(`/api/o311real/${shape}/${run}/log`);
interface JsonStats { bodies: FeedbackData[] }

const page = pageContainer();
let container: HTMLElement;
beforeEach(() => (container = page()));

async function mount(attrs: Record<string, string>, lang = 'fi'): Promise<OsaFeedback> {
  container.lang = lang;
  const el = document.createElement('osa-feedback') as OsaFeedback;
  for (const [k, v] of Object.entries({ phone: '09 310 12345', ...attrs })) el.setAttribute(k, v);
  Object.assign(el, { now: new Date('2026-11-23T09:00:00+02:00'), minSeconds: 0, retryDelay: 50, timeout: 3000, tokenDelay: 30 });
  container.append(el);
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const confirmation = (el: OsaFeedback) => waitFor(() => $(el, '[data-confirmation]'), 'the confirmation');
/** Chooses a kind of feedback, writes the message, wants no reply and presses Send (DOM events: these tests are about what the server answers). */
async function send(el: OsaFeedback, kind: number, message: string) {
  $(el, `#kind-${kind}`)!.click();
  const field = $<HTMLTextAreaElement>(el, '#message')!;
  field.value = message;
  field.dispatchEvent(new Event('input'));
  $(el, '#reply-1')!.click();
  await el.updateComplete;
  $(el, 'button[type=submit]')!.click();
}
const errorTexts = (el: OsaFeedback) => [...el.shadowRoot!.querySelectorAll('.error-summary a')].map((a) => a.textContent!.trim());

describe('Open311 feedback: Helsinki', () => {
  it('asks for the place and a long enough message with keys alone, and sends through a same-origin proxy without a key in the page', async () => {
    const run = runId('hel');
    const el = await mount({
      adapter: 'open311', endpoint: `/api/o311real/helsinki-proxy/${run}/`, 'service-code': '2807', 'min-length': '10', location: 'required',
      'service-object-id': '12345', 'service-object-type': 'https://www.hel.fi/palvelukarttaws/rest/v4/unit/',
    });
    expect(el.getAttribute('api-key')).to.equal(null);
    await tabTo((a) => a.id === 'kind-0');
    await press('ArrowDown');
    await tabTo((a) => a.id === 'message');
    await type('Liian');
    await tabTo((a) => a.id === 'address');
    expect($(el, 'label[for=address]')!.textContent).to.equal('Osoite tai paikka');
    await tabTo((a) => a.id === 'reply-0');
    await press('ArrowDown');
    await tabTo((a) => a.matches('button[type=submit]'));
    await press('Enter');
    await waitFor(() => errorTexts(el).length, 'the error summary');
    expect(errorTexts(el)).to.deep.equal(['Palaute on liian lyhyt. Kirjoita vähintään 10 merkkiä.', 'Kirjoita osoite tai paikan nimi']);
    expect((await serverLog('helsinki', run)).posts).to.have.length(0);
    await expectAccessible(el);
    await tabTo((a) => a.id === 'message', 40, true);
    // To the end of the text first, as a person would: where Tab puts the caret differs (WebKit: the start).
    await press('End');
    await type(' lyhyt ohje.');
    await tabTo((a) => a.id === 'address');
    await type('Kalasataman terveysasema');
    await tabTo((a) => a.matches('button[type=submit]'));
    await press('Enter');
    await confirmation(el);
    expect($(el, '.reference')!.textContent).to.match(/^Viitenumerosi: hel-/);
    // Helsinki's empty service_notice is no message.
    expect($(el, '.server-message')).to.equal(null);
    const { posts } = await serverLog('helsinki', run);
    expect(posts[0]).to.deep.equal({
      api_key: 'helsinki-secret-key', service_code: '2807', description: 'Liian lyhyt ohje.',
      service_object_id: '12345', service_object_type: 'https://www.hel.fi/palvelukarttaws/rest/v4/unit/', extensions: 'citysdk',
      address_string: 'Kalasataman terveysasema', address: 'Kalasataman terveysasema',
    });
  });

  it('never shows a broken JSON body: the 403 says in plain words that the form was not accepted', async () => {
    const el = await mount({ adapter: 'open311', endpoint: `/api/o311real/helsinki/${runId()}/`, 'service-code': '2807', 'api-key': 'published-key', lat: '60.17', long: '24.94' }, 'sv');
    await send(el, 1, 'Dörren är tung att öppna.');
    const failure = await waitFor(() => $(el, '.failure'), 'the failure box');
    expect(failure.textContent).to.contain('Responstjänsten godkände inte');
    expect(el.shadowRoot!.textContent).not.to.contain('"code"');
    expect($(el, '.server-message')).to.equal(null);
  });

  it('shows every description of an error array', async () => {
    const el = await mount({ adapter: 'open311', endpoint: `/api/o311real/helsinki-proxy/${runId()}/`, 'service-code': '2807' }, 'en');
    await send(el, 1, 'Too short');
    const q = await waitFor(() => $(el, '.server-message q'), 'the server message');
    expect(q.textContent).to.equal('Description must be between 10 and 5000 characters. Location is required: lat/long or service_object_id.');
  });
});

describe('Open311 feedback: Chicago', () => {
  it('asks the questions of a service definition in order, checks required ones, sends attribute[code] and resolves the token', async () => {
    const run = runId('chi');
    const el = await mount({
      adapter: 'open311', endpoint: `/api/o311real/chicago/${run}/`, 'jurisdiction-id': 'cityofchicago.org',
      lat: '41.8781', long: '-87.6298', 'address-string': '121 N LaSalle St',
    }, 'en');
    const topic = await waitFor(() => $<HTMLSelectElement>(el, '#topic'), 'the service list');
    await tabTo((a) => a.id === 'kind-0');
    await press('ArrowDown'); // a problem
    await tabTo((a) => a === topic);
    await press('ArrowDown'); // Graffiti Removal
    await waitFor(() => $(el, '#attr-1'), 'the service questions');
    const labels = [...el.shadowRoot!.querySelectorAll('[id^=attr-] , .attribute-info')].map((n) => n.id || n.className);
    expect(labels.slice(0, 2)).to.deep.equal(['attribute-info', 'attr-1']);
    expect($(el, '.attribute-info')!.textContent).to.equal('We remove graffiti from public property only.');
    expect($(el, 'label[for=attr-1]')!.textContent!.trim()).to.equal('What is the graffiti on?');
    expect($(el, 'label[for=attr-2]')!.textContent).to.contain('How many tags are there?').and.to.contain('(optional)');
    expect($(el, '#attr-3 legend')!.textContent).to.contain('When have you seen it?');
    expect($<HTMLInputElement>(el, '#attr-4')!.type).to.equal('datetime-local');
    expect($(el, '#attr-5')!.tagName).to.equal('TEXTAREA');
    await tabTo((a) => a.id === 'message');
    await type('Paint on the wall by the door.');
    await tabTo((a) => a.id === 'reply-0');
    await press('ArrowDown');
    await tabTo((a) => a.matches('button[type=submit]'));
    await press('Enter');
    await waitFor(() => errorTexts(el).length, 'the error summary');
    expect(errorTexts(el)).to.deep.equal(['Answer this question: What is the graffiti on?']);
    await expectAccessible(el);
    await tabTo((a) => a.id === 'attr-1', 40, true);
    await press('ArrowDown'); // A wall
    await press('Tab');
    expect(deepActiveElement()?.id).to.equal('attr-2');
    await type('3');
    await press('Tab');
    await press('Space'); // Mornings
    await press('Tab');
    await press('Space'); // Evenings
    await tabTo((a) => a.matches('button[type=submit]'));
    await press('Enter');
    await confirmation(el);
    // The first GET tokens/… finds nothing yet; the second gives the request id, which is the reference.
    expect($(el, '.reference')!.textContent).to.match(/^Your reference number: SR26-/);
    const log = await serverLog('chicago', run);
    expect(log.tokenTries).to.equal(2);
    expect(log.gets.every((g) => g.includes('jurisdiction_id=cityofchicago.org')), log.gets.join()).to.equal(true);
    expect(log.gets.filter((g) => g.startsWith('services/'))).to.deep.equal(['services/4fd3b167e750846744000005.json?jurisdiction_id=cityofchicago.org&locale=en']);
    const body = new URLSearchParams(log.bodies[0]);
    expect(Object.fromEntries(body)).to.deep.include({
      jurisdiction_id: 'cityofchicago.org', service_code: '4fd3b167e750846744000005', description: 'Paint on the wall by the door.',
      lat: '41.8781', long: '-87.6298', address_string: '121 N LaSalle St', 'attribute[SURFACE]': 'WALL', 'attribute[COUNT]': '3',
    });
    expect(body.getAll('attribute[SEEN][]')).to.deep.equal(['1', '2']);
    expect(body.has('attribute[kind]') || body.has('locale') || body.has('attribute[NOTICE]')).to.equal(false);
  });

  it('sends attribute[kind] only for a service whose definition asks for it, and locale only when opted in', async () => {
    const run = runId('chi-kind');
    const el = await mount({
      adapter: 'open311', endpoint: `/api/o311real/chicago/${run}/`, 'service-code': '4ffa4c69601827691b000018', 'send-locale': '',
      lat: '41.88', long: '-87.63', 'address-string': 'City Hall',
    }, 'en');
    await waitFor(() => Array.isArray(el.definitions.get('4ffa4c69601827691b000018')), 'the definition');
    expect(el.shadowRoot!.querySelector('[id^=attr-]'), 'kind is asked by the kind question, not again').to.equal(null);
    await send(el, 2, 'A bike rack by the door would help.');
    await confirmation(el);
    const form = (await serverLog('chicago', run)).posts[0];
    expect([form['attribute[kind]'], form.locale]).to.deep.equal(['idea', 'en']);
  });
});

describe('Open311 feedback: jurisdictions and the JSON adapter', () => {
  it("keeps the endpoint's own ?jurisdiction_id= and reads FixMyStreet's wrapped service list", async () => {
    const run = runId('fms');
    const el = await mount({ adapter: 'open311', endpoint: `/api/o311real/fixmystreet/${run}/?jurisdiction_id=fms.example`, 'service-code': 'Potholes', 'address-string': 'High St' }, 'en');
    await waitFor(() => $(el, '#topic'), 'the service list');
    expect([...el.shadowRoot!.querySelectorAll('#topic option')].map((o) => o.textContent)).to.deep.equal(['Choose a service', 'Potholes', 'Street lighting']);
    expect((await serverLog('fixmystreet', run)).gets).to.deep.equal(['services.json?jurisdiction_id=fms.example&locale=en']);
  });

  it('sends the place as place: {…} with the JSON adapter, the typed address first', async () => {
    const run = runId('json-place');
    const el = await mount({ endpoint: `/api/feedback/ok/${run}`, location: 'ask', 'service-object-id': 'tpr:51342', 'address-string': 'Kalasatama', lat: '60.187', long: '24.977', 'address-id': 'A-1' }, 'en');
    expect($(el, 'label[for=address]')!.textContent).to.contain('(optional)');
    $(el, '#kind-0')!.click();
    for (const [id, value] of [['message', 'Friendly staff at the desk.'], ['address', 'Työpajankatu 14']]) {
      const input = $<HTMLInputElement>(el, `#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    }
    $(el, '#reply-1')!.click();
    await el.updateComplete;
    $(el, 'button[type=submit]')!.click();
    await confirmation(el);
    const body = (await getJson<JsonStats>(`/api/feedback-stats/${run}`)).bodies[0];
    expect(body.place).to.deep.equal({ serviceObjectId: 'tpr:51342', lat: 60.187, long: 24.977, addressString: 'Työpajankatu 14', addressId: 'A-1' });
    expect(body).not.to.have.property('attributes');
  });
});

describe('Open311 feedback: settings a real server refuses', () => {
  it('warns the web team about service-object-id without service-object-type (Helsinki and the 6Aika server need both)', async () => {
    const capture = captureWarnings();
    try {
      await mount({ adapter: 'open311', endpoint: `/api/o311real/helsinki/${runId()}/`, 'service-code': '2807', 'service-object-id': '12345' }, 'en');
      await waitFor(() => capture.warnings.some((w) => w.includes('without service-object-type')), 'the warning');
      capture.warnings.length = 0;
      await mount({ adapter: 'open311', endpoint: `/api/o311real/helsinki/${runId()}/`, 'service-code': '2807', 'service-object-id': '12345', 'service-object-type': 'https://www.hel.fi/palvelukarttaws/rest/v4/unit/' }, 'en');
      await new Promise((r) => setTimeout(r, 200));
      expect(capture.warnings.filter((w) => w.includes('service-object-type')), 'not with both').to.deep.equal([]);
    } finally {
      capture.restore();
    }
  });
});

describe('Open311 feedback: only a confirmed request counts as sent, and nothing is sent twice by itself', () => {
  /** The same fixture from another origin (127.0.0.1 ↔ localhost), as a city's Open311 server is. */
  const otherOrigin = (path: string) => `http://${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}${path}`;
  const failureText = (el: OsaFeedback) => waitFor(() => $(el, '.failure')?.textContent?.replace(/\s+/g, ' ').trim(), 'the failure');

  it("reads Mark-a-Spot's answer ({service_requests: {request: {…}}}), from another origin with no preflight and no Idempotency-Key", async () => {
    const run = runId('mas');
    const el = await mount({ adapter: 'open311', endpoint: otherOrigin(`/api/o311real/markaspot/${run}/`), 'service-code': 'roads', 'address-string': 'Kauppatori' }, 'en');
    await send(el, 0, 'The bench by the bus stop is broken.');
    await confirmation(el);
    expect($(el, '[data-confirmation]')!.textContent).to.contain('41-2026');
    const l = await serverLog('markaspot', run);
    expect(l.posts).to.have.length(1);
    // Open311 servers store every POST anew and answer no preflight: no key header, so no preflight.
    expect(l.heads[0]).to.deep.equal({ idempotencyKey: null, contentType: 'application/x-www-form-urlencoded; charset=utf-8' });
    expect(l.preflights).to.equal(0);
  });

  it("does not take another report's id for this one: FixMyStreet's read-only server answers a POST with a list", async () => {
    const run = runId('fms-post');
    const el = await mount({ adapter: 'open311', endpoint: `/api/o311real/fixmystreet/${run}/?jurisdiction_id=fms.example`, 'service-code': 'Potholes', 'address-string': 'High St' }, 'en');
    await waitFor(() => $(el, '#topic'), 'the service list');
    const topic = $<HTMLSelectElement>(el, '#topic')!;
    topic.value = 'Potholes';
    topic.dispatchEvent(new Event('change'));
    await send(el, 0, 'A deep pothole outside the library.');
    expect(await failureText(el)).to.contain('did not confirm that your text arrived');
    expect($(el, '[data-confirmation]')).to.equal(null);
    expect($<HTMLTextAreaElement>(el, '#message')!.value, 'the text is kept').to.equal('A deep pothole outside the library.');
    expect((await serverLog('fixmystreet', run)).posts, 'sent once, not again by itself').to.have.length(1);
  });

  it('the 6Aika server keeps the place only when the POST asks for its CitySDK extension, and reads the address as `address`', async () => {
    const run = runId('6aika-post');
    // A unit id is not a place there: a request needs lat + long or an address, or the server fails (500).
    const el = await mount({
      adapter: 'open311', endpoint: `/api/o311real/sixaika/${run}/`, 'service-code': 'pothole',
      'service-object-id': '28473', 'service-object-type': 'https://www.hel.fi/palvelukarttaws/rest/v4/unit/', 'address-string': 'Kirjastokatu 1',
    }, 'en');
    await send(el, 0, 'The ramp at the health centre door is icy.');
    await confirmation(el);
    expect($(el, '[data-confirmation]')!.textContent).to.contain('2026-00001');
    const l = await serverLog('sixaika', run);
    expect(l.posts[0].extensions).to.equal('citysdk');
    expect(l.posts[0]).to.include({ address_string: 'Kirjastokatu 1', address: 'Kirjastokatu 1' });
    expect(l.stored[0]).to.include({ service_object_id: '28473', service_object_type: 'https://www.hel.fi/palvelukarttaws/rest/v4/unit/', address: 'Kirjastokatu 1' });
  });

  it('a 400 that names the service code or the API key is the form\'s settings, not what the person wrote (6Aika: "Service code … is invalid")', async () => {
    const run = runId('6aika-code');
    const el = await mount({ adapter: 'open311', endpoint: `/api/o311real/sixaika/${run}/`, 'service-code': 'kuoppa', lat: '60.45', long: '22.27' }, 'en');
    await send(el, 0, 'The ramp at the health centre door is icy.');
    const text = await failureText(el);
    expect(text).to.contain('not connected to a feedback service');
    expect(text).to.not.contain('Check what you wrote');
    expect($<HTMLTextAreaElement>(el, '#message')!.value, 'the text is kept').to.equal('The ramp at the health centre door is icy.');
  });

  it('asks for no extension without a place id and type: with it, the 6Aika server would refuse an id without a type', async () => {
    const places: Record<string, string>[] = [{ lat: '60.45', long: '22.27' }, { 'service-object-id': '28473', lat: '60.45', long: '22.27' }];
    for (const place of places) {
      const run = runId('6aika-plain');
      const capture = captureWarnings();
      try {
        const el = await mount({ adapter: 'open311', endpoint: `/api/o311real/sixaika/${run}/`, 'service-code': 'pothole', ...place }, 'en');
        await send(el, 0, 'The ramp at the health centre door is icy.');
        await confirmation(el);
      } finally {
        capture.restore();
      }
      expect((await serverLog('sixaika', run)).posts[0]).to.not.have.property('extensions');
    }
  });

  it('fails as unconfirmed on an HTML page with status 200 (FixMyStreet without jurisdiction_id)', async () => {
    const run = runId('fms-html');
    const el = await mount({ adapter: 'open311', endpoint: `/api/o311real/fixmystreet/${run}/`, 'service-code': 'Potholes', 'address-string': 'High St' }, 'fi');
    await send(el, 0, 'Syvä kuoppa kirjaston edessä.');
    expect(await failureText(el)).to.contain('ei vahvistanut, että tekstisi tuli perille');
    expect($<HTMLTextAreaElement>(el, '#message')!.value).to.equal('Syvä kuoppa kirjaston edessä.');
  });

  it('does not send again by itself after a server fault (the request may have been stored); "Try again" sends once more', async () => {
    const run = runId('mas-500');
    const el = await mount({ adapter: 'open311', endpoint: `/api/o311real/markaspot/${run}/`, 'service-code': 'roads', 'address-string': 'Kauppatori' }, 'en');
    await send(el, 0, 'FAIL 500');
    await failureText(el);
    await new Promise((r) => setTimeout(r, 300));
    expect((await serverLog('markaspot', run)).posts, 'one POST: no automatic repeat').to.have.length(1);
    $(el, '.failure button')!.click();
    await waitFor(async () => (await serverLog('markaspot', run)).posts.length === 2, 'the second POST');
  });
});

// ---- the board ----

async function board(template: unknown, lang = 'fi'): Promise<OsaYouSaidWeDid> {
  container.lang = lang;
  render(template, container);
  const el = container.querySelector('osa-you-said-we-did') as OsaYouSaidWeDid;
  await waitFor(() => el.shadowRoot?.querySelector('article, .error, .box--info'), 'the board to load');
  return el;
}
const said = (el: Element, id: string) => $(el, `article[data-id="${id}"] dd`);
/** The day (YYYY-MM-DD, UTC) `days` days ago, for `since`. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
/** A board loaded as `board` does, with the console warnings it gave meanwhile. */
async function boardWarned(template: unknown, lang = 'fi'): Promise<[OsaYouSaidWeDid, string[]]> {
  const capture = captureWarnings();
  try {
    return [await board(template, lang), capture.warnings];
  } finally {
    capture.restore();
  }
}

describe('Open311 board', () => {
  it('Helsinki: entities decoded and tags removed, empty service names from services.json, untranslated text marked with source-lang', async () => {
    const run = runId('hel-board');
    const el = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/helsinki/${run}/" source-lang="fi" since="2026-01-01"></osa-you-said-we-did>`, 'sv');
    const first = said(el, 'a1b2c3')!;
    expect(first.textContent).to.equal('Sivun "Ajanvaraus" linkki ei toimi.');
    expect(first.getAttribute('lang')).to.equal('fi');
    expect($(el, 'article[data-id="a1b2c3"] b')).to.equal(null);
    expect($(el, 'article[data-id="a1b2c3"] .meta')!.textContent).to.contain('Hälsostationer');
    expect($(el, 'article[data-id="a1b2c3"] .meta span')!.hasAttribute('lang')).to.equal(false);
    const { gets } = await serverLog('helsinki', run);
    expect(gets).to.deep.equal([
      'requests.json?locale=sv&extensions=true&start_date=2026-01-01T00%3A00%3A00%2B02%3A00&page_size=100',
      'services.json?locale=sv',
    ]);
    await expectAccessible(el);
  });

  it('FixMyStreet: needs jurisdiction-id, reads {"requests": [{"request": […]}]}', async () => {
    const capture = captureWarnings();
    try {
      const without = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/fixmystreet/${runId()}/"></osa-you-said-we-did>`, 'en');
      expect($(without, '.error')!.textContent).to.contain('mistake in the data');
    } finally {
      capture.restore();
    }
    const run = runId('fms-board');
    const el = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/fixmystreet/${run}/" jurisdiction-id="fms.example"></osa-you-said-we-did>`, 'en');
    expect(said(el, '101')!.textContent).to.equal('Deep pothole: Outside the library');
    expect($(el, 'article[data-id="101"] .status')!.textContent).to.contain('Done');
    expect((await serverLog('fixmystreet', run)).gets[0]).to.match(/^requests\.json\?jurisdiction_id=fms\.example&/);
  });

  it("the spec's example: a null description shows the service name; only a request with neither id nor text is left out", async () => {
    const [el] = await boardWarned(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/spec/${runId()}/"></osa-you-said-we-did>`, 'en');
    expect([...el.shadowRoot!.querySelectorAll('article')].map((a) => a.dataset.id)).to.have.members(['638344', '638349']);
    expect(said(el, '638349')!.textContent).to.equal('Sidewalk and Curb Issues');
    // A short answer that reaches back years is all there is: no "Show more results".
    expect($(el, 'button.more')).to.equal(null);
  });

  it('Chicago: pages with page and page_size, and "Show more results" asks for the next page with a key press', async () => {
    const run = runId('chi-board');
    const el = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/chicago/${run}/" page-size="50"></osa-you-said-we-did>`, 'en');
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(50);
    // Chicago's own data has requests without a description: the service name is what was said.
    expect(said(el, 'SR26-00100')!.textContent).to.equal('Pothole in Street');
    $(el, 'button.more')!.click();
    await waitFor(() => el.shadowRoot!.querySelectorAll('article').length === 100, '100 shown');
    const more = $<HTMLButtonElement>(el, 'button.more')!;
    expect(more.textContent!.trim()).to.equal('Show more results');
    more.focus();
    await press('Enter');
    await waitFor(() => el.shadowRoot!.querySelectorAll('article').length === 130, 'the second page');
    expect($(el, 'button.more')).to.equal(null);
    expect(deepActiveElement()?.matches('article')).to.equal(true);
    const { gets } = await serverLog('chicago', run);
    expect(gets.map((g) => new URLSearchParams(g.split('?')[1]).get('page'))).to.deep.equal([null, '2']);
  });
});

describe('Open311 board: Libre311, which counts pages from 0', () => {
  it('shows the newest requests first and pages on without a gap; in_progress and assigned are "in progress"', async () => {
    const run = runId('libre311');
    const el = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/libre311/${run}/" page-size="100"></osa-you-said-we-did>`, 'en');
    const ids = () => [...el.shadowRoot!.querySelectorAll('article')].map((a) => a.dataset.id);
    // Its first page is page 0: page=1 would have been requests 150 … 51, and the newest 100 never shown.
    expect(ids()).to.have.length(100);
    expect(ids()[0]).to.equal('250');
    expect(ids()[99]).to.equal('151');
    expect($(el, 'article[data-id="250"] .status')!.textContent).to.contain('In progress'); // assigned
    expect($(el, 'article[data-id="249"] .status')!.textContent).to.contain('In progress'); // in_progress
    expect($(el, 'article[data-id="248"] .status')!.textContent).to.contain('Received'); // open
    expect($(el, 'article[data-id="247"] .status')!.textContent).to.contain('Done'); // closed
    const more = () => $<HTMLButtonElement>(el, 'button.more');
    more()!.focus();
    await press('Enter');
    await waitFor(() => ids().length === 200, 'the next page');
    expect(ids().slice(100, 102)).to.deep.equal(['150', '149']);
    more()!.focus();
    await press('Enter');
    await waitFor(() => ids().length === 250, 'the last page');
    expect(new Set(ids()).size).to.equal(250);
    expect(ids().at(-1)).to.equal('1');
    const { gets } = await serverLog('libre311', run);
    expect(gets.map((g) => new URLSearchParams(g.split('?')[1]).get('page'))).to.deep.equal([null, '1', '2']);
  });
});

describe('Open311 board: the end of the pages', () => {
  it('a 404 for the page past the end (the 6Aika server, 100 requests) means no more: no error, "Show more" goes away', async () => {
    const run = runId('6aika');
    const el = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/sixaika/${run}/" page-size="50"></osa-you-said-we-did>`, 'en');
    $(el, 'button.more')!.click();
    await waitFor(() => el.shadowRoot!.querySelectorAll('article').length === 100, '100 shown');
    $<HTMLButtonElement>(el, 'button.more')!.focus();
    await press('Enter');
    await waitFor(async () => (await serverLog('sixaika', run)).gets.length === 2, 'the second page asked for');
    await waitFor(() => !$(el, 'button.more'), '"Show more" to go');
    // The button the focus was on is gone: the count of results takes it, not the page's body.
    await waitFor(() => deepActiveElement()?.id === 'count', 'focus on the count');
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(100);
    expect($(el, '.error, [part=failure], .box--warning'), 'no error shown').to.equal(null);
  });
});

describe('Open311 board: a server that does not page', () => {
  it('FixMyStreet answers page 2 with page 1 again: the same "Show more" asks for older requests by date windows, until none come', async () => {
    const run = runId('fms-archive');
    const el = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/fixmystreet-archive/${run}/" jurisdiction-id="fms.example" page-size="120"></osa-you-said-we-did>`, 'en');
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(120);
    const more = () => $<HTMLButtonElement>(el, 'button.more');
    expect(more()!.textContent!.trim()).to.equal('Show more results');
    more()!.focus();
    await press('Enter');
    // Page 2 brought only what was loaded, so the window before the earliest report (30 November − 119 days) was asked for: 90 days.
    await waitFor(() => el.shadowRoot!.querySelectorAll('article').length === 210, 'the first date window');
    expect(deepActiveElement()?.matches('article'), 'focus on the first new entry').to.equal(true);
    expect(said(el, '4881')!.textContent).to.equal('Report 4881: Detail');
    more()!.focus();
    await press('Enter');
    await waitFor(() => el.shadowRoot!.querySelectorAll('article').length === 300, 'the second date window');
    // The window before the oldest report brings nothing: "Show more" goes, and the count of results has the focus.
    more()!.focus();
    await press('Enter');
    await waitFor(() => !more(), '"Show more" to go');
    await waitFor(() => deepActiveElement()?.id === 'count', 'focus on the count');
    expect(deepActiveElement()!.textContent!.trim()).to.equal('300 results');
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(300);
    const asked = (await serverLog('fixmystreet-archive', run)).gets.map((g) => Object.fromEntries(new URLSearchParams(g.split('?')[1])));
    expect(asked.map((q) => [q.page ?? '', q.start_date ?? '', q.end_date ?? ''])).to.deep.equal([
      ['', '', ''],
      ['2', '', ''],
      ['', '2026-05-05T09:00:00Z', '2026-08-03T09:00:00+00:00'],
      ['', '2026-02-04T09:00:00Z', '2026-05-05T09:00:00+00:00'],
      ['', '2025-11-06T09:00:00Z', '2026-02-04T09:00:00+00:00'],
      // Nothing in that window: the press goes on back, up to four more empty windows (about a year).
      ['', '2025-08-08T09:00:00Z', '2025-11-06T09:00:00Z'],
      ['', '2025-05-10T09:00:00Z', '2025-08-08T09:00:00Z'],
      ['', '2025-02-09T09:00:00Z', '2025-05-10T09:00:00Z'],
      ['', '2024-11-11T09:00:00Z', '2025-02-09T09:00:00Z'],
    ]);
  });

  it('a report published between the first answer and "Show more": page 2 is page 1 again with one new report, so it goes on by date', async () => {
    const run = runId('fms-live');
    const el = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/fixmystreet-live/${run}/" jurisdiction-id="fms.example" page-size="120"></osa-you-said-we-did>`, 'en');
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(120);
    $<HTMLButtonElement>(el, 'button.more')!.focus();
    await press('Enter');
    // The new report, and the window before the earliest loaded (90 reports): not one more "page" of one report.
    await waitFor(() => el.shadowRoot!.querySelectorAll('article').length === 211, 'the new report and the first date window');
    expect(said(el, '5001')!.textContent).to.equal('Report 5001: Detail');
    const asked = (await serverLog('fixmystreet-live', run)).gets.map((g) => new URLSearchParams(g.split('?')[1]));
    expect(asked.map((q) => [q.get('page'), q.get('end_date')])).to.deep.equal([[null, null], ['2', null], [null, '2026-08-03T09:00:00+00:00']]);
  });

  it('a date window never starts before since, and the one that reaches since is the last', async () => {
    const run = runId('fms-since');
    const el = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/fixmystreet-archive/${run}/" jurisdiction-id="fms.example" since="2026-07-01" page-size="150"></osa-you-said-we-did>`, 'en');
    expect(el.shadowRoot!.querySelectorAll('article')).to.have.length(120);
    $(el, 'button.more')!.click();
    // From 1 July to the earliest loaded (3 August): the 33 reports since 1 July that the first answer left out.
    await waitFor(() => el.shadowRoot!.querySelectorAll('article').length === 153, 'the window down to since');
    expect($(el, 'button.more'), 'nothing before since is asked for').to.equal(null);
    const asked = (await serverLog('fixmystreet-archive', run)).gets.map((g) => new URLSearchParams(g.split('?')[1]));
    // since is midnight in Helsinki (summer time: +03:00), not in UTC.
    expect(asked.map((q) => [q.get('start_date'), q.get('end_date')])).to.deep.equal([
      ['2026-07-01T00:00:00+03:00', null],
      ['2026-07-01T00:00:00+03:00', null],
      ['2026-07-01T00:00:00+03:00', '2026-08-03T09:00:00+00:00'],
    ]);
  });
});

describe("Open311 board: a short first answer of the last 90 days (the spec's default range)", () => {
  const articles = (el: OsaYouSaidWeDid) => el.shadowRoot!.querySelectorAll('article').length;

  it('"Show more results" asks for the 90 days before the earliest request, window by window, until none come', async () => {
    const run = runId('spec-recent');
    const el = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/spec-recent/${run}/" page-size="50"></osa-you-said-we-did>`, 'en');
    // 30 requests, fewer than a page (100): a paging server would have no more, but these are only the last 90 days.
    expect(articles(el)).to.equal(30);
    const more = () => $<HTMLButtonElement>(el, 'button.more');
    expect(more()!.textContent!.trim()).to.equal('Show more results');
    more()!.focus();
    await press('Enter');
    await waitFor(() => articles(el) === 60, 'the 90 days before');
    // 30 were shown (a page holds 50): the first new one is the 31st.
    await waitFor(() => deepActiveElement()?.matches('article[data-id="R970"]'), 'focus on the first new entry');
    expect(said(el, 'R970')!.textContent).to.equal('Request 970');
    more()!.focus();
    await press('Enter');
    await waitFor(() => articles(el) === 90, 'the next 90 days');
    more()!.focus();
    await press('Enter');
    await waitFor(() => !more(), '"Show more" to go');
    await waitFor(() => deepActiveElement()?.id === 'count', 'focus on the count');
    expect(deepActiveElement()!.textContent!.trim()).to.equal('90 results');
    const asked = (await serverLog('spec-recent', run)).gets.map((g) => new URLSearchParams(g.split('?')[1]));
    // The first answer, a window per press, and after the last one four more empty windows (about a year).
    expect(asked.map((q) => [q.get('page'), q.has('start_date'), q.has('end_date')])).to.deep.equal([
      [null, false, false], ...Array.from({ length: 7 }, () => [null, true, true]),
    ]);
    // Each window ends at the earliest request loaded and spans 90 days.
    for (const q of asked.slice(1)) {
      expect(Date.parse(q.get('end_date')!) - Date.parse(q.get('start_date')!)).to.equal(90 * 86_400_000);
    }
    // The earliest of the first answer was made 88 days ago (one every 3 days from yesterday).
    expect(Date.parse(asked[1].get('end_date')!)).to.be.closeTo(Date.now() - 88 * 86_400_000, 3_600_000);
  });

  for (const shape of ['spec-gaps', 'spec-gaps-404']) {
    it(`months with nothing (a seasonal service${shape.endsWith('404') ? ', empty searches answered 404' : ''}): one press goes on back past them`, async () => {
      const run = runId(shape);
      const el = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/${shape}/${run}/?service_code=021" page-size="50"></osa-you-said-we-did>`, 'en');
      expect(articles(el)).to.equal(10);
      $<HTMLButtonElement>(el, 'button.more')!.focus();
      await press('Enter');
      // The 90 days before the earliest hold only it, the 90 before those nothing; the third window has 16.
      await waitFor(() => articles(el) === 26, 'the requests from before the gap');
      await waitFor(() => deepActiveElement()?.matches('article[data-id="R1900"]'), 'focus on the first new entry');
      expect(said(el, 'R1900')!.textContent).to.equal('Request 1900');
      expect($(el, '.error, [part=failure], .box--warning'), 'no error shown').to.equal(null);
      const asked = (await serverLog(shape, run)).gets.map((g) => new URLSearchParams(g.split('?')[1]));
      expect(asked.map((q) => [q.get('service_code'), q.has('end_date')])).to.deep.equal([['021', false], ['021', true], ['021', true], ['021', true]]);
    });
  }

  // 2026-02-30 is read by Chrome's Date.parse as 2 March, so it was sent as it was.
  for (const bad of ['2026-13-45', '2026-02-30']) {
    it(`a since that is no real day (${bad}) is warned about and all requests are asked for: the board still loads`, async () => {
      const run = runId('spec-recent-bad-since');
      const [el, warnings] = await boardWarned(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/spec-recent/${run}/" since=${bad} page-size="50"></osa-you-said-we-did>`, 'en');
      expect(articles(el)).to.equal(30);
      expect(warnings.some((w) => w.includes(`since "${bad}" is not a day`))).to.equal(true);
      expect((await serverLog('spec-recent', run)).gets[0]).to.not.contain('start_date');
    });
  }

  it('not when since is within those days: nothing before since is asked for', async () => {
    const run = runId('spec-recent-since');
    const since = daysAgo(30);
    const el = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/spec-recent/${run}/" since=${since} page-size="50"></osa-you-said-we-did>`, 'en');
    expect(articles(el)).to.equal(30);
    expect($(el, 'button.more')).to.equal(null);
    expect((await serverLog('spec-recent', run)).gets).to.have.length(1);
  });
});

describe('Open311 board: an empty first answer (nothing in the last 90 days)', () => {
  const articles = (el: OsaYouSaidWeDid) => el.shadowRoot!.querySelectorAll('article').length;
  const asked = async (shape: string, run: string) => (await serverLog(shape, run)).gets.map((g) => new URLSearchParams(g.split('?')[1]));

  it('a summer service in winter: the board looks back by date and shows the requests from before, with "Show more results"', async () => {
    const run = runId('spec-season');
    const el = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/spec-season/${run}/?service_code=021" page-size="50"></osa-you-said-we-did>`, 'en');
    // Nothing in the first answer (the last 90 days) nor in the first window (from yesterday back 90
    // days); the window before holds the requests made 150 to 180 days ago (one every 3 days).
    expect(articles(el)).to.equal(11);
    expect($(el, '.box--info'), 'not "Nothing has been published"').to.equal(null);
    expect(said(el, 'R3000')!.textContent).to.equal('Request 3000');
    const first = await asked('spec-season', run);
    expect(first.map((q) => [q.get('service_code'), q.get('page'), q.has('start_date'), q.has('end_date')])).to.deep.equal([
      ['021', null, false, false], ['021', null, true, true], ['021', null, true, true],
    ]);
    // The first window ends yesterday (it overlaps the default range), the next where it began.
    expect(Date.parse(first[1].get('end_date')!)).to.be.closeTo(Date.now() - 86_400_000, 3_600_000);
    expect(first[2].get('end_date')).to.equal(first[1].get('start_date'));
    for (const q of first.slice(1)) expect(Date.parse(q.get('end_date')!) - Date.parse(q.get('start_date')!)).to.equal(90 * 86_400_000);
    const more = $<HTMLButtonElement>(el, 'button.more')!;
    expect(more.textContent!.trim()).to.equal('Show more results');
    more.focus();
    await press('Enter');
    await waitFor(() => articles(el) === 20, 'the rest, from before');
    await waitFor(() => deepActiveElement()?.matches('article[data-id="R2989"]'), 'focus on the first new entry');
  });

  it('a service with nothing at all: after looking through the year before, "Nothing has been published here yet"', async () => {
    const run = runId('spec-empty');
    const el = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/spec-empty/${run}/"></osa-you-said-we-did>`, 'en');
    expect($(el, '.box--info')!.textContent!.trim()).to.equal('Nothing has been published here yet.');
    expect($(el, 'button.more')).to.equal(null);
    const windows = (await asked('spec-empty', run)).slice(1);
    // Five windows of 90 days from yesterday back (over a year), each ending where the one before began.
    expect(windows).to.have.length(5);
    windows.forEach((q, i) => {
      expect(Date.parse(q.get('end_date')!)).to.be.closeTo(Date.now() - 86_400_000 - i * 90 * 86_400_000, 3_600_000);
      if (i) expect(q.get('end_date')).to.equal(windows[i - 1].get('start_date'));
    });
  });

  it('a server that refuses searches by date (400): the empty first answer stands, with a warning for the web team', async () => {
    const run = runId('spec-no-dates');
    const [el, warnings] = await boardWarned(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/spec-no-dates/${run}/"></osa-you-said-we-did>`, 'en');
    expect($(el, '.box--info')!.textContent!.trim()).to.equal('Nothing has been published here yet.');
    expect($(el, '.error, [part=failure], .box--warning'), 'no load error').to.equal(null);
    expect(warnings.some((w) => w.includes('refused to be asked for earlier requests by date'))).to.equal(true);
    expect((await serverLog('spec-no-dates', run)).gets).to.have.length(2);
  });

  it('a server down while the board looks back (503): a load error the reader can try again, not "Nothing has been published"', async () => {
    const run = runId('spec-window-down');
    const [el] = await boardWarned(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/spec-window-down/${run}/"></osa-you-said-we-did>`, 'en');
    expect($(el, '.box--info'), 'not "Nothing has been published"').to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('We could not load the results.');
    expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.include('Try again');
  });

  it('a first answer with nothing to show (one request with neither id nor text) looks back too', async () => {
    const run = runId('spec-junk');
    const el = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/spec-junk/${run}/"></osa-you-said-we-did>`, 'en');
    expect(articles(el)).to.equal(11);
    expect(said(el, 'R3000')!.textContent).to.equal('Request 3000');
  });

  it('a since that is no day is warned about once, not again for each window', async () => {
    const run = runId('spec-empty-bad-since');
    const [el, warnings] = await boardWarned(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/spec-empty/${run}/" since="2026-13-45"></osa-you-said-we-did>`, 'en');
    expect($(el, '.box--info')!.textContent!.trim()).to.equal('Nothing has been published here yet.');
    expect((await serverLog('spec-empty', run)).gets).to.have.length(6);
    expect(warnings.filter((w) => w.includes('since "2026-13-45" is not a day'))).to.have.length(1);
  });

  it('not when since is within the last 90 days: the server was asked from since, and one answer is all', async () => {
    const run = runId('spec-empty-since');
    const since = daysAgo(30);
    const el = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/spec-empty/${run}/" since=${since}></osa-you-said-we-did>`, 'en');
    expect($(el, '.box--info')!.textContent!.trim()).to.equal('Nothing has been published here yet.');
    expect((await serverLog('spec-empty', run)).gets).to.have.length(1);
  });

  it('an older since: the windows stop at since', async () => {
    const run = runId('spec-season-since');
    const since = daysAgo(160);
    const el = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/spec-season/${run}/" since=${since} page-size="50"></osa-you-said-we-did>`, 'en');
    // Only the requests made 150 to 159 days ago are from since on; the spec server honours start_date.
    expect(articles(el)).to.equal(4);
    expect($(el, 'button.more')).to.equal(null);
    const all = await asked('spec-season', run);
    expect(all).to.have.length(3);
    expect(all[2].get('start_date')).to.match(new RegExp(`^${since}T00:00:00\\+0[23]:00$`));
  });
});

describe('Open311 board: "Show more results" while the board is loaded anew', () => {
  it('an answer for the old endpoint that comes after the new one is dropped, not shown', async () => {
    const run = runId('spec-slow');
    const el = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/o311real/spec-slow/${run}/" page-size="50"></osa-you-said-we-did>`, 'en');
    expect(el.shadowRoot!.querySelectorAll('article').length).to.equal(30);
    $<HTMLButtonElement>(el, 'button.more')!.focus();
    await press('Enter');
    // While the older requests are on their way (1.5 s), the page points the board elsewhere.
    await waitFor(async () => (await serverLog('spec-slow', run)).gets.length === 2, 'the search by date to be asked for');
    el.setAttribute('endpoint', `/api/o311real/spec/${run}/`);
    await waitFor(() => el.shadowRoot!.querySelector('article[data-id="638344"]'), 'the new endpoint\'s requests');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect([...el.shadowRoot!.querySelectorAll('article')].map((a) => a.dataset.id)).to.have.members(['638344', '638349']);
  });
});

describe('Open311 shapes (unit)', () => {
  it('a full first answer that is oldest first (Mark-a-Spot) is warned about; newest first is not', async () => {
    const settings = { lang: 'en' as const, untitled: 'Untitled', noReason: 'No reason' };
    const requests = Array.from({ length: 100 }, (_, i) => ({ service_request_id: `M${i}`, status: 'open', service_name: 'Roads', service_code: 'r',
      description: `Request ${i}`, requested_datetime: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString() }));
    for (const [list, warned] of [[requests, 1], [[...requests].reverse(), 0]] as const) {
      const warnings: string[] = [];
      await readPage(list, 'https://markaspot.example/georeport/v2/', 1, [], settings, (m) => warnings.push(m));
      expect(warnings.filter((w) => w.includes('oldest first'))).to.have.length(warned);
    }
  });

  it('requests without an id (Chicago, while being processed) keep their place-holder id from page to page, and two different ones never share it', async () => {
    const settings = { lang: 'en' as const, untitled: 'Untitled', noReason: 'No reason' };
    const pending = (text: string, at: string) => ({ service_request_id: null, token: null, status: 'open', service_name: 'Graffiti Removal', service_code: 'g', description: text, requested_datetime: at });
    const first = [pending('Graffiti on the bridge', '2026-11-30T10:00:00Z'), ...Array.from({ length: 3 }, (_, i) => ({ ...pending(`Graffiti ${i}`, '2026-11-29T10:00:00Z'), service_request_id: `SR-${i}` }))];
    // The next answer starts with another request still being processed, in the same place in the list.
    const second = [pending('Graffiti on the school wall', '2026-11-28T10:00:00Z'), { ...pending('Old graffiti', '2026-11-27T10:00:00Z'), service_request_id: 'SR-9' }];
    const one = await readPage(first, 'https://311.example/open311/v2/', 1, [], settings, () => {});
    const two = await readPage(second, 'https://311.example/open311/v2/', 2, one.raw, settings, () => {});
    expect(two.fresh, 'both requests of the second answer are new').to.equal(2);
    const ids = (two.raw as { id: string }[]).map((r) => r.id);
    expect(new Set(ids).size).to.equal(6);
    // The same request in a later answer (a server that does not page) is known by the same id.
    const again = await readPage(first, 'https://311.example/open311/v2/', 2, one.raw, settings, () => {});
    expect(again.fresh).to.equal(0);
  });

  it('reads plain, wrapped, Spark-style and FixMyStreet lists', () => {
    expect(open311List([1], 'requests')).to.deep.equal([1]);
    expect(open311List({ service_requests: [1] }, 'requests')).to.deep.equal([1]);
    expect(open311List({ service_requests: { request: [1] } }, 'requests')).to.deep.equal([1]);
    expect(open311List({ requests: [{ request: [1, 2] }] }, 'requests')).to.deep.equal([1, 2]);
    expect(open311List({ services: [{ service: [3] }] }, 'services')).to.deep.equal([3]);
    expect(open311List({ error: 'x' }, 'requests')).to.equal(undefined);
  });

  it('reads error arrays and never a broken JSON body', () => {
    expect(open311Errors([{ code: 400, description: 'a &amp; b' }, { code: 400, description: 'c' }, { code: 400, description: 'c' }])).to.deep.equal(['a & b', 'c']);
    expect(readServerMessage('{ "code": 403, "description": "Invalid api_key", }')).to.equal(undefined);
    expect(readServerMessage('Service unavailable')).to.equal('Service unavailable');
    // Mark-a-Spot (GeoreportEventSubscriber.php) and the 6Aika server (Django REST framework, issues/api/utils.py).
    expect(readServerMessage({ error: { code: 400, description: 'Service code not found' } })).to.equal('Service code not found');
    expect(readServerMessage({ code: 400, detail: { description: ['Ensure this field has at least 10 characters.'], service_code: ['Invalid service.'] } }))
      .to.equal('Ensure this field has at least 10 characters. Invalid service.');
    expect(readServerMessage({ code: 400, detail: 'Invalid api_key' })).to.equal('Invalid api_key');
    // Mark-a-Spot's validation (GeoreportRequestIndexResource.php: GeoreportException(json_encode($messages), 400)):
    // the field messages are JSON inside the description, with \u escapes. Their words are shown, not the JSON.
    expect(readServerMessage({ error: { code: 400, description: '{"field_e_mail":"Wir haben bemerkt, dass 3 Meldungen au\\u00dferhalb liegen."}' } }))
      .to.equal('Wir haben bemerkt, dass 3 Meldungen außerhalb liegen.');
    expect(readServerMessage({ error: { code: 400, description: '{"a": "Eins.", "b": ["Zwei."]}' } })).to.equal('Eins. Zwei.');
    expect(readServerMessage({ error: { code: 400, description: '{"broken": ' } }), 'broken JSON is not shown').to.equal(undefined);
  });

  it('orders definition attributes, keeps information-only ones and drops lists without choices', () => {
    const attrs = readServiceDefinition({ service_code: 'X', attributes: [
      { code: 'B', datatype: 'string', order: 2, description: 'B?', required: 'true' },
      { code: 'A', datatype: 'singlevaluelist', order: 1, description: 'A?', values: [{ key: 1, name: 'One' }] },
      { code: 'C', datatype: 'multivaluelist', order: 3, description: 'C?', values: [] },
      { code: 'D', datatype: 'picture', order: 4, description: 'D?' },
      { code: 'E', variable: false, datatype: 'text', order: 0, description: 'Read this' },
    ] });
    expect(attrs.map((a) => [a.code, a.required, a.variable])).to.deep.equal([['E', false, false], ['A', false, true], ['B', true, true]]);
    expect(attrs[1].values).to.deep.equal([{ key: '1', name: 'One' }]);
  });

  it('board mapping: marks only written texts with source-lang', () => {
    const [item] = fromOpen311([{ service_request_id: 1, description: 'Hei', status_notes: 'Kiitos', status: 'open', service_name: 'Kotihoito' }], { sourceLang: 'fi' }) as Record<string, unknown>[];
    expect([item.said, item.did, item.service]).to.deep.equal([{ fi: 'Hei' }, { fi: 'Kiitos' }, 'Kotihoito']);
  });
});
