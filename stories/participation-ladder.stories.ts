// <osa-participation-ladder>: the three built-in models with and without a current level, the
// one-line compact version, your own levels from inline JSON, broken JSON, and long texts.
// The activity texts follow the story's language (the toolbar, or the test loop's fi/sv/en).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/participation-ladder/register.js';
import type { LadderData } from '../src/participation-ladder/data.js';

type Lang = 'fi' | 'sv' | 'en';
type ByLang = Record<Lang, string>;
type Args = {
  model: 'roles' | 'spectrum' | 'arnstein';
  current: string;
  activity?: ByLang;
  variant: 'full' | 'compact';
  contactUrl: string;
  contactText: string;
  headingLevel: number;
  /** The child <script type="application/json">: an object, or raw text (to show broken JSON). */
  json?: LadderData | string;
  /** Lists put in the slots, one list per language. */
  slotted?: { canInfluence: Record<Lang, string[]>; decided: Record<Lang, string[]> };
};

/** A `<script type="application/json">` child (Lit cannot bind inside a script element, so it is made here). */
function jsonScript(json: LadderData | string) {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof json === 'string' ? json : JSON.stringify(json, null, 2);
  return script;
}

const ladderOf = (canvas: HTMLElement) => canvas.querySelector('osa-participation-ladder')!;

/** Opens the compact explanation the way a person would: by clicking its button (plain DOM). */
async function openCompact({ canvasElement }: { canvasElement: HTMLElement }) {
  const el = ladderOf(canvasElement);
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('.compact button')!.click();
  await el.updateComplete;
}

/** Opens every level (plain DOM clicks). */
async function openAll({ canvasElement }: { canvasElement: HTMLElement }) {
  const el = ladderOf(canvasElement);
  await el.updateComplete;
  el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.level__button[aria-expanded="false"]').forEach((b) => b.click());
  await el.updateComplete;
}

/** A health-centre survey: what the answers can change and what they cannot. */
const surveyLists: LadderData = {
  canInfluence: {
    fi: ['Mihin aikaan terveysasemat ovat auki iltaisin', 'Mikä terveysasema on auki lauantaisin', 'Miten aukioloajoista kerrotaan'],
    sv: ['Hur länge hälsostationerna är öppna på kvällarna', 'Vilken hälsostation är öppen på lördagar', 'Hur vi informerar om öppettiderna'],
    en: ['How late health centres are open in the evening', 'Which health centre is open on Saturdays', 'How we tell people about opening hours'],
  },
  decided: {
    fi: ['Kaikki nykyiset terveysasemat jatkavat', 'Henkilöstön määrä pysyy vuoden 2027 budjetin mukaisena', 'Kiireellistä hoitoa saat aina yhteispäivystyksestä'],
    sv: ['Alla nuvarande hälsostationer fortsätter', 'Personalen är lika stor som i budgeten för 2027', 'Brådskande vård får du alltid på samjouren'],
    en: ['All current health centres stay open', 'Staff numbers follow the 2027 budget', 'Urgent care is always at the joint emergency clinic'],
  },
};

const survey: ByLang = {
  fi: 'Kysely terveysasemien aukioloajoista',
  sv: 'Enkät om hälsostationernas öppettider',
  en: 'Survey on health-centre opening hours',
};

/** Your own levels: a wellbeing county's three ways of taking part, in three languages. */
const customLevels: LadderData = {
  title: { fi: 'Näin voit osallistua hyvinvointialueella', sv: 'Så kan du delta i välfärdsområdet', en: 'How you can take part in the wellbeing county' },
  intro: { fi: 'Kolme tapaa, alkaen kevyimmästä.', sv: 'Tre sätt, från det lättaste.', en: 'Three ways, starting with the lightest.' },
  levels: [
    {
      key: 'feedback',
      title: { fi: 'Anna palautetta', sv: 'Ge respons', en: 'Give feedback' },
      description: { fi: 'Kerro kokemuksesi milloin tahansa verkossa, puhelimessa tai paperilla.', sv: 'Berätta om din erfarenhet när som helst, på webben, per telefon eller på papper.', en: 'Tell us about your experience at any time, online, by phone or on paper.' },
      promise: { fi: 'Vastaamme viidessä arkipäivässä, jos haluat vastauksen.', sv: 'Vi svarar inom fem vardagar om du vill ha svar.', en: 'We reply within five working days if you want a reply.' },
    },
    {
      key: 'panel',
      title: { fi: 'Tule asiakasraatiin', sv: 'Gå med i kundrådet', en: 'Join the customer panel' },
      description: { fi: 'Raati kokoontuu neljä kertaa vuodessa ja kommentoi suunnitelmia ennen päätöksiä.', sv: 'Kundrådet träffas fyra gånger om året och kommenterar planer innan de beslutas.', en: 'The panel meets four times a year and comments on plans before they are decided.' },
      promise: { fi: 'Raati saa kirjallisen vastauksen jokaiseen lausuntoonsa.', sv: 'Kundrådet får ett skriftligt svar på varje utlåtande.', en: 'The panel gets a written answer to each of its statements.' },
      examples: { fi: ['Uuden sote-keskuksen tilat', 'Kotihoidon asiakasohje'], sv: ['Lokalerna i det nya social- och hälsocentret', 'Kundanvisningen för hemvården'], en: ['The rooms of the new health and social care centre', 'The customer guide for home care'] },
    },
    {
      key: 'co-design',
      title: { fi: 'Suunnittele kanssamme', sv: 'Planera med oss', en: 'Plan with us' },
      description: { fi: 'Kokemusasiantuntijat ja henkilöstö suunnittelevat palvelun yhdessä alusta loppuun.', sv: 'Erfarenhetsexperter och personal planerar tjänsten tillsammans från början till slut.', en: 'Experience experts and staff plan the service together from start to finish.' },
    },
  ],
  canInfluence: {
    fi: ['Mitä asiakasohjeessa kerrotaan ja millä sanoilla'],
    sv: ['Vad kundanvisningen säger och med vilka ord'],
    en: ['What the customer guide says and in which words'],
  },
  decided: {
    fi: ['Kotihoidon asiakasmaksut, koska laki määrää ne'],
    sv: ['Avgifterna för hemvården, eftersom lagen bestämmer dem'],
    en: ['Home care fees, because the law sets them'],
  },
};

