import type { CoreLaterStrings } from './index.js';

/** Ydinosien yhteiset tekstit lähettämisen jälkeen selkokielellä (suomi). Sama sisältö kuin later-fi.ts:ssä, lyhyemmin lausein. */
export const fi: CoreLaterStrings = {
  errorSummaryTitle: 'Korjaa nämä asiat ensin',
  errorSummaryIntro: { one: 'Lomakkeessa on 1 virhe:', other: 'Lomakkeessa on {count} virhettä:' },
  sending: 'Lähetämme…',
  retrying: { one: 'Netti on hidas. Yritämme uudelleen 1 sekunnin päästä.', other: 'Netti on hidas. Yritämme uudelleen {count} sekunnin päästä.' },
  retryingBusy: { one: 'Moni käyttää palvelua nyt. Yritämme uudelleen 1 sekunnin päästä.', other: 'Moni käyttää palvelua nyt. Yritämme uudelleen {count} sekunnin päästä.' },
  retryingServer: { one: 'Palvelussa on vika. Yritämme uudelleen 1 sekunnin päästä.', other: 'Palvelussa on vika. Yritämme uudelleen {count} sekunnin päästä.' },
  offline: 'Sinulla ei ole nyt nettiyhteyttä. Tekstisi on tallessa. Lähetämme sen, kun netti toimii taas. Pidä tämä sivu auki.',
  failedServer: 'Palvelussa on nyt vika. Odota hetki. Yritä sitten uudelleen.',
  failedBusy: 'Moni käyttää palvelua juuri nyt. Odota hetki. Yritä sitten uudelleen.',
  failedTimeout: 'Palvelu ei vastannut ajoissa. Odota hetki. Yritä sitten uudelleen.',
  failedRejected: 'Palvelu ei voinut ottaa tätä vastaan. Tarkista, mitä kirjoitit. Tai ota meihin yhteyttä muulla tavalla.',
  failedMoved: 'Palvelu yritti ohjata meidät toiseen osoitteeseen. Siksi emme lähettäneet tekstiäsi. Yritä myöhemmin uudelleen. Tai ota meihin yhteyttä muulla tavalla.',
  failedUnconfirmed: 'Emme tiedä, tuliko tekstisi perille. Palvelu ei kertonut sitä. Yritä myöhemmin uudelleen. Tai ota meihin yhteyttä muulla tavalla.',
  failedChanged: 'Muutit lomaketta, kun odotimme lähettämistä. Siksi emme lähettäneet vanhaa versiota. Tarkista tekstisi. Lähetä se sitten uudelleen.',
  sentBeforeChange: 'Muutit lomaketta, kun lähetimme sitä. Saimme sen sellaisena kuin se oli, kun lähetit sen. Myöhemmät muutokset eivät tulleet meille.',
  copyText: 'Kopioi tekstisi',
  copied: 'Kopioimme tekstisi. Nyt voit liittää sen sähköpostiin tai toiseen lomakkeeseen.',
  detailsFromService: 'Palvelu kertoo:',
};
