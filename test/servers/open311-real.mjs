// Open311 GeoReport v2 servers as they really answer, for <osa-feedback> and <osa-you-said-we-did>.
// Each shape below names where it comes from; the data is our own.
//
//   /api/o311real/<shape>/<run>/services.json            GET  the service list
//   /api/o311real/<shape>/<run>/services/<code>.json     GET  a service definition (metadata: true)
//   /api/o311real/<shape>/<run>/requests.json            GET  requests, POST a new one
//   /api/o311real/<shape>/<run>/tokens/<token>.json      GET  a token's request id (batch services)
//   /api/o311real/<shape>/<run>/log                      GET  { gets: [path+query…], posts: [form…], bodies: [raw…],
//                                                        heads: [{idempotencyKey, contentType}…] of the POSTs, preflights,
//                                                        stored: [what the 6Aika shape kept of each POST] } of that run
//   /api/o311real/helsinki-proxy/<run>/…                 a same-origin proxy: adds Helsinki's secret api_key
//                                                        server-side and forwards to the helsinki shape
//
// Shapes:
//   helsinki     Helsinki's Open311 (asiointi.hel.fi/palautews/rest/v1, documented at dev.hel.fi/apis/open311;
//                test server in City-of-Helsinki/issues-example v1/requests.php): every service needs a place
//                (lat+long or service_object_id), descriptions of 10–5,000 characters, a secret api_key; the
//                documented 403 body is not valid JSON (trailing comma); POST answers
//                [{"service_request_id", "service_notice": ""}]; requests.json is a plain array whose
//                service_name may be "" (production) and whose texts carry HTML references (&quot;);
//                extended_attributes.detailed_status with extensions=true (CitySDK). Texts are in Finnish only.
//   chicago      Chicago/open311-api-docs: lat, long and address_string required on POST; services with
//                metadata: true and a definition (services/{code}.json); batch services answer [{"token"}],
//                resolved later by GET tokens/{token}.json; requests.json pages with page and page_size
//                (default 50, at most 500).
//   fixmystreet  mysociety/fixmystreet perllib/FixMyStreet/App/Controller/Open311.pm and
//                t/app/controller/open311.t: jurisdiction_id required (without it an HTML error page, status
//                200); lists wrapped as {"requests": [{"request": […]}]} and {"services": [{"service": […]}]},
//                service values in one-item arrays (XML::Simple); description is "title: detail"; no paging.
//                POST: FixMyStreet's Open311 server is read-only ("At the moment only searching for and looking
//                at reports work", templates/web/base/open311/index.html), but its requests route takes any
//                method and reads parameters from the body too (App.pm get_param): a POST is a search, answered
//                200 with other people's reports, as {"service_requests": […]} (the wrapping since 2019,
//                commit a001d6f3ce). Every answer has Access-Control-Allow-Origin: * and nothing else for CORS
//                (format_output): a request that needs a preflight cannot reach it from another origin.
//   fixmystreet-archive  the same server with 300 reports: requests.json ignores page, answers at most 120
//                (OPEN311_LIMIT) newest first, start_date >=, end_date < (see fmsArchiveSearch).
//   markaspot    markaspot/markaspot GeoreportRequestIndexResource.php: a new request is answered 201 with
//                {"service_requests": {"request": {"service_request_id": "…"}}} (an object, not a list).
//                A description "FAIL 500" gets a 500 here, to see that a fault is not sent again by itself.
//   sixaika      6aika/issue-reporting (the Open311 server the six largest Finnish cities specified together):
//                requests.json pages with page and page_size (issues/api/pagination.py, the Django REST
//                framework's PageNumberPagination): a plain list, and 404 {"detail": "Invalid page."} for a
//                page past the end. Here exactly 100 requests, so the second page is past the end. POST: see
//                sixaikaPost (the place is kept only with the CitySDK extension asked for; a request needs
//                lat + long or `address`, not address_string; no contact details are stored).
//   spec         open311/open311.github.io GeoReport_v2: the example requests have "description": null;
//                here wrapped as {"service_requests": […]} like the spec's XML root.
//   spec-recent  a server that keeps to the spec's default range: without start_date and end_date only
//                the last 90 days (here 30 of 90 requests), no paging (see specSearch); spec-gaps and
//                spec-gaps-404: the same with months of nothing in between (see specGaps); spec-season:
//                nothing in the last 90 days, older requests before (see specSeason); spec-empty: nothing;
//                spec-no-dates: nothing, and 400 for any search by date; spec-window-down: nothing, and
//                503 for any search by date; spec-junk: spec-season whose first answer is one request
//                with neither id nor text; spec-slow: spec-recent answering searches by date after 1.5 s.
//   fixmystreet-live  fixmystreet-archive with one report published between the first and second search.
//   libre311     UnityFoundation-io/Libre311 RootController.java and ServiceRequestService.java: requests.json
//                pages with Micronaut's Pageable, `page` counted from 0 (0 when not given) and `page_size`
//                (application.yml size-parameter-name), newest first (dateCreated DESC); a plain list, an
//                empty one past the end; headers page-TotalSize, page-TotalPages, page-PageNumber,
//                page-Offset, page-Size, listed in Access-Control-Expose-Headers. Status is open,
//                in_progress, assigned or closed (ServiceRequestStatus). Here 250 requests (see libre311Search).
//                requests/{id}.json: [the request]; an unknown number is a NullPointerException from
//                List.of(null) (RootController.getServiceRequestJson), so Micronaut's 500; a number that is
//                no Long, 400. requests.json?service_request_id=… (GetServiceRequestsDTO) lists only those.
// Every shape answers like FixMyStreet for CORS (see above), and counts preflights (OPTIONS).
import { readBody, sendJson } from './_util.mjs';

