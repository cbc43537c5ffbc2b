import type { CoreLaterStrings } from './index.js';

/** Gemensamma texter som visas först när man skickar (svenska): de laddas med formulärets funktioner, inte till den första visningen. */
export const sv: CoreLaterStrings = {
  errorSummaryTitle: 'Kontrollera det här innan du fortsätter',
  errorSummaryIntro: { one: 'Det finns 1 sak att rätta:', other: 'Det finns {count} saker att rätta:' },
  sending: 'Skickar…',
  retrying: { one: 'Förbindelsen är långsam. Vi försöker igen om 1 sekund.', other: 'Förbindelsen är långsam. Vi försöker igen om {count} sekunder.' },
  retryingBusy: { one: 'Tjänsten är överbelastad. Vi försöker igen om 1 sekund.', other: 'Tjänsten är överbelastad. Vi försöker igen om {count} sekunder.' },
  retryingServer: { one: 'Tjänsten har ett fel. Vi försöker igen om 1 sekund.', other: 'Tjänsten har ett fel. Vi försöker igen om {count} sekunder.' },
  offline: 'Du är inte uppkopplad just nu. Det du har skrivit finns kvar här. Vi skickar det när förbindelsen fungerar igen – håll sidan öppen.',
  failedServer: 'Tjänsten har ett fel just nu. Försök igen om en stund.',
  failedBusy: 'Tjänsten är överbelastad just nu. Försök igen om en stund.',
  failedTimeout: 'Tjänsten svarade inte i tid. Försök igen om en stund.',
  failedRejected: 'Tjänsten kunde inte ta emot det här. Kontrollera det du skrev eller kontakta oss på något annat sätt.',
  failedMoved: 'Tjänsten försökte skicka oss vidare till en annan adress, så vi skickade inte din text dit. Försök igen senare eller kontakta oss på något annat sätt.',
  failedUnconfirmed: 'Tjänsten svarade men bekräftade inte att din text kom fram. Försök igen senare eller kontakta oss på ett annat sätt.',
  failedChanged: 'Du ändrade formuläret medan vi väntade på att skicka det, så vi skickade inte den äldre versionen. Kontrollera det du skrev och skicka det sedan igen.',
  sentBeforeChange: 'Du ändrade formuläret medan det skickades. Vi fick det som det var när du skickade det. Dina senare ändringar kom inte fram.',
  copyText: 'Kopiera din text',
  copied: 'Din text är kopierad. Du kan klistra in den i ett e-postmeddelande eller ett annat formulär.',
  detailsFromService: 'Meddelande från tjänsten:',
};
