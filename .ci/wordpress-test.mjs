// The WordPress plugin in a real WordPress (run by .ci/wordpress-test.sh, which installs Debian's
// packages first). Steps:
//  1. a private MariaDB in a temporary folder; a copy of Debian's WordPress with its own wp-config.php;
//     the site installed with PHP CLI (Finnish, like a municipal site); the plugin installed from the
//     zip that wp-admin would upload, and activated; an AUTHOR with an application password;
//  2. PHP's built-in server for the site, and a small endpoint on another port that stores what the
//     forms send (cross-origin, as a real service would be);
//  3. as the author, through the REST API (so kses filters the content as for any author): a post
//     with the shortcodes, one with the blocks, one without components, one with raw <script> and tags;
//  4. logged out, in headless Chromium: every tag is upgraded and shows its content; the script is a
//     module without ?ver=, loaded once, and only where a component is; axe and IBM Equal Access find nothing; feedback
//     typed with the keyboard and sent arrives exactly once; the author's raw <script> is gone;
//  5. as the author in the block editor (Finnish, the author's own language): every block is
//     registered and its preview renders, in the editor's page and in the tablet preview's iframe
//     (in Finnish there too); the blocks' titles and the settings' labels are Finnish;
//     and, in PHP, every text of the editor in Finnish and Swedish is the one in the plugin's .po.
// OSA_WP_SHOTS=<dir> also saves screenshots of the editor and the published posts.
// OSA_WP_KEEP=1 keeps the temporary folder (the site, its database and logs) for a look afterwards.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, findChrome } from './chrome.mjs';
import { readPo } from './wordpress-i18n.mjs';

const root = new URL('..', import.meta.url).pathname;
const started = Date.now();
const seconds = (since = started) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const log = (...a) => console.log('wordpress-test:', ...a);
const { version, components } = JSON.parse(readFileSync(join(root, 'dist/wordpress/osallisuus/includes/components.json'), 'utf8'));
const shots = process.env.OSA_WP_SHOTS;
if (shots) mkdirSync(shots, { recursive: true });

const work = mkdtempSync(join(tmpdir(), 'osa-wp-'));
const children = [];
const failures = [];
const check = (ok, what) => {
  if (ok) log(`  ok   ${what}`);
  else {
    failures.push(what);
    console.error(`wordpress-test:   FAIL ${what}`);
  }
};

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(test, what, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await test().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Stops what this test started: each child was started in its own process group (PHP's server forks workers). */
function cleanup() {
  for (const c of children.splice(0).reverse()) {
    if (c.exitCode !== null || c.signalCode !== null) continue;
    try {
      process.kill(-c.pid, 'SIGTERM');
    } catch {
      c.kill('SIGTERM');
    }
  }
}
process.on('exit', cleanup);
process.on('SIGINT', () => process.exit(130));

// ---------------------------------------------------------------------------------------------
// 1. Database, WordPress, plugin, author.

let t = Date.now();
const db = join(work, 'db');
const socket = join(work, 'mysql.sock');
execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${db}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
const mariadb = spawn('/usr/sbin/mariadbd', ['--no-defaults', `--datadir=${db}`, `--socket=${socket}`, '--skip-networking', '--user=root',
  `--pid-file=${join(work, 'mariadb.pid')}`, `--log-error=${join(work, 'mariadb.log')}`, '--innodb-buffer-pool-size=32M', '--skip-log-bin'], { stdio: 'ignore', detached: true });
children.push(mariadb);
await until(async () => {
  execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress'], { stdio: 'ignore' });
  return true;
}, 'MariaDB');
log(`MariaDB ready (${seconds(t)})`);

t = Date.now();
const wp = join(work, 'wordpress');
cpSync('/usr/share/wordpress', wp, { recursive: true, dereference: true });
const port = await freePort();
const site = `http://127.0.0.1:${port}`;
writeFileSync(join(wp, 'wp-config.php'), `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((k) => `define( '${k}', '${k}-${Math.random().toString(36).slice(2)}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${site}' );
define( 'WP_SITEURL', '${site}' );
define( 'WP_ENVIRONMENT_TYPE', 'local' ); // application passwords over plain http
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(work, 'debug.log')}' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`);
// The service the forms send to, on another origin (as a city's feedback service is); started first,
// so that Settings → Osallisuus can name it.
/** What arrived at the endpoint: per path, the requests and the bodies stored by Idempotency-Key. */
const received = new Map();
const endpoint = createServer((req, res) => {
  const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'content-type, idempotency-key, accept', 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Max-Age': '600' };
  if (req.method === 'OPTIONS') return void (res.writeHead(204, cors), res.end());
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const entry = received.get(req.url) ?? { requests: 0, stored: new Map() };
    received.set(req.url, entry);
    entry.requests++;
    const key = req.headers['idempotency-key'] ?? String(entry.requests);
    if (!entry.stored.has(key)) entry.stored.set(key, JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
    res.writeHead(201, { ...cors, 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ reference: `PAL-${[...entry.stored.keys()].indexOf(key) + 1}` }));
  });
});
await new Promise((r) => endpoint.listen(0, '127.0.0.1', r));
const api = `http://127.0.0.1:${endpoint.address().port}`;
process.on('exit', () => endpoint.close());

