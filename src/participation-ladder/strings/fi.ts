import type { LadderStrings } from './index.js';

/** Osallisuuden tasojen tekstit (suomi). */
export const fi: LadderStrings = {
  ladderTitle: 'Osallisuuden tasot',
  levelOf: 'Taso {n} (yhteensä {total} tasoa)',
  here: 'Tämä toiminta on tällä tasolla',
  summary: 'Tämä toiminta on osallisuuden tasolla: {level}',
  summaryNamed: '{activity} on osallisuuden tasolla: {level}',
  promise: 'Lupaamme:',
  examples: 'Esimerkiksi:',
  canInfluence: 'Mihin voit vaikuttaa',
  decided: 'Mikä on jo päätetty',
  contact: 'Kysy meiltä tästä toiminnasta',
  compact: 'Osallisuuden taso:',
  more: 'Mitä tämä tarkoittaa?',
  moreAll: 'Mitä osallisuuden tasot tarkoittavat?',
  dataError: 'Emme voi näyttää kaikkia tämän toiminnan tietoja, koska sivulla on virhe.',
};
