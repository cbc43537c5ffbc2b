import { packs, type Catalog, type Strings } from '../../core/i18n.js';
import type { en } from './en.js';

export type FeedbackStatusStrings = Strings<typeof en>;
/** <osa-feedback-status> strings, loaded per language. */
export const feedbackStatusStrings: Catalog<typeof en> = packs(() => import('./fi.js'), () => import('./sv.js'), () => import('./en.js'));
/** <osa-feedback-status> strings in easy language (selkokieli, lätt svenska, Easy Read), loaded per language. */
export const feedbackStatusEasyStrings: Catalog<typeof en> = packs(() => import('./easy-fi.js'), () => import('./easy-sv.js'), () => import('./easy-en.js'));
