import type { Catalog, Strings } from '../../core/i18n.js';
import type { en } from './en.js';

export type YouSaidWeDidStrings = Strings<typeof en>;
/** The board's strings, loaded per language. */
export const youSaidWeDidStrings: Catalog<typeof en> = {
  fi: () => import('./fi.js').then((m) => m.fi),
  sv: () => import('./sv.js').then((m) => m.sv),
  en: () => import('./en.js').then((m) => m.en),
};
/** The board's strings in easy language (selkokieli, lätt svenska, Easy Read), loaded per language. */
export const youSaidWeDidEasyStrings: Catalog<typeof en> = {
  fi: () => import('./easy-fi.js').then((m) => m.fi),
  sv: () => import('./easy-sv.js').then((m) => m.sv),
  en: () => import('./easy-en.js').then((m) => m.en),
};