const logs = new Map();
const log = (run) => {
  if (!logs.has(run)) logs.set(run, { gets: [], posts: [], bodies: [], heads: [], preflights: 0, tokenTries: 0, stored: [] });
  return logs.get(run);
};
const raw = (res, status, body, type = 'application/json; charset=utf-8') => {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
};
const errors = (res, status, ...descriptions) => sendJson(res, status, descriptions.map((description) => ({ code: status, description })));

// ---- Helsinki ----

const HELSINKI_KEY = 'helsinki-secret-key';
const helsinkiServices = {
  fi: [
    { service_code: '2807', service_name: 'Terveysasemat', description: 'Palaute terveysasemista', metadata: false, type: 'realtime', keywords: 'terveys', group: 'Terveys' },
    { service_code: '2808', service_name: 'Kotihoito', description: '', metadata: false, type: 'realtime', keywords: '', group: 'Sosiaalipalvelut' },
  ],
  sv: [
    { service_code: '2807', service_name: 'Hälsostationer', description: 'Respons om hälsostationerna', metadata: false, type: 'realtime', keywords: '', group: 'Hälsa' },
    { service_code: '2808', service_name: 'Hemvård', description: '', metadata: false, type: 'realtime', keywords: '', group: 'Socialtjänster' },
  ],
  en: [
    { service_code: '2807', service_name: 'Health stations', description: 'Feedback on health stations', metadata: false, type: 'realtime', keywords: '', group: 'Health' },
    { service_code: '2808', service_name: 'Home care', description: '', metadata: false, type: 'realtime', keywords: '', group: 'Social services' },
  ],
};
const helsinkiRequests = (extensions) => [
  { service_request_id: 'a1b2c3', status: 'closed', status_notes: 'Kiitos palautteesta. Korjasimme &quot;Ajanvaraus&quot;-sivun linkin.', service_code: '2807', service_name: '',
    description: 'Sivun &quot;Ajanvaraus&quot; linkki ei <b>toimi</b>.', requested_datetime: '2026-03-02T09:00:00+02:00', updated_datetime: '2026-03-05T12:00:00+02:00',
    lat: 60.17, long: 24.94, address: null, media_url: null, detailed_status: 'PROCESSED' },
  { service_request_id: 'd4e5f6', status: 'open', status_notes: null, service_code: '2808', service_name: '',
    description: 'Kotihoidon käyntiajat vaihtelevat liikaa.', requested_datetime: '2026-04-01T10:00:00+03:00', updated_datetime: '2026-04-01T10:00:00+03:00',
    lat: null, long: null, address: null, media_url: null, detailed_status: 'RECEIVED' },
].map(({ detailed_status, ...r }) => (extensions ? { ...r, extended_attributes: { title: r.description.slice(0, 20), detailed_status } } : r));

