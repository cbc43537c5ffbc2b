// Privacy (issue #8): every request and cookie while all stories render, in fi, sv and en, with each
// form touched so its lazy parts load; then real feedback and panel sign-up flows against the HTTP
// fixtures. Proves: every request goes to the page's own origin (no third-party host), no cookie is
// set, nothing else is stored (no IndexedDB, Cache Storage or service worker), and Web Storage holds
// only drafts (src/core/draft.ts: `osallisuus:<tag>:<path>:<id>`), each only until a successful send
// or "Clear the form".
// Requests are recorded two ways: Resource Timing (a PerformanceObserver and the buffer), which
// lists what loaded, and a tripwire policy (fetch directives only, `'self'`) whose violation events
// name any request to another origin, even one that would fail and leave no timing entry.
// The library is imported only after both recorders run, so none of its requests is missed.
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { settled, getJson, runId } from './helpers/fixtures.js';
import { type, waitFor } from './helpers/browser.js';

// ---- the recorders, before any library code loads ----
performance.setResourceTimingBufferSize(100_000);
const observed = new Set<string>();
new PerformanceObserver((list) => list.getEntries().forEach((e) => observed.add(e.name))).observe({ type: 'resource', buffered: true });
const blocked: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => blocked.push(`${e.effectiveDirective} ${e.blockedURI}`), true);
const tripwire = document.createElement('meta');
tripwire.httpEquiv = 'Content-Security-Policy';
tripwire.content = "connect-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; media-src 'self'; frame-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'";
document.head.append(tripwire);
const cookiesBefore = document.cookie;
const cookieStore = (globalThis as { cookieStore?: { getAll(): Promise<{ name: string }[]> } }).cookieStore;
const storeCookiesBefore = (await cookieStore?.getAll())?.map((c) => c.name) ?? [];
// Other test files share this origin's storage: start from empty, so whatever is here later came from this file.
localStorage.clear();
sessionStorage.clear();

const { default: stories } = (await import('/__osa__/stories.js' as string)) as { default: { file: string; module: Record<string, unknown> }[] };
await Promise.all([import('../src/feedback/register.js'), import('../src/panel-signup/register.js')]);

// ---- helpers ----
const DRAFT_KEY = /^osallisuus:osa-[a-z-]+:\/[^:]*:[0-9a-z]+:[\w-]+$/;
const storageKeys = () => [...Object.keys(sessionStorage).map((k) => `session ${k}`), ...Object.keys(localStorage).map((k) => `local ${k}`)];
const hasDraft = (id: string) => storageKeys().some((k) => k.endsWith(`:${id}`));
const requested = () => new Set([...observed, ...performance.getEntriesByType('resource').map((e) => e.name)]);

type Args = Record<string, unknown>;
interface Context { args: Args; globals: { locale: string; theme: string }; canvasElement: HTMLElement; id: string; name: string }
interface StoryObj {
  args?: Args; name?: string;
  render?: (args: Args, context: Context) => TemplateResult;
  decorators?: ((story: () => TemplateResult, context: Context) => TemplateResult)[];
  play?: (c: Context & { step: (n: string, f: () => unknown) => unknown }) => unknown;
}

/** Every custom element under `root`, shadow roots included. */
function customElementsIn(root: ParentNode): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.localName.includes('-')) out.push(el);
    if (el.shadowRoot) out.push(...customElementsIn(el.shadowRoot));
  }
  return out;
}

/** The least a person does: moves into each form and the search box, so code loaded "at first use" loads. */
async function touch(canvas: HTMLElement) {
  for (const el of customElementsIn(canvas)) {
    for (const field of el.shadowRoot?.querySelectorAll<HTMLElement>('form input:not([type=hidden]), form textarea, form select') ?? []) {
      field.focus();
      field.blur();
    }
  }
  await settled(canvas);
  await new Promise((r) => setTimeout(r, 50));
}

// ---- the tests ----
describe('privacy: the recorders work', () => {
  it('see a same-origin request in Resource Timing, and a request to another host as a violation', async () => {
    const url = `/api/feedback-stats/${runId('probe')}`;
    await getJson(url);
    await waitFor(() => [...requested()].some((n) => n.endsWith(url)), 'the probe in Resource Timing');
    await fetch('https://third-party.invalid/pixel.gif').catch(() => undefined);
    await waitFor(() => blocked.some((b) => b.includes('third-party.invalid')), 'the tripwire to report the third-party request');
    blocked.length = 0;
  });
});

