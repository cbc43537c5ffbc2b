// <osa-feedback> in real Chromium against the HTTP fixtures in test/servers/feedback.mjs.
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import '../src/feedback/register.js';
import type { OsaFeedback } from '../src/feedback/osa-feedback.js';
import type { FeedbackData } from '../src/feedback/fields.js';
import { readAnswer } from '../src/feedback/adapters.js';
import { readServerMessage as readServerError } from '../src/core/submit.js';
import { sweepDrafts } from '../src/core/draft-sweep.js';
import { isEmail, isPhone, readTopics } from '../src/feedback/fields.js';
import { expectAccessible } from './helpers/axe.js';
import {
  accessibilityTree, deepActiveElement, emulateColourMode, findAll, findNode, goOfflineFor, narrow, press, tabTo, type, waitFor,
} from './helpers/browser.js';
import { needs } from './helpers/engine.js';
import { getJson, runId, pageContainer, captureWarnings } from './helpers/fixtures.js';

interface Stats { requests: number; stored: number; bodies: Record<string, unknown>[]; log: { n: number; key?: string; contentType: string; at: number }[] }
const stats = (run: string) => getJson<Stats>(`/api/feedback-stats/${run}`);

const MONDAY = new Date('2026-11-23T09:00:00+02:00');
const page = pageContainer();
let container: HTMLElement;
beforeEach(() => (container = page()));

