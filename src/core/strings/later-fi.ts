import type { CoreLaterStrings } from './index.js';

/** Ydinosien yhteiset tekstit, jotka näkyvät vasta lähettämisen jälkeen (suomi): ne ladataan lomakkeen toimintojen kanssa, ei ensimmäiseen näkymään. */
export const fi: CoreLaterStrings = {
  errorSummaryTitle: 'Tarkista nämä ennen kuin jatkat',
  errorSummaryIntro: { one: 'Lomakkeessa on 1 korjattava kohta:', other: 'Lomakkeessa on {count} korjattavaa kohtaa:' },
  sending: 'Lähetämme…',
  retrying: { one: 'Yhteys on hidas. Yritämme uudelleen 1 sekunnin kuluttua.', other: 'Yhteys on hidas. Yritämme uudelleen {count} sekunnin kuluttua.' },
  retryingBusy: { one: 'Palvelu on ruuhkainen. Yritämme uudelleen 1 sekunnin kuluttua.', other: 'Palvelu on ruuhkainen. Yritämme uudelleen {count} sekunnin kuluttua.' },
  retryingServer: { one: 'Palvelussa on vika. Yritämme uudelleen 1 sekunnin kuluttua.', other: 'Palvelussa on vika. Yritämme uudelleen {count} sekunnin kuluttua.' },
  offline: 'Sinulla ei ole nyt verkkoyhteyttä. Kirjoittamasi teksti on tallessa. Lähetämme sen, kun yhteys palaa – pidä tämä sivu auki.',
  failedServer: 'Palvelussa on nyt vika. Yritä hetken päästä uudelleen.',
  failedBusy: 'Palvelu on nyt ruuhkainen. Yritä hetken päästä uudelleen.',
  failedTimeout: 'Palvelu ei vastannut ajoissa. Yritä hetken päästä uudelleen.',
  failedRejected: 'Palvelu ei voinut ottaa tätä vastaan. Tarkista tekstisi tai ota yhteyttä muulla tavalla.',
  failedMoved: 'Palvelu yritti ohjata meidät toiseen osoitteeseen, joten emme lähettäneet tekstiäsi sinne. Yritä myöhemmin uudelleen tai ota yhteyttä muulla tavalla.',
  failedUnconfirmed: 'Palvelu vastasi, mutta ei vahvistanut, että tekstisi tuli perille. Yritä myöhemmin uudelleen tai ota yhteyttä muulla tavalla.',
  failedChanged: 'Muutit lomaketta, kun odotimme sen lähettämistä, joten emme lähettäneet vanhempaa versiota. Tarkista tekstisi ja lähetä se sitten uudelleen.',
  sentBeforeChange: 'Muutit lomaketta lähettämisen aikana. Saimme sen sellaisena kuin se oli, kun lähetit sen. Myöhemmät muutoksesi eivät tulleet perille.',
  copyText: 'Kopioi tekstisi',
  copied: 'Tekstisi on kopioitu. Voit liittää sen sähköpostiin tai toiseen lomakkeeseen.',
  detailsFromService: 'Palvelun viesti:',
};
