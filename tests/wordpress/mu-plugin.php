<?php
/**
 * Test-only: lets WordPress fetch the widget's test address (a loopback address on another
 * port), as it fetches any public https host. The shipped plugin never does this.
 */
add_filter('http_request_host_is_external', function ($external, $host) {
    return $external || $host === '127.0.0.1';
}, 10, 2);
add_filter('http_allowed_safe_ports', function ($ports) {
    $ports[] = 4173;
    return $ports;
});
