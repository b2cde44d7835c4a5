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
    fill(
        include_str!("plugin.php"),
        &[
            ("url_comment", &public_url.replace("*/", "*\\/")),
            ("version", version),
            (
                "url_php",
                &public_url.replace('\\', "\\\\").replace('\'', "\\'"),
            ),
            ("url_regex", &regex_quote(public_url).replace('\'', "\\'")),
            ("END", END),
            ("iframe", &iframe),
            ("element", element.trim_end()),
        ],
    )
}

/// `template` with each `@@name@@` replaced by its value from `values`, in one pass (a value
/// is never read for placeholders). A placeholder without a value is an error.
fn fill(template: &str, values: &[(&str, &str)]) -> Result<String, String> {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("@@") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let end = after
            .find("@@")
            .ok_or_else(|| "plugin.php has an unclosed @@ placeholder".to_owned())?;
        let name = &after[..end];
        let value = values
            .iter()
            .find(|(n, _)| *n == name)
            .ok_or_else(|| format!("plugin.php asks for @@{name}@@, which has no value"))?;
        out.push_str(value.1);
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    Ok(out)
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
