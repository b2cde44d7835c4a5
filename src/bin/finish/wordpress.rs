//! `wordpress/nato-ip4-explainer.php`: a one-file WordPress plugin for one deployment. It
//! makes a URL paste of the widget page (or its folder) embed our own iframe snippet, whole
//! and uncapped, with `frame-host.js` (WordPress would otherwise filter a discovered embed
//! down to a sandboxed iframe it caps at 1000 px), and adds the shortcode
//! `[nato-ip4 view="people" card="japan" theme="dark"]` for the custom element.
//!
//! The URL paste is an embed handler (`wp_embed_register_handler`): WordPress renders it
//! without fetching anything, in posts, in the block editor's preview and for any role. The
//! deployment is also registered as an oEmbed provider (`wp_oembed_add_provider`), so that
//! code calling `wp_oembed_get()` trusts `oembed.json` as it is.

/// What marks the end of a PHP nowdoc holding a snippet; no snippet line may start with it.
const END: &str = "NATO_IP4_SNIPPET";

/// The plugin's PHP source, for an absolute `public_url` (it ends with `/`).
pub fn plugin(
    public_url: &str,
    iframe: &str,
    element: &str,
    version: &str,
) -> Result<String, String> {
    for snippet in [iframe, element] {
        if snippet
            .lines()
            .any(|line| line.trim_start().starts_with(END))
        {
            return Err(format!(
                "a snippet has a line starting with {END}, the plugin's nowdoc marker"
            ));
        }
    }
    // One line: in the Classic editor an embed is put in before `wpautop`, which would add
    // `<br>` after each line of a multi-line snippet.
    let iframe: String = iframe.lines().map(str::trim).collect();
    let frame = format!("{public_url}frame.html");
    if iframe.matches(&format!("src=\"{frame}\"")).count() != 1 {
        return Err(format!(
            "the iframe snippet does not load {frame} exactly once"
        ));
    }
    let iframe = iframe.replace(&format!("src=\"{frame}\""), "src=\"{src}\"");
    Ok(format!(
        r#"<?php
/**
 * Plugin Name: NATO Indo-Pacific explainer
 * Description: Embeds the interactive explainer served from {url_comment} Paste its address on a line of its own (any role, block or Classic editor), or write the shortcode [nato-ip4] with view, card and theme, e.g. [nato-ip4 view="people" card="japan" theme="dark"].
 * Version: {version}
 * Requires at least: 5.9
 * Requires PHP: 7.4
 * License: MIT OR Apache-2.0
 *
 * Written by `make dist` for this deployment (PUBLIC_URL). See the explainer's README,
 * "Embedding in WordPress".
 */

defined( 'ABSPATH' ) || exit;

/** Where the explainer is deployed. */
const NATO_IP4_URL = '{url_php}';

/** The widget page or its folder, with or without a query or fragment. */
const NATO_IP4_PATTERN = '#^{url_regex}(?:index\.html)?(?:[?\#].*)?$#i';

/** The options the explainer takes, from a shortcode or a pasted address's query. */
const NATO_IP4_OPTIONS = array( 'theme', 'view', 'card' );

/** The iframe snippet, on one line; {{src}} stands for the frame's address. */
const NATO_IP4_IFRAME = <<<'{END}'
{iframe}
{END};

/** The element snippet; the shortcode adds its options to <nato-ip4-explainer>. */
const NATO_IP4_ELEMENT = <<<'{END}'
{element}
{END};

/**
 * The explainer's options among `$given`, as strings. Their values are checked by the
 * explainer itself, which names a bad one in the browser's console and keeps its default.
 *
 * @param array $given Shortcode attributes or query parameters.
 * @return array<string, string>
 */
function nato_ip4_options( $given ) {{
	$options = array();
	foreach ( NATO_IP4_OPTIONS as $name ) {{
		if ( isset( $given[ $name ] ) && is_scalar( $given[ $name ] ) && '' !== (string) $given[ $name ] ) {{
			$options[ $name ] = (string) $given[ $name ];
		}}
	}}
	return $options;
}}

/**
 * A pasted address of the widget page: the iframe snippet, with the address's options.
 *
 * @param array  $matches The pattern's matches.
 * @param array  $attr    Embed attributes.
 * @param string $url     The pasted address.
 * @return string
 */
function nato_ip4_embed( $matches, $attr, $url ) {{
	$query = array();
	$given = wp_parse_url( $url, PHP_URL_QUERY );
	if ( is_string( $given ) ) {{
		wp_parse_str( $given, $query );
	}}
	$src = add_query_arg( array_map( 'rawurlencode', nato_ip4_options( $query ) ), NATO_IP4_URL . 'frame.html' );
	return str_replace( '{{src}}', esc_url( $src ), NATO_IP4_IFRAME );
}}

/**
 * [nato-ip4 view="people" card="japan" theme="dark"]: the custom element.
 *
 * @param array|string $attributes The shortcode's attributes ('' when it has none).
 * @return string
 */
function nato_ip4_shortcode( $attributes ) {{
	$html = '';
	foreach ( nato_ip4_options( is_array( $attributes ) ? $attributes : array() ) as $name => $value ) {{
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}}
	return str_replace( '<nato-ip4-explainer>', '<nato-ip4-explainer' . $html . '>', NATO_IP4_ELEMENT );
}}

wp_embed_register_handler( 'nato-ip4', NATO_IP4_PATTERN, 'nato_ip4_embed' );
wp_oembed_add_provider( NATO_IP4_PATTERN, NATO_IP4_URL . 'oembed.json', true );
add_shortcode( 'nato-ip4', 'nato_ip4_shortcode' );
"#,
        url_comment = public_url.replace("*/", "*\\/"),
        url_php = public_url.replace('\\', "\\\\").replace('\'', "\\'"),
        url_regex = regex_quote(public_url).replace('\'', "\\'"),
        element = element.trim_end(),
    ))
}

