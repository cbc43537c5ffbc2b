import type { CoreStrings } from './index.js';

/** Ydinosien yhteiset tekstit selkokielellä (suomi). Sama sisältö kuin fi.ts:ssä, lyhyemmin lausein. */
export const fi: CoreStrings = {
  optional: '(ei pakollinen)',
  required: '(pakollinen)',
  counterLimit: {
    one: 'Voit kirjoittaa korkeintaan 1 merkin. Jokainen kirjain, numero ja välilyönti on 1 merkki.',
    other: 'Voit kirjoittaa korkeintaan {count} merkkiä. Jokainen kirjain, numero ja välilyönti on 1 merkki.',
  },
  counterLeft: { one: 'Voit kirjoittaa vielä 1 merkin', other: 'Voit kirjoittaa vielä {count} merkkiä' },
  counterOver: { one: 'Tekstissä on 1 merkki liikaa', other: 'Tekstissä on {count} merkkiä liikaa' },
  failedNetwork: 'Emme saaneet yhteyttä palveluun. Tarkista nettiyhteys. Yritä sitten uudelleen.',
  failedKept: 'Tekstisi on yhä tallessa. Et menettänyt mitään.',
  tryAgain: 'Yritä uudelleen',
};
