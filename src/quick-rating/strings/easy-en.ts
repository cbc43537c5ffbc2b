import type { QuickRatingStrings } from './index.js';

/** <osa-quick-rating> in Easy English: the same content in short sentences. */
export const en: QuickRatingStrings = {
  question: 'How did we do today?',
  rating1: 'Very badly',
  rating2: 'Badly',
  rating3: 'Okay',
  rating4: 'Well',
  rating5: 'Very well',
  anonymous: "We don't ask your name. We don't ask other things about you.",
  commentLabel: 'Do you want to tell us more?',
  commentHint: "Don't write your name. Don't write who you are.",
  send: 'Send',
  errorRating: 'Choose an answer',
  errorTooLong: { one: 'Your comment is 1 letter too long. Make it shorter.', other: 'Your comment is {count} letters too long. Make it shorter.' },
  thanks: 'Thank you!',
  thanksUse: 'Your answer helps us do better.',
  saved: 'We saved your answer here. We send it later. The internet does not work now.',
  again: 'Answer again',
  backSoon: 'Soon the screen starts again.',
  waiting: { one: '1 answer waits for the internet.', other: '{count} answers wait for the internet.' },
  failedTitle: 'We did not get your answer',
  failedConfig: 'This does not work now. We could not save your answer.',
};
