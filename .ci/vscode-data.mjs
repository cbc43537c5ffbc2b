// Turns custom-elements.json into dist/vscode.html-custom-data.json: VS Code's HTML custom data, so
// the editor completes the tags and their attributes and shows their descriptions on hover.
// Run by `npm run analyze`, right after cem. Fails when a tag defined in src/*/register.ts is missing.
//
// Use in a project: add to .vscode/settings.json
//   "html.customData": ["./node_modules/osallisuus/dist/vscode.html-custom-data.json"]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const path = (p) => fileURLToPath(new URL(p, root));
const manifest = JSON.parse(readFileSync(path('custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(path('package.json'), 'utf8'));

/** Every tag the package defines: `defineElement('osa-…', …)` in src/<name>/register.ts. */
const components = readdirSync(path('src'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path(`src/${d.name}/register.ts`)))
  .map((d) => d.name);
const defined = components.flatMap((c) =>
  [...readFileSync(path(`src/${c}/register.ts`), 'utf8').matchAll(/defineElement\(\s*'([a-z][a-z0-9-]*-[a-z0-9-]+)'/g)].map((m) => ({ tag: m[1], component: c })));

/** Type aliases that are unions of string literals (`export type MeetingMode = 'online' | 'both';`), by name. */
function stringUnionAliases(dir = 'src') {
  const aliases = new Map();
  for (const entry of readdirSync(path(dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'strings') for (const [k, v] of stringUnionAliases(rel)) aliases.set(k, v);
    } else if (entry.name.endsWith('.ts')) {
      for (const m of readFileSync(path(rel), 'utf8').matchAll(/^export type (\w+) = ([^;\n]+);/gm)) {
        const values = literals(m[2]);
        if (values) aliases.set(m[1], values);
      }
    }
  }
  return aliases;
}
/** The string literals of a union like `'a' | 'b' | undefined`, or null when it is not only literals. */
function literals(text) {
  const parts = text.split('|').map((p) => p.trim()).filter((p) => p && p !== 'undefined' && p !== 'null');
  return parts.length && parts.every((p) => /^'[^']*'$|^"[^"]*"$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : null;
}
const aliases = stringUnionAliases();

/** The values an attribute can take, when its type says: a union of strings, a string alias, or a boolean. */
function valuesOf(typeText = '') {
  const direct = literals(typeText);
  if (direct) return { values: direct.map((name) => ({ name })) };
  const parts = typeText.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  if (parts.length === 1 && aliases.has(parts[0])) return { values: aliases.get(parts[0]).map((name) => ({ name })) };
  if (parts.length === 1 && parts[0] === 'boolean') return { valueSet: 'v' };
  return {};
}

/** Where to read more: the component's doc in the repository when package.json names one, else the package page. */
function docsUrl(component) {
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const web = repo?.replace(/^git\+/, '').replace(/\.git$/, '');
  if (web?.startsWith('https://') && existsSync(path(`docs/${component}.md`))) return `${web}/blob/main/docs/${component}.md`;
  return pkg.homepage ?? `https://www.npmjs.com/package/${pkg.name}`;
}

const markdown = (value) => ({ kind: 'markdown', value });
const list = (title, items, name = (i) => `\`${i.name}\``) =>
  items?.length ? `\n\n**${title}**\n\n${items.map((i) => `- ${name(i)}${i.description ? ` — ${i.description}` : ''}`).join('\n')}` : '';

/** Read from the nearest `theme` attribute (the element's own included) by every component: see src/core/element.ts. */
const shared = [
  { name: 'theme', description: 'Colour theme for this element and everything inside it. `auto` (default) follows the system\'s colour scheme and contrast setting.', ...valuesOf('Theme') },
];

const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const tags = declarations
  .sort((a, b) => a.tagName.localeCompare(b.tagName))
  .map((d) => {
    const component = defined.find((x) => x.tag === d.tagName)?.component ?? d.tagName.replace(/^osa-/, '');
    const description = [d.summary, d.description].filter(Boolean).join('\n\n') +
      list('Events', d.events) + list('Slots', d.slots, (s) => (s.name ? `\`slot="${s.name}"\`` : 'default slot')) +
      list('CSS parts', d.cssParts, (p) => `\`::part(${p.name})\``);
    const own = (d.attributes ?? []).map((a) => ({
      name: a.name,
      description: markdown([a.description, a.default !== undefined && a.default !== 'undefined' ? `Default: \`${a.default}\`.` : ''].filter(Boolean).join(' ')),
      ...valuesOf(a.type?.text),
    }));
    const names = new Set(own.map((a) => a.name));
    return {
      name: d.tagName,
      description: markdown(description),
      attributes: [...own, ...shared.filter((s) => !names.has(s.name)).map((s) => ({ ...s, description: markdown(s.description) }))],
      references: [{ name: 'Documentation', url: docsUrl(component) }],
    };
  });

const missing = defined.filter((x) => !tags.some((t) => t.name === x.tag)).map((x) => x.tag);
if (!defined.length || missing.length) {
  console.error(`vscode-data: ${missing.length ? `custom-elements.json has no ${missing.join(', ')}` : 'no tags found in src/*/register.ts'}. Run \`npm run analyze\`.`);
  process.exit(1);
}

mkdirSync(path('dist'), { recursive: true });
writeFileSync(path('dist/vscode.html-custom-data.json'), `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
console.log(`vscode-data: wrote dist/vscode.html-custom-data.json (${tags.map((t) => t.name).join(', ')})`);
