// <osa-panel-signup>: the panel described from attributes or inline JSON, the form in each state a
// resident can meet, and both adapters. In `npm start` and in the tests the json stories post to the
// HTTP fixture in test/servers/panel-signup.mjs; in the static Storybook build (no server) they use
// the event adapter.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/panel-signup/register.js';
import type { OsaPanelSignup } from '../src/panel-signup/osa-panel-signup.js';
import { MONDAY, hasServer, reopenWithDraft, until } from './helpers.js';

type Lang = 'fi' | 'sv' | 'en';

/** An example panel, written in each language, as a web team would put it in the page's language. */
const PANEL: Record<Lang, Record<string, string>> = {
  fi: {
    'panel-name': 'Perhepalvelujen asiakasraati',
    purpose: 'Raati kertoo, miten perheiden palveluja voisi parantaa. Raatilaiset tapaavat palveluista vastaavia työntekijöitä ja kommentoivat suunnitelmia ennen päätöksiä.',
    term: '1.1.2027–31.12.2028 (kaksi vuotta)',
    meetings: 'Neljä kertaa vuodessa arki-iltaisin, noin kaksi tuntia kerrallaan.',
    compensation: 'Maksamme 40 euron kokouspalkkion ja matkakulut.',
    eligibility: 'Vähintään 15-vuotiaat, jotka asuvat hyvinvointialueella. Hyvinvointialueen työntekijät eivät voi hakea.',
    selection: 'Valitsemme jäsenet niin, että mukana on eri-ikäisiä ihmisiä eri kunnista ja erilaisin kokemuksin.',
    'withdraw-text': 'Lähetä sähköpostia osoitteeseen osallisuus@example.fi tai soita numeroon 040 123 4567.',
  },
  sv: {
    'panel-name': 'Kundrådet för familjetjänster',
    purpose: 'Rådet berättar hur tjänsterna för familjer kunde bli bättre. Medlemmarna träffar personal som ansvarar för tjänsterna och kommenterar planer innan beslut fattas.',
    term: '1.1.2027–31.12.2028 (två år)',
    meetings: 'Fyra gånger om året på vardagskvällar, ungefär två timmar åt gången.',
    compensation: 'Vi betalar ett mötesarvode på 40 euro och resekostnaderna.',
    eligibility: 'Personer som har fyllt 15 år och bor i välfärdsområdet. Välfärdsområdets anställda kan inte söka.',
    selection: 'Vi väljer medlemmar så att rådet har personer i olika åldrar, från olika kommuner och med olika erfarenheter.',
    'withdraw-text': 'Skicka e-post till delaktighet@example.fi eller ring 040 123 4567.',
  },
  en: {
    'panel-name': 'Customer panel of family services',
    purpose: 'The panel tells us how services for families could be better. Members meet the staff who run the services and comment on plans before decisions are made.',
    term: '1 January 2027 – 31 December 2028 (two years)',
    meetings: 'Four times a year on weekday evenings, about two hours each time.',
    compensation: 'We pay a fee of 40 euros a meeting and your travel costs.',
    eligibility: 'People aged 15 or over who live in the wellbeing services county. Staff of the county cannot apply.',
    selection: 'We choose members so that the panel has people of different ages, from different municipalities and with different experiences.',
    'withdraw-text': 'Email participation@example.fi or call 040 123 4567.',
  },
};

/** The same panel as inline JSON, every text in three languages, with the lists a county would use. */
const PANEL_JSON = {
  panelId: 'perhe-2027',
  panelName: { fi: 'Perhepalvelujen asiakasraati', sv: 'Kundrådet för familjetjänster', en: 'Customer panel of family services' },
  term: { fi: 'Kaksi vuotta, 2027–2028', sv: 'Två år, 2027–2028', en: 'Two years, 2027–2028' },
  meetings: { fi: 'Neljä kertaa vuodessa', sv: 'Fyra gånger om året', en: 'Four times a year' },
  meetingMode: 'in-person',
  compensation: '',
  eligibility: { fi: 'Vähintään 15-vuotiaat alueen asukkaat', sv: 'Invånare i området som har fyllt 15 år', en: 'Residents of the area aged 15 or over' },
  confirmEligibility: true,
  places: 15,
  replyDays: 10,
  areas: [
    { value: 'jyvaskyla', label: 'Jyväskylä' },
    { value: 'jamsa', label: 'Jämsä' },
    { value: 'keuruu', label: 'Keuruu' },
    { value: 'saarijarvi', label: 'Saarijärvi' },
    { value: 'other', label: { fi: 'Muu kunta', sv: 'Annan kommun', en: 'Another municipality' } },
  ],
  serviceAreas: [
    { value: 'maternity-child-health', label: { fi: 'Äitiys- ja lastenneuvola', sv: 'Mödra- och barnrådgivning', en: 'Maternity and child health clinics' } },
    { value: 'family-counselling', label: { fi: 'Perheneuvola', sv: 'Familjerådgivning', en: 'Family counselling' } },
    { value: 'home-services', label: { fi: 'Lapsiperheiden kotipalvelu', sv: 'Hemservice för barnfamiljer', en: 'Home help for families with children' } },
    { value: 'school-health', label: { fi: 'Koulu- ja opiskeluterveydenhuolto', sv: 'Skol- och studerandehälsovård', en: 'School and student health care' } },
  ],
};