function helsinkiPost(res, form) {
  // The documented 403 body: an object with a trailing comma, which no JSON parser accepts.
  if (form.api_key !== HELSINKI_KEY) return raw(res, 403, '{ "code": 403, "description": "Invalid api_key", }');
  if (!helsinkiServices.fi.some((s) => s.service_code === form.service_code)) return errors(res, 404, 'Service code not found');
  const problems = [];
  const description = form.description ?? '';
  if (description.length < 10 || description.length > 5000) problems.push('Description must be between 10 and 5000 characters');
  if (!(form.lat && form.long) && !form.service_object_id) problems.push('Location is required: lat/long or service_object_id');
  if (problems.length) return errors(res, 400, ...problems);
  sendJson(res, 200, [{ service_request_id: `hel-${Date.now().toString(36)}`, service_notice: '' }]);
}

// ---- Chicago ----

const chicagoServices = [
  { service_code: '4fd3b167e750846744000005', service_name: 'Graffiti Removal', description: 'Graffiti on public or private property.', metadata: true, type: 'batch', keywords: 'graffiti', group: 'Streets' },
  { service_code: '4ffa4c69601827691b000018', service_name: 'Building Feedback', description: 'Feedback about a city building.', metadata: true, type: 'batch', keywords: '', group: 'Buildings' },
  { service_code: '4fd3bd72e750846c530000cd', service_name: 'Pothole in Street', description: '', metadata: false, type: 'batch', keywords: 'pothole', group: 'Streets' },
];
const chicagoDefinitions = {
  // Out of order on purpose: `order` decides. One information-only attribute (variable: false).
  '4fd3b167e750846744000005': {
    service_code: '4fd3b167e750846744000005',
    attributes: [
      { variable: true, code: 'SURFACE', datatype: 'singlevaluelist', required: true, datatype_description: null, order: 2, description: 'What is the graffiti on?',
        values: [{ key: 'WALL', name: 'A wall' }, { key: 'SIGN', name: 'A sign' }, { key: 'BENCH', name: 'A bench' }] },
      { variable: false, code: 'NOTICE', datatype: 'text', required: false, datatype_description: null, order: 1, description: 'We remove graffiti from public property only.' },
      { variable: true, code: 'COUNT', datatype: 'number', required: false, datatype_description: 'A whole number', order: 3, description: 'How many tags are there?' },
      { variable: true, code: 'SEEN', datatype: 'multivaluelist', required: false, datatype_description: null, order: 4, description: 'When have you seen it?',
        values: [{ key: 1, name: 'Mornings' }, { key: 2, name: 'Evenings' }] },
      { variable: true, code: 'WHEN', datatype: 'datetime', required: false, datatype_description: null, order: 5, description: 'When did you first see it?' },
      { variable: true, code: 'DETAILS', datatype: 'text', required: false, datatype_description: null, order: 6, description: 'Anything else we should know?' },
      { variable: true, code: 'FLOOR', datatype: 'string', required: false, datatype_description: null, order: 7, description: 'Which floor or level?' },
    ],
  },
  // A server that asks for the kind of feedback as an attribute (a local extension).
  '4ffa4c69601827691b000018': {
    service_code: '4ffa4c69601827691b000018',
    attributes: [
      { variable: true, code: 'kind', datatype: 'singlevaluelist', required: true, order: 1, description: 'Kind', values: [{ key: 'praise', name: 'Praise' }, { key: 'problem', name: 'Problem' }, { key: 'idea', name: 'Idea' }, { key: 'question', name: 'Question' }] },
    ],
  },
};
const CHICAGO_TOTAL = 130;
const chicagoRequest = (i) => ({
  service_request_id: `SR26-${String(i).padStart(5, '0')}`,
  status: i % 3 ? 'open' : 'closed',
  status_notes: i % 3 ? null : 'Completed',
  service_name: 'Pothole in Street',
  service_code: '4fd3bd72e750846c530000cd',
  // Chicago's own data often has no description.
  description: i % 4 === 0 ? null : `Pothole number ${i}`,
  agency_responsible: 'CDOT',
  service_notice: null,
  requested_datetime: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
  updated_datetime: new Date(Date.UTC(2026, 0, 2) + i * 3_600_000).toISOString(),
  expected_datetime: null,
  address: `${i} N State St`,
  lat: 41.88,
  long: -87.62,
});

