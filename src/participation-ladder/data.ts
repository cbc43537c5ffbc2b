import { isPerLang, isRecord, pickLang, type Lang } from '../core/i18n.js';
import type { Level } from './models.js';

/** A text in one language, or in several: `"Kuuleminen"` or `{"fi": "Kuuleminen", "sv": "Samråd"}`. */
export type Text = string | Partial<Record<Lang, string>>;
/** A list of texts, or one list per language: `["…", "…"]` or `{"fi": ["…"], "sv": ["…"]}`. */
export type TextList = Text[] | Partial<Record<Lang, string[]>>;

/** One level of a custom ladder. */
export interface LevelData {
  /** What `current` names, e.g. "listen". Unique in the ladder. */
  key: string;
  title: Text;
  description?: Text;
  /** What the organisation promises people at this level. */
  promise?: Text;
  examples?: TextList;
  /** A group of levels; a label is shown where a new group starts. */
  group?: Text;
}

/**
 * What the inline `<script type="application/json">` child (or the `data` property) holds.
 * Every key is optional. See docs/participation-ladder.md.
 */
export interface LadderData {
  /** What people taking part can change in this activity. */
  canInfluence?: TextList;
  /** What is already decided and will not change (money, law, earlier decisions). */
  decided?: TextList;
  /** Your own levels, lowest first (at least two; drawn with the highest on top). They replace the built-in model. */
  levels?: LevelData[];
  /** The name of your own model, shown above the levels. */
  title?: Text;
  /** One or two sentences above your own levels. */
  intro?: Text;
}

const isString = (v: unknown) => typeof v === 'string' && !!v.trim();
const isText = (v: unknown) => isString(v) || isPerLang(v, isString);
const isList = (v: unknown) => (Array.isArray(v) && v.every(isText)) || isPerLang(v, (x) => Array.isArray(x) && x.every(isString));

/** Checks the data and keeps what is usable. Problems come back in plain words for a console warning. */
export function checkData(input: unknown): { data: LadderData; problems: string[] } {
  const problems: string[] = [];
  const data: LadderData = {};
  if (!isRecord(input)) {
    problems.push('must be a JSON object like {"canInfluence": ["…"], "decided": ["…"]}');
    return { data, problems };
  }
  for (const [key, value] of Object.entries(input)) {
    const checks = { canInfluence: isList, decided: isList, title: isText, intro: isText, levels: Array.isArray };
    // Own keys only: a key like "__proto__" or "constructor" must not reach Object.prototype.
    const check = Object.hasOwn(checks, key) ? checks[key as keyof typeof checks] : undefined;
    if (!check) problems.push(`has an unknown key "${key}" (known: canInfluence, decided, levels, title, intro)`);
    else if (!check(value)) problems.push(`"${key}" must be ${key === 'levels' ? 'a list of levels' : key === 'title' || key === 'intro' ? 'a text' : 'a list of texts'}`);
    else (data as Record<string, unknown>)[key] = value;
  }
  if (data.levels) {
    const keys = new Set<string>();
    data.levels = data.levels.filter((level, i) => {
      const ok = isRecord(level) && isString(level.key) && !keys.has(level.key) && isText(level.title) &&
        ['description', 'promise', 'group'].every((k) => level[k] === undefined || isText(level[k])) &&
        (level.examples === undefined || isList(level.examples));
      if (ok) keys.add(level.key);
      else problems.push(`levels[${i}] needs a unique "key" and a "title"; "description", "promise" and "group" must be texts and "examples" a list of texts`);
      return ok;
    });
    if (data.levels.length < 2) {
      problems.push('needs at least two usable levels');
      delete data.levels;
    }
  }
  return { data, problems };
}

/** The text in the reader's language, else in the first language given. */
export const pick = pickLang;

/** A list in the reader's language. */
export function pickList(value: TextList | undefined, lang: Lang): string[] {
  return (pick(value as Text[], lang) ?? []).map((t) => pick(t, lang) as string);
}

/** The custom levels in the reader's language. */
export function customLevels(levels: LevelData[], lang: Lang): Level[] {
  return levels.map((l) => ({
    key: l.key,
    title: pick(l.title, lang)!,
    description: pick(l.description, lang),
    promise: pick(l.promise, lang),
    examples: pickList(l.examples, lang),
    group: pick(l.group, lang),
  }));
}
