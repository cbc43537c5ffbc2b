import { defineElement } from '../core/define.js';
import { OsaFeedbackStatus } from './osa-feedback-status.js';

export { OsaFeedbackStatus };
export type { FeedbackStatusData, FeedbackStatusKind } from './adapters.js';
export type { StatusLookupDetail } from './lookup.js';

defineElement('osa-feedback-status', OsaFeedbackStatus);

declare global {
  interface HTMLElementTagNameMap {
    'osa-feedback-status': OsaFeedbackStatus;
  }
  interface HTMLElementEventMap {
    'osa-feedback-status-lookup': CustomEvent<import('./lookup.js').StatusLookupDetail>;
    'osa-feedback-status-result': CustomEvent<{ reference: string; found: boolean; status?: import('./adapters.js').FeedbackStatusKind }>;
    'osa-feedback-status-error': CustomEvent<{ kind: string; status?: number }>;
  }
}
