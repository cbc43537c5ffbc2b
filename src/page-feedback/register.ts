import { defineElement } from '../core/define.js';
import { OsaPageFeedback } from './osa-page-feedback.js';

export { OsaPageFeedback };
export type { PageFeedbackData } from './actions.js';
export type { SubmitEventDetail } from '../core/submission.js';

defineElement('osa-page-feedback', OsaPageFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'osa-page-feedback': OsaPageFeedback;
  }
  interface HTMLElementEventMap {
    'osa-page-feedback-submit': CustomEvent<import('../core/submission.js').SubmitEventDetail<import('./actions.js').PageFeedbackData>>;
    'osa-page-feedback-sent': CustomEvent<{ data: import('./actions.js').PageFeedbackData }>;
    'osa-page-feedback-error': CustomEvent<{ kind: string; status?: number; message: string }>;
  }
}
