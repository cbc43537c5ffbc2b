// Fixture for <osa-you-said-we-did>: results JSON, an Open311 GeoReport v2 requests.json (with the
// Helsinki-style `locale` and `extensions=true`), malformed JSON, a 500, a source that fails once and
// then works (for a real "Try again"), and generateItems() for large data sets (used by .ci/bench.mjs).
//   GET /api/ysd/results.json                   a small board: good items, one invalid, one with an unsafe link
//   GET /api/ysd/hostile.json                   hostile strings in every text field
//   GET /api/ysd/malformed.json                 200 with broken JSON (also /api/ysd/malformed/<run>.json, counted)
//   GET /api/ysd/down.json                      500
//   GET /api/ysd/flaky/<run>.json               500 on the first request of a run, then the small board
//   GET /api/ysd/hits/<run>                     how many requests the counted routes got for that run
//   GET /api/ysd/open311/<run>/requests.json    Open311 requests; service names follow ?locale=fi|sv|en,
//                                               extended_attributes only with ?extensions=true
//   GET /api/ysd/open311/<run>/log              the query strings that run's requests.json was asked with
//   GET /api/ysd/cdn/<mode>/<file>              the built dist/cdn/<file>, with the board's later part
//                                               (chunks/later-*.js) failing (mode no-later: 503) or
//                                               slow (mode slow-later: answered after 1.5 s)
import { readFile } from 'node:fs/promises';
import { normalize, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sendJson } from './_util.mjs';

const cdnRoot = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));

/** A small, fixed board: four good items, then two that must be skipped, then one whose link must not be used. */
export const results = [
  {
    id: 'r1',
    said: { fi: 'Terveysaseman aulassa ei kuule, kun nimeä huudetaan.', sv: 'I hälsostationens väntrum hör man inte när ens namn ropas upp.', en: 'In the health centre lobby you cannot hear your name being called.' },
    did: { fi: 'Aulaan tuli näyttö, joka näyttää vuoronumeron.', sv: 'Väntrummet har nu en skärm som visar könumret.', en: 'The lobby now has a screen that shows your queue number.' },
    status: 'done',
    count: 14,
    service: { fi: 'Terveysasema', sv: 'Hälsostation', en: 'Health centre' },
    topics: [{ fi: 'Saavutettavuus', sv: 'Tillgänglighet', en: 'Accessibility' }],
    dates: { received: '2026-01-10', done: '2026-03-02' },
  },
  {
    id: 'r2',
    said: { fi: 'Hammashoitolaan pitäisi päästä myös iltaisin.', sv: 'Tandkliniken borde vara öppen också på kvällarna.', en: 'The dental clinic should also be open in the evenings.' },
    status: 'not-possible',
    reason: { fi: 'Hammaslääkäreitä ei ole tänä vuonna tarpeeksi iltavastaanottoon.', sv: 'Vi har inte tillräckligt många tandläkare för kvällsmottagning i år.', en: 'We do not have enough dentists for evening hours this year.' },
    count: 31,
    service: { fi: 'Suun terveydenhuolto', sv: 'Munhälsovård', en: 'Dental care' },
    dates: { received: '2026-02-01', updated: '2026-04-15' },
  },
  {
    id: 'r3',
    said: 'Kotihoidon käynnit tulevat joka päivä eri aikaan.',
    did: 'Kokeilemme kahden tunnin aikaikkunaa kahdella alueella.',
    status: 'in-progress',
    count: 8,
    service: { fi: 'Kotihoito', sv: 'Hemvård', en: 'Home care' },
    topics: [{ fi: 'Käynnit', sv: 'Besök', en: 'Visits' }],
    dates: { received: '2026-03-05', updated: '2026-05-20' },
  },
  {
    id: 'r4',
    said: { sv: 'Blanketterna om klientavgifter är svåra att förstå.' },
    status: 'considering',
    count: 3,
    service: { fi: 'Sosiaalipalvelut', sv: 'Socialtjänster', en: 'Social services' },
    dates: { received: '2026-06-01' },
  },
  { id: 'bad-status', said: 'Something', status: 'maybe' },
  { id: 'no-reason', said: 'Open the library on Sundays', status: 'not-possible' },
  { id: 'r5', said: 'Where can I read more?', status: 'received', link: 'javascript:alert(document.domain)', dates: { received: '2026-06-02' } },
];

