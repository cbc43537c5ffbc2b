import type { Catalog, Strings } from '../i18n.js';
import { en } from './en.js';
import { fi } from './fi.js';
import { sv } from './sv.js';

export type CoreStrings = Strings<typeof en>;
export const coreStrings: Catalog<typeof en> = { fi, sv, en };
