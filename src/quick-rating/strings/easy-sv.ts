import type { QuickRatingStrings } from './index.js';

/** <osa-quick-rating> på lätt svenska: samma innehåll med korta meningar. */
export const sv: QuickRatingStrings = {
  question: 'Hur gick det i dag?',
  rating1: 'Mycket dåligt',
  rating2: 'Dåligt',
  rating3: 'Okej',
  rating4: 'Bra',
  rating5: 'Mycket bra',
  anonymous: 'Vi frågar inte ditt namn. Vi frågar inte annat om dig.',
  commentLabel: 'Vill du berätta mer?',
  commentHint: 'Skriv inte ditt namn. Skriv inte vem du är.',
  send: 'Skicka',
  errorRating: 'Välj ett svar',
  errorTooLong: { one: 'Din kommentar har 1 tecken för mycket. Gör den kortare.', other: 'Din kommentar har {count} tecken för mycket. Gör den kortare.' },
  thanks: 'Tack!',
  thanksUse: 'Ditt svar hjälper oss att bli bättre.',
  saved: 'Vi har sparat ditt svar här. Vi skickar det senare. Internet fungerar inte nu.',
  again: 'Svara igen',
  backSoon: 'Snart börjar skärmen om.',
  waiting: { one: '1 svar väntar på internet.', other: '{count} svar väntar på internet.' },
  failedTitle: 'Vi fick inte ditt svar',
  failedConfig: 'Det här fungerar inte nu. Vi kunde inte spara ditt svar.',
};
