import type { Catalog, Strings } from '../../core/i18n.js';
import type { en } from './en.js';

export type PanelSignupStrings = Strings<typeof en>;
/** <osa-panel-signup> strings, loaded per language. */
export const panelSignupStrings: Catalog<typeof en> = {
  fi: () => import('./fi.js').then((m) => m.fi),
  sv: () => import('./sv.js').then((m) => m.sv),
  en: () => import('./en.js').then((m) => m.en),
};
