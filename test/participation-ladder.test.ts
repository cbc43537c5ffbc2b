// <osa-participation-ladder> in real Chromium: the models in three languages, keyboard, the
// accessibility tree, the summary and its lists, compact, inline JSON (good and broken), the
// language followed live, 320 px, forced colours, print and text overrides.
import { expect } from '@open-wc/testing';
import '../src/participation-ladder/register.js';
import type { OsaParticipationLadder } from '../src/participation-ladder/osa-participation-ladder.js';
import { expectAccessible } from './helpers/axe.js';
import { captureWarnings } from './helpers/fixtures.js';
import {
  accessibilityTree, emulatePrint, deepActiveElement, emulateColourMode, findAll, findNode, narrow, press, resetMedia, tabTo, waitFor, wide, type AXNode,
} from './helpers/browser.js';
import { needs } from './helpers/engine.js';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('main');
  document.body.append(container);
});
afterEach(async () => {
  container.remove();
  await resetMedia();
  await wide();
});

/** Puts the element in a page of the given language, as a CMS would (attributes and children as HTML). */
async function mount(attrs = '', lang = 'en', children = ''): Promise<OsaParticipationLadder> {
  container.lang = lang;
  container.innerHTML = `<osa-participation-ladder ${attrs}>${children}</osa-participation-ladder>`;
  const el = container.querySelector('osa-participation-ladder')!;
  await el.updateComplete;
  return el;
}
const json = (data: unknown) => `<script type="application/json">${typeof data === 'string' ? data : JSON.stringify(data)}</script>`;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
/** What a sighted reader sees: the visible text, whitespace folded. */
const seen = (node: Element) => (node as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
/** Level titles in level order, lowest first (the page draws the highest on top, so the DOM order is reversed). */
const titles = (el: Element) => $$(el, '.level__title').map((t) => t.textContent).reverse();
/** The list items in level order, lowest first. */
const levelItems = (el: Element) => $$(el, 'ol.ladder > li').reverse();


const MODELS = {
  roles: { count: 6, key: 'lived-experience', n: 4, fi: 'Kokemuksesi otetaan käyttöön', sv: 'Din erfarenhet tas till vara', en: 'Your experience is put to use' },
  spectrum: { count: 5, key: 'consult', n: 2, fi: 'Kuuleminen', sv: 'Samråd', en: 'Consult' },
  arnstein: { count: 8, key: 'placation', n: 5, fi: 'Lepyttely', sv: 'Blidkande', en: 'Placation' },
} as const;
const LEVEL_OF = { fi: (n: number, t: number) => `Taso ${n} (yhteensä ${t} tasoa)`, sv: (n: number, t: number) => `Nivå ${n} av ${t}`, en: (n: number, t: number) => `Level ${n} of ${t}` };
const HERE = { fi: 'Tämä toiminta on tällä tasolla', sv: 'Verksamheten är på den här nivån', en: 'This activity is here' };

describe('osa-participation-ladder: drawn as a ladder, highest level on top', () => {
  /** The level numbers as drawn from the top of the screen, and in the order of the DOM (what a screen reader reads). */
  const order = (el: Element) => {
    const items = $$(el, 'ol.ladder > li');
    const number = (li: Element) => Number(li.querySelector('.badge')!.textContent);
    const visual = [...items].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).map(number);
    const spoken = items.map((li) => /\d+/.exec(li.querySelector('.level__text .visually-hidden')!.textContent!)![0]).map(Number);
    return { visual, dom: items.map(number), spoken };
  };

  for (const [model, m] of Object.entries(MODELS)) {
    for (const variant of ['full', 'compact']) {
      it(`${model}, ${variant}: the highest level is on top and first in the reading order`, async () => {
        const el = await mount(`model="${model}" current="${m.key}" variant="${variant}"`, 'fi');
        if (variant === 'compact') {
          $<HTMLButtonElement>(el, '.compact button').click();
          await el.updateComplete;
        }
        const down = Array.from({ length: m.count }, (_, i) => m.count - i);
        const { visual, dom, spoken } = order(el);
        expect(visual, 'as drawn, top to bottom').to.deep.equal(down);
        expect(dom, 'in the DOM').to.deep.equal(down);
        expect(spoken, 'the hidden "Taso n" of each level').to.deep.equal(down);
        expect($(el, 'ol.ladder').hasAttribute('reversed'), 'the list counts down').to.be.true;
        // The current level keeps its number, key and mark.
        expect($(el, 'li[aria-current="step"] .badge').textContent).to.equal(String(m.n));
      });
    }
  }

  it('your own levels, given lowest first, are drawn the same way', async () => {
    const levels = [{ key: 'a', title: 'Alin' }, { key: 'b', title: 'Keski' }, { key: 'c', title: 'Ylin' }];
    const el = await mount('', 'fi', json({ levels }));
    expect(order(el).visual).to.deep.equal([3, 2, 1]);
    expect($$(el, '.level__title').map((t) => t.textContent)).to.deep.equal(['Ylin', 'Keski', 'Alin']);
  });

  it('at 320 px the highest level is still on top', async () => {
    await narrow();
    const el = await mount('model="arnstein"', 'sv');
    expect(order(el).visual).to.deep.equal([8, 7, 6, 5, 4, 3, 2, 1]);
  });
});

