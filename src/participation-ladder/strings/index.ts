import { lazy } from '../../core/lazy.js';
import type { Catalog, Lang, Strings } from '../../core/i18n.js';
import type { ModelTexts } from '../models.js';
import type { en } from './en.js';

export type LadderStrings = Strings<typeof en>;

/** The three models' texts of each language loaded so far; filled by the loaders below. */
export const modelTexts: Partial<Record<Lang, ModelTexts>> = {};

/**
 * One file per language (strings/lang-*.ts, a lazy chunk in the CDN build) holds the texts around
 * the ladder and the three models, so a page loads only the language it shows.
 */
export const ladderStrings: Catalog<typeof en> = {
  fi: () => lazy(() => import('./lang-fi.js')).then((m) => ((modelTexts.fi = m.levels), m.ui)),
  sv: () => lazy(() => import('./lang-sv.js')).then((m) => ((modelTexts.sv = m.levels), m.ui)),
  en: () => lazy(() => import('./lang-en.js')).then((m) => ((modelTexts.en = m.levels), m.ui)),
};

/** The three models' easy-language texts of each language loaded so far; filled by the loaders below. */
export const easyModelTexts: Partial<Record<Lang, ModelTexts>> = {};

/** The same in easy language (selkokieli, lätt svenska, Easy Read): strings/lang-easy-*.ts. */
export const ladderEasyStrings: Catalog<typeof en> = {
  fi: () => lazy(() => import('./lang-easy-fi.js')).then((m) => ((easyModelTexts.fi = m.levels), m.ui)),
  sv: () => lazy(() => import('./lang-easy-sv.js')).then((m) => ((easyModelTexts.sv = m.levels), m.ui)),
  en: () => lazy(() => import('./lang-easy-en.js')).then((m) => ((easyModelTexts.en = m.levels), m.ui)),
};
