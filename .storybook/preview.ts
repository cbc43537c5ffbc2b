/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { publicManifest, workingControls } from './public-api.js';

// Controls show the public API only, and each one works (see public-api.ts).
setCustomElementsManifest(publicManifest(manifest));

/** The example themes in src/themes/ as CSS text, found by Vite: a new file there joins the Brand menu by itself. */
const brandFiles = import.meta.glob<string>('../src/themes/*.css', { query: '?inline', import: 'default', eager: true });
const brands = new Map(Object.entries(brandFiles).map(([path, css]) => [path.replace(/^.*\/|\.css$/g, ''), css]));
const brandTitle = (name: string) => (name.charAt(0).toUpperCase() + name.slice(1)).replace(/-/g, ' ');

/** Puts the chosen theme file into one <style id="osa-brand"> on the preview page, as a site would link it. */
function applyBrand(name: string): void {
  const css = brands.get(name);
  let style = document.getElementById('osa-brand') as HTMLStyleElement | null;
  if (!css) {
    style?.remove();
    return;
  }
  if (!style) {
    style = document.createElement('style');
    style.id = 'osa-brand';
    document.head.append(style);
  }
  if (style.textContent !== css) style.textContent = css;
}

/** Every story sits in a wrapper with the chosen language, theme, brand and easy language, as on a real page. */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: { title: 'Language', icon: 'globe', dynamicTitle: true, items: [
        { value: 'fi', title: 'suomi' }, { value: 'sv', title: 'svenska' }, { value: 'en', title: 'English' },
      ] },
    },
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'contrast', dynamicTitle: true, items: [
        { value: 'auto', title: 'Follow the system' }, { value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }, { value: 'high-contrast', title: 'High contrast' },
      ] },
    },
    brand: {
      description: 'Example theme from src/themes/ (colours, type, corners)',
      toolbar: { title: 'Brand', icon: 'paintbrush', dynamicTitle: true, items: [
        { value: 'none', title: 'No brand (defaults)' },
        ...[...brands.keys()].sort((a, b) => Number(a === 'high-contrast') - Number(b === 'high-contrast') || a.localeCompare(b))
          .map((name) => ({ value: name, title: name === 'high-contrast' ? 'High contrast (theme file)' : brandTitle(name) })),
      ] },
    },
    easy: {
      description: 'Easy language (selkokieli, lätt svenska, Easy Read): the easy attribute',
      toolbar: { title: 'Easy language', icon: 'book', dynamicTitle: true, items: [
        { value: 'off', title: 'Easy language: off' }, { value: 'on', title: 'Easy language: on' },
      ] },
    },
  },
  initialGlobals: { locale: 'fi', theme: 'auto', brand: 'none', easy: 'off' },
  decorators: [
    (story, { globals }) => {
      document.documentElement.lang = globals.locale;
      applyBrand(globals.brand);
      const dark = globals.theme === 'dark';
      // Dark: the story's own text (outside the components) too, or it stays black on the dark ground.
      return html`<div lang=${globals.locale} theme=${globals.theme} ?easy=${globals.easy === 'on'}
        style="padding: 1rem; ${dark ? 'background: var(--osa-dark-color-background, #15181c); color: var(--osa-dark-color-text, #eceff1);' : ''}">${story()}</div>`;
    },
  ],
  argTypesEnhancers: [workingControls],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    docs: { toc: true },
    options: { storySort: { order: ['Introduction', 'Guides', 'Components', 'Core'] } },
  },
};
export default preview;