describe('osa-participation-ladder: the models in each language', () => {
  for (const [model, m] of Object.entries(MODELS)) {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      it(`${model} in ${lang}: ${m.count} levels in an ordered list, "${m[lang]}" at level ${m.n}, positions in words`, async () => {
        const el = await mount(`model="${model}"`, lang);
        const items = levelItems(el);
        expect(items).to.have.length(m.count);
        expect(titles(el)[m.n - 1]).to.equal(m[lang]);
        const position = items[m.n - 1].querySelector('.level__text .visually-hidden')!.textContent!;
        expect(position.startsWith(LEVEL_OF[lang](m.n, m.count)), position).to.be.true;
        expect($(el, 'div').lang).to.equal(lang);
        // Every level has a description behind its button, and no text is left empty.
        for (const panel of $$(el, '.panel')) expect(panel.textContent!.trim().length).to.be.greaterThan(20);
      });
    }
  }

  it('Arnstein: the three groups are named where each starts, and each rung names its group for screen readers', async () => {
    const el = await mount('model="arnstein"', 'en');
    // Top down, as drawn: each group's name above its highest rung.
    expect($$(el, '.group').map((g) => g.textContent)).to.deep.equal(['Citizen power', 'Tokenism', 'Non-participation']);
    expect(levelItems(el)[4].querySelector('.group')?.textContent).to.equal('Tokenism');
    expect(levelItems(el)[7].querySelector('.group')?.textContent).to.equal('Citizen power');
    expect(levelItems(el)[3].querySelector('.level__text .visually-hidden')!.textContent).to.equal('Level 4 of 8, Tokenism: ');
  });

  it('names the model and its source above the levels', async () => {
    const el = await mount('model="spectrum"', 'fi');
    expect($(el, 'h2.title').textContent).to.equal('Osallistumisen kirjo (IAP2-mallin pohjalta)');
    const roles = await mount('', 'sv');
    expect($(roles, 'h2.title').textContent).to.contain('THL 2022');
  });

  it('an unknown model warns and shows the default roles', async () => {
    const log = captureWarnings();
    try {
      const el = await mount('model="iap2"');
      expect(levelItems(el)).to.have.length(6);
      expect(log.warnings.join('\n')).to.match(/model="iap2" is not a built-in model/);
    } finally {
      log.restore();
    }
  });
});