describe('privacy: every story, in fi, sv and en', () => {
  for (const { file, module } of stories) {
    const meta = module.default as StoryObj & { title: string };
    const entries = Object.entries(module).filter(([name]) => name !== 'default' && name !== '__namedExportsOrder') as [string, StoryObj][];
    for (const lang of ['fi', 'sv', 'en']) {
      it(`${meta.title} (${file}) — ${lang}: requests stay on this site; a sent form keeps no draft`, async () => {
        const main = document.createElement('main');
        document.body.append(main);
        document.documentElement.lang = lang;
        try {
          for (const [name, story] of entries) {
            const canvas = document.createElement('div');
            canvas.lang = lang;
            main.append(canvas);
            const args = { ...meta.args, ...story.args };
            const context: Context = { args, globals: { locale: lang, theme: 'light' }, canvasElement: canvas, id: name, name };
            const base = () => (story.render ?? meta.render)!(args, context);
            const decorated = [...(story.decorators ?? []), ...(meta.decorators ?? [])].reduce<() => TemplateResult>((inner, d) => () => d(inner, context), base);
            render(decorated(), canvas);
            await settled(canvas);
            if (story.play) {
              await story.play({ ...context, step: (_n, f) => f() });
              await settled(canvas);
            }
            await touch(canvas);
            // A form that says "sent" has forgotten its draft (previews show the state without sending).
            for (const el of canvas.querySelectorAll<HTMLElement & { previewState?: string }>('osa-feedback, osa-panel-signup')) {
              const sent = el.shadowRoot!.querySelector('[data-confirmation], #sent-title');
              if (sent && !el.previewState) expect(hasDraft(el.id || 'draft'), `${name}: draft of #${el.id} after sending`).to.be.false;
            }
            render(null, canvas);
            canvas.remove();
          }
        } finally {
          main.remove();
        }
        const foreign = [...requested()].filter((n) => new URL(n, location.href).origin !== location.origin);
        expect(foreign, 'requests to another origin').to.deep.equal([]);
        expect(blocked, 'requests the tripwire stopped').to.deep.equal([]);
      });
    }
  }
});

