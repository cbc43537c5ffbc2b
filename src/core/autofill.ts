/**
 * Fields filled without an `input` event. Safari's AutoFill (also in a shadow root) and some
 * password managers put a name, an email address or a phone number in a field and fire only
 * `change`, also in a field the person had started to type in. A form that follows `input` then
 * keeps the old value: it would say "write your name" under a field that shows one, or send
 * without it. When a field's value at `change` is not the one its last `input` event left, this
 * fires the `input` the field's own handler follows, so the form holds what the person sees.
 * A field typed in as usual is left alone: nothing runs twice. So is the hidden honeypot field.
 *
 * Loaded with a form's actions, at the first focus in the form, before AutoFill can fill.
 */
export function followAutofill(root: Node): void {
  const lastInput = new WeakMap<EventTarget, string>();
  // Text fields that people see: not the honeypot (hidden from people, `aria-hidden`), which a
  // password manager may fill without the person knowing.
  const value = (t: EventTarget | null) =>
    (t instanceof HTMLTextAreaElement || (t instanceof HTMLInputElement && !['checkbox', 'radio', 'file'].includes(t.type))) && !t.closest('[aria-hidden="true"]') ? t.value : undefined;
  root.addEventListener('input', (e) => {
    const v = value(e.target);
    if (v !== undefined) lastInput.set(e.target!, v);
  }, true);
  root.addEventListener('change', (e) => {
    const v = value(e.target);
    if (v !== undefined && v !== lastInput.get(e.target!)) e.target!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }, true);
}
