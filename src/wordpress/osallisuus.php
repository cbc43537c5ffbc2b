<?php
/**
 * Plugin Name:       Osallisuus
 * Description:       Accessible components for participatory public services (feedback with a response promise and its status, page feedback, quick rating, participation ladder, customer panel sign-up, "you said, we did"), as blocks and shortcodes that authors can use safely.
 * Version:           {{VERSION}}
 * Requires at least: 6.1.3
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       osallisuus
 * Domain Path:       /languages
 *
 * @package osallisuus
 */

defined( 'ABSPATH' ) || exit;

define( 'OSALLISUUS_VERSION', '{{VERSION}}' );
define( 'OSALLISUUS_DIR', __DIR__ . '/' );
define( 'OSALLISUUS_FILE', __FILE__ );

require_once OSALLISUUS_DIR . 'includes/render.php';
require_once OSALLISUUS_DIR . 'includes/saving.php';
require_once OSALLISUUS_DIR . 'includes/texts.php';
require_once OSALLISUUS_DIR . 'includes/scripts.php';
require_once OSALLISUUS_DIR . 'includes/blocks.php';
require_once OSALLISUUS_DIR . 'includes/shortcodes.php';
require_once OSALLISUUS_DIR . 'includes/settings.php';

/**
 * The plugin's translations: Finnish and Swedish come with it (languages/osallisuus-<locale>.mo), so
 * the editor's labels and help are in the language of the editor's WordPress. A translation in
 * wp-content/languages/plugins/ (e.g. from translate.wordpress.org) is used instead when there is one.
 */
function osallisuus_load_textdomain() {
	load_plugin_textdomain( 'osallisuus', false, dirname( plugin_basename( OSALLISUUS_FILE ) ) . '/languages' );
}
add_action( 'init', 'osallisuus_load_textdomain', 1 );
