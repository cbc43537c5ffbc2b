import type { PageFeedbackStrings } from './index.js';

/** <osa-page-feedback> på lätt svenska: samma innehåll med korta meningar. */
export const sv: PageFeedbackStrings = {
  question: 'Fick du hjälp av den här sidan?',
  yes: 'Ja',
  no: 'Nej',
  thanks: 'Tack för ditt svar.',
  yesComment: 'Vill du berätta mer?',
  noComment: 'Vad saknades? Vad var fel?',
  commentHint: 'Skriv inte ditt namn. Skriv inte hur vi når dig. Skriv inte om din hälsa.',
  noReply: 'Vi läser alla kommentarer. Vi kan inte svara på dem.',
  replyWanted: 'Vill du ha svar? Använd då responsblanketten.',
  feedbackLink: 'Gå till responsblanketten',
  send: 'Skicka',
  commentSent: 'Tack. Vi ger din kommentar till dem som gör den här sidan.',
  already: 'Du har redan svarat. Tack!',
  addComment: 'Lägg till en kommentar',
  errorEmpty: 'Skriv din kommentar först',
  errorTooLong: { one: 'Din kommentar har 1 tecken för mycket. Gör den kortare.', other: 'Din kommentar har {count} tecken för mycket. Gör den kortare.' },
  failedTitle: 'Vi fick inte ditt svar',
  commentFailedTitle: 'Vi fick inte din kommentar',
  failedConfig: 'Frågan fungerar inte nu. Vi kunde inte spara ditt svar.',
};
