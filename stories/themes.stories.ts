// Guides/Themes: the four components together under each example theme in src/themes/. The theme
// is scoped to a wrapper element, so several themes can sit on one Documentation page. The story
// loop (test/stories.test.ts) renders these like any other story, in every language and mode.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/feedback/register.js';
import '../src/participation-ladder/register.js';
import '../src/panel-signup/register.js';
import '../src/you-said-we-did/register.js';
import type { ResultItem } from '../src/you-said-we-did/register.js';
import { MONDAY } from './helpers.js';

type Lang = 'fi' | 'sv' | 'en';
type ThemeName = 'none' | 'kuusiranta' | 'louhivaara' | 'saarela' | 'high-contrast';

/** Each file named statically, so Vite copies it into the static Storybook; the test server serves it as is. */
const THEME_URLS: Record<Exclude<ThemeName, 'none'>, URL> = {
  kuusiranta: new URL('../src/themes/kuusiranta.css', import.meta.url),
  louhivaara: new URL('../src/themes/louhivaara.css', import.meta.url),
  saarela: new URL('../src/themes/saarela.css', import.meta.url),
  'high-contrast': new URL('../src/themes/high-contrast.css', import.meta.url),
};

const loadedCss = new Map<string, Promise<string>>();
function themeCss(name: Exclude<ThemeName, 'none'>): Promise<string> {
  let css = loadedCss.get(name);
  if (!css) {
    // Accept: text/css makes Vite's dev server answer with the CSS itself, not a JS module.
    css = fetch(THEME_URLS[name], { headers: { Accept: 'text/css' } }).then((res) => {
      if (!res.ok) throw new Error(`${THEME_URLS[name]} answered ${res.status}`);
      return res.text();
    });
    css.catch(() => loadedCss.delete(name));
    loadedCss.set(name, css);
  }
  return css;
}

/**
 * `<theme-sample brand="kuusiranta">`: applies one theme file to its children only. The file sets
 * tokens on `:root`; here they go on the wrapper's `:host` and inherit from there. `updateComplete`
 * resolves once the theme is in place, so the story loop checks the themed colours. (Not `theme`:
 * that attribute chooses light, dark or high contrast for the components inside.)
 */
class ThemeSample extends HTMLElement {
  static observedAttributes = ['brand'];
  updateComplete: Promise<void> = Promise.resolve();
  private readonly base = new CSSStyleSheet();

  constructor() {
    super();
    this.base.replaceSync(':host { display: grid; gap: 2.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 34rem), 1fr)); align-items: start; }');
    this.attachShadow({ mode: 'open' }).innerHTML = '<slot></slot>';
    this.shadowRoot!.adoptedStyleSheets = [this.base];
  }

  attributeChangedCallback(): void {
    this.updateComplete = this.applyTheme(this.getAttribute('brand') as ThemeName | null);
  }

  private async applyTheme(name: ThemeName | null): Promise<void> {
    const sheets = [this.base];
    if (name && name !== 'none' && name in THEME_URLS) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync((await themeCss(name as Exclude<ThemeName, 'none'>)).replace(/:root\b/g, ':host'));
      sheets.push(sheet);
    }
    if (this.getAttribute('brand') === name) this.shadowRoot!.adoptedStyleSheets = sheets;
  }
}
if (!customElements.get('theme-sample')) customElements.define('theme-sample', ThemeSample);

const ACTIVITY: Record<Lang, string> = {
  fi: 'Kysely terveysasemien aukioloajoista',
  sv: 'Enkät om hälsostationernas öppettider',
  en: 'Survey on health centre opening hours',
};

const PANEL: Record<Lang, Record<string, string>> = {
  fi: {
    'panel-name': 'Vanhuspalvelujen asiakasraati',
    term: '2027–2028',
    meetings: 'Neljä kertaa vuodessa, noin kaksi tuntia kerrallaan.',
    compensation: 'Maksamme 40 euron kokouspalkkion ja matkakulut.',
    'withdraw-text': 'Lähetä sähköpostia osoitteeseen osallisuus@example.fi.',
  },
  sv: {
    'panel-name': 'Kundrådet för äldreomsorgen',
    term: '2027–2028',
    meetings: 'Fyra gånger om året, ungefär två timmar åt gången.',
    compensation: 'Vi betalar ett mötesarvode på 40 euro och resekostnaderna.',
    'withdraw-text': 'Skicka e-post till delaktighet@example.fi.',
  },
  en: {
    'panel-name': 'Customer panel of services for older people',
    term: '2027–2028',
    meetings: 'Four times a year, about two hours each time.',
    compensation: 'We pay a fee of 40 euros a meeting and your travel costs.',
    'withdraw-text': 'Email participation@example.fi.',
  },
};

