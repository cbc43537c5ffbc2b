import type { LadderStrings } from './index.js';

/** Texts of <osa-participation-ladder> around the levels in Easy Read English: the same content as en.ts. */
export const en: LadderStrings = {
  ladderTitle: 'Levels of taking part',
  levelOf: 'Level {n} of {total}',
  here: 'This activity is here',
  summary: 'This activity is at level: {level}',
  summaryNamed: '{activity} is at level: {level}',
  promise: 'We promise:',
  examples: 'For example:',
  canInfluence: 'What you can influence',
  decided: 'What we already decided',
  contact: 'Ask us about this activity',
  compact: 'Level of taking part:',
  more: 'What does this mean?',
  moreAll: 'What do the levels mean?',
  dataError: 'There is a mistake on this page. So we cannot show all the facts about this activity.',
};
