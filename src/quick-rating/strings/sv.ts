import type { QuickRatingStrings } from './index.js';

/** <osa-quick-rating> på svenska. */
export const sv: QuickRatingStrings = {
  question: 'Hur lyckades vi i dag?',
  rating1: 'Mycket dåligt',
  rating2: 'Dåligt',
  rating3: 'Någorlunda',
  rating4: 'Bra',
  rating5: 'Mycket bra',
  anonymous: 'Bedömningen är anonym. Vi frågar inte efter ditt namn eller andra personuppgifter.',
  commentLabel: 'Vill du berätta mer?',
  commentHint: 'Skriv inte ditt namn eller något annat som visar vem du är.',
  send: 'Skicka bedömningen',
  errorRating: 'Välj hur vi lyckades',
  errorTooLong: { one: 'Din kommentar är 1 tecken för lång. Gör den lite kortare.', other: 'Din kommentar är {count} tecken för lång. Gör den lite kortare.' },
  thanks: 'Tack för din bedömning!',
  thanksUse: 'Vi använder bedömningarna för att förbättra våra tjänster.',
  saved: 'Din bedömning är sparad på den här enheten. Den skickas när förbindelsen fungerar igen.',
  again: 'Ge en ny bedömning',
  backSoon: 'Skärmen går snart tillbaka till början.',
  waiting: { one: '1 bedömning väntar på förbindelsen.', other: '{count} bedömningar väntar på förbindelsen.' },
  failedTitle: 'Din bedömning skickades inte',
  failedConfig: 'Bedömningen är inte kopplad till någon tjänst, så vi kunde inte spara den.',
};
