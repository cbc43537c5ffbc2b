<?php
/**
 * Settings → Osallisuus: site-wide defaults that a block or shortcode can still override.
 *
 * @package osallisuus
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings: option key => label, help. A key "tag:attribute" is for that tag only.
 *
 * @return array<string, array{0: string, 1: string}>
 */
function osallisuus_setting_fields() {
	return array(
		'osa-feedback:endpoint'     => array( __( 'Feedback endpoint', 'osallisuus' ), __( 'Where feedback forms send, e.g. https://palaute.example.fi/api/feedback.', 'osallisuus' ) ),
		'osa-panel-signup:endpoint' => array( __( 'Panel sign-up endpoint', 'osallisuus' ), __( 'Where panel applications are sent.', 'osallisuus' ) ),
		'privacy-url'               => array( __( 'Privacy notice URL', 'osallisuus' ), __( 'Your privacy notice, linked from the forms.', 'osallisuus' ) ),
		'theme'                     => array( __( 'Theme', 'osallisuus' ), __( 'auto (follows the reader\'s device), light, dark or high-contrast.', 'osallisuus' ) ),
	);
}

/** Registers the option and the page. */
function osallisuus_settings_init() {
	register_setting(
		'osallisuus',
		'osallisuus',
		array(
			'type'              => 'object',
			'default'           => array(),
			'sanitize_callback' => 'osallisuus_sanitize_settings',
		)
	);
	add_settings_section( 'osallisuus_defaults', __( 'Defaults for every page', 'osallisuus' ), '__return_false', 'osallisuus' );
	foreach ( osallisuus_setting_fields() as $key => $field ) {
		add_settings_field(
			'osallisuus-' . sanitize_key( str_replace( ':', '-', $key ) ),
			$field[0],
			'osallisuus_setting_input',
			'osallisuus',
			'osallisuus_defaults',
			array(
				'key'       => $key,
				'help'      => $field[1],
				'label_for' => 'osallisuus-' . sanitize_key( str_replace( ':', '-', $key ) ),
			)
		);
	}
}
add_action( 'admin_init', 'osallisuus_settings_init' );

/**
 * Whether the user may choose where forms send (the endpoints here, which authors may then use
 * too): a user who may post unfiltered HTML, or an administrator of a single site. A site
 * administrator on a multisite may not (only super admins may post unfiltered HTML there), as in
 * content (see osallisuus_address_allowed). A change without a user (WP-CLI) may.
 *
 * @return bool
 */
function osallisuus_may_choose_endpoints() {
	return ! get_current_user_id() || current_user_can( 'unfiltered_html' ) || ( ! is_multisite() && current_user_can( 'manage_options' ) );
}

/**
 * Keeps only known keys; URLs must be http(s) or relative; the theme one of four words. Endpoints
 * stay as they were when the user may not choose them.
 *
 * @param mixed $input The submitted values.
 * @return array<string, string>
 */
function osallisuus_sanitize_settings( $input ) {
	$clean = array();
	$old   = get_option( 'osallisuus', array() );
	$keep  = ! osallisuus_may_choose_endpoints();
	foreach ( array_keys( osallisuus_setting_fields() ) as $key ) {
		$value = isset( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
		if ( $keep && osallisuus_is_endpoint_key( $key ) ) {
			$value = is_array( $old ) && isset( $old[ $key ] ) && is_string( $old[ $key ] ) ? $old[ $key ] : '';
		} elseif ( 'theme' === $key ) {
			$value = in_array( $value, array( 'auto', 'light', 'dark', 'high-contrast' ), true ) ? $value : '';
		} elseif ( '' !== $value ) {
			$value = esc_url_raw( $value, array( 'http', 'https' ) );
		}
		$clean[ $key ] = $value;
	}
	return $clean;
}

/**
 * One text field.
 *
 * @param array $args key, help, label_for.
 */
function osallisuus_setting_input( $args ) {
	$options = get_option( 'osallisuus', array() );
	$value   = is_array( $options ) && isset( $options[ $args['key'] ] ) ? $options[ $args['key'] ] : '';
	$fixed   = osallisuus_is_endpoint_key( $args['key'] ) && ! osallisuus_may_choose_endpoints();
	printf(
		'<input type="text" class="regular-text" id="%1$s" name="osallisuus[%2$s]" value="%3$s" aria-describedby="%1$s-help"%5$s><p class="description" id="%1$s-help">%4$s</p>',
		esc_attr( $args['label_for'] ),
		esc_attr( $args['key'] ),
		esc_attr( $value ),
		esc_html( $fixed ? $args['help'] . ' ' . __( 'Only a network administrator can change where data is sent.', 'osallisuus' ) : $args['help'] ),
		$fixed ? ' readonly' : ''
	);
}

/** Settings → Osallisuus, for administrators. */
function osallisuus_settings_menu() {
	add_options_page( 'Osallisuus', 'Osallisuus', 'manage_options', 'osallisuus', 'osallisuus_settings_page' );
}
add_action( 'admin_menu', 'osallisuus_settings_menu' );

/** The page. */
function osallisuus_settings_page() {
	echo '<div class="wrap"><h1>' . esc_html__( 'Osallisuus', 'osallisuus' ) . '</h1><form method="post" action="options.php">';
	settings_fields( 'osallisuus' );
	do_settings_sections( 'osallisuus' );
	submit_button();
	echo '</form></div>';
}
