import { defineElement } from '../core/define.js';
import { OsaQuickRating } from './osa-quick-rating.js';

export { OsaQuickRating };
export type { QuickRatingData } from './actions.js';
export type { SubmitEventDetail } from '../core/submission.js';

defineElement('osa-quick-rating', OsaQuickRating);

declare global {
  interface HTMLElementTagNameMap {
    'osa-quick-rating': OsaQuickRating;
  }
  interface HTMLElementEventMap {
    'osa-quick-rating-submit': CustomEvent<import('../core/submission.js').SubmitEventDetail<import('./actions.js').QuickRatingData>>;
    'osa-quick-rating-sent': CustomEvent<{ data: import('./actions.js').QuickRatingData; idempotencyKey: string }>;
    'osa-quick-rating-error': CustomEvent<{ kind: string; status?: number; message: string }>;
  }
}
