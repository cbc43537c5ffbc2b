// <osa-you-said-we-did>: what people said, what was done, and why not. The Open311 story reads the
// HTTP fixture in test/servers/you-said-we-did.mjs (served by the test runner and by `npm start`).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/you-said-we-did/register.js';
import type { ResultItem } from '../src/you-said-we-did/register.js';

/** A small board as a web team would write it: texts in three languages, every status once or more. */
const sample: ResultItem[] = [
  {
    id: 'parking',
    said: { fi: 'Terveysaseman invapaikat ovat kaukana ovesta.', sv: 'Hälsostationens invaplatser ligger långt från dörren.', en: 'The accessible parking spaces at the health centre are far from the door.' },
    did: { fi: 'Siirsimme kaksi invapaikkaa pääoven viereen ja lisäsimme opasteet.', sv: 'Vi flyttade två invaplatser intill huvudingången och satte upp skyltar.', en: 'We moved two accessible spaces next to the main door and added signs.' },
    status: 'done',
    count: 23,
    service: { fi: 'Terveysasema', sv: 'Hälsostation', en: 'Health centre' },
    topics: [{ fi: 'Saavutettavuus', sv: 'Tillgänglighet', en: 'Accessibility' }],
    dates: { received: '2026-01-12', done: '2026-03-02' },
  },
  {
    id: 'phone',
    said: { fi: 'Puhelimessa joutuu jonottamaan liian kauan, kun haluaa varata ajan.', sv: 'Man måste köa för länge i telefon för att boka tid.', en: 'You have to wait too long on the phone to book an appointment.' },
    did: { fi: 'Otimme käyttöön takaisinsoiton: jätä numerosi, niin hoitaja soittaa samana päivänä.', sv: 'Vi har infört återuppringning: lämna ditt nummer så ringer en sjukskötare upp samma dag.', en: 'We started a call-back service: leave your number and a nurse calls you the same day.' },
    status: 'in-progress',
    count: 41,
    service: { fi: 'Terveysasema', sv: 'Hälsostation', en: 'Health centre' },
    topics: [{ fi: 'Ajanvaraus', sv: 'Tidsbokning', en: 'Booking' }],
    dates: { received: '2026-02-03', updated: '2026-04-10' },
  },
  {
    id: 'visits',
    said: { fi: 'Kotihoidon käynnit tulevat joka päivä eri aikaan, joten päivää on vaikea suunnitella.', sv: 'Hemvårdens besök kommer vid olika tider varje dag, så det är svårt att planera dagen.', en: 'Home care visits come at a different time every day, so it is hard to plan the day.' },
    did: { fi: 'Jokainen asiakas saa kahden tunnin aikaikkunan. Kokeilemme sitä ensin kahdella alueella.', sv: 'Varje klient får ett tidsfönster på två timmar. Vi prövar det först i två områden.', en: 'Every client gets a two-hour time window. We are trying it in two areas first.' },
    status: 'planned',
    count: 12,
    service: { fi: 'Kotihoito', sv: 'Hemvård', en: 'Home care' },
    dates: { received: '2026-03-15', updated: '2026-04-20' },
  },
  {
    id: 'evenings',
    said: { fi: 'Hammashoitolan pitäisi olla auki myös iltaisin työssäkäyville.', sv: 'Tandkliniken borde vara öppen också på kvällarna för dem som arbetar.', en: 'The dental clinic should also be open in the evenings for people who work.' },
    status: 'not-possible',
    reason: {
      fi: 'Hammaslääkäreitä ei ole tänä vuonna tarpeeksi iltavastaanottoon. Olemme pyytäneet rahaa vuodelle 2027. Aamuaikoja voi varata jo kello 7.30 alkaen.',
      sv: 'Vi har inte tillräckligt många tandläkare för kvällsmottagning i år. Vi har bett om pengar för 2027. Du kan redan boka morgontider från klockan 7.30.',
      en: 'We do not have enough dentists for evening hours this year. We have asked for funding for 2027. You can already book early times from 7.30.',
    },
    count: 18,
    service: { fi: 'Suun terveydenhuolto', sv: 'Munhälsovård', en: 'Dental care' },
    dates: { received: '2026-01-20', updated: '2026-02-28' },
  },
  {
    id: 'letters',
    said: { fi: 'Asiakasmaksuista tulevia kirjeitä on vaikea ymmärtää.', sv: 'Breven om klientavgifter är svåra att förstå.', en: 'The letters about client fees are hard to understand.' },
    did: { fi: 'Kirjoitimme kirjeet uudelleen selkokielellä yhdessä kokemusasiantuntijoiden kanssa.', sv: 'Vi skrev om breven på lättläst språk tillsammans med erfarenhetsexperter.', en: 'We rewrote the letters in plain language together with experts by experience.' },
    status: 'done',
    count: 9,
    service: { fi: 'Sosiaalipalvelut', sv: 'Socialtjänster', en: 'Social services' },
    topics: [{ fi: 'Selkokieli', sv: 'Lättläst', en: 'Plain language' }],
    dates: { received: '2026-01-05', done: '2026-02-15' },
    link: 'https://www.example.fi/asiakasmaksut',
  },
  {
    id: 'lobby',
    said: { fi: 'Odotustilassa ei kuule, kun nimeä huudetaan.', sv: 'I väntrummet hör man inte när ens namn ropas upp.', en: 'In the waiting room you cannot hear your name being called.' },
    status: 'considering',
    count: 6,
    service: { fi: 'Terveysasema', sv: 'Hälsostation', en: 'Health centre' },
    topics: [{ fi: 'Saavutettavuus', sv: 'Tillgänglighet', en: 'Accessibility' }],
    dates: { received: '2026-04-02' },
  },
  {
    id: 'saturdays',
    said: { fi: 'Perhekeskuksen ryhmiä toivotaan myös lauantaisin.', sv: 'Vi önskar att familjecentret har grupper också på lördagar.', en: 'Family centre groups are wanted on Saturdays too.' },
    status: 'received',
    count: 3,
    service: { fi: 'Perhekeskus', sv: 'Familjecenter', en: 'Family centre' },
    dates: { received: '2026-05-04' },
  },
];

