<?php
/**
 * Writes a component's tag on the server, for blocks and shortcodes alike. Every value is escaped
 * with esc_attr(); JSON is checked and written again with wp_json_encode(), so no raw JSON ever
 * reaches the page's text (where wpautop and wptexturize would change it) and nothing needs
 * <script> (which kses rightly strips for authors).
 *
 * @package osallisuus
 */

defined( 'ABSPATH' ) || exit;

/** The settings that say where data goes or comes from (see osallisuus_address_allowed). */
const OSALLISUUS_ADDRESS_KEYS = array( 'endpoint', 'src' );

/**
 * Whether a key of Settings → Osallisuus is an endpoint (`osa-feedback:endpoint` …).
 *
 * @param string $key An option key.
 * @return bool
 */
function osallisuus_is_endpoint_key( $key ) {
	return (bool) preg_match( '/(^|:)endpoint$/', (string) $key );
}

/** Flags for JSON inside an HTML attribute: <, >, &, ' and " as \u escapes; letters such as ä as they are. */
const OSALLISUUS_JSON_FLAGS = JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES;

/**
 * The components, generated from custom-elements.json: tag, block, shortcode, attributes.
 *
 * @return array<string, array> Keyed by tag name.
 */
function osallisuus_components() {
	static $components = null;
	if ( null === $components ) {
		$data       = json_decode( (string) file_get_contents( OSALLISUUS_DIR . 'includes/components.json' ), true );
		$components = array();
		foreach ( (array) $data['components'] as $component ) {
			$components[ $component['tag'] ] = $component;
		}
	}
	return $components;
}

/**
 * A JSON setting made safe for an attribute. Valid JSON is decoded and encoded again; text that is
 * not valid JSON is passed on as text, and the component warns about it in the console, as it
 * does for its inline JSON.
 *
 * @param mixed $value An array, or JSON text (from a block, a shortcode or its content).
 * @return string
 */
function osallisuus_json_value( $value ) {
	if ( is_array( $value ) || is_object( $value ) ) {
		return (string) wp_json_encode( $value, OSALLISUUS_JSON_FLAGS );
	}
	$text = trim( (string) $value );
	// Post content passed kses, which writes & as &amp; (and may write quotes as entities): undo that first.
	$decoded_text = html_entity_decode( $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
	$data         = json_decode( $decoded_text, true );
	if ( null === $data && 'null' !== $decoded_text ) {
		return $text;
	}
	return (string) wp_json_encode( $data, OSALLISUUS_JSON_FLAGS );
}

/**
 * Site-wide defaults from Settings → Osallisuus for one tag, by HTML attribute name: the
 * settings for every tag (privacy-url, theme) and those for this tag (e.g. the feedback endpoint).
 *
 * @param string $tag e.g. osa-feedback.
 * @return array<string, string>
 */
function osallisuus_site_defaults( $tag ) {
	$options  = get_option( 'osallisuus', array() );
	$defaults = array();
	foreach ( is_array( $options ) ? $options : array() as $key => $value ) {
		$parts = explode( ':', (string) $key, 2 );
		if ( is_string( $value ) && '' !== $value && ( 1 === count( $parts ) || $parts[0] === $tag ) ) {
			$defaults[ end( $parts ) ] = $value;
		}
	}
	return $defaults;
}

/**
 * The origin (scheme, host and port) of an address, or null for a relative one (the site itself).
 *
 * @param string $url An address.
 * @return string|null
 */
function osallisuus_origin( $url ) {
	$parts = wp_parse_url( trim( (string) $url ) );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) ) {
		return null;
	}
	$scheme = isset( $parts['scheme'] ) ? strtolower( $parts['scheme'] ) : 'https';
	$port   = isset( $parts['port'] ) ? (int) $parts['port'] : ( 'http' === $scheme ? 80 : 443 );
	return $scheme . '://' . strtolower( $parts['host'] ) . ':' . $port;
}

/**
 * Notes who saved a post last, in every way a post is saved (the block editor and the REST API
 * too, which do not update WordPress's own `_edit_last`), so that content someone else last saved
 * is not judged by its author alone. A save without a user (cron, an import) changes nothing.
 *
 * @param int $post_id The post saved.
 */
function osallisuus_note_saver( $post_id ) {
	$user = get_current_user_id();
	if ( $user && ! wp_is_post_revision( $post_id ) && ! wp_is_post_autosave( $post_id ) ) {
		update_post_meta( $post_id, '_osallisuus_saved_by', $user );
	}
}
add_action( 'save_post', 'osallisuus_note_saver' );
// Attachments are saved without save_post (their description is content too).
add_action( 'add_attachment', 'osallisuus_note_saver' );
add_action( 'edit_attachment', 'osallisuus_note_saver' );

