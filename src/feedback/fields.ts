import { pickLang, type Lang } from '../core/i18n.js';

// What the form needs at once: kinds, data shapes, topics and gentle format checks.
// The network formats (adapters.ts) load only when someone sends.

export type FeedbackKind = 'praise' | 'problem' | 'idea' | 'question';
export const KINDS: readonly FeedbackKind[] = ['praise', 'problem', 'idea', 'question'];

/** What a person gave, as sent by the `json` adapter and carried by the events. See docs/feedback.schema.json. */
export interface FeedbackData {
  kind: FeedbackKind;
  /** The chosen topic's value (an Open311 service_code with adapter="open311"), or null. */
  topic: string | null;
  message: string;
  replyWanted: boolean;
  /**
   * Only the fields given, or null. With a reply: email and/or phone, and the name if given. Without
   * a reply: at most the name (a person may sign their feedback without asking for a reply).
   */
  contact: { email?: string; phone?: string; name?: string } | null;
  locale: Lang;
  /** The page without query string or fragment, which can hold personal data. */
  pageUrl: string;
  /** The promised reply date (YYYY-MM-DD, Europe/Helsinki), or null when no reply is wanted or promised. */
  promisedBy: string | null;
  /** Signs of a bot, for the server to weigh. Never a reason for the form to drop feedback by itself. */
  spamSignals?: { honeypotFilled: boolean; secondsToComplete: number };
}

export interface Topic {
  value: string;
  label: string;
}

/** `{endpoint}` + path, whether or not the endpoint ends with a slash. */
export function joinUrl(endpoint: string, path: string): string {
  return endpoint.endsWith('/') ? endpoint + path : `${endpoint}/${path}`;
}

/** Topics from inline JSON: strings, or `{value, label}` where label may be `{fi, sv, en}`. Invalid entries are skipped. */
export function readTopics(data: unknown, lang: Lang): { topics: Topic[]; problems: string[] } {
  const problems: string[] = [];
  if (!Array.isArray(data)) return { topics: [], problems: ['must be a JSON array of topics'] };
  const topics: Topic[] = [];
  data.forEach((item, i) => {
    if (typeof item === 'string' && item.trim()) return void topics.push({ value: item, label: item });
    const o = item as Record<string, unknown> | null;
    const label = pickLang(o?.label, lang);
    const value = o?.value ?? o?.id;
    if ((typeof value === 'string' || typeof value === 'number') && typeof label === 'string' && label.trim()) topics.push({ value: String(value), label });
    else problems.push(`topic ${i + 1} needs a "value" and a "label"`);
  });
  return { topics, problems };
}

/** Topics from an Open311 services.json answer. */
export function readServices(data: unknown): Topic[] {
  if (!Array.isArray(data)) return [];
  return data
    .filter((s) => s && typeof s === 'object' && (typeof s.service_code === 'string' || typeof s.service_code === 'number') && typeof s.service_name === 'string')
    .map((s) => ({ value: String(s.service_code), label: s.service_name as string }));
}

export { isEmail, isPhone } from '../core/validate.js';