describe('privacy: drafts live only until success or clear', () => {
  type Form = HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('main');
    container.lang = 'fi';
    document.body.append(container);
  });
  afterEach(() => container.remove());

  async function mount(tag: 'osa-feedback' | 'osa-panel-signup', attrs: Record<string, string>): Promise<Form> {
    const el = document.createElement(tag) as unknown as Form;
    for (const [k, v] of Object.entries({ 'privacy-url': '/tietosuoja', phone: '09 310 12345', ...attrs })) el.setAttribute(k, v);
    Object.assign(el, { minSeconds: 0, retryDelay: 50, timeout: 3000 });
    container.append(el);
    await el.updateComplete;
    return el;
  }
  const $ = (el: Form, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
  function setValue(el: Form, sel: string, value: string) {
    const input = $(el, sel) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  const draftOf = (storage: Storage, id: string) => Object.entries(storage).find(([k]) => k.endsWith(`:${id}`));
  /** Waits for the debounced draft, checks its key and shape, returns what it holds. */
  /** The saved draft, once one is saved (and, with `message`, once it holds that message: saving is debounced, and a slow machine may save mid-typing). */
  async function savedDraft(storage: Storage, tag: string, id: string, message?: string) {
    const [key, raw] = await waitFor(() => {
      const found = draftOf(storage, id);
      return found && (message === undefined || (JSON.parse(found[1] as string) as { data: { message?: string } }).data.message === message) ? found : undefined;
    }, `the draft of #${id}${message === undefined ? '' : ` with "${message}"`}`);
    // tag, page path (never the query), a hash of where the form sends, the element's id
    expect(key).to.match(new RegExp(`^osallisuus:${tag}:${location.pathname.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:[0-9a-z]+:${id}$`));
    const stored = JSON.parse(raw as string) as { v: number; savedAt: number; data: Record<string, unknown> };
    expect(stored.v).to.equal(1);
    expect(stored.savedAt).to.be.closeTo(Date.now(), 60_000);
    return stored.data;
  }
  async function typeMessage(el: Form, text: string) {
    $(el, '#kind-1').click();
    $(el, '#message').focus();
    await type(text);
    $(el, '#reply-1').click();
    await el.updateComplete;
  }

  it('feedback: the draft holds what was typed, and is gone after the server confirms', async () => {
    const run = runId('priv-fb');
    const el = await mount('osa-feedback', { id: 'priv-sent', endpoint: `/api/feedback/ok/${run}` });
    await typeMessage(el, 'Odotin puhelinjonossa 40 minuuttia.');
    expect(await savedDraft(sessionStorage, 'osa-feedback', 'priv-sent', 'Odotin puhelinjonossa 40 minuuttia.')).to.deep.include({ message: 'Odotin puhelinjonossa 40 minuuttia.' });
    expect(localStorage.length, 'nothing in localStorage by default').to.equal(0);
    $(el, 'button[type=submit]').click();
    await waitFor(() => el.shadowRoot!.querySelector('[data-confirmation]'), 'the confirmation');
    expect((await getJson<{ stored: number }>(`/api/feedback-stats/${run}`)).stored).to.equal(1);
    expect(hasDraft('priv-sent')).to.be.false;
    el.remove(); // leaving the page must not write it back
    await new Promise((r) => setTimeout(r, 400));
    expect(hasDraft('priv-sent')).to.be.false;
  });

  it('feedback: a failed send keeps the draft (nothing is lost); "Clear the form" removes it', async () => {
    const run = runId('priv-fail');
    const el = await mount('osa-feedback', { id: 'priv-clear', endpoint: `/api/feedback/always-500/${run}` });
    Object.assign(el, { attempts: 1 });
    await typeMessage(el, 'Ovi on raskas avata.');
    await savedDraft(sessionStorage, 'osa-feedback', 'priv-clear');
    $(el, 'button[type=submit]').click();
    await waitFor(() => el.shadowRoot!.querySelector('.failure'), 'the failure');
    expect(hasDraft('priv-clear'), 'kept after a failure').to.be.true;
    el.remove();
    // Back on the page: the draft is offered, and "Clear the form" forgets it for good.
    const again = await mount('osa-feedback', { id: 'priv-clear', endpoint: `/api/feedback/always-500/${run}` });
    expect(($(again, '#message') as HTMLTextAreaElement).value).to.equal('Ovi on raskas avata.');
    [...again.shadowRoot!.querySelectorAll<HTMLButtonElement>('.draft-note button')].find((b) => b.textContent === 'Tyhjennä lomake')!.click();
    await again.updateComplete;
    expect(hasDraft('priv-clear')).to.be.false;
    again.remove();
    await new Promise((r) => setTimeout(r, 400));
    expect(hasDraft('priv-clear'), 'not written back when the element leaves').to.be.false;
  });

  it('feedback with draft="local": in localStorage until sent; draft="off" stores nothing', async () => {
    const run = runId('priv-local');
    const el = await mount('osa-feedback', { id: 'priv-local', draft: 'local', endpoint: `/api/feedback/ok/${run}` });
    await typeMessage(el, 'Paikallinen luonnos.');
    await savedDraft(localStorage, 'osa-feedback', 'priv-local');
    $(el, 'button[type=submit]').click();
    await waitFor(() => el.shadowRoot!.querySelector('[data-confirmation]'), 'the confirmation');
    expect(hasDraft('priv-local')).to.be.false;
    const off = await mount('osa-feedback', { id: 'priv-off', draft: 'off', endpoint: `/api/feedback/ok/${run}` });
    await typeMessage(off, 'Ei luonnosta.');
    await new Promise((r) => setTimeout(r, 400));
    expect(hasDraft('priv-off')).to.be.false;
  });

  it('panel sign-up: the draft stays in this tab, and is gone after sending and after clearing', async () => {
    const run = runId('priv-panel');
    const fill = async (el: Form, name: string) => {
      setValue(el, '#name', name);
      $(el, '#channels-0').click();
      await el.updateComplete;
      setValue(el, '#email', 'aino@example.fi');
      $(el, '#consent').click();
      await el.updateComplete;
    };
    const el = await mount('osa-panel-signup', { id: 'priv-panel', endpoint: `/api/panel-signup/ok/${run}`, 'panel-name': 'Asiakasraati' });
    await fill(el, 'Aino Virtanen');
    expect(await savedDraft(sessionStorage, 'osa-panel-signup', 'priv-panel')).to.be.an('object');
    expect(localStorage.length, 'personal data never goes to localStorage').to.equal(0);
    $(el, 'button[type=submit]').click();
    await waitFor(() => el.shadowRoot!.querySelector('#sent-title'), 'the confirmation');
    expect((await getJson<{ stored: number }>(`/api/panel-signup-stats/${run}`)).stored).to.equal(1);
    expect(hasDraft('priv-panel')).to.be.false;
    el.remove();

    const other = await mount('osa-panel-signup', { id: 'priv-panel-2', endpoint: `/api/panel-signup/ok/${run}`, 'panel-name': 'Asiakasraati' });
    await fill(other, 'Eino Esimerkki');
    await savedDraft(sessionStorage, 'osa-panel-signup', 'priv-panel-2');
    $(other, '#clear').click();
    await other.updateComplete;
    [...other.shadowRoot!.querySelectorAll<HTMLButtonElement>('.clear-step button')].find((b) => b.id !== 'clear-no')!.click();
    await other.updateComplete;
    expect(hasDraft('priv-panel-2')).to.be.false;
    other.remove();
    await new Promise((r) => setTimeout(r, 400));
    expect(hasDraft('priv-panel-2')).to.be.false;
  });
});