// The plugin from its zip, as wp-admin → Plugins → Upload would install it.
execFileSync('unzip', ['-q', join(root, `dist/wordpress/osallisuus-${version}.zip`), '-d', join(wp, 'wp-content/plugins')]);
const authorPassword = `Kirjoittaja-${Math.random().toString(36).slice(2)}`;
writeFileSync(join(work, 'setup.php'), `<?php
define( 'WP_INSTALLING', true );
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
require '${wp}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
add_filter( 'pre_wp_mail', '__return_false' );
wp_install( 'Kuusirannan hyvinvointialue', 'admin', 'admin@example.fi', false, '', wp_generate_password( 24 ), 'fi' );
update_option( 'WPLANG', file_exists( WP_LANG_DIR . '/fi.mo' ) ? 'fi' : '' );
$activated = activate_plugin( 'osallisuus/osallisuus.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, $activated->get_error_message() );
	exit( 1 );
}
// Settings → Osallisuus: a site-wide theme, which every tag then carries, and the feedback service,
// which authors' blocks and shortcodes may then send to (its server, not any other).
update_option( 'osallisuus', array( 'theme' => 'light', 'osa-feedback:endpoint' => '${api}/feedback/default' ) );
$author = wp_insert_user( array( 'user_login' => 'kirjoittaja', 'user_pass' => '${authorPassword}', 'user_email' => 'kirjoittaja@example.fi', 'display_name' => 'Kirjoittaja', 'role' => 'author' ) );
if ( is_wp_error( $author ) ) {
	fwrite( STDERR, $author->get_error_message() );
	exit( 1 );
}
// The author writes in Finnish: the editor follows the author's own language (also without WordPress's own Finnish).
update_user_meta( $author, 'locale', 'fi' );
list( $password ) = WP_Application_Passwords::create_new_application_password( $author, array( 'name' => 'osallisuus test' ) );
// An editor without unfiltered_html (as on a multisite, where only super admins have it): may edit
// and publish anyone's posts, and name any user as a post's author.
$editor = wp_insert_user( array( 'user_login' => 'toimittaja', 'user_pass' => wp_generate_password( 24 ), 'user_email' => 'toimittaja@example.fi', 'display_name' => 'Toimittaja', 'role' => 'editor' ) );
( new WP_User( $editor ) )->add_cap( 'unfiltered_html', false );
// …and may edit the site's templates and widgets, as a site administrator on a multisite may.
( new WP_User( $editor ) )->add_cap( 'edit_theme_options' );
list( $editor_password ) = WP_Application_Passwords::create_new_application_password( $editor, array( 'name' => 'osallisuus test' ) );
// The editor's texts as the plugin gives them in each language it ships (its .mo files).
$texts = array();
foreach ( array( 'fi', 'sv_SE' ) as $locale ) {
	$use = function () use ( $locale ) {
		return $locale;
	};
	add_filter( 'plugin_locale', $use );
	unload_textdomain( 'osallisuus' );
	osallisuus_load_textdomain();
	$texts[ $locale ] = array_merge( osallisuus_editor_texts(), array( 'Settings' => __( 'Settings', 'osallisuus' ), 'Defaults for every page' => __( 'Defaults for every page', 'osallisuus' ) ) );
	remove_filter( 'plugin_locale', $use );
}
echo json_encode( array( 'author' => $author, 'password' => $password, 'editorPassword' => $editor_password, 'editorUnfiltered' => user_can( $editor, 'unfiltered_html' ), 'editorOthers' => user_can( $editor, 'edit_others_posts' ), 'editorTheme' => user_can( $editor, 'edit_theme_options' ), 'theme' => get_stylesheet(), 'wp' => get_bloginfo( 'version' ), 'unfiltered' => user_can( $author, 'unfiltered_html' ), 'texts' => $texts ) );
`);
const setup = JSON.parse(execFileSync('php', [join(work, 'setup.php')], { encoding: 'utf8' }).trim().split('\n').pop());
log(`WordPress ${setup.wp} installed, plugin ${version} activated, author #${setup.author} (${seconds(t)})`);
check(setup.unfiltered === false, 'the author has no unfiltered_html (kses filters what they save)');
/** The plugin's translations, as kept in src/wordpress/languages/. */
const po = Object.fromEntries(['fi', 'sv_SE'].map((l) => [l, readPo(readFileSync(join(root, `src/wordpress/languages/osallisuus-${l}.po`), 'utf8'), l)]));
for (const [locale, texts] of Object.entries(setup.texts)) {
  const wrong = Object.entries(texts).filter(([en, shown]) => shown !== po[locale].get(en));
  check(Object.keys(texts).length > 100 && wrong.length === 0,
    `PHP in ${locale}: all ${Object.keys(texts).length} texts of the editor are translated as in the plugin's .po${wrong.length ? `; not: ${wrong.slice(0, 5).map(([en, shown]) => `"${en}" → "${shown}"`).join(', ')}` : ''}`);
}

// ---------------------------------------------------------------------------------------------
// 2. The site and the receiving endpoint.

