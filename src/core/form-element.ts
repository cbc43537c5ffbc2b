import { property } from 'lit/decorators.js';
import { OsaElement } from './element.js';
import { LiveAnnouncer, type CounterTexts } from './form.js';
import { formatDueDate, type StringTable } from './i18n.js';
import { SubmissionController } from './submission.js';

export type PreviewState = 'sending' | 'retrying' | 'offline' | 'failed' | 'sent';

/**
 * Base class of the form components (feedback, panel sign-up): heading level, the sending
 * settings, "now" and design previews, a polite announcer and the submission controller.
 */
export abstract class OsaFormElement<S extends StringTable> extends OsaElement<S> {
  /** Level of the component's heading (2–6), to fit the page's outline. Inner headings use the next levels. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Per-attempt timeout in ms. */
  @property({ attribute: false }) timeout = 15_000;
  /** First retry delay in ms (doubles each time; Retry-After wins). */
  @property({ attribute: false }) retryDelay = 1_000;
  /** Attempts in all before giving up. */
  @property({ attribute: false }) attempts = 4;
  /** "Now" for the promised date (for previews and tests). Default: the current time. */
  @property({ attribute: false }) now: Date | undefined = undefined;
  /** Shows a state without sending, for design previews: sending, retrying, offline, failed or sent. */
  @property({ attribute: false }) previewState: PreviewState | undefined = undefined;

  protected announcer = new LiveAnnouncer(this);
  protected submission = new SubmissionController(this);

  /** The heading level in use, 2–6. */
  protected get level(): number {
    return Math.min(6, Math.max(2, Math.floor(Number(this.headingLevel)) || 2));
  }

  /** Texts for the shared character counter, in the reader's language. */
  protected get counterTexts(): CounterTexts {
    return {
      limit: (count) => this.t('counterLimit', { count }),
      left: (count) => this.t('counterLeft', { count }),
      over: (count) => this.t('counterOver', { count }),
    };
  }

  /** A due date to follow "by": "Friday 27 November", "perjantaina 27. marraskuuta", "fredag 27 november". */
  protected formatDueDate(date: Date): string {
    return formatDueDate(date, this.language);
  }

  /** Timeout, backoff and attempts for SubmissionController.send(). */
  protected get sendOptions() {
    return { timeoutMs: this.timeout, baseDelayMs: this.retryDelay, attempts: this.attempts };
  }
}
