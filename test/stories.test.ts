// The story loop: every story in stories/*.stories.ts, rendered in fi, sv and en, in light, dark,
// high-contrast and forced colours, checked with axe-core (WCAG 2.2 AA + best practice, no rule
// disabled). New stories and new stories files join by themselves.
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { expectAccessible } from './helpers/axe.js';
import { emulateColourMode, resetMedia, type ColourMode } from './helpers/browser.js';
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
];

// Served by the stories-index plugin in web-test-runner.config.mjs.
const storiesIndex = '/__osa__/stories.js';
const { default: stories } = (await import(storiesIndex)) as { default: { file: string; module: Record<string, unknown> }[] };

it('finds the stories files', () => {
  expect(stories.length, 'stories/*.stories.ts files').to.be.greaterThan(0);
});

for (const { file, module } of stories) {
  const meta = module.default as Meta;
  const entries = Object.entries(module).filter(([name]) => name !== 'default' && name !== '__namedExportsOrder') as [string, StoryObj][];

  describe(`${meta.title} (${file})`, () => {
    it('has at least one story and a render function for each', () => {
      expect(entries.length).to.be.greaterThan(0);
      for (const [name, story] of entries) expect(story.render ?? meta.render, `${name}.render`).to.be.a('function');
    });

    for (const [name, story] of entries) {
      for (const lang of LANGS) {
        for (const { mode, theme } of MODES) {
          it(`${story.name ?? name} — ${lang}, ${theme === 'auto' ? mode : theme}`, async () => {
            await emulateColourMode(mode);
            // The page around a component, as on a real site: a title, a language, a main landmark and a heading.
            expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(mode === 'forced-colors');
            expect(matchMedia('(prefers-color-scheme: dark)').matches, 'dark scheme emulated').to.equal(mode === 'dark');
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
              await expectAccessible(document);
            } finally {
              render(null, canvas);
              main.remove();
              await resetMedia();
            }
          });
        }
      }
    }
  });
}
