/** One level of a model, as shown: built-in or from the inline JSON. */
export interface Level {
  key: string;
  title: string;
  description?: string;
  promise?: string;
  examples?: string[];
  /** A group of levels (Arnstein's three groups); a group label is shown where a new group starts. */
  group?: string;
}

/** The texts of one built-in level. */
export interface LevelText {
  title: string;
  description: string;
  promise?: string;
  examples?: readonly string[];
}
type Six<T> = [T, T, T, T, T, T];
type Five<T> = [T, T, T, T, T];
type Eight<T> = [T, T, T, T, T, T, T, T];
interface ModelText<L> {
  /** The model's name, with its source. */
  name: string;
  /** One or two sentences that say how to read the levels. */
  intro: string;
  levels: L;
}
/** Every built-in text of the three models in one language (one lazily loaded file per language). */
export interface ModelTexts {
  roles: ModelText<Six<LevelText>>;
  spectrum: ModelText<Five<LevelText>>;
  arnstein: ModelText<Eight<LevelText>> & { groups: [string, string, string] };
}

export type ModelName = keyof ModelTexts;

/** The level keys of each built-in model, lowest first: the values of `current`. */
export const MODELS: Record<ModelName, readonly string[]> = {
  roles: ['object', 'customer-oriented', 'active-agent', 'lived-experience', 'own-process', 'co-developer'],
  spectrum: ['inform', 'consult', 'involve', 'collaborate', 'empower'],
  arnstein: ['manipulation', 'therapy', 'informing', 'consultation', 'placation', 'partnership', 'delegated-power', 'citizen-control'],
};
/** Arnstein's rungs 1–2 are non-participation, 3–5 tokenism, 6–8 citizen power. */
const ARNSTEIN_GROUP = [0, 0, 1, 1, 1, 2, 2, 2];

/** The levels of a built-in model in one language. */
export function builtInLevels(model: ModelName, texts: ModelTexts): Level[] {
  const m = texts[model];
  return MODELS[model].map((key, i) => ({
    key,
    ...(m.levels[i] as LevelText),
    examples: m.levels[i].examples as string[] | undefined,
    group: model === 'arnstein' ? texts.arnstein.groups[ARNSTEIN_GROUP[i]] : undefined,
  }));
}
