import type { Catalog, Strings } from '../../core/i18n.js';
import type { en } from './en.js';

export type PageFeedbackStrings = Strings<typeof en>;
/** <osa-page-feedback> strings, loaded per language. */
export const pageFeedbackStrings: Catalog<typeof en> = {
  fi: () => import('./fi.js').then((m) => m.fi),
  sv: () => import('./sv.js').then((m) => m.sv),
  en: () => import('./en.js').then((m) => m.en),
};
/** <osa-page-feedback> strings in easy language (selkokieli, lätt svenska, Easy Read), loaded per language. */
export const pageFeedbackEasyStrings: Catalog<typeof en> = {
  fi: () => import('./easy-fi.js').then((m) => m.fi),
  sv: () => import('./easy-sv.js').then((m) => m.sv),
  en: () => import('./easy-en.js').then((m) => m.en),
};
