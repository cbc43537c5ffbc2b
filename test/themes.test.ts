// The example themes in src/themes/: each file sets only documented --osa-* tokens from tokens.json,
// loads nothing from other servers, keeps focus and target sizes, and every colour pair meets its
// contrast ratio in light and dark mode (7:1 for text in the high-contrast theme). The checker is
// tested on broken themes first, so a pass means something. test/stories.test.ts renders every
// story in every theme with axe.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/participation-ladder/register.js';
import { settled } from './helpers/fixtures.js';

/** Every file in src/themes/. docs/theming.md lists the files (generated), and a test below compares. */
const THEMES = ['high-contrast', 'kuusiranta', 'louhivaara', 'saarela'];

interface Token { name: string; type: string; value: unknown; dark?: string }

/** tokens.json flattened to `color-primary`, `font-family`, …, as .ci/tokens.mjs does. */
async function loadTokens(): Promise<Map<string, Token>> {
  const res = await fetch('/src/core/tokens.json');
  expect(res.ok, 'tokens.json is served').to.be.true;
  const tokens = new Map<string, Token>();
  const walk = (group: Record<string, unknown>, path: string[], inherited?: string) => {
    const type = (group.$type as string | undefined) ?? inherited;
    for (const [key, node] of Object.entries(group)) {
      if (key.startsWith('$') || !node || typeof node !== 'object') continue;
      const n = node as Record<string, unknown>;
      const name = [...path, key].join('-');
      if ('$value' in n) {
        const ext = (n.$extensions as Record<string, { dark?: string }> | undefined)?.['fi.osallisuus'];
        tokens.set(name, { name, type: (n.$type as string | undefined) ?? type ?? '', value: n.$value, dark: ext?.dark });
      } else {
        walk(n, [...path, key], type);
      }
    }
  };
  walk(await res.json(), []);
  return tokens;
}

async function loadTheme(name: string): Promise<string> {
  const res = await fetch(`/src/themes/${name}.css`);
  expect(res.ok, `src/themes/${name}.css is served`).to.be.true;
  return res.text();
}

