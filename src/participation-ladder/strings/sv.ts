import type { LadderStrings } from './index.js';

/** Texter för delaktighets\u00adnivåerna (svenska). */
export const sv: LadderStrings = {
  ladderTitle: 'Delaktighets\u00adnivåer',
  levelOf: 'Nivå {n} av {total}',
  here: 'Verksamheten är på den här nivån',
  summary: 'Den här verksamheten är på nivån: {level}',
  summaryNamed: '{activity} är på nivån: {level}',
  promise: 'Vi lovar:',
  examples: 'Till exempel:',
  canInfluence: 'Det här kan du påverka',
  decided: 'Det här är redan bestämt',
  contact: 'Fråga oss om den här verksamheten',
  compact: 'Delaktighets\u00adnivå:',
  more: 'Vad betyder det här?',
  moreAll: 'Vad betyder delaktighets\u00adnivåerna?',
  dataError: 'Vi kan inte visa alla uppgifter om verksamheten, eftersom det finns ett fel på sidan.',
};
