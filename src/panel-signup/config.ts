import { pickLang, type Lang, type LocalText } from '../core/i18n.js';

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

/** A whole number from 0 up, from a number or a numeric string; otherwise undefined. */
export function toCount(v: unknown): number | undefined {
  const n = typeof v === 'string' && v.trim() ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 10_000 ? n : undefined;
}

/** The text in `lang`, else in the first language given. Empty text counts as none. */
export function pick(text: LocalText | undefined, lang: Lang): string | undefined {
  return pickLang(text, lang)?.trim() || undefined;
}

/** A calendar date written YYYY-MM-DD that exists (2027-02-30 does not). */
export function isDate(v: unknown): v is string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Today in the Helsinki calendar, YYYY-MM-DD (core's helsinkiDay: with en-CA's pattern the form never closed in WebKitGTK). */
export { helsinkiDay } from '../core/i18n.js';
