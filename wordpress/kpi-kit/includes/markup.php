<?php
/**
 * Writes a kit element's tag: the one place blocks and shortcodes turn attributes into HTML.
 *
 * @package kpi-kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The element's HTML: only the attributes it accepts, every value escaped, and the kit enqueued
 * for the page (a block or shortcode may render outside the post content, in a widget area).
 *
 * @param string $tag        The element's tag name, `kpi-card`.
 * @param array  $attributes Attribute name => value; booleans are presence attributes.
 * @param string $inner_html Children, already safe (a funnel's `<ol>` of stages).
 * @param string $extra      Attributes already escaped, such as a block's wrapper classes.
 * @return string
 */
function kpi_kit_element_html( $tag, array $attributes, $inner_html = '', $extra = '' ) {
	$allowed = kpi_kit_allowed_attributes( $tag );
	if ( empty( $allowed ) ) {
		return '';
	}
	$html = '<' . $tag;
	if ( '' !== $extra ) {
		$html .= ' ' . $extra;
	}
	foreach ( $attributes as $name => $value ) {
		$name = strtolower( (string) $name );
		if ( ! in_array( $name, $allowed, true ) ) {
			continue;
		}
		if ( kpi_kit_is_boolean_attribute( $tag, $name ) ) {
			if ( $value ) {
				$html .= ' ' . $name;
			}
			continue;
		}
		if ( is_scalar( $value ) && '' !== trim( (string) $value ) ) {
			$html .= ' ' . $name . '="' . esc_attr( (string) $value ) . '"';
		}
	}
	kpi_kit_enqueue();
	return $html . '>' . $inner_html . '</' . $tag . '>';
}
