import type { CoreStrings } from './index.js';

/** Gemensamma texter för formulärdelarna på lätt svenska. Samma innehåll som sv.ts, i kortare meningar. */
export const sv: CoreStrings = {
  optional: '(frivilligt)',
  required: '(obligatoriskt)',
  errorSummaryTitle: 'Rätta det här först',
  errorSummaryIntro: { one: 'Det finns 1 fel i formuläret:', other: 'Det finns {count} fel i formuläret:' },
  counterLimit: {
    one: 'Du kan skriva högst 1 tecken. Varje bokstav, siffra och mellanslag är 1 tecken.',
    other: 'Du kan skriva högst {count} tecken. Varje bokstav, siffra och mellanslag är 1 tecken.',
  },
  counterLeft: { one: 'Du kan skriva 1 tecken till', other: 'Du kan skriva {count} tecken till' },
  counterOver: { one: 'Du har skrivit 1 tecken för mycket', other: 'Du har skrivit {count} tecken för mycket' },
  sending: 'Vi skickar…',
  retrying: { one: 'Nätet är långsamt. Vi försöker igen om 1 sekund.', other: 'Nätet är långsamt. Vi försöker igen om {count} sekunder.' },
  retryingBusy: { one: 'Många använder tjänsten nu. Vi försöker igen om 1 sekund.', other: 'Många använder tjänsten nu. Vi försöker igen om {count} sekunder.' },
  retryingServer: { one: 'Det är fel på tjänsten. Vi försöker igen om 1 sekund.', other: 'Det är fel på tjänsten. Vi försöker igen om {count} sekunder.' },
  offline: 'Du har ingen internetförbindelse just nu. Det du skrev finns kvar här. Vi skickar det när nätet fungerar igen. Låt sidan vara öppen.',
  failedNetwork: 'Vi fick ingen kontakt med tjänsten. Kontrollera din internetförbindelse. Försök sedan igen.',
  failedServer: 'Det är fel på tjänsten just nu. Vänta en stund. Försök sedan igen.',
  failedBusy: 'Många använder tjänsten just nu. Vänta en stund. Försök sedan igen.',
  failedTimeout: 'Tjänsten svarade inte i tid. Vänta en stund. Försök sedan igen.',
  failedRejected: 'Tjänsten kunde inte ta emot det här. Kontrollera det du skrev. Eller kontakta oss på ett annat sätt.',
  failedMoved: 'Tjänsten försökte skicka oss till en annan adress. Därför skickade vi inte din text. Försök igen senare. Eller kontakta oss på ett annat sätt.',
  failedKept: 'Det du skrev finns kvar. Du har inte förlorat något.',
  tryAgain: 'Försök igen',
  copyText: 'Kopiera din text',
  copied: 'Vi har kopierat din text. Nu kan du klistra in den i din e-post eller i ett annat formulär.',
  detailsFromService: 'Tjänsten säger:',
};
