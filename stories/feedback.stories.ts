// <osa-feedback>: every state a resident can meet, each adapter, and the settings web teams use.
// In `npm start` and in the tests the json and open311 stories post to the HTTP fixtures in
// test/servers/feedback.mjs; in the static Storybook build (no server) they use the event adapter.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/feedback/register.js';
import type { OsaFeedback } from '../src/feedback/osa-feedback.js';
import { MONDAY, hasServer, reopenWithDraft, until } from './helpers.js';

type Args = {
  adapter: 'json' | 'open311' | 'event';
  endpoint: string;
  responseDays: number;
  maxLength: number;
  resultsUrl: string;
  statusUrl: string;
  privacyUrl: string;
  complaintUrl: string;
  phone: string;
  address: string;
  hours: string;
  topics: string;
  texts: string;
  previewState?: OsaFeedback['previewState'];
};

/** Fills the form the way a person would, through the rendered controls (plain DOM, no test library). */
async function fill(el: OsaFeedback, { reply = 'no', message = 'Kotihoidon käynnit ovat olleet täsmällisiä. Kiitos!' } = {}) {
  await el.updateComplete;
  const root = el.shadowRoot!;
  const click = (sel: string) => root.querySelector<HTMLElement>(sel)!.click();
  const type = (sel: string, value: string) => {
    const input = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(sel)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  click('#kind-0');
  type('#message', message);
  click(reply === 'yes' ? '#reply-0' : '#reply-1');
  await el.updateComplete;
  if (reply === 'yes') type('#email', 'aino.asukas@example.fi');
  await el.updateComplete;
}

const feedbackOf = (canvas: HTMLElement) => canvas.querySelector('osa-feedback') as OsaFeedback;

const meta: Meta<Args> = {
  title: 'Components/Feedback',
  component: 'osa-feedback',
  tags: ['autodocs'],
  args: {
    adapter: 'json',
    endpoint: '/api/feedback/ok/storybook',
    responseDays: 5,
    maxLength: 4000,
    resultsUrl: '/sanoitte-teimme',
    statusUrl: '/seuraa-palautetta',
    privacyUrl: '/tietosuoja',
    complaintUrl: '/muistutus',
    phone: '09 310 12345',
    address: 'Palautepalvelu | PL 1000 | 00099 Helsingin kaupunki',
    hours: '',
    topics: '',
    texts: '',
  },
  argTypes: {
    adapter: { control: 'inline-radio', options: ['json', 'open311', 'event'] },
    previewState: { control: 'select', options: [undefined, 'sending', 'retrying', 'offline', 'failed', 'sent'] },
  },
  // Each story's element has its own id, so each keeps its own draft.
  render: (a, ctx) => html`<osa-feedback id=${`fb-${ctx.id.replace(/\W+/g, '-')}`}
      adapter=${hasServer ? a.adapter : 'event'} endpoint=${a.endpoint} response-days=${a.responseDays} max-length=${a.maxLength}
      results-url=${a.resultsUrl} status-url=${a.statusUrl} privacy-url=${a.privacyUrl} complaint-url=${a.complaintUrl}
      phone=${a.phone} address=${a.address} hours=${a.hours} topics=${ifDefined(a.topics || undefined)} texts=${ifDefined(a.texts || undefined)}
      .now=${MONDAY} .previewState=${a.previewState}
      @osa-feedback-submit=${(e: HTMLElementEventMap['osa-feedback-submit']) => {
        // Static Storybook: no server, so the page "delivers" the feedback itself.
        if (e.detail.adapter === 'event') e.detail.respondWith(new Promise((r) => setTimeout(() => r({ reference: 'DEMO-123' }), 600)));
      }}
    ></osa-feedback>`,
  parameters: {
    docs: {
      description: {
        component: `Feedback with a **response promise**: when a person wants a reply, they see the date by which you answer, counted in Finnish working days (public holidays, Midsummer Eve and Christmas Eve skipped).
What they write is kept as a draft until the server confirms it; sending retries over network faults, waits while offline, and never sends twice.

\`\`\`html
<link rel="modulepreload" href="/osallisuus/0.1.0/runtime.js">
<script type="module" src="/osallisuus/0.1.0/osa-feedback.js"></script>
<osa-feedback endpoint="/api/feedback" response-days="5" privacy-url="/tietosuoja" results-url="/sanoitte-teimme"
  phone="09 310 12345" address="Palautepalvelu | PL 1000 | 00099 Helsingin kaupunki">
  <a href="/palaute">Anna palautetta</a> <!-- shown if JavaScript does not run -->
</osa-feedback>
\`\`\``,
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = { name: 'Empty form' };

export const WithTopics: Story = {
  name: 'With a list of services',
  args: {
    topics: JSON.stringify([
      { value: 'home-care', label: { fi: 'Kotihoito', sv: 'Hemvård', en: 'Home care' } },
      { value: 'health-centre', label: { fi: 'Terveysasema', sv: 'Hälsostation', en: 'Health centre' } },
      { value: 'family', label: { fi: 'Perhepalvelut', sv: 'Familjetjänster', en: 'Family services' } },
    ]),
  },
};

export const ReplyWanted: Story = {
  name: 'Wants a reply: the promise date',
  play: async ({ canvasElement }) => {
    const el = feedbackOf(canvasElement);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('#reply-0')!.click();
    await el.updateComplete;
  },
};

export const Anonymous: Story = {
  name: 'No reply: anonymous',
  play: async ({ canvasElement }) => {
    const el = feedbackOf(canvasElement);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('#reply-1')!.click();
    await el.updateComplete;
  },
};

export const Errors: Story = {
  name: 'Errors after Send',
  play: async ({ canvasElement }) => {
    const el = feedbackOf(canvasElement);
    await el.updateComplete;
    const root = el.shadowRoot!;
    root.querySelector<HTMLElement>('#reply-0')!.click();
    await el.updateComplete;
    const email = root.querySelector<HTMLInputElement>('#email')!;
    email.value = 'aino.example.fi';
    email.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
  },
};

export const NearLimit: Story = {
  name: 'Message near the limit',
  args: { maxLength: 300 },
  play: async ({ canvasElement }) => {
    const el = feedbackOf(canvasElement);
    await fill(el, { message: 'Odotin terveysasemalla pitkään. '.repeat(9) });
  },
};

export const Sending: Story = { args: { previewState: 'sending' } };
export const Retrying: Story = { name: 'Retrying after a server error', args: { previewState: 'retrying' } };
export const Offline: Story = { name: 'Offline: waits and keeps the text', args: { previewState: 'offline' } };
export const Failed: Story = {
  name: 'Failed: try again or copy',
  args: { endpoint: '/api/feedback/always-500/storybook' },
  play: async ({ canvasElement }) => {
    const el = feedbackOf(canvasElement);
    el.attempts = 1;
    el.minSeconds = 0;
    await fill(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => el.shadowRoot!.querySelector('.failure') || !hasServer);
  },
};

export const Sent: Story = {
  name: 'Sent: confirmation with reference and date',
  play: async ({ canvasElement }) => {
    const el = feedbackOf(canvasElement);
    el.minSeconds = 0;
    await fill(el, { reply: 'yes' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => el.shadowRoot!.querySelector('[data-confirmation]'));
  },
};

export const RestoredDraft: Story = {
  name: 'Restored draft after a reload',
  play: async ({ canvasElement }) => {
    await reopenWithDraft(feedbackOf(canvasElement), { kind: 'problem', topic: '', message: 'Puhelinjonossa odotin 40 minuuttia.', reply: 'no', email: '', phone: '', name: '' });
  },
};

export const Open311: Story = {
  name: 'Open311 adapter with services from the server',
  args: { adapter: 'open311', endpoint: '/api/open311/ok/storybook/' },
  play: async ({ canvasElement }) => {
    const el = feedbackOf(canvasElement);
    await until(() => el.shadowRoot!.querySelector('#topic') || !hasServer, 3000);
  },
};

export const LocationField: Story = {
  name: 'Place: fixed by the page, or asked (location="required")',
  render: (a, ctx) => html`<osa-feedback id=${`fb-${ctx.id.replace(/\W+/g, '-')}`} adapter=${hasServer ? 'open311' : 'event'}
      endpoint="/api/o311real/helsinki-proxy/storybook/" service-code="2807" location="required" min-length="10"
      service-object-id="tpr:12345" service-object-type="https://www.hel.fi/palvelukarttaws/rest/v4/unit/"
      phone=${a.phone} privacy-url=${a.privacyUrl} complaint-url=${a.complaintUrl} .now=${MONDAY}
      @osa-feedback-submit=${(e: HTMLElementEventMap['osa-feedback-submit']) => {
        if (e.detail.adapter === 'event') e.detail.respondWith(Promise.resolve({ reference: 'DEMO-123' }));
      }}></osa-feedback>`,
  play: async ({ canvasElement }) => {
    const el = feedbackOf(canvasElement);
    await fill(el, { message: 'Liian' });
    // "Send" with a message under min-length and no place: both are named in plain words.
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => el.shadowRoot!.querySelector('.error-summary'));
  },
};

export const ServiceDefinition: Story = {
  name: 'Open311 service definition: the service asks its own questions',
  render: (a, ctx) => html`<osa-feedback id=${`fb-${ctx.id.replace(/\W+/g, '-')}`} adapter=${hasServer ? 'open311' : 'event'}
      endpoint="/api/o311real/chicago/storybook/" service-code="4fd3b167e750846744000005" lat="41.8781" long="-87.6298" address-string="121 N LaSalle St"
      phone=${a.phone} privacy-url=${a.privacyUrl} complaint-url=${a.complaintUrl} .now=${MONDAY}></osa-feedback>`,
  play: async ({ canvasElement }) => {
    const el = feedbackOf(canvasElement);
    await until(() => el.shadowRoot!.querySelector('#attr-1') || !hasServer, 3000);
  },
};

export const EventAdapter: Story = {
  name: 'Event adapter: the page delivers',
  args: { adapter: 'event', endpoint: '' },
};

export const NoPromise: Story = { name: 'No promise (response-days="0")', args: { responseDays: 0 } };

export const CustomTexts: Story = {
  name: 'Texts changed without code',
  args: {
    texts: JSON.stringify({
      fi: { title: 'Kerro, miten kotihoito onnistui', intro: 'Palautteesi menee suoraan kotihoidon esihenkilölle.' },
      sv: { title: 'Berätta hur hemvården fungerade', intro: 'Din respons går direkt till hemvårdens chef.' },
      en: { title: 'Tell us how home care went', intro: 'Your feedback goes straight to the home care manager.' },
    }),
    hours: 'Ma–pe 8–16, Kallion terveysasema',
  },
};

export const ProgressiveEnhancement: Story = {
  name: 'Fallback content before JavaScript',
  render: () => html`<p>Without JavaScript, the content inside the tag is shown; once the component starts, it replaces it.</p>
    <osa-feedback phone="09 310 12345" .now=${MONDAY}>
      <form action="/api/feedback/ok/storybook" method="post"><a href="/palaute">Anna palautetta palautesivulla</a></form>
    </osa-feedback>${nothing}`,
};
