/** Shared strings of the core form blocks (English). Every component can override them with `texts`. */
export const en = {
  optional: '(optional)',
  required: '(required)',
  errorSummaryTitle: 'Check these before you continue',
  errorSummaryIntro: { one: 'There is 1 problem:', other: 'There are {count} problems:' },
  counterLimit: { one: 'You can write up to 1 character.', other: 'You can write up to {count} characters.' },
  counterLeft: { one: 'You have 1 character left', other: 'You have {count} characters left' },
  counterOver: { one: 'You have 1 character too many', other: 'You have {count} characters too many' },
} as const;
