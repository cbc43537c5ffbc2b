import { defineElement } from '../core/define.js';
import { OsaYouSaidWeDid } from './osa-you-said-we-did.js';

export { OsaYouSaidWeDid };
export type { Filters, Item, ResultItem, Status } from './data.js';

defineElement('osa-you-said-we-did', OsaYouSaidWeDid);

declare global {
  interface HTMLElementTagNameMap {
    'osa-you-said-we-did': OsaYouSaidWeDid;
  }
  interface HTMLElementEventMap {
    'osa-you-said-we-did-load': CustomEvent<{ count: number; problems: number }>;
    'osa-you-said-we-did-error': CustomEvent<{ kind: 'network' | 'data' }>;
  }
}
