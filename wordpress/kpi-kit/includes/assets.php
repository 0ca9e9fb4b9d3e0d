<?php
/**
 * Loads the kit, one self-contained ES module, on the pages that show a widget, and in the editor.
 *
 * @package kpi-kit
 */

defined( 'ABSPATH' ) || exit;

/** The handle (or module id) of the kit. */
const KPI_KIT_HANDLE = 'kpi-kit';

/**
 * The kit's URL exactly as the page loads it, version included: the editor imports this very URL
 * to reach the engine, so the browser evaluates the module once.
 *
 * @return string
 */
function kpi_kit_module_url() {
	return add_query_arg( 'ver', KPI_KIT_VERSION, KPI_KIT_URL . 'assets/kpi-kit.js' );
}

/**
 * Whether WordPress can load ES modules itself (the script modules API, WordPress 6.5).
 *
 * @return bool
 */
function kpi_kit_has_script_modules() {
	return function_exists( 'wp_enqueue_script_module' );
}

/**
 * Registers the kit once; pages enqueue it only when they show a widget.
 */
function kpi_kit_register_assets() {
	$url = KPI_KIT_URL . 'assets/kpi-kit.js';
	if ( kpi_kit_has_script_modules() ) {
		wp_register_script_module( KPI_KIT_HANDLE, $url, array(), KPI_KIT_VERSION );
	} else {
		// In the footer: a pasted tag is only found while the content renders, after wp_head.
		wp_register_script( KPI_KIT_HANDLE, $url, array(), KPI_KIT_VERSION, true );
	}
}
add_action( 'init', 'kpi_kit_register_assets' );

/**
 * Enqueues the kit for this page. Safe to call any number of times.
 */
function kpi_kit_enqueue() {
	if ( kpi_kit_has_script_modules() ) {
		wp_enqueue_script_module( KPI_KIT_HANDLE );
	} else {
		wp_enqueue_script( KPI_KIT_HANDLE );
	}
}

/**
 * Makes the kit's classic script tag a module tag, for WordPress before the script modules API.
 *
 * @param string $tag    The `<script>` tag WordPress built.
 * @param string $handle The script's handle.
 * @return string
 */
function kpi_kit_module_tag( $tag, $handle ) {
	if ( KPI_KIT_HANDLE !== $handle ) {
		return $tag;
	}
	// Classic themes without html5 script support write type='text/javascript': replace it.
	$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}
add_filter( 'script_loader_tag', 'kpi_kit_module_tag', 10, 2 );

/**
 * Enqueues the kit when the content holds a pasted tag. Blocks and shortcodes enqueue it as
 * they render; this runs after both (do_blocks at 9, do_shortcode at 11).
 *
 * @param string $content The post content as it will be shown.
 * @return string The content, unchanged.
 */
function kpi_kit_enqueue_for_content( $content ) {
	if ( preg_match( '/<(?:' . implode( '|', array_map( 'preg_quote', kpi_kit_tags() ) ) . ')[\s>]/i', $content ) ) {
		kpi_kit_enqueue();
	}
	return $content;
}
add_filter( 'the_content', 'kpi_kit_enqueue_for_content', 20 );

/**
 * The editor: the blocks' script, the data it needs (catalog, attributes, the kit's URL), and the
 * kit itself, so each block's preview is the widget.
 */
function kpi_kit_register_editor_script() {
	wp_register_script(
		'kpi-kit-editor',
		KPI_KIT_URL . 'editor/blocks.js',
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n' ),
		KPI_KIT_VERSION,
		false
	);
	wp_register_style( 'kpi-kit-editor', KPI_KIT_URL . 'editor/blocks.css', array(), KPI_KIT_VERSION );
}
add_action( 'init', 'kpi_kit_register_editor_script' );

/**
 * Hands the editor script its data and loads the kit in the editor.
 */
function kpi_kit_editor_assets() {
	$data = json_decode( (string) file_get_contents( KPI_KIT_DIR . 'generated/editor-data.json' ), true );

	$data['moduleUrl'] = kpi_kit_module_url();
	$data['locale']    = str_replace( '_', '-', get_user_locale() );
	wp_add_inline_script( 'kpi-kit-editor', 'window.kpiKitEditor = ' . wp_json_encode( $data ) . ';', 'before' );
	wp_enqueue_style( 'kpi-kit-editor' );
	kpi_kit_enqueue();
}
add_action( 'enqueue_block_editor_assets', 'kpi_kit_editor_assets' );
