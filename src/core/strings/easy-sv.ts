import type { CoreStrings } from './index.js';

/** Gemensamma texter för formulärdelarna på lätt svenska. Samma innehåll som sv.ts, i kortare meningar. */
export const sv: CoreStrings = {
  optional: '(frivilligt)',
  required: '(obligatoriskt)',
  counterLimit: {
    one: 'Du kan skriva högst 1 tecken. Varje bokstav, siffra och mellanslag är 1 tecken.',
    other: 'Du kan skriva högst {count} tecken. Varje bokstav, siffra och mellanslag är 1 tecken.',
  },
  counterLeft: { one: 'Du kan skriva 1 tecken till', other: 'Du kan skriva {count} tecken till' },
  counterOver: { one: 'Du har skrivit 1 tecken för mycket', other: 'Du har skrivit {count} tecken för mycket' },
  failedNetwork: 'Vi fick ingen kontakt med tjänsten. Kontrollera din internetförbindelse. Försök sedan igen.',
  failedKept: 'Det du skrev finns kvar. Du har inte förlorat något.',
  tryAgain: 'Försök igen',
};
