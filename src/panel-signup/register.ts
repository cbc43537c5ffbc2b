import { defineElement } from '../core/define.js';
import { OsaPanelSignup } from './osa-panel-signup.js';

export { OsaPanelSignup };
export type { PanelSignupData, Channel, SupportNeed } from './fields.js';
export type { PanelConfig, ListItem, MeetingMode } from './config.js';
export type { SubmitEventDetail } from '../core/submission.js';

defineElement('osa-panel-signup', OsaPanelSignup);

declare global {
  interface HTMLElementTagNameMap {
    'osa-panel-signup': OsaPanelSignup;
  }
  interface HTMLElementEventMap {
    'osa-panel-signup-submit': CustomEvent<import('../core/submission.js').SubmitEventDetail<import('./fields.js').PanelSignupData>>;
    'osa-panel-signup-sent': CustomEvent<{ reference: string; replyBy: string | null }>;
    'osa-panel-signup-error': CustomEvent<{ kind: string; status?: number; message: string }>;
  }
}
