import type { CoreStrings } from './index.js';

/** Gemensamma texter för formulärdelarna (svenska). */
export const sv: CoreStrings = {
  optional: '(frivilligt)',
  required: '(obligatoriskt)',
  counterLimit: { one: 'Du kan skriva högst 1 tecken.', other: 'Du kan skriva högst {count} tecken.' },
  counterLeft: { one: 'Du kan skriva 1 tecken till', other: 'Du kan skriva {count} tecken till' },
  counterOver: { one: 'Du har skrivit 1 tecken för mycket', other: 'Du har skrivit {count} tecken för mycket' },
  failedNetwork: 'Vi fick ingen kontakt med tjänsten. Kontrollera din internetförbindelse och försök igen.',
  failedKept: 'Det du har skrivit finns kvar. Ingenting har försvunnit.',
  tryAgain: 'Försök igen',
};
