import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * Form building blocks shared by the form components. They are template functions, not elements,
 * so that every label, hint, error and summary link lives in the component's one shadow root and
 * `for`, `aria-describedby` and focus moves work without crossing shadow boundaries.
 */

import { heading } from './heading.js';

export { heading, toLevel } from './heading.js';

export interface FieldError {
  /** id of the control the error belongs to (the summary links to it). */
  id: string;
  message: string;
}

interface FieldBase {
  id: string;
  label: string;
  hint?: string | TemplateResult;
  error?: string;
  /** Shown after the label: "(optional)" — the form should mark optional fields, not required ones. */
  optionalText?: string;
  /** ids of further descriptions, e.g. a note two fields share ("give one of the two") or the response promise. */
  describedBy?: string;
}

/** Extra description ids joined, or undefined. */
const ids = (...list: (string | undefined)[]) => list.filter(Boolean).join(' ') || undefined;

/** The aria-describedby of a field: its hint and error (and `extra`), or undefined when it has neither. */
export function describedBy(id: string, hint: unknown, error: unknown, extra?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', extra ?? ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function fieldHead(f: FieldBase) {
  return html`<label class="label" for=${f.id}>${f.label}${f.optionalText ? html` <span class="optional">${f.optionalText}</span>` : nothing}</label>
    ${f.hint ? html`<div class="hint" id="${f.id}-hint">${f.hint}</div>` : nothing}
    ${errorMessage(f.id, f.error)}`;
}

/** The inline error under a label. The word "Error:" is given by the caller's text if wanted. */
export function errorMessage(id: string, error?: string) {
  // A span (generic), not a paragraph: in a radio group (role radiogroup) only radios and generic
  // elements may be owned (ARIA's allowed child roles).
  return error ? html`<span class="error-message" id="${id}-error"><span class="error-icon" aria-hidden="true">!</span> ${error}</span>` : nothing;
}

export interface TextFieldOptions extends FieldBase {
  value: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'search' | 'datetime-local';
  name?: string;
  autocomplete?: string;
  inputmode?: string;
  spellcheck?: boolean;
  required?: boolean;
  width?: 'full' | 'medium' | 'short';
  onInput: (value: string) => void;
  onBlur?: () => void;
}

/** A text input with label, hint and error. */
export function textField(f: TextFieldOptions) {
  return html`<div class="field ${f.error ? 'field--error' : ''}" part="field">
    ${fieldHead(f)}
    <input class="input input--${f.width ?? 'full'}" part="input" id=${f.id} name=${ifDefined(f.name)} type=${f.type ?? 'text'}
      .value=${f.value} autocomplete=${ifDefined(f.autocomplete)} inputmode=${ifDefined(f.inputmode)}
      spellcheck=${f.spellcheck === false ? 'false' : 'true'} ?required=${!!f.required}
      aria-describedby=${ifDefined(describedBy(f.id, f.hint, f.error, f.describedBy))} aria-invalid=${f.error ? 'true' : 'false'}
      @input=${(e: Event) => f.onInput((e.target as HTMLInputElement).value)} @blur=${() => f.onBlur?.()} />
  </div>`;
}

export interface TextAreaOptions extends FieldBase {
  value: string;
  name?: string;
  rows?: number;
  required?: boolean;
  autocomplete?: string;
  /** A counter rendered with `characterCount()`; its id is added to aria-describedby. */
  counter?: TemplateResult;
  counterId?: string;
  onInput: (value: string) => void;
}

/** A multi-line text field. Pair it with `characterCount()` when it has a limit. */
export function textArea(f: TextAreaOptions) {
  return html`<div class="field ${f.error ? 'field--error' : ''}" part="field">
    ${fieldHead(f)}
    <textarea class="textarea" part="textarea" id=${f.id} name=${ifDefined(f.name)} rows=${f.rows ?? 6} .value=${f.value} autocomplete=${ifDefined(f.autocomplete)}
      ?required=${!!f.required} aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(f.id, f.hint, f.error, ids(f.counterId, f.describedBy)))}
      @input=${(e: Event) => f.onInput((e.target as HTMLTextAreaElement).value)}></textarea>
    ${f.counter ?? nothing}
  </div>`;
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
  /** ids of further descriptions of this choice (e.g. the response promise on "Yes, I want a reply"). */
  describedBy?: string;
}

