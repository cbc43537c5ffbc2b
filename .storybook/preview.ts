import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

/** Every story sits in a wrapper with the chosen language and theme, as on a real page. */
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
  },
  initialGlobals: { locale: 'fi', theme: 'auto' },
  decorators: [
    (story, { globals }) => {
      document.documentElement.lang = globals.locale;
      const dark = globals.theme === 'dark';
      return html`<div lang=${globals.locale} theme=${globals.theme} style="padding: 1rem; ${dark ? 'background:#15181c;' : ''}">${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    docs: { toc: true },
    options: { storySort: { order: ['Introduction', 'Guides', 'Components', 'Core'] } },
  },
};
export default preview;
