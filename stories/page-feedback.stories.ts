// <osa-page-feedback>: the question, after Yes, after No, answered earlier in this tab, and
// changed texts. In `npm start` and in the tests the stories post to the HTTP fixture in
// test/servers/page-feedback.mjs; in the static Storybook build (no server) they use the event adapter.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/page-feedback/register.js';
import type { OsaPageFeedback } from '../src/page-feedback/osa-page-feedback.js';
import { hasServer, until } from './helpers.js';

type Args = { endpoint: string; feedbackUrl: string; maxLength: number; texts: string; easy: boolean };

const idOf = (storyId: string) => `pf-${storyId.replace(/\W+/g, '-')}`;
const keyOf = (storyId: string) => `osallisuus:osa-page-feedback:${location.pathname}:${idOf(storyId)}`;
const elementOf = (canvas: HTMLElement) => canvas.querySelector('osa-page-feedback') as OsaPageFeedback;

/** Presses Yes or No the way a person would, then waits for the thanks. */
async function answer(canvas: HTMLElement, which: 'yes' | 'no') {
  const el = elementOf(canvas);
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLElement>(`#${which}`)?.click();
  await until(() => el.shadowRoot!.querySelector('[data-thanks]'));
  await el.updateComplete;
}

const meta: Meta<Args> = {
  title: 'Components/Page feedback',
  component: 'osa-page-feedback',
  tags: ['autodocs'],
  args: { endpoint: '/api/page-feedback/ok/storybook', feedbackUrl: '/palaute', maxLength: 500, texts: '', easy: false },
  // Each story starts unanswered (one answer per page per tab is kept in sessionStorage).
  render: (a, ctx) => {
    sessionStorage.removeItem(keyOf(ctx.id));
    return html`<osa-page-feedback id=${idOf(ctx.id)} adapter=${hasServer ? 'json' : 'event'} endpoint=${a.endpoint}
      feedback-url=${a.feedbackUrl} max-length=${a.maxLength} texts=${ifDefined(a.texts || undefined)} ?easy=${a.easy}
      @osa-page-feedback-submit=${(e: HTMLElementEventMap['osa-page-feedback-submit']) => {
        if (e.detail.adapter === 'event') e.detail.respondWith(new Promise((r) => setTimeout(r, 300)));
      }}>
      <a href="/palaute">Anna palautetta tästä sivusta</a>
    </osa-page-feedback>`;
  },
  parameters: {
    docs: {
      description: {
        component: `"Was this page useful?" under a page: one press records the answer; a short comment may follow. The channel is anonymous and gets no reply, so a "No" points to your full feedback form.

\`\`\`html
<osa-page-feedback endpoint="/api/sivupalaute" feedback-url="/palaute">
  <a href="/palaute">Anna palautetta tästä sivusta</a> <!-- shown if JavaScript does not run -->
</osa-page-feedback>
\`\`\``,
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Question: Story = { name: 'The question' };

export const AfterYes: Story = { name: 'After Yes: thanks and an optional comment', play: ({ canvasElement }) => answer(canvasElement, 'yes') };

export const AfterNo: Story = { name: 'After No: what was missing, no reply, the feedback form', play: ({ canvasElement }) => answer(canvasElement, 'no') };

export const Already: Story = {
  name: 'Answered earlier in this tab',
  render: (a, ctx) => {
    const template = meta.render!(a, ctx);
    sessionStorage.setItem(keyOf(ctx.id), JSON.stringify({ useful: true, answerId: 'storybook-answer' }));
    return template;
  },
};

export const Easy: Story = { name: 'Easy language', args: { easy: true }, play: ({ canvasElement }) => answer(canvasElement, 'no') };

export const CustomTexts: Story = {
  name: 'Texts changed without code',
  args: {
    texts: JSON.stringify({
      fi: { question: 'Löysitkö etsimäsi tiedon?' },
      sv: { question: 'Hittade du det du sökte?' },
      en: { question: 'Did you find what you were looking for?' },
    }),
  },
};
