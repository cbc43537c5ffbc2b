<?php
/**
 * Renders every osallisuus block (block.json: "render": "file:../../block-render.php").
 * WordPress gives $attributes, $content and $block.
 *
 * @package osallisuus
 */

defined( 'ABSPATH' ) || exit;

echo osallisuus_render_block( $attributes, $block ); // phpcs:ignore WordPress.Security.EscapeOutput -- every value is escaped in osallisuus_render().
