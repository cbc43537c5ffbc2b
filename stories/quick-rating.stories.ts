// <osa-quick-rating>: inline on a page, and the waiting-room kiosk (large targets, starts over,
// ratings saved while offline). In `npm start` and in the tests the stories post to the HTTP
// fixture in test/servers/quick-rating.mjs; in the static Storybook build they use the event adapter.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/quick-rating/register.js';
import type { OsaQuickRating } from '../src/quick-rating/osa-quick-rating.js';
import { hasServer, until } from './helpers.js';

type Args = { endpoint: string; service: string; unit: string; mode: 'inline' | 'kiosk'; resetSeconds: number; texts: string; easy: boolean };

const elementOf = (canvas: HTMLElement) => canvas.querySelector('osa-quick-rating') as OsaQuickRating;

/** Chooses a rating the way a person would (and sends it when asked). */
async function rate(canvas: HTMLElement, choice: number, send = false) {
  const el = elementOf(canvas);
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLElement>(`#scale-${choice - 1}`)!.click();
  await el.updateComplete;
  if (!send) return;
  el.shadowRoot!.querySelector<HTMLElement>('button[type=submit]')!.click();
  await until(() => el.shadowRoot!.querySelector('[data-thanks]'));
}

const meta: Meta<Args> = {
  title: 'Components/Quick rating',
  component: 'osa-quick-rating',
  tags: ['autodocs'],
  args: { endpoint: '/api/quick-rating/ok/storybook', service: 'Hammashoito', unit: 'Kallion terveysasema', mode: 'inline', resetSeconds: 20, texts: '', easy: false },
  argTypes: { mode: { control: 'inline-radio', options: ['inline', 'kiosk'] } },
  render: (a, ctx) => html`<osa-quick-rating id=${`qr-${ctx.id.replace(/\W+/g, '-')}`} adapter=${hasServer ? 'json' : 'event'} endpoint=${a.endpoint}
      service=${a.service} unit=${a.unit} mode=${a.mode} reset-seconds=${a.resetSeconds} texts=${ifDefined(a.texts || undefined)} ?easy=${a.easy}
      @osa-quick-rating-submit=${(e: HTMLElementEventMap['osa-quick-rating-submit']) => {
        if (e.detail.adapter === 'event') e.detail.respondWith(new Promise((r) => setTimeout(r, 300)));
      }}></osa-quick-rating>`,
  parameters: {
    docs: {
      description: {
        component: `"How did we do today?" in five steps, each with words, an optional comment and no personal data.
\`mode="kiosk"\` is for a shared tablet in a waiting room: large touch targets, no draft, back to the start after the thanks and after \`reset-seconds\` without activity; ratings made offline wait on the tablet and are each sent exactly once.

\`\`\`html
<osa-quick-rating endpoint="/api/arviot" service="Hammashoito" unit="Kallion terveysasema" mode="kiosk"></osa-quick-rating>
\`\`\``,
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Inline: Story = { name: 'Inline: on a page or behind a QR code' };

export const Chosen: Story = { name: 'A choice made', play: ({ canvasElement }) => rate(canvasElement, 4) };

export const Errors: Story = {
  name: 'Send without a choice',
  play: async ({ canvasElement }) => {
    const el = elementOf(canvasElement);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('button[type=submit]')!.click();
    await until(() => el.shadowRoot!.querySelector('#scale-error'));
  },
};

export const Thanks: Story = { name: 'Thanks after sending', play: ({ canvasElement }) => rate(canvasElement, 5, true) };

export const Kiosk: Story = { name: 'Kiosk: a shared tablet', args: { mode: 'kiosk', resetSeconds: 600 } };

export const KioskChosen: Story = { name: 'Kiosk: a choice made', args: { mode: 'kiosk', resetSeconds: 600 }, play: ({ canvasElement }) => rate(canvasElement, 2) };

export const Easy: Story = { name: 'Easy language', args: { easy: true } };
