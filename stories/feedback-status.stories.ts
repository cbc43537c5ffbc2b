// <osa-feedback-status>: every state a person can meet when they follow their feedback. The stories
// answer lookups on the page (the `event` adapter) from the examples below, so they look the same in
// the static Storybook; the Open311 story reads the HTTP fixture in test/servers/feedback-status.mjs
// when a server runs (`npm start`, the tests).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/feedback-status/register.js';
import type { FeedbackStatusData } from '../src/feedback-status/register.js';
import type { OsaFeedbackStatus } from '../src/feedback-status/osa-feedback-status.js';
import { SubmitError } from '../src/core/submit-error.js';
import { MONDAY, hasServer } from './helpers.js';

const reply = {
  fi: 'Kiitos palautteesta. Kotihoidon käyntiajat sovitaan nyt kahden tunnin aikaikkunaan. Soitamme sinulle vielä tällä viikolla.',
  sv: 'Tack för din respons. Hemvårdens besök sker nu inom ett tidsfönster på två timmar. Vi ringer dig ännu den här veckan.',
  en: 'Thank you for your feedback. Home care visits now come within a two-hour window. We will call you this week.',
};
/** What the service answers for each example number (docs/feedback-status.schema.json). */
const examples: Record<string, FeedbackStatusData> = {
  'PAL-2026101': { reference: 'PAL-2026101', status: 'received', received: '2026-11-20T14:05:00+02:00' },
  'PAL-2026102': {
    reference: 'PAL-2026102', status: 'in-progress', received: '2026-11-18T10:00:00+02:00', updated: '2026-11-19T12:30:00+02:00', expected: '2026-11-27',
    notes: { fi: 'Selvitämme asiaa kotihoidon esihenkilön kanssa.', sv: 'Vi utreder saken med hemvårdens förman.', en: 'We are looking into this with the home care manager.' },
  },
  'PAL-2026103': { reference: 'PAL-2026103', status: 'answered', received: '2026-11-16T09:00:00+02:00', updated: '2026-11-19T15:00:00+02:00', notes: reply, resultsId: 'r3' },
  'PAL-2026104': { reference: 'PAL-2026104', status: 'answered', received: '2026-11-02T09:00:00+02:00', updated: '2026-11-13T11:00:00+02:00', notes: reply },
  'PAL-2026105': { reference: 'PAL-2026105', status: 'closed', received: '2026-11-09T08:00:00+02:00', updated: '2026-11-10T08:00:00+02:00' },
  'PAL-2026106': { reference: 'PAL-2026106', status: 'received', received: '2026-11-02T16:00:00+02:00' },
};

type Args = {
  adapter: 'json' | 'open311' | 'event';
  endpoint: string;
  reference: string;
  /** The day the feedback was sent, as the form's link gives it (`&sent=`). */
  sent?: string;
  responseDays: number;
  resultsUrl: string;
  phone: string;
  address: string;
  previewState?: OsaFeedbackStatus['previewState'];
};

/** The page's answer to a lookup (the `event` adapter): an example, "not found" (null), or a server fault for SERVER-ERROR. */
function answer(e: HTMLElementEventMap['osa-feedback-status-lookup']) {
  const ref = e.detail.reference;
  if (e.detail.adapter !== 'event') return;
  e.detail.respondWith(ref === 'SERVER-ERROR' ? Promise.reject(new SubmitError('server', 500)) : Promise.resolve(examples[ref] ?? null));
}

/** Waits until the lookup has shown its answer (or failure), so the picture and axe see the final state. */
async function shown(canvas: HTMLElement) {
  const el = canvas.querySelector('osa-feedback-status') as OsaFeedbackStatus;
  const start = Date.now();
  while (!el.shadowRoot?.querySelector('[part=result], [part=not-found], [part=failure]') && Date.now() - start < 5000) await new Promise((r) => setTimeout(r, 25));
}

