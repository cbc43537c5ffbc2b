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
  sending: 'Skickar…',
  retrying: { one: 'Förbindelsen är långsam. Vi försöker igen om 1 sekund.', other: 'Förbindelsen är långsam. Vi försöker igen om {count} sekunder.' },
  retryingBusy: { one: 'Tjänsten är överbelastad. Vi försöker igen om 1 sekund.', other: 'Tjänsten är överbelastad. Vi försöker igen om {count} sekunder.' },
  retryingServer: { one: 'Tjänsten har ett fel. Vi försöker igen om 1 sekund.', other: 'Tjänsten har ett fel. Vi försöker igen om {count} sekunder.' },
  offline: 'Du är inte uppkopplad just nu. Det du har skrivit finns kvar här. Vi skickar det när förbindelsen fungerar igen – håll sidan öppen.',
  failedNetwork: 'Vi fick ingen kontakt med tjänsten. Kontrollera din internetförbindelse och försök igen.',
  failedServer: 'Tjänsten har ett fel just nu. Försök igen om en stund.',
  failedBusy: 'Tjänsten är överbelastad just nu. Försök igen om en stund.',
  failedTimeout: 'Tjänsten svarade inte i tid. Försök igen om en stund.',
  failedRejected: 'Tjänsten kunde inte ta emot det här. Kontrollera det du skrev eller kontakta oss på något annat sätt.',
  failedMoved: 'Tjänsten försökte skicka oss vidare till en annan adress, så vi skickade inte din text dit. Försök igen senare eller kontakta oss på något annat sätt.',
  failedKept: 'Det du har skrivit finns kvar. Ingenting har försvunnit.',
  tryAgain: 'Försök igen',
  copyText: 'Kopiera din text',
  copied: 'Din text är kopierad. Du kan klistra in den i ett e-postmeddelande eller ett annat formulär.',
  detailsFromService: 'Meddelande från tjänsten:',
};
