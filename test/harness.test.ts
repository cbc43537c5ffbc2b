// The test harness itself, in each engine: the run is really in the engine it names, and the helpers
// the other tests rely on (real keys, real pointer clicks, the viewport, media emulation) do what they
// say there. A helper that silently did nothing in one engine would make every test built on it lie.
import { expect } from '@open-wc/testing';
import { click, deepActiveElement, emulateColourMode, emulatePrint, narrow, press, resetMedia, type, wide } from './helpers/browser.js';
import { engine, needs } from './helpers/engine.js';
import { makeReportable } from './helpers/reportable-failures.js';
import { expectAccessible } from './helpers/axe.js';
import { expectNoEqualAccessViolations } from './helpers/equal-access.js';

/** A host with inputs in its shadow root, as our components have. */
function shadowForm(): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<label for=a>A</label><input id=a><label for=b>B</label><input id=b>
    <input type=checkbox id=c aria-label=C><button id=d>D</button>`;
  document.body.append(host);
  return { host, root };
}

let form: ReturnType<typeof shadowForm> | undefined;
afterEach(async () => {
  form?.host.remove();
  form = undefined;
  await resetMedia();
  await wide();
});

describe('test harness', () => {
  it('can report a failed assertion about an element (the runner copies results with structuredClone)', () => {
    const el = document.createElement('form');
    el.id = 'f';
    let err: { actual?: unknown; expected?: unknown } = {};
    try {
      expect(el, 'no form').to.be.null;
    } catch (e) {
      err = e as typeof err;
    }
    expect(() => structuredClone(err.actual), 'an element cannot be copied').to.throw();
    makeReportable(err);
    expect(err.actual).to.equal('<form id="f"></form>');
    const list = { actual: [el, 2], expected: [] as unknown[] };
    makeReportable(list);
    expect(list.actual).to.equal('["<form id=\\"f\\"></form>",2]');
    expect(list.expected, 'what can be copied stays as it was').to.deep.equal([]);
  });

  it('checks with a second accessibility engine, IBM Equal Access, which finds what axe-core lets pass, in a shadow root too', async () => {
    // A single-line input with the multi-line autofill token street-address: axe-core passes it,
    // Equal Access reports it (WCAG 1.3.5). The story loop relies on both engines running.
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<label for=x>Street</label><input id=x autocomplete=street-address>';
    const main = document.createElement('main');
    main.innerHTML = '<h1>Harness</h1>';
    main.append(host);
    document.body.append(main);
    const [title, lang] = [document.title, document.documentElement.lang];
    document.title = 'Harness';
    document.documentElement.lang = 'en';
    try {
      await expectAccessible(document);
      let error: Error | undefined;
      await expectNoEqualAccessViolations(document).catch((e: Error) => (error = e));
      expect(error?.message, 'Equal Access reports the token').to.contain('input_autocomplete_valid');
      root.querySelector('input')!.setAttribute('autocomplete', 'address-line1');
      await expectNoEqualAccessViolations(document);
    } finally {
      main.remove();
      [document.title, document.documentElement.lang] = [title, lang];
    }
  });

  it('runs in the engine it names', async () => {
    const { engine: name } = await engine();
    const ua = navigator.userAgent;
    if (name === 'firefox') expect(ua).to.match(/Firefox\//);
    else if (name === 'webkit') expect(ua).to.match(/AppleWebKit\//).and.not.match(/Chrome\/|Firefox\//);
    else expect(ua).to.match(/Chrome\//);
  });

  it('types text key by key, repeated letters and spaces included, into an input in a shadow root', async () => {
    form = shadowForm();
    const a = form.root.querySelector('input')!;
    a.focus();
    await type('aa bb  Öö-1');
    expect(a.value).to.equal('aa bb  Öö-1');
    await press('Backspace');
    expect(a.value).to.equal('aa bb  Öö-');
  });

  it('moves focus with Tab and Shift+Tab, and checks a box with Space', async () => {
    form = shadowForm();
    form.root.querySelector<HTMLInputElement>('#a')!.focus();
    await press('Tab');
    expect(deepActiveElement()?.id).to.equal('b');
    await press('Tab');
    expect(deepActiveElement()?.id).to.equal('c');
    await press('Space');
    expect(form.root.querySelector<HTMLInputElement>('#c')!.checked).to.be.true;
    await press('Shift+Tab');
    expect(deepActiveElement()?.id).to.equal('b');
  });

  it('clicks an input inside a shadow root with the pointer', async () => {
    form = shadowForm();
    const box = form.root.querySelector<HTMLInputElement>('#c')!;
    const events: string[] = [];
    for (const t of ['pointerdown', 'mousedown', 'click']) box.addEventListener(t, (e) => events.push(`${e.type}:${(e as MouseEvent).isTrusted}`));
    await click(box);
    expect(box.checked).to.be.true;
    expect(events).to.deep.equal(['pointerdown:true', 'mousedown:true', 'click:true']);
    await click(form.root.querySelector('#b')!);
    expect(deepActiveElement()?.id).to.equal('b');
  });

  it('sets the viewport to exactly 320 × 640 and back to 1280 × 800', async () => {
    await narrow();
    expect([innerWidth, innerHeight]).to.deep.equal([320, 640]);
    expect(document.documentElement.clientWidth).to.be.at.most(320);
    await wide();
    expect([innerWidth, innerHeight]).to.deep.equal([1280, 800]);
  });

  it('emulates the light colour scheme in every engine', async () => {
    await emulateColourMode('light');
    expect(matchMedia('(prefers-color-scheme: light)').matches).to.be.true;
    expect(matchMedia('(forced-colors: active)').matches).to.be.false;
  });

  it('emulates the dark colour scheme', needs('dark', async () => {
    await emulateColourMode('dark');
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.be.true;
    await resetMedia();
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.be.false;
  }));

  it('emulates forced colours, and they change the colours used', needs('forced-colors', async () => {
    const p = document.createElement('p');
    p.textContent = 'x';
    p.style.cssText = 'color: rgb(1, 2, 3); background: rgb(4, 5, 6)';
    document.body.append(p);
    try {
      await emulateColourMode('forced-colors');
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      expect(getComputedStyle(p).color, 'the author colour is replaced by a system colour').not.to.equal('rgb(1, 2, 3)');
      await resetMedia();
      expect(matchMedia('(forced-colors: active)').matches).to.be.false;
      expect(getComputedStyle(p).color).to.equal('rgb(1, 2, 3)');
    } finally {
      p.remove();
    }
  }));

  it('emulates print media', needs('print', async () => {
    await emulatePrint();
    expect(matchMedia('print').matches).to.be.true;
    await resetMedia();
    expect(matchMedia('print').matches).to.be.false;
  }));
});
