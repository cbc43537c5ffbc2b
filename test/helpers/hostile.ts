// Hostile input for the hardening suite: generated payloads that would run script if anything ever
// treated them as HTML, a URL to follow or code, a global trap that records it if one ever does,
// and a scan of every shadow root for what must never be there.
import type { LitElement } from 'lit';

/** The global a payload calls when it runs: `__osaPwned(<payload id>)`. */
export const TRAP = '__osaPwned';

export interface Payload {
  /** Unique per payload; the code in it calls the trap with this number. */
  id: number;
  family: string;
  value: string;
}

export interface JsonPayload {
  id: number;
  family: string;
  /** JSON text (valid or not). */
  text: string;
  /** How the component must react: `invalid` JSON text, a `wrong` shape it must warn about, or `any` (no crash, safe output). */
  expect: 'invalid' | 'wrong' | 'any';
}

// ---------------------------------------------------------------------------------------------
// The trap

export interface Trap {
  /** Payload ids (or `alert:…`) of everything that ran. */
  fired: unknown[];
  /** Uncaught errors and unhandled rejections. */
  errors: string[];
  restore(): void;
}

/** Installs the trap: the global, alert/confirm/prompt/print/open, postMessage from frames, uncaught errors. */
export function installTrap(): Trap {
  const w = window as unknown as Record<string, unknown>;
  const fired: unknown[] = [];
  const errors: string[] = [];
  const names = ['alert', 'confirm', 'prompt', 'print', 'open'] as const;
  const originals = Object.fromEntries(names.map((n) => [n, w[n]]));
  w[TRAP] = (id: unknown) => void fired.push(id);
  for (const n of names) w[n] = (...args: unknown[]) => void fired.push(`${n}:${args.map(String).join(',')}`);
  const onMessage = (e: MessageEvent) => {
    if (typeof e.data === 'string' && e.data.startsWith('osa-pwned:')) fired.push(e.data);
  };
  const onError = (e: ErrorEvent) => void errors.push(`uncaught: ${e.message} (${e.filename}:${e.lineno})`);
  const onRejection = (e: PromiseRejectionEvent) => {
    const r = e.reason as Error | undefined;
    errors.push(`unhandled rejection: ${r?.stack ?? String(r)}`);
  };
  addEventListener('message', onMessage);
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  return {
    fired,
    errors,
    restore() {
      removeEventListener('message', onMessage);
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
      for (const n of names) w[n] = originals[n];
      delete w[TRAP];
    },
  };
}

// ---------------------------------------------------------------------------------------------
// String payloads

let nextId = 1;
const code = (id: number) => `${TRAP}(${id})`;
const frameCode = (id: number) => `parent.postMessage('osa-pwned:${id}','*')`;
/** Fills a template: «c» the trap call, «f» the call from inside a frame, «n» the id, «b» the call in base64. */
const fillIn = (template: string, id: number) =>
  template.replace(/«([cfnb])»/g, (_, t: string) => (t === 'c' ? code(id) : t === 'f' ? frameCode(id) : t === 'n' ? String(id) : btoa(code(id))));

