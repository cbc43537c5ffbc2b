import type { Catalog, Strings } from '../../core/i18n.js';
import type { en } from './en.js';
import type { en as laterEn } from './later-en.js';

/**
 * <osa-panel-signup>'s texts come in two parts with no keys in common: what the first render of a
 * panel shows (fi.ts …), and the rest (later-fi.ts …: errors, the confirmation, clearing the form,
 * and the words of the other kinds of recruiting), which loads with the form's actions, or with
 * the first render when `kind` is not `panel` or the page overrides texts.
 */
export type PanelSignupStrings = Strings<typeof en>;
export type PanelSignupLaterStrings = Strings<typeof laterEn>;
/** <osa-panel-signup> strings, loaded per language. */
export const panelSignupStrings: Catalog<typeof en> = {
  fi: () => import('./fi.js').then((m) => m.fi),
  sv: () => import('./sv.js').then((m) => m.sv),
  en: () => import('./en.js').then((m) => m.en),
};
/** <osa-panel-signup> strings in easy language (selkokieli, lätt svenska, Easy Read), loaded per language. */
export const panelSignupEasyStrings: Catalog<typeof en> = {
  fi: () => import('./easy-fi.js').then((m) => m.fi),
  sv: () => import('./easy-sv.js').then((m) => m.sv),
  en: () => import('./easy-en.js').then((m) => m.en),
};
/** The texts after the first render (see above), loaded per language. */
export const panelSignupLaterStrings: Catalog<typeof laterEn> = {
  fi: () => import('./later-fi.js').then((m) => m.fi),
  sv: () => import('./later-sv.js').then((m) => m.sv),
  en: () => import('./later-en.js').then((m) => m.en),
};
/** The same in easy language. */
export const panelSignupLaterEasyStrings: Catalog<typeof laterEn> = {
  fi: () => import('./later-easy-fi.js').then((m) => m.fi),
  sv: () => import('./later-easy-sv.js').then((m) => m.sv),
  en: () => import('./later-easy-en.js').then((m) => m.en),
};
