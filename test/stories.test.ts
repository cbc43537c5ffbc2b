// The story loop: every story in stories/*.stories.ts, rendered in fi, sv and en, in light, dark,
// high-contrast and forced colours, checked with axe-core (WCAG 2.2 AA + best practice, no rule
// disabled), and in light also with a second engine, IBM Equal Access (its violations; see
// helpers/equal-access.ts). New stories and new stories files join by themselves.
// Then the themed pass: every story again under each example theme in src/themes/ (the file's CSS
// put on the page as a site would link it), in light and dark, in Finnish, with axe (colour
// contrast included).
// In every engine: light. Dark and forced colours where the engine can emulate them (not WebKitGTK);
// an engine that cannot emulate dark gets the dark colours from the `theme="dark"` attribute instead
// (the same dark tokens a page's dark mode uses, as that engine draws them). The themed pass in
// Chromium only (CI time; see needs() in test/helpers/engine.ts). The run's summary lists each story
// render an engine left out, with the reason.
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { expectAccessible } from './helpers/axe.js';
import { expectNoEqualAccessViolations } from './helpers/equal-access.js';
import { emulateColourMode, resetMedia, type ColourMode } from './helpers/browser.js';
import { engine, needs, type Capability } from './helpers/engine.js';
import { settled } from './helpers/fixtures.js';

type Args = Record<string, unknown>;
interface Context { args: Args; globals: { locale: string; theme: string }; canvasElement?: HTMLElement; id: string; name: string }
type Render = (args: Args, context: Context) => TemplateResult;
type Decorator = (story: () => TemplateResult, context: Context) => TemplateResult;
interface StoryObj { args?: Args; render?: Render; decorators?: Decorator[]; play?: (c: Context & { canvasElement: HTMLElement; step: (n: string, f: () => unknown) => unknown }) => unknown; name?: string }
interface Meta extends StoryObj { title: string }

const LANGS = ['fi', 'sv', 'en'] as const;
const MODES: { mode: ColourMode; theme: string }[] = [
  { mode: 'light', theme: 'light' },
  { mode: 'dark', theme: 'auto' },
  { mode: 'light', theme: 'high-contrast' },
  { mode: 'forced-colors', theme: 'auto' },
  // Where dark cannot be emulated (WebKitGTK), the dark theme by attribute, so its colours are checked there too.
  ...((await engine()).missing.dark ? [{ mode: 'light' as const, theme: 'dark' }] : []),
];

// Served by the stories-index plugin in web-test-runner.config.mjs.
const storiesIndex = '/__osa__/stories.js';
const { default: stories } = (await import(storiesIndex)) as { default: { file: string; module: Record<string, unknown> }[] };

it('finds the stories files', () => {
  expect(stories.length, 'stories/*.stories.ts files').to.be.greaterThan(0);
});

/** Renders one story on the page, as on a real site, runs its play function and axe, then cleans up. */
async function checkStory(meta: Meta, story: StoryObj, name: string, lang: string, theme: string): Promise<void> {
  // The page around a component, as on a real site: a title, a language, a main landmark and a heading.
  document.title = `${meta.title}: ${name}`;
  document.documentElement.lang = lang;
  const main = document.createElement('main');
  main.innerHTML = `<h1>${meta.title}: ${name}</h1>`;
  const canvas = document.createElement('div');
  canvas.lang = lang;
  canvas.setAttribute('theme', theme);
  main.append(canvas);
  document.body.append(main);
  try {
    const args = { ...meta.args, ...story.args };
    const context: Context = { args, globals: { locale: lang, theme }, canvasElement: canvas, id: name, name };
    const base = () => (story.render ?? meta.render)!(args, context);
    const decorated = [...(story.decorators ?? []), ...(meta.decorators ?? [])].reduce<() => TemplateResult>((inner, d) => () => d(inner, context), base);
    render(decorated(), canvas);
    await settled(canvas);
    if (story.play) {
      await story.play({ ...context, canvasElement: canvas, step: (_n, f) => f() });
      await settled(canvas);
    }
    expect(canvas.textContent?.trim() || canvas.querySelector('*'), 'the story renders something').to.be.ok;
    if (theme === 'dark') {
      // The dark theme by attribute really is dark: the first component's background.
      const host = [...canvas.querySelectorAll('*')].find((e) => e.localName.startsWith('osa-'));
      if (host) {
        const [r, g, b] = getComputedStyle(host).backgroundColor.match(/[\d.]+/g)!.map(Number);
        expect(Math.max(r, g, b), `${host.localName} has a dark background`).to.be.lessThan(80);
      }
    }
    await expectAccessible(document);
    // The second engine reads the structure, which colours do not change: once per language.
    if (theme === 'light') await expectNoEqualAccessViolations(document);
  } finally {
    render(null, canvas);
    main.remove();
  }
}