/** Markup that runs the trap call if parsed as HTML. */
const HTML = [
  '<script>«c»</script>', '<SCRIPT>«c»</SCRIPT>', '<script src="data:text/javascript,«c»"></script>', '<script type="module">«c»</script>',
  '<img src=x onerror=«c»>', '<img src="x" onerror="«c»">', '<IMG SRC=x OnErRoR=«c»>', '<img/src=x/onerror=«c»>',
  '<img src=x onerror="&#95;&#95;osaPwned(«n»)">', '<image src=x onerror=«c»>', '<img src=x onerror=window[\'__osa\'+\'Pwned\'](«n»)>',
  '<img src=x onerror=eval(atob(\'«b»\'))>', '<svg onload=«c»>', '<svg><script>«c»</script></svg>', '<svg><animate onbegin=«c» attributeName=x dur=1s>',
  '<svg><set onbegin=«c» attributeName=x to=0>', '<svg><a href="javascript:«c»"><text x=0 y=20>x</text></a></svg>',
  '<svg><foreignObject><img src=x onerror=«c»></foreignObject></svg>', '<math><mtext><table><mglyph><style><img src=x onerror=«c»></style></mglyph></table></mtext></math>',
  '<math href="javascript:«c»">x</math>', '<iframe srcdoc="<script>parent.«c»</script>"></iframe>', '<iframe src="javascript:parent.«c»"></iframe>',
  '<iframe onload=«c»></iframe>', '<iframe src="data:text/html,<script>«f»</script>"></iframe>', '<object data="javascript:parent.«c»"></object>',
  '<object data="data:text/html,<script>«f»</script>"></object>', '<embed src="javascript:parent.«c»">', '<details open ontoggle=«c»>',
  '<input autofocus onfocus=«c»>', '<textarea autofocus onfocus=«c»></textarea>', '<select autofocus onfocus=«c»></select>', '<body onload=«c»>',
  '<video><source onerror=«c»></video>', '<audio src=x onerror=«c»></audio>', '<marquee onstart=«c»>x</marquee>', '<style onload=«c»></style>',
  '<link rel=stylesheet href=x onerror=«c»>', '<div style="position:fixed;inset:0" onmouseover=«c»></div>', '<a href="javascript:«c»">x</a>',
  '<form action="javascript:«c»"><button>x</button></form>', '<button formaction="javascript:«c»">x</button>', '<base href="javascript:«c»//">',
  '<meta http-equiv="refresh" content="0;url=javascript:«c»">', '<noscript><p title="</noscript><img src=x onerror=«c»>">',
  '<template><img src=x onerror=«c»></template>', '<!--><img src=x onerror=«c»>-->', '<![CDATA[><img src=x onerror=«c»>]]>',
  '<scr<script>ipt>«c»</scr</script>ipt>', '<x contenteditable autofocus onfocus=«c»>', '<dialog open onclose=«c»></dialog>',
  '<div popover id=p onbeforetoggle=«c»></div><button popovertarget=p>x</button>', '<slot onslotchange=«c»></slot>',
];
const HTML_WRAPS: [string, (s: string) => string][] = [
  ['plain', (s) => s],
  ['text', (s) => `Kiitos avusta! ${s} Terveisin Aino`],
  ['dq-break', (s) => `">${s}`],
  ['sq-break', (s) => `'>${s}`],
  ['tag-break', (s) => `</textarea></title></style></script></q>${s}`],
  ['lines', (s) => `Rivi 1\nRivi 2\r\n${s}\n`],
];
const ATTRIBUTE_BREAKS = [
  '" onmouseover="«c»" x="', '\' onfocus=\'«c»\' autofocus x=\'', '" autofocus onfocus="«c»', '"onerror="«c»', '` onerror=«c» `', '"/><img src=x onerror=«c»>',
  '" href="javascript:«c»', '"><a href="javascript:«c»">x</a>', '\' href=\'javascript:«c»', 'x onload=«c»', '"\tonfocus="«c»', '"\nonfocus="«c»',
  '" style="background:url(javascript:«c»)', '"><svg/onload=«c»>', '\'"><img src=x onerror=«c»>',
];
/** URLs that would run the trap call if used as a link, an image or a frame. */
const URLS = [
  'javascript:«c»', 'JaVaScRiPt:«c»', 'JAVASCRIPT:«c»', ' javascript:«c»', '\tjavascript:«c»', '\njavascript:«c»', 'java\tscript:«c»', 'java\nscript:«c»',
  'java\rscript:«c»', '\u0000javascript:«c»', '\u0001javascript:«c»', '\u001fjavascript:«c»', 'javascript\t:«c»', 'javascript:/*--></title></style></textarea></script><svg/onload=«c»>*/',
  'javascript://%0a«c»', 'javascript://\n«c»', 'javascript:void(«c»)', 'javascript:«c»;//https://example.fi', 'javascript&colon;«c»', '&#106;avascript:«c»',
  '&#x6A;avascript:«c»', '&#0000106avascript:«c»', 'jav&#x09;ascript:«c»', '%6A%61%76%61%73%63%72%69%70%74:«c»', 'javascript%3A«c»', '\u200bjavascript:«c»',
  'javascript\u200b:«c»', '\ufeffjavascript:«c»', '\u00a0javascript:«c»', 'vbscript:«c»', 'VBScript:msgbox(«n»)', 'data:text/html,<script>«f»</script>',
  'data:text/html;base64,«b»', 'DATA:text/html,<script>«f»</script>', ' data:image/svg+xml,<svg onload=«f»>', 'data:application/javascript,«c»', 'data:,«c»',
  'blob:https://example.fi/«n»', 'file:///etc/passwd#«c»', 'about:blank#«c»', 'ftp://example.fi/«n»', 'x:«c»', '//evil.example/«n»', '\\\\evil.example\\«n»',
  '/\\evil.example/«n»', 'https://evil.example/«n»"><script>«c»</script>', 'https://example.fi/?q=<script>«c»</script>', 'https://example.fi/#<img src=x onerror=«c»>',
  'mailto:aino@example.fi?body=<script>«c»</script>', 'tel:+358<script>«c»</script>', 'http://[::1:x/«n»', 'http://%zz/«n»', 'https://example.fi:99999/«n»',
];
const URL_WRAPS: [string, (s: string) => string][] = [['plain', (s) => s], ['trailing', (s) => `${s}  \n`], ['leading', (s) => ` \r\n ${s}`]];
const TEMPLATES = [
  '${«c»}', '${alert(«n»)}', '{{«c»}}', '{{constructor.constructor(\'«c»\')()}}', '{{ «c» }}', '#{«c»}', '<%= «c» %>', '[[${«c»}]]', '{date}', '{count}', '{name}',
  '{reference}', '{level}', '{activity}', '{n} / {total}', '{0}', '{__proto__}', '{constructor}', '{toString}', '{{date}}', '$& $\' $` $1 $$ «c»',
  '%s%s%s %o %c', '{{7*7}} ${7*7} <%= 7*7 %>', '${{<%[%\'"}}%\\.', '{{#each this}}{{«c»}}{{/each}}',
];
const UNICODE = [
  '\u202egnp.exe', 'Kiitos \u202eavusta\u202c!', '\u202d\u202e\u2066\u2067\u2068\u2069', '\u200b\u200c\u200d\u2060\ufeff', 'a\u200bb\u200cc\u200dd',
  'Z\u0334\u0321\u0322\u031b\u0317\u0347\u0356\u0349\u0353\u0300\u0301\u0302algo', 'e' + '\u0301'.repeat(200), '😀👩‍👩‍👧‍👦🏳️‍🌈🇫🇮', '𝕳𝖊𝖑𝖑𝖔 𝟘𝟙𝟚', '\ud800', '\udfff',
  'a\ud800b\udc00c', '\udc00\ud800', '\u0000', 'NUL\u0000inside', '\u0000<script>«c»</script>', '\ufeffBOM', '\u2028\u2029', '\ufffd\uffff\ufffe',
  '\ufdd0\ufdef', '\u0085\u009b\u0090', 'äöå ÄÖÅ', 'Čđŋšŧž Sámegiella', '\u3164\u115f', 'שלום مرحبا Hei', '\v\f\b', '\r\n\r\n', '\ufe0f\ufe0e',
  '\u{e0041}\u{e0042}', '👍🏿👍🏻', '\u00ad\u034f\u061c', 'ﷺ﷽', '\u0e01\u0e34\u0e34\u0e34\u0e34', 'İıŞş', 'ß ẞ ﬁ', '\u2800\u3000\u00a0',
  '\u{1d400}\u{1f600}\u{10ffff}', '\u0338\u20e0', '\t\t\t', '\\u003cscript\\u003e«c»\\u003c/script\\u003e', '&lt;script&gt;«c»&lt;/script&gt;',
  '\\x3cimg src=x onerror=«c»\\x3e', `Z${'\u0336'.repeat(2000)}`,
];
const UNICODE_WRAPS: [string, (s: string) => string][] = [['plain', (s) => s], ['with-markup', (s) => `${s}<img src=x onerror=«c»>${s}`]];

