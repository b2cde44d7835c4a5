<?php
// WordPress's own wpautop (what the Classic editor's content goes through), on standard
// input, for tests that rewrite a snippet as WordPress would. Usage: php autop.php < html
define('ABSPATH', '/usr/share/wordpress/');
function apply_filters($name, $value) {
    return $value;
}
require ABSPATH . 'wp-includes/formatting.php';
echo wpautop(file_get_contents('php://stdin'));
