import type { PageFeedbackStrings } from './index.js';

/** <osa-page-feedback> suomeksi. */
export const fi: PageFeedbackStrings = {
  question: 'Oliko tästä sivusta apua?',
  yes: 'Kyllä',
  no: 'Ei',
  thanks: 'Kiitos vastauksestasi.',
  yesComment: 'Haluatko kertoa vielä jotain?',
  noComment: 'Mitä puuttui tai mikä oli väärin?',
  commentHint: 'Älä kirjoita nimeäsi, yhteystietojasi tai mitään terveydestäsi.',
  noReply: 'Luemme kaikki kommentit, mutta emme voi vastata niihin.',
  replyWanted: 'Jos haluat vastauksen, käytä palautelomaketta.',
  feedbackLink: 'Siirry palautelomakkeeseen',
  send: 'Lähetä',
  commentSent: 'Kiitos. Välitämme kommenttisi niille, jotka ylläpitävät tätä sivua.',
  already: 'Kerroit jo mielipiteesi. Kiitos!',
  addComment: 'Lisää kommentti',
  errorEmpty: 'Kirjoita ensin kommenttisi',
  errorTooLong: { one: 'Kommentissa on 1 merkki liikaa. Lyhennä sitä vähän.', other: 'Kommentissa on {count} merkkiä liikaa. Lyhennä sitä vähän.' },
  failedTitle: 'Vastaustasi ei lähetetty',
  commentFailedTitle: 'Kommenttiasi ei lähetetty',
  failedConfig: 'Kysymystä ei ole yhdistetty palveluun, joten emme voineet tallentaa vastaustasi.',
};
