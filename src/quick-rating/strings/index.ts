import { packs, type Catalog, type Strings } from '../../core/i18n.js';
import type { en } from './en.js';

export type QuickRatingStrings = Strings<typeof en>;
/** <osa-quick-rating> strings, loaded per language. */
export const quickRatingStrings: Catalog<typeof en> = packs(() => import('./fi.js'), () => import('./sv.js'), () => import('./en.js'));
/** <osa-quick-rating> strings in easy language (selkokieli, lätt svenska, Easy Read), loaded per language. */
export const quickRatingEasyStrings: Catalog<typeof en> = packs(() => import('./easy-fi.js'), () => import('./easy-sv.js'), () => import('./easy-en.js'));