describe('osa-participation-ladder: keyboard', () => {
  it('Tab reaches each level button; Enter and Space open and close it; aria-expanded follows', async () => {
    const el = await mount('model="spectrum"', 'en');
    // The highest level comes first in the tab order, as it is drawn on top.
    const button = (await tabTo((a) => a.classList.contains('level__button'))) as HTMLButtonElement;
    expect(button.textContent).to.contain('Empower');
    const panel = $(el, `#${button.getAttribute('aria-controls')}`);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.be.true;

    await press('Enter');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.be.false;
    expect(panel.checkVisibility()).to.be.true;
    expect(seen(panel)).to.contain('What we promise: You decide.');

    await press('Space');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.checkVisibility()).to.be.false;

    await press('Space');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // The open panel holds no controls, so the next Tab goes to the next level.
    await press('Tab');
    expect(deepActiveElement()?.textContent).to.contain('Collaborate');
    expect(deepActiveElement()).to.equal($$(el, '.level__button')[1]);
    await press('Enter');
    await el.updateComplete;
    expect($$(el, '[aria-expanded="true"]')).to.have.length(2, 'levels open independently');
  });

  it('the compact line opens and closes the full explanation in place, by keyboard', async () => {
    const el = await mount('model="spectrum" current="consult" variant="compact"', 'en');
    expect(seen($(el, '.compact'))).to.equal('Participation level: Consult What does this mean?');
    const details = $(el, '#details');
    expect(details.checkVisibility()).to.be.false;
    const button = await tabTo((a) => a.matches('.compact button'));
    expect(button.getAttribute('aria-controls')).to.equal('details');
    await press('Enter');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(details.checkVisibility()).to.be.true;
    expect(seen(details)).to.contain('This activity is at level: Consult');
    // Next stop is inside the explanation: the first level.
    await press('Tab');
    expect(deepActiveElement()?.textContent).to.contain('Empower');
    await press('Shift+Tab');
    expect(deepActiveElement()).to.equal(button);
    await press('Space');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(details.checkVisibility()).to.be.false;
  });

  it('compact without a current level asks what the levels mean', async () => {
    const el = await mount('variant="compact"', 'fi');
    expect(seen($(el, '.compact'))).to.equal('Mitä osallisuuden tasot tarkoittavat?');
  });
});

describe('osa-participation-ladder: the accessibility tree', () => {
  const children = (node: AXNode, role: string) => (node.children ?? []).filter((c) => c.role === role);

  it('a list of levels, each a heading with a button named by its position; current and expanded states', needs('a11y-tree', async () => {
    const el = await mount('model="spectrum" current="involve"', 'en');
    $$<HTMLButtonElement>(el, '.level__button')[3].click();
    await el.updateComplete;
    const tree = await accessibilityTree();
    const list = findAll(tree, 'list').find((l) => children(l, 'listitem').length === 5);
    expect(list, 'an ordered list with five items').to.be.ok;
    const buttons = findAll(list!, 'button');
    // The browser puts a space around the hidden full stop; screen readers pause there and do not say it.
    // Read from the top, as drawn: the highest level first.
    expect(buttons.map((b) => b.name?.replace(' .', '.'))).to.deep.equal([
      'Level 5 of 5: Empower',
      'Level 4 of 5: Collaborate',
      'Level 3 of 5: Involve. This activity is here',
      'Level 2 of 5: Consult',
      'Level 1 of 5: Inform',
    ]);
    expect(buttons.map((b) => !!b.expanded)).to.deep.equal([false, false, false, true, false]);
    const heading = findNode(list!, 'heading', /^Level 3 of 5: Involve/);
    expect(heading.level).to.equal(3);
    expect(findNode(tree, 'heading', 'This activity is at level: Involve').level).to.equal(2);
    // aria-current="step" is on the current list item (puppeteer's tree does not carry it, so read the DOM).
    expect(levelItems(el).map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, null, 'step', null, null]);
  }));

  it('heading-level moves every heading down', async () => {
    const el = await mount('model="spectrum" current="inform" heading-level="3"', 'en');
    expect($(el, '.summary__title').localName).to.equal('h3');
    expect($(el, '.title').localName).to.equal('h3');
    expect($(el, '.level__heading').localName).to.equal('h4');
  });

  it('passes axe with the summary, an open level and the compact line open', async () => {
    document.title = 'Osallistu';
    document.documentElement.lang = 'fi';
    container.innerHTML = '<h1>Osallistu</h1>';
    const el = document.createElement('osa-participation-ladder');
    el.setAttribute('model', 'roles');
    el.setAttribute('current', 'own-process');
    el.setAttribute('variant', 'compact');
    el.setAttribute('contact-url', '/osallisuus');
    container.lang = 'fi';
    container.append(el);
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.compact button').click();
    await el.updateComplete;
    $$<HTMLButtonElement>(el, '.level__button')[4].click();
    await el.updateComplete;
    await expectAccessible(document);
  });
});