const meta: Meta<Args> = {
  title: 'Components/Feedback status',
  component: 'osa-feedback-status',
  tags: ['autodocs'],
  args: {
    adapter: 'event',
    endpoint: '',
    reference: '',
    responseDays: 5,
    resultsUrl: '/sanoitte-teimme',
    phone: '09 310 12345',
    address: 'Palautepalvelu | PL 1000 | 00099 Helsingin kaupunki',
  },
  argTypes: {
    adapter: { control: 'inline-radio', options: ['json', 'open311', 'event'] },
    previewState: { control: 'select', options: [undefined, 'sending', 'retrying', 'offline', 'failed'] },
  },
  render: (a) => html`<osa-feedback-status adapter=${a.adapter} endpoint=${ifDefined(a.endpoint || undefined)} response-days=${a.responseDays}
      results-url=${a.resultsUrl} phone=${a.phone} address=${a.address} .reference=${a.reference} .sent=${a.sent ?? ''} .now=${MONDAY} .previewState=${a.previewState}
      @osa-feedback-status-lookup=${answer}></osa-feedback-status>`,
  parameters: {
    docs: {
      description: {
        component: `Follow your own feedback: a person writes the reference number from the feedback confirmation and sees where it is, the service's public reply, the dates, and whether the promise to answer by a date was kept — honestly, both ways.
Put \`status-url\` on \`<osa-feedback>\` and the confirmation links here with the number in the address (\`#reference=…\`), which is looked up at once.

\`\`\`html
<script type="module" src="/osallisuus/0.1.0/osa-feedback-status.js"></script>
<osa-feedback-status adapter="open311" endpoint="https://asiointi.example.fi/palautews/rest/v1/" response-days="5"
  results-url="/sanoitte-teimme" phone="09 310 12345"></osa-feedback-status>
\`\`\``,
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = { name: 'Empty: the number field' };

export const LookingUp: Story = { name: 'Looking up', args: { previewState: 'sending' } };

export const Retrying: Story = { name: 'Retrying after a server error', args: { previewState: 'retrying' } };

export const Offline: Story = { name: 'Offline: waits for the connection', args: { previewState: 'offline' } };

export const Received: Story = { name: 'Received (promise not yet due)', args: { reference: 'PAL-2026101' }, play: ({ canvasElement }) => shown(canvasElement) };

export const InProgress: Story = { name: 'Being handled, with notes and an expected date', args: { reference: 'PAL-2026102' }, play: ({ canvasElement }) => shown(canvasElement) };

export const AnsweredOnTime: Story = { name: 'Answered: promise kept, link to the board', args: { reference: 'PAL-2026103' }, play: ({ canvasElement }) => shown(canvasElement) };

export const AnsweredLate: Story = { name: 'Answered late: promise not kept', args: { reference: 'PAL-2026104' }, play: ({ canvasElement }) => shown(canvasElement) };

export const Overdue: Story = { name: 'Not answered and past the promised date', args: { reference: 'PAL-2026106' }, play: ({ canvasElement }) => shown(canvasElement) };

export const Closed: Story = { name: 'Closed without a reply', args: { reference: 'PAL-2026105' }, play: ({ canvasElement }) => shown(canvasElement) };

export const NotFound: Story = { name: 'Not found: check the number, or contact us', args: { reference: 'PAL-0000000' }, play: ({ canvasElement }) => shown(canvasElement) };

export const NotShownYet: Story = {
  name: 'Sent, but not shown yet (the link from the form; the service checks new feedback first)',
  args: { reference: 'PAL-2026107', sent: '2026-11-20' },
  play: ({ canvasElement }) => shown(canvasElement),
};

export const ServerError: Story = { name: 'Server error, with "Try again"', args: { reference: 'SERVER-ERROR' }, play: ({ canvasElement }) => shown(canvasElement) };

export const InvalidNumber: Story = {
  name: 'A number that cannot be right (checked before any request)',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('osa-feedback-status') as OsaFeedbackStatus;
    await el.updateComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#reference')!;
    input.value = '2026/00012';
    input.dispatchEvent(new Event('input'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await el.updateComplete;
  },
};

/** An Open311 GeoReport v2 server (the HTTP fixture) when one runs; else the same answer from the page. */
export const Open311: Story = {
  args: hasServer
    ? { adapter: 'open311', endpoint: '/api/fbs/ok/storybook/open311/', reference: '2026-00103' }
    : { reference: 'PAL-2026103' },
  play: ({ canvasElement }) => shown(canvasElement),
};
