import { nothing, type PropertyDeclarations } from 'lit';
import { OsaElement, states, type TextPart } from './element.js';
import { failureBox, LiveAnnouncer, type CounterTexts } from './form.js';
import { formatDueDate, type StringTable } from './i18n.js';
import type { SubmissionController } from './submission.js';
import { coreEasyStrings, coreLaterEasyStrings, coreLaterStrings, coreStrings, type CoreLaterStrings, type CoreStrings } from './strings/index.js';
import { lazy } from './lazy.js';

export type PreviewState = 'sending' | 'retrying' | 'offline' | 'failed' | 'sent';

/**
 * Base class of the form components (feedback, panel sign-up): heading level, the sending
 * settings, "now" and design previews, a polite announcer, and the form's actions.
 *
 * A form's actions — checking the answers, sending, and what it shows after "Send" — live in a
 * module of their own (`loadActions()`), which loads at the first sign of use (focus in the
 * form, a preview state) rather than with the first render. If it cannot load (the connection
 * dropped before the person started), the form says so, keeps the text and tries again.
 */
export abstract class OsaFormElement<S extends StringTable, A extends object = object> extends OsaElement<S, CoreStrings & CoreLaterStrings> {
  /** Lit's reactive properties and their attributes (the fields below hold their docs and defaults). */
  static override properties: PropertyDeclarations = {
    ...states('actionsFailed'),
    timeout: { attribute: false },
    retryDelay: { attribute: false },
    attempts: { attribute: false },
    now: { attribute: false },
    previewState: { attribute: false },
  };

  /** @internal When the person opened the form: for the too-fast check and the time taken. */
  startedAt = performance.now();

  override connectedCallback(): void {
    super.connectedCallback();
    this.startedAt = performance.now();
  }

  /** Per-attempt timeout in ms. */
  timeout = 15_000;
  /** First retry delay in ms (doubles each time; Retry-After wins). */
  retryDelay = 1_000;
  /** Attempts in all before giving up. */
  attempts = 4;
  /** "Now" for the promised date (for previews and tests). Default: the current time. */
  now?: Date;
  /** Shows a state without sending, for design previews: sending, retrying, offline, failed or sent. */
  previewState?: PreviewState;

  /** @internal */
  announcer = new LiveAnnouncer(this);
  /** @internal The current submission; the actions module makes it when it loads. */
  submission?: SubmissionController;
  /** @internal The form's actions, once loaded. */
  actions?: A;
  /** @internal True when the actions could not load; the form shows a failure and keeps the text. */
  actionsFailed = false;
  private actionsLoading?: Promise<A>;

  /** Imports the component's actions module. */
  protected abstract loadActions(): Promise<A>;

  /**
   * The shared form texts (core/strings) come first, so a component's own key wins: the part the
   * first render shows, and the part that loads with the actions.
   */
  protected override get textParts(): TextPart[] {
    return [[coreStrings, coreEasyStrings], [coreLaterStrings, coreLaterEasyStrings, true], ...super.textParts];
  }

  /**
   * The actions, with the later parts of the texts that what they show needs: loaded once, on first
   * use; a failed load (of either) is tried again next time.
   */
  act(): Promise<A> {
    return (this.actionsLoading ??= Promise.all([this.loadActions(), this.loadLaterTexts()]).then(
      ([a]) => {
        this.actions = a;
        this.actionsFailed = false;
        this.requestUpdate();
        return a;
      },
      (e) => {
        this.actionsLoading = undefined;
        throw e;
      },
    ));
  }

  /**
   * Runs `use` with the actions, loading them first; `await el.updateComplete` covers the loading
   * and the start of `use` (not a send that follows). When the actions cannot load, shows the
   * failure (the text stays in the form) and does not run `use`. Resolves when `use` is done.
   */
  protected withActions(use: (a: A) => unknown): Promise<unknown> {
    const started = this.act().then(
      (a) => ({ done: use(a) }),
      () => ({ done: void (this.actionsFailed = true) }),
    );
    this.track(started);
    return started.then((s) => s.done);
  }

  /** The alert shown when the actions could not load: what happened, that nothing was lost, "Try again". */
  protected renderActionsFailure(title: string, onRetry: () => void) {
    return this.actionsFailed && !this.actions
      ? failureBox({ level: this.level + 1, title, reason: `${this.t('failedNetwork')} ${this.t('failedKept')}`, tryAgain: this.t('tryAgain'), onRetry })
      : nothing;
  }

  /**
   * @internal Announces what is left when a text with a limit changes length from `before` to
   * `after` (only near the limit; see counterAnnouncement). Its code comes with the actions, which
   * load on the first focus in the form.
   */
  announceCount(before: number, after: number, max: number): void {
    this.track(lazy(() => import('./form-status.js')).then(({ counterAnnouncement }) => {
      const said = counterAnnouncement(before, after, max, this.counterTexts);
      if (said) this.announcer.announce(said);
    }));
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
  formatDueDate(date: Date): string {
    return formatDueDate(date, this.language);
  }

  /** @internal Timeout, backoff and attempts for SubmissionController.send(). */
  get sendOptions() {
    return { timeoutMs: this.timeout, baseDelayMs: this.retryDelay, attempts: this.attempts };
  }
}
