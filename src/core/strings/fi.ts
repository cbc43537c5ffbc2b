import type { CoreStrings } from './index.js';

/** Ydinosien yhteiset tekstit (suomi). */
export const fi: CoreStrings = {
  optional: '(vapaaehtoinen)',
  required: '(pakollinen)',
  counterLimit: { one: 'Voit kirjoittaa enintään 1 merkin.', other: 'Voit kirjoittaa enintään {count} merkkiä.' },
  counterLeft: { one: 'Voit kirjoittaa vielä 1 merkin', other: 'Voit kirjoittaa vielä {count} merkkiä' },
  counterOver: { one: 'Tekstissä on 1 merkki liikaa', other: 'Tekstissä on {count} merkkiä liikaa' },
  failedNetwork: 'Emme saaneet yhteyttä palveluun. Tarkista verkkoyhteys ja yritä uudelleen.',
  failedKept: 'Kirjoittamasi teksti on yhä tallessa. Mitään ei hävinnyt.',
  tryAgain: 'Yritä uudelleen',
};
