<?php
/**
 * Installs WordPress with its default theme, an Author and the plugin, activated.
 * Usage: php install.php <host:port> <admin password>
 *
 * @package kpi-kit
 */

// Debian's wp-config.php picks /etc/wordpress/config-<host>.php by the request's host.
$_SERVER['HTTP_HOST']   = $argv[1];
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

// No mail server here: the welcome mail is not the test's business.
add_filter( 'pre_wp_mail', '__return_true' );

$kpi_kit_install = wp_install( 'kpi-kit test', 'admin', 'admin@example.com', false, '', wp_slash( $argv[2] ), 'en_US' );
$kpi_kit_author  = wp_insert_user(
	array(
		'user_login' => 'author',
		'user_pass'  => wp_generate_password(),
		'user_email' => 'author@example.com',
		'role'       => 'author',
	)
);
if ( is_wp_error( $kpi_kit_author ) ) {
	fwrite( STDERR, $kpi_kit_author->get_error_message() . "\n" );
	exit( 1 );
}
$kpi_kit_activated = activate_plugin( 'kpi-kit/kpi-kit.php' );
if ( is_wp_error( $kpi_kit_activated ) ) {
	fwrite( STDERR, $kpi_kit_activated->get_error_message() . "\n" );
	exit( 1 );
}
echo wp_json_encode(
	array(
		'theme'  => get_stylesheet(),
		'author' => $kpi_kit_author,
		'active' => is_plugin_active( 'kpi-kit/kpi-kit.php' ),
	)
), "\n";
