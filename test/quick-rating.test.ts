// <osa-quick-rating> in real Chromium against the HTTP fixture in test/servers/quick-rating.mjs:
// inline by real key presses, and a waiting-room kiosk through real offline periods, where each
// tap must be stored exactly once.
import { expect } from '@open-wc/testing';
import '../src/quick-rating/register.js';
import type { OsaQuickRating } from '../src/quick-rating/osa-quick-rating.js';
import type { QuickRatingData } from '../src/quick-rating/actions.js';
import { Outbox } from '../src/core/outbox.js';
import { expectAccessible } from './helpers/axe.js';
import { deepActiveElement, goOfflineFor, narrow, press, tabTo, type, waitFor } from './helpers/browser.js';
import { needs } from './helpers/engine.js';
import { captureWarnings, getJson, pageContainer, runId } from './helpers/fixtures.js';

interface Stats { requests: number; stored: number; keys: string[]; bodies: QuickRatingData[]; log: { n: number; key?: string }[] }
const stats = (run: string) => getJson<Stats>(`/api/quick-rating-stats/${run}`);

const page = pageContainer();
let container: HTMLElement;
beforeEach(() => (container = page()));

async function mount(attrs: Record<string, string> = {}, lang = 'fi', props: Partial<OsaQuickRating> = {}): Promise<OsaQuickRating> {
  container.lang = lang;
  const el = document.createElement('osa-quick-rating') as OsaQuickRating;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, { retryDelay: 50, timeout: 3000, ...props });
  container.append(el);
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: OsaQuickRating, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const shown = (el: OsaQuickRating) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const isThanks = () => deepActiveElement()?.hasAttribute('data-thanks') ?? false;
const outboxKeys = (el: OsaQuickRating) => new Outbox(el.outboxName).items().map((i) => i.key);

/** A tap on a choice and on "Send" (DOM clicks: no key press can reach the page while it is offline). */
async function tapRating(el: OsaQuickRating, choice: number) {
  $(el, `#scale-${choice - 1}`)!.click();
  await el.updateComplete;
  $(el, 'button[type=submit]')!.click();
  await waitFor(() => $(el, '[data-thanks]'), 'the thanks');
}

