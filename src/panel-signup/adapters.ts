import { short, type SubmitRequest, type SubmitResponse } from '../core/submit.js';
import { preferredChannel, SUPPORT, type Channel, type DataContext, type FormState, type PanelSignupData } from './fields.js';

// Loaded when someone sends: the payload, the JSON request and reading the answer.

/** Builds the payload from the form: only filled fields, trimmed; channels not chosen are left out. */
export function buildData(f: FormState, ctx: DataContext): PanelSignupData {
  const text = (v: string) => v.trim() || undefined;
  const only = (values: readonly string[], allowed: readonly string[]) => {
    const list = allowed.filter((v) => values.includes(v));
    return list.length ? list : undefined;
  };
  const chosen = (c: Channel) => f.channels.includes(c);
  const contact: PanelSignupData['contact'] = { preferred: preferredChannel(f)! };
  if (chosen('email')) contact.email = text(f.email);
  if (chosen('phone')) contact.phone = text(f.phone);
  if (chosen('post')) contact.postalAddress = text(f.address);
  const needs = SUPPORT.filter((s) => f.support.includes(s));
  const support: PanelSignupData['support'] = needs.length
    ? { needs, interpreterLanguage: needs.includes('interpreter') ? text(f.interpreterLanguage) : undefined, other: needs.includes('other') ? text(f.supportOther) : undefined }
    : undefined;
  const serviceAreas = only(f.services, ctx.allowed.services);
  const data: PanelSignupData = {
    kind: ctx.kind && ctx.kind !== 'panel' ? (ctx.kind as PanelSignupData['kind']) : undefined,
    panelId: ctx.panelId || undefined,
    locale: ctx.locale,
    name: f.name.trim(),
    contact,
    area: ctx.allowed.areas ? only([f.area], ctx.allowed.areas)?.[0] : undefined,
    ageGroup: only([f.ageGroup], ctx.allowed.ageGroups)?.[0],
    serviceAreas,
    influence: text(f.influence),
    support,
    availability: only(f.availability, ctx.allowed.availability),
    consent: { processing: true, specialCategory: serviceAreas && f.healthConsent ? true : undefined, otherWaysToTakePart: f.otherWays || undefined },
    eligibilityConfirmed: ctx.askEligibility && f.eligible ? true : undefined,
    replyBy: ctx.replyBy,
    spamSignals: ctx.honeypot ? { honeypotFilled: true, secondsToComplete: ctx.secondsToComplete } : undefined,
  };
  return prune(data);
}

/** Removes undefined keys at every depth, so that the JSON holds only what was given. */
function prune<T>(value: T): T {
  if (Array.isArray(value) || !value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = prune(v);
  return out as T;
}

/** The JSON adapter: POST the data as JSON (the Idempotency-Key header is added by the client). */
export function jsonRequest(endpoint: string, data: PanelSignupData): Omit<SubmitRequest, 'idempotencyKey'> {
  return { url: endpoint, headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(data) };
}

/** The reference from the server's answer `{"reference": "…"}` (or `id`), as plain text. */
export function readReference(response: SubmitResponse | undefined): string | undefined {
  const b = response?.body as Record<string, unknown> | undefined;
  return b && typeof b === 'object' ? short(b.reference, 80) ?? short(b.id, 80) : undefined;
}


/** A local reference when the service gives none: the start of the Idempotency-Key, which the server also got. */
export const localReference = (key: string) => key.replace(/-/g, '').slice(0, 8).toUpperCase();

