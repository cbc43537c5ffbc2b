import type { LadderStrings } from './index.js';

/** Osallisuuden tasojen tekstit selkokielellä. Sama sisältö kuin fi.ts:ssä, lyhyemmin lausein. */
export const fi: LadderStrings = {
  ladderTitle: 'Kuinka paljon voit vaikuttaa',
  levelOf: 'Taso {n}, tasoja on {total}',
  here: 'Tämä toiminta on tässä',
  summary: 'Tämä toiminta on tasolla: {level}',
  summaryNamed: '{activity} on tasolla: {level}',
  promise: 'Lupaamme:',
  examples: 'Esimerkiksi:',
  canInfluence: 'Mihin voit vaikuttaa',
  decided: 'Mitä olemme jo päättäneet',
  contact: 'Kysy meiltä tästä toiminnasta',
  compact: 'Kuinka paljon voit vaikuttaa:',
  more: 'Mitä tämä tarkoittaa?',
  moreAll: 'Mitä tasot tarkoittavat?',
  dataError: 'Tällä sivulla on virhe. Siksi emme voi näyttää kaikkia tietoja tästä toiminnasta.',
};
