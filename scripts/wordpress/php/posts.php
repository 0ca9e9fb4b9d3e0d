<?php
/**
 * Saves posts as the Author, who lacks unfiltered_html, so kses filters them as it would that
 * author's: wp_set_current_user() turns kses on for the user, then wp_insert_post() runs it.
 * Usage: php posts.php <host:port> <posts.json>, where the file holds [{ title, content }].
 * Prints what WordPress saved and where each post is, as JSON.
 *
 * @package kpi-kit
 */

$_SERVER['HTTP_HOST']   = $argv[1];
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';

$kpi_kit_author = get_user_by( 'login', 'author' );
wp_set_current_user( $kpi_kit_author->ID );
$kpi_kit_saved = array();
foreach ( json_decode( file_get_contents( $argv[2] ), true ) as $kpi_kit_post ) {
	$kpi_kit_id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $kpi_kit_post['title'],
				'post_content' => $kpi_kit_post['content'],
				'post_status'  => 'publish',
			)
		),
		true
	);
	if ( is_wp_error( $kpi_kit_id ) ) {
		fwrite( STDERR, $kpi_kit_id->get_error_message() . "\n" );
		exit( 1 );
	}
	$kpi_kit_saved[] = array(
		'id'      => $kpi_kit_id,
		'url'     => get_permalink( $kpi_kit_id ),
		'content' => get_post_field( 'post_content', $kpi_kit_id, 'raw' ),
	);
}
echo wp_json_encode(
	array(
		'unfilteredHtml' => current_user_can( 'unfiltered_html' ),
		'posts'          => $kpi_kit_saved,
	)
), "\n";
