// <osa-you-said-we-did> in real Chromium against the HTTP fixture test/servers/you-said-we-did.mjs:
// every data source, bad data, failures with a real "Try again", filters, search and hash by real key
// presses, the accessibility tree, 320 px, forced colours, print, hostile strings and the poster.
import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { encode } from 'uqr';
import '../src/you-said-we-did/register.js';
import {
  applyFilters, buildView, checkItems, NO_FILTERS, pick, type Item, type Problem,
} from '../src/you-said-we-did/data.js';
import { fold, hashOf, indexEntries, readHash, search } from '../src/you-said-we-did/later.js';
import { describe as describeProblem } from '../src/you-said-we-did/problems.js';
import { fromOpen311 } from '../src/you-said-we-did/open311.js';
import { posterEntries, qrPath, shortUrl } from '../src/you-said-we-did/poster.js';
import type { OsaYouSaidWeDid } from '../src/you-said-we-did/osa-you-said-we-did.js';
import { expectAccessible } from './helpers/axe.js';
import {
  accessibilityTree, emulatePrint, deepActiveElement, emulateColourMode, findAll, findNode, narrow, press, resetMedia, tabTo, type, waitFor, wide,
} from './helpers/browser.js';
import { needs } from './helpers/engine.js';
import { getJson, runId, captureWarnings } from './helpers/fixtures.js';

type Board = OsaYouSaidWeDid;

async function board(markup: TemplateResult, lang = 'fi'): Promise<Board> {
  const wrap = await fixture(html`<main lang=${lang}><h1>Page</h1>${markup}</main>`);
  const el = wrap.querySelector('osa-you-said-we-did')!;
  await el.updateComplete;
  return el;
}
const inline = (items: unknown, attrs: { pageSize?: number; feedbackUrl?: string } = {}) =>
  html`<osa-you-said-we-did page-size=${attrs.pageSize ?? 20} feedback-url=${attrs.feedbackUrl ?? ''}><script type="application/json">${JSON.stringify(items)}</script></osa-you-said-we-did>`;
const root = (el: Board) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Board, selector: string) => root(el).querySelector<T & HTMLElement>(selector)!;
const $$ = (el: Board, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const ids = (el: Board) => $$(el, 'article').map((a) => a.dataset.id);
const live = (el: Board) => $(el, '[data-live]').textContent?.trim();


/** `n` items received one day apart from 1 January 2026, so "newest" is the reverse of the list. */
const items = (n: number, extra: (i: number) => object = () => ({})) =>
  Array.from({ length: n }, (_, i) => ({ id: `i${i + 1}`, said: `Said ${i + 1}`, status: 'received', dates: { received: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10) }, ...extra(i) }));

const clearHash = () => history.replaceState(null, '', `${location.pathname}${location.search}`);

before(() => {
  // The page around the board, as on a real site (axe checks the whole document).
  document.title = 'osa-you-said-we-did';
  document.documentElement.lang = 'fi';
});

afterEach(async () => {
  clearHash();
  await resetMedia();
  await wide();
});