type Args = {
  adapter: 'json' | 'event';
  endpoint: string;
  replyDays: number;
  places: number;
  meetingMode: '' | 'online' | 'in-person' | 'both';
  withPay: boolean;
  json: boolean;
  privacyUrl: string;
  draft: 'session' | 'off';
  headingLevel: number;
  previewState?: OsaPanelSignup['previewState'];
};

const signupOf = (canvas: HTMLElement) => canvas.querySelector('osa-panel-signup') as OsaPanelSignup;

/** Fills the form the way a person would, through the rendered controls (plain DOM, no test library). */
async function fill(el: OsaPanelSignup, { services = false } = {}) {
  await el.updateComplete;
  const root = el.shadowRoot!;
  const click = async (sel: string) => {
    root.querySelector<HTMLElement>(sel)!.click();
    await el.updateComplete;
  };
  const type = (sel: string, value: string) => {
    const input = root.querySelector<HTMLInputElement>(sel)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  type('#name', 'Aino Asukas');
  await click('#channels-0');
  type('#email', 'aino.asukas@example.fi');
  await click('#age-2');
  if (services) await click('#services-0');
  await click('#availability-1');
  await click('#consent');
}

const submit = (el: OsaPanelSignup) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

/**
 * Builds the element with DOM calls: inline JSON has to be a child `<script>`, which a Lit template
 * cannot fill with a binding.
 */
function signup(a: Args, ctx: { id: string; globals: { locale?: string } }): OsaPanelSignup {
  const lang = (['fi', 'sv', 'en'].includes(ctx.globals.locale ?? '') ? ctx.globals.locale : 'fi') as Lang;
  const el = document.createElement('osa-panel-signup');
  const attrs: Record<string, string | undefined> = {
    id: `ps-${ctx.id.replace(/\W+/g, '-')}`,
    adapter: hasServer ? a.adapter : 'event',
    endpoint: a.endpoint,
    'privacy-url': a.privacyUrl,
    draft: a.draft,
    'heading-level': String(a.headingLevel),
    ...(a.json
      ? {}
      : { ...PANEL[lang], 'reply-days': String(a.replyDays), places: String(a.places), 'meeting-mode': a.meetingMode || undefined, compensation: a.withPay ? PANEL[lang].compensation : '' }),
  };
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  if (a.json) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(PANEL_JSON, null, 2);
    el.append(script);
  }
  el.now = MONDAY;
  el.previewState = a.previewState;
  el.addEventListener('osa-panel-signup-submit', (e) => {
    // With the event adapter (and in the static Storybook, which has no server) the page delivers.
    if (e.detail.adapter === 'event') e.detail.respondWith(new Promise((r) => setTimeout(() => r({ reference: 'DEMO-2027-015' }), 600)));
  });
  return el;
}

