<?php
/**
 * The kit's elements and the attributes each accepts, generated at build time from
 * custom-elements.json and the KPI catalog (generated/elements.php).
 *
 * @package kpi-kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The generated allow-list: `elements` (tag => attributes, booleans, catalog) and `inputs`
 * (every KPI input name and its `previous-` twin).
 *
 * @return array
 */
function kpi_kit_elements_data() {
	static $data = null;
	if ( null === $data ) {
		$data = require KPI_KIT_DIR . 'generated/elements.php';
	}
	return $data;
}

/**
 * Every attribute an element accepts: its own from the manifest and, for the elements that
 * compute a catalog KPI, every KPI input with its `previous-` twin.
 *
 * @param string $tag The element's tag name, `kpi-card`.
 * @return string[] Attribute names; empty for an unknown tag.
 */
function kpi_kit_allowed_attributes( $tag ) {
	$data = kpi_kit_elements_data();
	if ( ! isset( $data['elements'][ $tag ] ) ) {
		return array();
	}
	$element = $data['elements'][ $tag ];
	return $element['catalog'] ? array_merge( $element['attributes'], $data['inputs'] ) : $element['attributes'];
}

/**
 * Whether an attribute of an element is a presence attribute (`benchmark`, `axis`).
 *
 * @param string $tag  The element's tag name.
 * @param string $name The attribute's name.
 * @return bool
 */
function kpi_kit_is_boolean_attribute( $tag, $name ) {
	$data = kpi_kit_elements_data();
	return isset( $data['elements'][ $tag ] ) && in_array( $name, $data['elements'][ $tag ]['booleans'], true );
}

/**
 * The kit's tag names.
 *
 * @return string[]
 */
function kpi_kit_tags() {
	return array_keys( kpi_kit_elements_data()['elements'] );
}
