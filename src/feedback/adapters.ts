import type { FeedbackData } from './fields.js';
import { open311List, open311Record, open311Url } from '../core/open311.js';
import { short, type SubmitRequest, type SubmitResponse } from '../core/submit.js';

/** The JSON adapter: POST the data as JSON. */
export function jsonRequest(endpoint: string, data: FeedbackData): Omit<SubmitRequest, 'idempotencyKey'> {
  return {
    url: endpoint,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(data),
  };
}

export interface Open311Options {
  serviceCode: string;
  apiKey?: string;
  jurisdictionId?: string;
  /** Send `locale` (CitySDK servers such as Helsinki's read it); off unless the page opts in. */
  sendLocale?: boolean;
  /** Send the kind as `attribute[kind]`: only when the service's definition has an attribute `kind`. */
  sendKind?: boolean;
}

/**
 * Open311 GeoReport v2: POST form-urlencoded to {endpoint}requests.json (the endpoint's own query string
 * kept). The place goes as service_object_id/type (with `extensions=citysdk`, without which the 6Aika server drops
 * them: issues/extensions.py, issues_citysdk/extension.py), lat+long, address_string and address_id; answers to
 * the service definition as attribute[code]=value, a multivaluelist as attribute[code][]=value.
 * Open311 servers store every POST as a new request (none reads an Idempotency-Key), so it is sent
 * `once`: no key header (which would also need a CORS preflight that servers such as FixMyStreet do
 * not answer) and no repeat by itself after a request that may have arrived (so actions.ts gives a
 * slow city system 60 seconds). Only an answer with the new request's id or token confirms it (see
 * readAnswer).
 */
export function open311Request(endpoint: string, data: FeedbackData, o: Open311Options): Omit<SubmitRequest, 'idempotencyKey'> {
  const form = new URLSearchParams();
  const put = (name: string, value: unknown) => {
    if ((typeof value === 'string' && value !== '') || typeof value === 'number') form.append(name, String(value));
  };
  put('api_key', o.apiKey);
  put('jurisdiction_id', o.jurisdictionId);
  put('service_code', o.serviceCode);
  put('description', data.message);
  if (o.sendLocale) put('locale', data.locale);
  const p = data.place ?? {};
  put('service_object_id', p.serviceObjectId);
  put('service_object_type', p.serviceObjectId ? p.serviceObjectType : undefined);
  // The 6Aika server takes the place's id only with its CitySDK extension asked for (others ignore the
  // field), and then refuses an id without a type: so only with both, or the feedback would not arrive.
  put('extensions', p.serviceObjectId && p.serviceObjectType ? 'citysdk' : undefined);
  if (p.lat !== undefined && p.long !== undefined) {
    put('lat', p.lat);
    put('long', p.long);
  }
  put('address_string', p.addressString);
  // The 6Aika server reads the place in words only as `address` (its serializer has no address_string)
  // and fails with a unit id alone; Mark-a-Spot reads either; others ignore the field.
  put('address', p.addressString);
  put('address_id', p.addressId);
  if (o.sendKind) put('attribute[kind]', data.kind);
  for (const [code, value] of Object.entries(data.attributes ?? {})) {
    if (Array.isArray(value)) value.forEach((v) => put(`attribute[${code}][]`, v));
    else put(`attribute[${code}]`, value);
  }
  if (data.contact) {
    // The contact holds email and phone only when a reply is wanted; a name may come without them.
    put('email', data.contact.email);
    put('phone', data.contact.phone);
    if (data.contact.name) {
      const [first, ...rest] = data.contact.name.trim().split(/\s+/);
      put('first_name', first);
      put('last_name', rest.join(' '));
    }
  }
  return {
    url: open311Url(endpoint, 'requests.json'),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', Accept: 'application/json' },
    body: form.toString(),
    once: true,
    accept: (body) => !!answerOf(body).reference,
  };
}

/**
 * Reads the reference and notice from a server's answer (JSON `{reference}` or Open311
 * `[{service_request_id|token, service_notice}]`, also wrapped as `{service_requests: […]}` (the
 * spec's XML root) or `{service_requests: {request: {…}}}` (Mark-a-Spot)). `token` is set when the
 * server gave only a token (a batch service), to be turned into an id. A list of several requests is
 * not an answer to one POST (FixMyStreet's read-only server answers a POST with its search results):
 * it gives no reference.
 */
export function readAnswer(response: SubmitResponse | undefined): { reference?: string; notice?: string; token?: string } {
  return answerOf(response?.body);
}

function answerOf(answer: unknown): { reference?: string; notice?: string; token?: string } {
  const list = open311List(answer, 'requests');
  const b = open311Record(list ? (list.length === 1 ? list[0] : undefined) : answer);
  if (!b) return {};
  // A blank reference counts as none, so the form shows its own (never an empty "reference number").
  const id = short(b.reference) ?? short(b.service_request_id);
  const token = id ? undefined : short(b.token);
  return { reference: id ?? token, notice: short(b.service_notice), token };
}