const HOSTILE = '<img src=x onerror="window.__ysdHacked=true">';
export const hostile = [
  {
    id: '<b>id</b>',
    said: `${HOSTILE} said`,
    did: { fi: `${HOSTILE} did`, sv: '<script>window.__ysdHacked=true</script>', en: `${HOSTILE} did` },
    status: 'done',
    count: 2,
    service: '<a href="javascript:alert(1)">service</a>',
    topics: ['<svg onload="window.__ysdHacked=true">'],
    link: 'javascript:window.__ysdHacked=true',
    dates: { received: '2026-01-01' },
  },
  { id: 'h2', said: '"><img src=x onerror=alert(1)> quoted', status: 'received', link: ' JaVaScRiPt:alert(1)' },
  { id: 'h3', said: 'Data link', status: 'received', link: 'data:text/html,<script>alert(1)</script>' },
];

/** Open311 requests as a Helsinki-style server keeps them; service names per locale. */
const SERVICES = {
  health: { fi: 'Terveysasemat', sv: 'Hälsostationer', en: 'Health stations' },
  streets: { fi: 'Katujen kunnossapito', sv: 'Gatuunderhåll', en: 'Street maintenance' },
  seniors: { fi: 'Ikääntyneiden palvelut', sv: 'Tjänster för äldre', en: 'Services for older people' },
};
const requests = [
  { id: '2026-00012', service: 'health', status: 'closed', detailed: 'PROCESSED', requested: '2026-02-10T08:15:00+02:00', updated: '2026-02-20T12:00:00+02:00',
    description: 'Ajanvarauksen takaisinsoitto ei toiminut kolmena päivänä.', notes: 'Vika korjattiin ja takaisinsoitto toimii taas. Kiitos ilmoituksesta!', title: 'Takaisinsoitto ei toimi' },
  { id: '2026-00031', service: 'streets', status: 'open', detailed: 'IN_PROCESS,PUBLIC_WORKS_NEW', requested: '2026-03-01T10:00:00+02:00', updated: '2026-03-04T09:30:00+02:00',
    description: 'Terveysaseman edessä oleva luiska on jäinen joka aamu.', notes: 'Pyysimme katujen kunnossapidolta aamuhiekoitusta.', title: 'Jäinen luiska' },
  { id: '2026-00044', service: 'streets', status: 'closed', detailed: 'PROCESSED,PUBLIC_WORKS_COMPLETED_SCHEDULED_LATER', requested: '2026-03-12T14:00:00+02:00', updated: '2026-04-01T08:00:00+03:00',
    description: 'Palvelukeskuksen pihaan tarvitaan lisää penkkejä.', notes: 'Penkit asennetaan toukokuussa.', title: 'Lisää penkkejä' },
  { id: '2026-00057', service: 'seniors', status: 'closed', detailed: 'REJECTED', requested: '2026-04-02T09:00:00+03:00', updated: '2026-04-09T15:00:00+03:00',
    description: 'Palvelubussin pitäisi ajaa myös sunnuntaisin.', notes: 'Sunnuntaiajoon ei ole tänä vuonna rahaa. Kutsutaksi toimii joka päivä.', title: 'Palvelubussi sunnuntaisin' },
  { id: '2026-00063', service: 'health', status: 'open', detailed: 'RECEIVED', requested: '2026-05-05T11:00:00+03:00', updated: '2026-05-05T11:00:00+03:00',
    description: 'Odotustilaan toivotaan lastenkulmausta.', notes: null, title: 'Lastenkulma' },
  // No detailed status: open/closed decides, and a rejected request without notes is skipped (a reason is required).
  { id: '2026-00070', service: 'seniors', status: 'closed', requested: '2026-05-10T09:00:00+03:00', updated: '2026-05-12T09:00:00+03:00',
    description: 'Päivätoiminnan ruokalista kaipaa vaihtelua.', notes: 'Ruokalistaan tuli kaksi uutta kasvisruokaa.', title: 'Ruokalista' },
  { id: '2026-00071', service: 'seniors', status: 'closed', detailed: 'PUBLIC_WORKS_INTERRUPTED', requested: '2026-05-11T09:00:00+03:00', updated: '2026-05-13T09:00:00+03:00',
    description: 'Toive ilman vastausta.', notes: '', title: 'Ei vastausta' },
];