/// `text` as a PCRE pattern matching it literally, with `#` as the delimiter.
fn regex_quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if ".\\+*?[^]$(){}=!<>|-#".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://cdn.example.org/ip4/";

    fn php() -> String {
        let iframe = nato_ip4::snippets::iframe(URL);
        let element = nato_ip4::snippets::element(URL, "<svg></svg>");
        plugin(URL, &iframe, &element, "abc123").unwrap()
    }

    #[test]
    fn the_plugin_registers_the_deployment_and_the_shortcode() {
        let php = php();
        assert!(php.starts_with("<?php\n/**\n * Plugin Name: "), "{php}");
        assert!(php.contains("const NATO_IP4_URL = 'https://cdn.example.org/ip4/';"));
        assert!(
            php.contains(r"'#^https://cdn\.example\.org/ip4/(?:index\.html)?"),
            "{php}"
        );
        assert!(php.contains("wp_embed_register_handler( 'nato-ip4', NATO_IP4_PATTERN"));
        assert!(php.contains("add_shortcode( 'nato-ip4', 'nato_ip4_shortcode' )"));
        assert!(php.contains("Version: abc123"));
    }

    #[test]
    fn the_iframe_is_one_line_with_a_placeholder_for_its_address() {
        let php = php();
        let iframe = php.split("<<<'NATO_IP4_SNIPPET'\n").nth(1).unwrap();
        let iframe = iframe.split("\nNATO_IP4_SNIPPET;").next().unwrap();
        assert!(!iframe.contains('\n'), "{iframe}");
        assert_eq!(iframe.matches("src=\"{src}\"").count(), 1, "{iframe}");
        assert!(iframe.contains("frame-host.js"), "{iframe}");
    }

    #[test]
    fn a_snippet_line_that_would_end_the_nowdoc_is_an_error() {
        let error = plugin(
            URL,
            "<iframe src=\"https://cdn.example.org/ip4/frame.html\">",
            "NATO_IP4_SNIPPET;",
            "x",
        )
        .unwrap_err();
        assert!(error.contains("nowdoc marker"), "{error}");
    }
}
