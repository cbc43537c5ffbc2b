// <osa-panel-signup> in real Chromium against the HTTP fixture in test/servers/panel-signup.mjs.
import { expect } from '@open-wc/testing';
import '../src/panel-signup/register.js';
import type { OsaPanelSignup } from '../src/panel-signup/osa-panel-signup.js';
import type { PanelSignupData } from '../src/panel-signup/fields.js';
import { buildData, readReference } from '../src/panel-signup/adapters.js';
import { EMPTY_FORM, restoreForm } from '../src/panel-signup/fields.js';
import { readServerMessage } from '../src/core/submit.js';
import { isEmail, isPhone } from '../src/core/validate.js';
import { helsinkiDay, pick } from '../src/panel-signup/config.js';
import { readPanelConfig } from '../src/panel-signup/config-json.js';
import { en as en1 } from '../src/panel-signup/strings/en.js';
import { fi as fi1 } from '../src/panel-signup/strings/fi.js';
import { sv as sv1 } from '../src/panel-signup/strings/sv.js';
import { en as en2 } from '../src/panel-signup/strings/later-en.js';
import { fi as fi2 } from '../src/panel-signup/strings/later-fi.js';
import { sv as sv2 } from '../src/panel-signup/strings/later-sv.js';
import { SubmitError } from '../src/core/submit-error.js';
import type { SubmitEventDetail } from '../src/core/submission.js';
import { expectAccessible } from './helpers/axe.js';
import { deepActiveElement, goOfflineFor, narrow, press, tabTo, type, waitFor } from './helpers/browser.js';
import { needs } from './helpers/engine.js';
import { getJson, runId, pageContainer, captureWarnings } from './helpers/fixtures.js';

/** The panel's texts, both parts (the first render's and the later ones). */
const en = { ...en1, ...en2 };
const fi = { ...fi1, ...fi2 };
const sv = { ...sv1, ...sv2 };

interface Stats { requests: number; stored: number; keys: string[]; bodies: PanelSignupData[]; log: { n: number; key?: string; contentType: string; at: number }[] }
const stats = (run: string) => getJson<Stats>(`/api/panel-signup-stats/${run}`);

/** Friday 18 December 2026: five working days later is Tuesday 29 December (24–26 December are closed). */
const FRIDAY = new Date('2026-12-18T10:00:00+02:00');
const DRAFT_PREFIX = 'osallisuus:osa-panel-signup:';
const page = pageContainer();
let container: HTMLElement;
beforeEach(() => (container = page()));

