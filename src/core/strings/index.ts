import type { Catalog, Strings } from '../i18n.js';
import type { en } from './en.js';
import type { en as laterEn } from './later-en.js';

/**
 * The forms' shared texts come in two parts with no keys in common. The first render needs only the
 * first (fi.ts …: "optional", the counter, and what to say when the form's code cannot load); the
 * second (later-fi.ts …: the error summary, sending, retrying and failures) loads with the form's
 * actions, at the first sign of use.
 */
export type CoreStrings = Strings<typeof en>;
export type CoreLaterStrings = Strings<typeof laterEn>;
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
/** The shared texts shown after the first render, loaded per language with a form's actions. */
export const coreLaterStrings: Catalog<typeof laterEn> = {
  fi: () => import('./later-fi.js').then((m) => m.fi),
  sv: () => import('./later-sv.js').then((m) => m.sv),
  en: () => import('./later-en.js').then((m) => m.en),
};
/** The same in easy language. */
export const coreLaterEasyStrings: Catalog<typeof laterEn> = {
  fi: () => import('./later-easy-fi.js').then((m) => m.fi),
  sv: () => import('./later-easy-sv.js').then((m) => m.sv),
  en: () => import('./later-easy-en.js').then((m) => m.en),
};