describe('osa-participation-ladder: where this activity sits', () => {
  const lists = { canInfluence: ['Opening hours in the evening', 'Saturday opening'], decided: ['The number of health centres'] };

  it('says the level, the promise, what you can influence, what is decided, and where to ask', async () => {
    const el = await mount('model="spectrum" current="consult" activity="Survey on health-centre opening hours" contact-url="/questions"', 'en', json(lists));
    const summary = $(el, '.summary');
    expect($(el, '.summary__title').textContent).to.equal('Survey on health-centre opening hours is at level: Consult');
    expect(seen(summary)).to.contain('Level 2 of 5');
    expect(seen(summary)).to.contain('What we promise: We read every answer.');
    const headings = [...summary.querySelectorAll('h3')].map((h) => h.textContent);
    expect(headings).to.deep.equal(['What you can influence', 'What is already decided']);
    expect([...summary.querySelectorAll('ul')[0].children].map((li) => li.textContent)).to.deep.equal(lists.canInfluence);
    expect([...summary.querySelectorAll('ul')[1].children].map((li) => li.textContent)).to.deep.equal(lists.decided);
    const link = summary.querySelector('a')!;
    expect(link.textContent).to.equal('Ask us about this activity');
    expect(link.getAttribute('href')).to.equal(new URL('/questions', location.href).href);
    // Marked in words and by shape, not by colour alone.
    const current = $(el, 'li[aria-current="step"]');
    expect(seen(current)).to.contain('This activity is here');
    const badge = (li: Element) => getComputedStyle(li.querySelector('.badge')!).borderRadius;
    expect(badge(current)).to.not.equal(badge(levelItems(el)[0]));
  });

  it('in Finnish and Swedish, with lists given per language', async () => {
    const data = { canInfluence: { fi: ['Aukioloajat'], sv: ['Öppettiderna'] }, decided: { fi: ['Budjetti'], sv: ['Budgeten'] } };
    const el = await mount('model="spectrum" current="consult" activity="Kysely aukioloajoista"', 'fi', json(data));
    expect($(el, '.summary__title').textContent).to.equal('Kysely aukioloajoista on osallisuuden tasolla: Kuuleminen');
    expect(seen($(el, '.summary'))).to.contain('Mihin voit vaikuttaa Aukioloajat Mikä on jo päätetty Budjetti');
    container.lang = 'sv';
    await waitFor(() => $(el, '.summary__title')?.textContent?.includes('Samråd'), 'the Swedish summary');
    expect(seen($(el, '.summary'))).to.contain('Det här kan du påverka Öppettiderna Det här är redan bestämt Budgeten');
  });

  it('lists in the slots replace the JSON lists; a slot added later is shown', async () => {
    const el = await mount('model="spectrum" current="involve"', 'en', `${json(lists)}<ul slot="decided"><li>The building</li></ul>`);
    const slot = $<HTMLSlotElement>(el, 'slot[name="decided"]');
    expect(slot.assignedElements()[0].textContent).to.equal('The building');
    // Slotted content is shown in place of the JSON list (which stays as unrendered fallback).
    expect(seen($(el, '.summary'))).to.not.contain('The number of health centres');
    expect(slot.assignedElements()[0].checkVisibility()).to.be.true;
    expect(slot.previousElementSibling?.textContent).to.equal('What is already decided');

    const bare = await mount('model="spectrum" current="involve"', 'en');
    expect($(bare, '.summary').querySelectorAll('h3')).to.have.length(0);
    bare.insertAdjacentHTML('beforeend', '<ul slot="can-influence"><li>The colours</li></ul>');
    await waitFor(() => $(bare, '.summary h3'), 'the heading for the slotted list');
    expect($(bare, '.summary h3').textContent).to.equal('What you can influence');
    expect(bare.querySelector('li')!.checkVisibility()).to.be.true;
  });

  it('roles and Arnstein levels work as current too; Arnstein, without promises, shows the description', async () => {
    const el = await mount('current="own-process" contact-url="mailto:osallisuus@example.fi" contact-text="Email us"', 'en');
    expect($(el, '.summary__title').textContent).to.equal('This activity is at level: You plan your own service');
    expect($(el, '.summary a').getAttribute('href')).to.equal('mailto:osallisuus@example.fi');
    expect($(el, '.summary a').textContent).to.equal('Email us');
    const arnstein = await mount('model="arnstein" current="consultation"', 'en');
    expect(seen($(arnstein, '.summary'))).to.contain('nobody promises that the views will count');
  });

  it('an unknown current level warns, names the keys, and shows no summary', async () => {
    const log = captureWarnings();
    try {
      const el = await mount('model="spectrum" current="consultation"');
      expect(el.shadowRoot!.querySelector('.summary')).to.be.null;
      expect(log.warnings.join('\n')).to.contain('current="consultation" is not a level of this ladder. Use one of: inform, consult, involve, collaborate, empower.');
    } finally {
      log.restore();
    }
  });

  it('a contact link that is not http(s), mailto, tel or relative is not shown', async () => {
    const el = await mount('model="spectrum" current="consult" contact-url="javascript:alert(1)"', 'en');
    expect(el.shadowRoot!.querySelector('a')).to.be.null;
  });

  it('without a current level, the questions link comes after the ladder', async () => {
    const el = await mount('contact-url="/kysy"', 'fi');
    expect($(el, '.ladder + .contact a').textContent).to.equal('Kysy meiltä tästä toiminnasta');
  });
});

