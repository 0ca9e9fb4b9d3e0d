<?php
/**
 * Router for `php -S`: Debian keeps wp-content outside the document root (Apache aliases it), so
 * its files, and the test's data files, are served from their real folders here.
 *
 * @package kpi-kit
 */

$kpi_kit_path  = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$kpi_kit_roots = array(
	'/wp-content/'        => '/var/lib/wordpress/wp-content/',
	'/kpi-kit-fixtures/' => getenv( 'KPI_KIT_FIXTURES' ) . '/',
);
$kpi_kit_types = array(
	'js'   => 'text/javascript',
	'css'  => 'text/css',
	'csv'  => 'text/csv',
	'json' => 'application/json',
	'svg'  => 'image/svg+xml',
	'png'  => 'image/png',
	'woff2' => 'font/woff2',
);
foreach ( $kpi_kit_roots as $kpi_kit_prefix => $kpi_kit_root ) {
	if ( 0 !== strpos( $kpi_kit_path, $kpi_kit_prefix ) || false !== strpos( $kpi_kit_path, '..' ) ) {
		continue;
	}
	$kpi_kit_file = $kpi_kit_root . substr( $kpi_kit_path, strlen( $kpi_kit_prefix ) );
	if ( ! is_file( $kpi_kit_file ) ) {
		http_response_code( 404 );
		return true;
	}
	$kpi_kit_ext = strtolower( pathinfo( $kpi_kit_file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( $kpi_kit_types[ $kpi_kit_ext ] ?? 'application/octet-stream' ) );
	readfile( $kpi_kit_file );
	return true;
}
// A file or folder of the document root is the built-in server's; anything else is WordPress's,
// as Apache's rewrite rules would have it (the server itself answers 404 for `/favicon.ico`).
if ( file_exists( $_SERVER['DOCUMENT_ROOT'] . $kpi_kit_path ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
