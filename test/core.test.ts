// The shared core: localization, the base element, safe registration, drafts and form blocks.
import { expect, fixture, html as fhtml } from '@open-wc/testing';
import { html, nothing, render } from 'lit';
import { OsaElement, type TextPart } from '../src/core/element.js';
import { OsaFormElement } from '../src/core/form-element.js';
import { defineElement } from '../src/core/define.js';
import { toDraftMode } from '../src/core/draft.js';
import { DraftStore, draftKey, stableHash } from '../src/core/draft-store.js';
import { characterCount, counterThreshold, LiveAnnouncer } from '../src/core/form.js';
import { counterAnnouncement } from '../src/core/form-status.js';
import { errorSummary, focusErrorSummary } from '../src/core/form-status.js';
import { choosePlural, closestAttribute, formatDate, formatDueDate, inlineCatalog, interpolate, toSupportedLang, type Catalog } from '../src/core/i18n.js';
import { lazy } from '../src/core/lazy.js';
import { parseOverrides, resolveStrings } from '../src/core/overrides.js';
import { coreEasyStrings, coreLaterEasyStrings, coreLaterStrings, coreStrings } from '../src/core/strings/index.js';
import { deepActiveElement, emulateColourMode, press, resetMedia, tabTo, waitFor } from './helpers/browser.js';
import { engine, needs } from './helpers/engine.js';
import { captureWarnings } from './helpers/fixtures.js';

const en = { greeting: 'Hello {name}', items: { one: '1 item', other: '{count} items' } } as const;
const catalog: Catalog<typeof en> = inlineCatalog<typeof en>({
  en,
  fi: { greeting: 'Hei {name}', items: { one: '1 kohde', other: '{count} kohdetta' } },
  sv: { greeting: 'Hej {name}', items: { one: '1 sak', other: '{count} saker' } },
});
/** A later part of TestGreeting's texts: shown only once its actions are in. */
const laterEn = { farewell: 'Goodbye {name}' } as const;
const laterCatalog: Catalog<typeof laterEn> = inlineCatalog<typeof laterEn>({ en: laterEn, fi: { farewell: 'Näkemiin {name}' }, sv: { farewell: 'Hej då {name}' } });
/** A form: its own texts, a later part of them, and the shared form texts ("optional"). */
class TestGreeting extends OsaFormElement<typeof en & typeof laterEn> {
  protected get catalog() {
    return catalog;
  }
  protected override get textParts(): TextPart[] {
    return [...super.textParts, [laterCatalog, undefined, true]];
  }
  protected loadActions() {
    return Promise.resolve({});
  }
  count = 2;
  get lang_(): string {
    return this.language;
  }
  override render() {
    return html`<p>${this.t('greeting', { name: 'Aino' })}</p><p id="items">${this.t('items', { count: this.count })}</p><p id="opt">${this.t('optional')}</p>
      ${this.actions ? html`<p id="later">${this.t('farewell', { name: 'Aino' })}</p>` : nothing}`;
  }
}
defineElement('osa-test-greeting', TestGreeting);
/** Not a form: its own texts only. */
class TestPlain extends OsaElement<typeof en> {
  protected get catalog() {
    return catalog;
  }
  override render() {
    return html`<p>${this.t('greeting', { name: 'Aino' })}</p>`;
  }
}
defineElement('osa-test-plain', TestPlain);
const text = (el: Element, sel = 'p') => el.shadowRoot!.querySelector(sel)!.textContent;