describe('osa-participation-ladder: inline JSON', () => {
  const custom = {
    title: { fi: 'Osallistumisen tavat', en: 'Ways to take part' },
    levels: [
      { key: 'tell', title: { fi: 'Kerro', en: 'Tell us' }, description: { fi: 'Anna palautetta.', en: 'Give feedback.' }, examples: { fi: ['Lomake'], en: ['A form'] } },
      { key: 'panel', title: { fi: 'Raati', en: 'Panel' }, promise: 'Vastaamme kirjallisesti.', group: { fi: 'Yhdessä', en: 'Together' } },
      { key: 'decide', title: 'Päätä' },
    ],
  };

  it('your own levels replace the model: titles, descriptions, promises, examples and groups in the reader’s language', async () => {
    const el = await mount('model="spectrum" current="panel"', 'en', json(custom));
    expect($(el, 'h2.title').textContent).to.equal('Ways to take part');
    expect(el.shadowRoot!.querySelector('.intro')).to.be.null;
    expect(titles(el)).to.deep.equal(['Tell us', 'Panel', 'Päätä']);
    expect($(el, '.summary__title').textContent).to.equal('This activity is at level: Panel');
    expect(seen($(el, '.summary'))).to.contain('Level 2 of 3 What we promise: Vastaamme kirjallisesti.');
    levelItems(el)[0].querySelector<HTMLButtonElement>('button.level__button')!.click();
    await el.updateComplete;
    expect(seen($(el, '#level-1'))).to.equal('Give feedback. For example: A form');
    expect($(el, '.group').textContent).to.equal('Together');
    // A level with nothing to open is a plain heading, not a button that opens nothing.
    expect($$(el, 'button.level__button')).to.have.length(2);
    expect(levelItems(el)[2].querySelector('.level__heading button') === null, 'level 3 is a plain heading').to.be.true;
    container.lang = 'fi';
    await waitFor(() => titles(el)[0] === 'Kerro', 'the Finnish titles');
    expect($(el, 'h2.title').textContent).to.equal('Osallistumisen tavat');
  });

  it('the data property does the same without a script element', async () => {
    container.lang = 'en';
    const el = document.createElement('osa-participation-ladder');
    el.current = 'decide';
    el.data = custom;
    container.append(el);
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Tell us', 'Panel', 'Päätä']);
    expect($(el, '.summary__title').textContent).to.contain('Päätä');
  });

  it('invalid JSON: a console warning that says what is wrong, a visible note in the reader’s language, and the built-in levels', async () => {
    const log = captureWarnings();
    try {
      const el = await mount('model="spectrum" current="consult"', 'fi', json('{ "canInfluence": ["Aukioloajat", ] }'));
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.match(/^osallisuus: <osa-participation-ladder>: The <script type="application\/json"> child is not valid JSON \(.+\)\. The built-in levels are shown\./);
      expect(seen($(el, '.box--warning'))).to.equal('Emme voi näyttää kaikkia tämän toiminnan tietoja, koska sivulla on virhe.');
      expect(levelItems(el)).to.have.length(5);
      expect($(el, '.summary__title').textContent).to.contain('Kuuleminen');
      // Parsed once, not on every update.
      $<HTMLButtonElement>(el, '.level__button').click();
      await el.updateComplete;
      expect(log.warnings).to.have.length(1);
      // Fixing the JSON on the page fixes the component.
      el.querySelector('script')!.textContent = '{"canInfluence": ["Aukioloajat"]}';
      await waitFor(() => !el.shadowRoot!.querySelector('.box--warning'), 'the note to go');
      expect(seen($(el, '.summary'))).to.contain('Mihin voit vaikuttaa Aukioloajat');
    } finally {
      log.restore();
    }
  });

  it('JSON of the wrong shape: each problem is named, the usable parts are kept', async () => {
    const log = captureWarnings();
    try {
      const data = { canInfluense: ['typo'], decided: 'not a list', canInfluence: ['Kept'], levels: [{ key: 'a', title: 'A' }, { title: 'no key' }, { key: 'a', title: 'again' }] };
      const el = await mount('model="arnstein" current="therapy"', 'sv', json(data));
      const all = log.warnings.join('\n');
      expect(all).to.contain('has an unknown key "canInfluense"');
      expect(all).to.contain('"decided" must be a list of texts');
      expect(all).to.contain('levels[1] needs a unique "key" and a "title"');
      expect(all).to.contain('levels[2] needs a unique "key"');
      expect(all).to.contain('needs at least two usable levels');
      expect(levelItems(el)).to.have.length(8, 'the built-in Arnstein ladder');
      expect(seen($(el, '.box--warning'))).to.contain('eftersom det finns ett fel på sidan');
      expect(seen($(el, '.summary'))).to.contain('Det här kan du påverka Kept');
      const notObject = await mount('', 'en', json('[1, 2]'));
      expect(log.warnings.join('\n')).to.contain('must be a JSON object');
      expect(levelItems(notObject)).to.have.length(6);
    } finally {
      log.restore();
    }
  });
});

