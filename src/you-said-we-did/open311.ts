/**
 * The Open311 adapter of <osa-you-said-we-did>, loaded only with `adapter="open311"` (in parallel
 * with the request), so boards fed with JSON do not carry it.
 */
import { isRecord } from '../core/i18n.js';
import type { Status } from './data.js';

/** Helsinki's detailed_status values (a comma-separated list) mapped to the board's statuses. */
const DETAILED: Record<string, Status> = {
  RECEIVED: 'received',
  PUBLIC_WORKS_NEW: 'received',
  IN_PROCESS: 'in-progress',
  PUBLIC_WORKS_IN_PROGRESS: 'in-progress',
  PUBLIC_WORKS_COMPLETED_SCHEDULED_LATER: 'planned',
  PROCESSED: 'done',
  ARCHIVED: 'done',
  PUBLIC_WORKS_COMPLETED: 'done',
  REJECTED: 'not-possible',
  PUBLIC_WORKS_COMPLETED_REQUIRES_NO_ACTION: 'not-possible',
  PUBLIC_WORKS_INTERRUPTED: 'not-possible',
};

/**
 * Turns an Open311 GeoReport v2 `requests.json` answer into items (checked afterwards like any data):
 * description → said, status_notes → did (or reason when not possible), service_name → service,
 * requested/updated datetimes → dates. The status comes from `extended_attributes.detailed_status`
 * when the server gives it (the last value that says more than "received"), else from open/closed.
 */
export function fromOpen311(requests: unknown): unknown {
  if (!Array.isArray(requests)) return requests;
  return requests.map((r) => {
    if (!isRecord(r)) return r;
    const ext = isRecord(r.extended_attributes) ? r.extended_attributes : {};
    const detailed = String(ext.detailed_status ?? '').split(',').map((s) => s.trim()).filter((s) => Object.hasOwn(DETAILED, s)).map((s) => DETAILED[s]);
    const notes = r.status_notes || undefined;
    const status = detailed.filter((s) => s !== 'received').pop() ?? detailed[0] ?? (r.status === 'closed' ? 'done' : notes ? 'in-progress' : 'received');
    const no = status === 'not-possible';
    return {
      id: r.service_request_id ?? r.token,
      said: r.description,
      did: no ? undefined : notes,
      reason: no ? notes : undefined,
      status,
      service: r.service_name || undefined,
      dates: { received: r.requested_datetime, updated: r.updated_datetime, done: status === 'done' ? r.updated_datetime : undefined },
    };
  });
}
