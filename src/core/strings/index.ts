import type { Catalog, Strings } from '../i18n.js';
import type { en } from './en.js';

export type CoreStrings = Strings<typeof en>;
/** Shared strings, loaded per language. */
export const coreStrings: Catalog<typeof en> = {
  fi: () => import('./fi.js').then((m) => m.fi),
  sv: () => import('./sv.js').then((m) => m.sv),
  en: () => import('./en.js').then((m) => m.en),
};
/** Shared strings in easy language (selkokieli, lätt svenska, Easy Read), loaded per language. */
export const coreEasyStrings: Catalog<typeof en> = {
  fi: () => import('./easy-fi.js').then((m) => m.fi),
  sv: () => import('./easy-sv.js').then((m) => m.sv),
  en: () => import('./easy-en.js').then((m) => m.en),
};