const storyEntries = (module: Record<string, unknown>) =>
  Object.entries(module).filter(([name]) => name !== 'default' && name !== '__namedExportsOrder') as [string, StoryObj][];

for (const { file, module } of stories) {
  const meta = module.default as Meta;
  const entries = storyEntries(module);

  describe(`${meta.title} (${file})`, () => {
    it('has at least one story and a render function for each', () => {
      expect(entries.length).to.be.greaterThan(0);
      for (const [name, story] of entries) expect(story.render ?? meta.render, `${name}.render`).to.be.a('function');
    });

    for (const [name, story] of entries) {
      for (const lang of LANGS) {
        for (const { mode, theme } of MODES) {
          // Light runs in every engine; dark and forced colours where the engine can emulate them.
          const needed: Capability[] = mode === 'light' ? [] : [mode];
          it(`${story.name ?? name} — ${lang}, ${theme === 'auto' ? mode : theme === 'dark' ? 'dark (theme attribute)' : theme}`, needs(needed, async () => {
            await emulateColourMode(mode);
            expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(mode === 'forced-colors');
            expect(matchMedia('(prefers-color-scheme: dark)').matches, 'dark scheme emulated').to.equal(mode === 'dark');
            try {
              await checkStory(meta, story, name, lang, theme);
            } finally {
              await resetMedia();
            }
          }));
        }
      }
    }
  });
}

// The themed pass. Each theme file goes into one <style> on the page, as if the site linked it, and
// is removed after. Light and dark come from the `theme` attribute (the same token styles as the
// system setting, without emulating media for each story), in one language: the colours do not
// change with the language. The Guides/Themes stories are left out here: each sets its own theme
// on a wrapper, which wins over the page's, and the loop above already checks them in every mode.
const BRANDS = ['kuusiranta', 'louhivaara', 'saarela', 'high-contrast'];
const BRAND_THEMES = ['light', 'dark'];
const BRAND_LANG = 'fi';
const OWN_THEME_FILES = ['themes.stories.ts'];

describe('Every story in every example theme (src/themes/)', () => {
  for (const brand of BRANDS) {
    describe(`${brand}.css`, () => {
      let style: HTMLStyleElement | undefined;
      before(async () => {
        const res = await fetch(`/src/themes/${brand}.css`, { cache: 'no-store' });
        expect(res.ok, `src/themes/${brand}.css is served`).to.be.true;
        style = document.createElement('style');
        style.id = 'osa-brand';
        style.textContent = await res.text();
        document.head.append(style);
        const primary = style.textContent.match(/--osa-color-primary\s*:\s*([^;]+);/)?.[1].trim();
        expect(getComputedStyle(document.documentElement).getPropertyValue('--osa-color-primary').trim(), 'the theme is on the page').to.equal(primary);
      });
      after(() => style?.remove());

      for (const { file, module } of stories.filter((s) => !OWN_THEME_FILES.includes(s.file))) {
        const meta = module.default as Meta;
        for (const [name, story] of storyEntries(module)) {
          for (const theme of BRAND_THEMES) {
            it(`${meta.title}: ${story.name ?? name} (${file}) — ${brand}, ${theme}`, needs('ci-time', async () => {
              await checkStory(meta, story, name, BRAND_LANG, theme);
            }));
          }
        }
      }
    });
  }
});