/** 10,000 items made up in the browser, deterministic: the board renders 20 at a time. */
function manyItems(n: number): ResultItem[] {
  const statuses = ['received', 'considering', 'planned', 'in-progress', 'done', 'not-possible'] as const;
  return Array.from({ length: n }, (_, i) => {
    const hash = Math.imul(i + 1, 2654435761) >>> 0;
    const base = sample[hash % sample.length];
    const status = statuses[(hash >>> 4) % statuses.length];
    const day = new Date(Date.UTC(2024, 0, 1) + ((hash >>> 8) % 900) * 86_400_000).toISOString().slice(0, 10);
    return {
      ...base,
      id: `item-${i + 1}`,
      status,
      did: status === 'done' || status === 'in-progress' || status === 'planned' ? base.did ?? sample[0].did : undefined,
      reason: status === 'not-possible' ? sample[3].reason : undefined,
      count: (hash >>> 16) % 97,
      dates: { received: day },
    };
  });
}
const many = manyItems(10_000);

interface Args {
  /** Address of a JSON file with the items; empty: the items are written into the page. */
  src: string;
  feedbackUrl: string;
  phone: string;
  pageSize: number;
  layout: 'board' | 'poster';
  posterItems: string;
}

const meta: Meta<Args> = {
  title: 'Components/You said, we did',
  component: 'osa-you-said-we-did',
  tags: ['autodocs'],
  args: { src: '', feedbackUrl: 'https://www.example.fi/palaute', phone: '', pageSize: 20, layout: 'board', posterItems: '' },
  argTypes: {
    src: { control: 'text', description: 'Address of a JSON file with the items, e.g. /api/ysd/results.json (the test fixture in `npm start`). Empty: the items are in the page.' },
    feedbackUrl: { control: 'text' },
    phone: { control: 'text' },
    pageSize: { control: { type: 'number', min: 1 } },
    layout: { control: 'inline-radio', options: ['board', 'poster'] },
    posterItems: { control: 'text' },
  },
  render: (args) => html`<osa-you-said-we-did src=${args.src || nothing} feedback-url=${args.feedbackUrl} phone=${args.phone || nothing} page-size=${args.pageSize}
      layout=${args.layout} poster-items=${args.posterItems}>
    ${args.src ? nothing : html`<script type="application/json">${JSON.stringify(sample)}</script>`}
  </osa-you-said-we-did>`,
  parameters: {
    docs: {
      description: {
        component: 'Shows residents what people said, what was done, and honest reasons when something is not possible. Data comes from a child `<script type="application/json">`, a `src` file or an Open311 server. Filters, search and sort are plain form controls kept in the URL hash; `layout="poster"` prints an A4 poster with a QR code. See docs/you-said-we-did.md for the data format and how to write a good answer.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Seven items written into the page as JSON: the easiest way for a CMS editor. */
export const Small: Story = {};

/** 10,000 items given as a property; the board shows 20 at a time. */
export const TenThousand: Story = {
  name: '10,000 items',
  render: (args) => html`<osa-you-said-we-did feedback-url=${args.feedbackUrl} page-size=${args.pageSize} .items=${many}></osa-you-said-we-did>`,
};

/** Nothing published yet. */
export const Empty: Story = {
  render: (args) => html`<osa-you-said-we-did feedback-url=${args.feedbackUrl}><script type="application/json">[]</script></osa-you-said-we-did>`,
};

/** The JSON in the page is broken: the reader gets a plain message, the console says what is wrong. */
export const MalformedJson: Story = {
  name: 'Error (malformed JSON)',
  render: (args) => html`<osa-you-said-we-did feedback-url=${args.feedbackUrl}><script type="application/json">[{"id": "a", "said": "no end"</script></osa-you-said-we-did>`,
};

/** An Open311 GeoReport v2 server (the HTTP fixture), asked with the reader's locale and extensions=true. */
export const Open311: Story = {
  render: (args) => html`<osa-you-said-we-did adapter="open311" endpoint="/api/ysd/open311/story/" feedback-url=${args.feedbackUrl} page-size=${args.pageSize}></osa-you-said-we-did>`,
};

/** The A4 poster for a waiting-room wall: three items, done and in-progress first, a QR code to the feedback page and a phone number. */
export const Poster: Story = {
  args: { layout: 'poster', posterItems: '3', phone: '09 310 12345' },
};