function open311(locale, extensions) {
  return requests.map((r) => ({
    service_request_id: r.id,
    status: r.status,
    status_notes: r.notes,
    service_name: SERVICES[r.service][locale] ?? SERVICES[r.service].fi,
    service_code: r.service,
    description: r.description,
    agency_responsible: null,
    service_notice: null,
    requested_datetime: r.requested,
    updated_datetime: r.updated,
    expected_datetime: null,
    address: null,
    lat: null,
    long: null,
    media_url: null,
    ...(extensions ? { extended_attributes: { title: r.title, ...(r.detailed ? { detailed_status: r.detailed } : {}) } } : {}),
  }));
}

// ---- generated data: deterministic, so benchmark runs compare ----

function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const GEN_SERVICES = [
  { fi: 'Terveysasema', sv: 'Hälsostation', en: 'Health centre' },
  { fi: 'Kotihoito', sv: 'Hemvård', en: 'Home care' },
  { fi: 'Suun terveydenhuolto', sv: 'Munhälsovård', en: 'Dental care' },
  { fi: 'Perhekeskus', sv: 'Familjecenter', en: 'Family centre' },
  { fi: 'Sosiaalipalvelut', sv: 'Socialtjänster', en: 'Social services' },
  { fi: 'Mielenterveyspalvelut', sv: 'Mentalvårdstjänster', en: 'Mental health services' },
];
const GEN_TOPICS = [
  { fi: 'Ajanvaraus', sv: 'Tidsbokning', en: 'Booking' },
  { fi: 'Saavutettavuus', sv: 'Tillgänglighet', en: 'Accessibility' },
  { fi: 'Odotusajat', sv: 'Väntetider', en: 'Waiting times' },
  { fi: 'Selkokieli', sv: 'Lättläst', en: 'Plain language' },
  { fi: 'Pysäköinti', sv: 'Parkering', en: 'Parking' },
];
const SAID = [
  ['Puhelinjonossa odottaa liian kauan', 'Man väntar för länge i telefonkön', 'You wait too long in the phone queue'],
  ['Opasteet ovat vaikeita löytää', 'Skyltarna är svåra att hitta', 'The signs are hard to find'],
  ['Kirjeet ovat vaikeita ymmärtää', 'Breven är svåra att förstå', 'The letters are hard to understand'],
  ['Ovet ovat raskaita avata', 'Dörrarna är tunga att öppna', 'The doors are heavy to open'],
  ['Ajan saa vasta viikkojen päähän', 'Man får tid först om flera veckor', 'The first free time is weeks away'],
];
const DID = [
  ['Lisäsimme takaisinsoiton', 'Vi lade till återuppringning', 'We added a call-back service'],
  ['Uusimme opasteet', 'Vi förnyade skyltarna', 'We renewed the signs'],
  ['Kirjoitimme kirjeet selkokielellä', 'Vi skrev om breven på lättläst svenska', 'We rewrote the letters in plain language'],
  ['Asensimme automaattiovet', 'Vi installerade automatiska dörrar', 'We installed automatic doors'],
];
const GEN_STATUSES = ['received', 'considering', 'planned', 'in-progress', 'done', 'done', 'done', 'not-possible'];

