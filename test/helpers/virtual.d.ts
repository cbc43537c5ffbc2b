// Modules served by plugins in web-test-runner.config.mjs.
declare module 'axe-core/axe.min.js';
