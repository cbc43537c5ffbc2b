/**
 * osallisuus — every component registered, plus the shared APIs.
 * Import a single component with `osallisuus/feedback` etc. to load less.
 */
export * from './feedback/register.js';
export * from './participation-ladder/register.js';
export * from './panel-signup/register.js';
export * from './you-said-we-did/register.js';
export * from './page-feedback/register.js';
export * from './quick-rating/register.js';
export * from './core/working-days.js';
export { OsaElement, type Theme } from './core/element.js';
export { defineElement } from './core/define.js';
export type { Lang, LocalText, TextOverrides } from './core/i18n.js';
