import { packs, type Catalog, type Strings } from '../../core/i18n.js';
import type { en } from './en.js';

export type PageFeedbackStrings = Strings<typeof en>;
/** <osa-page-feedback> strings, loaded per language. */
export const pageFeedbackStrings: Catalog<typeof en> = packs(() => import('./fi.js'), () => import('./sv.js'), () => import('./en.js'));
/** <osa-page-feedback> strings in easy language (selkokieli, lätt svenska, Easy Read), loaded per language. */
export const pageFeedbackEasyStrings: Catalog<typeof en> = packs(() => import('./easy-fi.js'), () => import('./easy-sv.js'), () => import('./easy-en.js'));
