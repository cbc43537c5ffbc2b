<?php
/**
 * Plugin Name:       Osallisuus
 * Description:       Accessible components for participatory public services (feedback with a response promise, participation ladder, customer panel sign-up, "you said, we did"), as blocks and shortcodes that authors can use safely.
 * Version:           {{VERSION}}
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       osallisuus
 *
 * @package osallisuus
 */

defined( 'ABSPATH' ) || exit;

define( 'OSALLISUUS_VERSION', '{{VERSION}}' );
define( 'OSALLISUUS_DIR', __DIR__ . '/' );
define( 'OSALLISUUS_FILE', __FILE__ );

require_once OSALLISUUS_DIR . 'includes/render.php';
require_once OSALLISUUS_DIR . 'includes/scripts.php';
require_once OSALLISUUS_DIR . 'includes/blocks.php';
require_once OSALLISUUS_DIR . 'includes/shortcodes.php';
require_once OSALLISUUS_DIR . 'includes/settings.php';
