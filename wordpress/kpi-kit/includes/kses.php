<?php
/**
 * Lets authors without `unfiltered_html` paste the kit's tags: kses keeps the elements and every
 * attribute they accept (generated from the manifest and the catalog), and drops anything else.
 * A `<script type="application/json">` child is still removed: use `src` or a funnel's `<ol>`.
 *
 * @package kpi-kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the kit's elements to the tags allowed in posts.
 *
 * @param array  $tags    Allowed tags => allowed attributes.
 * @param string $context The kses context.
 * @return array
 */
function kpi_kit_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( kpi_kit_tags() as $tag ) {
		$attributes = array_fill_keys( kpi_kit_allowed_attributes( $tag ), true );
		// The global attributes every tag allowed in posts gets (class, id, lang, style, data-*, aria-*).
		$tags[ $tag ] = _wp_add_global_attributes( $attributes );
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'kpi_kit_allowed_html', 10, 2 );
