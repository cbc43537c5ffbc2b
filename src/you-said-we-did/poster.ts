/**
 * The poster of <osa-you-said-we-did> (`layout="poster"`): an A4 sheet for a waiting-room wall with
 * the newest or chosen items in large type and a QR code to the feedback page. Loaded only in poster
 * mode (a lazy chunk), because the QR encoder is most of its weight. The QR code is computed here in
 * the browser — no request leaves the page — and drawn as SVG with Lit templates.
 */
import { adoptStyles, css, html, svg, type TemplateResult } from 'lit';
import { encode } from 'uqr';
import { warn } from '../core/element.js';
import { heading } from '../core/heading.js';
import type { Entry, View } from './data.js';
import type { OsaYouSaidWeDid } from './osa-you-said-we-did.js';
import type { en } from './strings/en.js';

/** What the poster needs from the element. */
export interface PosterHost {
  view: View;
  /** The language the texts are in (marked on the poster, which may hang on a page in another language). */
  lang: string;
  /** The heading, at the level the page asks for. */
  title: TemplateResult;
  /** `poster-items`: a number of newest items, or ids separated by commas. */
  spec?: string;
  /** The safe feedback address, if any. */
  url?: string;
  /** A phone number for feedback, for people who don't scan a code or type an address. */
  phone?: string;
  text: (key: keyof typeof en, params?: Record<string, unknown>) => string;
  summary: TemplateResult;
  entry: (e: Entry) => TemplateResult;
  warn: (message: string) => void;
}

/** The poster's view of the board. */
const hostOf = (el: OsaYouSaidWeDid, view: View, url: string | undefined): PosterHost => ({
  view,
  lang: el.language,
  title: heading(el.level, el.t('title'), '', 'title'),
  spec: el.posterItems,
  url,
  phone: el.phone?.trim() || undefined,
  text: (key, params) => el.t(key, params),
  summary: el.summary(false),
  entry: (e) => el.entry(e),
  warn: (message) => warn(el, message),
});

/** A4 in large type fits about three items of ordinary length. */
const DEFAULT_COUNT = 3;

/**
 * What a wall should show first: what was done or is being done, then what is planned, then honest
 * "not possible" answers; items that are only received or being considered come last, as nothing
 * has happened yet.
 */
const POSTER_RANK: Record<Entry['item']['status'], number> = { done: 0, 'in-progress': 0, planned: 1, 'not-possible': 2, considering: 3, received: 3 };

/**
 * `n` items (newest first within each rank of POSTER_RANK), or the items named by id in the order
 * given (unknown ids are warned about).
 */
export function posterEntries(view: View, spec = '', warn: (m: string) => void): Entry[] {
  const wanted = spec.trim();
  if (/^\d*$/.test(wanted)) {
    const rank = (i: number) => POSTER_RANK[view.entries[i].item.status];
    // Array.prototype.sort is stable: within a rank, the newest-first order stays.
    return [...view.newest].sort((a, b) => rank(a) - rank(b)).slice(0, Number(wanted) || DEFAULT_COUNT).map((i) => view.entries[i]);
  }
  const byId = new Map(view.entries.map((e) => [e.item.id, e]));
  return wanted.split(',').map((id) => id.trim()).filter((id) => {
    if (!byId.has(id)) warn(`poster-items: there is no item with id "${id}".`);
    return byId.has(id);
  }).map((id) => byId.get(id)!);
}

const cache = new Map<string, { size: number; d: string }>();

/** The dark modules of the QR code as one SVG path, row by row, each run of modules one rectangle. */
export function qrPath(text: string): { size: number; d: string } {
  let code = cache.get(text);
  if (!code) {
    const { size, data } = encode(text, { ecc: 'M', border: 0 });
    let d = '';
    data.forEach((row, y) => {
      for (let x = 0; x < size; x++) {
        if (!row[x]) continue;
        const start = x;
        while (x < size && row[x]) x++;
        d += `M${start} ${y}h${x - start}v1h-${x - start}z`;
      }
    });
    cache.set(text, (code = { size, d }));
  }
  return code;
}

/** The QR code with its quiet zone of four modules. Always dark on light, so every phone can read it. */
export function qrCode(url: string, label: string): TemplateResult {
  const { size, d } = qrPath(url);
  const full = size + 8;
  return html`<svg class="qr__code" viewBox="-4 -4 ${full} ${full}" role="img" aria-label=${label} shape-rendering="crispEdges">${svg`
    <rect x="-4" y="-4" width=${full} height=${full} fill="#fff" />
    <path d=${d} fill="#000" />`}</svg>`;
}

/** The address as people type it from a wall: without "https://" and a closing slash. */
export const shortUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** The last QR code made: the poster re-renders on every filter change, the address rarely changes. */
let lastQr: { key: string; qr?: TemplateResult; problem?: string } | undefined;

