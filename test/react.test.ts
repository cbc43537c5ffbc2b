// osallisuus/react: the @lit/react wrappers rendered by real React (react-dom/client) in Chromium,
// and the VS Code custom data that `npm run build` writes next to them.
import { expect } from '@open-wc/testing';
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient from 'react-dom/client';
import {
  OsaFeedback, OsaPageFeedback, OsaPanelSignup, OsaParticipationLadder, OsaQuickRating, OsaYouSaidWeDid,
  type OsaFeedbackElement, type OsaFeedbackSentEvent, type OsaFeedbackSubmitEvent, type OsaParticipationLadderElement,
} from '../src/react/index.js';
import { OsaFeedback as FeedbackClass } from '../src/feedback/register.js';
import { OsaParticipationLadder as LadderClass } from '../src/participation-ladder/register.js';
import { waitFor } from './helpers/browser.js';
import { captureWarnings, getJson, pageContainer, settled } from './helpers/fixtures.js';

const h = React.createElement;
const page = pageContainer();
let host: HTMLElement;
let root: ReturnType<typeof ReactDOMClient.createRoot>;
let warnings: ReturnType<typeof captureWarnings>;

beforeEach(() => {
  host = document.createElement('div');
  page().append(host);
  root = ReactDOMClient.createRoot(host);
  // The wrappers set properties after React has put the tag in the page, so after
  // connectedCallback: the setup checks made there see the defaults and warn (e.g. feedback of no
  // phone, panel-signup of no endpoint). Those warnings are not these tests' subject.
  warnings = captureWarnings();
});
afterEach(() => {
  root.unmount();
  warnings.restore();
});

/** Renders synchronously, so the element and its properties are there when this returns. */
const show = (node: React.ReactNode) => ReactDOM.flushSync(() => root.render(node));

