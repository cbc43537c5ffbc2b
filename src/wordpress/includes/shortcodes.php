<?php
/**
 * One shortcode per component: [osa_feedback endpoint="/palaute" privacy-url="/tietosuoja"].
 * Attributes are the tag's HTML attribute names (privacy_url works too). A JSON setting that holds
 * a list goes between the opening and closing shortcode, because a shortcode's attributes cannot
 * contain "]":
 *
 *   [osa_you_said_we_did][{"id": "a1", "said": "…", "status": "done"}][/osa_you_said_we_did]
 *
 * @package osallisuus
 */

defined( 'ABSPATH' ) || exit;

/** Registers [osa_feedback], [osa_participation_ladder] and the others. */
function osallisuus_register_shortcodes() {
	foreach ( osallisuus_components() as $tag => $component ) {
		add_shortcode(
			$component['shortcode'],
			function ( $atts, $content = null ) use ( $tag, $component ) {
				return osallisuus_shortcode( $tag, $component, $atts, $content );
			}
		);
	}
}
add_action( 'init', 'osallisuus_register_shortcodes' );

/**
 * The tag for one shortcode.
 *
 * @param string       $tag       The tag name.
 * @param array        $component Its description.
 * @param array|string $atts      The shortcode's attributes ('' when none).
 * @param string|null  $content   Text between the opening and closing shortcode.
 * @return string
 */
function osallisuus_shortcode( $tag, $component, $atts, $content ) {
	$values = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			// [osa_panel_signup confirm-eligibility]: a bare name is "on".
			$values[ strtolower( $value ) ] = true;
		} else {
			$values[ strtolower( $key ) ] = $value;
		}
	}
	if ( null !== $content && '' !== trim( $content ) && $component['content'] ) {
		// The Classic editor's wpautop adds <p> and <br /> for line breaks, also inside the JSON.
		$json = preg_replace( '#</?p>|<br\s*/?>#i', '', $content );
		$values[ $component['content'] ] = trim( $json );
	}
	return osallisuus_render( $tag, $values );
}

/**
 * wptexturize would curl the quotes of JSON between the shortcodes.
 *
 * @param string[] $shortcodes Shortcodes whose content is not texturized.
 * @return string[]
 */
function osallisuus_no_texturize( $shortcodes ) {
	foreach ( osallisuus_components() as $component ) {
		$shortcodes[] = $component['shortcode'];
	}
	return $shortcodes;
}
add_filter( 'no_texturize_shortcodes', 'osallisuus_no_texturize' );