/** The QR code, or undefined (with a warning) when the address is too long for one. */
function qrOrNothing(url: string, label: string, warn: (m: string) => void): TemplateResult | undefined {
  const key = `${label}\n${url}`;
  if (lastQr?.key !== key) {
    try {
      lastQr = { key, qr: qrCode(url, label) };
    } catch (e) {
      lastQr = { key, problem: `feedback-url is too long for a QR code (${url.length} characters; ${(e as Error).message}), so the poster shows the address without one.` };
    }
  }
  if (lastQr.problem) warn(lastQr.problem);
  return lastQr.qr;
}

/** Each warning once per data view, though the poster re-renders on every filter change. */
const warned = new WeakMap<View, Set<string>>();
function warnOnce(host: PosterHost): (message: string) => void {
  const seen = warned.get(host.view) ?? new Set<string>();
  warned.set(host.view, seen);
  return (message) => void (seen.has(message) || (seen.add(message), host.warn(message)));
}

/** The phone number as a line of its own, in large type; the number itself never breaks across lines. */
const phoneLine = (host: PosterHost) =>
  host.phone ? html`<p class="poster__phone">${host.text('posterCall', { phone: host.phone.replace(/ /g, '\u00a0') })}</p>` : '';

/** The QR code and the address under it; without a code, the text only points to the address. Then the phone number. */
function renderQr(host: PosterHost, url: string, warn: (m: string) => void): TemplateResult {
  const qr = qrOrNothing(url, host.text('qrLabel'), warn);
  return html`<div class="qr" part="qr">
    ${qr ?? ''}
    <div class="qr__text">
      <p>${host.text(qr ? 'posterScan' : 'posterGoTo')} <span class="qr__url">${shortUrl(url)}</span></p>
      ${phoneLine(host)}
    </div>
  </div>`;
}

/** The poster of `el` with the items of `view`; `url` is the safe feedback address. */
export function renderPoster(el: OsaYouSaidWeDid, view: View, url: string | undefined): TemplateResult {
  const host = hostOf(el, view, url);
  const warn = warnOnce(host);
  const entries = posterEntries(host.view, host.spec, warn);
  if (!host.url) warn('layout="poster" has no feedback-url, so the poster has no QR code.');
  return html`<div class="sheet" lang=${host.lang}><section class="poster" part="poster" aria-labelledby="title">
    ${host.title}
    ${host.summary}
    ${entries.length
      ? html`<ol class="entries">${entries.map((e) => html`<li>${host.entry(e)}</li>`)}</ol>`
      : html`<p>${host.text('empty')}</p>`}
    ${host.url ? renderQr(host, host.url, warn) : phoneLine(host)}
  </section></div>`;
}

/** A4 in print; on screen a sheet that scales with its container (sizes in `cqi`, the sheet's width). */
export const posterStyles = css`
  .sheet { container-type: inline-size; max-width: 210mm; margin: 0 auto; }
  .poster {
    padding: 6cqi; border: 1px solid var(--_osa-color-border); background: var(--_osa-color-background);
    font-size: max(1rem, 3.2cqi); line-height: 1.35; overflow-wrap: normal;
  }
  .poster > * + * { margin-top: 4cqi; }
  .poster h2 { font-size: 2em; margin: 0; }
  .poster .summary { font-size: 1em; }
  .poster .entries { gap: 3cqi; }
  .poster .entry { padding: 2.5cqi 3cqi; border-width: 2px 2px 2px 10px; }
  .poster .status { font-size: 0.9em; }
  /* Read from a few metres away: the dates and service in the text colour, not small and grey. */
  .poster .meta { font-size: max(1rem, 0.85em); color: var(--_osa-color-text); }
  .qr { display: flex; gap: 4cqi; align-items: center; }
  .qr__code { flex: none; width: max(8rem, 28cqi); height: auto; forced-color-adjust: none; }
  .qr p { margin: 0; }
  .qr__text > * + * { margin-top: 2cqi; }
  .poster__phone { font-weight: var(--_osa-font-weight-bold); }
  .qr__url { display: block; font-weight: var(--_osa-font-weight-bold); overflow-wrap: anywhere; hyphens: manual; }
  @container (max-width: 30rem) {
    .qr { flex-direction: column; align-items: flex-start; }
  }
  @media print {
    .sheet { max-width: none; }
    .poster { border: 0; padding: 0; font-size: 2.6cqi; }
    .poster > * + * { margin-top: 2.5cqi; }
    .poster .entries { gap: 2cqi; }
    .poster .entry { padding: 1.5cqi 2.5cqi; break-inside: avoid; }
    .poster dd { margin-bottom: 0.3em; }
    .poster .meta { font-size: 0.85em; }
    .qr { break-inside: avoid; }
    .qr__code { width: 20cqi; }
  }
`;

/** Adds the poster's styles to the board's shadow root. */
export function adoptPosterStyles(el: OsaYouSaidWeDid): void {
  adoptStyles(el.renderRoot as ShadowRoot, [...(el.constructor as typeof OsaYouSaidWeDid).elementStyles, posterStyles]);
}
