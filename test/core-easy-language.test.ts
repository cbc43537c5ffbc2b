// Easy-language strings (selkokieli, lätt svenska, Easy Read): every built-in text of the core and
// the four components has an easy variant with the same keys, plural forms, placeholders and facts,
// and its sentences are on average no longer than the standard text's.
import { expect } from '@open-wc/testing';
import { LANGS, type Catalog, type Lang, type StringTable } from '../src/core/i18n.js';

import { fi as coreFi } from '../src/core/strings/fi.js';
import { sv as coreSv } from '../src/core/strings/sv.js';
import { en as coreEn } from '../src/core/strings/en.js';
import { fi as coreEasyFi } from '../src/core/strings/easy-fi.js';
import { sv as coreEasySv } from '../src/core/strings/easy-sv.js';
import { en as coreEasyEn } from '../src/core/strings/easy-en.js';
import { coreEasyStrings, coreLaterEasyStrings } from '../src/core/strings/index.js';
import { fi as coreLaterFi } from '../src/core/strings/later-fi.js';
import { sv as coreLaterSv } from '../src/core/strings/later-sv.js';
import { en as coreLaterEn } from '../src/core/strings/later-en.js';
import { fi as coreLaterEasyFi } from '../src/core/strings/later-easy-fi.js';
import { sv as coreLaterEasySv } from '../src/core/strings/later-easy-sv.js';
import { en as coreLaterEasyEn } from '../src/core/strings/later-easy-en.js';

import { fi as feedbackFi } from '../src/feedback/strings/fi.js';
import { sv as feedbackSv } from '../src/feedback/strings/sv.js';
import { en as feedbackEn } from '../src/feedback/strings/en.js';
import { fi as feedbackEasyFi } from '../src/feedback/strings/easy-fi.js';
import { sv as feedbackEasySv } from '../src/feedback/strings/easy-sv.js';
import { en as feedbackEasyEn } from '../src/feedback/strings/easy-en.js';
import { feedbackEasyStrings } from '../src/feedback/strings/index.js';

import { fi as panelFi } from '../src/panel-signup/strings/fi.js';
import { sv as panelSv } from '../src/panel-signup/strings/sv.js';
import { en as panelEn } from '../src/panel-signup/strings/en.js';
import { fi as panelEasyFi } from '../src/panel-signup/strings/easy-fi.js';
import { sv as panelEasySv } from '../src/panel-signup/strings/easy-sv.js';
import { en as panelEasyEn } from '../src/panel-signup/strings/easy-en.js';
import { panelSignupEasyStrings, panelSignupLaterEasyStrings } from '../src/panel-signup/strings/index.js';
import { fi as panelLaterFi } from '../src/panel-signup/strings/later-fi.js';
import { sv as panelLaterSv } from '../src/panel-signup/strings/later-sv.js';
import { en as panelLaterEn } from '../src/panel-signup/strings/later-en.js';
import { fi as panelLaterEasyFi } from '../src/panel-signup/strings/later-easy-fi.js';
import { sv as panelLaterEasySv } from '../src/panel-signup/strings/later-easy-sv.js';
import { en as panelLaterEasyEn } from '../src/panel-signup/strings/later-easy-en.js';

import { fi as boardFi } from '../src/you-said-we-did/strings/fi.js';
import { sv as boardSv } from '../src/you-said-we-did/strings/sv.js';
import { en as boardEn } from '../src/you-said-we-did/strings/en.js';
import { fi as boardEasyFi } from '../src/you-said-we-did/strings/easy-fi.js';
import { sv as boardEasySv } from '../src/you-said-we-did/strings/easy-sv.js';
import { en as boardEasyEn } from '../src/you-said-we-did/strings/easy-en.js';
import { youSaidWeDidEasyStrings } from '../src/you-said-we-did/strings/index.js';

