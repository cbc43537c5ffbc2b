import type { QuickRatingStrings } from './index.js';

/** <osa-quick-rating> selkokielellä: sama sisältö lyhyin lausein. */
export const fi: QuickRatingStrings = {
  question: 'Miten onnistuimme tänään?',
  rating1: 'Tosi huonosti',
  rating2: 'Huonosti',
  rating3: 'Ihan hyvin',
  rating4: 'Hyvin',
  rating5: 'Tosi hyvin',
  anonymous: 'Emme kysy nimeäsi. Emme kysy muita tietoja sinusta.',
  commentLabel: 'Haluatko kertoa lisää?',
  commentHint: 'Älä kirjoita nimeäsi. Älä kirjoita, kuka olet.',
  send: 'Lähetä',
  errorRating: 'Valitse vastaus',
  errorTooLong: { one: 'Kommentissa on 1 merkki liikaa. Lyhennä sitä.', other: 'Kommentissa on {count} merkkiä liikaa. Lyhennä sitä.' },
  thanks: 'Kiitos!',
  thanksUse: 'Vastauksesi auttaa meitä tekemään työtä paremmin.',
  saved: 'Vastauksesi on tallessa. Lähetämme sen myöhemmin. Netti ei nyt toimi.',
  again: 'Vastaa uudelleen',
  backSoon: 'Kohta näkymä alkaa alusta.',
  waiting: { one: '1 vastaus odottaa nettiä.', other: '{count} vastausta odottaa nettiä.' },
  failedTitle: 'Emme saaneet vastaustasi',
  failedConfig: 'Tämä ei nyt toimi. Emme voineet tallentaa vastaustasi.',
};