describe('osa-you-said-we-did: data', () => {
  it('reads a child <script type="application/json"> and shows each item with its parts', async () => {
    const el = await board(inline([
      { id: 'a', said: { fi: 'Ovi on raskas.', en: 'The door is heavy.' }, did: { fi: 'Vaihdoimme oven.', en: 'We changed the door.' }, status: 'done', count: 12,
        service: { fi: 'Terveysasema', en: 'Health centre' }, topics: [{ fi: 'Saavutettavuus', en: 'Accessibility' }], dates: { received: '2026-01-10', done: '2026-03-02' } },
      { id: 'b', said: 'Iltavastaanotto', status: 'not-possible', reason: 'Lääkäreitä ei ole tarpeeksi.', count: 1, dates: { received: '2026-02-01' } },
    ]));
    expect(ids(el)).to.deep.equal(['a', 'b']);
    const a = $(el, 'article[data-id="a"]');
    expect([...a.querySelectorAll('dt')].map((d) => d.textContent)).to.deep.equal(['Te sanoitte', 'Me teimme']);
    expect([...a.querySelectorAll('dd')].map((d) => d.textContent)).to.deep.equal(['Ovi on raskas.', 'Vaihdoimme oven.']);
    expect(a.querySelector('.status')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Tilanne: Tehty');
    expect(a.querySelector('.status svg')!.getAttribute('aria-hidden')).to.equal('true');
    const meta = [...a.querySelectorAll('.meta li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(meta).to.deep.equal(['Palvelu: Terveysasema', 'Aihe: Saavutettavuus', '12 ihmistä kertoi tästä', 'Saapui 10. tammikuuta 2026', 'Tehty 2. maaliskuuta 2026']);
    expect(a.querySelector('time')!.getAttribute('datetime')).to.equal('2026-01-10');
    // Dates are days in the Helsinki calendar, in the text and in datetime alike.
    const late = await board(inline([{ id: 'l', said: 'x', status: 'received', dates: { received: '2026-01-10T23:30:00Z' } }]));
    expect($(late, 'time').getAttribute('datetime')).to.equal('2026-01-11');
    expect($(late, 'time').textContent).to.equal('Saapui 11. tammikuuta 2026');
    const b = $(el, 'article[data-id="b"]');
    expect([...b.querySelectorAll('dt')].map((d) => d.textContent)).to.deep.equal(['Te sanoitte', 'Miksi emme voi tehdä tätä']);
    expect(b.querySelector('.meta')!.textContent).to.contain('1 ihminen kertoi tästä');
    expect($(el, '.summary').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Vuonna 2026: 1 asia on tehty ja 1 asia ei onnistu. Katso syyt');
  });

  it('speaks Swedish and English, and marks a text in another language with lang', async () => {
    const data = [
      { id: 'a', said: { fi: 'Vain suomeksi.' }, status: 'received', dates: { received: '2025-05-01' } },
      { id: 'b', said: { fi: 'Suomeksi', sv: 'På svenska' }, status: 'done', count: 2, dates: { received: '2026-05-01' } },
    ];
    const sv = await board(inline(data), 'sv');
    expect($(sv, 'h2').textContent).to.equal('Vad responsen ledde till');
    expect($(sv, '#e0').textContent).to.equal('Vain suomeksi.');
    expect($(sv, '#e0').getAttribute('lang')).to.equal('fi');
    expect($(sv, '#e1').hasAttribute('lang')).to.equal(false);
    expect($(sv, '.summary').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Åren 2025–2026: 1 sak är klar och 1 sak är mottagen.');
    const en = await board(inline(data), 'en');
    expect($(en, '.summary').textContent!.replace(/\s+/g, ' ').trim()).to.equal('In 2025–2026: 1 done and 1 received.');
    expect($(en, 'article[data-id="b"] .meta').textContent).to.contain('Raised by 2 people');
    // The language follows the page live.
    en.closest('main')!.setAttribute('lang', 'fi');
    await waitFor(() => $(en, 'h2').textContent === 'Mitä palautteesta seurasi', 'Finnish after lang changed');
  });

  it('reads src from the server, skips invalid items with a warning naming each, and never links an unsafe link', async () => {
    const capture = captureWarnings();
    try {
      const loaded = new Promise<CustomEvent>((resolve) => document.addEventListener('osa-you-said-we-did-load', (e) => resolve(e as CustomEvent), { once: true }));
      const el = await board(html`<osa-you-said-we-did id="src-board" src="/api/ysd/results.json"></osa-you-said-we-did>`);
      expect(ids(el)).to.deep.equal(['r5', 'r4', 'r3', 'r2', 'r1']);
      expect((await loaded).detail).to.deep.equal({ count: 5, problems: 3 });
      const mine = capture.warnings.filter((w) => w.includes('<osa-you-said-we-did id="src-board">'));
      expect(mine.some((w) => /item 5 \(id "bad-status"\) is skipped: "status" must be one of received, considering, planned, in-progress, done, not-possible/.test(w)), mine.join('\n')).to.equal(true);
      expect(mine.some((w) => /item 6 \(id "no-reason"\) is skipped: its status is "not-possible" but it has no "reason"/.test(w))).to.equal(true);
      expect(mine.some((w) => /item 7 \(id "r5"\): "link" is not a safe address/.test(w))).to.equal(true);
      expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
      expect($(el, 'article[data-id="r5"]').querySelector('a')).to.equal(null);
    } finally {
      capture.restore();
    }
  });

  it('reads an Open311 server with the reader\'s locale and extensions, and maps detailed statuses', async () => {
    const run = runId('o311');
    const capture = captureWarnings();
    let el: Board;
    try {
      el = await board(html`<osa-you-said-we-did adapter="open311" endpoint="/api/ysd/open311/${run}"></osa-you-said-we-did>`);
    } finally {
      capture.restore();
    }
    expect(await getJson<string[]>(`/api/ysd/open311/${run}/log`)).to.deep.equal(['?locale=fi&extensions=true&page_size=100']);
    const status = (id: string) => $(el, `article[data-id="${id}"] .status`).textContent!.replace(/.*: /, '').trim();
    expect(status('2026-00012')).to.equal('Tehty');
    expect(status('2026-00031')).to.equal('Työn alla');
    expect(status('2026-00044')).to.equal('Suunnitteilla');
    expect(status('2026-00057')).to.equal('Ei onnistu');
    expect(status('2026-00063')).to.equal('Vastaanotettu');
    expect(status('2026-00070')).to.equal('Tehty');
    const rejected = $(el, 'article[data-id="2026-00057"]');
    expect(rejected.querySelectorAll('dd')[1].textContent).to.match(/^Sunnuntaiajoon ei ole/);
    expect(rejected.querySelectorAll('dt')[1].textContent).to.equal('Miksi emme voi tehdä tätä');
    expect(rejected.querySelector('.meta')!.textContent).to.contain('Ikääntyneiden palvelut');
    // Updated the same day it came in: only "received" is shown.
    expect([...$(el, 'article[data-id="2026-00063"]').querySelectorAll('time')].map((t) => t.textContent)).to.deep.equal(['Saapui 5. toukokuuta 2026']);
    expect($(el, 'article[data-id="2026-00012"]').querySelectorAll('time')[1].textContent).to.equal('Tehty 20. helmikuuta 2026');
    // Not possible without notes (Helsinki often has none): shown, saying that the service gave no reason.
    expect(status('2026-00071')).to.equal('Ei onnistu');
    expect($(el, 'article[data-id="2026-00071"]').querySelectorAll('dd')[1].textContent).to.equal('Palvelu ei kertonut syytä');
    expect(capture.warnings.some((w) => w.includes('2026-00071')), 'no warning about it').to.equal(false);
    // Swedish reader: asked again with locale=sv, service names in Swedish.
    el.closest('main')!.setAttribute('lang', 'sv');
    await waitFor(() => $(el, 'article[data-id="2026-00057"] .meta')?.textContent?.includes('Tjänster för äldre'), 'Swedish service names');
    expect(await getJson<string[]>(`/api/ysd/open311/${run}/log`)).to.deep.equal(['?locale=fi&extensions=true&page_size=100', '?locale=sv&extensions=true&page_size=100']);
  });

  it('maps Open311 without extensions from open/closed', () => {
    const mapped = fromOpen311([
      { service_request_id: '1', status: 'open', status_notes: null, description: 'A', service_name: 'S', requested_datetime: '2026-01-01T10:00:00Z', updated_datetime: null },
      { service_request_id: '2', status: 'open', status_notes: 'Looking at it', description: 'B' },
      { service_request_id: '3', status: 'closed', status_notes: 'Fixed', description: 'C', updated_datetime: '2026-02-01T10:00:00Z' },
      { token: 't4', status: 'closed', description: 'D', extended_attributes: { detailed_status: 'PUBLIC_WORKS_COMPLETED_REQUIRES_NO_ACTION' }, status_notes: 'Not needed' },
    ]) as { id: string; status: string; did?: string; reason?: string; dates: { done?: string } }[];
    expect(mapped.map((m) => [m.id, m.status])).to.deep.equal([['1', 'received'], ['2', 'in-progress'], ['3', 'done'], ['t4', 'not-possible']]);
    expect(mapped[2].dates.done).to.equal('2026-02-01T10:00:00Z');
    expect([mapped[3].did, mapped[3].reason]).to.deep.equal([undefined, 'Not needed']);
    expect(fromOpen311({ error: 'x' })).to.deep.equal({ error: 'x' });
  });

  it('checks every field and says what is wrong', () => {
    const problems: string[] = [];
    const report = (p: Problem) => problems.push(describeProblem(p));
    const good = checkItems({ items: [
      { id: 1, said: 'ok', status: 'done' },
      null,
      { said: 'no id', status: 'done' },
      { id: 1, said: 'duplicate', status: 'done' },
      { id: 'e', said: '', status: 'done' },
      { id: 'f', said: { de: 'Hallo' }, status: 'done' },
      { id: 'g', said: 'x', status: 'done', did: 5 },
      { id: 'h', said: 'x', status: 'done', count: -1 },
      { id: 'i', said: 'x', status: 'done', topics: 'a' },
      { id: 'j', said: 'x', status: 'done', dates: { received: 'yesterday' } },
      { id: 'k', said: 'x', status: 'done', dates: '2026' },
      { id: 'l', said: 'x', status: 'done', count: 2.5 },
      { id: 'm', said: 'x', status: 'done', dates: { '$&': 'x' } },
    ] }, report)!;
    expect(good.map((i) => i.id)).to.deep.equal(['1']);
    // Empty optional texts, as a spreadsheet export gives them, count as not given.
    const blank = checkItems([{ id: 'b', said: 'x', status: 'received', did: '', reason: ' ', service: '' }], report)!;
    expect([blank[0].did, blank[0].reason, blank[0].service]).to.deep.equal([undefined, undefined, undefined]);
    expect(checkItems([{ id: 'c', said: 'x', status: 'not-possible', reason: '' }], report)).to.deep.equal([]);
    expect(problems.pop()).to.match(/its status is "not-possible" but it has no "reason"/);
    expect(problems).to.deep.equal([
      'item 2 is skipped: it is not an object.',
      'item 3 is skipped: it has no "id".',
      'item 4 (id "1") is skipped: an earlier item has the same "id".',
      'item 5 (id "e") is skipped: "said" must be text, or text per language like {"fi": "…", "sv": "…"}.',
      'item 6 (id "f") is skipped: "said" must be text, or text per language like {"fi": "…", "sv": "…"}.',
      'item 7 (id "g") is skipped: "did" must be text, or text per language like {"fi": "…", "sv": "…"}.',
      'item 8 (id "h") is skipped: "count" must be a whole number, 0 or more.',
      'item 9 (id "i") is skipped: "topics" must be a list of texts.',
      'item 10 (id "j") is skipped: "dates.received" is not a date like 2026-03-01.',
      'item 11 (id "k") is skipped: "dates" must be an object like {"received": "2026-03-01"}.',
      'item 12 (id "l") is skipped: "count" must be a whole number, 0 or more.',
      // (A field name from the data is put in as it is.)
      'item 13 (id "m") is skipped: "dates.$&" is not a date like 2026-03-01.',
    ]);
    expect(checkItems('nope', report)).to.equal(undefined);
    expect(problems.at(-1)).to.equal('the data must be a list of items ([…]) or {"items": […]}');
  });

  it('picks the reader\'s language, then Finnish, Swedish, English', () => {
    expect(pick({ fi: 'a', sv: 'b', en: 'c' }, 'sv')).to.deep.equal({ text: 'b' });
    expect(pick({ sv: 'b', en: 'c' }, 'fi')).to.deep.equal({ text: 'b', lang: 'sv' });
    expect(pick({ en: 'c', fi: ' ' }, 'sv')).to.deep.equal({ text: 'c', lang: 'en' });
    expect(pick('plain', 'en')).to.deep.equal({ text: 'plain' });
    expect(fold('Päiväkoti ÅBO')).to.equal('paivakoti abo');
  });

  it('searches all words in every text, folded, and sorts by newest or most raised', () => {
    const checked = checkItems([
      { id: 'a', said: 'Päiväkodin piha', status: 'done', count: 1, dates: { received: '2026-01-01' } },
      { id: 'b', said: 'Kirjaston aukiolo', did: 'Pidempi ilta', status: 'done', count: 9, dates: { received: '2026-02-01' } },
      { id: 'c', said: 'Piha on liukas', status: 'planned', count: 5, service: 'Kotihoito', topics: ['Talvi'] },
    ], () => {}) as Item[];
    const view = buildView(checked, 'fi');
    const run = (f: Partial<typeof NO_FILTERS>) => search(view, { ...NO_FILTERS, ...f }).map((i) => view.entries[i].item.id);
    expect(run({})).to.deep.equal(['b', 'a', 'c']);
    // The first render's filters (data.ts) agree with the whole search where there is no search or sort.
    for (const f of [{}, { status: 'done' }, { service: 'Kotihoito' }, { topic: 'Talvi' }]) {
      expect(applyFilters(view, { ...NO_FILTERS, ...f }), JSON.stringify(f)).to.deep.equal(search(view, { ...NO_FILTERS, ...f }));
    }
    expect(run({ sort: 'raised' })).to.deep.equal(['b', 'c', 'a']);
    expect(run({ q: 'paivakodin' })).to.deep.equal(['a']);
    expect(run({ q: 'PIHA' })).to.deep.equal(['a', 'c']);
    expect(run({ q: 'piha liukas' })).to.deep.equal(['c']);
    expect(run({ q: 'ilta' })).to.deep.equal(['b']);
    expect(run({ status: 'planned' })).to.deep.equal(['c']);
    expect(run({ service: 'Kotihoito' })).to.deep.equal(['c']);
    expect(run({ topic: 'Talvi' })).to.deep.equal(['c']);
    expect(view.counts).to.deep.equal({ received: 0, considering: 0, planned: 1, 'in-progress': 0, done: 2, 'not-possible': 0 });
  });

  it('gives each service and topic one label per language, the first one given, in the entries as in the filters', () => {
    const view = buildView(checkItems([
      { id: 'a', said: 'x', status: 'done', service: { fi: 'Kotihoito', sv: 'Hemvård' }, topics: [{ fi: 'Talvi', sv: 'Vinter' }, 'Liikkuminen'], dates: { received: '2026-01-03' } },
      // The same keys (their Finnish texts), one without Swedish: it gets the label given first.
      { id: 'b', said: 'x', status: 'done', service: { fi: 'Kotihoito' }, topics: [{ fi: 'Talvi' }], dates: { received: '2026-01-02' } },
      { id: 'c', said: 'x', status: 'done', service: { en: 'Dental care' }, dates: { received: '2026-01-01' } },
    ], () => {})!, 'sv');
    const [a, b, c] = view.entries;
    expect([a.service, b.service, c.service]).to.deep.equal([{ text: 'Hemvård' }, { text: 'Hemvård' }, { text: 'Dental care', lang: 'en' }]);
    expect([a.topics, b.topics, c.topics]).to.deep.equal(['Vinter, Liikkuminen', 'Vinter', '']);
    expect([a.topicKeys, b.topicKeys, c.topicKeys]).to.deep.equal([['Talvi', 'Liikkuminen'], ['Talvi'], []]);
    expect(view.services).to.deep.equal([['Dental care', 'Dental care'], ['Kotihoito', 'Hemvård']]);
    expect(view.topics).to.deep.equal([['Liikkuminen', 'Liikkuminen'], ['Talvi', 'Vinter']]);
    expect(applyFilters(view, { ...NO_FILTERS, topic: 'Talvi' }).map((i) => view.entries[i].item.id)).to.deep.equal(['a', 'b']);
  });

  it('builds the search index apart from the view, in slices, and completes it when a search needs it', () => {
    const view = buildView(checkItems(items(5), () => {})!, 'fi');
    expect(view.search).to.deep.equal([]);
    expect(indexEntries(view, 2)).to.equal(false);
    expect(view.search).to.deep.equal(['said 1\n\n\n\n\ni1', 'said 2\n\n\n\n\ni2']);
    expect(search(view, { ...NO_FILTERS, q: 'said 5' }).map((i) => view.entries[i].item.id)).to.deep.equal(['i5']);
    expect(view.search).to.have.length(5);
    expect(indexEntries(view)).to.equal(true);
  });

  it('gives the right results for a search typed before the background index is complete', async () => {
    const data = items(20_000, (i) => ({ said: `Palaute ${i + 1}`, did: i % 7 ? undefined : `Korjasimme ${i}` }));
    const el = await board(inline(data));
    await waitFor(() => el.view, 'the view');
    const view = el.view!;
    // The index is built in the background after the first render: not complete yet.
    expect(view.search.length, 'entries indexed so far').to.be.lessThan(view.entries.length);
    const input = $<HTMLInputElement>(el, '#q');
    input.value = 'palaute 1999';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    // Every word in any text or the id: "Palaute 1999", "Palaute 11999", "Palaute 19990" to "Palaute 19999",
    // and "Palaute 20000" for what was done ("Korjasimme 19999").
    const expected = data.filter((d) => ['palaute', '1999'].every((w) => `${d.said} ${(d as { did?: string }).did ?? ''} ${d.id}`.toLowerCase().includes(w))).reverse().map((d) => d.id);
    expect(expected).to.have.length(13);
    expect(ids(el)).to.deep.equal(expected);
    expect(view.search).to.have.length(20_000);
  });

  it('keeps the page\'s own hash parts when it writes its own', () => {
    expect(readHash('#top&ysd-status=done&ysd-q=parking%20lot&other=1', 'ysd')).to.deep.equal({ ...NO_FILTERS, status: 'done', q: 'parking lot' });
    expect(readHash('#ysd-q=%E0%A4%A', 'ysd').q).to.equal('');
    expect(hashOf('#top&ysd-status=done', 'ysd', { ...NO_FILTERS, q: 'a&b' })).to.equal('#top&ysd-q=a%26b');
    expect(hashOf('#ysd-status=done', 'ysd', NO_FILTERS)).to.equal('');
    expect(hashOf('', 'b2', { ...NO_FILTERS, sort: 'raised' })).to.equal('#b2-sort=raised');
  });
});

describe('osa-you-said-we-did: the summary names the badges', () => {
  // Every status, with a different number of each, so a lumped category would show a wrong count.
  const counts = { done: 3, 'in-progress': 2, planned: 1, considering: 2, received: 1, 'not-possible': 1 } as const;
  const data = Object.entries(counts).flatMap(([status, n], s) => Array.from({ length: n }, (_, i) => ({
    id: `${status}-${i}`, said: `${status} ${i}`, status, dates: { received: `2026-0${s + 1}-1${i}` },
    ...(status === 'not-possible' ? { reason: 'Ei rahaa tänä vuonna.' } : {}),
  })));
  const fold = (t: string) => t.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

  for (const lang of ['fi', 'sv', 'en'] as const) {
    for (const easy of [false, true]) {
      it(`${lang}${easy ? ', easy language' : ''}: each status in the summary with the number of its cards and the badge's word`, async () => {
        const wrap = await fixture(html`<main lang=${lang} ?easy=${easy}><osa-you-said-we-did><script type="application/json">${JSON.stringify(data)}</script></osa-you-said-we-did></main>`);
        const el = wrap.querySelector('osa-you-said-we-did')!;
        await el.updateComplete;
        const summary = $(el, '[part=summary]');
        const keys = { done: 'sumDone', 'in-progress': 'sumInProgress', planned: 'sumPlanned', considering: 'sumConsidering', received: 'sumReceived', 'not-possible': 'sumNotPossible' } as const;
        for (const [status, n] of Object.entries(counts) as [keyof typeof keys, number][]) {
          const cards = $$(el, `article.entry--${status}`);
          expect(cards, status).to.have.length(n);
          const status$ = cards[0].querySelector('.status')!;
          const badge = fold(status$.textContent!.replace(status$.querySelector('.visually-hidden')!.textContent!, ''));
          const part = el.t(keys[status], { count: n });
          expect(fold(part), `"${part}" names the badge "${badge}"`).to.contain(badge.slice(0, Math.max(2, badge.length - 2)));
          expect(part).to.match(new RegExp(`^${n}\\D`), 'starts with the number of cards');
          if (easy) expect(fold($(el, `.summary li[data-status="${status}"]`).textContent!)).to.contain(fold(part));
          else expect(fold(summary.textContent!)).to.contain(fold(part));
        }
        if (easy) {
          // A short list, one status a line, instead of one long comma-joined sentence.
          expect(summary.querySelectorAll('li')).to.have.length(6);
          expect(summary.querySelector('p')!.textContent).to.match(/2026/);
        } else {
          expect(summary.localName).to.equal('p');
        }
      });
    }
  }
});

describe('osa-you-said-we-did: failures', () => {
  it('shows malformed JSON from src as a plain message, and "Try again" asks again', async () => {
    const capture = captureWarnings();
    try {
      const run = runId('bad');
      const el = await board(html`<osa-you-said-we-did src="/api/ysd/malformed/${run}.json"></osa-you-said-we-did>`);
      expect($(el, '.error').textContent).to.contain('Emme voi nyt näyttää tuloksia, koska tiedoissa on virhe.');
      expect($(el, '.error').getAttribute('role')).to.equal('alert');
      expect(capture.warnings.some((w) => w.includes(`/api/ysd/malformed/${run}.json is not valid JSON`))).to.equal(true);
      expect(await getJson(`/api/ysd/hits/${run}`)).to.equal(1);
      $(el, '.error button').click();
      await el.updateComplete;
      expect(await getJson(`/api/ysd/hits/${run}`)).to.equal(2);
      expect($(el, '.error').textContent).to.contain('tiedoissa on virhe');
      expect(deepActiveElement()?.textContent).to.equal('Yritä uudelleen');
    } finally {
      capture.restore();
    }
  });

  it('shows malformed inline JSON without a "Try again" (trying again would not help)', async () => {
    const capture = captureWarnings();
    try {
      const el = await board(html`<osa-you-said-we-did><script type="application/json">[{"id": 1,</script></osa-you-said-we-did>`, 'en');
      expect($(el, '.error').textContent!.trim()).to.equal('We cannot show the results right now, because there is a mistake in the data. Please try again later.');
      expect(root(el).querySelector('.error button')).to.equal(null);
      expect(capture.warnings.some((w) => /the <script type="application\/json"> child is not valid JSON/i.test(w))).to.equal(true);
    } finally {
      capture.restore();
    }
  });

  it('recovers from a failed fetch with a real retry by keyboard, then focuses the board', async () => {
    const capture = captureWarnings();
    try {
      const run = runId('flaky');
      const errors: string[] = [];
      document.addEventListener('osa-you-said-we-did-error', (e) => errors.push((e as CustomEvent).detail.kind), { once: true });
      const el = await board(html`<osa-you-said-we-did src="/api/ysd/flaky/${run}.json"></osa-you-said-we-did>`, 'sv');
      expect($(el, '.error').textContent).to.contain('Vi kunde inte hämta resultaten.');
      expect(errors).to.deep.equal(['network']);
      expect(capture.warnings.some((w) => /could not load .*flaky.* \(HTTP 500\)/.test(w))).to.equal(true);
      await tabTo((e) => e.textContent === 'Försök igen');
      await press('Enter');
      await waitFor(() => ids(el).length === 5, 'the items after trying again');
      await waitFor(() => deepActiveElement()?.id === 'board', 'focus on the board');
    } finally {
      capture.restore();
    }
  });

  it('says when the network fails', async () => {
    const capture = captureWarnings();
    try {
      const el = await board(html`<osa-you-said-we-did src="http://127.0.0.1:9/none.json"></osa-you-said-we-did>`, 'en');
      expect($(el, '.error').textContent).to.contain('We could not load the results. Check your internet connection and try again.');
      expect($(el, '.error button').textContent).to.equal('Try again');
    } finally {
      capture.restore();
    }
  });

  it('shows the empty state, and warns when there is no data at all', async () => {
    const capture = captureWarnings();
    try {
      const empty = await board(inline([], { feedbackUrl: '/palaute' }));
      expect($(empty, '.box--info').textContent).to.equal('Emme ole vielä julkaisseet täällä mitään.');
      expect($(empty, '.feedback a').getAttribute('href')).to.equal(new URL('/palaute', location.href).href);
      expect(capture.warnings.length).to.equal(0);
      await board(html`<osa-you-said-we-did id="nothing"></osa-you-said-we-did>`);
      expect(capture.warnings.some((w) => w.includes('<osa-you-said-we-did id="nothing">: has no data'))).to.equal(true);
    } finally {
      capture.restore();
    }
  });

  it('warns about at most 20 problems, then counts the rest', async () => {
    const capture = captureWarnings();
    try {
      await board(inline(items(30, () => ({ status: 'wrong' }))));
      expect(capture.warnings.length).to.equal(21);
      expect(capture.warnings[20]).to.contain('10 more problems in the data were not listed.');
    } finally {
      capture.restore();
    }
  });
});

describe('osa-you-said-we-did: finding results by keyboard', () => {
  const data = [
    { id: 'park', said: 'Pysäköinti on vaikeaa', did: 'Lisää paikkoja', status: 'done', count: 3, service: 'Terveysasema', topics: ['Liikenne'], dates: { received: '2026-01-01' } },
    { id: 'phone', said: 'Puhelinjono on pitkä', did: 'Takaisinsoitto', status: 'done', count: 40, service: 'Terveysasema', dates: { received: '2026-02-01' } },
    { id: 'dentist', said: 'Hammashoitola iltaisin', status: 'not-possible', reason: 'Ei lääkäreitä', count: 9, service: 'Suun terveydenhuolto', dates: { received: '2026-03-01' } },
    { id: 'visits', said: 'Kotihoidon ajat', did: 'Aikaikkuna', status: 'in-progress', count: 12, service: 'Kotihoito', topics: ['Liikenne'], dates: { received: '2026-04-01' } },
  ];

  it('filters by status with real keys, announces the count politely and writes the hash', async () => {
    history.replaceState(null, '', '#top');
    const el = await board(inline(data));
    await tabTo((e) => e.id === 'status');
    await press('ArrowDown'); // Vastaanotettu
    await press('ArrowDown'); // Harkinnassa
    await press('ArrowDown'); // Suunnitteilla
    await press('ArrowDown'); // Työn alla
    await press('ArrowDown'); // Tehty
    expect(($(el, '#status') as unknown as HTMLSelectElement).value).to.equal('done');
    await waitFor(() => ids(el).join() === 'phone,park', 'only done items');
    await waitFor(() => live(el) === '2 tulosta', 'the polite announcement');
    expect($(el, '[data-live]').getAttribute('aria-live')).to.equal('polite');
    expect(location.hash).to.equal('#top&ysd-status=done');
    expect($(el, '#count').textContent!.trim()).to.equal('2 tulosta');
  });

  it('searches while typing and announces once typing settles', async () => {
    const el = await board(inline(data));
    await tabTo((e) => e.id === 'q');
    await type('hammas');
    expect(ids(el)).to.deep.equal(['dentist']);
    expect(live(el), 'nothing announced mid-typing').to.equal('');
    await waitFor(() => live(el) === '1 tulos', 'the announcement after typing');
    expect(location.hash).to.equal('#ysd-q=hammas');
    for (let i = 0; i < 6; i++) await press('Backspace');
    await type('xyz');
    await waitFor(() => $(el, '.no-match'), 'the no-match message');
    await waitFor(() => live(el) === '0 tulosta' || live(el) === 'Ei tuloksia', 'announcing no results');
    expect($(el, '.no-match').textContent).to.contain('Valinnoillasi ei löytynyt mitään.');
    await tabTo((e) => e.textContent === 'Tyhjennä valinnat');
    await press('Enter');
    await waitFor(() => ids(el).length === 4, 'all items back');
    expect(deepActiveElement()?.id).to.equal('q');
    await waitFor(() => location.hash === '', 'the hash cleared');
  });

  it('filters by service and topic and sorts by most raised', async () => {
    const el = await board(inline(data), 'en');
    expect([...$(el, '#service').querySelectorAll('option')].map((o) => o.textContent)).to.deep.equal(['All', 'Kotihoito', 'Suun terveydenhuolto', 'Terveysasema']);
    await tabTo((e) => e.id === 'service');
    await press('ArrowDown');
    await waitFor(() => ids(el).join() === 'visits', 'only home care');
    await tabTo((e) => e.id === 'topic');
    await press('ArrowDown');
    await waitFor(() => live(el) === '1 result', 'announced');
    await press('Shift+Tab');
    expect(deepActiveElement()?.id).to.equal('service');
    await press('ArrowDown');
    await press('ArrowDown');
    await waitFor(() => ids(el).join() === 'park', 'health centre and traffic');
    await tabTo((e) => e.id === 'topic');
    await press('ArrowUp');
    await tabTo((e) => e.id === 'sort');
    await press('ArrowDown');
    await waitFor(() => ids(el).join() === 'phone,park', 'health centre, most raised first');
    await waitFor(() => location.hash === '#ysd-service=Terveysasema&ysd-sort=raised', 'the hash');
  });

  it('restores filters from the hash on load and follows hashchange', async () => {
    history.replaceState(null, '', '#intro&ysd-status=done&ysd-sort=raised');
    const el = await board(inline(data));
    expect(ids(el)).to.deep.equal(['phone', 'park']);
    expect(($(el, '#status') as unknown as HTMLSelectElement).value).to.equal('done');
    expect(($(el, '#sort') as unknown as HTMLSelectElement).value).to.equal('raised');
    location.hash = '#intro&ysd-q=kotihoidon';
    await waitFor(() => ids(el).join() === 'visits', 'the search from the hash');
    await waitFor(() => live(el) === '1 tulos', 'announced');
    expect(($(el, '#q') as unknown as HTMLInputElement).value).to.equal('kotihoidon');
    // A stale service in a link does not hide everything behind a choice that is not there.
    location.hash = '#ysd-service=Nowhere';
    await waitFor(() => ids(el).length === 4, 'the unknown service ignored');
  });

  it('uses its own hash prefix, or none', async () => {
    history.replaceState(null, '', '#b2-status=done&ysd-status=received');
    const wrap = await fixture(html`<main lang="fi">
      <osa-you-said-we-did hash-prefix="b2"><script type="application/json">${JSON.stringify(data)}</script></osa-you-said-we-did>
      <osa-you-said-we-did hash-prefix=""><script type="application/json">${JSON.stringify(data)}</script></osa-you-said-we-did>
    </main>`);
    const [b2, none] = [...wrap.querySelectorAll('osa-you-said-we-did')];
    await b2.updateComplete;
    await none.updateComplete;
    expect(ids(b2)).to.deep.equal(['phone', 'park']);
    expect(ids(none)).to.have.length(4);
  });

  it('"See why" shows what was not possible and moves focus to the count', async () => {
    const el = await board(inline(data));
    await tabTo((e) => e.textContent === 'Katso syyt');
    await press('Enter');
    await waitFor(() => ids(el).join() === 'dentist', 'not possible only');
    expect(deepActiveElement()?.id).to.equal('count');
    expect(($(el, '#status') as unknown as HTMLSelectElement).value).to.equal('not-possible');
  });

  it('shows 20 at a time and "Show more" moves focus to the first new item', async () => {
    const el = await board(inline(items(45)), 'en');
    expect(ids(el)).to.have.length(20);
    expect($(el, '#count').textContent!.trim()).to.equal('Showing 20 of 45');
    await tabTo((e) => e.textContent === 'Show 20 more');
    await press('Enter');
    await waitFor(() => ids(el).length === 40, '40 shown');
    expect((deepActiveElement() as HTMLElement).dataset.id).to.equal(ids(el)[20]);
    $(el, '.more').click();
    await waitFor(() => ids(el).length === 45, 'all shown');
    expect(root(el).querySelector('.more')).to.equal(null);
    expect($(el, '#count').textContent!.trim()).to.equal('45 results');
  });
});

describe('osa-you-said-we-did: what people perceive', () => {
  it('gives each entry a name and labelled parts in the accessibility tree', needs('a11y-tree', async () => {
    await board(inline([{ id: 'a', said: 'Ovi on raskas avata', did: 'Vaihdoimme automaattioven', status: 'done', count: 4 }]));
    const tree = await accessibilityTree();
    const article = findNode(tree, 'article', 'Ovi on raskas avata');
    const texts = JSON.stringify(article);
    for (const part of ['Te sanoitte', 'Me teimme', 'Vaihdoimme automaattioven', 'Tilanne', 'Tehty', '4 ihmistä kertoi tästä']) expect(texts, part).to.contain(part);
    expect(findAll(tree, 'searchbox', 'Hakusana')).to.have.length(1);
    expect(findAll(tree, 'combobox', 'Tilanne')).to.have.length(1);
    expect(findAll(tree, 'combobox', 'Järjestys')).to.have.length(1);
    expect(findAll(tree, 'search', 'Hae tuloksia')).to.have.length(1);
    expect(findAll(tree, 'heading', 'Mitä palautteesta seurasi')).to.have.length(1);
  }));

  it('fits 320 px without horizontal scrolling and passes axe there', async () => {
    await narrow();
    const el = await board(inline([
      { id: 'a', said: 'Pitkäsanainen palaute: terveydenhuoltopalvelujärjestelmäuudistussuunnitelma', did: 'x'.repeat(80), status: 'done', count: 4, service: 'Suun terveydenhuolto', link: 'https://www.example.fi/a/very/long/path/that/goes/on' },
    ], { feedbackUrl: 'https://www.example.fi/palaute' }));
    expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
    // Measured as boxes on the page: every box and every line of inline text (getClientRects) stays
    // inside the board, and no block scrolls sideways. (scrollWidth and clientWidth of an inline
    // element differ by engine: Firefox gives the text width and 0.)
    const board320 = el.getBoundingClientRect();
    const shown = [el, ...$$(el, '*')].filter((n) => !n.closest('.visually-hidden'));
    const outside = shown.flatMap((n) => [...n.getClientRects()]
      .filter((r) => r.width > 0 && (r.left < board320.left - 1 || r.right > board320.right + 1))
      .map((r) => `${n.localName}.${n.className}: ${Math.round(r.left)}–${Math.round(r.right)}`));
    expect(outside, `boxes outside the board (${Math.round(board320.left)}–${Math.round(board320.right)})`).to.deep.equal([]);
    const scrolling = shown.filter((n) => getComputedStyle(n).display !== 'inline' && n.scrollWidth - n.clientWidth > 1);
    expect(scrolling.map((n) => `${n.localName}.${n.className}`), 'blocks that scroll sideways').to.deep.equal([]);
    await expectAccessible(document);
  });

  it('at 320 px folds the filters behind a "Filter" button that opens them by keyboard; wide, they are always open', async () => {
    const many = items(8, (i) => ({ status: i % 2 ? 'done' : 'received', did: 'x', service: i % 3 ? 'Kotihoito' : 'Terveysasema' }));
    await narrow();
    const el = await board(inline(many), 'sv');
    const toggle = $(el, '.filters-toggle');
    const filters = $(el, '.filters');
    expect(toggle.checkVisibility(), 'the button').to.be.true;
    expect(toggle.textContent!.trim()).to.equal('Filtrera');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(filters.id);
    expect(filters.checkVisibility(), 'the filters, folded').to.be.false;
    // The first result is on the first screen now.
    expect($(el, 'article').getBoundingClientRect().top).to.be.lessThan(window.innerHeight);
    await tabTo((a) => a === toggle);
    await press('Enter');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(filters.checkVisibility()).to.be.true;
    await press('Tab');
    expect(deepActiveElement()?.id).to.equal('q');
    await expectAccessible(document);
    await press('Shift+Tab');
    await press('Space');
    await el.updateComplete;
    expect(filters.checkVisibility(), 'closed again').to.be.false;
    // A linked view with a filter in use starts open.
    location.hash = '#ysd-status=done';
    await waitFor(() => $(el, '.filters').checkVisibility(), 'the filters open for a filtered link');
    await wide();
    clearHash();
    await waitFor(() => !$(el, '.filters-toggle').checkVisibility() && $(el, '.filters').checkVisibility(), 'wide: no button, filters shown');
  });

  it('keeps borders, icons and focus visible in forced colours', needs('forced-colors', async () => {
    await emulateColourMode('forced-colors');
    const el = await board(inline([{ id: 'a', said: 'x', status: 'done' }, { id: 'b', said: 'y', status: 'not-possible', reason: 'z' }]));
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const canvasText = getComputedStyle(probe).color;
    probe.remove();
    const article = $(el, 'article');
    expect(getComputedStyle(article).borderLeftColor).to.equal(canvasText);
    expect(getComputedStyle(article).borderLeftWidth).to.equal('6px');
    expect(getComputedStyle(article.querySelector('.icon')!).stroke).to.equal(canvasText);
    await expectAccessible(document);
  }));

  it('shows hostile strings as text and never follows unsafe links', async () => {
    const capture = captureWarnings();
    try {
      const w = window as unknown as { __ysdHacked?: boolean };
      const el = await board(html`<osa-you-said-we-did src="/api/ysd/hostile.json"></osa-you-said-we-did>`, 'sv');
      expect(ids(el)).to.have.members(['<b>id</b>', 'h2', 'h3']);
      const article = $(el, 'article[data-id="<b>id</b>"]');
      expect(article.querySelector('dd')!.textContent).to.equal('<img src=x onerror="window.__ysdHacked=true"> said');
      expect(article.querySelectorAll('dd')[1].textContent).to.equal('<script>window.__ysdHacked=true</script>');
      expect(article.querySelector('.meta')!.textContent).to.contain('<a href="javascript:alert(1)">service</a>');
      expect(root(el).querySelectorAll('img, script, b, svg:not(.icon)')).to.have.length(0);
      expect(root(el).querySelectorAll('a')).to.have.length(0);
      expect(capture.warnings.filter((x) => x.includes('is not a safe address'))).to.have.length(3);
      await new Promise((r) => setTimeout(r, 50));
      expect(w.__ysdHacked).to.equal(undefined);
    } finally {
      capture.restore();
    }
  });

  it('prints without the controls and with the feedback address as text', needs('print', async () => {
    const el = await board(inline(items(3), { feedbackUrl: 'https://www.example.fi/palaute' }));
    await emulatePrint();
    expect(getComputedStyle($(el, '.filters')).display).to.equal('none');
    expect(getComputedStyle($(el, '.feedback a')).display).to.equal('none');
    expect(getComputedStyle($(el, '.print-only')).display).to.equal('inline');
    expect($(el, '.print-only').textContent).to.equal('Anna palautetta: https://www.example.fi/palaute');
  }));

  it('fits the heading into the page outline with heading-level', async () => {
    const el = await board(html`<osa-you-said-we-did heading-level="3"><script type="application/json">[]</script></osa-you-said-we-did>`);
    expect($(el, '#title').localName).to.equal('h3');
    const poster = await board(html`<osa-you-said-we-did layout="poster" heading-level="4" feedback-url="/palaute"><script type="application/json">${JSON.stringify(items(1))}</script></osa-you-said-we-did>`);
    expect($(poster, '.poster #title').localName).to.equal('h4');
  });

  it('lets a web team change texts', async () => {
    const el = await board(html`<osa-you-said-we-did texts='{"fi": {"title": "Palautteesi vaikutti"}}'><script type="application/json">[]</script></osa-you-said-we-did>`);
    expect($(el, 'h2').textContent).to.equal('Palautteesi vaikutti');
  });
});

describe('osa-you-said-we-did: poster', () => {
  it('loads the QR part only in poster mode, from the built CDN file (run `npm run build`)', async () => {
    const files = await getJson<string[]>('/__osa__/cdn-files.json');
    expect(files, 'dist/cdn/ (run `npm run build`)').to.include('osa-you-said-we-did.js');
    const file = 'cdn/osa-you-said-we-did.js';
    const frame = document.createElement('iframe');
    frame.src = `/test/pages/cdn.html?file=${encodeURIComponent(file)}`;
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as (Window & { __loaded?: boolean; __errors?: string[] }) | null;
      await waitFor(() => win()?.__loaded || win()?.__errors?.length, 'the CDN file to load');
      const w = win()!;
      expect(w.__errors).to.deep.equal([]);
      const board = w.document.querySelector('osa-you-said-we-did')!;
      await waitFor(() => board.shadowRoot?.textContent?.includes('Emme ole vielä julkaisseet täällä mitään.'), 'the board to render');
      const chunks = () => w.performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\/dist\/cdn\/chunks\//.test(n));
      const posterChunks = () => chunks().filter((n) => /\/chunks\/poster-/.test(n));
      expect(chunks().length, 'the Finnish strings').to.be.greaterThan(0);
      expect(posterChunks(), 'no poster part for the board').to.deep.equal([]);
      board.setAttribute('feedback-url', 'https://www.example.fi/palaute');
      board.setAttribute('layout', 'poster');
      await waitFor(() => board.shadowRoot!.querySelector('.qr svg path'), 'the QR code');
      expect(posterChunks()).to.have.length(1);
    } finally {
      frame.remove();
    }
  });


  const data = items(6, (i) => ({ status: i % 2 ? 'done' : 'in-progress', did: `Did ${i + 1}` }));

  it('shows the newest items in large type with a QR code to the feedback page, drawn from the right matrix', async () => {
    const url = 'https://www.example.fi/palaute?from=poster';
    const el = await board(html`<osa-you-said-we-did layout="poster" feedback-url=${url}><script type="application/json">${JSON.stringify(data)}</script></osa-you-said-we-did>`);
    expect($(el, '.poster')).to.exist;
    expect(ids(el)).to.deep.equal(['i6', 'i5', 'i4']);
    expect(root(el).querySelector('.filters')).to.equal(null);
    const qr = $(el, '.qr svg');
    expect(qr.getAttribute('role')).to.equal('img');
    expect(qr.getAttribute('aria-label')).to.equal('QR-koodi, joka avaa palautesivun');
    expect($(el, '.qr__url').textContent).to.equal('www.example.fi/palaute?from=poster');
    // The path draws exactly the dark modules of the QR code for the URL.
    const { data: modules, size } = encode(url, { ecc: 'M', border: 0 });
    const d = qr.querySelector('path')!.getAttribute('d')!;
    const dark = new Set<string>();
    for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) for (let i = 0; i < Number(w); i++) dark.add(`${Number(x) + i},${y}`);
    const expected = new Set<string>();
    modules.forEach((row, y) => row.forEach((on, x) => on && expected.add(`${x},${y}`)));
    expect(dark.size).to.equal(expected.size);
    expect([...expected].every((m) => dark.has(m))).to.equal(true);
    expect(qr.getAttribute('viewBox')).to.equal(`-4 -4 ${size + 8} ${size + 8}`);
    expect(parseFloat(getComputedStyle($(el, '.poster h2')).fontSize)).to.be.greaterThan(parseFloat(getComputedStyle($(el, '.poster')).fontSize));
    await expectAccessible(document);
  });

  it('takes chosen items by id, warns about unknown ids, and warns without a feedback-url', async () => {
    const capture = captureWarnings();
    try {
      const el = await board(html`<osa-you-said-we-did layout="poster" poster-items="i2, nope ,i5"><script type="application/json">${JSON.stringify(data)}</script></osa-you-said-we-did>`);
      expect(ids(el)).to.deep.equal(['i2', 'i5']);
      expect(root(el).querySelector('.qr')).to.equal(null);
      expect(capture.warnings.some((w) => w.includes('poster-items: there is no item with id "nope".'))).to.equal(true);
      expect(capture.warnings.some((w) => w.includes('layout="poster" has no feedback-url'))).to.equal(true);
    } finally {
      capture.restore();
    }
  });

  it('chooses a number of newest items, and builds one path per run of modules', () => {
    const view = buildView(checkItems(data, () => {})!, 'en');
    expect(posterEntries(view, '2', () => {}).map((e) => e.item.id)).to.deep.equal(['i6', 'i5']);
    expect(posterEntries(view, '', () => {})).to.have.length(3);
    expect(shortUrl('https://www.example.fi/')).to.equal('www.example.fi');
    expect(shortUrl('http://a.fi/b?c=d')).to.equal('a.fi/b?c=d');
    const { d, size } = qrPath('https://a.fi/');
    expect(size).to.be.at.least(21);
    expect(d.startsWith('M0 0h7v1h-7z')).to.equal(true);
  });

  it('prefers what was done or is being done, newest first within each, and offers a phone number beside the QR code', async () => {
    // The newest items were only received: nothing to show on a wall yet.
    const mixed = [
      ...items(4, (i) => ({ id: `new${i}`, status: i % 2 ? 'received' : 'considering', dates: { received: `2026-05-0${i + 1}` } })),
      { id: 'done-old', said: 'a', did: 'b', status: 'done', dates: { received: '2026-01-01' } },
      { id: 'progress', said: 'a', did: 'b', status: 'in-progress', dates: { received: '2026-02-01' } },
      { id: 'planned', said: 'a', did: 'b', status: 'planned', dates: { received: '2026-03-01' } },
      { id: 'no', said: 'a', reason: 'c', status: 'not-possible', dates: { received: '2026-04-01' } },
    ];
    const view = buildView(checkItems(mixed, () => {})!, 'fi');
    expect(posterEntries(view, '', () => {}).map((e) => e.item.id)).to.deep.equal(['progress', 'done-old', 'planned']);
    expect(posterEntries(view, '5', () => {}).map((e) => e.item.id)).to.deep.equal(['progress', 'done-old', 'planned', 'no', 'new3']);
    const el = await board(html`<osa-you-said-we-did layout="poster" feedback-url="https://www.example.fi/palaute" phone="09 310 12345"><script type="application/json">${JSON.stringify(mixed)}</script></osa-you-said-we-did>`, 'sv');
    expect(ids(el)).to.deep.equal(['progress', 'done-old', 'planned']);
    expect($(el, '.qr').textContent!.replace(/\s+/g, ' ')).to.contain('Du kan också ringa: 09 310 12345.');
    // The metadata is read from a distance: in the text colour, at least as large as the page's body text.
    const meta = getComputedStyle($(el, '.meta'));
    expect(meta.color).to.equal(getComputedStyle($(el, 'dd')).color);
    expect(parseFloat(meta.fontSize)).to.be.at.least(16);
    // Without a feedback address the phone number still shows.
    const phoneOnly = await board(html`<osa-you-said-we-did layout="poster" phone="09 310 12345"><script type="application/json">${JSON.stringify(mixed)}</script></osa-you-said-we-did>`);
    expect($(phoneOnly, '.poster__phone').textContent).to.equal('Voit myös soittaa: 09\u00a0310\u00a012345.');
  });

  it('prints the poster on an A4-wide page with the QR code kept', needs('print', async () => {
    const el = await board(html`<osa-you-said-we-did layout="poster" feedback-url="https://www.example.fi/palaute"><script type="application/json">${JSON.stringify(data)}</script></osa-you-said-we-did>`);
    await emulatePrint();
    expect(getComputedStyle($(el, '.qr svg')).display).to.not.equal('none');
    expect(getComputedStyle($(el, '.poster')).borderTopWidth).to.equal('0px');
  }));
});

/** The built CDN file in a plain page (test/pages/cdn.html), served by the fixture with its later part failing or slow. */
async function cdnBoard(mode: 'no-later' | 'slow-later', hash = '') {
  const files = await getJson<string[]>('/__osa__/cdn-files.json');
  expect(files, 'dist/cdn/ (run `npm run build`)').to.include('osa-you-said-we-did.js');
  const frame = document.createElement('iframe');
  frame.src = `/test/pages/cdn.html?only=osa-you-said-we-did&file=${encodeURIComponent(`../api/ysd/cdn/${mode}/osa-you-said-we-did.js`)}${hash}`;
  frame.style.width = '900px';
  document.body.append(frame);
  const win = () => frame.contentWindow as (Window & { __loaded?: boolean; __errors?: string[] }) | null;
  await waitFor(() => win()?.__loaded || win()?.__errors?.length, 'the CDN file to load');
  const w = win()!;
  expect(w.__errors).to.deep.equal([]);
  const el = w.document.querySelector('osa-you-said-we-did') as Board;
  const later = () => (w.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => /\/chunks\/later-/.test(e.name));
  /** Types `text` into the search box as input events, one letter at a time. */
  const search = (text: string) => {
    const input = $<HTMLInputElement>(el, '#q');
    for (const letter of text) {
      input.value += letter;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: letter, inputType: 'insertText' }));
    }
  };
  if (!hash) await waitFor(() => el.shadowRoot?.textContent?.includes('Emme ole vielä julkaisseet täällä mitään.'), 'the board to render');
  return { frame, w, el, later, search };
}