import { fi as pageFi } from '../src/page-feedback/strings/fi.js';
import { sv as pageSv } from '../src/page-feedback/strings/sv.js';
import { en as pageEn } from '../src/page-feedback/strings/en.js';
import { fi as pageEasyFi } from '../src/page-feedback/strings/easy-fi.js';
import { sv as pageEasySv } from '../src/page-feedback/strings/easy-sv.js';
import { en as pageEasyEn } from '../src/page-feedback/strings/easy-en.js';
import { pageFeedbackEasyStrings } from '../src/page-feedback/strings/index.js';
import { fi as ratingFi } from '../src/quick-rating/strings/fi.js';
import { sv as ratingSv } from '../src/quick-rating/strings/sv.js';
import { en as ratingEn } from '../src/quick-rating/strings/en.js';
import { fi as ratingEasyFi } from '../src/quick-rating/strings/easy-fi.js';
import { sv as ratingEasySv } from '../src/quick-rating/strings/easy-sv.js';
import { en as ratingEasyEn } from '../src/quick-rating/strings/easy-en.js';
import { quickRatingEasyStrings } from '../src/quick-rating/strings/index.js';
import { fi as statusFi } from '../src/feedback-status/strings/fi.js';
import { sv as statusSv } from '../src/feedback-status/strings/sv.js';
import { en as statusEn } from '../src/feedback-status/strings/en.js';
import { fi as statusEasyFi } from '../src/feedback-status/strings/easy-fi.js';
import { sv as statusEasySv } from '../src/feedback-status/strings/easy-sv.js';
import { en as statusEasyEn } from '../src/feedback-status/strings/easy-en.js';
import { feedbackStatusEasyStrings } from '../src/feedback-status/strings/index.js';

import { fi as ladderFi } from '../src/participation-ladder/strings/fi.js';
import { sv as ladderSv } from '../src/participation-ladder/strings/sv.js';
import { en as ladderEn } from '../src/participation-ladder/strings/en.js';
import { fi as ladderEasyFi } from '../src/participation-ladder/strings/easy-fi.js';
import { sv as ladderEasySv } from '../src/participation-ladder/strings/easy-sv.js';
import { en as ladderEasyEn } from '../src/participation-ladder/strings/easy-en.js';
import { levels as levelsFi } from '../src/participation-ladder/strings/levels-fi.js';
import { levels as levelsSv } from '../src/participation-ladder/strings/levels-sv.js';
import { levels as levelsEn } from '../src/participation-ladder/strings/levels-en.js';
import { levels as levelsEasyFi } from '../src/participation-ladder/strings/levels-easy-fi.js';
import { levels as levelsEasySv } from '../src/participation-ladder/strings/levels-easy-sv.js';
import { levels as levelsEasyEn } from '../src/participation-ladder/strings/levels-easy-en.js';
import { easyModelTexts, ladderEasyStrings, modelTexts } from '../src/participation-ladder/strings/index.js';

type Tree = string | readonly Tree[] | { readonly [key: string]: Tree };
type PerLang = Record<Lang, Tree>;
interface Table {
  name: string;
  standard: PerLang;
  easy: PerLang;
}