/** Very long strings (100,000 characters or so), some of them markup or URLs. */
function longStrings(id: number): [string, string][] {
  const fill = (unit: string, length = 100_000) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return [
    ['A', fill('A')], ['script', fill(`<script>${code(id)}</script>`)], ['img', fill(`<img src=x onerror=${code(id)}>`)], ['emoji', '😀'.repeat(50_000)],
    // Combining marks spread over many letters: a single letter carrying 100,000 marks takes Chromium's
    // text shaping about 26 s to lay out (a browser cost, not the components'), so the long run spreads them.
    ['combining', fill('a\u0301\u0323')], ['rtl', fill('\u202e')], ['zero-width', fill('\u200b')], ['spaces', fill(' ')], ['newlines', fill('\n')],
    ['digits', fill('9')], ['url', `https://example.fi/${fill('a')}`], ['js-url', `javascript:${fill(' ')}${code(id)}`], ['braces', fill('{')],
    ['brackets', fill('[')], ['words', fill('palaute ')], ['one-word', fill('Pitkäsanainenkunnallinenpalvelu')],
  ];
}

/** Every string payload: markup, attribute breakouts, URLs, template syntax, odd Unicode, very long strings. */
export function stringPayloads(): Payload[] {
  const out: Payload[] = [];
  const add = (family: string, template: string, change = (v: string) => v) => {
    const id = nextId++;
    out.push({ id, family, value: change(fillIn(template, id)) });
  };
  for (const t of HTML) for (const [w, wrap] of HTML_WRAPS) add(`html/${w}`, wrap(t));
  for (const t of ATTRIBUTE_BREAKS) {
    add('attribute', t);
    add('attribute/upper', t, (v) => v.toUpperCase().replaceAll(TRAP.toUpperCase(), TRAP));
  }
  for (const t of URLS) for (const [w, wrap] of URL_WRAPS) add(`url/${w}`, wrap(t));
  for (const t of TEMPLATES) {
    add('template', t);
    add('template/text', `Hei {name}, ${t} kiitos`);
  }
  for (const t of UNICODE) for (const [w, wrap] of UNICODE_WRAPS) add(`unicode/${w}`, wrap(t));
  for (const [name] of longStrings(0)) {
    const id = nextId++;
    out.push({ id, family: `long/${name}`, value: longStrings(id).find(([n]) => n === name)![1] });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// JSON payloads

const INVALID_JSON = [
  '{', '}', '[', '[1,]', '{"a":1,}', '{\'a\':1}', '{a:1}', 'NaN', 'Infinity', 'undefined', '-', '01', '"unterminated', '"\\x"', '{"a":"\\u12"}',
  '// comment\n{}', '/* c */[]', '\ufeff{}', '['.repeat(10_000), '<script>«c»</script>', '<!DOCTYPE html><html><body><script>«c»</script></body></html>',
  ')]}\',\n[]', '[]]', '{}{}', '{"a":1}x', 'tru', 'nul', '[1 2]', '{"a" 1}', '{"a":1 "b":2}', '{,}', '["\t"]', '["\n"]', '\'', '0x10', '.5', '+1',
  '1e', '{"__proto__":}', '<svg onload=«c»>', 'javascript:«c»', '{"said": "<img src=x onerror=«c»>",', 'ʺʺ', '［］', '\u0000',
];
const WRONG_TOP = [
  'null', 'true', 'false', '0', '-0', '1e309', '-1e309', '"text"', '"<script>«c»</script>"', '[[[[["x"]]]]]', '[1,2,3]', '{"":""}',
  '['.repeat(3000) + ']'.repeat(3000), '{"a":'.repeat(3000) + '1' + '}'.repeat(3000),
];
/** Values of the wrong type (or hostile) for any key. `«c»` is the trap call. */
const WRONG_VALUES = [
  'null', 'true', '0', '-1', '1.5', '1e309', '""', '" "', '[]', '[[]]', '{}', '{"__proto__":{"polluted":"«c»"}}', '{"fi":1}', '{"xx":"x"}',
  '{"fi":["a"]}', '[null]', '["<script>«c»</script>"]', '{"toString":"x","valueOf":"y"}', '"<img src=x onerror=«c»>"', '"javascript:«c»"',
  '{"fi":"<svg onload=«c»>","sv":"<script>«c»</script>","en":"\\u202e<b>x</b>"}', '"\\ud800\\u0000\\u202e"', '{"other":"<img src=x onerror=«c»>","one":5}',
];
/** Keys that reach Object.prototype when looked up in a plain object. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', '__defineGetter__'];

function json(family: string, text: string, expect: JsonPayload['expect']): JsonPayload {
  const id = nextId++;
  return { id, family, text: fillIn(text, id), expect };
}

/** Generic JSON payloads any inline-JSON sink must survive: invalid text and wrong top-level shapes. */
export function genericJson(): JsonPayload[] {
  return [
    ...INVALID_JSON.map((t) => json('json/invalid', t, 'invalid')),
    ...WRONG_TOP.map((t) => json('json/wrong-top', t, 'wrong')),
  ];
}

/**
 * JSON payloads shaped like a component's data: a good base with one key set to a wrong or hostile
 * value, for every key (paths like `levels.0.title` reach inside), plus unknown and prototype keys.
 */
export function shapedJson(family: string, base: unknown, paths: string[], unknownKeysWarn: boolean): JsonPayload[] {
  const out: JsonPayload[] = [];
  const baseText = JSON.stringify(base);
  const setAt = (path: string, valueText: string) => {
    // Build by text so that keys like __proto__ stay own properties of the parsed JSON.
    const marker = '"@@VALUE@@"';
    const copy = JSON.parse(baseText);
    const keys = path.split('.');
    let target = copy;
    for (const k of keys.slice(0, -1)) target = target[k];
    target[keys.at(-1)!] = '@@VALUE@@';
    return JSON.stringify(copy).replace(marker, () => valueText);
  };
  for (const path of paths) for (const v of WRONG_VALUES) out.push(json(`${family}/${path}`, setAt(path, v), 'any'));
  // Unknown keys, at the top and inside the first object of a list, including prototype keys.
  const top = (key: string, v: string) => baseText.replace(/^(\[?)\{/, (_, list: string) => `${list}{${JSON.stringify(key)}:${v},`);
  for (const key of [...PROTO_KEYS, 'x<script>«c»</script>', 'canInfluense']) {
    for (const v of ['1', '"<img src=x onerror=«c»>"', '{"polluted":"«c»"}', '[]', 'null']) {
      out.push(json(`${family}/key:${key}`, top(key, v), unknownKeysWarn ? 'wrong' : 'any'));
    }
  }
  return out;
}

/**
 * Text overrides: every known key set to a hostile string (flat, per language, plural forms), and wrong
 * shapes. `cap` limits the length of some keys' texts.
 */
export function textsPayloads(keys: readonly string[], pluralKeys: ReadonlySet<string>, strings: Payload[], cap: Record<string, number> = {}): JsonPayload[] {
  const out: JsonPayload[] = [];
  // One string after another, so that every string payload is in some override.
  let next = 0;
  const pick = () => strings[next++ % strings.length].value;
  for (let i = 0; i < 40; i++) {
    const table = () => Object.fromEntries(keys.map((k, j) => {
      const s = pick().slice(0, cap[k]);
      return [k, pluralKeys.has(k) && j % 2 ? { one: s, other: `${s} {count}` } : s];
    }));
    const value = i % 3 === 0 ? table() : i % 3 === 1 ? { fi: table(), sv: table(), en: table() } : { en: table() };
    out.push({ id: nextId++, family: 'texts/hostile-values', text: JSON.stringify(value), expect: 'any' });
  }
  const known = keys[0];
  const plural = [...pluralKeys][0] ?? known;
  const wrong = [
    `{"${known}":1}`, `{"${known}":null}`, `{"${known}":[]}`, `{"${known}":{"other":1}}`, `{"${known}":{"one":"x"}}`, `{"${plural}":{"other":"«c»","few":[]}}`,
    `{"fi":"<script>«c»</script>"}`, '{"fi":{"nope<img src=x onerror=«c»>":"x"}}', `{"fi":{"${known}":1},"sv":{"${known}":"ok"}}`, '{"unknownKey":"x"}',
    ...PROTO_KEYS.map((k) => `{${JSON.stringify(k)}:"<img src=x onerror=«c»>"}`), ...PROTO_KEYS.map((k) => `{"en":{${JSON.stringify(k)}:{"polluted":"«c»"}}}`),
    `{"${known}":"ok","__proto__":{"${known}":"<script>«c»</script>"}}`,
  ];
  for (const t of wrong) out.push(json('texts/wrong', t, 'wrong'));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Checks

/** Tags a component may render in its shadow root; anything else there came from data. */
const ALLOWED_TAGS = new Set([
  'a', 'article', 'button', 'dd', 'div', 'dl', 'dt', 'fieldset', 'form', 'h2', 'h3', 'h4', 'h5', 'h6', 'input', 'label', 'legend', 'li', 'ol',
  'option', 'p', 'path', 'q', 'rect', 'section', 'select', 'slot', 'span', 'strong', 'svg', 'textarea', 'time', 'ul',
]);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster', 'background', 'ping', 'codebase', 'cite'];

/** Every shadow root under `root`, nested ones included. */
export function shadowRoots(root: ParentNode): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) {
        out.push(el.shadowRoot);
        walk(el.shadowRoot);
      }
    }
  };
  walk(root);
  return out;
}

/** Problems in the rendered output: unexpected tags, on* attributes, script-capable URLs. Empty when safe. */
export function unsafeOutput(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const shadow of shadowRoots(root)) {
    const host = (shadow.host as HTMLElement).id || shadow.host.localName;
    for (const el of shadow.querySelectorAll('*')) {
      const tag = el.localName;
      if (!ALLOWED_TAGS.has(tag)) problems.push(`${host}: unexpected <${tag}> in the shadow root`);
      for (const attr of el.attributes) {
        if (attr.name.startsWith('on')) problems.push(`${host}: <${tag}> has ${attr.name}="${attr.value.slice(0, 60)}"`);
        if (URL_ATTRIBUTES.includes(attr.name)) {
          let protocol = '';
          try {
            protocol = new URL(attr.value, document.baseURI).protocol;
          } catch {
            protocol = 'invalid:';
          }
          if (!['http:', 'https:', 'mailto:', 'tel:'].includes(protocol)) problems.push(`${host}: <${tag} ${attr.name}="${attr.value.slice(0, 60)}"> (${protocol})`);
        }
      }
    }
  }
  return problems;
}

