import type { CoreStrings } from './index.js';

/** Gemensamma texter för formulärdelarna (svenska). */
export const sv: CoreStrings = {
  optional: '(frivilligt)',
  required: '(obligatoriskt)',
  errorSummaryTitle: 'Kontrollera det här innan du fortsätter',
  errorSummaryIntro: { one: 'Det finns 1 sak att rätta:', other: 'Det finns {count} saker att rätta:' },
  counterLimit: { one: 'Du kan skriva högst 1 tecken.', other: 'Du kan skriva högst {count} tecken.' },
  counterLeft: { one: 'Du kan skriva 1 tecken till', other: 'Du kan skriva {count} tecken till' },
  counterOver: { one: 'Du har skrivit 1 tecken för mycket', other: 'Du har skrivit {count} tecken för mycket' },
};