const tables: Table[] = [
  // Core and the panel sign-up load their texts in two parts (later-*.ts after the first render):
  // the writing rules hold for a component's texts as a whole.
  {
    name: 'core',
    standard: { fi: { ...coreFi, ...coreLaterFi }, sv: { ...coreSv, ...coreLaterSv }, en: { ...coreEn, ...coreLaterEn } },
    easy: { fi: { ...coreEasyFi, ...coreLaterEasyFi }, sv: { ...coreEasySv, ...coreLaterEasySv }, en: { ...coreEasyEn, ...coreLaterEasyEn } },
  },
  { name: 'feedback', standard: { fi: feedbackFi, sv: feedbackSv, en: feedbackEn }, easy: { fi: feedbackEasyFi, sv: feedbackEasySv, en: feedbackEasyEn } },
  {
    name: 'panel-signup',
    standard: { fi: { ...panelFi, ...panelLaterFi }, sv: { ...panelSv, ...panelLaterSv }, en: { ...panelEn, ...panelLaterEn } },
    easy: { fi: { ...panelEasyFi, ...panelLaterEasyFi }, sv: { ...panelEasySv, ...panelLaterEasySv }, en: { ...panelEasyEn, ...panelLaterEasyEn } },
  },
  { name: 'you-said-we-did', standard: { fi: boardFi, sv: boardSv, en: boardEn }, easy: { fi: boardEasyFi, sv: boardEasySv, en: boardEasyEn } },
  { name: 'participation-ladder', standard: { fi: ladderFi, sv: ladderSv, en: ladderEn }, easy: { fi: ladderEasyFi, sv: ladderEasySv, en: ladderEasyEn } },
  { name: 'page-feedback', standard: { fi: pageFi, sv: pageSv, en: pageEn }, easy: { fi: pageEasyFi, sv: pageEasySv, en: pageEasyEn } },
  { name: 'quick-rating', standard: { fi: ratingFi, sv: ratingSv, en: ratingEn }, easy: { fi: ratingEasyFi, sv: ratingEasySv, en: ratingEasyEn } },
  {
    name: 'participation-ladder levels',
    standard: { fi: levelsFi as unknown as Tree, sv: levelsSv as unknown as Tree, en: levelsEn as unknown as Tree },
    easy: { fi: levelsEasyFi as unknown as Tree, sv: levelsEasySv as unknown as Tree, en: levelsEasyEn as unknown as Tree },
  },
  { name: 'feedback-status', standard: { fi: statusFi, sv: statusSv, en: statusEn }, easy: { fi: statusEasyFi, sv: statusEasySv, en: statusEasyEn } },
];

/** Every string of a tree with its path, e.g. `promise.other` or `roles.levels.2.examples.0`. */
function leaves(tree: Tree, path: string[] = []): [string[], string][] {
  if (typeof tree === 'string') return [[path, tree]];
  const entries: [string, Tree][] = Array.isArray(tree) ? tree.map((v, i) => [String(i), v]) : Object.entries(tree);
  return entries.flatMap(([k, v]) => leaves(v, [...path, k]));
}

/** The shape of a tree: object keys (sorted), array lengths and where the strings are. */
function shape(tree: Tree): unknown {
  if (typeof tree === 'string') return 'string';
  if (Array.isArray(tree)) return { length: tree.length, items: tree.map(shape) };
  return Object.fromEntries(Object.keys(tree).sort().map((k) => [k, shape((tree as Record<string, Tree>)[k])]));
}

