import type { LadderStrings } from './index.js';

/** Texter för delaktighets\u00adnivåerna på lätt svenska. Samma innehåll som sv.ts, i kortare meningar. */
export const sv: LadderStrings = {
  ladderTitle: 'Hur mycket du kan påverka',
  levelOf: 'Nivå {n} av {total}',
  here: 'Arbetet är på den här nivån',
  summary: 'Arbetet är på nivån: {level}',
  summaryNamed: '{activity} är på nivån: {level}',
  promise: 'Vi lovar:',
  examples: 'Till exempel:',
  canInfluence: 'Det här kan du påverka',
  decided: 'Det här är redan bestämt',
  contact: 'Fråga oss om det här',
  compact: 'Hur mycket du kan påverka:',
  more: 'Vad betyder det här?',
  moreAll: 'Vad betyder nivåerna?',
  dataError: 'Det finns ett fel på sidan. Vi kan inte visa allt.',
};
