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
 *   REST API): the `widget_update_callback` filter, and the stored options themselves
 *   (`pre_update_option_widget_block` …), which the Customizer's block widgets reach without it;
 * - HTML from embeds is not saved content: its osallisuus shortcodes are shown as text.
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
	// The block parser allows any white space after "<!--".
	if ( preg_match( '#<!--\s+wp:osallisuus/#', $content ) ) {
		$changed = false;
		$blocks  = osallisuus_strip_block_addresses( parse_blocks( $content ), $users, $changed );
		if ( $changed ) {
			$content = serialize_blocks( $blocks );
		}
	}
	$names = array_map( 'preg_quote', array_values( array_map( 'strval', wp_list_pluck( osallisuus_components(), 'shortcode' ) ) ) );
	if ( $names && false !== stripos( $content, '[osa_' ) ) {
		// Every opening tag on its own, wherever it stands: in an HTML comment, in an attribute, inside
		// another shortcode or an escaped one ([[…]]). do_shortcode() may take any of them for a
		// shortcode (it hides brackets in comments first), so none may hide another. The attributes
		// are the text that get_shortcode_regex() gives do_shortcode_tag(), read with the same
		// shortcode_parse_atts(), which also turns no-break and zero-width spaces into spaces.
		$result = preg_replace_callback(
			'/\[(' . implode( '|', $names ) . ')(?![\w-])([^\]\/]*(?:\/(?!\])[^\]\/]*)*?)(\/?)\]/',
			function ( $m ) use ( $users ) {
				$atts    = shortcode_parse_atts( $m[2] );
				$changed = false;
				if ( is_array( $atts ) ) {
					$atts = osallisuus_strip_attributes( $atts, $users, $changed );
				}
				return $changed ? osallisuus_shortcode_tag( $m[1], $atts, '' !== $m[3] ) : $m[0];
			},
			$content
		);
		// The pattern failed (a PCRE limit): neither store the content empty nor keep an address unread.
		$content = null === $result ? str_ireplace( '[osa_', '&#91;osa_', $content ) : $result;
	}
	return $content;
}

/**
 * A shortcode's opening tag written again from its attributes, so that shortcode_parse_atts() reads
 * them back the same (it unescapes backslashes); a value with both kinds of quote cannot be written
 * and is left out.
 *
 * @param string $name   The shortcode.
 * @param array  $atts   Its attributes (names, or numbers for bare values).
 * @param bool   $closed Whether it was written self-closing ([… /]).
 * @return string
 */
function osallisuus_shortcode_tag( $name, array $atts, $closed ) {
	$text = '';
	foreach ( $atts as $key => $value ) {
		$value = str_replace( '\\', '\\\\', (string) $value );
		$quote = false === strpos( $value, '"' ) ? '"' : ( false === strpos( $value, "'" ) ? "'" : '' );
		if ( '' !== $quote ) {
			$text .= ' ' . ( is_int( $key ) ? '' : $key . '=' ) . $quote . $value . $quote;
		}
	}
	return '[' . $name . $text . ( $closed ? ' /' : '' ) . ']';
}

/**
 * A block's or shortcode's attributes without the addresses (`endpoint`, `src`) that `$users` may
 * not use.
 *
 * @param array $attrs   The attributes.
 * @param int[] $users   The user saving.
 * @param bool  $changed Set to true when an address was taken out.
 * @return array
 */
function osallisuus_strip_attributes( array $attrs, array $users, &$changed ) {
	foreach ( OSALLISUUS_ADDRESS_KEYS as $key ) {
		$value = isset( $attrs[ $key ] ) ? $attrs[ $key ] : null;
		if ( is_scalar( $value ) && '' !== (string) $value && ! osallisuus_address_allowed( (string) $value, $users ) ) {
			unset( $attrs[ $key ] );
			$changed = true;
		}
	}
	return $attrs;
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
		if ( isset( $block['blockName'] ) && 0 === strpos( (string) $block['blockName'], 'osallisuus/' ) && isset( $block['attrs'] ) && is_array( $block['attrs'] ) ) {
			$blocks[ $i ]['attrs'] = osallisuus_strip_attributes( $block['attrs'], $users, $changed );
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

/**
 * The stored widget settings themselves, which every way of saving widgets goes through: the
 * Customizer stores block widgets from their raw settings without widget_update_callback. Only the
 * widgets this save changes are looked at.
 *
 * @param mixed $value     The option's new value.
 * @param mixed $old_value Its value before.
 * @return mixed
 */
function osallisuus_widget_option_save( $value, $old_value ) {
	if ( ! is_array( $value ) || ! osallisuus_saver_limited() ) {
		return $value;
	}
	foreach ( $value as $number => $instance ) {
		$old = is_array( $old_value ) && isset( $old_value[ $number ] ) ? $old_value[ $number ] : null;
		if ( is_array( $instance ) && $old !== $instance ) {
			$value[ $number ] = osallisuus_widget_save( $instance );
		}
	}
	return $value;
}
foreach ( array( 'widget_block', 'widget_text', 'widget_custom_html' ) as $osallisuus_widget_option ) {
	add_filter( "pre_update_option_{$osallisuus_widget_option}", 'osallisuus_widget_option_save', 10, 2 );
}
unset( $osallisuus_widget_option );

/**
 * HTML from an embed (oEmbed: another site's, or a post of this site, whose title an author wrote)
 * is never content anyone saved here: its osallisuus shortcodes are shown as text, not run.
 *
 * @param mixed $html The embed's HTML.
 * @return mixed
 */
function osallisuus_embed_html( $html ) {
	return is_string( $html ) ? preg_replace( '/\[(?=\[?osa_)/i', '&#91;', $html ) : $html;
}
add_filter( 'embed_oembed_html', 'osallisuus_embed_html', 1 );
