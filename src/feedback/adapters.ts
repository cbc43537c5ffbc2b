import { joinUrl, type FeedbackData } from './fields.js';
import { short, type SubmitRequest, type SubmitResponse } from '../core/submit.js';

/** The JSON adapter: POST the data as JSON. */
export function jsonRequest(endpoint: string, data: FeedbackData): Omit<SubmitRequest, 'idempotencyKey'> {
  return {
    url: endpoint,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(data),
  };
}

/** Open311 GeoReport v2: POST form-urlencoded to {endpoint}requests.json. */
export function open311Request(endpoint: string, data: FeedbackData, serviceCode: string, apiKey?: string): Omit<SubmitRequest, 'idempotencyKey'> {
  const form = new URLSearchParams();
  if (apiKey) form.set('api_key', apiKey);
  form.set('service_code', serviceCode);
  form.set('description', data.message);
  form.set('locale', data.locale);
  form.set('attribute[kind]', data.kind);
  if (data.contact) {
    // The contact holds email and phone only when a reply is wanted; a name may come without them.
    if (data.contact.email) form.set('email', data.contact.email);
    if (data.contact.phone) form.set('phone', data.contact.phone);
    if (data.contact.name) {
      const [first, ...rest] = data.contact.name.trim().split(/\s+/);
      form.set('first_name', first);
      if (rest.length) form.set('last_name', rest.join(' '));
    }
  }
  return {
    url: joinUrl(endpoint, 'requests.json'),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: form.toString(),
  };
}

/** Reads the reference and notice from a server's answer (JSON `{reference}` or Open311 `[{service_request_id|token, service_notice}]`). */
export function readAnswer(response: SubmitResponse | undefined): { reference?: string; notice?: string } {
  let body = response?.body;
  if (Array.isArray(body)) body = body[0];
  if (!body || typeof body !== 'object') return {};
  const b = body as Record<string, unknown>;
  // A blank reference counts as none, so the form shows its own (never an empty "reference number").
  return { reference: short(b.reference) ?? short(b.service_request_id) ?? short(b.token), notice: short(b.service_notice) };
}