function chicagoPost(res, form) {
  const service = chicagoServices.find((s) => s.service_code === form.service_code);
  if (!service) return errors(res, 404, 'service_code not found');
  const missing = ['lat', 'long', 'address_string'].filter((k) => !form[k]).map((k) => `${k} is required`);
  const def = chicagoDefinitions[form.service_code];
  for (const a of def?.attributes ?? []) if (a.variable && a.required && !form[`attribute[${a.code}]`]) missing.push(`attribute[${a.code}] is required`);
  if (missing.length) return errors(res, 400, ...missing);
  sendJson(res, 200, [{ token: `tok${Date.now().toString(36)}` }]);
}

// ---- FixMyStreet ----

const fmsServices = {
  services: [{ service: [
    { service_name: ['Potholes'], description: ['Potholes'], service_code: ['Potholes'], metadata: ['false'], type: ['realtime'] },
    { service_name: ['Street lighting'], description: ['Street lighting'], service_code: ['Street lighting'], metadata: ['false'], type: ['realtime'] },
  ] }],
};
const fmsRequests = {
  requests: [{ request: [
    { service_request_id: 101, title: 'Deep pothole', detail: 'Outside the library', description: 'Deep pothole: Outside the library', lat: 51.5, long: -0.12,
      status: 'closed', requested_datetime: '2026-02-01T10:00:00+00:00', updated_datetime: '2026-02-10T10:00:00+00:00', service_code: 'Potholes', service_name: 'Potholes',
      agency_responsible: { recipient: ['Example Council'] }, interface_used: 'Web interface', requestor_name: 'A. Resident' },
    { service_request_id: 102, title: 'Light out', detail: 'Lamp 12 is dark', description: 'Light out: Lamp 12 is dark', lat: 51.5, long: -0.12,
      status: 'open', requested_datetime: '2026-03-01T10:00:00+00:00', updated_datetime: '2026-03-01T10:00:00+00:00', service_code: 'Street lighting', service_name: 'Street lighting',
      agency_responsible: { recipient: ['Example Council'] }, interface_used: 'Web interface' },
  ] }],
};
const FMS_ERROR = '<!doctype html><html><body><p>ERROR: Missing jurisdiction_id</p></body></html>';

/**
 * A FixMyStreet with years of reports, as its requests.json search answers (Open311.pm get_requests):
 * `page` and `page_size` are not read; at most OPEN311_LIMIT reports (1000 by default, 120 here, as a
 * site's config may set), newest first (order_by -desc confirmed); start_date is ">=", end_date "<"
 * (exclusive). Its own documentation: "to get all requests, do several searches with rolling
 * start_date and end_date". One report a day, the newest on 30 November 2026.
 */
const FMS_ARCHIVE_TOTAL = 300;
const FMS_LIMIT = 120;
const fmsArchive = Array.from({ length: FMS_ARCHIVE_TOTAL }, (_, i) => {
  const day = new Date(Date.UTC(2026, 10, 30, 9) - i * 86_400_000).toISOString().replace('.000Z', '+00:00');
  return { service_request_id: 5000 - i, title: `Report ${5000 - i}`, detail: 'Detail', description: `Report ${5000 - i}: Detail`, status: i % 3 ? 'closed' : 'open',
    requested_datetime: day, updated_datetime: day, service_code: 'Potholes', service_name: 'Potholes' };
});
function fmsArchiveSearch(q) {
  const start = q.get('start_date') ? Date.parse(q.get('start_date')) : -Infinity;
  const end = q.get('end_date') ? Date.parse(q.get('end_date')) : Infinity;
  const found = fmsArchive.filter((r) => Date.parse(r.requested_datetime) >= start && Date.parse(r.requested_datetime) < end);
  return { requests: [{ request: found.slice(0, FMS_LIMIT) }] };
}

const SIXAIKA_TOTAL = 100;

/**
 * A POST to the 6Aika server (issues/api/views/issues.py IssueList.create, serializers.py,
 * issues/extensions.py, issues_citysdk/extension.py): the CitySDK fields service_object_id and
 * service_object_type (and title) exist only when the request asks for the extension, with
 * `extensions` in the query or the form ("true"/"all": every extension; else a comma-separated list
 * such as "citysdk"); without it they are dropped without a word, as the Django REST framework drops
 * any unknown field. With it, one without the other is refused (400). The answer is 201 with
 * [the new request]; extended_attributes only with extensions. What was stored is in the log.
 */
