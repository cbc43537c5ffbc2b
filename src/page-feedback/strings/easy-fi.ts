import type { PageFeedbackStrings } from './index.js';

/** <osa-page-feedback> selkokielellä: sama sisältö lyhyin lausein. */
export const fi: PageFeedbackStrings = {
  question: 'Oliko tästä sivusta apua?',
  yes: 'Kyllä',
  no: 'Ei',
  thanks: 'Kiitos vastauksesta.',
  yesComment: 'Haluatko kertoa lisää?',
  noComment: 'Mitä puuttui? Mikä oli väärin?',
  commentHint: 'Älä kirjoita nimeäsi. Älä kirjoita yhteystietojasi. Älä kirjoita terveydestäsi.',
  noReply: 'Luemme kaikki kommentit. Emme voi vastata niihin.',
  replyWanted: 'Haluatko vastauksen? Käytä silloin palautelomaketta.',
  feedbackLink: 'Mene palautelomakkeeseen',
  send: 'Lähetä',
  commentSent: 'Kiitos. Annamme kommenttisi niille, jotka tekevät tätä sivua.',
  already: 'Vastasit jo. Kiitos!',
  addComment: 'Lisää kommentti',
  errorEmpty: 'Kirjoita ensin kommentti',
  errorTooLong: { one: 'Kommentissa on 1 merkki liikaa. Lyhennä sitä.', other: 'Kommentissa on {count} merkkiä liikaa. Lyhennä sitä.' },
  failedTitle: 'Emme saaneet vastaustasi',
  commentFailedTitle: 'Emme saaneet kommenttiasi',
  failedConfig: 'Tämä kysymys ei nyt toimi. Emme voineet tallentaa vastaustasi.',
};