/** Three items, so every status colour shows: done, in progress and not possible. */
const ITEMS: ResultItem[] = [
  {
    id: 'benches',
    said: { fi: 'Terveysaseman pihalla ei ole penkkejä.', sv: 'Det finns inga bänkar på hälsostationens gård.', en: 'There are no benches outside the health centre.' },
    did: { fi: 'Toimme pihalle neljä penkkiä, joissa on käsinojat.', sv: 'Vi ställde fyra bänkar med armstöd på gården.', en: 'We put four benches with armrests outside.' },
    status: 'done',
    count: 14,
    service: { fi: 'Terveysasema', sv: 'Hälsostation', en: 'Health centre' },
    dates: { received: '2026-03-02', done: '2026-05-11' },
  },
  {
    id: 'letters',
    said: { fi: 'Laskut ovat vaikeita ymmärtää.', sv: 'Fakturorna är svåra att förstå.', en: 'The bills are hard to understand.' },
    did: { fi: 'Kirjoitamme laskut uudelleen yhdessä asiakkaiden kanssa.', sv: 'Vi skriver om fakturorna tillsammans med klienterna.', en: 'We are rewriting the bills together with clients.' },
    status: 'in-progress',
    count: 9,
    service: { fi: 'Asiakasmaksut', sv: 'Klientavgifter', en: 'Client fees' },
    dates: { received: '2026-04-14', updated: '2026-06-01' },
  },
  {
    id: 'sundays',
    said: { fi: 'Kirjaston pitäisi olla auki sunnuntaisin.', sv: 'Biblioteket borde vara öppet på söndagar.', en: 'The library should be open on Sundays.' },
    status: 'not-possible',
    reason: {
      fi: 'Meillä ei ole tänä vuonna rahaa sunnuntain aukioloon. Lauantaisin kirjasto on auki kello 10–16.',
      sv: 'Vi har inte pengar för söndagsöppet i år. På lördagar är biblioteket öppet klockan 10–16.',
      en: 'We do not have the money for Sunday hours this year. On Saturdays the library is open from 10 to 4.',
    },
    count: 31,
    service: { fi: 'Kirjasto', sv: 'Bibliotek', en: 'Library' },
    dates: { received: '2026-02-20', updated: '2026-03-30' },
  },
];

interface Args {
  theme: ThemeName;
}

const meta: Meta<Args> = {
  title: 'Guides/Themes',
  tags: ['autodocs'],
  args: { theme: 'kuusiranta' },
  argTypes: { theme: { control: 'inline-radio', options: ['none', 'kuusiranta', 'louhivaara', 'saarela', 'high-contrast'] } },
  render: ({ theme }, { globals, id }) => {
    const lang = (['fi', 'sv', 'en'].includes(globals.locale) ? globals.locale : 'fi') as Lang;
    const key = `${id}`.replace(/\W+/g, '-');
    const panel = document.createElement('osa-panel-signup');
    for (const [k, v] of Object.entries({ id: `theme-ps-${key}`, adapter: 'event', draft: 'off', places: '12', 'reply-days': '15', 'meeting-mode': 'both', 'privacy-url': '/tietosuoja', ...PANEL[lang] })) {
      panel.setAttribute(k, v);
    }
    panel.now = MONDAY;
    const board = document.createElement('osa-you-said-we-did');
    board.setAttribute('feedback-url', '/palaute');
    board.items = ITEMS;
    return html`<theme-sample brand=${theme}>
      <osa-participation-ladder model="spectrum" current="consult" activity=${ACTIVITY[lang]} contact-url="mailto:osallisuus@example.fi"></osa-participation-ladder>
      <osa-feedback id=${`theme-fb-${key}`} adapter="event" response-days="5" privacy-url="/tietosuoja" results-url="/sanoitte-teimme"
        phone="09 310 12345" .now=${MONDAY}></osa-feedback>
      ${panel}
      ${board}
    </theme-sample>`;
  },
  parameters: {
    docs: {
      description: {
        component: `The four components together in each example theme from \`src/themes/\`. A theme is one small CSS file of \`--osa-*\` tokens: colours for light and dark mode, the typeface, corners and spacing.
Switch **Theme** in the toolbar to see each one in dark mode. The **Brand** menu applies a theme to every story.

\`\`\`html
<link rel="stylesheet" href="/osallisuus/themes/kuusiranta.css">
\`\`\`

Kuusiranta, Louhivaara and Saarela are made-up towns. See docs/theming.md for how to make your own theme and which pairs of colours to check.`,
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Spruce green, a rust-coloured focus ring, small corners, a sans-serif typeface. */
export const Kuusiranta: Story = { args: { theme: 'kuusiranta' } };

/** Heather purple, round corners, a wide and clear typeface. */
export const Louhivaara: Story = { args: { theme: 'louhivaara' } };

/** Sea blue, sand-coloured boxes, an orange focus ring, a serif typeface, larger text and more space. */
export const Saarela: Story = { args: { theme: 'saarela' } };

/** Black on white (white on black in dark mode), a yellow focus ring and thicker lines; text at 7:1 or more. */
export const HighContrast: Story = { name: 'High contrast', args: { theme: 'high-contrast' } };
