import { isPerLang, isRecord, pickLang, type Lang, type LocalText } from '../core/i18n.js';

/**
 * The description of a panel, from attributes or a child `<script type="application/json">`.
 * Texts are a string, or one text per language: `{"fi": "…", "sv": "…", "en": "…"}`.
 */
export type MeetingMode = 'online' | 'in-person' | 'both';
export const MEETING_MODES: readonly MeetingMode[] = ['online', 'in-person', 'both'];

/** One choice of a configured list: `"Jyväskylä"` or `{"value": "jkl", "label": {"fi": "Jyväskylä"}}`. */
export interface ListItem {
  value: string;
  label: LocalText;
}

/** What is recruited: a customer panel (default), development customers, experience experts or a one-off workshop. */
export type Kind = 'panel' | 'development-customer' | 'experience-expert' | 'workshop';
export const KINDS: readonly Kind[] = ['panel', 'development-customer', 'experience-expert', 'workshop'];

export interface PanelConfig {
  kind?: Kind;
  panelId?: string;
  panelName?: LocalText;
  purpose?: LocalText;
  term?: LocalText;
  meetings?: LocalText;
  meetingMode?: MeetingMode;
  /** Empty or missing: the component says plainly that members are not paid. */
  compensation?: LocalText;
  eligibility?: LocalText;
  /** Ask the applicant to confirm the eligibility conditions (a required checkbox). */
  confirmEligibility?: boolean;
  places?: number;
  selection?: LocalText;
  replyDays?: number;
  privacyUrl?: string;
  withdrawText?: LocalText;
  /** The last day to apply (YYYY-MM-DD, Helsinki calendar). After it the form says the round is closed. */
  applyBy?: string;
  /** When the next round opens: a date (YYYY-MM-DD) or text, shown once the round is closed. */
  nextRound?: LocalText;
  /** A named contact for questions. */
  contactName?: LocalText;
  contactPhone?: string;
  contactEmail?: string;
  /** Other ways to apply: by phone, by post (lines separated by `|`), in person. */
  applyPhone?: string;
  applyAddress?: LocalText;
  applyInPerson?: LocalText;
  /** Workshop: when, where and how accessible the place is. */
  eventDate?: LocalText;
  place?: LocalText;
  accessibility?: LocalText;
  /** `[]` hides the question; missing: the area question is not asked. */
  areas?: ListItem[];
  /** `[]` hides the question; missing: the built-in broad service areas. */
  serviceAreas?: ListItem[];
  /** `[]` hides the question; missing: the built-in age groups. */
  ageGroups?: ListItem[];
}

const TEXT_KEYS = [
  'panelName', 'purpose', 'term', 'meetings', 'compensation', 'eligibility', 'selection', 'withdrawText',
  'nextRound', 'contactName', 'applyAddress', 'applyInPerson', 'eventDate', 'place', 'accessibility',
] as const;
const STRING_KEYS = ['privacyUrl', 'panelId', 'contactPhone', 'contactEmail', 'applyPhone'] as const;
const LIST_KEYS = ['areas', 'serviceAreas', 'ageGroups'] as const;
const COUNT_KEYS = ['places', 'replyDays'] as const;

const isLocalText = (v: unknown): v is LocalText => typeof v === 'string' || isPerLang(v, (t) => typeof t === 'string');

/** A whole number from 0 up, from a number or a numeric string; otherwise undefined. */
export function toCount(v: unknown): number | undefined {
  const n = typeof v === 'string' && v.trim() ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 10_000 ? n : undefined;
}

/** The text in `lang`, else in the first language given. Empty text counts as none. */
export function pick(text: LocalText | undefined, lang: Lang): string | undefined {
  return pickLang(text, lang)?.trim() || undefined;
}

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

/** A calendar date written YYYY-MM-DD that exists (2027-02-30 does not). */
export function isDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Today in the Helsinki calendar, YYYY-MM-DD (core's helsinkiDay: with en-CA's pattern the form never closed in WebKitGTK). */
export { helsinkiDay } from '../core/i18n.js';