describe('i18n helpers', () => {
  it('maps language tags to fi, sv, en', () => {
    expect(toSupportedLang('fi-FI')).to.equal('fi');
    expect(toSupportedLang('sv_FI')).to.equal('sv');
    expect(toSupportedLang('EN-gb')).to.equal('en');
    expect(toSupportedLang('de')).to.be.undefined;
    expect(toSupportedLang('')).to.be.undefined;
  });
  it('fills placeholders as plain text and leaves unknown ones', () => {
    expect(interpolate('Hi {a}, {b}', { a: '<b>x</b>' })).to.equal('Hi <b>x</b>, {b}');
  });
  it('chooses plural forms with Intl.PluralRules', () => {
    expect(choosePlural({ one: 'one', other: 'other' }, 1, 'fi')).to.equal('one');
    expect(choosePlural({ one: 'one', other: 'other' }, 5, 'sv')).to.equal('other');
    expect(choosePlural({ zero: 'none', one: 'one', other: 'other' }, 0, 'en')).to.equal('none');
  });
  it('parses flat and per-language overrides and reports problems', () => {
    const keys = new Set(['a', 'b']);
    expect(parseOverrides('{"a":"x"}', keys).overrides).to.deep.equal({ '*': { a: 'x' } });
    expect(parseOverrides({ fi: { a: 'y' }, sv: { b: 'z' } }, keys).overrides).to.deep.equal({ fi: { a: 'y' }, sv: { b: 'z' } });
    expect(parseOverrides('{oops', keys).problems[0]).to.match(/not valid JSON/);
    expect(parseOverrides('[1]', keys).problems[0]).to.match(/must be a JSON object/);
    expect(parseOverrides('{"c":"x","a":5}', keys).problems).to.deep.equal(['has an unknown key "c"', 'key "a" must be text']);
  });
  it('layers overrides over built-ins; language-specific beats flat', () => {
    const out = resolveStrings<{ a: string; b: { other: string } }>({ a: 'A', b: { other: 'B' } }, 'fi', [{ '*': { a: 'flat' } }, { fi: { a: 'fi', b: 'plain' } }]);
    expect(out).to.deep.equal({ a: 'fi', b: { other: 'plain' } });
  });
  it('formats dates in the reader language in the Helsinki calendar', () => {
    const d = new Date('2026-11-27T23:30:00Z'); // already Saturday 28 November in Helsinki
    // No comma after the weekday in any engine (WebKitGTK's locale data has one; formatDate takes it out).
    expect(formatDate(d, 'en')).to.equal('Saturday 28 November');
    expect(formatDate(d, 'fi')).to.equal('lauantai 28. marraskuuta');
    expect(formatDate(d, 'sv')).to.equal('lördag 28 november');
  });
  it('formats due dates, with the Finnish essive weekday', () => {
    const d = new Date('2026-11-27T12:00:00Z');
    expect(formatDueDate(d, 'fi')).to.equal('perjantaina 27. marraskuuta');
    expect(formatDueDate(d, 'sv')).to.equal('fredagen den 27 november');
    expect(formatDueDate(d, 'en')).to.equal('Friday 27 November');
    expect(formatDueDate(new Date('2026-11-23T12:00:00Z'), 'fi')).to.equal('maanantaina 23. marraskuuta');
  });
  it('finds the nearest attribute across shadow roots', async () => {
    const outer = await fixture(fhtml`<div lang="sv"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<b></b>';
    expect(closestAttribute(root.querySelector('b')!, 'lang')).to.equal('sv');
  });
  it('has every core string in every language, in two parts with no key in common', async () => {
    for (const [first, later] of [[coreStrings, coreLaterStrings], [coreEasyStrings, coreLaterEasyStrings]] as const) {
      const en = await first.en();
      const enLater = await later.en();
      for (const lang of ['fi', 'sv'] as const) {
        expect(Object.keys(await first[lang]()).sort()).to.deep.equal(Object.keys(en).sort());
        expect(Object.keys(await later[lang]()).sort()).to.deep.equal(Object.keys(enLater).sort());
      }
      expect(Object.keys(en).filter((k) => k in enLater)).to.deep.equal([]);
    }
  });
});

describe('OsaElement', () => {
  it('takes its language from the nearest lang and follows changes', async () => {
    const wrap = await fixture(fhtml`<section lang="fi"><osa-test-greeting></osa-test-greeting></section>`);
    const el = wrap.querySelector('osa-test-greeting') as TestGreeting;
    await el.updateComplete;
    expect(text(el)).to.equal('Hei Aino');
    expect(text(el, '#items')).to.equal('2 kohdetta');
    expect(text(el, '#opt')).to.equal('(vapaaehtoinen)');
    wrap.setAttribute('lang', 'sv-FI');
    await waitFor(() => text(el) === 'Hej Aino', 'Swedish after lang change');
  });

  it('gives a form the later part of its texts with its actions, and keeps it for every language after', async () => {
    const wrap = await fixture(fhtml`<section lang="fi"><osa-test-greeting></osa-test-greeting></section>`);
    const el = wrap.querySelector('osa-test-greeting') as TestGreeting;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#later')).to.equal(null);
    expect(el.t('farewell'), 'not loaded for the first render').to.equal('');
    await el.act();
    await el.updateComplete;
    expect(text(el, '#later')).to.equal('Näkemiin Aino');
    wrap.setAttribute('lang', 'sv');
    await waitFor(() => text(el) === 'Hej Aino', 'Swedish after lang change');
    expect(text(el, '#later')).to.equal('Hej då Aino');
    expect(text(el, '#opt')).to.equal('(frivilligt)');
  });

  it('loads the later texts with the first render when the page overrides texts, so an override of a later key is known', async () => {
    const cap = captureWarnings();
    try {
      const wrap = await fixture(fhtml`<div lang="fi"><osa-test-greeting texts='{"farewell": "Moikka {name}"}'></osa-test-greeting></div>`);
      const el = wrap.querySelector('osa-test-greeting') as TestGreeting;
      await el.updateComplete;
      expect(el.t('farewell', { name: 'Aino' }), 'there before the actions').to.equal('Moikka Aino');
      await el.act();
      await el.updateComplete;
      expect(text(el, '#later')).to.equal('Moikka Aino');
      expect(cap.warnings, 'no warning about an unknown key').to.deep.equal([]);
    } finally {
      cap.restore();
    }
  });

  it('gives an element that is not a form its own texts only (no shared form texts to fetch)', async () => {
    const wrap = await fixture(fhtml`<div lang="fi"><osa-test-plain texts='{"optional": "x"}'></osa-test-plain></div>`);
    const el = wrap.querySelector('osa-test-plain') as TestPlain;
    const cap = captureWarnings();
    try {
      el.texts = '{"optional": "(ei pakollinen)"}';
      await el.updateComplete;
      expect(text(el)).to.equal('Hei Aino');
      expect(cap.warnings.join('\n'), 'a shared form key is unknown here').to.contain('optional');
    } finally {
      cap.restore();
    }
  });

  it('crosses shadow roots to find lang', async () => {
    const outer = await fixture(fhtml`<div lang="sv"><div id="host"></div></div>`);
    const root = outer.querySelector('#host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<osa-test-greeting></osa-test-greeting>';
    const el = root.querySelector('osa-test-greeting') as TestGreeting;
    await el.updateComplete;
    expect(text(el)).to.equal('Hej Aino');
  });

  it('keeps the last supported language when a translation tool writes another', async () => {
    const wrap = await fixture(fhtml`<div lang="fi"><osa-test-greeting></osa-test-greeting></div>`);
    const el = wrap.querySelector('osa-test-greeting') as TestGreeting;
    wrap.setAttribute('lang', 'de');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(text(el)).to.equal('Hei Aino');
  });

  it('falls back to English for an unsupported first language', async () => {
    const wrap = await fixture(fhtml`<div lang="et"><osa-test-greeting></osa-test-greeting></div>`);
    const el = wrap.querySelector('osa-test-greeting') as TestGreeting;
    await el.updateComplete;
    expect(text(el)).to.equal('Hello Aino');
  });

  it('takes overrides from the texts attribute and from a data-texts script', async () => {
    const wrap = await fixture(fhtml`<div lang="fi">
      <osa-test-greeting texts='{"fi": {"greeting": "Moi {name}"}}'>
        <script type="application/json" data-texts>{"greeting": "Terve {name}", "optional": "(ei pakollinen)", "items": {"one": "yksi", "other": "{count} kpl"}}</script>
      </osa-test-greeting></div>`);
    const el = wrap.querySelector('osa-test-greeting') as TestGreeting;
    await el.updateComplete;
    expect(text(el)).to.equal('Moi Aino'); // attribute beats script
    expect(text(el, '#opt')).to.equal('(ei pakollinen)');
    expect(text(el, '#items')).to.equal('2 kpl');
    el.texts = '{"greeting": "Päivää {name}"}';
    await el.updateComplete;
    expect(text(el)).to.equal('Päivää Aino');
  });

  it('warns, naming the element, and keeps built-ins when texts is bad JSON', async () => {
    const cap = captureWarnings();
    try {
      const el = await fixture<TestGreeting>(fhtml`<osa-test-greeting id="g1" lang="en" texts="{greeting: oops"></osa-test-greeting>`);
      expect(text(el)).to.equal('Hello Aino');
      expect(cap.warnings.join('\n')).to.match(/<osa-test-greeting id="g1">: The "texts" attribute is not valid JSON/);
    } finally {
      cap.restore();
    }
  });

  it('reflects the nearest theme for the token styles and follows changes', needs('dark', async () => {
    const wrap = await fixture(fhtml`<div theme="dark"><osa-test-greeting></osa-test-greeting></div>`);
    const el = wrap.querySelector('osa-test-greeting') as TestGreeting;
    expect(el.dataset.osaTheme).to.equal('dark');
    wrap.setAttribute('theme', 'nonsense');
    await waitFor(() => el.dataset.osaTheme === 'light', 'an unknown theme follows the system (light here)');
    await emulateColourMode('dark');
    await waitFor(() => el.dataset.osaTheme === 'dark', 'auto follows the system turning dark');
    await resetMedia();
    el.setAttribute('theme', 'high-contrast');
    await waitFor(() => el.dataset.osaTheme === 'high-contrast', 'own theme attribute wins');
  }));
});

describe('easy language', () => {
  it('uses the easy texts when `easy` is on the element or an ancestor, and follows the attribute as it changes', async () => {
    await import('../src/feedback/register.js');
    const [{ fi }, { fi: easyFi }, { en: easyCoreEn }] = await Promise.all([
      import('../src/feedback/strings/fi.js'), import('../src/feedback/strings/easy-fi.js'), import('../src/core/strings/later-easy-en.js'),
    ]);
    const wrap = await fixture<HTMLDivElement>(fhtml`<div lang="fi" easy><osa-feedback adapter="event" phone="09 123"></osa-feedback></div>`);
    const el = wrap.querySelector('osa-feedback')!;
    const intro = () => el.shadowRoot!.querySelector('.intro')!.textContent;
    await el.updateComplete;
    expect(intro()).to.equal(easyFi.intro);
    wrap.setAttribute('easy', 'false');
    await waitForText(el, () => intro() === fi.intro);
    wrap.removeAttribute('easy');
    el.setAttribute('easy', '');
    await waitForText(el, () => intro() === easyFi.intro);
    // Core texts too, in the reader's language.
    wrap.setAttribute('lang', 'en');
    // (The texts shown after sending load with the form's actions.)
    await el.act();
    await waitForText(el, () => (el as unknown as { t(k: string): string }).t('offline') === easyCoreEn.offline);
  });
});

describe('easy language is also a layout', () => {
  it('larger type, more space, shorter lines and no grey small print, following the attribute live, in every theme', async () => {
    await import('../src/feedback/register.js');
    const wrap = await fixture<HTMLDivElement>(fhtml`<div lang="fi"><osa-feedback adapter="event" phone="09 123"></osa-feedback></div>`);
    const el = wrap.querySelector('osa-feedback')!;
    await el.updateComplete;
    const root = el.shadowRoot!;
    // Choose "No reply" so that a hint-like text and a field show.
    root.querySelector<HTMLInputElement>('#reply-1')!.click();
    await el.updateComplete;
    const style = (sel: string) => getComputedStyle(root.querySelector(sel)!);
    const measure = () => ({
      body: parseFloat(style('.intro').fontSize),
      hint: parseFloat(style('.hint').fontSize),
      hintColour: style('.hint').color,
      text: style('.intro').color,
      lineHeight: parseFloat(style('.intro').lineHeight) / parseFloat(style('.intro').fontSize),
      fieldGap: parseFloat(style('.field').marginBottom),
      line: style('.intro').maxInlineSize,
      title: parseFloat(style('h2').fontSize),
    });
    const plain = measure();
    expect(el.hasAttribute('data-osa-easy')).to.be.false;
    expect(plain.line).to.equal('100%');
    wrap.setAttribute('easy', '');
    await waitFor(() => el.hasAttribute('data-osa-easy'), 'the easy layout');
    await el.updateComplete;
    const easy = measure();
    expect(easy.body, 'larger type').to.be.greaterThan(plain.body);
    expect(easy.body).to.be.at.least(20);
    expect(easy.hint, 'no small print').to.be.at.least(plain.body);
    expect(plain.hintColour, 'hints are grey without easy language').to.not.equal(plain.text);
    expect(easy.hintColour, 'hints in the text colour').to.equal(easy.text);
    expect(easy.lineHeight).to.be.greaterThan(plain.lineHeight);
    expect(easy.fieldGap, 'more space').to.be.greaterThan(plain.fieldGap);
    expect(parseFloat(easy.line), 'shorter lines: 30em').to.be.closeTo(30 * easy.body, 1);
    expect(easy.title).to.be.greaterThan(plain.title);
    // In dark mode too, hints take the dark theme's text colour.
    wrap.setAttribute('theme', 'dark');
    await waitFor(() => el.dataset.osaTheme === 'dark', 'dark');
    expect(style('.hint').color).to.equal(style('.intro').color);
    expect(style('.intro').color).to.not.equal(easy.text);
    wrap.setAttribute('easy', 'false');
    await waitFor(() => !el.hasAttribute('data-osa-easy'), 'back to the standard layout');
    expect(parseFloat(style('.intro').fontSize)).to.equal(plain.body);
  });
});

/** Waits (up to 2 s) for a MutationObserver-driven re-render to reach a state. */
async function waitForText(el: HTMLElement & { updateComplete: Promise<boolean> }, ok: () => boolean) {
  for (let i = 0; i < 100 && !ok(); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
  expect(ok(), 'the texts followed the attribute').to.be.true;
}

describe('defineElement', () => {
  it('warns once and does not throw when another copy of the library took the tag', () => {
    const cap = captureWarnings();
    try {
      // Another copy (another version's runtime) defined the tag, not this one.
      class Foreign extends HTMLElement {}
      customElements.define('osa-test-taken', Foreign);
      class Other extends HTMLElement {}
      class Third extends HTMLElement {}
      expect(() => defineElement('osa-test-taken', Other)).not.to.throw();
      expect(() => defineElement('osa-test-taken', Third)).not.to.throw();
      expect(cap.warnings.filter((w) => w.includes('<osa-test-taken> is already defined'))).to.have.length(1);
      expect(customElements.get('osa-test-taken')).to.equal(Foreign);
    } finally {
      cap.restore();
    }
  });

  it('stays silent when this copy defined the tag already (a tag file and osallisuus.js on one runtime)', () => {
    const cap = captureWarnings();
    try {
      class Again extends HTMLElement {}
      expect(() => defineElement('osa-test-greeting', Again)).not.to.throw();
      defineElement('osa-test-greeting', TestGreeting);
      expect(cap.warnings.filter((w) => w.includes('<osa-test-greeting>'))).to.have.length(0);
      expect(customElements.get('osa-test-greeting')).to.equal(TestGreeting);
    } finally {
      cap.restore();
    }
  });
});

describe('DraftStore', () => {
  it('keeps a draft in sessionStorage until cleared', () => {
    const store = new DraftStore<{ message: string }>('session', 'test:draft');
    store.save({ message: 'Hei' });
    expect(new DraftStore('session', 'test:draft').load()).to.deep.equal({ message: 'Hei' });
    expect(localStorage.getItem('test:draft')).to.be.null;
    store.clear();
    expect(store.load()).to.be.undefined;
  });
  it('uses localStorage when asked, and nothing when off', () => {
    new DraftStore('local', 'test:local').save({ a: 1 });
    expect(JSON.parse(localStorage.getItem('test:local')!).data).to.deep.equal({ a: 1 });
    new DraftStore('local', 'test:local').clear();
    const off = new DraftStore('off', 'test:off');
    off.save({ a: 1 });
    expect(off.load()).to.be.undefined;
    expect(sessionStorage.getItem('test:off')).to.be.null;
  });
  it('ignores broken or old drafts', () => {
    sessionStorage.setItem('test:broken', '{nope');
    expect(new DraftStore('session', 'test:broken').load()).to.be.undefined;
    sessionStorage.setItem('test:old', JSON.stringify({ v: 1, savedAt: Date.now() - 30 * 86400000, data: { a: 1 } }));
    expect(new DraftStore('session', 'test:old').load()).to.be.undefined;
    expect(sessionStorage.getItem('test:old')).to.be.null;
  });
  it('names keys by tag, path, a hash of where the form sends, and id, and reads modes', () => {
    const el = document.createElement('osa-x');
    el.id = 'main';
    expect(draftKey(el, '/api/a')).to.equal(`osallisuus:osa-x:${location.pathname}:${stableHash('/api/a')}:main`);
    expect(draftKey(el, '/api/a'), 'stable').to.equal(draftKey(el, '/api/a'));
    expect(draftKey(el, '/api/b'), 'another endpoint, another key').not.to.equal(draftKey(el, '/api/a'));
    expect(toDraftMode('local')).to.equal('local');
    expect(toDraftMode('bogus')).to.equal('session');
  });
});

describe('form blocks', () => {
  const texts = { limit: (n: number) => `max ${n}`, left: (n: number) => `${n} left`, over: (n: number) => `${n} over` };

  it('counter speaks only near the limit, at steps, and when over', () => {
    expect(counterThreshold(4000)).to.equal(200);
    expect(counterThreshold(100)).to.equal(20);
    expect(counterAnnouncement(10, 11, 4000, texts)).to.be.undefined;
    expect(counterAnnouncement(3799, 3801, 4000, texts)).to.equal('199 left');
    expect(counterAnnouncement(3801, 3802, 4000, texts)).to.be.undefined;
    expect(counterAnnouncement(3849, 3851, 4000, texts)).to.equal('149 left');
    expect(counterAnnouncement(4000, 4001, 4000, texts)).to.equal('1 over');
    expect(counterAnnouncement(3900, 3000, 4000, texts)).to.be.undefined;
  });

  it('counter shows count, then what is left, then what is over', () => {
    const host = document.createElement('div');
    render(characterCount('c', 10, 100, texts), host);
    expect(host.textContent!.replace(/\s+/g, ' ').trim()).to.equal('max 100 10 / 100');
    render(characterCount('c', 95, 100, texts), host);
    expect(host.querySelector('.counter__text')!.textContent).to.equal('5 left');
    render(characterCount('c', 103, 100, texts), host);
    expect(host.querySelector('.counter--over .counter__text')!.textContent).to.equal('3 over');
  });

  it('error summary takes focus and its links move focus to the field by keyboard', async () => {
    const host = await fixture(fhtml`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    render(html`${errorSummary({ title: 'Check', errors: [{ id: 'f1', message: 'Enter a name' }, { id: 'g', message: 'Choose one' }] })}
      <input id="f1" aria-label="name" /><fieldset id="g"><legend>G</legend><input id="g-0" type="radio" aria-label="a" /></fieldset>`, root);
    expect(focusErrorSummary(root)).to.be.true;
    expect(root.activeElement?.hasAttribute('data-error-summary')).to.be.true;
    await press('Tab');
    expect(deepActiveElement()?.textContent).to.equal('Enter a name');
    await press('Enter');
    expect(deepActiveElement()?.id).to.equal('f1');
    focusErrorSummary(root);
    await tabTo((el) => el.textContent === 'Choose one');
    await press('Enter');
    expect(deepActiveElement()?.id).to.equal('g-0');
    expect(focusErrorSummary(null)).to.be.false;
  });

  it('live announcer re-announces the same text', async () => {
    class AnnounceHost extends OsaElement<typeof en> {
      announcer = new LiveAnnouncer(this);
      protected get catalog() {
        return catalog;
      }
      override render() {
        return this.announcer.render();
      }
    }
    defineElement('osa-test-announce', AnnounceHost);
    const el = await fixture<AnnounceHost>(fhtml`<osa-test-announce></osa-test-announce>`);
    const region = () => el.shadowRoot!.querySelector('[data-live]')!;
    expect(region().getAttribute('aria-live')).to.equal('polite');
    el.announcer.announce('Saved');
    await waitFor(() => region().textContent === 'Saved', 'first announcement');
    el.announcer.announce('Saved');
    expect(el.announcer.current).to.equal('');
    await waitFor(() => region().textContent === 'Saved', 'second announcement');
  });
});

describe('inline JSON', () => {
  it('reads a child script, skipping text overrides, or a named one', async () => {
    const { readInlineJson, parseJson } = await import('../src/core/inline-json.js');
    const host = await fixture(fhtml`<div>
      <script type="application/json" data-texts>{"a": 1}</script>
      <script type="application/json">[1, 2]</script>
      <script type="application/json" data-name="topics">{"x": true}</script>
      <script type="application/json" data-name="broken">{x</script></div>`);
    expect(readInlineJson(host)).to.deep.equal({ found: true, data: [1, 2] });
    expect(readInlineJson(host, 'topics').data).to.deep.equal({ x: true });
    expect(readInlineJson(host, 'broken').error).to.match(/^is not valid JSON/);
    expect(readInlineJson(host, 'missing')).to.deep.equal({ found: false });
    expect(parseJson('  ')).to.deep.equal({ found: false });
  });

  it('readJsonSetting: a non-empty attribute value wins over the child script, and says where the JSON came from', async () => {
    const { readJsonSetting } = await import('../src/core/inline-json.js');
    const host = await fixture(fhtml`<div>
      <script type="application/json">[1, 2]</script>
      <script type="application/json" data-name="topics">{x</script></div>`);
    expect(readJsonSetting(host, '{"a": [3]}', 'json')).to.deep.equal({ found: true, data: { a: [3] }, where: 'The json attribute', text: '{"a": [3]}' });
    for (const empty of [null, undefined, '', '  ']) {
      expect(readJsonSetting(host, empty, 'json'), `attribute ${JSON.stringify(empty)}: the child`).to.include({ found: true, where: 'The <script type="application/json"> child' });
    }
    expect(readJsonSetting(host, '', 'json').data).to.deep.equal([1, 2]);
    const broken = readJsonSetting(host, '[1,', 'json');
    expect(broken.found).to.be.true;
    expect(broken.error).to.match(/^is not valid JSON \(/);
    const named = readJsonSetting(host, undefined, 'topics', 'topics');
    expect(named.where).to.equal('The <script type="application/json" data-name="topics"> child');
    expect(named.error).to.match(/^is not valid JSON/);
    expect(readJsonSetting(document.createElement('div'), '', 'json')).to.deep.equal({ found: false, where: 'The <script type="application/json"> child', text: '' });
  });
});

describe('language loading', () => {
  it('warns and falls back to English when a language pack cannot load', async () => {
    const broken = { ...inlineCatalog<typeof en>({ en, fi: en as never, sv: en as never }), fi: () => Promise.reject(new Error('404 chunks/fi.js')) };
    class Broken extends OsaElement<typeof en> {
      protected get catalog() {
        return broken;
      }
      override render() {
        return html`<p>${this.t('greeting', { name: 'Aino' })}</p>`;
      }
    }
    defineElement('osa-test-broken', Broken);
    const cap = captureWarnings();
    try {
      const wrap = await fixture(fhtml`<div lang="fi"><osa-test-broken></osa-test-broken></div>`);
      const el = wrap.querySelector('osa-test-broken') as Broken;
      await waitFor(() => el.shadowRoot?.textContent?.includes('Hello Aino'), 'English fallback');
      expect(cap.warnings.join()).to.match(/<osa-test-broken>: could not load its fi texts \(404 chunks\/fi.js\)/);
    } finally {
      cap.restore();
    }
  });
});

// Real module scripts from test/servers/modules.mjs that fail their first requests (503), as a
// chunk does when the connection drops. Firefox keeps a failed module import for the page's life.
describe('lazy loading after a failure (core/lazy.ts)', () => {
  type Request = { path: string; query: string; status: number };
  const requests = async (run: string): Promise<Request[]> => (await fetch(`/api/flaky-module-stats/${run}`)).json();
  const newRun = () => `lazy-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

  it('a module whose load failed loads at the next try, in every engine, and later tries get the same copy', async () => {
    const run = newRun();
    const load = () => lazy(() => import(`/api/flaky-module/${run}/1/mod.js`));
    const first = await load().then(() => 'loaded', (e: unknown) => e);
    expect(first, 'the first failure stands (the page offers "Try again")').to.be.instanceOf(TypeError);
    const m = await load();
    expect(m.value).to.equal('mod');
    expect(await load(), 'the same copy of the module').to.equal(m);
    const log = await requests(run);
    expect(log.map((r) => r.status), 'one failed request, one that loaded it').to.deep.equal([503, 200]);
    // Firefox never asks for the failed address again: the next request is for a new one.
    if ((await engine()).engine === 'firefox') expect(log[1].query).to.match(/^\?retry=\d+$/);
  });

  it('a module whose own import failed is never answered with that other module', async () => {
    const run = newRun();
    const load = () => lazy(() => import(`/api/flaky-module/${run}/0/with-dep.js`));
    const first = await load().then(() => 'loaded', (e: unknown) => e);
    expect(first).to.be.instanceOf(TypeError);
    const second = await load().then((m) => m, (e: unknown) => e);
    if ((await engine()).engine === 'firefox') {
      // Firefox keeps the failed import (dep.js): a new address for with-dep.js would import it again.
      expect(second).to.be.instanceOf(TypeError);
      expect((await requests(run)).every((r) => !r.query), 'no new address tried').to.be.true;
    } else {
      expect(second).to.deep.include({ value: 'with-dep', dep: 'dep' });
    }
  });

  it('a failure that names no module of the loader (a thrown error) is passed on as it is', async () => {
    const error = new Error('not a network failure');
    let calls = 0;
    const caught = await lazy(() => (calls++, Promise.reject(error))).catch((e: unknown) => e);
    expect(caught).to.equal(error);
    expect(calls).to.equal(1);
  });
});