describe('osa-you-said-we-did: the parts loaded after the first render', () => {
  it('renders without waiting for the search part; a search typed before it arrives waits for it, then shows the right results and writes the hash', async () => {
    const { frame, w, el, later, search } = await cdnBoard('slow-later');
    try {
      // The first render did not wait for the search part (it is answered 1.5 s after it is asked for).
      expect(later().filter((e) => e.responseEnd > 0), 'the search part, when the board had rendered').to.deep.equal([]);
      el.setAttribute('json', JSON.stringify(items(30)));
      await waitFor(() => ids(el).length === 20, 'the items');
      expect(later().filter((e) => e.responseEnd > 0), 'the search part, before typing').to.deep.equal([]);
      search('said 3');
      await el.updateComplete;
      // Waited for: updateComplete means shown, with the search part there.
      expect(later()).to.have.length(1);
      // Both words, anywhere: "Said 3", "Said 13", "Said 23" and "Said 30".
      expect(ids(el)).to.deep.equal(['i30', 'i23', 'i13', 'i3']);
      expect($(el, '#count').textContent!.trim()).to.equal('4 tulosta');
      await waitFor(() => w.location.hash === '#ysd-q=said%203', 'the hash written');
      // The count is announced once the results are there (typing settled before the part arrived).
      await waitFor(() => live(el) === '4 tulosta', 'the count announced');
    } finally {
      frame.remove();
    }
  });

  it('a link to a filtered view: "Loading…" until the hash is read with the search part, never all the results first', async () => {
    const { frame, el, later } = await cdnBoard('slow-later', '#ysd-status=done');
    try {
      await waitFor(() => el.shadowRoot?.querySelector('.loading'), 'the loading message');
      expect(later().filter((e) => e.responseEnd > 0)).to.deep.equal([]);
      expect(el.shadowRoot!.textContent).not.to.contain('Emme ole vielä julkaisseet');
      el.setAttribute('json', JSON.stringify(items(30, (i) => ({ status: i % 3 ? 'received' : 'done' }))));
      await el.updateComplete;
      expect(later()).to.have.length(1);
      expect(ids(el)).to.deep.equal(['i28', 'i25', 'i22', 'i19', 'i16', 'i13', 'i10', 'i7', 'i4', 'i1']);
      expect($<HTMLSelectElement>(el, '#status').value).to.equal('done');
    } finally {
      frame.remove();
    }
  });

  it('shows that it is waiting for the search part while it loads', async () => {
    const { frame, el, later, search } = await cdnBoard('slow-later');
    try {
      el.setAttribute('json', JSON.stringify(items(30)));
      await waitFor(() => ids(el).length === 20, 'the items');
      expect(later().filter((e) => e.responseEnd > 0)).to.deep.equal([]);
      search('said 2');
      await waitFor(() => root(el).querySelector('.loading'), 'the loading message');
      const loading = $(el, '.loading');
      expect(loading.getAttribute('role')).to.equal('status');
      expect(loading.textContent).to.equal('Haemme tuloksia…');
      // The search box keeps what was typed, and the old results are not shown as if they matched.
      expect($<HTMLInputElement>(el, '#q').value).to.equal('said 2');
      expect(ids(el)).to.deep.equal([]);
      await waitFor(() => ids(el).join() === 'i29,i28,i27,i26,i25,i24,i23,i22,i21,i20,i12,i2', 'the results');
      expect(root(el).querySelector('.loading')).to.equal(null);
    } finally {
      frame.remove();
    }
  });

  it('when the search part cannot be loaded: the filters by status still work, and a search says so clearly with "Try again"', async () => {
    const { frame, el, later, search } = await cdnBoard('no-later');
    try {
      el.setAttribute('json', JSON.stringify(items(30, (i) => ({ status: i % 3 ? 'received' : 'done' }))));
      await waitFor(() => ids(el).length === 20, 'the items');
      await waitFor(() => later().length, 'the failed request for the search part');
      const status = $<HTMLSelectElement>(el, '#status');
      status.value = 'done';
      status.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() => ids(el).join() === 'i28,i25,i22,i19,i16,i13,i10,i7,i4,i1', 'only done items');
      search('said');
      const alert = await waitFor(() => root(el).querySelector('.error[role="alert"]'), 'the message');
      expect(alert.textContent).to.contain('Emme saaneet tuloksia näkyviin. Tarkista nettiyhteys ja yritä uudelleen.');
      expect(ids(el)).to.deep.equal([]);
      // Asked for again when something new needs it (a choice, the search, writing the hash once
      // typing settles), not on every update: after the typing has settled, no more requests.
      await new Promise((r) => setTimeout(r, 1000));
      const asked = later().length;
      await new Promise((r) => setTimeout(r, 600));
      expect(later(), 'requests for the search part while nothing new needed it').to.have.length(asked);
      // "Try again" asks again (and fails again here): the message stays, with focus on the button.
      const before = later().length;
      (alert.querySelector('button') as HTMLButtonElement).click();
      await waitFor(() => later().length > before || root(el).querySelector('.error[role="alert"] button') === el.shadowRoot!.activeElement, 'asked again');
      await waitFor(() => el.shadowRoot!.activeElement?.textContent === 'Yritä uudelleen', 'focus on "Try again"');
      expect(root(el).querySelector('.error[role="alert"]')!.textContent).to.contain('Tarkista nettiyhteys');
      // Clearing the search gives the filtered results back without the search part.
      const input = $<HTMLInputElement>(el, '#q');
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitFor(() => ids(el).length === 10, 'the done items again');
    } finally {
      frame.remove();
    }
  });
});

