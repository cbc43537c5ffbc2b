// Writes the WordPress plugin to dist/wordpress/osallisuus/ and a zip for wp-admin's "Upload plugin":
//   osallisuus.php, includes/*.php, editor.js, block-render.php  from src/wordpress/ (hand-written),
//   includes/components.json, includes/texts.php, blocks/<name>/block.json, readme.txt  generated
//   from custom-elements.json,
//   languages/  the Finnish and Swedish translations (hand-kept .po in src/wordpress/languages/,
//   checked against every text and compiled to .mo, and JSON for the editor's script) and a .pot,
//   assets/<version>/  a copy of dist/cdn/ (run after rollup and the manifest analysis);
// and dist/drupal-allowed-html.txt, the tags and attributes for a Drupal text format.
// Every tag in the manifest gets a block (osallisuus/<tag without "osa-">, attributes = property
// names) and a shortcode ([osa_<name>], attributes = HTML attribute names): nothing is listed by hand.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { key, literals, readMo, readPo, writeMo, writePot, writeScriptJson } from './wordpress-i18n.mjs';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const src = join(root, 'src/wordpress');
const out = join(root, 'dist/wordpress/osallisuus');
const cdn = join(root, 'dist/cdn');

/** Markdown in the manifest's descriptions, made plain for the editor's help texts. */
const plain = (text = '') => text.replace(/`([^`]*)`/g, '$1').replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replace(/\s+/g, ' ').trim();

/** A property name as a label: privacyUrl → "Privacy URL", json → "JSON". */
const label = (name) => {
  const words = name.replace(/([A-Z])/g, ' $1').toLowerCase().split(' ');
  const fixed = words.map((w) => ({ url: 'URL', json: 'JSON', id: 'ID', api: 'API' })[w] ?? w);
  const text = fixed.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** A default from the manifest's source text: '' and 'json' are strings, 15_000 a number; an identifier has none here. */
function parseDefault(text) {
  if (text === undefined) return undefined;
  const t = String(text).trim();
  if (/^'.*'$|^".*"$/.test(t)) return t.slice(1, -1);
  if (/^-?[\d_]+(\.\d+)?$/.test(t)) return Number(t.replaceAll('_', ''));
  if (t === 'true' || t === 'false') return t === 'true';
  return undefined;
}

/** One attribute of a tag, described for PHP and the editor. */
function describe(attr, member) {
  const type = attr.type?.text ?? member?.type?.text ?? 'string';
  const description = attr.description ?? member?.description ?? '';
  const literals = type.split('|').map((s) => s.trim()).filter((s) => s !== 'undefined');
  const options = literals.every((s) => /^'[^']*'$/.test(s)) ? literals.map((s) => s.slice(1, -1)) : undefined;
  const kind = /\bas JSON\b/i.test(description) ? 'json' : literals.includes('boolean') ? 'boolean' : literals.includes('number') ? 'number' : 'string';
  const fallback = parseDefault(member?.default ?? attr.default);
  return {
    attribute: attr.name,
    property: attr.fieldName,
    label: label(attr.fieldName),
    kind,
    ...(options && options.length > 1 ? { options } : {}),
    ...(fallback !== undefined && typeof fallback === (kind === 'json' ? 'string' : kind) ? { default: fallback } : {}),
    help: plain(description),
  };
}

/** Every tag in the manifest, with its attributes; the shortcode's enclosed content fills the first JSON attribute other than texts. */
const components = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName?.startsWith('osa-'))
  .sort((a, b) => a.tagName.localeCompare(b.tagName))
  .map((d) => {
    const attributes = (d.attributes ?? []).filter((a) => a.fieldName).map((a) => describe(a, d.members?.find((m) => m.name === a.fieldName)));
    const name = d.tagName.slice(4);
    return {
      tag: d.tagName,
      name,
      block: `osallisuus/${name}`,
      shortcode: d.tagName.replaceAll('-', '_'),
      title: label(name.replace(/-(\w)/g, (_, c) => c.toUpperCase())),
      description: plain(d.summary ?? d.description?.split('\n\n')[0] ?? ''),
      content: attributes.find((a) => a.kind === 'json' && a.attribute !== 'texts')?.property ?? null,
      attributes,
    };
  });
if (!components.length) throw new Error('custom-elements.json lists no osa-* tags: run `npm run analyze` first');
if (!existsSync(join(cdn, 'osallisuus.js'))) throw new Error('dist/cdn/osallisuus.js is missing: run rollup first');

rmSync(join(root, 'dist/wordpress'), { recursive: true, force: true });
mkdirSync(join(out, 'includes'), { recursive: true });
const version = pkg.version;

// The hand-written parts, with the version filled in.
for (const file of readdirSync(src, { recursive: true, withFileTypes: true })) {
  if (!file.isFile()) continue;
  const from = join(file.parentPath ?? file.path, file.name);
  const to = join(out, from.slice(src.length + 1));
  mkdirSync(join(to, '..'), { recursive: true });
  writeFileSync(to, readFileSync(from, 'utf8').replaceAll('{{VERSION}}', version));
}

writeFileSync(join(out, 'includes/components.json'), `${JSON.stringify({ version, components }, null, 1)}\n`);

// ---- Translations (the editor's labels and help in Finnish and Swedish, like the site around them).
// The texts: the plugin's own (literals in its PHP and JavaScript) and the generated ones (each
// block's title and description, each setting's label and help). texts.php holds the generated ones
// as literals, so translation tools (and translate.wordpress.org) find them like any other.
const texts = new Map();
const addText = (text, where) => text && (texts.has(text) ? texts.get(text).where.push(where) : texts.set(text, { text, where: [where] }));
const walkSources = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walkSources(join(d, e.name)) : /\.(php|js)$/.test(e.name) ? [join(d, e.name)] : []));
const scriptTexts = [];
for (const file of walkSources(src)) {
  const found = literals(readFileSync(file, 'utf8'));
  found.forEach((t) => addText(t, `src/wordpress/${file.slice(src.length + 1)}`));
  if (file.endsWith('editor.js')) scriptTexts.push(...found);
}
// The plugin header's description, which the Plugins screen shows translated.
addText(readFileSync(join(src, 'osallisuus.php'), 'utf8').match(/^ \* Description:\s+(.+)$/m)?.[1].trim(), 'src/wordpress/osallisuus.php plugin header');
const generatedTexts = [];
for (const c of components) {
  for (const [text, what] of [[c.title, 'title'], [c.description, 'description'], ...c.attributes.flatMap((a) => [[a.label, `${a.attribute} label`], [a.help, `${a.attribute} help`]])]) {
    if (!text) continue;
    if (!texts.has(text)) generatedTexts.push(text);
    addText(text, `custom-elements.json ${c.tag} ${what}`);
  }
}
const phpString = (text) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
writeFileSync(join(out, 'includes/texts.php'), `<?php
/**
 * Generated by .ci/wordpress.mjs from custom-elements.json: the blocks' titles and descriptions and
 * their settings' labels and help, as literals, so that translation tools find them.
 *
 * @package osallisuus
 */

