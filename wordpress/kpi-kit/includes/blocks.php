<?php
/**
 * One dynamic block per element. Post content keeps only the block comment with its attributes;
 * the tag is written on render, so a change to the kit never invalidates a saved block.
 *
 * @package kpi-kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the blocks from their generated block.json files.
 */
function kpi_kit_register_blocks() {
	foreach ( kpi_kit_tags() as $tag ) {
		register_block_type(
			KPI_KIT_DIR . 'generated/blocks/' . $tag,
			array( 'render_callback' => 'kpi_kit_render_block' )
		);
	}
}
add_action( 'init', 'kpi_kit_register_blocks' );

/**
 * Writes a block's element: its attributes, then its KPI inputs (checked against the allow-list
 * like every other attribute), on the element itself with the block's wrapper classes.
 *
 * @param array    $attributes The block's attributes.
 * @param string   $content    Unused: the blocks save nothing but their comment.
 * @param WP_Block $block      The block, for its name.
 * @return string
 */
function kpi_kit_render_block( $attributes, $content, $block ) {
	$tag    = substr( $block->name, strlen( 'kpi-kit/' ) );
	$inputs = isset( $attributes['inputs'] ) && is_array( $attributes['inputs'] ) ? $attributes['inputs'] : array();
	unset( $attributes['inputs'] );
	return kpi_kit_element_html( $tag, array_merge( $inputs, $attributes ), '', get_block_wrapper_attributes() );
}