function sixaikaPost(res, form, url, l) {
  const param = url.searchParams.get('extensions') || form.extensions || '';
  const exts = param === 'true' || param === 'all' ? ['citysdk', 'geometry', 'hel', 'log', 'media'] : param.split(',').filter(Boolean);
  const citysdk = exts.includes('citysdk');
  // Errors as issues/api/utils.py api_exception_handler writes them: {code, detail}.
  const refuse = (text) => sendJson(res, 400, { code: 400, detail: { non_field_errors: [text] } });
  if (!form.service_code || form.service_code !== 'pothole') return refuse(`Service code ${form.service_code ?? ''} is invalid`);
  if (citysdk && !!form.service_object_id !== !!form.service_object_type) return refuse('both service_object_id and service_object_type must be set if one is');
  // Every service asks for "coords_or_address" (issues/models/services.py); Issue.clean() raises
  // Django's own ValidationError inside save(), which no handler turns into a 400: the answer is
  // Django's 500 page. Only `address` is read (a field of Meta.fields), not the spec's address_string.
  if (!(form.lat && form.long) && !form.address) {
    res.writeHead(500, { 'Content-Type': 'text/html' });
    return res.end('<h1>Server Error (500)</h1>');
  }
  const id = `2026-${String(l.posts.length).padStart(5, '0')}`;
  // Serializer fields only (issues/api/serializers.py Meta.fields): first_name, last_name, email and
  // phone are listed in write_only_fields alone, so the Django REST framework drops them.
  const stored = { service_request_id: id, description: form.description, service_code: form.service_code,
    ...(form.address ? { address: form.address } : {}),
    ...(citysdk && form.service_object_id ? { service_object_id: form.service_object_id, service_object_type: form.service_object_type } : {}) };
  l.stored.push(stored);
  sendJson(res, 201, [{ service_request_id: id, description: form.description, service_code: form.service_code, status: 'open', service_name: 'Pothole',
    ...(exts.length ? { extended_attributes: citysdk ? { service_object_id: stored.service_object_id ?? null, service_object_type: stored.service_object_type ?? null, detailed_status: null, title: null } : {} } : {}) }]);
}

// ---- the spec's own example ----

const specRequests = {
  service_requests: [
    { service_request_id: 638344, status: 'closed', status_notes: 'Duplicate request.', service_name: 'Sidewalk and Curb Issues', service_code: '006', description: null,
      agency_responsible: null, service_notice: null, requested_datetime: '2010-04-14T06:37:38-08:00', updated_datetime: '2010-04-14T06:37:38-08:00', expected_datetime: '2010-04-15T06:37:38-08:00',
      address: '8TH AVE and JUDAH ST', address_id: 545483, zipcode: 94122, lat: 37.762221815, long: -122.4651145, media_url: null },
    { service_request_id: 638349, status: 'open', status_notes: null, service_name: 'Sidewalk and Curb Issues', service_code: '006', description: null,
      agency_responsible: null, service_notice: null, requested_datetime: '2010-04-19T06:37:38-08:00', updated_datetime: '2010-04-19T06:37:38-08:00', expected_datetime: '2010-04-19T06:37:38-08:00',
      address: '8TH AVE and JUDAH ST', address_id: 545483, zipcode: 94122, lat: 37.762221815, long: -122.4651145, media_url: null },
    // Neither id nor text: nothing to show.
    { service_request_id: null, status: 'open', description: null, service_name: '', service_code: null },
  ],
};

/**
 * A server that follows the spec's defaults for GET requests (open311.github.io GeoReport_v2, start_date
 * and end_date: "When not specified, the range defaults to most recent 90 days"): with no dates, the last
 * 90 days only; with both, that range (both ends included); page and page_size are not read; a plain
 * list (the spec's JSON example), newest first. One request every 3 days for 270 days before the server
 * started, the newest a day old: 30 in each 90 days.
 */