describe('osa-you-said-we-did: language marking', () => {
  it('marks its content with the language it speaks when the page speaks another', async () => {
    const host = document.createElement('div');
    host.lang = 'de';
    host.innerHTML = '<osa-you-said-we-did><script type="application/json">[]</script></osa-you-said-we-did>';
    document.body.append(host);
    try {
      const el = host.querySelector('osa-you-said-we-did') as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal('en');
    } finally {
      host.remove();
    }
  });
});

// A CMS filter that strips <script> keeps attributes: the items as the json attribute.
describe('osa-you-said-we-did: the json attribute', () => {
  it('shows the items from the attribute alone, wins over the child script, and follows changes', async () => {
    const el = await board(html`<osa-you-said-we-did json=${JSON.stringify(items(3))}><script type="application/json">${JSON.stringify(items(1))}</script></osa-you-said-we-did>`, 'en');
    await waitFor(() => ids(el).length === 3, 'three items from the attribute');
    expect(ids(el)).to.deep.equal(['i3', 'i2', 'i1']);
    el.setAttribute('json', JSON.stringify({ items: items(2) }));
    await waitFor(() => ids(el).length === 2, 'two items after the change');
    el.removeAttribute('json');
    await waitFor(() => ids(el).length === 1, 'the child script without the attribute');
  });

  it('broken JSON in the attribute: a warning that names the attribute and the data error; a bad item is skipped with a warning', async () => {
    const cap = captureWarnings();
    try {
      const el = await board(html`<osa-you-said-we-did json='[{"id": 1,'></osa-you-said-we-did>`, 'en');
      await waitFor(() => !!root(el).querySelector('[role="alert"], .box--warning, .error'), 'the data error');
      expect(cap.warnings.some((w) => w.includes('The json attribute is not valid JSON'))).to.be.true;
      cap.warnings.length = 0;
      const el2 = await board(html`<osa-you-said-we-did json=${JSON.stringify([...items(2), { id: 'bad' }])}></osa-you-said-we-did>`, 'en');
      await waitFor(() => ids(el2).length === 2, 'the two good items');
      expect(cap.warnings.some((w) => w.includes('bad'))).to.be.true;
    } finally {
      cap.restore();
    }
  });
});