const php = spawn('php', ['-d', 'opcache.enable_cli=1', '-S', `127.0.0.1:${port}`, '-t', wp], { env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' }, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
children.push(php);
let phpLog = '';
php.stderr.on('data', (d) => (phpLog += d));
await until(async () => (await fetch(`${site}/wp-login.php`)).ok, 'the PHP server');


// ---------------------------------------------------------------------------------------------
// 3. The author's posts, through the REST API with an application password.

const auth = `Basic ${Buffer.from(`kirjoittaja:${setup.password}`).toString('base64')}`;
const editorAuth = `Basic ${Buffer.from(`toimittaja:${setup.editorPassword}`).toString('base64')}`;
async function rest(path, body, query = '', as = auth) {
  const response = await fetch(`${site}/?rest_route=${encodeURIComponent(path)}${query}`, {
    method: body ? 'POST' : 'GET',
    headers: { Authorization: as, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const data = await response.json();
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${JSON.stringify(data)}`);
  return data;
}
const publish = async (title, content) => {
  const post = await rest('/wp/v2/posts', { title, content, status: 'publish' });
  return { ...post, raw: (await rest(`/wp/v2/posts/${post.id}`, undefined, '&context=edit')).content.raw };
};

const ladderJson = { canInfluence: ['Aukioloajat iltaisin', 'Ajanvarauksen tavat'], decided: ['Terveysasemien määrä'] };
const panelJson = { places: 12, areas: ['Keuruu', 'Multia'] };
const boardItems = [
  { id: 'a1', said: 'Puhelinpalveluun on vaikea päästä aamulla.', did: 'Lisäsimme takaisinsoiton, ja soitamme sinulle saman päivän aikana.', status: 'done', dates: { received: '2026-03-02', done: '2026-05-15' } },
  { id: 'a2', said: 'Terveysaseman ovet ovat raskaat & vaikeat rollaattorille.', did: 'Automaattiovet tulevat syksyllä.', status: 'in-progress', dates: { received: '2026-04-10' } },
];
/** Texts that each tag must show once it is upgraded (a new tag must at least show something). */
const expected = {
  'osa-feedback': ['Ma–pe 8–16 & la "Kallio"'],
  'osa-participation-ladder': ['Aukioloajat iltaisin', 'Terveysasemien määrä'],
  'osa-panel-signup': ['Perhepalvelujen asiakasraati', 'Keuruu'],
  'osa-you-said-we-did': ['Puhelinpalveluun on vaikea päästä aamulla.', 'raskaat & vaikeat rollaattorille'],
};
/** Settings per tag, by attribute name, shared by the shortcode and the block post. */
const settings = (where) => ({
  'osa-feedback': { endpoint: `${api}/feedback/${where}`, 'privacy-url': `${site}/tietosuoja`, phone: '09 123 4567', hours: 'Ma–pe 8–16 & la "Kallio"' },
  'osa-participation-ladder': { model: 'spectrum', current: 'consult', activity: 'Kysely terveysasemien aukioloajoista', json: ladderJson },
  'osa-panel-signup': { 'panel-name': 'Perhepalvelujen asiakasraati', endpoint: `${api}/panel/${where}`, 'privacy-url': `${site}/tietosuoja`, 'confirm-eligibility': true, eligibility: 'Alueen asukkaat, 15 vuotta täyttäneet.', json: panelJson },
  'osa-you-said-we-did': { 'page-size': 5, 'feedback-url': `${site}/palaute`, json: boardItems },
  'osa-page-feedback': { endpoint: `${api}/page-feedback/${where}`, 'feedback-url': `${site}/palaute` },
  'osa-quick-rating': { endpoint: `${api}/quick-rating/${where}`, service: 'Hammashoito', unit: 'Kallion terveysasema' },
  'osa-feedback-status': { endpoint: `${api}/status/${where}` },
});

// Shortcodes as an author types them in the Classic editor: JSON between the shortcodes, with a blank
// line inside (wpautop adds <p> there), and an & (kses writes &amp;).
const shortcodePost = components.map((c) => {
  const values = settings('shortcode')[c.tag] ?? {};
  const attrs = Object.entries(values).filter(([k]) => k !== 'json').map(([k, v]) => (v === true ? ` ${k}` : String(v).includes('"') ? ` ${k}='${v}'` : ` ${k}="${v}"`)).join('');
  const json = values.json && JSON.stringify(values.json, null, 2).replace(/\n(\s+)"(decided|areas|did)"/, '\n\n$1"$2"');
  return `<h2>${c.title}</h2>\n\n[${c.shortcode}${attrs}]${json ? `\n${json}\n[/${c.shortcode}]` : ''}`;
}).join('\n\n');

// Blocks as the editor saves them: a comment with the attributes (property names), JSON settings as text.
const blockAttrs = (c, values) => Object.fromEntries(Object.entries(values).map(([name, v]) => {
  const a = c.attributes.find((x) => x.attribute === name);
  return [a.property, a.kind === 'json' ? JSON.stringify(v, null, 2) : v];
}));
const serialize = (attrs) => JSON.stringify(attrs).replace(/--/g, '\\u002d\\u002d').replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\\"/g, '\\u0022');
const blockPost = components.map((c) => `<!-- wp:heading -->\n<h2>${c.title}</h2>\n<!-- /wp:heading -->\n\n<!-- wp:${c.block} ${serialize(blockAttrs(c, settings('block')[c.tag] ?? {}))} /-->`).join('\n\n');

t = Date.now();
const posts = {
  shortcodes: await publish('Osallistu: lyhytkoodit', `Kerro meille, miten onnistuimme.\n\n${shortcodePost}`),
  blocks: await publish('Osallistu: lohkot', `<!-- wp:paragraph -->\n<p>Kerro meille, miten onnistuimme.</p>\n<!-- /wp:paragraph -->\n\n${blockPost}`),
  plain: await publish('Aukioloajat', '<!-- wp:paragraph -->\n<p>Terveysasema on auki arkisin kello 8–16.</p>\n<!-- /wp:paragraph -->'),
  raw: await publish('Liitetty koodi', '<p>Liitetty lomake:</p>\n<script>window.__authorScript = 1;</script>\n<script type="module">window.__authorModule = 1;</script>\n<osa-feedback endpoint="https://evil.example/x"><script type="application/json" data-name="topics">["A"]</script></osa-feedback>'),
};
// The author points components at other servers: only the site and the servers in Settings are kept.
posts.elsewhere = await publish('Muualle', [
  `[osa_feedback endpoint="https://evil.example/collect" privacy-url="${site}/tietosuoja"]`,
  '[osa_page_feedback endpoint="//evil.example/pf"]',
  `[osa_quick_rating endpoint="${api}/quick-rating/elsewhere"]`,
  '<!-- wp:osallisuus/you-said-we-did {"src":"https://evil.example/data.json"} /-->',
].join('\n\n'));
// Addresses that PHP and a browser read differently (each would reach evil.example in a browser),
// and a list where text belongs (a PHP warning before).
const tricks = ['https;//evil.example/a', 'https:///evil.example/b', 'https:/\\/evil.example/c', '/\\/evil.example/d', 'evil.example/e', 'https:evil.example/f', ' //evil.example/g', 'HTTPS://evil.example/h'];
posts.tricks = await publish('Kiertotiet', [
  ...tricks.map((e) => `<!-- wp:osallisuus/page-feedback ${JSON.stringify({ endpoint: e }).replace(/\\/g, '\\u005c')} /-->`),
  ...tricks.map((e) => `[osa_quick_rating endpoint="${e}"]`),
  '<!-- wp:osallisuus/panel-signup {"confirm-eligibility":["x"],"panelName":{"fi":"x"}} /-->',
].join('\n\n'));
// A synced pattern (reusable block) the author made, with another server in it.
const pattern = await rest('/wp/v2/blocks', { title: 'Palautelomake', status: 'publish', content: '<!-- wp:osallisuus/feedback {"endpoint":"https://evil.example/pattern"} /-->' });
log(`six posts and a synced pattern published by the author through the REST API (${seconds(t)})`);
check(!/<script/i.test(posts.raw.raw) && !/<osa-/i.test(posts.raw.raw), 'kses removed the author\'s raw <script> and <osa-feedback> from the stored post');
check(posts.blocks.raw.includes('<!-- wp:osallisuus/feedback'), 'the block comments survive kses for the author');

/** The attributes of the first <tag> in a page's HTML (as the server wrote them). */
const tagAttrs = (html, tag) => Object.fromEntries([...(html.match(new RegExp(`<${tag}\\b[^>]*>`))?.[0] ?? '').matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], (m[2] ?? '').replaceAll('&amp;', '&')]));
{
  const html = await (await fetch(posts.elsewhere.link)).text();
  check(tagAttrs(html, 'osa-feedback').endpoint === `${api}/feedback/default`, `an author's endpoint on another server is not used: the feedback form sends to the service in Settings (${tagAttrs(html, 'osa-feedback').endpoint})`);
  check(!('endpoint' in tagAttrs(html, 'osa-page-feedback')) && !('src' in tagAttrs(html, 'osa-you-said-we-did')), "an author's protocol-relative endpoint and a board's src on another server are dropped");
  check(tagAttrs(html, 'osa-quick-rating').endpoint === `${api}/quick-rating/elsewhere`, "an author's endpoint on the server named in Settings is kept");
  check(!html.includes('evil.example'), 'the other server is nowhere on the page');
  const trickHtml = await (await fetch(posts.tricks.link)).text();
  const trickTags = [...trickHtml.matchAll(/<osa-(?:page-feedback|quick-rating)\b[^>]*>/g)].map((m) => m[0]);
  check(trickTags.length === tricks.length * 2 && !trickHtml.includes('evil.example'),
    `none of ${tricks.length} addresses that a browser reads as another server survives, in a block or a shortcode (${trickTags.length} tags; ${trickTags.filter((t) => t.includes('evil')).join(' ') || 'none kept'})`);
  check(/<osa-panel-signup\b/.test(trickHtml) && !/<osa-panel-signup\b[^>]*(confirm-eligibility|panel-name=)/.test(trickHtml), 'a list or an object where text belongs is left out');
  // An administrator (unfiltered_html) may send anywhere; a synced pattern an author made does not
  // get that trust from the administrator's page.
  writeFileSync(join(work, 'admin-post.php'), `<?php
require '${wp}/wp-load.php';
$id = wp_insert_post( array( 'post_author' => 1, 'post_status' => 'publish', 'post_title' => 'Ylläpitäjän lomake', 'post_content' => '[osa_feedback endpoint="https://palaute.example.fi/api/feedback"]' ) );
$with_pattern = wp_insert_post( array( 'post_author' => 1, 'post_status' => 'publish', 'post_title' => 'Ylläpitäjän sivu ja kirjoittajan lohko', 'post_content' => '<!-- wp:block {"ref":${pattern.id}} /-->' ) );
$edited = wp_insert_post( array( 'post_author' => 1, 'post_status' => 'publish', 'post_title' => 'Ylläpitäjän sivu, jota toimittaja muokkaa', 'post_content' => '<!-- wp:osallisuus/feedback {"endpoint":"https://palaute.example.fi/api/feedback"} /-->' ) );
echo $edited . "\n" . get_permalink( $id ) . "\n" . get_permalink( $with_pattern );
`);
  const [edited, adminPost, adminPattern] = execFileSync('php', [join(work, 'admin-post.php')], { encoding: 'utf8', env: { ...process.env, HTTP_HOST: new URL(site).host } }).trim().split('\n').slice(-3);
  const adminHtml = await (await fetch(adminPost)).text();
  check(tagAttrs(adminHtml, 'osa-feedback').endpoint === 'https://palaute.example.fi/api/feedback', `an administrator's endpoint on any server is kept (${tagAttrs(adminHtml, 'osa-feedback').endpoint})`);
  const patternHtml = await (await fetch(adminPattern)).text();
  check(/<osa-feedback\b/.test(patternHtml) && !patternHtml.includes('evil.example'), `an author's synced pattern on an administrator's page: its other server is not used (${tagAttrs(patternHtml, 'osa-feedback').endpoint ?? 'no endpoint'})`);
  // An editor without unfiltered_html saves through the REST API (as the block editor does), which
  // leaves WordPress's _edit_last alone: an administrator's page they change, and a post they name
  // the administrator as the author of, are still judged as theirs.
  check(!setup.editorUnfiltered && setup.editorOthers, 'the editor may edit others\' posts and has no unfiltered_html');
  const changed = await rest(`/wp/v2/posts/${edited}`, { content: '<!-- wp:osallisuus/feedback {"endpoint":"https://evil.example/editor"} /-->' }, '', editorAuth);
  const named = await rest('/wp/v2/posts', { title: 'Ylläpitäjän nimissä', author: 1, status: 'publish', content: '<!-- wp:osallisuus/feedback {"endpoint":"https://evil.example/named"} /-->' }, '', editorAuth);
  check(named.author === 1, 'the editor named the administrator as the post\'s author');
  for (const [what, post] of [["an administrator's page that the editor changed", changed], ['a post the editor wrote in the administrator\'s name', named]]) {
    const html = await (await fetch(post.link)).text();
    check(/<osa-feedback\b/.test(html) && !html.includes('evil.example'), `${what}: the other server is not used (${tagAttrs(html, 'osa-feedback').endpoint ?? 'no endpoint'})`);
  }
  // Templates, template parts and widget areas are not posts being shown, so the rule is kept when
  // they are saved (src/wordpress/includes/saving.php): the same editor, who may edit them, puts a
  // block and a shortcode with another server in the footer of every page, and in a widget.
  check(setup.editorTheme, 'the editor may edit templates and widgets (edit_theme_options)');
  const remove = async (path) => {
    const response = await fetch(`${site}/?rest_route=${encodeURIComponent(path)}&force=true`, { method: 'DELETE', headers: { Authorization: editorAuth } });
    if (!response.ok) throw new Error(`DELETE ${path}: HTTP ${response.status} ${await response.text()}`);
  };
  const footer = [
    '<!-- wp:osallisuus/feedback {"endpoint":"https://evil.example/template-part"} /-->',
    '<!-- wp:group --><div class="wp-block-group"><!-- wp:osallisuus/page-feedback {"endpoint":"/api/page-feedback"} /--></div><!-- /wp:group -->',
    '<!-- wp:shortcode -->\n[osa_quick_rating service="alatunniste" endpoint="https://evil.example/shortcode"]\n<!-- /wp:shortcode -->',
    // Ways past a plain search of the text (found in review): a decoy in an HTML comment that would
    // "enclose" the real shortcode, a no-break space before the name (WordPress reads it as a space),
    // and quotes that make a search see the address inside another attribute.
    '<!-- wp:html --><!-- [osa_feedback] --><!-- /wp:html -->',
    '<!-- wp:shortcode -->\n[osa_feedback endpoint="https://evil.example/decoy"]\n<!-- /wp:shortcode -->',
    '<!-- wp:html --><!-- [/osa_feedback] --><!-- /wp:html -->',
    '<!-- wp:shortcode -->\n[osa_page_feedback\u00a0endpoint="https://evil.example/nbsp"]\n<!-- /wp:shortcode -->',
    '<!-- wp:shortcode -->\n[osa_feedback_status a=\' src="\\x3c\' endpoint=https://evil.example/quotes b=\'"\']\n<!-- /wp:shortcode -->',
  ].join('\n\n');
  const part = await rest('/wp/v2/template-parts', { slug: 'footer', theme: setup.theme, title: 'Footer', area: 'footer', content: footer }, '', editorAuth);
  try {
    const stored = (await rest(`/wp/v2/template-parts/${part.id}`, undefined, '&context=edit', editorAuth)).content.raw;
    check(!stored.includes('evil.example') && stored.includes('<!-- wp:osallisuus/feedback') && stored.includes('{"endpoint":"/api/page-feedback"}') && stored.includes('[osa_quick_rating service="alatunniste"'),
      `a template part saved by the editor keeps its blocks and shortcode, and an address on this site, but not the other server (${stored.replace(/\s+/g, ' ').slice(0, 160)}…)`);
    const html = await (await fetch(adminPost)).text();
    check(/<osa-quick-rating\b[^>]*service="alatunniste"/.test(html) && !html.includes('evil.example'), `the editor's footer on an administrator's page: the other server is not used (${tagAttrs(html, 'osa-quick-rating').endpoint ?? 'no endpoint'})`);
  } finally {
    await remove(`/wp/v2/template-parts/${part.id}`);
  }
  const widget = await rest('/wp/v2/widgets', { id_base: 'block', sidebar: 'wp_inactive_widgets', instance: { raw: { content: '<!-- wp:osallisuus/feedback {"endpoint":"https://evil.example/widget"} /-->' } } }, '', editorAuth);
  try {
    const content = (await rest(`/wp/v2/widgets/${widget.id}`, undefined, '&context=edit', editorAuth)).instance?.raw?.content ?? '';
    check(content.includes('<!-- wp:osallisuus/feedback') && !content.includes('evil.example'), `a block widget saved by the editor keeps the block, not the other server (${content})`);
  } finally {
    await remove(`/wp/v2/widgets/${widget.id}`);
  }
  // The Customizer stores block widgets without widget_update_callback; Settings → Osallisuus; embeds.
  writeFileSync(join(work, 'limited.php'), `<?php
require '${wp}/wp-load.php';
wp_set_current_user( get_user_by( 'login', 'toimittaja' )->ID );
$widgets     = get_option( 'widget_block', array() );
$widgets[90] = array( 'content' => '<!-- wp:osallisuus/feedback {"endpoint":"https://evil.example/customizer"} /-->' );
update_option( 'widget_block', $widgets );
$stored = get_option( 'widget_block' );
$widget = isset( $stored[90]['content'] ) ? $stored[90]['content'] : '';
unset( $stored[90] );
update_option( 'widget_block', $stored );
$by_editor = osallisuus_sanitize_settings( array( 'osa-feedback:endpoint' => 'https://evil.example/settings', 'theme' => 'dark' ) );
wp_set_current_user( 1 );
$by_admin = osallisuus_sanitize_settings( array( 'osa-feedback:endpoint' => 'https://palaute.example.fi/api/feedback' ) );
$embed    = do_shortcode( apply_filters( 'embed_oembed_html', '<blockquote>[osa_feedback endpoint="https://evil.example/embed"]</blockquote>', 'https://elsewhere.example/', array(), 0 ) );
echo json_encode( array( 'widget' => $widget, 'editor' => $by_editor, 'admin' => $by_admin, 'embed' => $embed ) );
`);
  const limited = JSON.parse(execFileSync('php', [join(work, 'limited.php')], { encoding: 'utf8', env: { ...process.env, HTTP_HOST: new URL(site).host } }).trim().split('\n').pop());
  check(limited.widget.includes('<!-- wp:osallisuus/feedback') && !limited.widget.includes('evil.example'), `a block widget stored straight in its option by the editor (as the Customizer does) keeps the block, not the other server (${limited.widget})`);
  check(limited.editor['osa-feedback:endpoint'] === `${api}/feedback/default` && limited.editor.theme === 'dark', `Settings → Osallisuus: the editor (no unfiltered_html) cannot change where forms send, only the rest (${limited.editor['osa-feedback:endpoint']}, ${limited.editor.theme})`);
  check(limited.admin['osa-feedback:endpoint'] === 'https://palaute.example.fi/api/feedback', 'Settings → Osallisuus: an administrator can');
  check(!/<osa-feedback\b/.test(limited.embed) && limited.embed.includes('&#91;osa_feedback'), `an osallisuus shortcode in an embed's HTML is shown as text, not run (${limited.embed})`);
}

// ---------------------------------------------------------------------------------------------
// 4. Logged out, in Chromium.

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const aceSource = readFileSync(join(root, 'node_modules/accessibility-checker-engine/ace.js'), 'utf8');
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeArgs });
const tags = components.map((c) => c.tag);

async function open(post) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const messages = [];
  page.on('console', (m) => ['error', 'warning', 'warn'].includes(m.type()) && messages.push(m.text()));
  page.on('pageerror', (e) => messages.push(`page error: ${e.message}`));
  const scripts = [];
  const initiators = new Map();
  page.on('request', (r) => {
    if (r.resourceType() !== 'script') return;
    scripts.push(r.url());
    initiators.set(r.url(), r.initiator()?.type);
  });
  const response = await page.goto(`${site}/?p=${post.id}`, { waitUntil: 'networkidle0', timeout: 60_000 });
  return { page, messages, scripts, initiators, html: await response.text(), loadedAt: Date.now() };
}

async function checkComponents(name, post, { send }) {
  t = Date.now();
  const { page, messages, scripts, initiators, html } = await open(post);
  const own = scripts.filter((u) => u.includes('/plugins/osallisuus/'));
  const tagsHtml = [...html.matchAll(/<script\b[^>]*plugins\/osallisuus\/[^>]*>/g)].map((m) => m[0]);
  // osallisuus.js alone (it defines every tag), or one file per tag that share runtime.js: one Lit either way.
  const srcs = tagsHtml.map((tag) => /src=['"]([^'"]+)/.exec(tag)?.[1] ?? '');
  const whole = srcs.some((u) => u.endsWith('/osallisuus.js'));
  check(tagsHtml.length > 0 && tagsHtml.every((tag) => /type="module"/.test(tag)) && !srcs.some((u) => /[?&]ver=/.test(u)) && new Set(srcs).size === srcs.length && (!whole || srcs.length === 1),
    `${name}: the osallisuus script as <script type="module">, each file once, without ?ver= (${srcs.join(' ') || 'none'})`);
  check(own.every((u) => u.includes(`/assets/${version}/`)), `${name}: scripts come from the plugin's assets/${version}/ folder`);
  // runtime.js, which every file imports, is preloaded: fetched with the tag files, not found in them
  // a round trip later.
  const preloads = [...html.matchAll(/<link\b[^>]*rel=["']modulepreload["'][^>]*>/g)].map((m) => /href=['"]([^'"]+)/.exec(m[0])?.[1] ?? '');
  const runtimeUrl = own.find((u) => u.endsWith('/runtime.js'));
  // (Before 6.5 the plugin prints it before its scripts; from 6.5 WordPress prints it after them, in
  // the same part of the page: either way the browser fetches it with them.)
  check(preloads.length === 1 && preloads[0].endsWith(`/assets/${version}/runtime.js`),
    `${name}: one <link rel="modulepreload"> for runtime.js (${preloads.join(' ') || 'none'})`);
  check(!!runtimeUrl && initiators.get(runtimeUrl) !== 'script', `${name}: the browser fetched runtime.js from the page's preload, not from a tag file's import (initiator: ${runtimeUrl ? initiators.get(runtimeUrl) : 'not fetched'})`);
  check(!/<script type="application\/json"/.test(html), `${name}: no inline JSON <script> in the page; JSON is in attributes`);
  check(!/&#8220;|&#8221;|&#8243;|<p>\s*\{|<br \/>\s*"/.test(html.slice(html.indexOf('<main'))), `${name}: no curled quotes or paragraphs inside the components' JSON`);
  for (const tag of tags) {
    const count = await page.$$eval(tag, (els) => els.length);
    check(count === 1, `${name}: <${tag}> is on the page once`);
    let text = '';
    try {
      text = await until(() => page.$eval(tag, (el) => (customElements.get(el.localName) && el.shadowRoot ? el.shadowRoot.textContent.replace(/\s+/g, ' ').trim() : '')), `<${tag}> to upgrade`, 15_000);
    } catch {
      /* reported below */
    }
    check(text.length > 0, `${name}: <${tag}> is upgraded and shows its content (${text.slice(0, 60)}…)`);
    for (const want of expected[tag] ?? []) check(text.includes(want), `${name}: <${tag}> shows "${want}"`);
  }
  const themes = await page.$$eval(tags.join(','), (els) => els.map((el) => el.getAttribute('theme')));
  check(themes.length === tags.length && themes.every((v) => v === 'light'), `${name}: every tag has the site-wide theme from Settings → Osallisuus (${themes.join(', ')})`);
  const areas = await page.$$eval('osa-panel-signup >>> #area option', (os) => os.map((o) => o.textContent.trim())).catch(() => []);
  check(areas.includes('Keuruu') && areas.includes('Multia'), `${name}: the panel's areas from the JSON are the choices (${areas.join(', ')})`);

  await page.addScriptTag({ content: axeSource });
  // On <main>, which holds the post: WordPress 6.1's own skip link (added by core for block themes
  // before any landmark) fails axe's "region" rule on every page, with or without this plugin.
  const axe = await page.evaluate(async () => {
    const result = await window.axe.run(document.querySelector('main') ?? document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  });
  check(axe.length === 0, `${name}: axe finds no violations in <main> (the post with the components)${axe.length ? `: ${axe.join('; ')}` : ''}`);
  // The second engine, IBM Equal Access (as in the story loop: its violations), on the same <main>.
  await page.addScriptTag({ content: aceSource });
  const ibm = await page.evaluate(async () => {
    const report = await new window.ace.Checker().check(document.querySelector('main') ?? document, ['IBM_Accessibility']);
    return { checked: report.results.length, violations: report.results.filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL').map((r) => `${r.ruleId}: ${r.path.dom}`) };
  });
  check(ibm.checked > 0 && ibm.violations.length === 0, `${name}: IBM Equal Access checks <main> and finds no violations${ibm.violations.length ? `: ${[...new Set(ibm.violations)].join('; ')}` : ''}`);

  if (send) {
    // Typed and sent as a person would: keyboard into the fields, a click on Send.
    const message = `Ajanvaraus ei onnistunut verkossa (${name}).`;
    await page.click('osa-feedback >>> #kind-1');
    await page.focus('osa-feedback >>> #message');
    await page.keyboard.type(message);
    await page.click('osa-feedback >>> #reply-1');
    await sleep(3500); // the form counts sends quicker than 3 s as spam
    await page.click('osa-feedback >>> button[type=submit]');
    const confirmation = await until(() => page.$eval('osa-feedback >>> [data-confirmation]', (el) => el.textContent.replace(/\s+/g, ' ').trim()), 'the confirmation', 20_000).catch(() => '');
    check(confirmation.includes('PAL-1'), `${name}: the confirmation shows the reference (${confirmation.slice(0, 80)}…)`);
    await sleep(1000);
    const got = received.get(`/feedback/${name}`);
    check(got?.requests === 1 && got.stored.size === 1, `${name}: the feedback arrived once (${got?.requests ?? 0} requests, ${got?.stored.size ?? 0} stored)`);
    check([...(got?.stored.values() ?? [])][0]?.message === message, `${name}: what arrived is what was typed`);
  }
  const ours = messages.filter((m) => /osallisuus|osa-/.test(m));
  check(ours.length === 0, `${name}: no warnings or errors from the components in the console${ours.length ? `: ${ours.join(' | ')}` : ''}`);
  if (shots) {
    await page.screenshot({ path: join(shots, `wordpress-${name}.png`), fullPage: true });
    for (const tag of tags) await (await page.$(tag))?.screenshot({ path: join(shots, `wordpress-${name}-${tag}.png`) }).catch(() => undefined);
  }
  log(`${name} post checked (${seconds(t)})`);
  await page.close();
}

async function checkWithout(name, post) {
  const { page, scripts, html } = await open(post);
  check(!scripts.some((u) => u.includes('/plugins/osallisuus/')) && !html.includes('plugins/osallisuus/'), `${name}: a post without components loads no osallisuus script`);
  if (name === 'raw') {
    const ran = await page.evaluate(() => typeof window.__authorScript !== 'undefined' || typeof window.__authorModule !== 'undefined');
    check(!/<script[^>]*>\s*window\.__author/.test(html) && !ran, 'raw: the author\'s <script> is not on the page and did not run');
    check(!/<osa-feedback/.test(html), 'raw: the author\'s raw <osa-feedback> tag was stripped (authors use the block or shortcode)');
  }
  await page.close();
}

t = Date.now();
try {
  await checkComponents('shortcode', posts.shortcodes, { send: true });
  await checkComponents('block', posts.blocks, { send: true });
  await checkWithout('plain', posts.plain);
  await checkWithout('raw', posts.raw);

  // -------------------------------------------------------------------------------------------
  // 5. The block editor, as the author.
  t = Date.now();
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const editorErrors = [];
  page.on('pageerror', (e) => editorErrors.push(e.message));
  const renderRequests = [];
  page.on('request', (r) => r.url().includes('block-renderer') && renderRequests.push(`${r.method()} ${r.url().length}`));
  await page.goto(`${site}/wp-login.php`, { waitUntil: 'networkidle0' });
  await page.type('#user_login', 'kirjoittaja');
  await page.type('#user_pass', authorPassword);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('#wp-submit')]);
  await page.goto(`${site}/wp-admin/post-new.php`, { waitUntil: 'networkidle0', timeout: 60_000 });
  await until(() => page.evaluate(() => !!(window.wp?.data?.select('core/block-editor') && window.wp.blocks.getBlockType('core/paragraph'))), 'the block editor');
  // What WordPress calls deprecated (its 'deprecated' action, which also warns in the console), from
  // here on: the blocks' previews and their controls in the sidebar. WordPress 6.7 to 6.9 warn about
  // controls that keep their old margin and height; this WordPress may be older and warn of nothing.
  const editorWarnings = [];
  page.on('console', (m) => ['warning', 'warn'].includes(m.type()) && editorWarnings.push(m.text()));
  await page.evaluate(() => {
    window.osaDeprecated = [];
    window.wp.hooks.addAction('deprecated', 'osallisuus-test', (feature) => window.osaDeprecated.push(feature));
  });
  const registered = await page.evaluate((names) => names.filter((n) => window.wp.blocks.getBlockType(n)), components.map((c) => c.block));
  check(registered.length === components.length, `editor: every block is registered (${registered.join(', ')})`);
  const titles = await page.evaluate((names) => names.map((n) => window.wp.blocks.getBlockType(n)?.title), components.map((c) => c.block));
  const finnishTitles = components.map((c) => `${po.fi.get(c.title)} (osallisuus)`);
  check(titles.every((t, i) => t === finnishTitles[i]), `editor: the blocks' titles are Finnish (${titles.join(', ')})`);
  // A post without osallisuus blocks: the editor loads no component script (editor.js loads one
  // when its block is shown).
  const componentScripts = () => page.evaluate(() => [...document.querySelectorAll('script[src], link[rel="modulepreload"]')]
    .map((s) => s.src || s.href).filter((u) => /\/(osa-[a-z-]+|osallisuus|runtime)\.js(\?|$)/.test(u)));
  const before = await componentScripts();
  check(before.length === 0, `editor: a post without osallisuus blocks loads no component script${before.length ? ` (${before.join(', ')})` : ''}`);
  await page.evaluate(() => {
    const { dispatch, select } = window.wp.data;
    if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
    dispatch('core/editor').editPost({ title: 'Anna palautetta' });
  });
  for (const c of components) {
    await page.evaluate((c, values) => {
      const block = window.wp.blocks.createBlock(c.block, values);
      window.wp.data.dispatch('core/block-editor').insertBlocks(block);
    }, c, blockAttrs(c, settings('editor')[c.tag] ?? {}));
  }
  for (const c of components) {
    const shown = await until(() => page.$eval(`.wp-block-${c.block.replace('/', '-')} ${c.tag}`, (el) => (el.shadowRoot?.textContent.trim().length ?? 0) > 0), `the ${c.block} preview`, 30_000).catch(() => false);
    check(shown, `editor: the ${c.block} block's preview shows the upgraded <${c.tag}>`);
  }
  // The previews come by POST: a board's items in the address would be too long for many servers.
  check(renderRequests.length >= components.length && renderRequests.every((r) => r.startsWith('POST ')), `editor: the previews are asked for by POST (${renderRequests.length} requests: ${[...new Set(renderRequests.map((r) => r.split(' ')[0]))].join(', ')})`);
  // The same previews in the editor's iframe: WordPress shows the content in an iframe for device
  // previews (from 6.0), when every block allows it (6.3–7.0) and always (from 7.1). The iframe is a
  // document of its own: the component script must be loaded there too, as a module.
  /** Chooses the editor's preview device: core/editor's action from 6.5, core/edit-post's before. */
  const setDevice = (type) => page.evaluate((type) => {
    const { dispatch } = window.wp.data;
    const set = dispatch('core/editor').setDeviceType ?? dispatch('core/edit-post').__experimentalSetPreviewDeviceType;
    if (!set) return false;
    set(type);
    return true;
  }, type);
  const deviceSet = await setDevice('Tablet');
  check(deviceSet, 'editor: the tablet preview can be chosen');
  const inFrame = (fn, ...args) => page.evaluate((fn, ...args) => {
    const doc = document.querySelector('iframe[name="editor-canvas"]')?.contentDocument;
    return doc ? new Function('doc', '...args', `return (${fn})(doc, ...args)`)(doc, ...args) : undefined;
  }, fn.toString(), ...args);
  const framed = await until(() => inFrame((doc) => !!doc.querySelector('.is-root-container')), 'the editor\'s iframe', 30_000).catch(() => false);
  check(framed, 'editor: the tablet preview shows the content in an iframe');
  for (const c of components) {
    const sel = `.wp-block-${c.block.replace('/', '-')} ${c.tag}`;
    const shown = framed && await until(() => inFrame((doc, sel) => (doc.querySelector(sel)?.shadowRoot?.textContent.trim().length ?? 0) > 0, sel), `the ${c.block} preview in the iframe`, 30_000).catch(() => false);
    check(shown, `editor (iframe): the ${c.block} block's preview shows the upgraded <${c.tag}>`);
    const language = framed && await inFrame((doc, sel) => doc.querySelector(sel)?.language, sel);
    check(language === 'fi', `editor (iframe): the ${c.block} preview speaks the editor's language, Finnish (${language})`);
  }
  if (shots) await page.screenshot({ path: join(shots, 'wordpress-editor-tablet.png') });
  await setDevice('Desktop');
  // The feedback block selected: its settings in the sidebar.
  await page.evaluate((name) => {
    const { dispatch, select } = window.wp.data;
    const block = select('core/block-editor').getBlocks().find((b) => b.name === name);
    dispatch('core/block-editor').selectBlock(block.clientId);
    dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  }, components[0].block);
  const labels = await until(() => page.$$eval('.interface-complementary-area .components-base-control__label, .interface-complementary-area label', (ls) => ls.map((l) => l.textContent.trim()).filter(Boolean)), 'the sidebar').catch(() => []);
  // In Finnish: the labels from the plugin's .mo, the panel's title from the editor script's JSON.
  const first = components[0].attributes.map((a) => po.fi.get(a.label));
  const missing = first.filter((l) => !labels.includes(l));
  check(first.length > 5 && missing.length === 0, `editor: the sidebar has a control for every setting of ${components[0].block}, labelled in Finnish (${labels.length} labels${missing.length ? `; missing: ${missing.join(', ')}` : ''})`);
  // The controls stand apart (without margins of their own: the block sidebar spaces them).
  const gaps = await page.$$eval('.interface-complementary-area .components-panel__body.is-opened .components-base-control', (cs) =>
    cs.slice(1).map((c, i) => Math.round(c.getBoundingClientRect().top - cs[i].getBoundingClientRect().bottom)));
  check(gaps.length > 5 && gaps.every((g) => g >= 8), `editor: the sidebar's controls are at least 8 px apart (${[...new Set(gaps)].join(', ')} px)`);
  const deprecated = await page.evaluate(() => window.osaDeprecated);
  const ourWarnings = editorWarnings.filter((w) => /deprecat/i.test(w));
  check(deprecated.length === 0 && ourWarnings.length === 0, `editor: nothing deprecated is used by the blocks and their controls${deprecated.length || ourWarnings.length ? `: ${[...deprecated, ...ourWarnings].join(' | ')}` : ''}`);
  const panelTitle = await page.$$eval('.interface-complementary-area .components-panel__body-title', (ts) => ts.map((t) => t.textContent.trim()));
  check(panelTitle.includes(po.fi.get('Settings')), `editor: the settings panel's title is Finnish, from the editor script's translations (${panelTitle.join(', ')})`);
  check(editorErrors.length === 0, `editor: no script errors${editorErrors.length ? `: ${editorErrors.join(' | ')}` : ''}`);
  if (shots) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await sleep(500);
    await page.screenshot({ path: join(shots, 'wordpress-editor.png') });
  }
  log(`block editor checked (${seconds(t)})`);
} finally {
  await browser.close();
}

const debugLog = existsSync(join(work, 'debug.log')) ? readFileSync(join(work, 'debug.log'), 'utf8') : '';
const pluginNotices = debugLog.split('\n').filter((l) => /osallisuus/i.test(l));
check(pluginNotices.length === 0, `PHP: no notices, warnings or errors from the plugin in debug.log${pluginNotices.length ? `:\n${pluginNotices.slice(0, 10).join('\n')}` : ''}`);
check(!/PHP (Fatal|Parse) error/.test(phpLog), 'PHP: no fatal errors in the server log');

if (process.env.OSA_WP_KEEP) log(`kept ${work} (site ${site} is stopped; the database in ${db})`);
cleanup();
await sleep(500);
if (!process.env.OSA_WP_KEEP) rmSync(work, { recursive: true, force: true });
if (shots) log(`screenshots: ${readdirSync(shots).filter((f) => f.startsWith('wordpress-')).map((f) => join(shots, f)).join(', ')}`);
log(`${failures.length ? `${failures.length} FAILED` : 'all checks passed'} in ${seconds()} (WordPress ${setup.wp}, PHP built-in server, MariaDB, Chromium)`);
process.exit(failures.length ? 1 : 0);
