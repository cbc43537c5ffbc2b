import { defineElement } from '../core/define.js';
import { OsaParticipationLadder } from './osa-participation-ladder.js';

export { OsaParticipationLadder };
export type { LadderData, LevelData, Text, TextList } from './data.js';

defineElement('osa-participation-ladder', OsaParticipationLadder);

declare global {
  interface HTMLElementTagNameMap {
    'osa-participation-ladder': OsaParticipationLadder;
  }
}