/** Renders the element in a page of the given language; drafts are off unless asked for. */
async function mount(attrs: Record<string, string> = {}, lang = 'en', props: Partial<OsaPanelSignup> = {}, json?: string): Promise<OsaPanelSignup> {
  container.lang = lang;
  const el = document.createElement('osa-panel-signup') as OsaPanelSignup;
  for (const [k, v] of Object.entries({ draft: 'off', 'privacy-url': '/tietosuoja', endpoint: `/api/panel-signup/ok/${runId('unused')}`, ...attrs })) el.setAttribute(k, v);
  if (json !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
  }
  Object.assign(el, { now: FRIDAY, retryDelay: 50, timeout: 3000, ...props });
  container.append(el);
  await el.updateComplete;
  return el;
}
const $ = <T extends Element = HTMLElement>(el: OsaPanelSignup, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const text = (el: Element | ShadowRoot) => el.textContent!.replace(/\s+/g, ' ');
const shown = (el: OsaPanelSignup) => text(el.shadowRoot!);

function setValue(el: OsaPanelSignup, id: string, value: string) {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}
async function tick(el: OsaPanelSignup, ...ids: string[]) {
  for (const id of ids) {
    $(el, `#${id}`)!.click();
    await el.updateComplete;
  }
}
/** The least a person must give: name, an email address and the consent. */
async function fillMinimal(el: OsaPanelSignup, name = 'Aino Virtanen') {
  setValue(el, 'name', name);
  await tick(el, 'channels-0');
  setValue(el, 'email', 'aino@example.fi');
  await tick(el, 'consent');
}
const send = (el: OsaPanelSignup) => $<HTMLButtonElement>(el, 'button[type=submit]')!.click();
const confirmation = (el: OsaPanelSignup) => waitFor(() => $(el, '#sent-title'), 'the confirmation');
const summaryLinks = (el: OsaPanelSignup) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[data-error-summary] a')];
const endpoint = (scenario: string, run: string) => ({ endpoint: `/api/panel-signup/${scenario}/${run}` });


describe('osa-panel-signup: what it involves', () => {
  it('describes term, meetings, place, pay, who can join, selection and the reply date from attributes', async () => {
    const el = await mount({
      'panel-name': 'Perhepalvelujen asiakasraati', purpose: 'Kehitämme perhepalveluja yhdessä.', term: '2027–2028', meetings: '4 kertaa vuodessa',
      'meeting-mode': 'both', compensation: '', eligibility: 'Yli 15-vuotiaat', selection: 'Arvomme paikat.', places: '20', 'reply-days': '5',
    }, 'fi');
    expect($(el, 'h2')!.textContent).to.equal('Perhepalvelujen asiakasraati');
    await waitFor(() => el.shadowRoot!.querySelectorAll('.fact').length === 7, 'the reply date (working days load on demand)');
    const facts = [...el.shadowRoot!.querySelectorAll('.fact')].map((f) => [f.querySelector('dt')!.textContent, text(f.querySelector('dd')!)]);
    expect(facts).to.deep.equal([
      ['Toimikausi', '2027–2028'],
      ['Kokoukset', '4 kertaa vuodessa'],
      ['Missä raati kokoontuu', 'Verkossa ja paikan päällä'],
      ['Palkkio', 'Emme maksa palkkiota raatiin osallistumisesta.'],
      ['Kuka voi hakea', 'Yli 15-vuotiaat'],
      ['Miten valitsemme jäsenet', 'Arvomme paikat. Paikkoja on 20.'],
      ['Milloin kuulet meistä', 'Kerromme kaikille hakijoille viimeistään tiistaina 29. joulukuuta, valittiinko heidät.'],
    ]);
    expect(shown(el)).to.contain('Kehitämme perhepalveluja yhdessä.');
    // Meeting both ways: online or in person is a question; meeting online only, it is not.
    expect(el.shadowRoot!.querySelectorAll('#availability input')).to.have.length(4);
    el.meetingMode = 'online';
    el.compensation = '30 € kokouspalkkio';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('#availability input')).to.have.length(2);
    expect(shown(el)).to.contain('30 € kokouspalkkio').and.not.contain('ei makseta');
    await expectAccessible(container);
  });

  it('reads the panel and its lists from inline JSON, in the reader language; attributes win', async () => {
    const json = JSON.stringify({
      panelName: { fi: 'Asiakasraati', sv: 'Kundrådet' }, term: { fi: 'Kaksi vuotta', sv: 'Två år' }, places: 12, replyDays: 5, meetingMode: 'in-person',
      areas: ['Jyväskylä', { value: 'muu', label: { fi: 'Muu kunta', sv: 'Annan kommun' } }],
      serviceAreas: [{ value: 'kotihoito', label: { fi: 'Kotihoito', sv: 'Hemvård' } }],
      ageGroups: [],
    });
    const el = await mount({ term: 'Attribuutti voittaa' }, 'sv', {}, json);
    expect($(el, 'h2')!.textContent).to.equal('Kundrådet');
    await waitFor(() => shown(el).includes('tisdagen den 29 december'), 'the reply date');
    expect(shown(el)).to.contain('Attribuutti voittaa').and.contain('Det finns 12 platser.').and.contain('På plats').and.contain('tisdagen den 29 december');
    expect([...el.shadowRoot!.querySelectorAll('#area option')].map((o) => o.textContent)).to.deep.equal(['Välj område', 'Jyväskylä', 'Annan kommun']);
    expect([...el.shadowRoot!.querySelectorAll('#services label')].map((l) => l.textContent)).to.deep.equal(['Hemvård']);
    expect($(el, '#age'), 'an empty list hides the question').to.be.null;
    container.lang = 'en';
    await waitFor(() => $(el, 'h2')!.textContent === 'Asiakasraati', 'English falls back to the first language given');
  });

  it('warns and says so on the page when the panel JSON is broken; warns about each wrong key and item', async () => {
    const cap = captureWarnings();
    try {
      const el = await mount({ 'panel-name': 'Raati' }, 'en', {}, '{"panelName": "Raati",');
      expect(shown(el)).to.contain(en.detailsBroken);
      expect($(el, 'h2')!.textContent, 'attributes still work').to.equal('Raati');
      expect(cap.warnings.some((w) => w.includes('<osa-panel-signup>') && w.includes('not valid JSON'))).to.be.true;
      cap.warnings.length = 0;
      const el2 = await mount({}, 'en', {}, JSON.stringify({ places: 'many', meetingMode: 'sometimes', colour: 'red', areas: [{ value: 'x' }, 'Keuruu'], confirmEligibility: 'yes', term: 5 }));
      expect(cap.warnings.join('\n')).to.contain('"places" must be a whole number').and.contain('"meetingMode" must be one of').and.contain('unknown key "colour"')
        .and.contain('item 1 of "areas"').and.contain('"confirmEligibility" must be true or false').and.contain('"term" must be text');
      expect([...el2.shadowRoot!.querySelectorAll('#area option')].map((o) => o.textContent)).to.deep.equal(['Choose an area', 'Keuruu']);
      expect(shown(el2)).not.to.contain(en.detailsBroken);
    } finally {
      cap.restore();
    }
  });

  it('links the privacy notice only when it is a web address, and warns when it is missing or unsafe', async () => {
    const cap = captureWarnings();
    try {
      const el = await mount({ 'privacy-url': 'javascript:alert(1)' });
      expect($(el, '#consent-hint')).to.be.null;
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.be.null;
      expect(cap.warnings.some((w) => w.includes('privacy-url "javascript:alert(1)" is not an http(s) link'))).to.be.true;
      const ok = await mount({ 'privacy-url': '/tietosuoja' });
      const link = $<HTMLAnchorElement>(ok, '#consent-hint a')!;
      expect(link.textContent).to.equal(`${en.privacyLink} ${en.newTab}`);
      expect(link.target).to.equal('_blank');
      expect($(ok, '#consent')!.getAttribute('aria-describedby')).to.equal('consent-hint');
    } finally {
      cap.restore();
    }
  });

  it('warns about an unknown meeting-mode and leaves it out', async () => {
    const cap = captureWarnings();
    try {
      const el = await mount({ 'meeting-mode': 'hybrid' });
      expect(cap.warnings.some((w) => w.includes('meeting-mode "hybrid" is not one of online, in-person, both'))).to.be.true;
      expect(shown(el)).not.to.contain(en.modeLabel);
    } finally {
      cap.restore();
    }
  });

  it('follows heading-level', async () => {
    const el = await mount({ 'heading-level': '3' });
    expect($(el, '.signup > .heading')!.localName).to.equal('h3');
    expect($(el, 'form > .heading')!.localName).to.equal('h4');
    expect($(el, '.section > .heading')!.localName).to.equal('h5');
  });
});

describe('osa-panel-signup: keyboard only', () => {
  it('a resident completes sign-up with keys alone at 320 px; focus lands on the confirmation', async () => {
    await narrow();
    const run = runId('kbd');
    const el = await mount({ ...endpoint('ok', run), 'reply-days': '5', 'panel-name': 'Asiakasraati' }, 'fi');
    await tabTo((a) => a.id === 'name');
    await type('Aino Virtanen');
    await press('Tab');
    expect(deepActiveElement()?.id).to.equal('channels-0');
    await press('Space');
    await press('Tab');
    expect(deepActiveElement()?.id, 'the email field opens right after its checkbox').to.equal('email');
    await type('aino@example.fi');
    await tabTo((a) => a.id === 'consent');
    await press('Space');
    expect(document.documentElement.scrollWidth, 'no sideways scrolling at 320 px').to.be.at.most(window.innerWidth);
    await tabTo((a) => a.matches('button[type=submit]'));
    await press('Enter');
    const heading = await confirmation(el);
    expect(deepActiveElement()).to.equal(heading);
    expect(heading.textContent).to.equal('Kiitos, Aino Virtanen! Saimme hakemuksesi.');
    expect(shown(el)).to.contain('Hakemuksesi tunnus: AR-2027001').and.contain('viimeistään tiistaina 29. joulukuuta').and.contain('Otamme sinuun yhteyttä sähköpostilla.');
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    const s = await stats(run);
    expect(s.stored).to.equal(1);
    expect(s.log[0].contentType).to.equal('application/json');
    await expectAccessible(container);
  });

  it('sends what AutoFill put in the fields: Safari fills them with a change event and no input event', async () => {
    const run = runId('autofill');
    const el = await mount({ ...endpoint('ok', run), 'reply-days': '5', 'panel-name': 'Asiakasraati' }, 'fi');
    await tabTo((a) => a.id === 'name');
    await type('Ai');
    // AutoFill, picked after typing "Ai": the values appear in the fields, and each fires only change.
    const name = $<HTMLInputElement>(el, '#name')!;
    name.value = 'Aino Virtanen';
    name.dispatchEvent(new Event('change', { bubbles: true }));
    await press('Tab');
    await press('Space'); // email
    await el.updateComplete;
    const email = $<HTMLInputElement>(el, '#email')!;
    email.value = 'aino@example.fi';
    email.dispatchEvent(new Event('change', { bubbles: true }));
    await tabTo((a) => a.id === 'consent');
    await press('Space');
    await tabTo((a) => a.matches('button[type=submit]'));
    await press('Enter');
    const heading = await confirmation(el);
    expect(heading.textContent).to.equal('Kiitos, Aino Virtanen! Saimme hakemuksesi.');
    const [body] = (await stats(run)).bodies;
    expect(body).to.deep.include({ name: 'Aino Virtanen', contact: { email: 'aino@example.fi', preferred: 'email' } });
  });

  it('the age question is a radio group the arrow keys move through, with "I\'d rather not say"', async () => {
    const el = await mount();
    await tabTo((a) => a.id === 'age-0');
    await press('ArrowDown');
    expect(deepActiveElement()?.id).to.equal('age-1');
    expect($<HTMLInputElement>(el, '#age-1')!.checked).to.be.true;
    expect([...el.shadowRoot!.querySelectorAll('#age label')].pop()!.textContent).to.equal(en.ageNoAnswer);
  });
});

