import { packs, type Catalog, type Strings } from '../../core/i18n.js';
import type { en } from './en.js';

export type YouSaidWeDidStrings = Strings<typeof en>;
/** The board's strings, loaded per language. */
export const youSaidWeDidStrings: Catalog<typeof en> = packs(() => import('./fi.js'), () => import('./sv.js'), () => import('./en.js'));
/** The board's strings in easy language (selkokieli, lätt svenska, Easy Read), loaded per language. */
export const youSaidWeDidEasyStrings: Catalog<typeof en> = packs(() => import('./easy-fi.js'), () => import('./easy-sv.js'), () => import('./easy-en.js'));
