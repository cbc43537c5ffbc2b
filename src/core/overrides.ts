import type { PropertyValues } from 'lit';
import { warn } from './element.js';
import { toSupportedLang, type Lang, type Message, type PluralForms, type Strings, type StringTable, type TextOverrides } from './i18n.js';

// Text overrides (the `texts` attribute and `<script type="application/json" data-texts>`).
// Loaded only on pages that use them: most pages keep the built-in texts.

function isPluralForms(value: unknown): value is PluralForms {
  return !!value && typeof value === 'object' && !Array.isArray(value) && typeof (value as PluralForms).other === 'string' &&
    Object.values(value as object).every((v) => typeof v === 'string');
}

/**
 * Parses an override source (JSON text or an object). Returns the overrides and a list of
 * problems in plain words; never throws.
 */
export function parseOverrides(source: unknown, knownKeys?: ReadonlySet<string>): { overrides: TextOverrides; problems: string[] } {
  const problems: string[] = [];
  const overrides: TextOverrides = {};
  if (source === null || source === undefined || source === '') return { overrides, problems };
  let data: unknown = source;
  if (typeof source === 'string') {
    try {
      data = JSON.parse(source);
    } catch (e) {
      problems.push(`is not valid JSON (${(e as Error).message})`);
      return { overrides, problems };
    }
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push('must be a JSON object like {"key": "text"} or {"fi": {"key": "teksti"}}');
    return { overrides, problems };
  }
  const read = (table: Record<string, unknown>, target: Record<string, Message>, where: string) => {
    for (const [key, value] of Object.entries(table)) {
      if (knownKeys && !knownKeys.has(key)) {
        problems.push(`has an unknown key "${key}"${where}`);
      } else if (typeof value === 'string' || isPluralForms(value)) {
        target[key] = value;
      } else {
        problems.push(`key "${key}"${where} must be text`);
      }
    }
  };
  const entries = Object.entries(data as Record<string, unknown>);
  const perLang = entries.length > 0 && entries.every(([k, v]) => toSupportedLang(k) === k && v && typeof v === 'object' && !Array.isArray(v));
  if (perLang) {
    for (const [lang, table] of entries) read(table as Record<string, unknown>, (overrides[lang as Lang] = {}), ` (in "${lang}")`);
  } else {
    read(data as Record<string, unknown>, (overrides['*'] = {}), '');
  }
  return { overrides, problems };
}

/** What an element gives this module: its `texts`, its child script's JSON and its layers of overrides. */
interface Host extends Element {
  texts?: unknown;
  scriptSource?: string;
  layers: TextOverrides[];
}

/**
 * Reads an element's overrides that changed (called by OsaElement.willUpdate, once its texts are
 * loaded): the `texts` attribute, and the child script when one was just read. Problems are warned
 * about, naming the element; keys are checked against the built-in ones. Returns whether any changed.
 */
export function readOverrides(el: Host, changed: PropertyValues, builtIn: object): boolean {
  const read = (source: unknown, what: string): TextOverrides => {
    if (!source) return {};
    const { overrides, problems } = parseOverrides(source, new Set(Object.keys(builtIn)));
    for (const problem of problems) warn(el, `${what} ${problem}. The built-in text is used instead.`);
    return overrides;
  };
  const attribute = changed.has('texts');
  if (attribute) el.layers[1] = read(el.texts, 'The "texts" attribute');
  const script = el.scriptSource !== undefined;
  if (script) {
    el.layers[0] = read(el.scriptSource, 'The <script data-texts> child');
    el.scriptSource = undefined;
  }
  return attribute || script;
}

/** Merges built-in strings with override layers (later layers win). */
export function resolveStrings<T extends StringTable>(builtIn: Strings<T>, lang: Lang, layers: TextOverrides[]): Strings<T> {
  if (!layers.some((layer) => Object.keys(layer).length)) return builtIn;
  const out = { ...builtIn } as Record<string, Message>;
  for (const layer of layers) {
    Object.assign(out, layer['*'] ?? {}, layer[lang] ?? {});
  }
  // An override may not turn a plural key into a plain string or the other way round without care:
  // a plain string for a plural key is accepted as the `other` form.
  for (const key of Object.keys(builtIn)) {
    const builtInValue = (builtIn as Record<string, Message>)[key];
    if (typeof builtInValue !== 'string' && typeof out[key] === 'string') out[key] = { other: out[key] as string };
    if (typeof builtInValue === 'string' && typeof out[key] !== 'string') out[key] = (out[key] as PluralForms).other;
  }
  return out as Strings<T>;
}