describe('osa-panel-signup: validation', () => {
  it('shows every message in one summary whose links move focus to the field', async () => {
    const el = await mount({ eligibility: 'Yli 15-vuotiaat', 'confirm-eligibility': '' });
    send(el);
    await waitFor(() => el.shadowRoot!.activeElement?.hasAttribute('data-error-summary'), 'focus on the error summary');
    expect(summaryLinks(el).map((a) => a.textContent)).to.deep.equal([en.errName, en.errChannels, en.errConsent, en.errEligible]);
    expect($(el, '#name-error')!.textContent).to.contain(en.errName);
    expect($(el, '#name')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#consent')!.getAttribute('aria-describedby')).to.equal('consent-hint consent-error');
    expect($(el, '#eligible-hint')!.textContent, 'the conditions are repeated at the checkbox').to.equal('Yli 15-vuotiaat');
    await expectAccessible(container);
    // By keyboard: Tab from the summary to its first link, Enter moves focus to the field.
    await press('Tab');
    expect(deepActiveElement()?.textContent).to.equal(en.errName);
    await press('Enter');
    expect(deepActiveElement()?.id).to.equal('name');
    for (const [i, id] of ['name', 'channels-0', 'consent', 'eligible'].entries()) {
      summaryLinks(el)[i].click();
      expect(deepActiveElement()?.id, `link ${i + 1}`).to.equal(id);
    }

    // Every channel chosen, each with something wrong, and the other conditional questions.
    setValue(el, 'name', 'Aino');
    await tick(el, 'channels-0', 'channels-1', 'channels-2', 'support-0', 'support-6', 'services-0');
    setValue(el, 'email', 'aino@');
    setValue(el, 'phone', 'soita iltaisin');
    setValue(el, 'influence', 'x'.repeat(1005));
    await el.updateComplete;
    send(el);
    await el.updateComplete;
    const expected: [string, string][] = [
      ['email', en.errEmailFormat], ['phone', en.errPhoneFormat], ['address', en.errAddress], ['preferred-0', en.errPreferred],
      ['health-consent', en.errHealthConsent], ['influence', en.errInfluenceLong.other.replace('{count}', '5')],
      ['interpreter-language', en.errInterpreter], ['support-other', en.errSupportOther], ['consent', en.errConsent], ['eligible', en.errEligible],
    ];
    expect(summaryLinks(el).map((a) => a.textContent)).to.deep.equal(expected.map(([, m]) => m));
    for (const [i, [id]] of expected.entries()) {
      summaryLinks(el)[i].click();
      expect(deepActiveElement()?.id, expected[i][1]).to.equal(id);
    }
    // Empty email and phone have their own words; fixing a field removes its message at once.
    setValue(el, 'email', '');
    setValue(el, 'phone', '');
    await el.updateComplete;
    expect(summaryLinks(el).slice(0, 2).map((a) => a.textContent)).to.deep.equal([en.errEmail, en.errPhone]);
    setValue(el, 'email', 'aino@example.fi');
    await el.updateComplete;
    expect(summaryLinks(el)[0].textContent).to.equal(en.errPhone);
    await expectAccessible(container);
  });

  it('asks for a separate consent for service areas, explains why, and asks again after they are removed', async () => {
    const run = runId('art9');
    const el = await mount(endpoint('ok', run));
    expect($(el, '#health-consent'), 'no consent question without a service area').to.be.null;
    expect($(el, '#services-hint')!.textContent).to.equal(en.servicesHint);
    await fillMinimal(el);
    await tick(el, 'services-2');
    expect($(el, '#health-consent-hint')!.textContent).to.equal(en.healthConsentHint);
    send(el);
    await el.updateComplete;
    expect(summaryLinks(el).map((a) => a.textContent)).to.deep.equal([en.errHealthConsent]);
    expect(en.errHealthConsent).to.match(/health/).and.match(/separate consent/);
    await tick(el, 'health-consent');
    expect(summaryLinks(el)).to.have.length(0);
    await tick(el, 'services-2');
    expect($(el, '#health-consent')).to.be.null;
    await tick(el, 'services-2');
    expect($<HTMLInputElement>(el, '#health-consent')!.checked, 'consent is asked again').to.be.false;
    await tick(el, 'health-consent');
    send(el);
    await confirmation(el);
    const [body] = (await stats(run)).bodies;
    expect(body.serviceAreas).to.deep.equal(['mental-health']);
    expect(body.consent).to.deep.equal({ processing: true, specialCategory: true });
  });
});

describe('osa-panel-signup: minimal data', () => {
  it('sends only the fields that were filled: no empty keys, no channels not chosen, no health consent without service areas', async () => {
    const run = runId('min');
    const el = await mount(endpoint('ok', run));
    await fillMinimal(el);
    // Things given and then taken back are not sent.
    await tick(el, 'channels-1');
    setValue(el, 'phone', '040 123 4567');
    await tick(el, 'channels-1', 'services-0', 'health-consent', 'services-0', 'age-6', 'support-0');
    setValue(el, 'interpreter-language', 'arabia');
    await tick(el, 'support-0');
    setValue(el, 'influence', '   ');
    send(el);
    await confirmation(el);
    const s = await stats(run);
    expect(s.bodies).to.deep.equal([{ locale: 'en', name: 'Aino Virtanen', contact: { email: 'aino@example.fi', preferred: 'email' }, consent: { processing: true } }]);
  });

  it('sends what was given, trimmed, in the documented shape', async () => {
    const run = runId('full');
    const json = JSON.stringify({ areas: [{ value: 'jkl', label: 'Jyväskylä' }, 'Keuruu'], confirmEligibility: true, eligibility: 'Yli 15-vuotiaat' });
    const el = await mount({ ...endpoint('ok', run), 'panel-id': 'ar-2027', 'reply-days': '5' }, 'sv', {}, json);
    setValue(el, 'name', '  Aino Virtanen ');
    await tick(el, 'channels-1', 'channels-2');
    setValue(el, 'phone', '+358 40 123 4567');
    setValue(el, 'address', 'Kauppakatu 1\n40100 Jyväskylä');
    await tick(el, 'preferred-1');
    const area = $<HTMLSelectElement>(el, '#area')!;
    area.value = 'Keuruu';
    area.dispatchEvent(new Event('change'));
    await tick(el, 'age-3', 'services-0', 'services-5', 'health-consent', 'support-0', 'support-3', 'availability-1', 'availability-2', 'consent', 'eligible', 'other-ways');
    setValue(el, 'interpreter-language', 'ukraina');
    setValue(el, 'influence', 'Ajanvaraus puhelimella. ');
    send(el);
    await confirmation(el);
    expect(shown(el)).to.contain('Vi kontaktar dig per brev.').and.contain('Senast tisdagen den 29 december');
    const [body] = (await stats(run)).bodies;
    expect(body).to.deep.equal({
      panelId: 'ar-2027', locale: 'sv', name: 'Aino Virtanen',
      contact: { phone: '+358 40 123 4567', postalAddress: 'Kauppakatu 1\n40100 Jyväskylä', preferred: 'post' },
      area: 'Keuruu', ageGroup: '50-64', serviceAreas: ['health-centre', 'disability'], influence: 'Ajanvaraus puhelimella.',
      support: { needs: ['interpreter', 'hearing-loop'], interpreterLanguage: 'ukraina' }, availability: ['evening', 'online'],
      consent: { processing: true, specialCategory: true, otherWaysToTakePart: true }, eligibilityConfirmed: true, replyBy: '2026-12-29',
    });
  });

  it('builds data from state alone, leaving out values the lists no longer offer', () => {
    const f = { ...EMPTY_FORM, name: 'A', channels: ['email'], email: 'a@b.fi', consent: true, services: ['gone'], healthConsent: true, area: 'x', ageGroup: 'no-answer' };
    const data = buildData(f, { locale: 'fi', allowed: { services: ['home-care'], ageGroups: ['18-29'], availability: [] }, askEligibility: false, honeypot: 'bot', secondsToComplete: 2 });
    expect(data).to.deep.equal({ locale: 'fi', name: 'A', contact: { email: 'a@b.fi', preferred: 'email' }, consent: { processing: true }, spamSignals: { honeypotFilled: true, secondsToComplete: 2 } });
  });
});

describe('osa-panel-signup: faults (one stored application each)', () => {
  it('retries two server errors with the same key and shows that it is retrying', async () => {
    const run = runId('500');
    const el = await mount(endpoint('fail-twice', run), 'en', { retryDelay: 400 });
    await fillMinimal(el);
    send(el);
    await waitFor(() => shown(el).includes('The service has a problem. We try again in 1 second.'), 'the retrying status');
    await confirmation(el);
    const s = await stats(run);
    expect(s.requests).to.equal(3);
    expect(s.stored).to.equal(1);
    expect(new Set(s.log.map((l) => l.key)).size).to.equal(1);
  });

  it('waits as long as Retry-After says on 429', async () => {
    const run = runId('429');
    const el = await mount(endpoint('busy', run));
    await fillMinimal(el);
    send(el);
    await confirmation(el);
    const s = await stats(run);
    expect(s.requests).to.equal(2);
    expect(s.stored).to.equal(1);
    expect(s.log[1].at - s.log[0].at).to.be.at.least(950);
  });

  it('"Clear the form" while a send waits to try again: nothing more is sent, and the person is told', async () => {
    const run = runId('429-clear');
    const el = await mount(endpoint('busy', run));
    await fillMinimal(el);
    send(el);
    await waitFor(() => shown(el).includes('The service is busy.'), 'the retry notice');
    $(el, '#clear')!.click();
    await el.updateComplete;
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.clear-step button')].find((b) => b.textContent === en.clearYes)!.click();
    await waitFor(() => $(el, '.failure'), 'the failure');
    expect(shown(el)).to.contain('You changed the form while we were waiting to send it, so we did not send the older version.');
    await new Promise((r) => setTimeout(r, 300));
    expect((await stats(run)).requests, 'only the first, refused, request: the cleared application never went').to.equal(1);
    expect($(el, '#sent-title')).to.equal(null);
  });

  it('a change made while the application is on its way: the confirmation says the earlier version arrived', async () => {
    const run = runId('slow-edit');
    const el = await mount(endpoint('slow', run));
    await fillMinimal(el);
    send(el);
    await waitFor(() => el.submission?.state === 'sending', 'the request on its way');
    setValue(el, 'name', 'Aino Maria Virtanen');
    await confirmation(el);
    expect(shown(el)).to.contain('You changed the form while it was being sent. We received it as it was when you sent it.');
    expect((await stats(run)).bodies[0].name, 'what arrived').to.equal('Aino Virtanen');
  });

  it('gives up on a hanging request after the timeout and retries; the server keeps one', async () => {
    const run = runId('hang');
    const el = await mount(endpoint('hang-once', run), 'en', { timeout: 500 });
    await fillMinimal(el);
    send(el);
    await confirmation(el);
    const s = await stats(run);
    expect(s.requests).to.equal(2);
    expect(s.stored).to.equal(1);
    expect(shown(el)).to.contain('AR-2027001');
  });

  it('waits while offline, says so, and sends when the connection is back', needs('offline', async () => {
    const run = runId('offline');
    const el = await mount(endpoint('ok', run));
    await fillMinimal(el);
    await goOfflineFor(1200);
    send(el); // a DOM click: no server command may run while offline
    await waitFor(() => shown(el).includes('You are offline.'), 'the offline status');
    expect($<HTMLInputElement>(el, '#name')!.value, 'the form stays as it was').to.equal('Aino Virtanen');
    await confirmation(el);
    const s = await stats(run);
    expect(s.requests).to.equal(1);
    expect(s.stored).to.equal(1);
  }));

  it('keeps one key through the retries and "Try again" after a failure; double clicks send once', async () => {
    const run = runId('again');
    const errors: CustomEvent[] = [];
    const el = await mount(endpoint('always-500', run), 'en', { attempts: 2 });
    el.addEventListener('osa-panel-signup-error', (e) => errors.push(e as CustomEvent));
    await fillMinimal(el);
    send(el);
    send(el);
    const failure = await waitFor(() => $(el, '[part=failure]'), 'the failure');
    expect(text(failure)).to.contain(en.failedTitle).and.contain('The service has a problem right now.').and.contain('Nothing was lost.');
    expect(errors.map((e) => e.detail.kind)).to.deep.equal(['server']);
    expect((await stats(run)).requests, 'the second click did not send again').to.equal(2);
    failure.querySelector<HTMLButtonElement>('button')!.click();
    await waitFor(async () => (await stats(run)).requests === 4, 'the second round');
    const s = await stats(run);
    expect(new Set(s.log.map((l) => l.key)).size).to.equal(1);
    expect(s.stored).to.equal(0);
  });

  it('shows a rejection with the service message as plain text and keeps everything', async () => {
    const run = runId('reject');
    const el = await mount(endpoint('reject', run), 'fi');
    await fillMinimal(el);
    send(el);
    const failure = await waitFor(() => $(el, '[part=failure]'), 'the failure');
    expect($(el, '.server-message')!.textContent).to.contain('Haku on <b>päättynyt</b>.');
    expect(failure.querySelector('b')).to.be.null;
    expect($<HTMLInputElement>(el, '#email')!.value).to.equal('aino@example.fi');
  });

  it('without an endpoint says the form is not connected, and warns', async () => {
    const cap = captureWarnings();
    try {
      const el = await mount({ endpoint: '' }, 'en');
      expect(cap.warnings.some((w) => w.includes('has no endpoint'))).to.be.true;
      await fillMinimal(el);
      send(el);
      const failure = await waitFor(() => $(el, '[part=failure]'), 'the failure');
      expect(text(failure)).to.contain(en.failedConfig);
      expect($(el, '.server-message')).to.be.null;
    } finally {
      cap.restore();
    }
  });
});

describe('osa-panel-signup: hostile input', () => {
  it('shows markup from the page, the person and the server as text', async () => {
    const run = runId('hostile');
    const evil = '<img src=x onerror="window.__pwned=3">';
    const json = JSON.stringify({ panelName: `Raati ${evil}`, areas: [{ value: 'a', label: `Alue ${evil}` }], withdrawText: `Soita ${evil}` });
    const el = await mount({ ...endpoint('hostile', run), selection: `<b>arvonta</b>` }, 'fi', {}, json);
    await fillMinimal(el, `Aino <script>window.__pwned=4</script>`);
    expect($(el, 'h2')!.textContent).to.equal(`Raati ${evil}`);
    expect($(el, '#area option:last-child')!.textContent).to.equal(`Alue ${evil}`);
    expect(shown(el)).to.contain('<b>arvonta</b>');
    send(el);
    const heading = await confirmation(el);
    expect(heading.textContent).to.contain('Aino <script>window.__pwned=4</script>');
    expect($(el, '.reference strong')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">AR-1 <script>window.__pwned=2</script>'.slice(0, 80));
    expect(shown(el)).to.contain(`Soita ${evil}`);
    expect(el.shadowRoot!.querySelectorAll('img, b, form script')).to.have.length(0);
    await new Promise((r) => setTimeout(r, 100));
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
  });
});

describe('osa-panel-signup: drafts', () => {
  it('keeps a draft in sessionStorage only, restores it in a new element, and clears it after sending', async () => {
    const run = runId('draft');
    const attrs = { ...endpoint('ok', run), id: 'draft-test', draft: 'session' };
    const el = await mount(attrs);
    // The draft code loads just after the first render (what is typed before it arrives: test/cdn.test.ts).
    await waitFor(() => el.drafts.key, 'the draft code');
    await fillMinimal(el);
    await tick(el, 'support-1');
    el.remove(); // leaving the page flushes the draft at once
    const key = Object.keys(sessionStorage).find((k) => k.startsWith(`${DRAFT_PREFIX}${location.pathname}:`) && k.endsWith(':draft-test'))!;
    const kept = JSON.parse(sessionStorage.getItem(key)!).data;
    expect(kept).to.include({ name: 'Aino Virtanen', email: 'aino@example.fi' });
    expect(kept, 'consents are never kept in a draft').not.to.have.any.keys('consent', 'healthConsent', 'eligible', 'otherWays');
    expect(localStorage.length, 'never localStorage').to.equal(0);

    const again = await mount(attrs);
    expect($<HTMLInputElement>(again, '#name')!.value).to.equal('Aino Virtanen');
    expect($<HTMLInputElement>(again, '#channels-0')!.checked).to.be.true;
    expect($<HTMLInputElement>(again, '#email')!.value).to.equal('aino@example.fi');
    expect($<HTMLInputElement>(again, '#support-1')!.checked).to.be.true;
    expect(shown(again)).to.contain(en.draftRestored).and.contain(en.draftNote);
    expect($<HTMLInputElement>(again, '#consent')!.checked, 'consent is given again, knowingly').to.be.false;
    await tick(again, 'consent');
    send(again);
    await confirmation(again);
    expect(sessionStorage.getItem(key)).to.be.null;
  });

  it('keeps nothing with draft="off"; draft="local" warns and stays in the tab', async () => {
    const el = await mount({ id: 'off' });
    await fillMinimal(el);
    el.remove();
    expect(sessionStorage.length).to.equal(0);
    expect(shown(el)).not.to.contain(en.draftNote);
    const cap = captureWarnings();
    try {
      const local = await mount({ id: 'local', draft: 'local' });
      expect(cap.warnings.some((w) => w.includes('draft="local" is not offered'))).to.be.true;
      await fillMinimal(local);
      local.remove();
      expect(localStorage.length).to.equal(0);
      expect(Object.keys(sessionStorage).some((k) => k.startsWith(`${DRAFT_PREFIX}${location.pathname}:`) && k.endsWith(':local'))).to.be.true;
    } finally {
      cap.restore();
    }
  });

  it('survives a draft of the wrong shape', () => {
    expect(restoreForm({ name: 5, channels: ['email', 3], consent: 'yes', email: 'a@b.fi' })).to.deep.equal({ ...EMPTY_FORM, email: 'a@b.fi' });
    expect(restoreForm(null)).to.deep.equal(EMPTY_FORM);
  });

  it('"Clear the form" asks first: "No" keeps everything, "Yes" empties the form and the draft', async () => {
    const el = await mount({ id: 'clear', draft: 'session' });
    await fillMinimal(el);
    $(el, '#clear')!.click();
    await waitFor(() => deepActiveElement()?.id === 'clear-no', 'focus on "No, keep it"');
    expect($(el, '#clear')!.getAttribute('aria-expanded')).to.equal('true');
    expect(text($(el, '.clear-step')!)).to.contain(en.clearQuestion);
    await expectAccessible(container);
    await press('Enter');
    await el.updateComplete;
    expect($(el, '.clear-step')).to.be.null;
    expect(deepActiveElement()?.id).to.equal('clear');
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Aino Virtanen');
    $(el, '#clear')!.click();
    await el.updateComplete;
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.clear-step button')].find((b) => b.textContent === en.clearYes)!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('');
    expect($(el, '#email')).to.be.null;
    expect(sessionStorage.getItem(`${DRAFT_PREFIX}${location.pathname}:clear`)).to.be.null;
    expect(shown(el)).to.contain(en.cleared);
    await waitFor(() => $(el, '[data-live]')!.textContent === en.cleared, 'the announcement');
  });
});

describe('osa-panel-signup: languages', () => {
  it('marks its content with the language it speaks when the page speaks another', async () => {
    const el = await mount({}, 'de');
    expect(el.shadowRoot!.querySelector('.signup')!.getAttribute('lang')).to.equal('en');
  });

  it('follows the page language live and keeps what was written', async () => {
    const el = await mount({ 'reply-days': '5' }, 'fi');
    setValue(el, 'name', 'Aino');
    expect($(el, 'h2')!.textContent).to.equal('Asiakasraati');
    await waitFor(() => shown(el).includes('tiistaina 29. joulukuuta'), 'the reply date');
    expect(shown(el)).to.contain('tiistaina 29. joulukuuta').and.contain('(vapaaehtoinen)');
    container.lang = 'sv';
    await waitFor(() => $(el, 'h2')!.textContent === 'Kundråd', 'Swedish');
    expect(shown(el)).to.contain('tisdagen den 29 december').and.contain('(frivilligt)');
    container.lang = 'en';
    await waitFor(() => $(el, 'h2')!.textContent === 'Customer panel', 'English');
    expect(shown(el)).to.contain('Tuesday 29 December');
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('Aino');
  });

  it('has every string in every language, with the same placeholders', () => {
    const holes = (s: unknown) => JSON.stringify(s).match(/\{\w+\}/g)?.sort() ?? [];
    for (const [lang, table] of Object.entries({ fi, sv })) {
      expect(Object.keys(table).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [k, v] of Object.entries(en)) expect(holes((table as Record<string, unknown>)[k]), `${lang}.${k}`).to.deep.equal(holes(v));
    }
  });
});

describe('osa-panel-signup: event adapter and events', () => {
  it('hands the data to the page and shows the reference it gives', async () => {
    const el = await mount({ adapter: 'event', 'reply-days': '5' });
    const sent: CustomEvent[] = [];
    el.addEventListener('osa-panel-signup-submit', (e) => {
      const d = (e as CustomEvent<SubmitEventDetail<PanelSignupData>>).detail;
      expect(d.adapter).to.equal('event');
      expect(d.data.replyBy).to.equal('2026-12-29');
      d.respondWith(Promise.resolve({ reference: 'EV-7' }));
    });
    el.addEventListener('osa-panel-signup-sent', (e) => sent.push(e as CustomEvent));
    await fillMinimal(el);
    send(el);
    await confirmation(el);
    expect(sent[0].detail).to.deep.equal({ reference: 'EV-7', replyBy: '2026-12-29' });
    expect(sent[0].composed && sent[0].bubbles).to.be.true;
    expect(shown(el)).to.contain('EV-7');
  });

  it('shows the failure the page reports, and a local reference when the page gives none', async () => {
    const el = await mount({ adapter: 'event' });
    const keys: string[] = [];
    let fail = true;
    el.addEventListener('osa-panel-signup-submit', (e) => {
      const d = (e as CustomEvent<SubmitEventDetail<PanelSignupData>>).detail;
      keys.push(d.idempotencyKey);
      if (fail) d.respondWith(Promise.reject(new SubmitError('timeout')));
    });
    await fillMinimal(el);
    send(el);
    const failure = await waitFor(() => $(el, '[part=failure]'), 'the failure');
    expect(text(failure)).to.contain(en.failedTitle).and.contain('did not answer in time');
    fail = false;
    failure.querySelector('button')!.click();
    await confirmation(el);
    expect(keys[0]).to.equal(keys[1]);
    expect($(el, '.reference strong')!.textContent).to.equal(keys[0].replace(/-/g, '').slice(0, 8).toUpperCase());
  });

  it('does nothing when a listener cancels the submit event', async () => {
    const run = runId('cancel');
    const el = await mount(endpoint('ok', run));
    el.addEventListener('osa-panel-signup-submit', (e) => e.preventDefault());
    await fillMinimal(el);
    send(el);
    await new Promise((r) => setTimeout(r, 200));
    expect($(el, '#sent-title')).to.be.null;
    expect((await stats(run)).requests).to.equal(0);
  });

  it('previews states for designers without sending', async () => {
    const el = await mount({ 'reply-days': '5' });
    el.previewState = 'failed';
    await el.updateComplete;
    expect($(el, '[part=failure]')).to.exist;
    el.previewState = 'sent';
    await waitFor(() => shown(el).includes('AR-2027-0042'), 'the sent preview');
    expect(shown(el)).to.contain('Tuesday 29 December');
  });
});

describe('osa-panel-signup: type scale', () => {
  const size = (node: Element | null) => parseFloat(getComputedStyle(node!).fontSize);

  for (const lang of ['fi', 'sv'] as const) {
    it(`${lang} at 320 px (as at 400 % zoom): name > form title > sections, clearly bigger than the questions; the thank-you never bigger than the name`, async () => {
      await narrow();
      const el = await mount({ 'reply-days': '5', 'panel-name': lang === 'fi' ? 'Kotihoidon asiakasraati' : 'Kundrådet för hemvården' }, lang);
      const title = size($(el, '#title'));
      const formTitle = size($(el, '#form-title'));
      const sections = [...el.shadowRoot!.querySelectorAll('.section > .heading')].map(size);
      const label = size($(el, 'label[for=name]'));
      expect(sections.length).to.be.greaterThan(2);
      expect(title, 'the panel\'s name').to.be.greaterThan(formTitle);
      expect(formTitle, '"Apply to join"').to.be.greaterThan(Math.max(...sections));
      for (const section of sections) expect(section, 'a section heading against a question').to.be.at.least(label * 1.2);
      el.previewState = 'sent';
      await waitFor(() => $(el, '#sent-title'), 'the thank-you');
      expect(size($(el, '#sent-title')), '"Kiitos, …!" against the panel\'s name').to.be.at.most(size($(el, '#title')));
      expect(size($(el, '.confirmation h4')), 'the thank-you\'s own sections').to.be.lessThan(size($(el, '#sent-title')));
    });
  }

  it('says that the information about the chosen services is used, in every language and in easy language', async () => {
    expect(fi.healthConsentLabel).to.equal('Annan luvan käyttää tietoa valitsemistani palveluista raadin jäsenten valinnassa.');
    expect(sv.healthConsentLabel).to.equal('Jag samtycker till att uppgifterna om de tjänster jag valt används när medlemmarna väljs.');
    expect(fi.consentLabel).to.equal('Hyväksyn, että hakemustani käsitellään raadin jäsenten valintaa varten.');
    const easy = await Promise.all([import('../src/panel-signup/strings/easy-fi.js'), import('../src/panel-signup/strings/easy-sv.js'), import('../src/panel-signup/strings/easy-en.js')]);
    const easyLater = await Promise.all([import('../src/panel-signup/strings/later-easy-fi.js'), import('../src/panel-signup/strings/later-easy-sv.js'), import('../src/panel-signup/strings/later-easy-en.js')]);
    // The same for the other kinds of recruiting (development customers, experience experts, workshops).
    const labels = [fi, sv, en, easy[0].fi, easy[1].sv, easy[2].en].map((t) => t.healthConsentLabel);
    labels.push(...[fi, sv, en, easyLater[0].fi, easyLater[1].sv, easyLater[2].en].map((t) => t.anyHealthConsent));
    expect(labels.filter((t) => !/information|tietoa|uppgifterna/.test(t)), 'a consent that speaks of using the services themselves').to.deep.equal([]);
  });
});

describe('osa-panel-signup: helpers', () => {
  it('checks email and phone gently', () => {
    expect(isEmail(' aino@example.fi ')).to.be.true;
    expect(isEmail('aino@example')).to.be.false;
    expect(isPhone('+358 (40) 123-4567')).to.be.true;
    expect(isPhone('1234')).to.be.false;
    expect(isPhone('040 123 abc')).to.be.false;
  });
  it('reads references and server messages as short plain text', () => {
    expect(readReference({ status: 201, body: { reference: 'AR-1' }, attempts: 1 })).to.equal('AR-1');
    expect(readReference({ status: 201, body: { id: 42 }, attempts: 1 })).to.equal('42');
    expect(readReference({ status: 204, body: undefined, attempts: 1 })).to.be.undefined;
    expect(readServerMessage([{ description: 'Too late' }])).to.equal('Too late');
    expect(readServerMessage({ error: 'x'.repeat(300) })).to.have.length(200);
    expect(readServerMessage('x'.repeat(400))).to.be.undefined;
  });
  it('reads today in the Helsinki calendar as YYYY-MM-DD in every engine', () => {
    // WebKitGTK formats en-CA as 12/18/2026: the apply-by day was then never over.
    expect(helsinkiDay(new Date('2026-12-18T23:30:00+02:00'))).to.equal('2026-12-18');
    expect(helsinkiDay(new Date('2026-12-18T22:05:00Z')), 'past midnight in Helsinki').to.equal('2026-12-19');
    expect(helsinkiDay(new Date('2027-03-28T00:30:00Z')), 'summer time begins').to.equal('2027-03-28');
  });
  it('picks the reader language of a text, else the first given', () => {
    expect(pick({ sv: 'Råd', fi: 'Raati' }, 'fi')).to.equal('Raati');
    expect(pick({ sv: 'Råd' }, 'en')).to.equal('Råd');
    expect(pick('  ', 'fi')).to.be.undefined;
    expect(readPanelConfig([1]).problems).to.deep.equal(['must be a JSON object like {"panelName": "…"}']);
    expect(readPanelConfig({ replyDays: '10', places: -1 }).config).to.deep.equal({ replyDays: 10 });
    expect(readPanelConfig({ areas: 'Jyväskylä', privacyUrl: 5, panelId: 'p1' })).to.deep.equal({
      config: { panelId: 'p1' }, problems: ['"areas" must be a list (a JSON array)', '"privacyUrl" must be text'],
    });
  });
});

describe('osa-panel-signup: recruiting beyond panels (issue #20)', () => {
  it('apply-by: open until the end of that day (Helsinki), then the form says the round is closed and when the next opens', async () => {
    const el = await mount({ 'apply-by': '2026-12-18', 'next-round': '2027-08-16' }, 'fi');
    const fact = () => [...el.shadowRoot!.querySelectorAll('.fact')].find((f) => f.querySelector('dt')!.textContent === 'Hakuaika päättyy');
    expect(text(fact()!.querySelector('dd')!), 'open on the last day').to.equal('perjantaina 18. joulukuuta');
    expect($(el, 'form'), 'the form is there').to.exist;
    el.now = new Date('2026-12-18T23:30:00+02:00');
    await el.updateComplete;
    expect($(el, 'form'), 'still open late on the last day').to.exist;
    el.now = new Date('2026-12-19T00:05:00+02:00');
    await el.updateComplete;
    expect($(el, 'form'), 'no form after the day').to.be.null;
    expect($(el, '#closed-title')!.textContent).to.equal('Haku on päättynyt');
    expect(shown(el)).to.contain('Hakuaika päättyi perjantaina 18. joulukuuta.').and.contain('Seuraava haku alkaa: maanantaina 16. elokuuta.');
    expect(fact(), 'no "apply by" fact once closed').to.be.undefined;
    await expectAccessible(container);
    el.nextRound = 'keväällä 2027';
    el.applyBy = 'not-a-date';
    await el.updateComplete;
    expect($(el, 'form'), 'an invalid apply-by keeps the form open').to.exist;
  });

  it('a named contact and other ways to apply, shown like the feedback form channels, with working links', async () => {
    const el = await mount({
      'contact-name': 'Aino Virtanen', 'contact-phone': '040 123 4567', 'contact-email': 'osallisuus@example.fi',
      'apply-phone': '09 310 12345', 'apply-address': 'Osallisuus | PL 100 | 00099 Kaupunki', 'apply-in-person': 'Palvelupiste Kaari, ma–pe 9–15',
    }, 'sv');
    expect($(el, '#apply-other-title')!.textContent).to.equal('Andra sätt att ansöka');
    const rows = [...el.shadowRoot!.querySelectorAll('.channels > div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]);
    expect(rows).to.deep.equal([['Per telefon', '09 310 12345'], ['Per post', 'Osallisuus\nPL 100\n00099 Kaupunki'], ['På plats', 'Palvelupiste Kaari, ma–pe 9–15']]);
    expect($<HTMLAnchorElement>(el, '.channels a')!.getAttribute('href')).to.equal('tel:093101234' + '5');
    expect(shown(el)).to.contain('Frågor?').and.contain('Fråga Aino Virtanen:');
    expect([...el.shadowRoot!.querySelectorAll('.contact a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:0401234567', 'mailto:osallisuus@example.fi']);
    await expectAccessible(container);
  });

  it('kind="workshop": its own words, date, place and accessibility, no term and no background questions; sends kind', async () => {
    const run = runId('workshop');
    const el = await mount({
      kind: 'workshop', term: 'ei näytetä', 'event-date': 'Tiistai 12.1.2027 klo 17–19', place: 'Kirjasto Kaari', accessibility: 'Esteetön sisäänkäynti',
      ...endpoint('ok', run),
    }, 'fi');
    expect($(el, 'h2')!.textContent).to.equal('Työpaja');
    const facts = [...el.shadowRoot!.querySelectorAll('.fact dt')].map((d) => d.textContent);
    expect(facts).to.deep.equal(['Aika', 'Paikka', 'Esteettömyys', 'Palkkio']);
    expect(shown(el)).to.contain('Osallistujille ei makseta palkkiota.').and.not.contain('ei näytetä');
    expect($(el, '#services'), 'no service areas').to.be.null;
    expect($(el, '#age'), 'no age group').to.be.null;
    expect($(el, '#availability'), 'a fixed date: no availability question').to.be.null;
    expect($(el, '#form-title')!.textContent).to.equal('Ilmoittaudu');
    expect($(el, 'label[for=consent]')!.textContent).to.contain('työpajan järjestämistä varten');
    await expectAccessible(container);
    // Signing up by keyboard: name, email, consent, send.
    await tabTo((e) => e.id === 'name');
    await type('Aino Virtanen');
    await tabTo((e) => e.id === 'channels-0');
    await press('Space');
    await tabTo((e) => e.id === 'email');
    await type('aino@example.fi');
    await tabTo((e) => e.id === 'consent');
    await press('Space');
    await tabTo((e) => e.localName === 'button' && e.textContent === 'Ilmoittaudu');
    await press('Enter');
    await confirmation(el);
    expect(shown(el)).to.contain('Vahvistamme paikkasi');
    const s = await stats(run);
    expect(s.stored).to.equal(1);
    expect(s.bodies[0]).to.include({ kind: 'workshop', name: 'Aino Virtanen' });
    expect(s.bodies[0]).not.to.have.any.keys('serviceAreas', 'ageGroup', 'availability');
  });

  it('kind="development-customer" and "experience-expert" choose their words and keep the special-category consent', async () => {
    const el = await mount({ kind: 'development-customer' }, 'en');
    expect($(el, 'h2')!.textContent).to.equal('Development customers');
    expect(shown(el)).to.contain('Development customers are not paid').and.contain('choose development customers');
    el.kind = 'experience-expert';
    await el.updateComplete;
    expect($(el, 'h2')!.textContent).to.equal('Experience experts');
    expect(shown(el)).to.contain('own experience of an illness');
    await tick(el, 'services-0');
    expect($(el, '#health-consent'), 'service areas still need their own consent').to.exist;
    const cap = captureWarnings();
    try {
      el.kind = 'party' as never;
      await el.updateComplete;
      expect(cap.warnings.join('\n')).to.contain('kind "party" is not one of');
      expect($(el, 'h2')!.textContent).to.equal('Customer panel');
    } finally {
      cap.restore();
    }
  });

  it('reads kind, applyBy, contact and workshop facts from inline JSON per language', async () => {
    const json = JSON.stringify({
      kind: 'workshop', applyBy: '2027-01-10', contactName: { fi: 'Aino', sv: 'Aino V.' }, contactEmail: 'a@example.fi',
      eventDate: { fi: 'Ti 12.1.', sv: 'Tis 12.1.' }, place: { fi: 'Kaari', sv: 'Bågen' }, accessibility: 'Hissi',
    });
    const el = await mount({}, 'sv', {}, json);
    expect(shown(el)).to.contain('Tis 12.1.').and.contain('Bågen').and.contain('Hissi').and.contain('Fråga Aino V.:').and.contain('Sista ansökningsdag');
    const { problems } = readPanelConfig({ kind: 'x', applyBy: '2027-02-30' });
    expect(problems).to.deep.equal(['"kind" must be one of panel, development-customer, experience-expert, workshop', '"applyBy" must be a date like 2027-01-31']);
  });
});

// A CMS filter that strips <script> keeps attributes: the panel JSON as the json attribute.
describe('osa-panel-signup: the json attribute', () => {
  const details = { panelName: 'Perhepalvelujen asiakasraati', places: 12, areas: ['Keuruu', 'Multia'] };

  it('shows the facts and the areas from the attribute alone, and wins over the child script', async () => {
    const el = await mount({ json: JSON.stringify(details) }, 'fi', {}, JSON.stringify({ panelName: 'From the child', places: 3 }));
    expect($(el, 'h2')!.textContent).to.equal('Perhepalvelujen asiakasraati');
    expect(shown(el)).to.contain('12');
    expect([...el.shadowRoot!.querySelectorAll('#area option')].map((o) => o.textContent).slice(1)).to.deep.equal(['Keuruu', 'Multia']);
    el.removeAttribute('json');
    await el.updateComplete;
    expect($(el, 'h2')!.textContent, 'without the attribute, the child script is read').to.equal('From the child');
  });

  it('broken JSON or a wrong key in the attribute: a warning that names the attribute and the note on the page', async () => {
    const cap = captureWarnings();
    try {
      const el = await mount({ 'panel-name': 'Raati', json: '{"places": 3,' }, 'en');
      expect(shown(el)).to.contain(en.detailsBroken);
      expect($(el, 'h2')!.textContent, 'attributes still work').to.equal('Raati');
      expect(cap.warnings.some((w) => w.includes('The json attribute (the panel JSON) is not valid JSON'))).to.be.true;
      cap.warnings.length = 0;
      await mount({ json: JSON.stringify({ places: 'many' }) }, 'en');
      expect(cap.warnings.join('\n')).to.contain('The json attribute (the panel JSON): "places" must be a whole number');
    } finally {
      cap.restore();
    }
  });
});