export interface ChoiceGroupOptions {
  /** id of the fieldset; the first control gets `${id}-0`, which the error summary links to. */
  id: string;
  legend: string;
  /** Visually larger legend, used when the group is the question of a section. */
  legendSize?: 'm' | 'l';
  hint?: string | TemplateResult;
  error?: string;
  optionalText?: string;
  /**
   * An answer is needed. A radio group is a `radiogroup` marked `aria-required`, and `aria-invalid`
   * with an error (ARIA 1.2 allows neither on a radio); a group of checkboxes ("choose at least one")
   * cannot be marked required or invalid at all (a `group` takes neither, and the error is the
   * group's, not its first box's), so `requiredText` ("(required)") is added to its legend for screen
   * readers. Either way the error message is the fieldset's description.
   */
  required?: boolean;
  requiredText?: string;
  type: 'radio' | 'checkbox';
  name: string;
  choices: readonly Choice[];
  /** The selected value (radio) or values (checkbox). */
  selected: string | readonly string[];
  inline?: boolean;
  onChange: (value: string, checked: boolean) => void;
  /** Content shown right after a choice when it is selected (progressive disclosure). */
  conditional?: (value: string) => TemplateResult | typeof nothing;
}

/** A group of radios or checkboxes in a fieldset with a legend. */
export function choiceGroup(g: ChoiceGroupOptions) {
  const isSelected = (v: string) => (typeof g.selected === 'string' ? g.selected === v : g.selected.includes(v));
  const radioGroup = g.required && g.type === 'radio';
  return html`<fieldset class="fieldset ${g.error ? 'field--error' : ''}" part="fieldset" id=${g.id}
      role=${ifDefined(radioGroup ? 'radiogroup' : undefined)} aria-required=${ifDefined(radioGroup ? 'true' : undefined)}
      aria-invalid=${radioGroup && g.error ? 'true' : nothing} aria-describedby=${ifDefined(describedBy(g.id, g.hint, g.error))}>
    <legend class="legend legend--${g.legendSize ?? 'm'}">${g.legend}${g.optionalText ? html` <span class="optional">${g.optionalText}</span>` : nothing}${g.required && g.type === 'checkbox' && g.requiredText ? html`<span class="visually-hidden"> ${g.requiredText}</span>` : nothing}</legend>
    ${g.hint ? html`<div class="hint" id="${g.id}-hint">${g.hint}</div>` : nothing}
    ${errorMessage(g.id, g.error)}
    <div class="choices ${g.inline ? 'choices--inline' : ''}">
      ${g.choices.map((c, i) => {
        const id = `${g.id}-${i}`;
        const checked = isSelected(c.value);
        return html`<div class="choice">
            <input class="choice__input" type=${g.type} id=${id} name=${g.name} .value=${c.value} .checked=${checked}
              ?required=${radioGroup} aria-describedby=${ifDefined(ids(c.hint ? `${id}-hint` : undefined, c.describedBy))}
              @change=${(e: Event) => g.onChange(c.value, (e.target as HTMLInputElement).checked)} />
            <label class="choice__label" for=${id}>${c.label}</label>
            ${c.hint ? html`<div class="hint choice__hint" id="${id}-hint">${c.hint}</div>` : nothing}
          </div>
          ${checked && g.conditional ? g.conditional(c.value) : nothing}`;
      })}
    </div>
  </fieldset>`;
}

export interface CounterTexts {
  limit: (max: number) => string;
  left: (n: number) => string;
  over: (n: number) => string;
}

/**
 * The visible character counter under a text area. Screen readers get the limit through
 * aria-describedby; what is left is announced politely only near the limit (`counterAnnouncement` in
 * form-status.ts, loaded with the form's actions).
 */
export function characterCount(id: string, length: number, max: number, texts: CounterTexts) {
  const left = max - length;
  const near = left <= counterThreshold(max);
  return html`<div class="counter ${left < 0 ? 'counter--over' : ''}" part="counter">
    <span id=${id} class="visually-hidden">${texts.limit(max)}</span>
    <span aria-hidden="true" class="counter__text">${left < 0 ? texts.over(-left) : near ? texts.left(left) : `${length} / ${max}`}</span>
  </div>`;
}

