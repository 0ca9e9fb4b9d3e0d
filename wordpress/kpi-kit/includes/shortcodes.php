<?php
/**
 * Shortcodes for editors without blocks: `[kpi_card kpi="roas" revenue="12000" spend="3000"]`.
 * Attributes are the element's own (kebab-case, as in HTML); anything else is dropped.
 *
 * @package kpi-kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers `[kpi_card]`, `[kpi_trend]`, `[funnel_ratio]` and `[goal_gauge]`.
 */
function kpi_kit_register_shortcodes() {
	foreach ( kpi_kit_tags() as $tag ) {
		add_shortcode(
			str_replace( '-', '_', $tag ),
			static function ( $atts, $content = '' ) use ( $tag ) {
				return kpi_kit_render_shortcode( $tag, $atts, $content );
			}
		);
	}
}
add_action( 'init', 'kpi_kit_register_shortcodes' );

/**
 * A shortcode's element. A bare word (`[kpi_card benchmark]`) turns a presence attribute on,
 * and `benchmark="false"` (or no, 0, off) leaves it off, as authors expect, unlike HTML.
 * Enclosed content (a funnel's `<ol>` of stages) is kept as far as kses allows it in a post.
 *
 * @param string       $tag     The element's tag name.
 * @param array|string $atts    The shortcode's attributes ('' when it has none).
 * @param string|null  $content Enclosed content, if any.
 * @return string
 */
function kpi_kit_render_shortcode( $tag, $atts, $content ) {
	$attributes = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			$attributes[ strtolower( $value ) ] = true;
		} elseif ( kpi_kit_is_boolean_attribute( $tag, $name ) ) {
			$attributes[ $name ] = ! in_array( strtolower( trim( $value ) ), array( 'false', 'no', '0', 'off' ), true );
		} else {
			$attributes[ $name ] = $value;
		}
	}
	$inner = null === $content || '' === $content ? '' : wp_kses_post( do_shortcode( $content ) );
	return kpi_kit_element_html( $tag, $attributes, $inner );
}
