import type { Catalog, Strings } from '../../core/i18n.js';
import type { en } from './en.js';

export type QuickRatingStrings = Strings<typeof en>;
/** <osa-quick-rating> strings, loaded per language. */
export const quickRatingStrings: Catalog<typeof en> = {
  fi: () => import('./fi.js').then((m) => m.fi),
  sv: () => import('./sv.js').then((m) => m.sv),
  en: () => import('./en.js').then((m) => m.en),
};
/** <osa-quick-rating> strings in easy language (selkokieli, lätt svenska, Easy Read), loaded per language. */
export const quickRatingEasyStrings: Catalog<typeof en> = {
  fi: () => import('./easy-fi.js').then((m) => m.fi),
  sv: () => import('./easy-sv.js').then((m) => m.sv),
  en: () => import('./easy-en.js').then((m) => m.en),
};
