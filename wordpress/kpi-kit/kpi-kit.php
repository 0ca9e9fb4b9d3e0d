<?php
/**
 * Plugin Name:       KPI Kit
 * Plugin URI:        https://github.com/kpi-kit/kpi-kit
 * Description:       Marketing KPI widgets (card, trend, funnel, goal gauge) that compute ROAS, CAC, conversion rate and more from the raw numbers you type, as blocks, shortcodes or pasted tags.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            kpi-kit contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       kpi-kit
 *
 * The plugin is GPL-2.0-or-later. The kpi-kit web components it ships (assets/kpi-kit.js) are
 * MIT-licensed, which is compatible with the GPL.
 *
 * @package kpi-kit
 */

defined( 'ABSPATH' ) || exit;

define( 'KPI_KIT_VERSION', '0.1.0' );
define( 'KPI_KIT_DIR', plugin_dir_path( __FILE__ ) );
define( 'KPI_KIT_URL', plugin_dir_url( __FILE__ ) );

require_once KPI_KIT_DIR . 'includes/elements.php';
require_once KPI_KIT_DIR . 'includes/markup.php';
require_once KPI_KIT_DIR . 'includes/assets.php';
require_once KPI_KIT_DIR . 'includes/blocks.php';
require_once KPI_KIT_DIR . 'includes/shortcodes.php';
require_once KPI_KIT_DIR . 'includes/kses.php';
require_once KPI_KIT_DIR . 'includes/autop.php';