const specNow = Date.now();
const specRequest = (n, daysAgo) => {
  const at = new Date(specNow - daysAgo * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  return { service_request_id: `R${n}`, status: n % 2 ? 'closed' : 'open', status_notes: n % 2 ? 'Fixed.' : null, service_name: 'Street lights',
    service_code: '021', description: `Request ${n}`, requested_datetime: at, updated_datetime: at };
};
const specRecent = Array.from({ length: 90 }, (_, i) => specRequest(1000 - i, 1 + 3 * i));
/**
 * `spec-gaps` (and `spec-gaps-404`): the same kind of server for a board of one seasonal service
 * (endpoint `?service_code=…`): 10 requests in the last 30 days, none for the 220 days before, then 30
 * more. `spec-gaps-404` answers a search that finds nothing with 404, as Mark-a-Spot did before 2024
 * (markaspot/markaspot GeoreportRequestIndexResource.php, commit 7c7d3d4).
 */
const specGaps = [...Array.from({ length: 10 }, (_, i) => specRequest(2000 - i, 1 + 3 * i)), ...Array.from({ length: 30 }, (_, i) => specRequest(1900 - i, 251 + 3 * i))];
/**
 * `spec-season`: the same kind of server for a board of a summer service seen in winter: nothing in the
 * last 149 days, then 20 requests (days 150 to 207); `spec-empty`: a service with no requests at all.
 */
const specSeason = Array.from({ length: 20 }, (_, i) => specRequest(3000 - i, 150 + 3 * i));
function specSearch(list, q) {
  const given = q.get('start_date') && q.get('end_date');
  const start = given ? Date.parse(q.get('start_date')) : Date.now() - 90 * 86_400_000;
  const end = given ? Date.parse(q.get('end_date')) : Date.now();
  return list.filter((r) => Date.parse(r.requested_datetime) >= start && Date.parse(r.requested_datetime) <= end);
}

/** `libre311`: request `i` (1 is the oldest), as ServiceRequestDTO writes it: the id a string, times as Instants. */
const LIBRE311_TOTAL = 250;
const LIBRE311_STATUSES = ['open', 'in_progress', 'assigned', 'closed'];
const libre311Request = (i) => ({
  service_request_id: String(i),
  status: LIBRE311_STATUSES[i % 4],
  status_notes: i % 4 === 3 ? 'Korjattu.' : null,
  service_name: 'Katuvalot',
  service_code: 'street-lights',
  description: `Katuvalo ${i} ei pala.`,
  agency_responsible: null,
  service_notice: null,
  requested_datetime: new Date(Date.UTC(2026, 5, 1) + i * 3_600_000).toISOString(),
  updated_datetime: new Date(Date.UTC(2026, 5, 2) + i * 3_600_000).toISOString(),
  expected_datetime: null,
  address: null,
  lat: '60.17',
  long: '24.94',
});
/** A page of Libre311's requests.json: `page` from 0, `page_size` (Micronaut's default and most: 100), newest first. */
function libre311Search(q) {
  if (q.has('service_request_id')) {
    const ids = q.get('service_request_id').split(',').map((s) => Number(s.trim()));
    return [ids.filter((i) => Number.isInteger(i) && i >= 1 && i <= LIBRE311_TOTAL).map(libre311Request), {}];
  }
  const size = Math.min(100, Math.max(1, Number(q.get('page_size')) || 100));
  const page = Math.max(0, Number(q.get('page')) || 0);
  const list = [];
  for (let n = page * size; n < Math.min(LIBRE311_TOTAL, (page + 1) * size); n++) list.push(libre311Request(LIBRE311_TOTAL - n));
  const headers = {
    'Access-Control-Expose-Headers': 'page-TotalSize, page-TotalPages, page-PageNumber, page-Offset, page-Size ',
    'page-TotalSize': String(LIBRE311_TOTAL),
    'page-TotalPages': String(Math.ceil(LIBRE311_TOTAL / size)),
    'page-PageNumber': String(page),
    'page-Offset': String(page * size),
    'page-Size': String(size),
  };
  return [list, headers];
}

async function handle(req, res, shape, run, resource, url) {
  const l = log(run);
  if (resource === 'log') return sendJson(res, 200, l);
  res.setHeader('Access-Control-Allow-Origin', '*');
  if (req.method === 'OPTIONS') {
    l.preflights++;
    return raw(res, 404, 'Not found', 'text/plain');
  }
  if (req.method === 'GET') l.gets.push(`${resource}${url.search}`);
  const q = url.searchParams;
  if (shape === 'helsinki') {
    if (resource === 'services.json') return sendJson(res, 200, helsinkiServices[q.get('locale')] ?? helsinkiServices.fi);
    if (resource === 'requests.json' && req.method === 'GET') return sendJson(res, 200, helsinkiRequests(q.get('extensions') === 'true'));
  }
  if (shape === 'chicago') {
    if (resource === 'services.json') return sendJson(res, 200, chicagoServices);
    const def = resource.match(/^services\/(.+)\.json$/);
    if (def) return chicagoDefinitions[def[1]] ? sendJson(res, 200, chicagoDefinitions[def[1]]) : errors(res, 404, 'service_code not found');
    const token = resource.match(/^tokens\/(.+)\.json$/);
    if (token) {
      // The city's systems take a moment: the first try finds nothing yet.
      if (++l.tokenTries < 2) return errors(res, 404, 'token not found');
      return sendJson(res, 200, [{ service_request_id: `SR26-${token[1].slice(-5).toUpperCase()}`, token: token[1] }]);
    }
    if (resource === 'requests.json' && req.method === 'GET') {
      const size = Math.min(500, Math.max(1, Number(q.get('page_size')) || 50));
      const page = Math.max(1, Number(q.get('page')) || 1);
      const list = [];
      for (let i = (page - 1) * size + 1; i <= Math.min(CHICAGO_TOTAL, page * size); i++) list.push(chicagoRequest(i));
      return sendJson(res, 200, list);
    }
  }
  if (shape === 'fixmystreet') {
    if (!q.get('jurisdiction_id')) return raw(res, 200, FMS_ERROR, 'text/html; charset=utf-8');
    if (resource === 'services.json') return sendJson(res, 200, fmsServices);
    if (resource === 'requests.json' && req.method === 'GET') return sendJson(res, 200, fmsRequests);
  }
  if (shape === 'fixmystreet-archive' && resource === 'requests.json' && req.method === 'GET') {
    if (!q.get('jurisdiction_id')) return raw(res, 200, FMS_ERROR, 'text/html; charset=utf-8');
    return sendJson(res, 200, fmsArchiveSearch(q));
  }
  if (shape === 'spec' && resource === 'requests.json' && req.method === 'GET') return sendJson(res, 200, specRequests);
  if (shape === 'spec-recent' && resource === 'requests.json' && req.method === 'GET') return sendJson(res, 200, specSearch(specRecent, q));
  if (shape === 'spec-season' && resource === 'requests.json' && req.method === 'GET') return sendJson(res, 200, specSearch(specSeason, q));
  if (shape === 'spec-empty' && resource === 'requests.json' && req.method === 'GET') return sendJson(res, 200, []);
  if (shape === 'spec-no-dates' && resource === 'requests.json' && req.method === 'GET') {
    return q.has('end_date') ? errors(res, 400, 'Invalid date range') : sendJson(res, 200, []);
  }
  if (shape === 'spec-slow' && resource === 'requests.json' && req.method === 'GET') {
    if (q.has('end_date')) await new Promise((resolve) => setTimeout(resolve, 1500));
    return sendJson(res, 200, specSearch(specRecent, q));
  }
  if (shape === 'spec-window-down' && resource === 'requests.json' && req.method === 'GET') {
    return q.has('end_date') ? errors(res, 503, 'Service unavailable') : sendJson(res, 200, []);
  }
  if (shape === 'spec-junk' && resource === 'requests.json' && req.method === 'GET') {
    return q.has('end_date') ? sendJson(res, 200, specSearch(specSeason, q)) : sendJson(res, 200, [{ service_request_id: null, status: 'open', description: null, service_name: '' }]);
  }
  if (shape.startsWith('spec-gaps') && resource === 'requests.json' && req.method === 'GET') {
    const found = specSearch(specGaps, q);
    return !found.length && shape === 'spec-gaps-404' ? errors(res, 404, 'No service requests found') : sendJson(res, 200, found);
  }
  if (shape === 'fixmystreet-live' && resource === 'requests.json' && req.method === 'GET') {
    // A report published after the first answer: from the second search on, it is the newest (and the oldest drops off).
    const found = fmsArchiveSearch(q).requests[0].request;
    const live = { ...fmsArchive[0], service_request_id: 5001, title: 'Report 5001', description: 'Report 5001: Detail', requested_datetime: '2026-12-01T09:00:00+00:00' };
    return sendJson(res, 200, { requests: [{ request: l.gets.length > 1 && !q.get('end_date') ? [live, ...found].slice(0, FMS_LIMIT) : found }] });
  }
  if (shape === 'sixaika' && resource === 'requests.json' && req.method === 'GET') {
    const size = Math.min(500, Math.max(1, Number(q.get('page_size')) || 50));
    const page = Math.max(1, Number(q.get('page')) || 1);
    if ((page - 1) * size >= SIXAIKA_TOTAL) return sendJson(res, 404, { detail: 'Invalid page.' });
    const list = [];
    // Newest first: the 6Aika server orders by -pk (issues/api/views/issues.py).
    for (let i = (page - 1) * size + 1; i <= Math.min(SIXAIKA_TOTAL, page * size); i++) list.push(chicagoRequest(SIXAIKA_TOTAL + 1 - i));
    return sendJson(res, 200, list);
  }
  const libre311One = shape === 'libre311' && req.method === 'GET' && resource.match(/^requests\/([^/]+?)(?:\.json)?$/);
  if (libre311One) {
    const id = decodeURIComponent(libre311One[1]);
    if (!/^-?\d+$/.test(id)) return sendJson(res, 400, { message: 'Bad Request', _embedded: { errors: [{ message: `Failed to convert argument [serviceRequestId] for value [${id}]` }] } });
    const n = Number(id);
    if (n >= 1 && n <= LIBRE311_TOTAL) return sendJson(res, 200, [libre311Request(n)]);
    return sendJson(res, 500, { message: 'Internal Server Error', _embedded: { errors: [{ message: 'Internal Server Error: null' }] } });
  }
  if (shape === 'libre311' && resource === 'requests.json' && req.method === 'GET') {
    const [list, headers] = libre311Search(q);
    return sendJson(res, 200, list, headers);
  }
  if (resource === 'requests.json' && req.method === 'POST') {
    const body = await readBody(req);
    const form = Object.fromEntries(new URLSearchParams(body));
    l.posts.push(form);
    // Multi-value attributes arrive as repeated attribute[code][]: the raw body keeps them all.
    l.bodies.push(body);
    l.heads.push({ idempotencyKey: req.headers['idempotency-key'] ?? null, contentType: req.headers['content-type'] ?? null });
    if (shape === 'helsinki') return helsinkiPost(res, form);
    if (shape === 'chicago') return chicagoPost(res, form);
    if (shape === 'fixmystreet') return sendJson(res, 200, { service_requests: fmsRequests.requests[0].request });
    if (shape === 'sixaika') return sixaikaPost(res, form, url, l);
    if (shape === 'markaspot') {
      if (form.description === 'FAIL 500') return errors(res, 500, 'Internal Server Error');
      return sendJson(res, 201, { service_requests: { request: { service_request_id: `${40 + l.posts.length}-2026` } } });
    }
  }
  errors(res, 404, 'not found');
}

export const routes = [
  {
    path: /^\/api\/o311real\/(helsinki|chicago|fixmystreet-archive|fixmystreet|markaspot|sixaika|spec-recent|spec-gaps-404|spec-gaps|spec-season|spec-empty|spec-no-dates|spec-window-down|spec-junk|spec-slow|spec|fixmystreet-live|libre311|helsinki-proxy)\/([\w-]+)\/(.+)$/,
    async handle(req, res, [, shape, run, resource], url) {
      if (shape !== 'helsinki-proxy') return handle(req, res, shape, run, resource, url);
      // What a same-origin proxy does (see docs/feedback.md): add the secret key on the server, never in the page.
      if (req.method === 'POST' && resource === 'requests.json') {
        const form = new URLSearchParams(await readBody(req));
        form.set('api_key', HELSINKI_KEY);
        const { Readable } = await import('node:stream');
        const forwarded = Object.assign(Readable.from([Buffer.from(form.toString())]), { method: 'POST', headers: req.headers });
        return handle(forwarded, res, 'helsinki', run, resource, url);
      }
      return handle(req, res, 'helsinki', run, resource, url);
    },
  },
];