describe('privacy: after everything', () => {
  it('every request went to this origin; no cookie; only drafts in Web Storage; nothing else stored', async () => {
    const all = [...requested()];
    expect(all.length, 'requests recorded').to.be.greaterThan(10);
    expect(all.filter((n) => new URL(n, location.href).origin !== location.origin), 'requests to another origin').to.deep.equal([]);
    expect(blocked, 'requests the tripwire stopped').to.deep.equal([]);
    // The fixtures for the forms were called, so the recorder saw the library's own traffic.
    expect(all.some((n) => n.includes('/api/feedback/ok/')), 'a feedback request recorded').to.be.true;

    expect(document.cookie, 'cookies visible to scripts').to.equal(cookiesBefore);
    expect(cookiesBefore, 'no cookie on this origin').to.equal('');
    if (cookieStore) expect((await cookieStore.getAll()).map((c) => c.name), 'the Cookie Store').to.deep.equal(storeCookiesBefore);

    // Left in Web Storage: only drafts of stories that were never sent, each in the draft format,
    // page feedback's note (this tab only) that a page was answered: yes or no and the answer's id,
    // and the key of a send not confirmed (this tab only): the key and a hash, never the answers.
    for (const [area, storage] of [['session', sessionStorage], ['local', localStorage]] as const) {
      for (const [key, raw] of Object.entries(storage)) {
        if (area === 'session' && key.startsWith('osallisuus:sending:')) {
          const kept = JSON.parse(raw as string) as Record<string, unknown>;
          expect(Object.keys(kept).sort(), key).to.deep.equal(['hash', 'key']);
          expect(kept.hash, key).to.match(/^[0-9a-z]{1,7}$/);
          expect(kept.key, key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
          continue;
        }
        if (area === 'session' && key.startsWith('osallisuus:osa-page-feedback:')) {
          const note = JSON.parse(raw as string) as Record<string, unknown>;
          expect(Object.keys(note).sort(), key).to.deep.equal(['answerId', 'useful']);
          expect([typeof note.useful, typeof note.answerId], key).to.deep.equal(['boolean', 'string']);
          continue;
        }
        expect(key, `${area}Storage key`).to.match(DRAFT_KEY);
        const stored = JSON.parse(raw as string) as { v: number; data: unknown };
        expect(stored.v, key).to.equal(1);
        expect(stored.data, key).to.be.an('object');
      }
    }
    expect(Object.keys(localStorage).filter((k) => k.includes('osa-panel-signup')), 'panel drafts outside this tab').to.deep.equal([]);

    expect((await indexedDB.databases()).map((d) => d.name), 'IndexedDB databases').to.deep.equal([]);
    if ('caches' in window) expect(await caches.keys(), 'Cache Storage').to.deep.equal([]);
    if ('serviceWorker' in navigator) expect(await navigator.serviceWorker.getRegistrations(), 'service workers').to.have.length(0);
    // The figure for the README's quality section.
    const stored = Object.keys(sessionStorage).length + Object.keys(localStorage).length;
    console.log(`privacy: ${all.length} requests recorded, all to ${location.host}; 0 cookies; ${stored} unsent drafts and page-feedback notes left in Web Storage, nothing else stored.`);
  });
});
