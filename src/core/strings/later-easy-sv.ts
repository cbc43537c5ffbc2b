import type { CoreLaterStrings } from './index.js';

/** Gemensamma texter efter att man skickar, på lätt svenska. Samma innehåll som later-sv.ts, med kortare meningar. */
export const sv: CoreLaterStrings = {
  errorSummaryTitle: 'Rätta det här först',
  errorSummaryIntro: { one: 'Det finns 1 fel i formuläret:', other: 'Det finns {count} fel i formuläret:' },
  sending: 'Vi skickar…',
  retrying: { one: 'Nätet är långsamt. Vi försöker igen om 1 sekund.', other: 'Nätet är långsamt. Vi försöker igen om {count} sekunder.' },
  retryingBusy: { one: 'Många använder tjänsten nu. Vi försöker igen om 1 sekund.', other: 'Många använder tjänsten nu. Vi försöker igen om {count} sekunder.' },
  retryingServer: { one: 'Det är fel på tjänsten. Vi försöker igen om 1 sekund.', other: 'Det är fel på tjänsten. Vi försöker igen om {count} sekunder.' },
  offline: 'Du har ingen internetförbindelse just nu. Det du skrev finns kvar här. Vi skickar det när nätet fungerar igen. Låt sidan vara öppen.',
  failedServer: 'Det är fel på tjänsten just nu. Vänta en stund. Försök sedan igen.',
  failedBusy: 'Många använder tjänsten just nu. Vänta en stund. Försök sedan igen.',
  failedTimeout: 'Tjänsten svarade inte i tid. Vänta en stund. Försök sedan igen.',
  failedRejected: 'Tjänsten kunde inte ta emot det här. Kontrollera det du skrev. Eller kontakta oss på ett annat sätt.',
  failedMoved: 'Tjänsten försökte skicka oss till en annan adress. Därför skickade vi inte din text. Försök igen senare. Eller kontakta oss på ett annat sätt.',
  failedUnconfirmed: 'Vi vet inte om din text kom fram. Tjänsten sa inget om det. Försök igen senare. Eller kontakta oss på ett annat sätt.',
  failedChanged: 'Du ändrade formuläret medan vi väntade på att skicka det. Därför skickade vi inte den gamla versionen. Kontrollera din text. Skicka den sedan igen.',
  sentBeforeChange: 'Du ändrade formuläret när vi skickade det. Vi fick det som det var när du skickade det. Dina senare ändringar kom inte till oss.',
  copyText: 'Kopiera din text',
  copied: 'Vi har kopierat din text. Nu kan du klistra in den i din e-post eller i ett annat formulär.',
  detailsFromService: 'Tjänsten säger:',
};
