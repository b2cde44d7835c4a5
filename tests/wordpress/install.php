<?php
// Installs one test site (the database must exist) and prints its users' application
// passwords as JSON. Run by site.mjs: php install.php SITE_DIR PORT
// WordPress's own functions throughout, as its installer and user screens call them.
[, $dir, $port] = $argv;
$_SERVER['HTTP_HOST'] = "127.0.0.1:$port";
$_SERVER['SERVER_PORT'] = $port;
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require $dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$result = wp_install('Newsroom ' . $port, 'admin', 'admin@example.org', false, '', wp_generate_password(24));
switch_theme('twentytwentythree');
$users = ['admin' => $result['user_id']];
foreach (['editor', 'author'] as $role) {
    $users[$role] = wp_insert_user([
        'user_login' => $role,
        'user_pass' => wp_generate_password(24),
        'user_email' => "$role@example.org",
        'role' => $role,
    ]);
}
$credentials = [];
foreach ($users as $name => $id) {
    [$password] = WP_Application_Passwords::create_new_application_password($id, ['name' => 'tests']);
    $credentials[$name] = ['user' => $name, 'password' => $password, 'id' => $id];
}
foreach (array_slice($argv, 3) as $plugin) {
    $activated = activate_plugin($plugin);
    if (is_wp_error($activated)) {
        fwrite(STDERR, $activated->get_error_message() . "\n");
        exit(1);
    }
}
echo json_encode($credentials);
