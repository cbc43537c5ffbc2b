import { packs, type Catalog, type Strings } from '../../core/i18n.js';
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
export const panelSignupStrings: Catalog<typeof en> = packs(() => import('./fi.js'), () => import('./sv.js'), () => import('./en.js'));
/** <osa-panel-signup> strings in easy language (selkokieli, lätt svenska, Easy Read), loaded per language. */
export const panelSignupEasyStrings: Catalog<typeof en> = packs(() => import('./easy-fi.js'), () => import('./easy-sv.js'), () => import('./easy-en.js'));
/** The texts after the first render (see above), loaded per language. */
export const panelSignupLaterStrings: Catalog<typeof laterEn> = packs(() => import('./later-fi.js'), () => import('./later-sv.js'), () => import('./later-en.js'));
/** The same in easy language. */
export const panelSignupLaterEasyStrings: Catalog<typeof laterEn> = packs(() => import('./later-easy-fi.js'), () => import('./later-easy-sv.js'), () => import('./later-easy-en.js'));
