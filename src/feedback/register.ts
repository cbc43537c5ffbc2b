import { defineElement } from '../core/define.js';
import { OsaFeedback } from './osa-feedback.js';

export { OsaFeedback };
export type { FeedbackData, FeedbackKind } from './fields.js';
export type { SubmitEventDetail } from '../core/submission.js';

defineElement('osa-feedback', OsaFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'osa-feedback': OsaFeedback;
  }
  interface HTMLElementEventMap {
    'osa-feedback-submit': CustomEvent<import('../core/submission.js').SubmitEventDetail<import('./fields.js').FeedbackData>>;
    'osa-feedback-sent': CustomEvent<{ reference: string; token?: string; promisedBy: string | null; data: import('./fields.js').FeedbackData }>;
    'osa-feedback-error': CustomEvent<{ kind: string; status?: number; message: string }>;
  }
}