/**
 * The users whose content is being shown: the post's author and whoever saved it last, and the
 * same of each synced pattern (reusable block) being rendered inside it. WordPress
 * renders a pattern as part of the page, so the patterns being rendered are tracked here
 * (osallisuus_pattern_enter and osallisuus_pattern_leave push and pop one entry per core/block).
 *
 * Each entry has a token, and leaving takes out the entry with that token only: from WordPress 6.9
 * the render_block filter runs twice for one synced pattern (its own render and the outer one), and
 * the second must not take out the entry of a pattern around it.
 *
 * @param string|null $change 'enter' with $id (returns the entry's token), 'leave' with the token, or null to read.
 * @param int         $id     The pattern's post id (0: none), or the token to leave.
 * @return int[]|int User ids, or the token of the entry made.
 */
function osallisuus_content_users( $change = null, $id = 0 ) {
	static $patterns = array();
	static $tokens   = 0;
	if ( 'enter' === $change ) {
		$patterns[ ++$tokens ] = (int) $id;
		return $tokens;
	} elseif ( 'leave' === $change ) {
		unset( $patterns[ (int) $id ] );
	}
	$post  = get_post();
	$users = array();
	foreach ( array_merge( array_values( $patterns ), array( $post ? (int) $post->ID : 0 ) ) as $post_id ) {
		$one = $post_id ? get_post( $post_id ) : null;
		if ( $one ) {
			$users[] = (int) $one->post_author;
			$users[] = (int) get_post_meta( $post_id, '_edit_last', true );
			$users[] = (int) get_post_meta( $post_id, '_osallisuus_saved_by', true );
		}
	}
	$users = array_filter( $users );
	return $users ? $users : array( get_current_user_id() );
}

/**
 * Entering a synced pattern (core/block): its authors count for the blocks inside it.
 *
 * @param array $block The block about to be rendered.
 * @return array The block, unchanged.
 */
function osallisuus_pattern_enter( $block ) {
	if ( isset( $block['blockName'] ) && 'core/block' === $block['blockName'] ) {
		$ref = isset( $block['attrs']['ref'] ) && is_scalar( $block['attrs']['ref'] ) ? (int) $block['attrs']['ref'] : 0;
		// The token travels with the parsed block to render_block (see osallisuus_pattern_leave).
		$block['osallisuus_frame'] = osallisuus_content_users( 'enter', $ref );
	}
	return $block;
}
add_filter( 'render_block_data', 'osallisuus_pattern_enter' );

/**
 * Leaving a synced pattern.
 *
 * @param string $content The rendered block.
 * @param array  $block   The block.
 * @return string The content, unchanged.
 */
function osallisuus_pattern_leave( $content, $block ) {
	if ( isset( $block['blockName'], $block['osallisuus_frame'] ) && 'core/block' === $block['blockName'] ) {
		osallisuus_content_users( 'leave', (int) $block['osallisuus_frame'] );
	}
	return $content;
}
add_filter( 'render_block', 'osallisuus_pattern_leave', 10, 2 );

/**
 * Whether a component in this content may send to, or read from, an address (`endpoint`, `src`).
 * Content that only users who may post unfiltered HTML (administrators) wrote: any address. Content
 * that anyone else wrote or last edited, also inside a synced pattern: only a path on this site,
 * or a plain http(s) address on the site itself or on a server that an endpoint in Settings →
 * Osallisuus points to. So an author cannot have residents' feedback and applications sent, or
 * readers' browsers send requests, to a server the site's administrators have not chosen.
 *
 * Only plain forms pass: an address that esc_url_raw() would change (`https;//host`, a space, a
 * quote), that holds a backslash or a control character, that has no scheme, a user name, or no
 * host right after `//` (`https:///host`, which browsers read as `https://host`) is refused, since
 * PHP and the browser can read such an address differently.
 *
 * When content is saved, the same rule is kept by osallisuus_strip_addresses() (saving.php) with the
 * user who saves it: so content that is shown outside a post (templates, template parts, widgets)
 * holds no address that its author could not have used.
 *
 * @param string     $url   The address given in a block or shortcode.
 * @param int[]|null $users Whose content it is (default: the content being shown, see osallisuus_content_users).
 * @return bool
 */
