<?php
/**
 * Keeps pasted tags whole in classic content. wpautop() knows only HTML's own block elements: it
 * would close a paragraph inside `<funnel-ratio>` before its `<ol>`, so the list would no longer
 * be the element's child. Each tag is swapped for a placeholder before wpautop (priority 10) and
 * put back after it, as core does for shortcodes.
 *
 * @package kpi-kit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The tags taken out of the content being filtered, by placeholder. A stack: a shortcode can
 * filter other content through the_content while the outer content's tags are held.
 *
 * @param array|null $push Tags to hold for the content now being filtered; null to take the last
 *                         held set off the stack.
 * @return array The set taken off the stack (placeholder => the tag's HTML), or the set pushed.
 */
function kpi_kit_autop_stack( $push = null ) {
	static $stack = array();
	if ( null !== $push ) {
		$stack[] = $push;
		return $push;
	}
	return (array) array_pop( $stack );
}

/**
 * Swaps every kit tag (with its children) for a placeholder paragraph.
 *
 * @param string $content The content.
 * @return string
 */
function kpi_kit_autop_hold( $content ) {
	$held    = array();
	$pattern = '#<(' . implode( '|', array_map( 'preg_quote', kpi_kit_tags() ) ) . ')\b[^>]*>.*?</\1>#is';
	$content = preg_replace_callback(
		$pattern,
		static function ( $match ) use ( &$held ) {
			$placeholder          = 'KPI_KIT_TAG_' . count( $held ) . '_' . wp_hash( $match[0] );
			$held[ $placeholder ] = $match[0];
			return "\n\n" . $placeholder . "\n\n";
		},
		$content
	);
	kpi_kit_autop_stack( $held );
	return $content;
}
add_filter( 'the_content', 'kpi_kit_autop_hold', 9 );

/**
 * Puts the tags back, without the paragraph wpautop wrapped around each placeholder.
 *
 * @param string $content The content after wpautop.
 * @return string
 */
function kpi_kit_autop_restore( $content ) {
	foreach ( kpi_kit_autop_stack() as $placeholder => $html ) {
		// A callback, so a `$1` or `\1` in the tag (a price in a label) is not read as a reference.
		$content = preg_replace_callback(
			'#<p>\s*' . $placeholder . '\s*</p>\n?#',
			static function () use ( $html ) {
				return $html;
			},
			$content,
			1,
			$count
		);
		if ( 0 === $count ) {
			$content = str_replace( $placeholder, $html, $content );
		}
	}
	return $content;
}
add_filter( 'the_content', 'kpi_kit_autop_restore', 11 );
