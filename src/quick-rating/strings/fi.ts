import type { QuickRatingStrings } from './index.js';

/** <osa-quick-rating> suomeksi. */
export const fi: QuickRatingStrings = {
  question: 'Miten onnistuimme tänään?',
  rating1: 'Erittäin huonosti',
  rating2: 'Huonosti',
  rating3: 'Kohtalaisesti',
  rating4: 'Hyvin',
  rating5: 'Erittäin hyvin',
  anonymous: 'Arvio on nimetön. Emme kysy nimeäsi emmekä muita henkilötietojasi.',
  commentLabel: 'Haluatko kertoa lisää?',
  commentHint: 'Älä kirjoita nimeäsi tai muuta, mistä sinut voi tunnistaa.',
  send: 'Lähetä arvio',
  errorRating: 'Valitse, miten onnistuimme',
  errorTooLong: { one: 'Kommentissa on 1 merkki liikaa. Lyhennä sitä vähän.', other: 'Kommentissa on {count} merkkiä liikaa. Lyhennä sitä vähän.' },
  thanks: 'Kiitos arviostasi!',
  thanksUse: 'Käytämme arvioita palvelujen parantamiseen.',
  saved: 'Arviosi on tallessa tällä laitteella. Se lähetetään, kun yhteys palaa.',
  again: 'Anna uusi arvio',
  backSoon: 'Näkymä palaa pian alkuun.',
  waiting: { one: '1 arvio odottaa yhteyttä.', other: '{count} arviota odottaa yhteyttä.' },
  failedTitle: 'Arviotasi ei lähetetty',
  failedConfig: 'Arviota ei ole yhdistetty palveluun, joten emme voineet tallentaa sitä.',
};