describe('osa-participation-ladder: language, texts, layout, colours and print', () => {
  it('follows a lang change on an ancestor live, and keeps the last language for an unsupported one', async () => {
    const el = await mount('model="spectrum" current="consult"', 'fi');
    expect(titles(el)[1]).to.equal('Kuuleminen');
    container.lang = 'sv';
    await waitFor(() => titles(el)[1] === 'Samråd', 'Swedish');
    expect($(el, 'div').lang).to.equal('sv');
    expect(seen($(el, 'li[aria-current]'))).to.contain(HERE.sv);
    container.lang = 'en-GB';
    await waitFor(() => titles(el)[1] === 'Consult', 'English');
    container.lang = 'de'; // e.g. a translation tool
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(titles(el)[1]).to.equal('Consult');
    // Open levels stay open across a language change.
    $<HTMLButtonElement>(el, '.level__button').click();
    await el.updateComplete;
    container.lang = 'fi';
    await waitFor(() => titles(el)[1] === 'Kuuleminen', 'Finnish');
    expect($(el, '.level__button').getAttribute('aria-expanded')).to.equal('true');
  });

  it('texts can be changed with the texts attribute and a data-texts script', async () => {
    const el = await mount(
      `model="spectrum" current="consult" texts='{"fi": {"here": "Tämä kysely on tässä"}, "en": {"here": "This survey is here"}}'`, 'fi',
      '<script type="application/json" data-texts>{"promise": "Lupauksemme sinulle:"}</script>',
    );
    expect(seen($(el, 'li[aria-current]'))).to.contain('Tämä kysely on tässä');
    expect(seen($(el, '.summary'))).to.contain('Lupauksemme sinulle: Luemme jokaisen vastauksen.');
    container.lang = 'en';
    await waitFor(() => seen($(el, 'li[aria-current]')).includes('This survey is here'), 'the English override');
  });

  it('at 320 px nothing scrolls sideways, with long texts and every level open', async () => {
    await narrow();
    const long = {
      title: 'Terveydenhuollonpalvelujärjestelmäuudistuksen osallistumismahdollisuudet',
      levels: [
        { key: 'a', title: 'Asiakastyytyväisyyskyselyvastaustenhyödyntäminen', description: 'Sosiaali- ja terveyspalvelujen asiakasmaksupolitiikan uudistaminen.', examples: ['https://www.example.fi/hyvinvointialue/sosiaali-ja-terveyspalvelut/asiakasmaksut'] },
        { key: 'b', title: 'Päätös', promise: 'Kirjaamme jokaisen tilaisuuden muistiinpanot.' },
      ],
      canInfluence: ['https://www.example.fi/hyvinvointialue/sosiaali-ja-terveyspalvelut/asiakasmaksut/maksujen-alentaminen'],
    };
    for (const [attrs, children] of [['model="arnstein" current="placation" contact-url="/x"', ''], ['current="a" activity="Sosiaalijaterveyspalvelujenasiakasmaksupolitiikka"', json(long)]]) {
      const el = await mount(attrs, 'fi', children);
      $$<HTMLButtonElement>(el, '.level__button').forEach((b) => b.click());
      await el.updateComplete;
      expect(document.documentElement.scrollWidth, 'page').to.be.at.most(document.documentElement.clientWidth);
      expect(el.scrollWidth, 'component').to.be.at.most(el.clientWidth);
      for (const node of $$(el, 'li, .summary, .panel')) expect(node.getBoundingClientRect().right, node.className).to.be.at.most(320);
    }
  });

  it('in forced colours the current level keeps its border, its square filled number and its words', needs('forced-colors', async () => {
    await emulateColourMode('forced-colors');
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const el = await mount('model="spectrum" current="involve"', 'en');
    const [other, current] = [levelItems(el)[0], $(el, 'li[aria-current="step"]')];
    const style = (node: Element) => getComputedStyle(node);
    expect(style(current).borderTopStyle).to.equal('solid');
    expect(parseFloat(style(current).borderTopWidth)).to.be.at.least(3);
    expect(style(other).borderTopStyle).to.equal('none');
    const [badge, otherBadge] = [current.querySelector('.badge')!, other.querySelector('.badge')!];
    expect(style(badge).backgroundColor).to.not.equal(style(otherBadge).backgroundColor);
    expect(style(badge).backgroundColor).to.not.equal(style(current).backgroundColor);
    expect(style(badge).borderRadius).to.not.equal(style(otherBadge).borderRadius);
    const here = current.querySelector('.here')!;
    expect(here.checkVisibility()).to.be.true;
    expect(style(here).borderTopStyle).to.equal('solid');
  }));

  it('in print every level and the compact explanation are open, without the buttons’ chrome', needs('print', async () => {
    const el = await mount('model="spectrum" current="consult" variant="compact" contact-url="/kysy"', 'fi');
    await emulatePrint();
    expect(matchMedia('print').matches).to.be.true;
    expect($(el, '#details').checkVisibility()).to.be.true;
    for (const panel of $$(el, '.panel')) expect(panel.checkVisibility()).to.be.true;
    expect($$(el, '.chevron').some((c) => c.checkVisibility())).to.be.false;
    expect($(el, '.compact button').checkVisibility(), 'the compact button').to.be.false;
    // The address printed after the link: Chromium computes attr(href) to the text, Firefox gives the declaration.
    const after = getComputedStyle($(el, '.contact a'), '::after').content;
    const printed = after.includes('/kysy') || (after.includes('attr(href)') && new URL($<HTMLAnchorElement>(el, '.contact a').href).pathname === '/kysy');
    expect(printed, `::after content ${after}`).to.be.true;
  }));
});