const meta: Meta<Args> = {
  title: 'Components/Participation ladder',
  component: 'osa-participation-ladder',
  tags: ['autodocs'],
  args: { model: 'roles', current: '', variant: 'full', contactUrl: '', contactText: '', headingLevel: 2 },
  argTypes: {
    model: { control: 'inline-radio', options: ['roles', 'spectrum', 'arnstein'] },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    current: { control: 'text', description: 'Level key, e.g. consult (spectrum), lived-experience (roles), consultation (arnstein)' },
    contactUrl: { control: 'text' },
    contactText: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 5 } },
    activity: { control: 'object' },
    json: { control: 'object' },
    slotted: { control: false },
  },
  render: (args, { globals }) => {
    const lang = (['fi', 'sv', 'en'].includes(globals.locale) ? globals.locale : 'fi') as Lang;
    return html`<osa-participation-ladder model=${args.model} current=${args.current || nothing} variant=${args.variant}
      activity=${ifDefined(args.activity?.[lang])} contact-url=${args.contactUrl || nothing} contact-text=${args.contactText || nothing}
      heading-level=${args.headingLevel}>${args.json !== undefined ? jsonScript(args.json) : nothing}${args.slotted
        ? html`<ul slot="can-influence">${args.slotted.canInfluence[lang].map((item) => html`<li>${item}</li>`)}</ul>
          <ul slot="decided">${args.slotted.decided[lang].map((item) => html`<li>${item}</li>`)}</ul>`
        : nothing}</osa-participation-ladder>`;
  },
  parameters: {
    docs: {
      description: {
        component: 'Explains levels of participation in plain words. Next to a survey, panel or workshop it says where that activity sits, what we promise at that level, what people can influence and what is already decided. Three built-in models (customer roles after THL 2022, a five-level spectrum based on IAP2, Arnstein’s ladder) or your own levels from inline JSON. See docs/participation-ladder.md.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The default model: THL's six customer roles, no activity. */
export const Roles: Story = { name: 'Customer roles (default)' };

/** A customer panel at level 4 of the roles. */
export const RolesWithCurrent: Story = {
  name: 'Customer roles, with this activity',
  args: {
    current: 'lived-experience',
    activity: { fi: 'Kotihoidon asiakasraati', sv: 'Kundrådet för hemvården', en: 'Home care customer panel' },
    contactUrl: 'mailto:osallisuus@example.fi',
    json: {
      canInfluence: {
        fi: ['Mitä kotihoidon käynneillä tehdään ensin', 'Miten muutoksista kerrotaan asiakkaille'],
        sv: ['Vad som görs först vid hemvårdsbesöken', 'Hur kunderna får veta om ändringar'],
        en: ['What is done first on home care visits', 'How customers are told about changes'],
      },
      decided: {
        fi: ['Käyntien määrä perustuu hoito- ja palvelusuunnitelmaan'],
        sv: ['Antalet besök bygger på vård- och serviceplanen'],
        en: ['The number of visits follows each care and service plan'],
      },
    },
  },
};

export const Spectrum: Story = { name: 'Spectrum (IAP2)', args: { model: 'spectrum' } };

/** The case the component is made for: a survey, its level, and an honest frame. */
export const SpectrumConsult: Story = {
  name: 'Spectrum, survey at “consult”',
  args: { model: 'spectrum', current: 'consult', activity: survey, contactUrl: '/palaute', json: surveyLists },
};

/** The two lists from slots instead of JSON (a CMS editor writes ordinary lists). */
export const SlottedLists: Story = {
  name: 'Lists from slots',
  args: {
    model: 'spectrum',
    current: 'involve',
    activity: { fi: 'Perhekeskuksen suunnittelutyöpajat', sv: 'Planeringsworkshoppar för familjecentret', en: 'Family centre planning workshops' },
    contactUrl: 'tel:+358401234567',
    contactText: 'Soita meille: 040 123 4567',
    slotted: {
      canInfluence: {
        fi: ['Odotustilan kalusteet ja värit', 'Ajanvarauksen tavat'],
        sv: ['Väntrummets möbler och färger', 'Hur man bokar tid'],
        en: ['The waiting room furniture and colours', 'How to book an appointment'],
      },
      decided: {
        fi: ['Perhekeskus avataan Keskuskadulle syksyllä 2027'],
        sv: ['Familjecentret öppnar på Centralgatan hösten 2027'],
        en: ['The family centre opens on Central Street in autumn 2027'],
      },
    },
  },
};

export const Arnstein: Story = { name: 'Arnstein’s ladder', args: { model: 'arnstein' } };

export const ArnsteinWithCurrent: Story = {
  name: 'Arnstein’s ladder, with this activity',
  args: { model: 'arnstein', current: 'consultation', activity: survey, json: surveyLists },
};

/** One line beside a survey. */
export const Compact: Story = {
  name: 'Compact',
  args: { model: 'spectrum', current: 'consult', variant: 'compact', activity: survey, contactUrl: '/palaute', json: surveyLists },
};

/** The same line, opened by clicking “What does this mean?”. */
export const CompactOpened: Story = {
  name: 'Compact, opened',
  args: Compact.args,
  play: openCompact,
};

/** Compact without a current level: only the question button. */
export const CompactWithoutLevel: Story = {
  name: 'Compact, no level',
  args: { model: 'spectrum', variant: 'compact' },
};

/** Your own levels from inline JSON, with a current level. */
export const CustomLevels: Story = {
  name: 'Your own levels (inline JSON)',
  args: { current: 'panel', activity: { fi: 'Asiakasraati', sv: 'Kundrådet', en: 'Customer panel' }, json: customLevels },
  play: openAll,
};

/** A typing error in the JSON: a warning in the console, a short note on the page, the built-in model. */
export const InvalidJson: Story = {
  name: 'Broken inline JSON',
  args: { model: 'spectrum', current: 'consult', json: '{ "canInfluence": ["Opening hours", ] }' },
};

/** Long names, long Finnish compounds, long lists, every level open. */
export const LongTexts: Story = {
  name: 'Long texts (Finnish data)',
  args: {
    current: 'step-2',
    activity: {
      fi: 'Sosiaali- ja terveyspalvelujen asiakasmaksupolitiikan uudistamiseen liittyvä asukaskysely ja sen jälkeiset keskustelutilaisuudet',
      sv: 'Invånarenkäten om reformen av avgiftspolitiken inom social- och hälsovården och diskussionsmötena efter den',
      en: 'Residents’ survey on the reform of client fees in social and health services, and the discussion events that follow it',
    },
    contactUrl: '/osallisuus/yhteystiedot',
    contactText: 'Jos sinulla on kysyttävää osallistumisesta, asiakasmaksuista tai tästä kyselystä, ota yhteyttä asukasosallisuuden yhteyshenkilöön',
    json: {
      title: 'Terveydenhuollonpalvelujärjestelmäuudistuksen osallistumismahdollisuudet',
      levels: [
        { key: 'step-1', title: 'Asiakastyytyväisyyskyselyvastaustenhyödyntäminen', description: 'Vastaukset luetaan ja niistä tehdään yhteenveto, joka julkaistaan verkkosivuilla kaikkien luettavaksi kuukauden kuluessa kyselyn päättymisestä.', examples: ['Hyvinvointialuevaltuuston sosiaali- ja terveyslautakunnan käsittelyyn menevä yhteenveto'] },
        { key: 'step-2', title: 'Keskustelutilaisuudet kirjastoissa, asukastaloissa ja verkossa', description: 'Keskustelemme tuloksista asukkaiden kanssa ennen päätösesitystä.', promise: 'Kirjaamme jokaisen tilaisuuden muistiinpanot ja liitämme ne päätösesityksen liitteeksi, jotta päättäjät näkevät, mitä asukkaat sanoivat.' },
        { key: 'step-3', title: 'Päätös', description: 'Aluehallitus päättää asiakasmaksuista lain rajoissa.' },
      ],
      canInfluence: [
        'Miten maksukatosta ja maksujen alentamisesta kerrotaan asukkaille selkokielellä, ruotsiksi ja englanniksi',
        'https://www.example.fi/hyvinvointialue/sosiaali-ja-terveyspalvelut/asiakasmaksut/maksujen-alentaminen-ja-perimatta-jattaminen',
      ],
      decided: ['Asiakasmaksujen enimmäismäärät, koska asiakasmaksulaki (734/1992) ja valtioneuvoston asetus määräävät ne'],
    },
  },
  play: openAll,
};