/** `n` items that look like a real board: every status, services, topics, dates over 2024–2026, per-language texts. */
export function generateItems(n, seed = 6) {
  const rnd = random(seed);
  const pickOne = (list) => list[Math.floor(rnd() * list.length)];
  const text = (triple, k) => (rnd() < 0.7 ? { fi: `${triple[0]} (${k})`, sv: `${triple[1]} (${k})`, en: `${triple[2]} (${k})` } : `${triple[0]} (${k}).`);
  const items = [];
  for (let i = 0; i < n; i++) {
    const status = pickOne(GEN_STATUSES);
    const received = Date.UTC(2024, 0, 1) + Math.floor(rnd() * 3 * 365) * 86_400_000;
    const updated = received + Math.floor(rnd() * 60) * 86_400_000;
    const item = {
      id: `g${i + 1}`,
      said: text(pickOne(SAID), i + 1),
      status,
      count: Math.floor(rnd() * rnd() * 200),
      service: pickOne(GEN_SERVICES),
      topics: rnd() < 0.6 ? [pickOne(GEN_TOPICS)] : [],
      dates: { received: new Date(received).toISOString().slice(0, 10), updated: new Date(updated).toISOString().slice(0, 10) },
    };
    if (status === 'done' || status === 'in-progress' || status === 'planned') item.did = text(pickOne(DID), i + 1);
    if (status === 'done') item.dates.done = item.dates.updated;
    if (status === 'not-possible') item.reason = { fi: 'Tähän ei ole tänä vuonna rahaa.', sv: 'Det finns inga pengar för det i år.', en: 'There is no money for this this year.' };
    items.push(item);
  }
  return items;
}

const hits = new Map();
const hit = (run) => {
  hits.set(run, (hits.get(run) ?? 0) + 1);
  return hits.get(run);
};
const logs = new Map();
const MALFORMED = '[{"id": "a", "said": "unfinished",';
const send = (res, status, body) => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(body);
};

export const routes = [
  {
    method: 'GET',
    path: /^\/api\/ysd\/cdn\/(no-later|slow-later)\/([\w./-]+\.js)$/,
    async handle(req, res, [, mode, file]) {
      const path = normalize(join(cdnRoot, file));
      if (!path.startsWith(cdnRoot)) return sendJson(res, 404, { error: 'not found' });
      const later = /^chunks\/later-[\w-]+\.js$/.test(file);
      if (later && mode === 'no-later') return sendJson(res, 503, { error: 'unavailable' });
      if (later) await new Promise((resolve) => setTimeout(resolve, 1500));
      try {
        const body = await readFile(path);
        res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(body);
      } catch {
        sendJson(res, 404, { error: 'not found' });
      }
    },
  },
  { method: 'GET', path: /^\/api\/ysd\/results\.json$/, handle: (req, res) => sendJson(res, 200, results) },
  { method: 'GET', path: /^\/api\/ysd\/hostile\.json$/, handle: (req, res) => sendJson(res, 200, hostile) },
  { method: 'GET', path: /^\/api\/ysd\/malformed\.json$/, handle: (req, res) => send(res, 200, MALFORMED) },
  {
    method: 'GET',
    path: /^\/api\/ysd\/malformed\/([\w-]+)\.json$/,
    handle(req, res, [, run]) {
      hit(run);
      send(res, 200, MALFORMED);
    },
  },
  { method: 'GET', path: /^\/api\/ysd\/hits\/([\w-]+)$/, handle: (req, res, [, run]) => sendJson(res, 200, hits.get(run) ?? 0) },
  { method: 'GET', path: /^\/api\/ysd\/down\.json$/, handle: (req, res) => sendJson(res, 500, { error: 'down' }) },
  {
    method: 'GET',
    path: /^\/api\/ysd\/flaky\/([\w-]+)\.json$/,
    handle(req, res, [, run]) {
      if (hit(run) === 1) return sendJson(res, 500, { error: 'temporary failure' });
      sendJson(res, 200, results);
    },
  },
  {
    method: 'GET',
    path: /^\/api\/ysd\/open311\/([\w-]+)\/log$/,
    handle: (req, res, [, run]) => sendJson(res, 200, logs.get(run) ?? []),
  },
  {
    method: 'GET',
    path: /^\/api\/ysd\/open311\/([\w-]+)\/requests\.json$/,
    handle(req, res, [, run], url) {
      if (!logs.has(run)) logs.set(run, []);
      logs.get(run).push(url.search);
      const locale = url.searchParams.get('locale') ?? 'fi';
      if (!['fi', 'sv', 'en'].includes(locale)) return sendJson(res, 400, [{ code: 400, description: `unknown locale ${locale}` }]);
      sendJson(res, 200, open311(locale, url.searchParams.get('extensions') === 'true'));
    },
  },
];
