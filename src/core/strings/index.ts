import { packs, type Catalog, type Strings } from '../i18n.js';
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
export const coreStrings: Catalog<typeof en> = packs(() => import('./fi.js'), () => import('./sv.js'), () => import('./en.js'));
/** Shared strings in easy language (selkokieli, lätt svenska, Easy Read), loaded per language. */
export const coreEasyStrings: Catalog<typeof en> = packs(() => import('./easy-fi.js'), () => import('./easy-sv.js'), () => import('./easy-en.js'));
/** The shared texts shown after the first render, loaded per language with a form's actions. */
export const coreLaterStrings: Catalog<typeof laterEn> = packs(() => import('./later-fi.js'), () => import('./later-sv.js'), () => import('./later-en.js'));
/** The same in easy language. */
export const coreLaterEasyStrings: Catalog<typeof laterEn> = packs(() => import('./later-easy-fi.js'), () => import('./later-easy-sv.js'), () => import('./later-easy-en.js'));
