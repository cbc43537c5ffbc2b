import type { Catalog, Strings } from '../../core/i18n.js';
import type { en } from './en.js';

export type FeedbackStatusStrings = Strings<typeof en>;
/** <osa-feedback-status> strings, loaded per language. */
export const feedbackStatusStrings: Catalog<typeof en> = {
  fi: () => import('./fi.js').then((m) => m.fi),
  sv: () => import('./sv.js').then((m) => m.sv),
  en: () => import('./en.js').then((m) => m.en),
};
/** <osa-feedback-status> strings in easy language (selkokieli, lätt svenska, Easy Read), loaded per language. */
export const feedbackStatusEasyStrings: Catalog<typeof en> = {
  fi: () => import('./easy-fi.js').then((m) => m.fi),
  sv: () => import('./easy-sv.js').then((m) => m.sv),
  en: () => import('./easy-en.js').then((m) => m.en),
};