defined( 'ABSPATH' ) || exit;

/**
 * The editor's texts in the reader's language (the English text when there is no translation).
 *
 * @return array<string, string> English text => translated text.
 */
function osallisuus_editor_texts() {
	return array(
${generatedTexts.map((t) => `\t\t${phpString(t)} => __( ${phpString(t)}, 'osallisuus' ),`).join('\n')}
	);
}
`);
mkdirSync(join(out, 'languages'), { recursive: true });
writeFileSync(join(out, 'languages/osallisuus.pot'), writePot([...texts.values()].map((t) => ({ text: t.text, where: t.where.join(', ') }))));
const poDir = join(src, 'languages');
const locales = readdirSync(poDir).map((f) => f.match(/^osallisuus-(.+)\.po$/)?.[1]).filter(Boolean);
if (!locales.includes('fi') || !locales.includes('sv_SE')) throw new Error('src/wordpress/languages/ needs osallisuus-fi.po and osallisuus-sv_SE.po');
for (const locale of locales) {
  const file = `src/wordpress/languages/osallisuus-${locale}.po`;
  const po = readPo(readFileSync(join(root, file), 'utf8'), file);
  const missing = [...texts.keys()].filter((t) => !po.get(t));
  const gone = [...po.keys()].filter((t) => !texts.has(t));
  if (missing.length || gone.length) {
    throw new Error(`${file} does not match the plugin's texts (dist/wordpress/osallisuus/languages/osallisuus.pot lists them all):${
      missing.map((t) => `\n  not translated: "${t}"`).join('')}${gone.map((t) => `\n  no longer used: "${t}"`).join('')}`);
  }
  // block.json's title and description, which WordPress translates with these contexts.
  const all = new Map(po);
  for (const c of components) {
    all.set(key(`${c.title} (osallisuus)`, 'block title'), `${po.get(c.title)} (osallisuus)`);
    if (c.description) all.set(key(c.description, 'block description'), po.get(c.description));
  }
  const mo = writeMo(all, { locale });
  const back = readMo(mo);
  if ([...all].some(([k, v]) => back.get(k) !== v)) throw new Error(`languages/osallisuus-${locale}.mo does not read back as written`);
  writeFileSync(join(out, `languages/osallisuus-${locale}.mo`), mo);
  writeFileSync(join(out, `languages/osallisuus-${locale}-osallisuus-editor.json`), writeScriptJson(po, scriptTexts, locale));
}

// One folder per block: block.json (read by register_block_type) and the shared render file.
const blockType = { string: 'string', json: 'string', boolean: 'boolean', number: 'number' };
for (const c of components) {
  const dir = join(out, 'blocks', c.name);
  mkdirSync(dir, { recursive: true });
  const block = {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    apiVersion: 3,
    name: c.block,
    title: `${c.title} (osallisuus)`,
    category: 'widgets',
    icon: 'groups',
    description: c.description,
    keywords: ['osallisuus', c.tag, c.shortcode],
    textdomain: 'osallisuus',
    attributes: Object.fromEntries(c.attributes.map((a) => [a.property, { type: blockType[a.kind], ...(a.options ? { enum: a.options } : {}), ...('default' in a ? { default: a.default } : {}) }])),
    supports: { html: false, className: true, customClassName: true },
    editorScript: 'osallisuus-editor',
    render: 'file:../../block-render.php',
  };
  writeFileSync(join(dir, 'block.json'), `${JSON.stringify(block, null, 2)}\n`);
}

// The CDN files, in a folder named by the version: the URLs change with each version, so they can be cached for ever.
cpSync(cdn, join(out, 'assets', version), { recursive: true, filter: (f) => !f.endsWith('.map') });

const list = components.map((c) => `* [${c.shortcode}] and the block "${c.title} (osallisuus)": ${c.description}`).join('\n');
writeFileSync(join(out, 'readme.txt'), `=== Osallisuus ===
Requires at least: 6.1.3
Tested up to: 6.1
Requires PHP: 7.4
Stable tag: ${version}
License: MIT

