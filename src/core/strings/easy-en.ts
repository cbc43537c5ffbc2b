import type { CoreStrings } from './index.js';

/** Shared strings of the core form blocks in Easy Read English: the same content as en.ts, in shorter sentences. */
export const en: CoreStrings = {
  optional: '(optional)',
  required: '(required)',
  counterLimit: {
    one: 'You can write up to 1 character. Every letter, number and space is 1 character.',
    other: 'You can write up to {count} characters. Every letter, number and space is 1 character.',
  },
  counterLeft: { one: 'You can write 1 more character', other: 'You can write {count} more characters' },
  counterOver: { one: 'You wrote 1 character too many', other: 'You wrote {count} characters too many' },
  failedNetwork: 'We could not reach the service. Check your internet connection. Then try again.',
  failedKept: 'What you wrote is still here. You did not lose anything.',
  tryAgain: 'Try again',
};