describe('osa-quick-rating: inline', () => {
  it('five choices with words, the note on personal data, and a rating by keyboard with a comment', async () => {
    const run = runId();
    const el = await mount({ endpoint: `/api/quick-rating/ok/${run}`, service: 'Hammashoito', unit: 'Kallion terveysasema' });
    expect($(el, 'h2')!.textContent).to.equal('Miten onnistuimme tänään?');
    // The question is the rating group's legend, seen by everyone (a second engine, IBM Equal
    // Access, reads a visually hidden legend as none).
    const legend = $(el, '#scale > legend')!;
    expect(legend.querySelector('h2#question'), 'the heading in the legend').to.equal($(el, 'h2'));
    expect(legend.checkVisibility() && legend.getBoundingClientRect().height > 20, 'the legend is shown').to.be.true;
    expect([...el.shadowRoot!.querySelectorAll('.option__label')].map((l) => l.textContent)).to.deep.equal(['Erittäin huonosti', 'Huonosti', 'Kohtalaisesti', 'Hyvin', 'Erittäin hyvin']);
    expect(shown(el)).to.contain('Arvio on nimetön. Emme kysy nimeäsi');
    await expectAccessible(container);
    await tabTo((e) => e.id === 'scale-0');
    await press('ArrowRight');
    await press('ArrowRight');
    await press('ArrowRight');
    expect(el.choice.rating, 'arrow keys choose').to.equal(4);
    await tabTo((e) => e.id === 'comment');
    await type('Ystävällinen vastaanotto.');
    await tabTo((e) => e.localName === 'button' && e.getAttribute('type') === 'submit');
    await press('Enter');
    await waitFor(isThanks, 'focus on the thanks');
    expect(deepActiveElement()!.textContent).to.contain('Kiitos arviostasi!');
    const s = await stats(run);
    expect(s.stored).to.equal(1);
    expect(s.bodies[0]).to.deep.include({ rating: 4, comment: 'Ystävällinen vastaanotto.', service: 'Hammashoito', unit: 'Kallion terveysasema', mode: 'inline', locale: 'fi' });
    expect(s.bodies[0].ratedAt).to.match(/:00\.000Z$/);
    await expectAccessible(container);
  });

  it('a new choice made while the send waits to try again stops it: the older rating is not sent', async () => {
    const run = runId('busy-change');
    const el = await mount({ endpoint: `/api/quick-rating/busy/${run}` }, 'en');
    $(el, '#scale-1')!.click();
    await el.updateComplete;
    $(el, 'button[type=submit]')!.click();
    await waitFor(() => shown(el).includes('The service is busy.'), 'the retry notice');
    $(el, '#scale-4')!.click();
    await waitFor(() => shown(el).includes('You changed the form while we were waiting to send it'), 'the stop');
    await new Promise((r) => setTimeout(r, 300));
    expect(await stats(run), 'only the first, refused, request').to.deep.include({ stored: 0 });
  });

  it('Send with no choice: the error is shown and focus goes to the first choice; nothing is sent', async () => {
    const run = runId();
    const el = await mount({ endpoint: `/api/quick-rating/ok/${run}` }, 'sv');
    await tabTo((e) => e.localName === 'button' && e.getAttribute('type') === 'submit');
    await press('Enter');
    await waitFor(() => $(el, '#scale-error'), 'the error');
    expect($(el, '#scale-error')!.textContent).to.contain('Välj hur vi lyckades');
    expect(deepActiveElement()!.id).to.equal('scale-0');
    // The radio group is invalid, not its first radio (ARIA 1.2 allows aria-invalid on a radiogroup only).
    expect($(el, '#scale')!.getAttribute('role')).to.equal('radiogroup');
    expect($(el, '#scale')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('input[aria-invalid]')).to.have.length(0);
    await expectAccessible(container);
    expect((await stats(run)).requests).to.equal(0);
  });

  it('inline keeps the comment as a draft in this tab; a kiosk keeps none', async () => {
    const endpoint = `/api/quick-rating/ok/${runId()}`;
    let el = await mount({ endpoint, id: 'qr' }, 'en');
    // The draft code loads just after the first render (what is typed before it arrives: test/cdn.test.ts).
    await waitFor(() => el.drafts.key, 'the draft code');
    $(el, '#scale-1')!.click();
    await tabTo((e) => e.id === 'comment');
    await type('Long queue');
    el.drafts.flush();
    el.remove();
    el = await mount({ endpoint, id: 'qr' }, 'en');
    expect(el.choice).to.deep.equal({ rating: 2, comment: 'Long queue' });
    el.remove();
    sessionStorage.clear();
    el = await mount({ endpoint: `/api/quick-rating/ok/${runId()}`, id: 'qr-kiosk', mode: 'kiosk' }, 'en');
    $(el, '#scale-1')!.click();
    await tabTo((e) => e.id === 'comment');
    await type('Long queue');
    el.drafts.flush();
    await new Promise((r) => setTimeout(r, 400));
    expect(sessionStorage.length + Object.keys(localStorage).filter((k) => k.includes('draft') || k.includes('qr-kiosk')).length, 'no draft anywhere').to.equal(0);
  });

  it('a draft stays with its service and unit: the rating of another service on the same page path starts empty', async () => {
    const endpoint = `/api/quick-rating/ok/${runId()}`;
    // A single-page app (or ?page= routing) shows one rating after another at one path, with no id.
    let el = await mount({ endpoint, service: 'Hammashoito', unit: 'Kallio' }, 'en');
    await waitFor(() => el.drafts.key, 'the draft code');
    $(el, '#scale-0')!.click();
    await tabTo((e) => e.id === 'comment');
    await type('Long queue');
    el.drafts.flush();
    el.remove();
    for (const [service, unit] of [['Laboratorio', 'Kallio'], ['Hammashoito', 'Vallila']]) {
      el = await mount({ endpoint, service, unit }, 'en');
      await waitFor(() => el.drafts.key, 'the draft code');
      await new Promise((r) => setTimeout(r, 100));
      expect(el.choice, `${service}, ${unit}`).to.deep.equal({ rating: 0, comment: '' });
      el.remove();
    }
    el = await mount({ endpoint, service: 'Hammashoito', unit: 'Kallio' }, 'en');
    await waitFor(() => el.choice.rating, 'the draft back with its own service');
    expect(el.choice).to.deep.equal({ rating: 1, comment: 'Long queue' });
  });

  it('retries a failing server with one key and stores the rating once; adapter="event" makes no request', async () => {
    const run = runId();
    const el = await mount({ endpoint: `/api/quick-rating/fail-twice/${run}` }, 'en');
    await tapRating(el, 5);
    const s = await stats(run);
    expect([s.requests, s.stored, new Set(s.log.map((l) => l.key)).size]).to.deep.equal([3, 1, 1]);
    el.remove();
    const ev = await mount({ adapter: 'event' }, 'en');
    const got: QuickRatingData[] = [];
    ev.addEventListener('osa-quick-rating-submit', (e) => (got.push(e.detail.data), e.detail.respondWith(Promise.resolve())));
    await tapRating(ev, 3);
    expect(got.map((d) => d.rating)).to.deep.equal([3]);
  });
});