/** Renders a feedback element in a page of the given language. Spam timing is off unless asked. */
async function mount(attrs: Partial<Record<string, string>> = {}, lang = 'fi', props: Partial<OsaFeedback> = {}): Promise<OsaFeedback> {
  container.lang = lang;
  const el = document.createElement('osa-feedback') as OsaFeedback;
  for (const [k, v] of Object.entries({ phone: '09 310 12345', ...attrs })) if (v !== undefined) el.setAttribute(k, v);
  Object.assign(el, { now: MONDAY, minSeconds: 0, retryDelay: 50, timeout: 3000, tokenDelay: 20, ...props });
  container.append(el);
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: OsaFeedback, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const text = (el: OsaFeedback) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
/** What a sighted reader sees in one element: the visible text, whitespace folded. */
const seen = (node: Element) => (node as HTMLElement).innerText.replace(/\s+/g, ' ').trim();

/** Fills the form through its controls (clicks and input events), for tests that are not about the keyboard. */
async function fill(el: OsaFeedback, o: { kind?: number; message?: string; reply?: 'yes' | 'no'; email?: string; phone?: string; name?: string } = {}) {
  $(el, `#kind-${o.kind ?? 1}`)!.click();
  const setValue = (sel: string, value: string) => {
    const input = $<HTMLInputElement>(el, sel)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  setValue('#message', o.message ?? 'Ajanvaraus ei onnistunut verkossa.');
  $(el, o.reply === 'yes' ? '#reply-0' : '#reply-1')!.click();
  await el.updateComplete;
  if (o.email) setValue('#email', o.email);
  if (o.phone) setValue('#phone', o.phone);
  if (o.name) setValue('#name', o.name);
  await el.updateComplete;
}
const send = (el: OsaFeedback) => $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
const confirmation = (el: OsaFeedback) => waitFor(() => $(el, '[data-confirmation]'), 'the confirmation');

// First in this file on purpose: the form's actions module (checking and sending) must not be
// loaded in this page yet, as on a page where the connection drops before a person starts.
describe('osa-feedback: the first "Send" while offline', () => {
  it('says the form cannot send yet, keeps the text, and "Try again" sends once the connection is back', needs('offline', async () => {
    const run = runId('first-offline');
    const el = await mount({ endpoint: `/api/feedback/ok/${run}` }, 'en');
    await fill(el, { message: 'Kept while offline' }); // clicks and input events: no focus, so nothing loaded yet
    expect(el.actions, 'actions loaded before first use').to.be.undefined;
    const online = new Promise((resolve) => window.addEventListener('online', resolve, { once: true }));
    await goOfflineFor(1500, { clearCache: true });
    send(el);
    await el.updateComplete;
    const failure = await waitFor(() => $(el, '[part=failure]'), 'the failure box');
    expect(failure.textContent).to.contain('We could not reach the service').and.to.contain('What you wrote is still here');
    expect($<HTMLTextAreaElement>(el, '#message')!.value).to.equal('Kept while offline');
    await online;
    expect((await stats(run)).stored).to.equal(0);
    failure.querySelector<HTMLButtonElement>('button')!.click();
    await confirmation(el);
    expect((await stats(run)).stored).to.equal(1);
  }));
});

describe('osa-feedback: keyboard-only', () => {
  it('sends anonymous feedback with keys alone, and focus lands on the confirmation heading', async () => {
    const run = runId('kb-no');
    const el = await mount({ endpoint: `/api/feedback/ok/${run}`, 'results-url': '/tulokset' });
    await tabTo((a) => a.id === 'kind-0');
    await press('ArrowDown'); // radio group: arrows move and select → "Ongelma tai moite"
    await press('Tab');
    expect(deepActiveElement()?.id).to.equal('message');
    await type('Terveysaseman ovi on raskas avata rollaattorilla.');
    await press('Tab');
    expect(deepActiveElement()?.id).to.equal('reply-0');
    await press('ArrowDown'); // "En tarvitse vastausta"
    expect(text(el)).to.contain('Emme ota sinuun yhteyttä. Voit kertoa nimesi, jos haluat. Ilman nimeä palautteesi on nimetön.');
    await tabTo((a) => a.matches('button[type=submit]'));
    await press('Enter');
    await confirmation(el);
    // Focus on the heading that now says it was sent (a named div without a role is not allowed in ARIA).
    await waitFor(() => deepActiveElement()?.id === 'title', 'focus on the confirmation heading');
    expect(deepActiveElement()!.localName).to.match(/^h[2-6]$/);
    expect(deepActiveElement()!.textContent).to.equal('Kiitos palautteestasi');
    expect($(el, '[data-confirmation]')!.hasAttribute('aria-labelledby'), 'no name on a div without a role').to.be.false;
    expect(text(el)).to.contain('Viitenumerosi: PAL-2026001');
    expect(text(el)).to.contain('Et pyytänyt vastausta');
    const s = await stats(run);
    expect(s.stored).to.equal(1);
    const body = s.bodies[0] as unknown as FeedbackData;
    expect(body).to.deep.include({ kind: 'problem', message: 'Terveysaseman ovi on raskas avata rollaattorilla.', replyWanted: false, contact: null, promisedBy: null, topic: null, locale: 'fi' });
    expect(s.log[0].contentType).to.equal('application/json');
  });

  it('takes a name without a reply, by keyboard: only the name is sent, not an email typed before choosing "No"', async () => {
    const run = runId('kb-name-no-reply');
    const el = await mount({ endpoint: `/api/feedback/ok/${run}` }, 'fi');
    await fill(el, { reply: 'yes', email: 'aino@example.fi' });
    await tabTo((a) => a.id === 'reply-0');
    await press('ArrowDown'); // "En tarvitse vastausta"
    await el.updateComplete;
    expect($(el, '#email'), 'no email field without a reply').to.be.null;
    await press('Tab');
    expect(deepActiveElement()?.id).to.equal('name');
    expect(seen($(el, 'label[for=name]')!)).to.equal('Nimesi (vapaaehtoinen)');
    await type('Aino Asukas');
    await tabTo((a) => a.matches('button[type=submit]'));
    await press('Enter');
    await confirmation(el);
    expect(text(el)).to.contain('Et pyytänyt vastausta');
    const body = (await stats(run)).bodies[0] as unknown as FeedbackData;
    expect(body).to.deep.include({ replyWanted: false, promisedBy: null });
    expect(body.contact).to.deep.equal({ name: 'Aino Asukas' });
  });

  it('the notes on emergencies and complaints come before the first field, and are short', async () => {
    const el = await mount({ endpoint: `/api/feedback/ok/${runId()}`, 'complaint-url': '/muistutus' }, 'sv');
    const notes = $(el, '[part=notes]')!;
    const first = $(el, '#kind-0')!;
    expect(notes.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING, 'notes before the fields').to.be.ok;
    expect(seen(notes)).to.contain('Ring 112 i nödsituationer.');
    for (const li of notes.querySelectorAll('li')) expect(seen(li).split(/[.!?]\s/).length, seen(li)).to.be.at.most(3);
  });

  it('asks for a reply with keys alone: contact fields open, the promise date shows and is sent', async () => {
    const run = runId('kb-yes');
    const el = await mount({ endpoint: `/api/feedback/ok/${run}` }, 'en');
    await tabTo((a) => a.id === 'kind-0');
    await press('Space');
    await press('Tab');
    await type('Thank you for the quick help at the health centre.');
    await press('Tab');
    await press('Space'); // "Yes, I want a reply"
    await el.updateComplete;
    expect($(el, '[part=promise]')!.textContent).to.equal('We reply within 5 working days, by Monday 30 November.');
    await press('Tab');
    expect(deepActiveElement()?.id).to.equal('email');
    await type('aino@example.fi');
    await press('Tab');
    await press('Tab');
    expect(deepActiveElement()?.id).to.equal('name');
    await type('Aino Asukas');
    await tabTo((a) => a.matches('button[type=submit]'));
    await press('Enter');
    await confirmation(el);
    expect(text(el)).to.contain('We reply to you by Monday 30 November.');
    const body = (await stats(run)).bodies[0] as unknown as FeedbackData;
    expect(body).to.deep.include({ kind: 'praise', replyWanted: true, promisedBy: '2026-11-30' });
    expect(body.contact).to.deep.equal({ email: 'aino@example.fi', name: 'Aino Asukas' });
  });

  it('sends what AutoFill put in the fields: Safari fills them with a change event and no input event', async () => {
    const run = runId('autofill');
    const el = await mount({ endpoint: `/api/feedback/ok/${run}` }, 'en');
    await tabTo((a) => a.id === 'kind-0');
    await press('ArrowDown'); // "Problem or concern"
    await press('Tab');
    const message = 'The lift at the library is broken.';
    let inputs = 0;
    $(el, '#message')!.addEventListener('input', () => inputs++);
    await type(message);
    await tabTo((a) => a.id === 'reply-0'); // leaving the message fires its change event
    expect(inputs, 'a typed field: one input event per key, none added on change').to.equal(message.length);
    await press('Space'); // "Yes, I want a reply"
    await el.updateComplete;
    await tabTo((a) => a.id === 'email');
    // AutoFill: the values appear in the fields, and each field fires only change; the hidden
    // honeypot, filled too, is not the person's answer and stays unused.
    const honeypot = $<HTMLInputElement>(el, '.honeypot input')!;
    for (const [field, value] of [[$<HTMLInputElement>(el, '#email')!, 'aino@example.fi'], [$<HTMLInputElement>(el, '#name')!, 'Aino Asukas'], [honeypot, 'Aino']] as const) {
      field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await tabTo((a) => a.matches('button[type=submit]'));
    await press('Enter');
    await confirmation(el);
    const body = (await stats(run)).bodies[0] as unknown as FeedbackData;
    expect(body.message).to.equal(message);
    expect(body.contact, 'the filled-in contact details, as the person saw them').to.deep.equal({ email: 'aino@example.fi', name: 'Aino Asukas' });
    expect(body.spamSignals?.honeypotFilled, 'the hidden field is not followed').to.not.equal(true);
  });
});

describe('osa-feedback: validation and the error summary', () => {
  it('lists every problem, focuses the summary, and its links move focus to the fields', async () => {
    const el = await mount({ endpoint: '/api/feedback/ok/x' }, 'sv');
    send(el);
    await waitFor(() => el.shadowRoot!.activeElement?.hasAttribute('data-error-summary'), 'summary focused');
    const links = [...el.shadowRoot!.querySelectorAll('.error-summary a')].map((a) => a.textContent);
    expect(links).to.deep.equal(['Välj vilken sorts respons du ger', 'Skriv din respons', 'Välj om du vill ha svar']);
    expect($(el, '.error-summary__intro')!.textContent).to.equal('Det finns 3 saker att rätta:');
    await press('Tab');
    await press('Tab');
    await press('Enter');
    expect(deepActiveElement()?.id).to.equal('message');
    expect($(el, '#message')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#message')!.getAttribute('aria-describedby')).to.equal('message-hint message-error message-limit');
  });

  it('errors in the radio groups are not paragraphs, and the place asked for is not the person\'s own address', async () => {
    const el = await mount({ location: 'ask' }, 'en');
    send(el);
    await el.updateComplete;
    const groups = [...el.shadowRoot!.querySelectorAll('[role=radiogroup]')];
    expect(groups.map((g) => g.querySelector('.error-message')?.textContent?.replace('!', '').trim())).to.deep.equal([
      'Choose what kind of feedback it is', 'Choose whether you want a reply',
    ]);
    // A radio group may own only radios (and generic elements): ARIA's allowed child roles.
    expect(groups.flatMap((g) => [...g.querySelectorAll('p, ul, ol, input:not([type=radio]), textarea')]).map((n) => n.localName), 'owned by a radio group').to.deep.equal([]);
    // The group is invalid, not its first radio: ARIA 1.2 allows aria-invalid on a radiogroup, not on a radio.
    expect(groups.map((g) => g.getAttribute('aria-invalid'))).to.deep.equal(['true', 'true']);
    expect([...el.shadowRoot!.querySelectorAll('input[type=radio][aria-invalid], input[type=checkbox][aria-invalid]')].map((i) => i.id), 'choices marked invalid').to.deep.equal([]);
    // The address or place of what the feedback is about: no autofill of the person's own address.
    expect($(el, '#address')!.hasAttribute('autocomplete'), 'autocomplete on the place').to.equal(false);
  });

  it('checks contact details gently when a reply is wanted', async () => {
    const el = await mount({}, 'en');
    await fill(el, { reply: 'yes' });
    send(el);
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('.error-summary a')].map((a) => a.textContent)).to.deep.equal(['Give an email address or a phone number, so that we can reply']);
    await fill(el, { reply: 'yes', email: 'aino(at)example', phone: 'call me' });
    send(el);
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('.error-message')].map((e) => e.textContent!.replace('!', '').trim())).to.deep.equal([
      'Write the email address in the right form, like name@example.fi', 'Write the phone number with numbers, like 040 123 4567',
    ]);
  });

  it('stops a message over the limit and says by how much', async () => {
    const el = await mount({ 'max-length': '20' }, 'fi');
    await fill(el, { message: 'x'.repeat(23) });
    expect($(el, '.counter--over')!.textContent).to.contain('Tekstissä on 3 merkkiä liikaa');
    send(el);
    await el.updateComplete;
    expect($(el, '.error-summary a')!.textContent).to.equal('Palautteessa on 3 merkkiä liikaa. Lyhennä tekstiä vähän.');
  });

  it('gentle format checks accept real addresses and numbers', () => {
    for (const ok of ['aino@example.fi', 'a.b-c@kunta.fi']) expect(isEmail(ok), ok).to.be.true;
    for (const bad of ['aino@', 'aino example.fi', 'a@b']) expect(isEmail(bad), bad).to.be.false;
    for (const ok of ['040 123 4567', '+358 40 1234567', '(09) 310 1234']) expect(isPhone(ok), ok).to.be.true;
    for (const bad of ['123', 'call me', '040-abc']) expect(isPhone(bad), bad).to.be.false;
  });
});