/** WCAG 2.x relative luminance of #rgb or #rrggbb. */
function luminance(hex: string): number {
  const h = hex.slice(1).length === 3 ? hex.slice(1).replace(/./g, '$&$&') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const SURFACES = ['surface', 'info-surface', 'error-surface', 'success-surface', 'warning-surface'];
/** [foreground, backgrounds, what it is]: text needs 4.5:1 (7:1 in the high-contrast theme). */
const TEXT_PAIRS: [string, string[], string][] = [
  ['text', ['background', ...SURFACES], 'text'],
  ['text-muted', ['background', 'surface', 'info-surface'], 'hints'],
  ['primary', ['background', ...SURFACES], 'links'],
  ['primary-hover', ['background', 'surface', 'info-surface'], 'links under the pointer'],
  ['on-primary', ['primary', 'primary-hover'], 'button text'],
  ['error', ['background', 'surface', 'error-surface'], 'error messages'],
  ['background', ['error'], 'the error mark'],
];
/** Marks, borders and the focus ring need 3:1 (WCAG 1.4.11). */
const UI_PAIRS: [string, string[], string][] = [
  ['border', ['background', 'surface'], 'borders'],
  ['primary', ['background', 'surface', 'info-surface'], 'chosen states'],
  ['focus', ['background', ...SURFACES], 'the focus ring'],
  ['focus-inner', ['primary'], 'the inner focus ring on a button'],
  ['success', ['background', 'success-surface'], 'success marks'],
  ['warning', ['background', 'warning-surface'], 'warning marks'],
  ['error', ['error-surface'], 'the error summary border'],
];

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Reads a theme file; returns its declarations and every problem found, in words. */
function checkTheme(css: string, tokens: Map<string, Token>, { textRatio = 4.5 } = {}): { set: Map<string, string>; problems: string[] } {
  const problems: string[] = [];
  const set = new Map<string, string>();
  let code = css.replace(/\/\*[\s\S]*?\*\//g, '');
  if (/@import|@font-face|url\(/i.test(code)) problems.push('loads a file (@import, @font-face or url()): a theme must load nothing from other servers');
  // At-rules without a block, such as @import or @charset, are reported above or harmless; blocks follow.
  code = code.replace(/@[\w-]+[^;{}]*;/g, '');
  let rest = code;
  for (const [block, selector, body] of code.matchAll(/([^{}]*)\{([^{}]*)\}/g)) {
    rest = rest.replace(block, '');
    if (selector.trim() !== ':root') {
      problems.push(`sets tokens on "${selector.trim()}": set them on :root only`);
      continue;
    }
    for (const declaration of body.split(';').map((d) => d.trim()).filter(Boolean)) {
      const match = declaration.match(/^(--[\w-]+)\s*:\s*([\s\S]+)$/);
      if (!match) {
        problems.push(`"${declaration}" is not a custom property: a theme sets only --osa-* tokens`);
        continue;
      }
      const [, name, value] = match;
      if (set.has(name)) problems.push(`${name} is set twice`);
      set.set(name, value.trim());
      const dark = name.startsWith('--osa-dark-');
      const token = tokens.get(name.replace(/^--osa-(dark-)?/, ''));
      if (!name.startsWith('--osa-') || !token) problems.push(`${name} is not a token in tokens.json`);
      else if (dark && token.type !== 'color') problems.push(`${name}: only colours have a --osa-dark- property`);
      else if (token.type === 'color' && !HEX.test(value.trim())) problems.push(`${name}: give colours as #rrggbb, so their contrast can be checked (got "${value.trim()}")`);
    }
  }
  if (rest.trim()) problems.push(`has CSS outside a :root { } block: "${rest.trim().slice(0, 40)}"`);

  const length = (name: string, remPx = 16) => {
    const m = set.get(name)?.match(/^([\d.]+)(px|rem|em)$/);
    return m ? Number(m[1]) * (m[2] === 'px' ? 1 : remPx) : undefined;
  };
  const focusWidth = length('--osa-focus-width');
  if (focusWidth !== undefined && focusWidth < 2) problems.push(`--osa-focus-width is ${set.get('--osa-focus-width')}: keep the focus ring at least 2px`);
  if (set.has('--osa-focus-width') && focusWidth === undefined) problems.push('--osa-focus-width: give it in px or rem');
  const minHeight = length('--osa-control-min-height');
  if (minHeight !== undefined && minHeight < 44) problems.push(`--osa-control-min-height is ${set.get('--osa-control-min-height')}: keep targets at least 2.75rem (44px)`);
  if (set.has('--osa-control-min-height') && minHeight === undefined) problems.push('--osa-control-min-height: give it in px or rem');

  for (const mode of ['light', 'dark'] as const) {
    const colour = (name: string) => {
      const token = tokens.get(`color-${name}`)!;
      const own = set.get(mode === 'dark' ? `--osa-dark-color-${name}` : `--osa-color-${name}`);
      return own && HEX.test(own) ? own : mode === 'dark' ? token.dark ?? String(token.value) : String(token.value);
    };
    const check = (pairs: [string, string[], string][], min: number) => {
      for (const [fg, bgs, what] of pairs) {
        for (const bg of bgs) {
          const ratio = contrast(colour(fg), colour(bg));
          if (ratio < min) problems.push(`${mode}: ${fg} ${colour(fg)} on ${bg} ${colour(bg)} is ${ratio.toFixed(2)}:1, ${what} need ${min}:1`);
        }
      }
    };
    check(TEXT_PAIRS, textRatio);
    check(UI_PAIRS, 3);
  }
  return { set, problems };
}

describe('Example themes (src/themes/)', () => {
  let tokens: Map<string, Token>;
  before(async () => {
    tokens = await loadTokens();
  });

  describe('the checker', () => {
    it('computes WCAG contrast ratios', () => {
      expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
      expect(contrast('#fff', '#000')).to.be.closeTo(21, 0.01);
      expect(contrast('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
      expect(contrast('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
      expect(contrast('#0a56a0', '#ffffff')).to.be.closeTo(contrast('#ffffff', '#0a56a0'), 1e-9);
    });

    it('passes the library defaults (an empty theme)', () => {
      expect(checkTheme(':root { }', tokens).problems).to.deep.equal([]);
    });

    it('fails a misspelt token, a made-up token and a dark property of a non-colour', () => {
      const { problems } = checkTheme(':root { --osa-color-primry: #0a56a0; --osa-colour-text: #000000; --osa-dark-font-family: serif; }', tokens);
      expect(problems).to.have.length(3);
      expect(problems[0]).to.contain('--osa-color-primry is not a token');
      expect(problems[1]).to.contain('--osa-colour-text is not a token');
      expect(problems[2]).to.contain('only colours have a --osa-dark- property');
    });

    it('fails other selectors, plain properties and files from other servers', () => {
      const { problems } = checkTheme(`@import url("https://fonts.example.com/a.css");
        :root { color: red; --osa-font-family: "Brand Sans", sans-serif; }
        osa-feedback { --osa-color-primary: #0a56a0; }
        --osa-color-text: #000000`, tokens);
      expect(problems.join('\n')).to.contain('loads a file').and.contain('"color: red" is not a custom property').and.contain('sets tokens on "osa-feedback"').and.contain('outside a :root');
    });

    it('fails low contrast in light mode and in dark mode', () => {
      const light = checkTheme(':root { --osa-color-text-muted: #949494; }', tokens).problems;
      expect(light).to.have.length(3);
      expect(light[0]).to.match(/^light: text-muted #949494 on background #ffffff is 3\.0\d:1, hints need 4\.5:1$/);
      const dark = checkTheme(':root { --osa-dark-color-primary: #3060a0; }', tokens).problems;
      expect(dark.length).to.be.greaterThan(0);
      expect(dark.every((p) => p.startsWith('dark: '))).to.be.true;
      expect(dark[0]).to.contain('primary #3060a0 on background #15181c');
    });

    it('uses the dark defaults in dark mode, not the light colours a theme sets', () => {
      // A dark blue that works on white must not be checked against the dark background: it is not used there.
      expect(checkTheme(':root { --osa-color-primary: #003366; --osa-color-focus: #003366; }', tokens).problems).to.deep.equal([]);
    });

    it('asks 7:1 for text when told to (the high-contrast theme)', () => {
      expect(checkTheme(':root { }', tokens, { textRatio: 7 }).problems.join('\n')).to.contain('need 7:1');
    });

    it('fails a colour it cannot check, a thin focus ring and small targets', () => {
      const { problems } = checkTheme(':root { --osa-color-primary: rebeccapurple; --osa-focus-width: 1px; --osa-control-min-height: 2rem; }', tokens);
      expect(problems.join('\n')).to.contain('give colours as #rrggbb').and.contain('at least 2px').and.contain('at least 2.75rem');
    });
  });

  it('tests every theme that docs/theming.md lists (generated from src/themes/)', async () => {
    const doc = await (await fetch('/docs/theming.md')).text();
    const section = doc.slice(doc.indexOf('<!-- themes:start -->'), doc.indexOf('<!-- themes:end -->'));
    const listed = [...section.matchAll(/\[`([\w-]+)\.css`\]/g)].map((m) => m[1]).sort();
    expect(listed).to.deep.equal(THEMES);
  });

  for (const name of THEMES) {
    describe(`${name}.css`, () => {
      it('sets only tokens from tokens.json on :root, loads nothing, and every colour pair meets its contrast ratio in light and dark', async () => {
        const css = await loadTheme(name);
        const { set, problems } = checkTheme(css, tokens, { textRatio: name === 'high-contrast' ? 7 : 4.5 });
        expect(problems, problems.join('\n')).to.deep.equal([]);
        expect(set.get('--osa-color-primary'), 'sets a primary colour').to.match(HEX);
        expect(set.get('--osa-dark-color-primary'), 'sets a dark primary colour').to.match(HEX);
      });

      it('says in its header what it is and how to link it', async () => {
        const css = await loadTheme(name);
        const header = css.match(/^\/\*([\s\S]*?)\*\//)?.[1] ?? '';
        expect(header).to.contain(`<link rel="stylesheet" href="/osallisuus/themes/${name}.css">`);
        if (name !== 'high-contrast') expect(header).to.contain('not a real municipality');
      });

      it('themes a component on the page when linked, in light and in dark mode', async () => {
        const css = await loadTheme(name);
        const { set } = checkTheme(css, tokens);
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
        try {
          for (const theme of ['light', 'dark']) {
            const el = await fixture<HTMLElement>(html`<div theme=${theme}><osa-participation-ladder model="spectrum" current="consult"></osa-participation-ladder></div>`);
            const ladder = el.querySelector('osa-participation-ladder')!;
            await settled(el);
            const used = getComputedStyle(ladder).getPropertyValue('--_osa-color-primary').trim().toLowerCase();
            expect(used, `${theme}: the primary colour in use`).to.equal(set.get(theme === 'dark' ? '--osa-dark-color-primary' : '--osa-color-primary')!.toLowerCase());
            const badge = ladder.shadowRoot!.querySelector('.level--current .badge')!;
            const hex = (rgb: string) => `#${rgb.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
            expect(hex(getComputedStyle(badge).backgroundColor), `${theme}: the current level's number is painted in it`).to.equal(used);
            if (set.has('--osa-font-family')) expect(getComputedStyle(ladder).fontFamily).to.equal(set.get('--osa-font-family'));
          }
        } finally {
          style.remove();
        }
      });
    });
  }
});