describe('osa-quick-rating: kiosk', () => {
  it('touch targets are at least 44 × 44 CSS px, at 1280 and at 320 px', async () => {
    const el = await mount({ endpoint: `/api/quick-rating/ok/${runId()}`, mode: 'kiosk' }, 'fi');
    const check = () => {
      const targets = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.option, button, textarea')];
      expect(targets.length).to.equal(7);
      for (const t of targets) {
        const r = t.getBoundingClientRect();
        expect(Math.min(r.width, r.height), `${t.className || t.localName}`).to.be.at.least(44);
      }
    };
    check();
    await expectAccessible(container);
    await narrow();
    await el.updateComplete;
    check();
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('after reset-seconds without activity everything is cleared; after the thanks it starts over', async () => {
    const run = runId();
    const el = await mount({ endpoint: `/api/quick-rating/ok/${run}`, mode: 'kiosk', 'reset-seconds': '1' }, 'en');
    await tabTo((e) => e.id === 'scale-0');
    await press('ArrowRight');
    await tabTo((e) => e.id === 'comment');
    await type('Nice');
    expect(el.choice).to.deep.equal({ rating: 2, comment: 'Nice' });
    await waitFor(() => el.choice.rating === 0, 'cleared after a second of inactivity', 4000);
    expect($<HTMLTextAreaElement>(el, '#comment')!.value).to.equal('');
    await tapRating(el, 4);
    expect(shown(el)).to.contain('Thank you for your rating!').and.contain('goes back to the start');
    await waitFor(() => $(el, '#scale-0'), 'the start view again', 4000);
    expect(el.choice).to.deep.equal({ rating: 0, comment: '' });
    expect((await stats(run)).stored).to.equal(1);
  });

  it('offline: each tap is saved with its own key and stored exactly once when the connection returns, also after a reload', needs('offline', async () => {
    const run = runId();
    const endpoint = `/api/quick-rating/ok/${run}`;
    let el = await mount({ endpoint, mode: 'kiosk', 'reset-seconds': '60', service: 'Laboratorio' }, 'fi');
    await tabTo((e) => e.id === 'scale-0');
    await waitFor(() => el.actions, 'the actions loaded on focus');

    // First offline period: three people rate.
    await goOfflineFor(2500);
    for (const choice of [5, 1, 3]) {
      await tapRating(el, choice);
      expect(shown(el)).to.contain('Arviosi on tallessa tällä laitteella');
      $(el, '#again')!.click();
      await waitFor(() => $(el, '#scale-0'), 'the start view');
    }
    const queued = outboxKeys(el);
    expect(queued, 'three ratings, three keys').to.have.length(3);
    expect(new Set(queued).size).to.equal(3);
    expect(shown(el)).to.contain('3 arviota odottaa yhteyttä.');
    await waitFor(() => navigator.onLine, 'back online', 10_000);
    await waitFor(async () => (await stats(run)).stored === 3, 'the three stored');
    await waitFor(() => !shown(el).includes('odottaa'), 'nothing waiting');
    let s = await stats(run);
    expect(s.requests, 'one request per tap').to.equal(3);
    expect(s.keys).to.deep.equal(queued);
    expect(s.bodies.map((b) => b.rating)).to.deep.equal([5, 1, 3]);
    expect(s.bodies.every((b) => b.mode === 'kiosk' && b.service === 'Laboratorio')).to.equal(true);
    expect(outboxKeys(el)).to.deep.equal([]);

    // Second offline period: one more tap, then the tablet reloads (the element goes) while offline.
    await goOfflineFor(1500);
    await tapRating(el, 4);
    const [fourth] = outboxKeys(el);
    el.remove();
    await waitFor(() => navigator.onLine, 'back online', 10_000);
    await new Promise((r) => setTimeout(r, 300));
    expect((await stats(run)).stored, 'nothing sends without the element').to.equal(3);
    // Two kiosk tags start at once on the reloaded page: they share the outbox and still send once.
    [el] = await Promise.all([
      mount({ endpoint, mode: 'kiosk', 'reset-seconds': '60', service: 'Laboratorio' }, 'fi'),
      mount({ endpoint, mode: 'kiosk', 'reset-seconds': '60', service: 'Laboratorio' }, 'fi'),
    ]);
    const twin = container.querySelectorAll('osa-quick-rating')[1] as OsaQuickRating;
    await waitFor(async () => (await stats(run)).stored === 4, 'the fourth stored after the reload');
    await new Promise((r) => setTimeout(r, 500));
    s = await stats(run);
    expect([s.requests, s.stored]).to.deep.equal([4, 4]);
    expect(s.keys[3]).to.equal(fourth);
    expect(outboxKeys(twin)).to.deep.equal([]);
  }));

  it('a busy server keeps the rating waiting with the same key until it is stored; a rejected one leaves the outbox', async () => {
    const run = runId();
    const el = await mount({ endpoint: `/api/quick-rating/always-500/${run}`, mode: 'kiosk' }, 'en', { attempts: 2 });
    await tapRating(el, 2);
    await waitFor(async () => (await stats(run)).requests === 2, 'two attempts');
    await waitFor(() => shown(el).includes('1 rating is waiting'), 'the waiting count');
    const [key] = outboxKeys(el);
    expect(key).to.be.a('string');
    el.endpoint = `/api/quick-rating/ok/${run}`;
    window.dispatchEvent(new Event('online'));
    await waitFor(async () => (await stats(run)).stored === 1, 'stored on the next flush');
    expect((await stats(run)).keys).to.deep.equal([key]);
    const errors: string[] = [];
    el.endpoint = `/api/quick-rating/reject/${run}`;
    el.addEventListener('osa-quick-rating-error', (e) => errors.push(e.detail.kind));
    $(el, '#again')!.click();
    await waitFor(() => $(el, '#scale-0'), 'the start view');
    await tapRating(el, 1);
    await waitFor(() => errors.length === 1, 'the rejection');
    expect(errors).to.deep.equal(['rejected']);
    expect(outboxKeys(el)).to.deep.equal([]);
  });
});

describe('osa-quick-rating: kiosk, a key still being handled', () => {
  it('a 409 (the same key still being handled) keeps the rating waiting; it is stored on the next try', async () => {
    const run = runId();
    const el = await mount({ endpoint: `/api/quick-rating/conflict-once/${run}`, mode: 'kiosk', 'reset-seconds': '60' }, 'en', { attempts: 1 });
    await tapRating(el, 4);
    await waitFor(async () => (await stats(run)).requests === 1, 'the first try');
    await waitFor(() => shown(el).includes('1 rating is waiting'), 'the rating still waiting');
    window.dispatchEvent(new Event('online'));
    await waitFor(async () => (await stats(run)).stored === 1, 'stored on the next try');
    expect(outboxKeys(el)).to.deep.equal([]);
  });
});

describe('osa-quick-rating: kiosk without storage', () => {
  // Storage turned off or full (a locked-down browser, a long offline spell): every use throws.
  const saved = { get: Storage.prototype.getItem, set: Storage.prototype.setItem };
  beforeEach(() => {
    Storage.prototype.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  afterEach(() => {
    Storage.prototype.getItem = saved.get;
    Storage.prototype.setItem = saved.set;
  });

  it('each rating is still sent while the page is open: at once, and after the service was down', async () => {
    const run = runId();
    const el = await mount({ endpoint: `/api/quick-rating/ok/${run}`, mode: 'kiosk', 'reset-seconds': '60' }, 'en', { attempts: 1 });
    await tapRating(el, 5);
    await waitFor(async () => (await stats(run)).stored === 1, 'the rating stored');

    $(el, '#again')!.click();
    await waitFor(() => $(el, '#scale-0'), 'the start view');
    el.endpoint = `/api/quick-rating/always-500/${run}`;
    await tapRating(el, 2);
    await waitFor(() => shown(el).includes('1 rating is waiting'), 'the waiting count');
    el.endpoint = `/api/quick-rating/ok/${run}`;
    window.dispatchEvent(new Event('online'));
    await waitFor(async () => (await stats(run)).stored === 2, 'the waiting rating stored when the service is back');
    await waitFor(() => !shown(el).includes('waiting'), 'nothing waiting');
    expect((await stats(run)).bodies.map((b) => b.rating)).to.deep.equal([5, 2]);
  });
});

describe('osa-quick-rating: texts', () => {
  it('easy language, a texts override, and a warning without endpoint', async () => {
    const cap = captureWarnings();
    try {
      const el = await mount({ easy: '', texts: '{"fi": {"question": "Miten vastaanotto sujui?"}}' }, 'fi');
      expect($(el, 'h2')!.textContent).to.equal('Miten vastaanotto sujui?');
      expect(shown(el)).to.contain('Tosi hyvin');
      expect(cap.warnings.join('\n')).to.contain('has no endpoint');
    } finally {
      cap.restore();
    }
  });
});
