<?php
/**
 * Loads the component script as a module, only on pages that show a component: a block or
 * shortcode asks for it while it renders. WordPress 6.5 and later: wp_enqueue_script_module().
 * Older (6.1 to 6.4): a footer script with type="module" added by the script_loader_tag filter.
 * Version null: no ?ver= query; the files sit in a folder named by the version, so a new version
 * has new URLs and the old ones can be cached for ever.
 *
 * @package osallisuus
 */

defined( 'ABSPATH' ) || exit;

/**
 * The file that defines a tag. Per-tag files (osa-<name>.js) are used only when they share one
 * runtime (runtime.js beside them), so a page with several tags still has one copy of Lit;
 * otherwise osallisuus.js, which defines every tag.
 *
 * @param string $tag e.g. osa-feedback.
 * @return string File name inside assets/<version>/.
 */
function osallisuus_script_file( $tag ) {
	$dir = OSALLISUUS_DIR . 'assets/' . OSALLISUUS_VERSION . '/';
	if ( file_exists( $dir . 'runtime.js' ) && file_exists( $dir . $tag . '.js' ) ) {
		return $tag . '.js';
	}
	return 'osallisuus.js';
}

/** Handles of the module scripts this plugin enqueued the classic way (before 6.5). */
function osallisuus_module_handles( $add = null ) {
	static $handles = array();
	if ( null !== $add ) {
		$handles[ $add ] = true;
	}
	return $handles;
}

/**
 * The address of a file in assets/<version>/.
 *
 * @param string $file e.g. runtime.js.
 * @return string
 */
function osallisuus_asset_url( $file ) {
	return plugins_url( 'assets/' . OSALLISUUS_VERSION . '/' . $file, OSALLISUUS_FILE );
}

/**
 * The address of the file that defines a tag.
 *
 * @param string $tag e.g. osa-feedback.
 * @return string
 */
function osallisuus_script_url( $tag ) {
	return osallisuus_asset_url( osallisuus_script_file( $tag ) );
}

/**
 * The address of runtime.js (Lit and the shared core, which every file imports), or '' when the
 * build has none.
 *
 * @return string
 */
function osallisuus_runtime_url() {
	return file_exists( OSALLISUUS_DIR . 'assets/' . OSALLISUUS_VERSION . '/runtime.js' ) ? osallisuus_asset_url( 'runtime.js' ) : '';
}

/**
 * Enqueues the script that defines a tag, once per file. runtime.js is preloaded with it: the
 * browser then fetches both at once, instead of finding runtime.js only in the tag's file (one
 * round trip less before the components show). WordPress 6.5 and later print the
 * <link rel="modulepreload"> for a module's dependency; before that, osallisuus_module_type() does.
 *
 * @param string $tag e.g. osa-feedback.
 */
function osallisuus_enqueue( $tag ) {
	$file    = osallisuus_script_file( $tag );
	$handle  = 'osallisuus-' . basename( $file, '.js' );
	$url     = osallisuus_script_url( $tag );
	$runtime = osallisuus_runtime_url();
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		$dependencies = array();
		if ( '' !== $runtime ) {
			wp_register_script_module( 'osallisuus-runtime', $runtime, array(), null );
			$dependencies[] = 'osallisuus-runtime';
		}
		wp_enqueue_script_module( $handle, $url, $dependencies, null );
		return;
	}
	osallisuus_module_handles( $handle );
	wp_enqueue_script( $handle, $url, array(), null, true );
}

/**
 * Adds type="module" to this plugin's scripts (WordPress before 6.5), and before the first of them
 * a <link rel="modulepreload"> for runtime.js (allowed in the body).
 *
 * @param string $tag    The <script> tag.
 * @param string $handle Its handle.
 * @return string
 */
function osallisuus_module_type( $tag, $handle ) {
	static $preloaded = false;
	if ( ! isset( osallisuus_module_handles()[ $handle ] ) ) {
		return $tag;
	}
	if ( false === strpos( $tag, 'type="module"' ) ) {
		$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
		$tag = str_replace( '<script ', '<script type="module" ', $tag );
	}
	$runtime = osallisuus_runtime_url();
	if ( ! $preloaded && '' !== $runtime ) {
		$preloaded = true;
		$tag       = '<link rel="modulepreload" href="' . esc_url( $runtime ) . '">' . "\n" . $tag;
	}
	return $tag;
}
add_filter( 'script_loader_tag', 'osallisuus_module_type', 10, 2 );