${pkg.description}

== Description ==

Blocks and shortcodes for every osallisuus component. Authors can use them: the plugin writes the
tags on the server, so WordPress's HTML filter never has to allow scripts. The component script
is loaded, as a module, only on pages that contain a component.

${list}

See docs/embedding.md in the osallisuus repository.
`);

// The zip for wp-admin → Plugins → Add New → Upload Plugin: one folder, osallisuus/.
function zip(dir, prefix) {
  const entries = [];
  const walk = (d) => readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).forEach((e) => (e.isDirectory() ? walk(join(d, e.name)) : entries.push(join(d, e.name))));
  walk(dir);
  const local = [];
  const central = [];
  let offset = 0;
  for (const file of entries) {
    const data = readFileSync(file);
    const name = Buffer.from(`${prefix}/${file.slice(dir.length + 1)}`);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(0x0800, 6); head.writeUInt16LE(8, 8);
    head.writeUInt16LE(0, 10); head.writeUInt16LE(33, 12); head.writeUInt32LE(crc, 14); head.writeUInt32LE(packed.length, 18); head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(name.length, 26); head.writeUInt16LE(0, 28);
    local.push(head, name, packed);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0); entry.writeUInt16LE(20, 4); entry.writeUInt16LE(20, 6); entry.writeUInt16LE(0x0800, 8); entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(0, 12); entry.writeUInt16LE(33, 14); entry.writeUInt32LE(crc, 16); entry.writeUInt32LE(packed.length, 20); entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28); entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += head.length + name.length + packed.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}
const zipFile = join(root, `dist/wordpress/osallisuus-${version}.zip`);
writeFileSync(zipFile, zip(out, 'osallisuus'));

// Drupal's "Allowed HTML tags" line for a text format: the tags and their attributes, never <script>.
const global = ['lang', 'theme', 'easy'];
writeFileSync(join(root, 'dist/drupal-allowed-html.txt'), `${components.map((c) => `<${c.tag} ${[...c.attributes.map((a) => a.attribute), ...global].join(' ')}>`).join('\n')}\n`);

// php -l on every PHP file, when PHP is here (the WordPress test runs them for real).
try {
  execFileSync('php', ['-v'], { stdio: 'ignore' });
  const php = [];
  const walk = (d) => readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.php') && php.push(join(d, e.name))));
  walk(out);
  for (const f of php) execFileSync('php', ['-l', f], { stdio: ['ignore', 'ignore', 'inherit'] });
} catch (e) {
  if (e.code !== 'ENOENT') throw e;
}
console.log(`dist/wordpress/osallisuus/: ${components.length} blocks and shortcodes (${components.map((c) => c.tag).join(', ')}); ${zipFile.slice(root.length)}`);
