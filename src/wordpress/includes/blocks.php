<?php
/**
 * One dynamic block per component (osallisuus/<tag without "osa-">). The block saves only its
 * attributes in the post; PHP writes the tag when the page is shown (block-render.php).
 *
 * @package osallisuus
 */

defined( 'ABSPATH' ) || exit;

/** Registers the editor script and every block from blocks/<name>/block.json. */
function osallisuus_register_blocks() {
	wp_register_script(
		'osallisuus-editor',
		plugins_url( 'editor.js', OSALLISUUS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
		OSALLISUUS_VERSION,
		true
	);
	wp_set_script_translations( 'osallisuus-editor', 'osallisuus', OSALLISUUS_DIR . 'languages' );
	foreach ( osallisuus_components() as $component ) {
		register_block_type( OSALLISUUS_DIR . 'blocks/' . $component['name'] );
	}
}
add_action( 'init', 'osallisuus_register_blocks' );

/**
 * The editor script's data (window.osallisuusEditor): every component with its texts in the
 * editor's language, and the address of its script, which the editor script loads into the
 * document that shows the block (the editor's page or its iframe). Made in the block editor only,
 * not on every request.
 */
function osallisuus_editor_data() {
	$texts      = osallisuus_editor_texts();
	$components = array();
	foreach ( osallisuus_components() as $tag => $component ) {
		$component['script'] = osallisuus_script_url( $tag );
		$components[]        = osallisuus_translate_component( $component, $texts );
	}
	wp_add_inline_script( 'osallisuus-editor', 'window.osallisuusEditor = ' . wp_json_encode( array( 'components' => $components ), OSALLISUUS_JSON_FLAGS ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'osallisuus_editor_data' );

/**
 * A component as the editor shows it: its title, description and the labels and help of its
 * settings in the editor's language (see includes/texts.php).
 *
 * @param array                 $component From components.json.
 * @param array<string, string> $texts     English text => translated text.
 * @return array
 */
function osallisuus_translate_component( $component, $texts ) {
	$translate = function ( $text ) use ( $texts ) {
		return isset( $texts[ $text ] ) ? $texts[ $text ] : $text;
	};
	$component['title']       = $translate( $component['title'] );
	$component['description'] = $translate( $component['description'] );
	foreach ( $component['attributes'] as $i => $attribute ) {
		$component['attributes'][ $i ]['label'] = $translate( $attribute['label'] );
		$component['attributes'][ $i ]['help']  = $translate( $attribute['help'] );
	}
	return $component;
}

/**
 * The block's markup: the tag, with the block wrapper's classes.
 *
 * @param array    $attributes The block's attributes (property names).
 * @param WP_Block $block      The block.
 * @return string
 */
function osallisuus_render_block( $attributes, $block ) {
	$tag   = 'osa-' . substr( $block->name, strlen( 'osallisuus/' ) );
	$extra = array();
	if ( preg_match( '/class="([^"]*)"/', get_block_wrapper_attributes(), $match ) ) {
		$extra['class'] = html_entity_decode( $match[1], ENT_QUOTES, 'UTF-8' );
	}
	return osallisuus_render( $tag, (array) $attributes, $extra );
}

// The components in the editor's previews: editor.js loads a block's component script into the
// document that shows the block, when the block is shown (the editor's own page, or its iframe:
// device previews, WordPress 6.3 and later when every block allows it, always from 7.1, where
// WordPress does not load a plugin's script modules, Gutenberg issue 64482). Nothing is enqueued
// for the editor here: a page without osallisuus blocks loads no component script.
