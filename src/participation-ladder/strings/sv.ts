import type { LadderStrings } from './index.js';

/** Texter för delaktighetsnivåerna (svenska). */
export const sv: LadderStrings = {
  ladderTitle: 'Delaktighetsnivåer',
  levelOf: 'Nivå {n} av {total}',
  here: 'Den här verksamheten är på den här nivån',
  summary: 'Den här verksamheten är på nivån: {level}',
  summaryNamed: '{activity} – delaktighetsnivå: {level}',
  promise: 'Vi lovar:',
  examples: 'Till exempel:',
  canInfluence: 'Det här kan du påverka',
  decided: 'Det här är redan bestämt',
  contact: 'Fråga oss om den här verksamheten',
  compact: 'Delaktighetsnivå:',
  more: 'Vad betyder det här?',
  moreAll: 'Vad betyder delaktighetsnivåerna?',
  dataError: 'En del uppgifter om den här verksamheten kan inte visas på grund av ett fel på sidan.',
};