const meta: Meta<Args> = {
  title: 'Components/Panel sign-up',
  component: 'osa-panel-signup',
  tags: ['autodocs'],
  args: {
    adapter: 'json',
    endpoint: '/api/panel-signup/ok/storybook',
    replyDays: 15,
    places: 20,
    meetingMode: 'both',
    withPay: true,
    json: false,
    privacyUrl: '/tietosuoja/asiakasraati',
    draft: 'session',
    headingLevel: 2,
  },
  argTypes: {
    adapter: { control: 'inline-radio', options: ['json', 'event'] },
    meetingMode: { control: 'inline-radio', options: ['', 'online', 'in-person', 'both'] },
    draft: { control: 'inline-radio', options: ['session', 'off'] },
    headingLevel: { control: { type: 'number', min: 2, max: 5 } },
    previewState: { control: 'select', options: [undefined, 'sending', 'retrying', 'offline', 'failed', 'sent'] },
  },
  render: (a, ctx) => html`${signup(a, ctx)}`,
  parameters: {
    docs: {
      description: {
        component: `Joining a customer panel (asiakasraati, kundråd). First what taking part involves — term, meetings, pay, who can join, how members are chosen and by when applicants hear back (counted in Finnish working days) — then one page of questions.
Only a name, one way to contact the person and their consent are required. Service areas are broad, never diagnoses, and need their own consent. The draft stays in the browser tab only.

\`\`\`html
<link rel="modulepreload" href="/osallisuus/0.1.0/runtime.js">
<script type="module" src="/osallisuus/0.1.0/osa-panel-signup.js"></script>
<osa-panel-signup endpoint="/api/asiakasraati" privacy-url="/tietosuoja/asiakasraati"
  panel-name="Perhepalvelujen asiakasraati" term="2027–2028" meetings="Neljä kertaa vuodessa"
  meeting-mode="both" compensation="40 euron kokouspalkkio ja matkakulut" places="20" reply-days="15"
  withdraw-text="Lähetä sähköpostia osoitteeseen osallisuus@example.fi.">
</osa-panel-signup>
\`\`\``,
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = { name: 'Empty form, panel from attributes' };

export const NoPay: Story = { name: 'No pay, meets online', args: { withPay: false, meetingMode: 'online', places: 12 } };

export const FromJson: Story = { name: 'Panel details and lists from inline JSON', args: { json: true } };

export const Errors: Story = {
  name: 'Errors after Send',
  args: { draft: 'off' },
  play: async ({ canvasElement }) => {
    const el = signupOf(canvasElement);
    await el.updateComplete;
    submit(el);
    await el.updateComplete;
  },
};

export const SpecialConsent: Story = {
  name: 'Service areas need a separate consent',
  args: { draft: 'off' },
  play: async ({ canvasElement }) => {
    const el = signupOf(canvasElement);
    await fill(el, { services: true });
    submit(el);
    await el.updateComplete;
  },
};

export const ClearForm: Story = {
  name: 'Clear the form: asks first',
  args: { draft: 'off' },
  play: async ({ canvasElement }) => {
    const el = signupOf(canvasElement);
    await fill(el);
    el.shadowRoot!.querySelector<HTMLElement>('#clear')!.click();
    await el.updateComplete;
  },
};

export const Sending: Story = { args: { previewState: 'sending', draft: 'off' } };
export const Retrying: Story = { name: 'Retrying after a server error', args: { previewState: 'retrying', draft: 'off' } };
export const Offline: Story = { name: 'Offline: waits and keeps everything', args: { previewState: 'offline', draft: 'off' } };
export const Failed: Story = { name: 'Failed: try again', args: { previewState: 'failed', draft: 'off' } };
export const Sent: Story = { name: 'Sent: confirmation (preview)', args: { previewState: 'sent', draft: 'off' } };

export const JsonAdapter: Story = {
  name: 'JSON adapter: sent to the server',
  args: { draft: 'off' },
  play: async ({ canvasElement }) => {
    const el = signupOf(canvasElement);
    await fill(el);
    submit(el);
    await until(() => el.shadowRoot!.querySelector('#sent-title'));
  },
};

export const EventAdapter: Story = {
  name: 'Event adapter: the page delivers',
  args: { adapter: 'event', endpoint: '', draft: 'off', json: true },
  play: async ({ canvasElement }) => {
    const el = signupOf(canvasElement);
    await fill(el, { services: true });
    el.shadowRoot!.querySelector<HTMLElement>('#health-consent')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('#eligible')!.click();
    await el.updateComplete;
    submit(el);
    await until(() => el.shadowRoot!.querySelector('#sent-title'));
  },
};

export const RestoredDraft: Story = {
  name: 'Restored draft after a reload',
  play: async ({ canvasElement }) => {
    await reopenWithDraft(signupOf(canvasElement), { name: 'Aino Asukas', channels: ['phone'], phone: '040 765 4321', support: ['hearing-loop'], influence: 'Ajanvaraus puhelimitse.' });
  },
};

// Recruiting beyond panels (kind), the application period, a named contact and other ways to apply.
// Built from attributes in the story's language, as a web team would write them.
type Extra = Record<string, Partial<Record<Lang, string>> | string>;
function kindSignup(ctx: { id: string; globals: { locale?: string } }, extra: Extra): OsaPanelSignup {
  const lang = (['fi', 'sv', 'en'].includes(ctx.globals.locale ?? '') ? ctx.globals.locale : 'fi') as Lang;
  const el = document.createElement('osa-panel-signup');
  const attrs: Record<string, string> = { id: `ps-${ctx.id.replace(/\W+/g, '-')}`, adapter: hasServer ? 'json' : 'event', endpoint: '/api/panel-signup/ok/storybook', 'privacy-url': '/tietosuoja', draft: 'off' };
  for (const [k, v] of Object.entries(extra)) attrs[k] = typeof v === 'string' ? v : (v[lang] ?? v.fi ?? '');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.now = MONDAY;
  el.addEventListener('osa-panel-signup-submit', (e) => {
    if (e.detail.adapter === 'event') e.detail.respondWith(new Promise((r) => setTimeout(() => r({ reference: 'DEMO-2027-016' }), 600)));
  });
  return el;
}
const CONTACT: Extra = {
  'contact-name': { fi: 'osallisuuskoordinaattori Aino Virtanen', sv: 'delaktighetskoordinator Aino Virtanen', en: 'participation coordinator Aino Virtanen' },
  'contact-phone': '040 123 4567',
  'contact-email': 'osallisuus@example.fi',
};
const OTHER_WAYS: Extra = {
  'apply-phone': '09 310 12345',
  'apply-address': { fi: 'Osallisuuspalvelut | PL 100 | 00099 Esimerkkikaupunki', sv: 'Delaktighetstjänster | PB 100 | 00099 Exempelstad', en: 'Participation services | PO Box 100 | 00099 Example City' },
  'apply-in-person': { fi: 'Palvelupiste Kaari, ma–pe 9–15', sv: 'Servicepunkten Kaari, mån–fre 9–15', en: 'Kaari service point, Mon–Fri 9–15' },
};

export const DevelopmentCustomers: Story = {
  name: 'Development customers: apply by a date, a contact, other ways to apply',
  render: (_a, ctx) => html`${kindSignup(ctx, {
    kind: 'development-customer', 'apply-by': '2026-12-18', 'reply-days': '10', ...CONTACT, ...OTHER_WAYS,
    term: { fi: 'Vuosi 2027', sv: 'År 2027', en: 'The year 2027' },
    meetings: { fi: 'Noin kerran kuussa, tarpeen mukaan', sv: 'Ungefär en gång i månaden, vid behov', en: 'About once a month, as needed' },
  })}`,
};

export const ExperienceExperts: Story = {
  name: 'Experience experts',
  render: (_a, ctx) => html`${kindSignup(ctx, {
    kind: 'experience-expert', 'apply-by': '2027-01-15', ...CONTACT,
    compensation: { fi: 'Maksamme palkkion koulutuksen jälkeisistä tehtävistä.', sv: 'Vi betalar arvode för uppdragen efter utbildningen.', en: 'We pay a fee for the work after the training.' },
  })}`,
};

export const Workshop: Story = {
  name: 'Workshop: date, place and accessibility, no term',
  render: (_a, ctx) => html`${kindSignup(ctx, {
    kind: 'workshop', 'meeting-mode': 'in-person', ...CONTACT,
    'panel-name': { fi: 'Kehittämiskahvila: terveysaseman ajanvaraus', sv: 'Utvecklingskafé: tidsbokning vid hälsostationen', en: 'Development café: booking at the health centre' },
    'event-date': { fi: 'Tiistai 12.1.2027 klo 17–19', sv: 'Tisdag 12.1.2027 kl. 17–19', en: 'Tuesday 12 January 2027, 5–7 pm' },
    place: { fi: 'Kirjasto Kaari, Kaarenkatu 1, sali 2', sv: 'Biblioteket Kaari, Bågegatan 1, sal 2', en: 'Kaari library, Kaarenkatu 1, room 2' },
    accessibility: { fi: 'Esteetön sisäänkäynti, induktiosilmukka ja esteetön wc.', sv: 'Tillgänglig ingång, hörslinga och tillgänglig toalett.', en: 'Step-free entrance, hearing loop and accessible toilet.' },
  })}`,
};

export const Closed: Story = {
  name: 'The round is closed: when the next opens',
  render: (_a, ctx) => html`${kindSignup(ctx, { 'apply-by': '2026-11-20', 'next-round': '2027-08-16', ...CONTACT, ...OTHER_WAYS,
    'panel-name': { fi: 'Perhepalvelujen asiakasraati', sv: 'Kundrådet för familjetjänster', en: 'Customer panel of family services' } })}`,
};