/** From this many characters left, the counter speaks: 10 % of the limit, at least 20, at most 200. */
export function counterThreshold(max: number): number {
  return Math.min(200, Math.max(20, Math.round(max / 10)));
}

/**
 * A polite live region. Render `announcer.render()` once in the shadow root and call
 * `announce(text)`. The same text twice is announced twice.
 */
export class LiveAnnouncer implements ReactiveController {
  private message = '';
  private timer?: ReturnType<typeof setTimeout>;
  constructor(private host: ReactiveControllerHost, private politeness: 'polite' | 'assertive' = 'polite') {
    host.addController(this);
  }
  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
  announce(text: string): void {
    clearTimeout(this.timer);
    this.message = '';
    this.host.requestUpdate();
    // Let the empty region render first so that screen readers notice the new text.
    this.timer = setTimeout(() => {
      this.message = text;
      this.host.requestUpdate();
    }, 100);
  }
  get current(): string {
    return this.message;
  }
  render() {
    return html`<div class="visually-hidden" aria-live=${this.politeness} aria-atomic="true" data-live>${this.message}</div>`;
  }
}

/** The polite status region under a form's send button; it is on the page from the start, so what appears in it is announced. */
export const statusRegion = (body: unknown = '') => html`<div class="submission-status" role="status" part="status">${body}</div>`;

export interface FailureBoxOptions {
  /** Heading level of the title. */
  level: number;
  title: string;
  /** Why it failed, and that the text is kept (in the reader's language). */
  reason: string;
  tryAgain: string;
  onRetry: () => void;
  /** Text from the server (e.g. an Open311 error description), shown as plain text. */
  serverMessage?: string;
  detailsFromService?: string;
  copyText?: string;
  /** Offer "Copy your text" when given. */
  onCopy?: () => void;
}

/** The alert after a failed send: the reason, that nothing was lost, "Try again" and "Copy your text". */
export function failureBox(f: FailureBoxOptions) {
  return html`<div class="box box--warning failure" role="alert" part="failure">
    ${heading(f.level, f.title, 'failure__title')}
    <p>${f.reason}</p>
    ${f.serverMessage ? html`<p class="server-message">${f.detailsFromService} <q>${f.serverMessage}</q></p>` : nothing}
    <div class="button-row">
      <button class="button" type="button" @click=${f.onRetry}>${f.tryAgain}</button>
      ${f.onCopy ? html`<button class="button button--secondary" type="button" @click=${f.onCopy}>${f.copyText}</button>` : nothing}
    </div>
  </div>`;
}

/** A honeypot against bots: hidden from people, screen readers, the tab order and autofill. */
export function honeypot(name: string, label: string, value: string, onInput: (value: string) => void) {
  return html`<div class="honeypot" aria-hidden="true">
    <label for="osa-hp-${name}">${label}</label>
    <input id="osa-hp-${name}" name=${name} type="text" tabindex="-1" autocomplete="off" data-1p-ignore data-lpignore="true"
      .value=${value} @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)} />
  </div>`;
}

export interface SelectFieldOptions extends FieldBase {
  value: string;
  name?: string;
  /** The first, empty option, e.g. "Choose a service". */
  placeholder?: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** A native select with label, hint and error. */
export function selectField(f: SelectFieldOptions) {
  return html`<div class="field ${f.error ? 'field--error' : ''}" part="field">
    ${fieldHead(f)}
    <select class="select input--medium" part="select" id=${f.id} name=${ifDefined(f.name)} aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(f.id, f.hint, f.error, f.describedBy))} @change=${(e: Event) => f.onChange((e.target as HTMLSelectElement).value)}>
      ${f.placeholder !== undefined ? html`<option value="" ?selected=${!f.value}>${f.placeholder}</option>` : nothing}
      ${f.options.map((o) => html`<option .value=${o.value} ?selected=${o.value === f.value}>${o.label}</option>`)}
    </select>
  </div>`;
}