describe('osa-feedback: the response promise', () => {
  const cases = [
    { now: '2026-04-02T10:00:00+03:00', what: 'over Easter', fi: 'maanantaina 13. huhtikuuta', sv: 'måndagen den 13 april', en: 'Monday 13 April' },
    { now: '2026-06-17T10:00:00+03:00', what: 'over Midsummer', fi: 'torstaina 25. kesäkuuta', sv: 'torsdagen den 25 juni', en: 'Thursday 25 June' },
    { now: '2026-12-21T10:00:00+02:00', what: 'over Christmas', fi: 'keskiviikkona 30. joulukuuta', sv: 'onsdagen den 30 december', en: 'Wednesday 30 December' },
  ];
  const sentence = { fi: (d: string) => `Vastaamme 5 arkipäivän kuluessa eli viimeistään ${d}.`, sv: (d: string) => `Vi svarar inom 5 arbetsdagar, alltså senast ${d}.`, en: (d: string) => `We reply within 5 working days, by ${d}.` };
  for (const c of cases) {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      it(`${c.what} in ${lang}`, async () => {
        const el = await mount({}, lang, { now: new Date(c.now) });
        $(el, '#reply-0')!.click();
        const promise = await waitFor(() => $(el, '[part=promise]'), 'the promise date');
        expect(promise.textContent).to.equal(sentence[lang](c[lang]));
      });
    }
  }
  it('skips extra closed days, uses the singular for one day, and hides with response-days="0"', async () => {
    const el = await mount({ 'closed-days': '2026-11-24, 2026-11-25', 'response-days': '1' }, 'en');
    $(el, '#reply-0')!.click();
    await waitFor(() => $(el, '[part=promise]')?.textContent === 'We reply within 1 working day, by Thursday 26 November.', 'the one-day promise');
    el.responseDays = 0;
    await waitFor(() => !$(el, '[part=promise]'), 'no promise with response-days 0');
  });
  it('follows a language change on the page', async () => {
    const el = await mount({}, 'fi');
    $(el, '#reply-0')!.click();
    container.lang = 'sv';
    await waitFor(() => $(el, '[part=promise]')?.textContent?.startsWith('Vi svarar'), 'Swedish promise');
    expect($(el, '.heading')!.textContent).to.equal('Ge respons');
  });
});