describe('osallisuus/react', () => {
  it('uses the React in the page (18 or 19) through react-dom/client', () => {
    expect(Number(React.version.split('.')[0])).to.be.at.least(18);
  });

  it('renders <osa-participation-ladder>: the tag upgrades and props reach its properties', async () => {
    const ref = React.createRef<OsaParticipationLadderElement>();
    const data = { canInfluence: ['Aukioloajat kesällä'], decided: ['Budjetti'] };
    show(h(OsaParticipationLadder, { ref, id: 'ladder', className: 'wide', model: 'spectrum', current: 'consult', activity: 'Kysely aukioloajoista', data }));
    const el = host.querySelector('osa-participation-ladder')!;
    expect(el, 'the tag is rendered').to.exist;
    expect(el).to.be.instanceOf(LadderClass);
    expect(ref.current, 'the ref is the element').to.equal(el);
    // `data` has no attribute: only a property set by the wrapper can get it there.
    expect(el.data).to.equal(data);
    expect(el.model).to.equal('spectrum');
    expect(el.current).to.equal('consult');
    expect(el.id, 'other props stay attributes').to.equal('ladder');
    expect(el.getAttribute('class')).to.equal('wide');
    await settled(host);
    expect(el.shadowRoot!.textContent, 'the data is shown').to.contain('Aukioloajat kesällä');
    expect(el.shadowRoot!.querySelector('[aria-current="step"]'), 'the current level is marked').to.exist;

    // A new prop value reaches the same element.
    show(h(OsaParticipationLadder, { ref, model: 'spectrum', current: 'involve', data }));
    expect(host.querySelector('osa-participation-ladder')).to.equal(el);
    expect(el.current).to.equal('involve');
  });

  it('calls onOsaFeedbackSubmit and onOsaFeedbackSent on the real events of a sent feedback', async () => {
    const submitted: OsaFeedbackSubmitEvent[] = [];
    const sent: OsaFeedbackSentEvent[] = [];
    const onOsaFeedbackSubmit = (e: OsaFeedbackSubmitEvent) => {
      submitted.push(e);
      e.detail.respondWith(Promise.resolve({ reference: 'REACT-1' }));
    };
    const onOsaFeedbackSent = (e: OsaFeedbackSentEvent) => sent.push(e);
    const ref = React.createRef<OsaFeedbackElement>();
    show(h('div', { lang: 'en' }, h(OsaFeedback, { ref, adapter: 'event', minSeconds: 0, responseDays: 0, phone: '09 310 12345', onOsaFeedbackSubmit, onOsaFeedbackSent })));
    const el = ref.current!;
    expect(el).to.be.instanceOf(FeedbackClass);
    expect(el.adapter).to.equal('event');
    expect(el.minSeconds).to.equal(0);
    await el.updateComplete;

    // Fill and send through the form's own controls.
    const $ = <T extends HTMLElement>(sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
    $('#kind-2').click();
    const message = $<HTMLTextAreaElement>('#message');
    message.value = 'Please add a bench at the bus stop.';
    message.dispatchEvent(new Event('input'));
    $('#reply-1').click();
    await el.updateComplete;
    $<HTMLButtonElement>('button[type=submit]').click();

    await waitFor(() => sent.length, 'onOsaFeedbackSent');
    expect(submitted).to.have.length(1);
    expect(submitted[0]!.detail.data.message).to.equal('Please add a bench at the bus stop.');
    expect(sent[0]!.detail.reference).to.equal('REACT-1');
    expect(sent[0]!.target).to.equal(el);
    await waitFor(() => el.shadowRoot!.querySelector('[data-confirmation]'), 'the confirmation');
  });

  it('swaps and removes event handlers when the props change', async () => {
    const calls: string[] = [];
    const ref = React.createRef<OsaFeedbackElement>();
    const fire = () => ref.current!.dispatchEvent(new CustomEvent('osa-feedback-error', { detail: { kind: 'network', message: 'x' } }));
    show(h(OsaFeedback, { ref, phone: '09 310 12345', onOsaFeedbackError: () => calls.push('first') }));
    fire();
    show(h(OsaFeedback, { ref, phone: '09 310 12345', onOsaFeedbackError: () => calls.push('second') }));
    fire();
    show(h(OsaFeedback, { ref, phone: '09 310 12345' }));
    fire();
    expect(calls).to.deep.equal(['first', 'second']);
  });

  it('renders every wrapper as its own upgraded tag', async () => {
    show(h(React.Fragment, null,
      h(OsaFeedback, { adapter: 'event', phone: '09 310 12345' }),
      h(OsaParticipationLadder, { model: 'spectrum', current: 'consult' }),
      h(OsaPanelSignup, { adapter: 'event', panelName: 'Vanhusneuvosto', privacyUrl: 'https://example.org/tietosuoja' }),
      h(OsaYouSaidWeDid, { items: [] }),
      h(OsaPageFeedback, { adapter: 'event', feedbackUrl: '/palaute' }),
      h(OsaQuickRating, { adapter: 'event', mode: 'kiosk', service: 'Hammashoito' })));
    await settled(host);
    for (const tag of ['osa-feedback', 'osa-participation-ladder', 'osa-panel-signup', 'osa-you-said-we-did', 'osa-page-feedback', 'osa-quick-rating'] as const) {
      const el = host.querySelector(tag);
      expect(el, tag).to.exist;
      expect(el, tag).to.be.instanceOf(customElements.get(tag)!);
    }
    expect(host.querySelector('osa-panel-signup')!.panelName).to.equal('Vanhusneuvosto');
    expect(host.querySelector('osa-you-said-we-did')!.items).to.deep.equal([]);
    expect(host.querySelector('osa-page-feedback')!.feedbackUrl).to.equal('/palaute');
    expect(host.querySelector('osa-quick-rating')!.getAttribute('mode'), 'mode reflects for the kiosk styles').to.equal('kiosk');
  });
});

describe('VS Code custom data (dist/vscode.html-custom-data.json)', () => {
  it('lists every tag with its attributes, enum values and a docs link', async () => {
    interface Attr { name: string; values?: { name: string }[]; valueSet?: string }
    interface Tag { name: string; description: { value: string }; attributes: Attr[]; references: { url: string }[] }
    const data = await getJson<{ version: number; tags: Tag[] }>('/dist/vscode.html-custom-data.json').catch((e: Error) => {
      throw new Error(`${e.message}: run \`npm run build\` (or \`npm run analyze\`) first`);
    });
    expect(data.version).to.equal(1.1);
    const tags = ['osa-feedback', 'osa-page-feedback', 'osa-panel-signup', 'osa-participation-ladder', 'osa-quick-rating', 'osa-you-said-we-did'];
    expect(data.tags.map((t) => t.name)).to.deep.equal(tags);
    for (const tag of data.tags) {
      expect(tag.description.value, tag.name).to.not.be.empty;
      expect(tag.references[0]!.url, tag.name).to.match(/^https:\/\//);
    }
    const attr = (tag: string, name: string) => data.tags.find((t) => t.name === tag)!.attributes.find((a) => a.name === name);
    expect(attr('osa-feedback', 'adapter')!.values!.map((v) => v.name)).to.deep.equal(['json', 'open311', 'event']);
    expect(attr('osa-panel-signup', 'meeting-mode')!.values!.map((v) => v.name), 'a type alias is resolved').to.deep.equal(['online', 'in-person', 'both']);
    expect(attr('osa-panel-signup', 'confirm-eligibility')!.valueSet, 'a boolean attribute').to.equal('v');
    expect(attr('osa-you-said-we-did', 'theme')!.values!.map((v) => v.name)).to.include('high-contrast');
    expect(data.tags.find((t) => t.name === 'osa-feedback')!.description.value).to.contain('osa-feedback-sent');
  });
});