/** Own enumerable keys added to Object.prototype or Array.prototype (pollution), and odd globals. */
export function pollution(): string[] {
  const out = [...Object.keys(Object.prototype), ...Object.keys(Array.prototype)];
  const probe = {} as Record<string, unknown>;
  for (const k of ['polluted', 'title', 'said']) if (probe[k] !== undefined) out.push(`({}).${k}`);
  return out;
}

/** Names of the element's attributes, read from its reactive properties (those with an attribute). */
export function attributeNames(el: LitElement): string[] {
  const props = (el.constructor as typeof LitElement).elementProperties;
  const names: string[] = [];
  for (const [name, options] of props) {
    if (options.attribute === false || options.state) continue;
    names.push(typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase());
  }
  return names;
}

/** Registers answers with test/servers/hostile.mjs, in one request. */
export async function registerAnswers(batch: Record<string, unknown>): Promise<void> {
  const res = await fetch('/api/hostile/set', { method: 'POST', body: JSON.stringify(batch), headers: { 'Content-Type': 'application/json' } });
  if (!res.ok) throw new Error(`registering answers failed: ${res.status}`);
}

export async function answerHits(prefix: string): Promise<Record<string, number>> {
  const res = await fetch(`/api/hostile/hits/${prefix}`, { cache: 'no-store' });
  return (await res.json()) as Record<string, number>;
}

export async function clearAnswers(prefix: string): Promise<void> {
  await fetch(`/api/hostile/clear/${prefix}`, { method: 'POST' });
}
