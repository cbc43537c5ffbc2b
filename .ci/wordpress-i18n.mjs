// Gettext for the WordPress plugin, with no tools beyond Node (used by .ci/wordpress.mjs):
// reading the hand-kept translations (src/wordpress/languages/osallisuus-<locale>.po), writing the
// template (.pot), the compiled catalogues (.mo) that WordPress loads, and the JSON that
// wp_set_script_translations() loads for the editor's script.

/** The translatable literals of PHP and JavaScript sources: __( 'text', 'osallisuus' ), esc_html__(…), _e(…) … */
export function literals(code, domain = 'osallisuus') {
  const out = [];
  const call = /\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*(['"])((?:\\.|(?!\1).)*)\1\s*,\s*(['"])([\w-]+)\3\s*\)/g;
  for (const m of code.matchAll(call)) {
    if (m[4] !== domain) continue;
    out.push(m[2].replace(/\\(['"\\])/g, '$1'));
  }
  return out;
}

/** A key of a catalogue: the text, or context + EOT + text (as gettext stores a msgctxt). */
export const key = (text, context) => (context ? `${context}\u0004${text}` : text);

const unquote = (s) => JSON.parse(s.replace(/\\'/g, "'"));
const quote = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

/** Reads a .po file: Map key → translation (the header, msgid "", is left out). Plural forms are not used here. */
export function readPo(text, file) {
  const entries = new Map();
  let entry = {};
  let field;
  const flush = () => {
    if (entry.msgid !== undefined && entry.msgid !== '') entries.set(key(entry.msgid, entry.msgctxt), entry.msgstr ?? '');
    entry = {};
    field = undefined;
  };
  text.split('\n').forEach((line, i) => {
    const t = line.trim();
    if (!t) return flush();
    if (t.startsWith('#')) return;
    const m = t.match(/^(msgctxt|msgid|msgstr)\s+(".*")$/);
    if (m) {
      if (m[1] === 'msgctxt' || (m[1] === 'msgid' && entry.msgstr !== undefined)) flush();
      field = m[1];
      entry[field] = unquote(m[2]);
    } else if (/^".*"$/.test(t) && field) entry[field] += unquote(t);
    else throw new Error(`${file}:${i + 1}: cannot read "${t}"`);
  });
  flush();
  return entries;
}

/** The template: every text to translate, with where it comes from. */
export function writePot(texts) {
  let out = `# The texts of the osallisuus WordPress plugin, for translators (made by .ci/wordpress.mjs).
msgid ""
msgstr ""
"Project-Id-Version: osallisuus\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
`;
  for (const { text, context, where } of texts) {
    out += `\n#: ${where}\n${context ? `msgctxt ${quote(context)}\n` : ''}msgid ${quote(text)}\nmsgstr ""\n`;
  }
  return out;
}

/**
 * A .mo file (GNU gettext's binary catalogue, little-endian, revision 0) from key → translation,
 * with a header giving the charset and plural forms. Keys are sorted, as readers may search them.
 */
export function writeMo(translations, { locale, plural = 'nplurals=2; plural=(n != 1);' }) {
  const header = `Content-Type: text/plain; charset=UTF-8\nLanguage: ${locale}\nPlural-Forms: ${plural}\n`;
  const pairs = [['', header], ...[...translations].filter(([k, v]) => k && v)]
    .map(([k, v]) => [Buffer.from(k, 'utf8'), Buffer.from(v, 'utf8')])
    .sort((a, b) => Buffer.compare(a[0], b[0]));
  const n = pairs.length;
  const originals = 28;
  const translated = originals + n * 8;
  let at = translated + n * 8;
  const table = Buffer.alloc(at);
  table.writeUInt32LE(0x950412de, 0);
  table.writeUInt32LE(0, 4);
  table.writeUInt32LE(n, 8);
  table.writeUInt32LE(originals, 12);
  table.writeUInt32LE(translated, 16);
  table.writeUInt32LE(0, 20); // no hash table
  table.writeUInt32LE(at, 24);
  const strings = [];
  for (const column of [0, 1]) {
    pairs.forEach((pair, i) => {
      const s = pair[column];
      table.writeUInt32LE(s.length, (column ? translated : originals) + i * 8);
      table.writeUInt32LE(at, (column ? translated : originals) + i * 8 + 4);
      strings.push(s, Buffer.alloc(1));
      at += s.length + 1;
    });
  }
  return Buffer.concat([table, ...strings]);
}

/** Reads a .mo file back (for the build's own check that what it wrote holds every translation). */
export function readMo(buffer) {
  const n = buffer.readUInt32LE(8);
  const originals = buffer.readUInt32LE(12);
  const translated = buffer.readUInt32LE(16);
  const str = (table, i) => buffer.toString('utf8', buffer.readUInt32LE(table + i * 8 + 4), buffer.readUInt32LE(table + i * 8 + 4) + buffer.readUInt32LE(table + i * 8));
  const out = new Map();
  for (let i = 0; i < n; i++) out.set(str(originals, i), str(translated, i));
  return out;
}

/** The JSON (Jed 1.x, as WordPress reads it) for one script's texts. */
export function writeScriptJson(translations, texts, locale) {
  const messages = { '': { domain: 'messages', lang: locale, plural_forms: 'nplurals=2; plural=(n != 1);' } };
  for (const text of texts) if (translations.get(text)) messages[text] = [translations.get(text)];
  return `${JSON.stringify({ domain: 'messages', locale_data: { messages } })}\n`;
}
