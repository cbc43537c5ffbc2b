// The core form blocks (src/core/form.ts) as designers see them inside a component: field, text
// area with counter, radio and checkbox groups with a conditional question, and the error summary.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { OsaFormElement } from '../src/core/form-element.js';
import { characterCount, choiceGroup, textArea, textField, type FieldError } from '../src/core/form.js';
import { counterAnnouncement } from '../src/core/form-status.js';
import { errorSummary, focusErrorSummary } from '../src/core/form-status.js';
import { inlineCatalog, type Catalog } from '../src/core/i18n.js';
import { sharedFormStyles } from '../src/core/styles.js';
import { defineElement } from '../src/core/define.js';

const en = {
  title: 'Example form',
  name: 'Your name',
  nameHint: 'Use the name you want us to use.',
  message: 'Your message',
  messageHint: "Don't write health details or your personal identity code.",
  contact: 'How can we contact you?',
  email: 'Email',
  phone: 'Phone',
  emailAddress: 'Email address',
  topics: 'What is it about?',
  care: 'Care at home',
  health: 'Health centre',
  other: 'Something else',
  send: 'Send',
  errName: 'Enter your name',
  errMessage: 'Write your message',
  errContact: 'Choose how we can contact you',
} as const;
const catalog: Catalog<typeof en> = inlineCatalog<typeof en>({
  en,
  fi: {
    title: 'Esimerkkilomake', name: 'Nimesi', nameHint: 'Kirjoita nimi, jota haluat meidän käyttävän.', message: 'Viestisi',
    messageHint: 'Älä kirjoita terveystietoja tai henkilötunnustasi.', contact: 'Miten voimme ottaa sinuun yhteyttä?', email: 'Sähköposti',
    phone: 'Puhelin', emailAddress: 'Sähköpostiosoite', topics: 'Mitä asia koskee?', care: 'Kotihoito', health: 'Terveysasema', other: 'Jokin muu',
    send: 'Lähetä', errName: 'Kirjoita nimesi', errMessage: 'Kirjoita viestisi', errContact: 'Valitse, miten voimme ottaa yhteyttä',
  },
  sv: {
    title: 'Exempelformulär', name: 'Ditt namn', nameHint: 'Skriv det namn du vill att vi använder.', message: 'Ditt meddelande',
    messageHint: 'Skriv inte hälsouppgifter eller din personbeteckning.', contact: 'Hur kan vi kontakta dig?', email: 'E-post', phone: 'Telefon',
    emailAddress: 'E-postadress', topics: 'Vad gäller det?', care: 'Hemvård', health: 'Hälsostation', other: 'Något annat', send: 'Skicka',
    errName: 'Skriv ditt namn', errMessage: 'Skriv ditt meddelande', errContact: 'Välj hur vi kan kontakta dig',
  },
});

/** A story-only element that shows how a component uses the core blocks. */
class FormBlocksExample extends OsaFormElement<typeof en> {
  static override styles = sharedFormStyles;
  static override properties = { maxLength: { type: Number, attribute: 'max-length' }, showErrors: { type: Boolean, attribute: 'show-errors' }, message: {} };
  maxLength = 200;
  showErrors = false;
  message = '';
  private name = '';
  private contact = '';
  private topics: string[] = [];
  protected get catalog() {
    return catalog;
  }
  protected loadActions() {
    return Promise.resolve({});
  }
  /**
   * The error summary's words are in the later part of the shared texts, which a real form loads
   * with its actions: this example has none, so it loads them before it shows errors.
   */
  protected override scheduleUpdate() {
    if (this.showErrors) this.waitFor.add(this.loadLaterTexts().catch(() => undefined));
    return super.scheduleUpdate();
  }
  private get errors(): FieldError[] {
    if (!this.showErrors) return [];
    const errors: FieldError[] = [];
    if (!this.name) errors.push({ id: 'name', message: this.t('errName') });
    if (!this.message) errors.push({ id: 'message', message: this.t('errMessage') });
    if (!this.contact) errors.push({ id: 'contact', message: this.t('errContact') });
    return errors;
  }
  override render() {
    const errors = this.errors;
    const err = (id: string) => errors.find((e) => e.id === id)?.message;
    return html`<form novalidate @submit=${(e: Event) => { e.preventDefault(); this.showErrors = true; this.updateComplete.then(() => focusErrorSummary(this.shadowRoot)); }}>
      <h2>${this.t('title')}</h2>
      ${errorSummary({ title: this.t('errorSummaryTitle'), intro: this.t('errorSummaryIntro', { count: errors.length }), errors })}
      ${textField({ id: 'name', label: this.t('name'), hint: this.t('nameHint'), value: this.name, autocomplete: 'name', error: err('name'), onInput: (v) => { this.name = v; this.requestUpdate(); } })}
      ${textArea({
        id: 'message', label: this.t('message'), hint: this.t('messageHint'), value: this.message, error: err('message'), counterId: 'message-limit',
        counter: characterCount('message-limit', this.message.length, this.maxLength, this.counterTexts),
        onInput: (v) => {
          const said = counterAnnouncement(this.message.length, v.length, this.maxLength, this.counterTexts);
          if (said) this.announcer.announce(said);
          this.message = v;
        },
      })}
      ${choiceGroup({
        id: 'contact', legend: this.t('contact'), type: 'radio', name: 'contact', error: err('contact'), selected: this.contact,
        choices: [{ value: 'email', label: this.t('email') }, { value: 'phone', label: this.t('phone') }],
        onChange: (v) => { this.contact = v; this.requestUpdate(); },
        conditional: (v) => v === 'email' ? html`<div class="conditional">${textField({ id: 'email', label: this.t('emailAddress'), type: 'email', autocomplete: 'email', value: '', onInput: () => {} })}</div>` : html``,
      })}
      ${choiceGroup({
        id: 'topics', legend: this.t('topics'), optionalText: this.t('optional'), type: 'checkbox', name: 'topics', selected: this.topics,
        choices: [{ value: 'care', label: this.t('care') }, { value: 'health', label: this.t('health') }, { value: 'other', label: this.t('other') }],
        onChange: (v, on) => { this.topics = on ? [...this.topics, v] : this.topics.filter((t) => t !== v); this.requestUpdate(); },
      })}
      <button class="button" type="submit">${this.t('send')}</button>
      ${this.announcer.render()}
    </form>`;
  }
}
defineElement('osa-form-blocks-example', FormBlocksExample);

const meta: Meta = {
  title: 'Core/Form blocks',
  tags: ['autodocs'],
  args: { maxLength: 200, message: '', showErrors: false },
  argTypes: { maxLength: { control: { type: 'number', min: 10 } }, showErrors: { control: 'boolean' }, message: { control: 'text' } },
  render: (args) => html`<osa-form-blocks-example max-length=${args.maxLength as number} ?show-errors=${args.showErrors as boolean} .message=${args.message as string}></osa-form-blocks-example>`,
  parameters: {
    docs: {
      description: {
        component: 'The building blocks every form in osallisuus uses: a field with label, hint and error; radio and checkbox groups in a fieldset with a legend; a question that opens under a choice; a character counter that speaks only near the limit; and an error summary that takes focus and links to each field.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const Empty: Story = {};
export const WithErrors: Story = { name: 'With errors', args: { showErrors: true } };
export const NearTheLimit: Story = { name: 'Counter near the limit', args: { message: 'x'.repeat(185) } };
export const OverTheLimit: Story = { name: 'Counter over the limit', args: { message: 'x'.repeat(214) } };
