/** Texts of <osa-participation-ladder> around the levels (English). The levels' own texts are in levels-*.ts. */
export const en = {
  ladderTitle: 'Levels of participation',
  levelOf: 'Level {n} of {total}',
  here: 'This activity is here',
  summary: 'This activity is at level: {level}',
  summaryNamed: '{activity} is at level: {level}',
  promise: 'What we promise:',
  examples: 'For example:',
  canInfluence: 'What you can influence',
  decided: 'What is already decided',
  contact: 'Ask us about this activity',
  compact: 'Participation level:',
  more: 'What does this mean?',
  moreAll: 'What do the levels of participation mean?',
  dataError: 'Some details about this activity cannot be shown because of an error on this page.',
} as const;
