<?php
/**
 * The address rule of osallisuus_address_allowed() kept when content is saved, as kses keeps its own:
 * when someone who may not post unfiltered HTML saves content, an `endpoint` or `src` of an
 * osallisuus block or shortcode that they could not use is taken out before it is stored (the tag
 * then uses the default from Settings → Osallisuus, or none). At render time the rule judges a block
 * by the post being shown and the synced patterns in it; templates, template parts and widget
 * areas are not posts being shown, so there the rule is kept when they are saved:
 *
 * - posts of every type, synced patterns, templates and template parts (the site editor saves them
 *   as posts): the `content_save_pre` filter, where kses filters post content too;
 * - widgets (block, text and custom HTML widgets, from the widget screens, the Customizer and the
 *   REST API): the `widget_update_callback` filter.
 *
 * A save without a user (WP-CLI, cron, an import) is left as it is, as at render time.
 *
 * @package osallisuus
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether the user saving now is held to the rule: a logged-in user without unfiltered_html.
 *
 * @return bool
 */
function osallisuus_saver_limited() {
	return get_current_user_id() && ! current_user_can( 'unfiltered_html' );
}

/**
 * Content with the addresses taken out that the user saving it may not use: from osallisuus blocks
 * (nested ones too) and from osallisuus shortcodes. Content with neither is returned as it is.
 *
 * @param string $content Unslashed content (blocks, HTML, shortcodes).
 * @return string
 */
function osallisuus_strip_addresses( $content ) {
	$users = array( get_current_user_id() );
	if ( false !== strpos( $content, '<!-- wp:osallisuus/' ) ) {
		$changed = false;
		$blocks  = osallisuus_strip_block_addresses( parse_blocks( $content ), $users, $changed );
		if ( $changed ) {
			$content = serialize_blocks( $blocks );
		}
	}
	$shortcodes = array_values( array_map( 'strval', wp_list_pluck( osallisuus_components(), 'shortcode' ) ) );
	if ( $shortcodes && false !== stripos( $content, '[osa_' ) ) {
		$content = preg_replace_callback(
			'/' . get_shortcode_regex( $shortcodes ) . '/',
			function ( $m ) use ( $users ) {
				// [[osa_feedback]] is the text "[osa_feedback]", not a shortcode.
				if ( '[' === $m[1] && ']' === $m[6] ) {
					return $m[0];
				}
				$atts = preg_replace_callback(
					'/(^|\s)(endpoint|src)(\s*=\s*)("[^"]*"|\'[^\']*\'|[^\s"\'\]]+)/i',
					function ( $a ) use ( $users ) {
						// The value as the shortcode will hand it to osallisuus_render().
						$parsed = shortcode_parse_atts( $a[2] . '=' . $a[4] );
						$value  = is_array( $parsed ) ? (string) reset( $parsed ) : '';
						return '' === $value || osallisuus_address_allowed( $value, $users ) ? $a[0] : $a[1];
					},
					$m[3]
				);
				return $atts === $m[3] ? $m[0] : substr_replace( $m[0], $atts, strlen( $m[1] ) + 1 + strlen( $m[2] ), strlen( $m[3] ) );
			},
			$content
		);
	}
	return $content;
}

/**
 * Blocks with the addresses taken out that `$users` may not use (see osallisuus_strip_addresses).
 *
 * @param array $blocks  Parsed blocks.
 * @param int[] $users   The user saving.
 * @param bool  $changed Set to true when an address was taken out.
 * @return array
 */
function osallisuus_strip_block_addresses( array $blocks, array $users, &$changed ) {
	foreach ( $blocks as $i => $block ) {
		if ( isset( $block['blockName'] ) && 0 === strpos( (string) $block['blockName'], 'osallisuus/' ) ) {
			foreach ( array( 'endpoint', 'src' ) as $key ) {
				$value = isset( $block['attrs'][ $key ] ) ? $block['attrs'][ $key ] : null;
				if ( is_scalar( $value ) && '' !== (string) $value && ! osallisuus_address_allowed( (string) $value, $users ) ) {
					unset( $blocks[ $i ]['attrs'][ $key ] );
					$changed = true;
				}
			}
		}
		if ( ! empty( $block['innerBlocks'] ) ) {
			$blocks[ $i ]['innerBlocks'] = osallisuus_strip_block_addresses( $block['innerBlocks'], $users, $changed );
		}
	}
	return $blocks;
}

/**
 * Post content of every type, when it is saved (after kses, which runs at the default priority).
 *
 * @param string $content Slashed content, as the filter gives it.
 * @return string
 */
function osallisuus_content_save_pre( $content ) {
	if ( ! is_string( $content ) || ! osallisuus_saver_limited() ) {
		return $content;
	}
	return addslashes( osallisuus_strip_addresses( stripslashes( $content ) ) );
}
add_filter( 'content_save_pre', 'osallisuus_content_save_pre', 20 );

/**
 * A widget's settings, when they are saved: the content of block and custom HTML widgets and the
 * text of text widgets.
 *
 * @param array|false $instance The settings to be stored (false: not saved).
 * @return array|false
 */
function osallisuus_widget_save( $instance ) {
	if ( ! is_array( $instance ) || ! osallisuus_saver_limited() ) {
		return $instance;
	}
	foreach ( array( 'content', 'text' ) as $key ) {
		if ( isset( $instance[ $key ] ) && is_string( $instance[ $key ] ) ) {
			$instance[ $key ] = osallisuus_strip_addresses( $instance[ $key ] );
		}
	}
	return $instance;
}
add_filter( 'widget_update_callback', 'osallisuus_widget_save' );