describe('osa-feedback: JSON adapter', () => {
  it('sends an Idempotency-Key and the page address without query or fragment', async () => {
    const run = runId('json');
    history.replaceState(null, '', `${location.pathname}?hetu=010101-123A#secret`);
    try {
      const el = await mount({ endpoint: `/api/feedback/ok/${run}` });
      await fill(el);
      send(el);
      await confirmation(el);
      const s = await stats(run);
      expect(s.log[0].key).to.match(/^[0-9a-f-]{36}$/);
      expect((s.bodies[0] as unknown as FeedbackData).pageUrl).to.equal(`${location.origin}${location.pathname}`);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('makes a local reference when the server gives none, and offers no status link (the service does not know that number)', async () => {
    const el = await mount({ endpoint: `/api/feedback/noref/${runId()}`, 'status-url': '/tila' });
    await fill(el);
    send(el);
    await confirmation(el);
    expect($(el, '.reference')!.textContent).to.match(/^Viitenumerosi: P-20261123-[0-9A-F]{6}$/);
    expect($(el, '[part=follow]')).to.equal(null);
  });

  it('the status link carries the reference and the day it was sent, in the fragment', async () => {
    const el = await mount({ endpoint: `/api/feedback/ok/${runId()}`, 'status-url': '/tila?palvelu=1' });
    await fill(el);
    send(el);
    await confirmation(el);
    const href = new URL($<HTMLAnchorElement>(el, '[part=follow] a')!.href);
    expect(href.pathname + href.search).to.equal('/tila?palvelu=1');
    expect(href.hash).to.match(/^#reference=PAL-[\w-]+&sent=2026-11-23$/);
  });

  it('uses the action of a fallback form when there is no endpoint, and hides the fallback', async () => {
    const run = runId('fallback');
    container.lang = 'fi';
    render(html`<osa-feedback phone="0900" .now=${MONDAY} .minSeconds=${0}><form action="/api/feedback/ok/${run}" method="post"><a href="/palaute">Palautesivu</a></form></osa-feedback>`, container);
    const el = container.querySelector('osa-feedback') as OsaFeedback;
    await el.updateComplete;
    expect(el.querySelector('a')!.getClientRects().length, 'fallback content is not rendered').to.equal(0);
    await fill(el);
    send(el);
    await confirmation(el);
    expect((await stats(run)).stored).to.equal(1);
  });

  it('says plainly when no endpoint is set, keeps the text and warns the web team', async () => {
    const cap = captureWarnings();
    try {
      const el = await mount({}, 'en');
      await fill(el);
      send(el);
      await waitFor(() => $(el, '.failure'), 'failure');
      expect(text(el)).to.contain('This form is not connected to a feedback service.');
      expect($<HTMLTextAreaElement>(el, '#message')!.value).to.equal('Ajanvaraus ei onnistunut verkossa.');
      expect(cap.warnings.join()).to.match(/<osa-feedback>: has no endpoint/);
    } finally {
      cap.restore();
    }
  });

  it('shows a server rejection in the reader language, with the server text as plain text', async () => {
    const el = await mount({ endpoint: `/api/feedback/reject/${runId()}` }, 'en');
    await fill(el);
    send(el);
    await waitFor(() => $(el, '.failure'), 'failure');
    expect(text(el)).to.contain('The service could not accept this.');
    expect($(el, '.server-message q')!.textContent).to.equal('Viesti hylättiin <b>testissä</b>');
    expect($(el, '.server-message b')).to.be.null;
  });
});

describe('osa-feedback: Open311 adapter', () => {
  it('lists services from services.json and posts GeoReport v2 form data with contact only when a reply is wanted', async () => {
    const run = runId('o311');
    const el = await mount({ adapter: 'open311', endpoint: `/api/open311/ok/${run}/`, 'api-key': 'public-web-key', 'service-code': '999' }, 'fi');
    await waitFor(() => $(el, '#topic'), 'the service list');
    expect([...el.shadowRoot!.querySelectorAll('#topic option')].map((o) => o.textContent)).to.deep.equal(['Valitse palvelu', 'Kotihoito', 'Terveysasemat', 'Suun terveydenhuolto']);
    const select = $<HTMLSelectElement>(el, '#topic')!;
    select.value = '172';
    select.dispatchEvent(new Event('change'));
    await fill(el, { kind: 2, reply: 'yes', email: 'aino@example.fi', name: 'Aino Maria Asukas' });
    send(el);
    await confirmation(el);
    expect($(el, '.reference')!.textContent).to.equal('Viitenumerosi: 2026-00001');
    expect($(el, '.server-message q')!.textContent).to.equal('Palaute käsitellään arkisin.');
    const s = await stats(run);
    expect(s.log[0].contentType).to.equal('application/x-www-form-urlencoded; charset=utf-8');
    expect(s.bodies[0]).to.deep.equal({
      api_key: 'public-web-key', service_code: '172', description: 'Ajanvaraus ei onnistunut verkossa.',
      email: 'aino@example.fi', first_name: 'Aino', last_name: 'Maria Asukas',
    });
  });

  it('sends no contact fields for anonymous feedback and falls back to service-code; takes a token as reference', async () => {
    const run = runId('o311-anon');
    const el = await mount({ adapter: 'open311', endpoint: `/api/open311/token/${run}`, 'service-code': '171' }, 'sv');
    await fill(el, { reply: 'no' });
    send(el);
    await confirmation(el);
    expect($(el, '.reference')!.textContent).to.equal('Ditt referensnummer: tok-2026-00001');
    // No locale (GeoReport v2 has none on POST) and no attribute[kind] (no service definition asks for it).
    expect((await stats(run)).bodies[0]).to.deep.equal({ service_code: '171', description: 'Ajanvaraus ei onnistunut verkossa.' });
  });

  it('sends a name without a reply as first_name and last_name, and no email or phone', async () => {
    const run = runId('o311-name');
    const el = await mount({ adapter: 'open311', endpoint: `/api/open311/ok/${run}/`, 'service-code': '171' }, 'fi');
    await fill(el, { reply: 'no', name: 'Aino Asukas' });
    send(el);
    await confirmation(el);
    expect((await stats(run)).bodies[0]).to.deep.equal({
      service_code: '171', description: 'Ajanvaraus ei onnistunut verkossa.', first_name: 'Aino', last_name: 'Asukas',
    });
  });

  it('turns Open311 error arrays into plain messages', async () => {
    const el = await mount({ adapter: 'open311', endpoint: `/api/open311/keyed/${runId()}/`, 'service-code': '171', 'api-key': 'wrong' }, 'en');
    await fill(el);
    send(el);
    await waitFor(() => $(el, '.failure'), 'failure');
    expect(text(el)).to.contain('The feedback service did not accept this form.');
    expect($(el, '.server-message q')!.textContent).to.equal('Invalid api_key');
    el.setAttribute('api-key', 'public-web-key');
    $<HTMLInputElement>(el, '#message')!.value = 'Short';
    $(el, '#message')!.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(el, '.failure .button')!.click();
    await waitFor(() => $(el, '.server-message q')?.textContent === 'description must be at least 10 characters', '400 description');
    expect(text(el)).to.contain('The service could not accept this.');
  });

  it('without services.json the form still works with service-code', async () => {
    const el = await mount({ adapter: 'open311', endpoint: `/api/open311/noservices/${runId()}/`, 'service-code': '171' });
    await new Promise((r) => setTimeout(r, 300));
    expect($(el, '#topic')).to.be.null;
  });
});

describe('osa-feedback: nothing lost', () => {
  it('retries 500s with the same key; the server stores one', async () => {
    const run = runId('500');
    const el = await mount({ endpoint: `/api/feedback/fail-twice/${run}` });
    await fill(el);
    send(el);
    await confirmation(el);
    const s = await stats(run);
    expect([s.requests, s.stored]).to.deep.equal([3, 1]);
    expect(new Set(s.log.map((l) => l.key)).size).to.equal(1);
  });

  it('waits as a 429 Retry-After asks, telling the person it will try again', async () => {
    const run = runId('429');
    const el = await mount({ endpoint: `/api/feedback/busy/${run}` }, 'en');
    await fill(el);
    send(el);
    await waitFor(() => text(el).includes('The service is busy. We try again in 1 second.'), 'the retry notice');
    await confirmation(el);
    const s = await stats(run);
    expect([s.requests, s.stored]).to.deep.equal([2, 1]);
    expect(s.log[1].at - s.log[0].at).to.be.at.least(950);
  });

  it('sends no older version: a change made while waiting to try again stops the send, and "Try again" sends what is on the screen', async () => {
    const run = runId('429-edit');
    const el = await mount({ endpoint: `/api/feedback/busy/${run}` }, 'en');
    await fill(el, { message: 'The first version.' });
    send(el);
    await waitFor(() => text(el).includes('The service is busy. We try again in 1 second.'), 'the retry notice');
    // The person goes on writing while the form waits.
    const field = $<HTMLTextAreaElement>(el, '#message')!;
    field.value = 'The second version, as I want it.';
    field.dispatchEvent(new Event('input'));
    await waitFor(() => $(el, '.failure'), 'the failure');
    expect(text(el)).to.contain('You changed the form while we were waiting to send it, so we did not send the older version.');
    await new Promise((r) => setTimeout(r, 300));
    expect(await stats(run), 'only the first, refused, request').to.deep.include({ requests: 1, stored: 0 });
    $<HTMLButtonElement>(el, '.failure .button')!.click();
    await confirmation(el);
    const s = await stats(run);
    expect([s.requests, s.stored]).to.deep.equal([2, 1]);
    expect(s.bodies[0].message, 'what arrived').to.equal('The second version, as I want it.');
  });

  it('the reply date confirmed is the one sent, also when the promise changes while the request is on its way', async () => {
    const run = runId('slow-days');
    const el = await mount({ endpoint: `/api/feedback/slow/${run}`, 'response-days': '5' }, 'en');
    await fill(el, { reply: 'yes', email: 'maija@example.fi' });
    send(el);
    await waitFor(() => el.submission?.state === 'sending', 'the request on its way');
    // The page (or midnight) changes the promise while the request is on its way.
    el.responseDays = 10;
    await confirmation(el);
    const sentDay = (await stats(run)).bodies[0].promisedBy as string;
    const shown = el.formatDueDate(new Date(`${sentDay}T12:00:00Z`));
    expect($(el, '[data-confirmation]')!.textContent, `the promise sent, ${sentDay}`).to.contain(shown);
  });

  it('a change made while the request is on its way: the confirmation says the earlier version arrived', async () => {
    const run = runId('slow-edit');
    const el = await mount({ endpoint: `/api/feedback/slow/${run}` }, 'en');
    await fill(el, { message: 'As I pressed Send.' });
    send(el);
    await waitFor(() => el.submission?.state === 'sending', 'the request on its way');
    const field = $<HTMLTextAreaElement>(el, '#message')!;
    field.value = 'Changed while it was on its way.';
    field.dispatchEvent(new Event('input'));
    await confirmation(el);
    expect(text(el)).to.contain('You changed the form while it was being sent. We received it as it was when you sent it.');
    expect((await stats(run)).bodies[0].message, 'what arrived').to.equal('As I pressed Send.');
    // The later version is not lost: "Give more feedback" opens it, to be sent too.
    expect(text(el)).to.contain('Your changes are kept. To send them too, press "Give more feedback".');
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes('Give more feedback'))!.click();
    await waitFor(() => $<HTMLTextAreaElement>(el, '#message'), 'the form again');
    expect($<HTMLTextAreaElement>(el, '#message')!.value).to.equal('Changed while it was on its way.');
    send(el);
    await waitFor(async () => (await stats(run)).stored === 2, 'the later version sent too');
    expect((await stats(run)).bodies[1].message).to.equal('Changed while it was on its way.');
    // A send without a change says nothing of the kind.
    const plain = await mount({ endpoint: `/api/feedback/ok/${runId('slow-plain')}`, id: 'plain' }, 'en');
    await fill(plain);
    send(plain);
    await confirmation(plain);
    expect(text(plain)).not.to.contain('You changed the form');
  });

  it('times out a hanging request and retries; one stored', async () => {
    const run = runId('hang');
    const el = await mount({ endpoint: `/api/feedback/hang-once/${run}` }, 'fi', { timeout: 500 });
    await fill(el);
    send(el);
    await confirmation(el);
    expect(await stats(run)).to.deep.include({ requests: 2, stored: 1 });
  });

  it('a reload while sending: the same text sent again goes under the same key, and the server stores it once', async () => {
    const run = runId('reload');
    const endpoint = `/api/feedback/hang-once/${run}`;
    // The first request reaches the server, which stores it and never answers.
    let el = await mount({ endpoint, id: 'reload' }, 'en', { timeout: 60_000 });
    await fill(el, { message: 'The lift at the health centre is broken.' });
    send(el);
    await waitFor(async () => (await stats(run)).stored === 1, 'the first request stored');
    el.drafts.flush();
    // The person reloads the page (the element goes, and its send with it), finds the text kept and sends.
    // A form that starts sweeps old drafts: the kept key is not one.
    el.remove();
    sweepDrafts();
    el = await mount({ endpoint, id: 'reload' }, 'en');
    await waitFor(() => el.values.message === 'The lift at the health centre is broken.', 'the text restored from the draft');
    send(el);
    await confirmation(el);
    const s = await stats(run);
    expect([s.requests, s.stored, new Set(s.log.map((l) => l.key)).size]).to.deep.equal([2, 1, 1]);
  });

  it('ignores double clicks: one request', async () => {
    const run = runId('dbl');
    const el = await mount({ endpoint: `/api/feedback/ok/${run}` });
    await fill(el);
    send(el);
    send(el);
    await el.updateComplete;
    send(el);
    await confirmation(el);
    expect((await stats(run)).requests).to.equal(1);
  });

  it('keeps the text when retries run out; "Try again" reuses the key and succeeds', async () => {
    const run = runId('again');
    const el = await mount({ endpoint: `/api/feedback/fail-twice/${run}` }, 'en', { attempts: 2 });
    await fill(el, { message: 'Please keep this text.' });
    send(el);
    await waitFor(() => $(el, '.failure'), 'failure');
    expect(text(el)).to.contain('Your feedback was not sent');
    expect(text(el)).to.contain('The service has a problem right now.');
    expect($<HTMLTextAreaElement>(el, '#message')!.value).to.equal('Please keep this text.');
    expect(el.shadowRoot!.querySelector('.failure')!.getAttribute('role')).to.equal('alert');
    $<HTMLButtonElement>(el, '.failure .button')!.click();
    await confirmation(el);
    const s = await stats(run);
    expect([s.requests, s.stored, new Set(s.log.map((l) => l.key)).size]).to.deep.equal([3, 1, 1]);
  });

  it('offers to copy the text after a failure', async () => {
    const el = await mount({ endpoint: `/api/feedback/always-500/${runId()}` }, 'en', { attempts: 1 });
    await fill(el, { message: 'Copy me' });
    send(el);
    await waitFor(() => $(el, '.failure'), 'failure');
    $<HTMLButtonElement>(el, '.failure .button--secondary')!.click();
    const area = $<HTMLTextAreaElement>(el, '#message')!;
    await waitFor(() => el.shadowRoot!.querySelector('[data-live]')!.textContent === 'Your text is copied. You can paste it into an email or another form.' ||
      (el.shadowRoot!.activeElement === area && area.selectionEnd - area.selectionStart === 7), 'copied, or selected for copying');
  });

  it('waits while offline, says so, and sends once the connection is back', needs('offline', async () => {
    const run = runId('offline');
    const el = await mount({ endpoint: `/api/feedback/ok/${run}` }, 'en');
    await fill(el);
    await goOfflineFor(1200);
    send(el);
    await waitFor(() => text(el).includes('You are offline. What you wrote is safe here.'), 'the offline notice');
    await confirmation(el);
    expect(await stats(run)).to.deep.include({ requests: 1, stored: 1 });
  }));

  it('keeps a draft while typing, restores it in a new element, clears it after success', async () => {
    const run = runId('draft');
    const el = await mount({ endpoint: `/api/feedback/ok/${run}`, id: 'fb1' });
    // The draft code loads just after the first render (what is typed before it arrives: test/cdn.test.ts).
    await waitFor(() => el.drafts.key, 'the draft code');
    await fill(el, { message: 'Luonnos' });
    el.remove();
    const again = await mount({ endpoint: `/api/feedback/ok/${run}`, id: 'fb1' });
    expect($<HTMLTextAreaElement>(again, '#message')!.value).to.equal('Luonnos');
    expect(text(again)).to.contain('Aiemmin kirjoittamasi teksti on tallessa.');
    expect(Object.keys(sessionStorage).some((k) => k.endsWith(':fb1'))).to.be.true;
    send(again);
    await confirmation(again);
    expect(Object.keys(sessionStorage).some((k) => k.endsWith(':fb1'))).to.be.false;
  });

  it('sends only a topic the person can see: a restored draft\'s topic that the list no longer has is not sent', async () => {
    const run = runId('draft-topic');
    const el = await mount({ endpoint: `/api/feedback/ok/${run}`, id: 'fb-topic', topics: '["Kotihoito", "Hammashoito"]' });
    await waitFor(() => el.drafts.key, 'the draft code');
    const select = $<HTMLSelectElement>(el, '#topic')!;
    select.value = 'Hammashoito';
    select.dispatchEvent(new Event('change'));
    await fill(el, { message: 'Aiheesta, jota ei enää ole.' });
    el.remove();
    // The site's list changed before the person came back.
    const again = await mount({ endpoint: `/api/feedback/ok/${run}`, id: 'fb-topic', topics: '["Kotihoito", "Neuvola"]' });
    expect($<HTMLTextAreaElement>(again, '#message')!.value).to.equal('Aiheesta, jota ei enää ole.');
    expect($<HTMLSelectElement>(again, '#topic')!.value, 'the list shows no choice').to.equal('');
    send(again);
    await confirmation(again);
    expect((await stats(run)).bodies[0].topic, 'what was sent').to.equal(null);
  });

  it('"Clear the form" empties it and can be undone', async () => {
    const el = await mount({ id: 'fb2' }, 'en');
    await fill(el, { message: 'Keep me' });
    el.remove();
    const again = await mount({ id: 'fb2' }, 'en');
    [...again.shadowRoot!.querySelectorAll<HTMLButtonElement>('.draft-note button')].find((b) => b.textContent === 'Clear the form')!.click();
    await again.updateComplete;
    expect($<HTMLTextAreaElement>(again, '#message')!.value).to.equal('');
    expect(Object.keys(sessionStorage).some((k) => k.endsWith(':fb2'))).to.be.false;
    [...again.shadowRoot!.querySelectorAll<HTMLButtonElement>('.draft-note button')].find((b) => b.textContent === 'Undo')!.click();
    await again.updateComplete;
    expect($<HTMLTextAreaElement>(again, '#message')!.value).to.equal('Keep me');
  });

  it('draft="off" stores nothing; draft="local" uses localStorage', async () => {
    const off = await mount({ draft: 'off' });
    await fill(off, { message: 'x' });
    await new Promise((r) => setTimeout(r, 400));
    expect(sessionStorage.length + localStorage.length).to.equal(0);
    const local = await mount({ draft: 'local', id: 'loc' });
    await fill(local, { message: 'y' });
    await new Promise((r) => setTimeout(r, 400));
    expect(Object.keys(localStorage).some((k) => k.endsWith(':loc'))).to.be.true;
  });
});

describe('osa-feedback: event adapter and events', () => {
  it('lets the page deliver with respondWith, and fires sent with the reference and date', async () => {
    const el = await mount({ adapter: 'event' }, 'en');
    const events: string[] = [];
    let sentDetail: { reference: string; promisedBy: string | null } | undefined;
    container.addEventListener('osa-feedback-submit', (e) => {
      events.push(e.type);
      expect(e.composed && e.bubbles && e.cancelable).to.be.true;
      e.detail.respondWith(Promise.resolve({ reference: 'CRM-77' }));
    });
    container.addEventListener('osa-feedback-sent', (e) => {
      events.push(e.type);
      sentDetail = e.detail;
    });
    await fill(el, { reply: 'yes', phone: '040 123 4567' });
    send(el);
    await confirmation(el);
    expect(events).to.deep.equal(['osa-feedback-submit', 'osa-feedback-sent']);
    expect(sentDetail).to.deep.include({ reference: 'CRM-77', promisedBy: '2026-11-30' });
  });

  it('shows a failure when the page rejects, and fires osa-feedback-error', async () => {
    const el = await mount({ adapter: 'event' }, 'en');
    let error: { kind: string } | undefined;
    el.addEventListener('osa-feedback-submit', (e) => e.detail.respondWith(Promise.reject(new Error('CRM down'))));
    el.addEventListener('osa-feedback-error', (e) => (error = e.detail));
    await fill(el);
    send(el);
    await waitFor(() => $(el, '.failure'), 'failure');
    expect(error?.kind).to.equal('rejected');
    expect(text(el)).to.contain('The service could not accept this.');
    expect($(el, '.server-message'), "the page's own error text is not shown to residents").to.be.null;
  });

  it('a cancelled submit event sends nothing', async () => {
    const run = runId('cancel');
    const el = await mount({ endpoint: `/api/feedback/ok/${run}` });
    el.addEventListener('osa-feedback-submit', (e) => e.preventDefault());
    await fill(el);
    send(el);
    await new Promise((r) => setTimeout(r, 200));
    expect((await stats(run)).requests).to.equal(0);
  });

  it('"Give more feedback" starts a fresh, empty form with a new key', async () => {
    const run = runId('more');
    const el = await mount({ endpoint: `/api/feedback/ok/${run}` });
    await fill(el);
    send(el);
    await confirmation(el);
    $<HTMLButtonElement>(el, '[data-confirmation] button')!.click();
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#message')!.value).to.equal('');
    await waitFor(() => deepActiveElement()?.id === 'kind-0', 'focus on the first question');
    await fill(el, { message: 'Toinen palaute' });
    send(el);
    await confirmation(el);
    const s = await stats(run);
    expect(s.stored).to.equal(2);
  });
});

describe('osa-feedback: spam without CAPTCHA, never dropping a person', () => {
  it('JSON: tells the server about a filled honeypot and a quick send, and still sends', async () => {
    const run = runId('spam-json');
    const el = await mount({ endpoint: `/api/feedback/ok/${run}` }, 'fi', { minSeconds: 60 });
    await fill(el);
    const hp = el.shadowRoot!.querySelector<HTMLInputElement>('.honeypot input')!;
    expect(hp.tabIndex).to.equal(-1);
    expect(hp.closest('[aria-hidden=true]')).to.exist;
    hp.value = 'http://spam.example';
    hp.dispatchEvent(new Event('input'));
    send(el);
    await confirmation(el);
    expect(((await stats(run)).bodies[0] as unknown as FeedbackData).spamSignals).to.deep.equal({ honeypotFilled: true, secondsToComplete: 0 });
  });

  it('Open311: holds back a quick send once, and a filled honeypot until "Send anyway"', async () => {
    const run = runId('spam-311');
    const el = await mount({ adapter: 'open311', endpoint: `/api/open311/ok/${run}/`, 'service-code': '171' }, 'en', { minSeconds: 60 });
    await fill(el);
    send(el);
    await el.updateComplete;
    expect(text(el)).to.contain('The form was sent very quickly.');
    expect((await stats(run)).requests).to.equal(0);
    const hp = el.shadowRoot!.querySelector<HTMLInputElement>('.honeypot input')!;
    hp.value = 'bot';
    hp.dispatchEvent(new Event('input'));
    send(el);
    await el.updateComplete;
    expect(text(el)).to.contain('press "Send anyway"');
    expect((await stats(run)).requests).to.equal(0);
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.hold-back button')].find((b) => b.textContent === 'Send anyway')!.click();
    await confirmation(el);
    expect((await stats(run)).stored).to.equal(1);
  });
});

describe('osa-feedback: hostile strings are text', () => {
  it('shows a hostile reference and service notice as text, and runs no script', async () => {
    const el = await mount({ endpoint: `/api/feedback/hostile/${runId()}` });
    await fill(el, { message: '<img src=x onerror="window.__pwned=3"> hei' });
    send(el);
    await confirmation(el);
    expect($(el, '.reference')!.textContent).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(el.shadowRoot!.querySelector('img, script')).to.be.null;
    const o311 = await mount({ adapter: 'open311', endpoint: `/api/open311/hostile/${runId()}/`, 'service-code': '1' });
    await fill(o311);
    send(o311);
    await confirmation(o311);
    expect($(o311, '.server-message q')!.textContent).to.contain('<script>');
    expect(o311.shadowRoot!.querySelector('img, script')).to.be.null;
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('refuses javascript: links from attributes', async () => {
    const el = await mount({ 'privacy-url': 'javascript:alert(1)', 'results-url': ' JaVaScRiPt:alert(2)', 'complaint-url': '/muistutus' });
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.some((h) => /javascript/i.test(h ?? ''))).to.be.false;
    expect(hrefs).to.include(`${location.origin}/muistutus`);
  });

  it('reads only well-formed answers and topics', () => {
    expect(readAnswer({ status: 201, attempts: 1, body: [{ token: 'T1' }] })).to.deep.equal({ reference: 'T1', notice: undefined, token: 'T1' });
    expect(readAnswer({ status: 201, attempts: 1, body: { reference: { evil: 1 } } })).to.deep.equal({ reference: undefined, notice: undefined, token: undefined });
    expect(readServerError('<html>Bad gateway</html>')).to.be.undefined;
    const { topics, problems } = readTopics(['Kotihoito', { value: 'x', label: { fi: 'Äksä', en: 'Ex' } }, { label: 'no value' }, 7], 'fi');
    expect(topics).to.deep.equal([{ value: 'Kotihoito', label: 'Kotihoito' }, { value: 'x', label: 'Äksä' }]);
    expect(problems).to.have.length(2);
  });
});

describe('osa-feedback: accessibility', () => {
  it('exposes groups, names, descriptions and states to assistive technology', needs('a11y-tree', async () => {
    const el = await mount({}, 'en');
    $(el, '#reply-0')!.click();
    await el.updateComplete;
    const tree = await accessibilityTree();
    expect(findNode(tree, 'radio', 'Praise').checked).to.equal(false);
    expect(findNode(tree, 'radio', 'Yes, I want a reply').checked).to.equal(true);
    const message = findNode(tree, 'textbox', 'Your feedback');
    expect(message.description).to.contain("Don't write health details");
    expect(message.description).to.contain('You can write up to 4,000 characters.');
    // Required single choices are radio groups marked required (radios alone cannot carry aria-required).
    const groups = findAll(tree, 'radiogroup');
    expect(groups.map((g) => g.name)).to.include.members(['What kind of feedback is it?', 'Do you want a reply?']);
    expect(groups.every((g) => g.required), 'each required').to.be.true;
    expect(findNode(tree, 'heading', 'Give feedback').level).to.equal(2);
    expect(findNode(tree, 'heading', 'Other ways to give feedback').level).to.equal(3);
    expect(findNode(tree, 'link', '09 310 12345')).to.exist;
  }));

  it('announces the counter only near the limit', async () => {
    const el = await mount({ 'max-length': '100' }, 'en');
    const live = () => el.shadowRoot!.querySelector('[data-live]')!.textContent;
    const area = $<HTMLTextAreaElement>(el, '#message')!;
    area.focus();
    await type('a'.repeat(50));
    await new Promise((r) => setTimeout(r, 200));
    expect(live()).to.equal('');
    await type('a'.repeat(31));
    await waitFor(() => live() === 'You have 20 characters left', 'announced on entering the last 20');
    await type('a'.repeat(5));
    await waitFor(() => live() === 'You have 15 characters left', 'announced at the next step');
  });

  it('fits 320 px without sideways scrolling, and passes axe there', async () => {
    await narrow();
    const el = await mount({ 'results-url': '/r', address: 'Palautepalvelu | PL 1000 | 00099 Helsingin kaupunki' });
    $(el, '#reply-0')!.click();
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    container.insertAdjacentHTML('afterbegin', '<h1>Palaute</h1>');
    document.title = 'Feedback';
    document.documentElement.lang = 'fi';
    await expectAccessible(document);
  });

  it('keeps the chosen answer visible in forced colours', needs('forced-colors', async () => {
    await emulateColourMode('forced-colors');
    const el = await mount({}, 'en');
    $(el, '#kind-0')!.click();
    await el.updateComplete;
    const on = getComputedStyle($(el, '#kind-0')!, '::before');
    const off = getComputedStyle($(el, '#kind-1')!, '::before');
    expect(on.transform).not.to.equal(off.transform);
    expect(getComputedStyle($(el, '#kind-0')!).borderTopColor).not.to.equal(getComputedStyle($(el, '#kind-1')!).borderTopColor);
  }));

  it('marks its content with the language it speaks when the page speaks another', async () => {
    const el = await mount({}, 'de');
    expect($(el, '.feedback')!.getAttribute('lang')).to.equal('en');
    expect(text(el)).to.contain('Give feedback');
  });

  it('warns when there is no other way to give feedback', async () => {
    const cap = captureWarnings();
    try {
      const el = document.createElement('osa-feedback');
      container.append(el);
      await el.updateComplete; // checked at the first update, after a framework has set its properties
      expect(cap.warnings.join()).to.contain('Not everyone can use a web form');
    } finally {
      cap.restore();
    }
  });
});
