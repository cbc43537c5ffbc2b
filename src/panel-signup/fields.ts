import type { Lang } from '../core/i18n.js';

// What the form needs at once: the form state, the data shape, lists and gentle format checks.
// Building and sending the JSON (adapters.ts) loads only when someone sends.

export type Channel = 'email' | 'phone' | 'post';
export const CHANNELS: readonly Channel[] = ['email', 'phone', 'post'];
export const SUPPORT = ['interpreter', 'sign-language', 'accessible-venue', 'hearing-loop', 'travel', 'digital', 'other'] as const;
export type SupportNeed = (typeof SUPPORT)[number];
export const AVAILABILITY = ['weekday-daytime', 'evening', 'online', 'in-person'] as const;

/** What the person has filled in: kept as the draft, turned into `PanelSignupData` when sent. */
export interface FormState {
  name: string;
  channels: string[];
  email: string;
  phone: string;
  address: string;
  preferred: string;
  area: string;
  ageGroup: string;
  services: string[];
  healthConsent: boolean;
  influence: string;
  support: string[];
  interpreterLanguage: string;
  supportOther: string;
  availability: string[];
  consent: boolean;
  eligible: boolean;
  otherWays: boolean;
}

export const EMPTY_FORM: FormState = {
  name: '', channels: [], email: '', phone: '', address: '', preferred: '', area: '', ageGroup: '', services: [], healthConsent: false,
  influence: '', support: [], interpreterLanguage: '', supportOther: '', availability: [], consent: false, eligible: false, otherWays: false,
};

/** The age group value that means "I'd rather not say": chosen, but never sent. */
export const NO_ANSWER = 'no-answer';

/**
 * A saved draft back as form state. Anything of the wrong type (an old version, or storage edited by
 * hand) is replaced by the empty value, so a draft can never break the form.
 */
export function restoreForm(draft: unknown): FormState {
  const d = (draft && typeof draft === 'object' ? draft : {}) as Record<string, unknown>;
  const out = { ...EMPTY_FORM } as Record<string, unknown>;
  for (const [key, empty] of Object.entries(EMPTY_FORM)) {
    const v = d[key];
    if (Array.isArray(empty) ? Array.isArray(v) && v.every((x) => typeof x === 'string') : typeof v === typeof empty) out[key] = v;
  }
  return out as unknown as FormState;
}

/** The preferred channel: the only one chosen, or the chosen preference if it is still among them. */
export function preferredChannel(f: FormState): Channel | undefined {
  if (f.channels.length === 1) return f.channels[0] as Channel;
  return f.channels.includes(f.preferred) ? (f.preferred as Channel) : undefined;
}

/**
 * What is sent (json adapter) and carried by the submit event. Only what the person filled in is
 * present: no empty strings, no empty lists, no `false` consents. See docs/panel-signup.schema.json.
 */
export interface PanelSignupData {
  /** What was applied for, when it is not a panel: `development-customer`, `experience-expert` or `workshop`. */
  kind?: 'development-customer' | 'experience-expert' | 'workshop';
  /** The panel's id from the `panel-id` attribute, when set. */
  panelId?: string;
  /** The language the person used, to answer in the same language. */
  locale: Lang;
  name: string;
  contact: { email?: string; phone?: string; postalAddress?: string; preferred: Channel };
  area?: string;
  ageGroup?: string;
  /** Broad service areas (values of the list). Present only with `consent.specialCategory`. */
  serviceAreas?: string[];
  influence?: string;
  support?: { needs: SupportNeed[]; interpreterLanguage?: string; other?: string };
  availability?: string[];
  consent: { processing: true; specialCategory?: true; otherWaysToTakePart?: true };
  eligibilityConfirmed?: true;
  /** The date promised for an answer (YYYY-MM-DD, Europe/Helsinki), when `reply-days` is set. */
  replyBy?: string;
  /** Only when the hidden anti-bot field was filled: for the server to weigh, never dropped by the form. */
  spamSignals?: { honeypotFilled: true; secondsToComplete: number };
}

export interface DataContext {
  locale: Lang;
  kind?: string;
  panelId?: string;
  replyBy?: string;
  /** Values the lists offer now: anything else in the state (an old draft) is not sent. */
  allowed: { areas?: readonly string[]; services: readonly string[]; ageGroups: readonly string[]; availability: readonly string[] };
  askEligibility: boolean;
  honeypot: string;
  secondsToComplete: number;
}

