import type { PageFeedbackStrings } from './index.js';

/** <osa-page-feedback> på svenska. */
export const sv: PageFeedbackStrings = {
  question: 'Hade du nytta av den här sidan?',
  yes: 'Ja',
  no: 'Nej',
  thanks: 'Tack för ditt svar.',
  yesComment: 'Vill du lägga till något?',
  noComment: 'Vad saknades eller var fel?',
  commentHint: 'Skriv inte ditt namn, dina kontaktuppgifter eller något om din hälsa.',
  noReply: 'Vi läser alla kommentarer, men vi kan inte svara på dem.',
  replyWanted: 'Om du vill ha svar, använd responsblanketten.',
  feedbackLink: 'Gå till responsblanketten',
  send: 'Skicka',
  commentSent: 'Tack. Vi skickar din kommentar vidare till dem som sköter den här sidan.',
  already: 'Du har redan svarat. Tack!',
  addComment: 'Lägg till en kommentar',
  errorEmpty: 'Skriv din kommentar först',
  errorTooLong: { one: 'Din kommentar är 1 tecken för lång. Gör den lite kortare.', other: 'Din kommentar är {count} tecken för lång. Gör den lite kortare.' },
  failedTitle: 'Ditt svar skickades inte',
  commentFailedTitle: 'Din kommentar skickades inte',
  failedConfig: 'Frågan är inte kopplad till någon tjänst, så vi kunde inte spara ditt svar.',
};