function at(tree: Tree, path: string[]): Tree | undefined {
  let node: Tree | undefined = tree;
  for (const k of path) node = node && typeof node === 'object' ? (node as Record<string, Tree>)[k] : undefined;
  return node;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const numbers = (text: string) => [...text.matchAll(/(?<![\p{L}\d])\d+(?![\p{L}\d])/gu)].map((m) => m[0]);
const sentences = (text: string) => text.split(/(?<=[.!?…])\s+/).filter((s) => s.trim());
const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Average words per sentence over every string of a table; a label without a full stop counts as one sentence. */
function wordsPerSentence(tree: Tree): number {
  let w = 0;
  let s = 0;
  for (const [, text] of leaves(tree)) {
    for (const sentence of sentences(text)) {
      w += words(sentence).length;
      s += 1;
    }
  }
  return w / s;
}

/** Names a text puts in quotation marks, e.g. the button in 'press "Send anyway"'. */
const quoted = (text: string) => [...text.matchAll(/[”"“]([^”"“]+)[”"“]/g)].map((m) => m[1]);

for (const table of tables) {
  describe(`easy language: ${table.name}`, () => {
    for (const lang of LANGS) {
      const standard = table.standard[lang];
      const easy = table.easy[lang];

      it(`${lang}: has exactly the keys, plural forms and list lengths of the standard text`, () => {
        expect(shape(easy)).to.deep.equal(shape(standard));
      });

      it(`${lang}: keeps the placeholders of each text and leaves none empty`, () => {
        for (const [path, text] of leaves(standard)) {
          const easyText = at(easy, path);
          expect(easyText, path.join('.')).to.be.a('string');
          expect((easyText as string).trim(), `${path.join('.')} is empty`).not.to.equal('');
          expect(placeholders(easyText as string), `placeholders of ${path.join('.')}`).to.deep.equal(placeholders(text));
        }
      });

      it(`${lang}: keeps the numbers of each text (112, 5 minutes, 1969 …)`, () => {
        for (const [path, text] of leaves(standard)) {
          // A number may move to a neighbouring text of the same model or level (the source year of
          // a model's name is told in its intro), never out of a top-level text.
          const scope = path.length > 1 ? at(easy, path.slice(0, -1))! : at(easy, path)!;
          const easyNumbers = new Set(leaves(scope).flatMap(([, t]) => numbers(t)));
          for (const n of numbers(text)) expect(easyNumbers.has(n), `${path.join('.')}: ${n} is missing`).to.equal(true);
        }
      });

      it(`${lang}: names only its own texts in quotation marks (a button is called what it says)`, () => {
        const own = new Set(leaves(easy).map(([, t]) => t));
        for (const [path, text] of leaves(easy)) {
          for (const name of quoted(text)) expect(own.has(name), `${path.join('.')} names "${name}"`).to.equal(true);
        }
      });

      it(`${lang}: uses no more words per sentence on average than the standard text`, () => {
        const before = wordsPerSentence(standard);
        const after = wordsPerSentence(easy);
        expect(after, `easy ${after.toFixed(2)} vs standard ${before.toFixed(2)} words per sentence`).to.be.at.most(before);
      });

      it(`${lang}: is written anew, not copied (a good share of the texts differ from the standard text)`, () => {
        // Many short labels ("Email address", "Try again") are already as plain as they can be.
        const all = leaves(standard);
        const changed = all.filter(([path, text]) => at(easy, path) !== text).length;
        expect(changed / all.length, `${changed} of ${all.length} texts changed`).to.be.at.least(1 / 3);
      });
    }
  });
}

describe('easy language: catalogs', () => {
  const catalogs: [string, Catalog<StringTable>, PerLang][] = [
    ['coreEasyStrings', coreEasyStrings as unknown as Catalog<StringTable>, { fi: coreEasyFi, sv: coreEasySv, en: coreEasyEn }],
    ['coreLaterEasyStrings', coreLaterEasyStrings as unknown as Catalog<StringTable>, { fi: coreLaterEasyFi, sv: coreLaterEasySv, en: coreLaterEasyEn }],
    ['feedbackEasyStrings', feedbackEasyStrings as unknown as Catalog<StringTable>, tables[1].easy],
    ['panelSignupEasyStrings', panelSignupEasyStrings as unknown as Catalog<StringTable>, { fi: panelEasyFi, sv: panelEasySv, en: panelEasyEn }],
    ['youSaidWeDidEasyStrings', youSaidWeDidEasyStrings as unknown as Catalog<StringTable>, tables[3].easy],
    ['ladderEasyStrings', ladderEasyStrings as unknown as Catalog<StringTable>, tables[4].easy],
    ['pageFeedbackEasyStrings', pageFeedbackEasyStrings as unknown as Catalog<StringTable>, tables[5].easy],
    ['quickRatingEasyStrings', quickRatingEasyStrings as unknown as Catalog<StringTable>, tables[6].easy],
    ['feedbackStatusEasyStrings', feedbackStatusEasyStrings as unknown as Catalog<StringTable>, tables[8].easy],
    ['panelSignupLaterEasyStrings', panelSignupLaterEasyStrings as unknown as Catalog<StringTable>, { fi: panelLaterEasyFi, sv: panelLaterEasySv, en: panelLaterEasyEn }],
  ];
  for (const [name, catalog, easy] of catalogs) {
    it(`${name} loads the easy table of each language`, async () => {
      for (const lang of LANGS) expect(await catalog[lang](), `${name}.${lang}`).to.equal(easy[lang]);
    });
  }

  it('ladderEasyStrings fills easyModelTexts with the easy levels and leaves the standard models alone', async () => {
    const standardBefore = { ...modelTexts };
    for (const lang of LANGS) await ladderEasyStrings[lang]();
    expect(easyModelTexts.fi).to.equal(levelsEasyFi);
    expect(easyModelTexts.sv).to.equal(levelsEasySv);
    expect(easyModelTexts.en).to.equal(levelsEasyEn);
    expect(modelTexts).to.deep.equal(standardBefore);
  });
});
