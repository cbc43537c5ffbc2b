/**
 * What Storybook shows as controls: the components' public API only, and only controls that work.
 *
 * The custom elements manifest lists every field the analyzer finds, private state included, and
 * each attribute a second time under its kebab-case name. Storybook would turn all of them into
 * controls, though the stories pass only their own args to the tag. So:
 * - `publicManifest` keeps the public instance fields, drops the separate attribute rows (the
 *   property's row names its attribute) and turns `string | undefined` into `string`;
 * - `workingControls` keeps a control only where the story has an arg for it (or sets one itself),
 *   gives string unions a select, and shows slots, parts, custom properties and events as
 *   documentation without a control.
 */
import type { ArgTypesEnhancer } from 'storybook/internal/types';

interface Member {
  kind?: string;
  name: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  description?: string;
  type?: { text?: string };
  [key: string]: unknown;
}
interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: unknown[];
  [key: string]: unknown;
}
interface Manifest {
  modules?: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

const withoutUndefined = (text?: string) => text?.replace(/\s*\|\s*undefined\b/g, '').trim();

/** A copy of the manifest with only the public fields of each custom element, one row each. */
export function publicManifest<M extends Manifest>(manifest: M): M {
  return {
    ...manifest,
    modules: manifest.modules?.map((module) => ({
      ...module,
      declarations: module.declarations?.map((d) => (d.tagName ? {
        ...d,
        attributes: [],
        members: (d.members ?? [])
          .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public')
          .map((m) => ({
            ...m,
            type: m.type && { ...m.type, text: withoutUndefined(m.type.text) },
            description: m.attribute ? `${m.description ?? ''}\n\nAttribute: \`${m.attribute}\`.`.trim() : m.description,
          })),
      } : d)),
    })),
  };
}

/** `'board' | 'poster'` → ['board', 'poster']; anything else → undefined. */
function stringUnion(type?: string): string[] | undefined {
  const parts = type?.split('|').map((p) => p.trim());
  return parts?.length && parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

export const workingControls: ArgTypesEnhancer = (context) => {
  const argTypes = { ...context.argTypes };
  const args = context.initialArgs ?? {};
  for (const [name, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    if (!category) continue; // The story's own arg, not from the manifest: left as the story set it.
    if (category !== 'properties') {
      argTypes[name] = { ...argType, control: false };
    } else if (argType.control === undefined) {
      const options = stringUnion(argType.type && 'name' in argType.type ? String(argType.type.name) : undefined);
      argTypes[name] = !(name in args)
        ? { ...argType, control: false }
        : options ? { ...argType, control: 'select', options } : argType;
    }
  }
  return argTypes;
};
