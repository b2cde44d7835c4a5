<?php
/**
 * Plugin Name: NATO Indo-Pacific explainer
 * Description: Embeds the interactive explainer served from @@url_comment@@ Paste its address on a line of its own (any role, block or Classic editor), or write the shortcode [nato-ip4] with view, card and theme, e.g. [nato-ip4 view="people" card="japan" theme="dark"].
 * Version: @@version@@
 * Requires at least: 5.9
 * Requires PHP: 7.4
 * License: MIT OR Apache-2.0
 *
 * Written by `make dist` for this deployment (PUBLIC_URL). See the explainer's
 * docs/content-systems.md, "WordPress".
 */

defined( 'ABSPATH' ) || exit;

/** Where the explainer is deployed. */
const NATO_IP4_URL = '@@url_php@@';

/** The widget page or its folder, with or without a query or fragment. */
const NATO_IP4_PATTERN = '@@url_regex@@';

/** The options the explainer takes, from a shortcode or a pasted address's query. */
const NATO_IP4_OPTIONS = array( @@options@@ );

/** The iframe snippet, on one line; {src} stands for the frame's address. */
const NATO_IP4_IFRAME = <<<'@@END@@'
@@iframe@@
@@END@@;

/** The element snippet; the shortcode adds its options to <nato-ip4-explainer>. */
const NATO_IP4_ELEMENT = <<<'@@END@@'
@@element@@
@@END@@;

/**
 * The explainer's options among `$given`, as strings. Their values are checked by the
 * explainer itself, which names a bad one in the browser's console and keeps its default.
 *
 * @param array $given Shortcode attributes or query parameters.
 * @return array<string, string>
 */
function nato_ip4_options( $given ) {
	$options = array();
	foreach ( NATO_IP4_OPTIONS as $name ) {
		if ( isset( $given[ $name ] ) && is_scalar( $given[ $name ] ) && '' !== (string) $given[ $name ] ) {
			$options[ $name ] = (string) $given[ $name ];
		}
	}
	return $options;
}

/**
 * A pasted address of the widget page: the iframe snippet, with the address's options.
 *
 * @param array  $matches The pattern's matches.
 * @param array  $attr    Embed attributes.
 * @param string $url     The pasted address.
 * @return string
 */
function nato_ip4_embed( $matches, $attr, $url ) {
	$query = array();
	$given = wp_parse_url( $url, PHP_URL_QUERY );
	if ( is_string( $given ) ) {
		wp_parse_str( $given, $query );
	}
	$src = add_query_arg( array_map( 'rawurlencode', nato_ip4_options( $query ) ), NATO_IP4_URL . 'frame.html' );
	return str_replace( '{src}', esc_url( $src ), NATO_IP4_IFRAME );
}

/**
 * [nato-ip4 view="people" card="japan" theme="dark"]: the custom element.
 *
 * @param array|string $attributes The shortcode's attributes ('' when it has none).
 * @return string
 */
function nato_ip4_shortcode( $attributes ) {
	$html = '';
	foreach ( nato_ip4_options( is_array( $attributes ) ? $attributes : array() ) as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return str_replace( '<nato-ip4-explainer>', '<nato-ip4-explainer' . $html . '>', NATO_IP4_ELEMENT );
}

/**
 * The block editor's preview of a pasted address (`oembed/1.0/proxy`): what readers will get,
 * the embed handler's snippet, rather than what WordPress would discover and filter. Runs
 * after the route's own permission check.
 *
 * @param mixed           $result  A result another plugin gave, or null.
 * @param WP_REST_Request $request The request.
 * @param string          $route   Its route.
 * @return mixed
 */
function nato_ip4_preview( $result, $request, $route ) {
	if ( null !== $result || '/oembed/1.0/proxy' !== $route ) {
		return $result;
	}
	$url = $request->get_param( 'url' );
	if ( ! is_string( $url ) || ! preg_match( NATO_IP4_PATTERN, $url ) ) {
		return $result;
	}
	return (object) array(
		'provider_name' => 'NATO Indo-Pacific explainer',
		'html'          => nato_ip4_embed( array(), array(), $url ),
		'scripts'       => array(),
	);
}

wp_embed_register_handler( 'nato-ip4', NATO_IP4_PATTERN, 'nato_ip4_embed' );
add_filter( 'rest_dispatch_request', 'nato_ip4_preview', 10, 3 );
add_shortcode( 'nato-ip4', 'nato_ip4_shortcode' );
