import { isPerLang, isRecord, type LocalText } from '../core/i18n.js';
import { isDate, KINDS, MEETING_MODES, toCount, type Kind, type ListItem, type MeetingMode, type PanelConfig } from './config.js';

// The panel JSON reader: loaded only by a panel that has JSON (a child script or the json
// attribute), alongside its texts, so a panel set up by attributes alone does not fetch it.

const TEXT_KEYS = [
  'panelName', 'purpose', 'term', 'meetings', 'compensation', 'eligibility', 'selection', 'withdrawText',
  'nextRound', 'contactName', 'applyAddress', 'applyInPerson', 'eventDate', 'place', 'accessibility',
] as const;
const STRING_KEYS = ['privacyUrl', 'panelId', 'contactPhone', 'contactEmail', 'applyPhone'] as const;
const LIST_KEYS = ['areas', 'serviceAreas', 'ageGroups'] as const;
const COUNT_KEYS = ['places', 'replyDays'] as const;

const isLocalText = (v: unknown): v is LocalText => typeof v === 'string' || isPerLang(v, (t) => typeof t === 'string');

function readList(key: string, v: unknown, problems: string[]): ListItem[] | undefined {
  if (!Array.isArray(v)) {
    problems.push(`"${key}" must be a list (a JSON array)`);
    return undefined;
  }
  const items: ListItem[] = [];
  v.forEach((item, i) => {
    const o = item as Record<string, unknown> | null;
    if (typeof item === 'string' && item.trim()) items.push({ value: item.trim(), label: item });
    else if (o && (typeof o.value === 'string' || typeof o.value === 'number') && String(o.value).trim() && isLocalText(o.label)) items.push({ value: String(o.value).trim(), label: o.label });
    else problems.push(`item ${i + 1} of "${key}" needs a "value" and a "label"; it is left out`);
  });
  return items;
}

/**
 * Reads and checks the panel JSON. Never throws: what is wrong comes back as plain words for a
 * console warning, and every key that is right is kept.
 */
export function readPanelConfig(data: unknown): { config: PanelConfig; problems: string[] } {
  const config: PanelConfig = {};
  const problems: string[] = [];
  if (!isRecord(data)) return { config, problems: ['must be a JSON object like {"panelName": "…"}'] };
  const c = config as Record<string, unknown>;
  for (const [key, v] of Object.entries(data)) {
    if ((TEXT_KEYS as readonly string[]).includes(key)) {
      if (isLocalText(v)) c[key] = v;
      else problems.push(`"${key}" must be text, or {"fi": "…", "sv": "…", "en": "…"}`);
    } else if ((LIST_KEYS as readonly string[]).includes(key)) {
      const list = readList(key, v, problems);
      if (list) c[key] = list;
    } else if ((COUNT_KEYS as readonly string[]).includes(key)) {
      const count = toCount(v);
      if (count !== undefined) c[key] = count;
      else problems.push(`"${key}" must be a whole number, like 20`);
    } else if (key === 'meetingMode') {
      if (MEETING_MODES.includes(v as MeetingMode)) c[key] = v;
      else problems.push(`"meetingMode" must be one of ${MEETING_MODES.join(', ')}`);
    } else if (key === 'confirmEligibility') {
      if (typeof v === 'boolean') c[key] = v;
      else problems.push('"confirmEligibility" must be true or false');
    } else if ((STRING_KEYS as readonly string[]).includes(key)) {
      if (typeof v === 'string') c[key] = v;
      else problems.push(`"${key}" must be text`);
    } else if (key === 'kind') {
      if (KINDS.includes(v as Kind)) c[key] = v;
      else problems.push(`"kind" must be one of ${KINDS.join(', ')}`);
    } else if (key === 'applyBy') {
      if (isDate(v)) c[key] = v;
      else problems.push('"applyBy" must be a date like 2027-01-31');
    } else {
      problems.push(`has an unknown key "${key}"`);
    }
  }
  return { config, problems };
}

