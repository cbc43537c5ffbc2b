import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own "get started" checklist is for people setting Storybook up, not for designers reading ours.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  docs: { defaultName: 'Documentation' },
  async viteFinal(config, { configType }) {
    const plugins: Plugin[] = [];
    if (configType === 'DEVELOPMENT') {
      // The HTTP fixtures of the tests (test/servers/) answer the json and open311 stories in `npm start`.
      const { connectMiddleware } = await import('../test/servers/index.mjs');
      const middleware = await connectMiddleware();
      plugins.push({ name: 'osa-fixtures', configureServer: (server) => void server.middlewares.use(middleware) });
    }
    return {
      ...config,
      plugins: [...(config.plugins ?? []), ...plugins],
      optimizeDeps: {
        ...config.optimizeDeps,
        include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/decorators.js', 'lit/directive-helpers.js', 'lit/directives/if-defined.js', 'lit/directives/live.js'],
      },
    };
  },
};
export default config;