function osallisuus_address_allowed( $url, $users = null ) {
	$trusted = true;
	foreach ( null === $users ? osallisuus_content_users() : $users as $user ) {
		$trusted = $trusted && $user && user_can( $user, 'unfiltered_html' );
	}
	if ( $trusted ) {
		return true;
	}
	$url = trim( (string) $url );
	if ( esc_url_raw( $url, array( 'http', 'https' ) ) !== $url || preg_match( '/[\\\\\x00-\x20\x7f]/', $url ) ) {
		return false;
	}
	if ( preg_match( '#^/(?![/\\\\])#', $url ) ) {
		return true;
	}
	if ( ! preg_match( '#^https?://[^/\\\\?\#@:]+(?::\d+)?(?:[/?\#]|$)#i', $url ) ) {
		return false;
	}
	$origin  = osallisuus_origin( $url );
	$allowed = array( osallisuus_origin( home_url( '/' ) ), osallisuus_origin( site_url( '/' ) ) );
	$options = get_option( 'osallisuus', array() );
	foreach ( is_array( $options ) ? $options : array() as $key => $value ) {
		if ( is_string( $value ) && '' !== $value && osallisuus_is_endpoint_key( $key ) ) {
			$allowed[] = osallisuus_origin( $value );
		}
	}
	return null !== $origin && in_array( $origin, $allowed, true );
}

/**
 * The tag with its attributes.
 *
 * @param string $tag    e.g. osa-feedback.
 * @param array  $values Values by property name (blocks) or by attribute name (shortcodes).
 * @param array  $extra  More attributes, already safe to escape (e.g. the block wrapper's class).
 * @return string HTML.
 */
function osallisuus_render( $tag, array $values, array $extra = array() ) {
	$components = osallisuus_components();
	if ( ! isset( $components[ $tag ] ) ) {
		return '';
	}
	$defaults = osallisuus_site_defaults( $tag );
	$html     = '<' . $tag;
	foreach ( $components[ $tag ]['attributes'] as $attribute ) {
		$name  = $attribute['attribute'];
		$value = null;
		foreach ( array( $attribute['property'], $name, str_replace( '-', '_', $name ), strtolower( $attribute['property'] ) ) as $key ) {
			if ( array_key_exists( $key, $values ) ) {
				$value = $values[ $key ];
				break;
			}
		}
		// Only JSON settings take lists and objects (a block's attributes can hold any JSON value).
		if ( null !== $value && 'json' !== $attribute['kind'] && ! is_scalar( $value ) ) {
			$value = null;
		}
		// Where data goes or comes from: only where the site's administrators allow (see osallisuus_address_allowed).
		if ( is_scalar( $value ) && '' !== (string) $value && in_array( $attribute['property'], OSALLISUUS_ADDRESS_KEYS, true ) && ! osallisuus_address_allowed( (string) $value ) ) {
			$value = null;
		}
		if ( ( null === $value || '' === $value ) && isset( $defaults[ $name ] ) ) {
			$value = $defaults[ $name ];
		}
		if ( null === $value || '' === $value || false === $value ) {
			continue;
		}
		if ( array_key_exists( 'default', $attribute ) && $value === $attribute['default'] ) {
			continue;
		}
		switch ( $attribute['kind'] ) {
			case 'boolean':
				if ( true === $value || in_array( strtolower( (string) $value ), array( '1', 'true', 'yes', 'on', $name ), true ) ) {
					$html .= ' ' . $name;
				}
				break;
			case 'json':
				$html .= ' ' . $name . '="' . esc_attr( osallisuus_json_value( $value ) ) . '"';
				break;
			default:
				$text = is_scalar( $value ) ? (string) $value : '';
				if ( preg_match( '/Url$|^endpoint$|^src$/', $attribute['property'] ) ) {
					// Addresses: http(s), mailto and tel, or relative; anything else (javascript:) is dropped here too.
					$text = esc_url_raw( $text, array( 'http', 'https', 'mailto', 'tel' ) );
					if ( '' === $text ) {
						break;
					}
				}
				$html .= ' ' . $name . '="' . esc_attr( $text ) . '"';
		}
	}
	if ( isset( $defaults['theme'] ) && ! array_key_exists( 'theme', $extra ) ) {
		$extra['theme'] = $defaults['theme'];
	}
	foreach ( $extra as $name => $value ) {
		$html .= ' ' . sanitize_key( $name ) . '="' . esc_attr( $value ) . '"';
	}
	osallisuus_enqueue( $tag );
	return $html . '></' . $tag . '>';
}
