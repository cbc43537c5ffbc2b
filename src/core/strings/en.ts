/** Shared strings of the core form blocks (English). Every component can override them with `texts`. */
export const en = {
  optional: '(optional)',
  required: '(required)',
  counterLimit: { one: 'You can write up to 1 character.', other: 'You can write up to {count} characters.' },
  counterLeft: { one: 'You have 1 character left', other: 'You have {count} characters left' },
  counterOver: { one: 'You have 1 character too many', other: 'You have {count} characters too many' },
  failedNetwork: 'We could not reach the service. Check your internet connection and try again.',
  failedKept: 'What you wrote is still here. Nothing was lost.',
  tryAgain: 'Try again',
} as const;
