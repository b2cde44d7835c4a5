<?php
// The test sites' configuration (site.mjs copies it in, with the placeholders filled):
// one WordPress, one database, a table prefix per port.
$port = preg_replace('/[^0-9]/', '', $_SERVER['SERVER_PORT'] ?? '');
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:@SOCKET@');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = "wp{$port}_";
define('WP_HOME', "http://127.0.0.1:$port");
define('WP_SITEURL', "http://127.0.0.1:$port");
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '@DIR@/debug.log');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', '127.0.0.1');
foreach (['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'] as $name) {
    define("{$name}_KEY", "test $name key, never used beyond loopback");
    define("{$name}_SALT", "test $name salt, never used beyond loopback");
}
if (!defined('ABSPATH')) {
    define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