// A CMS filter (WordPress's kses for authors, Drupal's allowed-HTML list) keeps attributes but strips
// <script>: the same JSON in the json attribute gives the same ladder, checked and warned about alike.
describe('osa-participation-ladder: the json attribute', () => {
  const data = { canInfluence: ['Aukioloajat'], levels: [{ key: 'tell', title: 'Tell us' }, { key: 'decide', title: { en: 'Decide', fi: 'Päätä' } }] };
  const attr = (value: unknown) => `json='${(typeof value === 'string' ? value : JSON.stringify(value)).replaceAll("'", '&#39;')}'`;

  it('shows the levels and the summary from the attribute alone, as from the child script', async () => {
    const el = await mount(`current="decide" ${attr(data)}`, 'fi');
    expect(titles(el)).to.deep.equal(['Tell us', 'Päätä']);
    expect($(el, '.summary__title').textContent).to.contain('Päätä');
    expect(seen($(el, '.summary'))).to.contain('Aukioloajat');
  });

  it('wins over the child script, and follows changes of the attribute', async () => {
    const el = await mount(`current="decide" ${attr(data)}`, 'en', json({ levels: [{ key: 'x', title: 'From the child' }, { key: 'y', title: 'Y' }] }));
    expect(titles(el)).to.deep.equal(['Tell us', 'Decide']);
    el.setAttribute('json', JSON.stringify({ levels: [{ key: 'a', title: 'A' }, { key: 'decide', title: 'B' }] }));
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['A', 'B']);
    el.removeAttribute('json');
    await el.updateComplete;
    expect(titles(el), 'without the attribute, the child script is read').to.deep.equal(['From the child', 'Y']);
  });

  it('invalid JSON or a wrong key in the attribute: a warning that names the attribute, the note on the page, the built-in levels', async () => {
    const log = captureWarnings();
    try {
      const el = await mount(`model="spectrum" current="consult" ${attr('{"levels": [}')}`, 'en');
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.match(/^osallisuus: <osa-participation-ladder>: The json attribute is not valid JSON \(.+\)\. The built-in levels are shown\./);
      expect($(el, '.box--warning')).to.exist;
      expect(levelItems(el)).to.have.length(5);
      log.warnings.length = 0;
      const el2 = await mount(attr({ colour: 'red', canInfluence: ['A'] }), 'en');
      expect(log.warnings.join('\n')).to.contain('The json attribute').and.contain('colour');
      expect(levelItems(el2)).to.have.length(6);
    } finally {
      log.restore();
    }
  });
});
