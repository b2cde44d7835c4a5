//! `wordpress/nato-ip4-explainer.php`: a one-file WordPress plugin for one deployment. It
//! makes a URL paste of the widget page (or its folder) embed our own iframe snippet, whole
//! and uncapped, with `frame-host.js` (WordPress would otherwise filter a discovered embed
//! down to a sandboxed iframe it caps at 1000 px), and adds the shortcode
//! `[nato-ip4 view="people" card="japan" theme="dark"]` for the custom element.
//!
//! The URL paste is an embed handler (`wp_embed_register_handler`): WordPress renders it
//! without fetching anything, in posts and for any role, and the block editor's preview
//! (`oembed/1.0/proxy`) answers with the same snippet. The plugin registers no oEmbed
//! provider: a trusted provider's HTML would skip WordPress's filtering altogether.

use crate::snippets::escape;
use nato_ip4_types::contract::OPTIONS;

/// What marks the end of a PHP nowdoc holding a snippet; no snippet line may start with it.
const END: &str = "NATO_IP4_SNIPPET";

/// The plugin's PHP source, for an absolute `public_url` (checked: it ends with `/` and holds
/// no character that an address holds only encoded).
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
    let frame = format!("src=\"{}frame.html\"", escape(public_url));
    if iframe.matches(&frame).count() != 1 {
        return Err(format!(
            "the iframe snippet does not load {public_url}frame.html exactly once"
        ));
    }
    let iframe = iframe.replace(&frame, "src=\"{src}\"");
    let options: Vec<String> = OPTIONS.iter().map(|name| format!("'{name}'")).collect();
    fill(
        include_str!("plugin.php"),
        &[
            ("url_comment", &public_url.replace("*/", "*\\/")),
            ("version", version),
            ("url_php", &php_single_quoted(public_url)),
            ("url_regex", &php_single_quoted(&pattern(public_url))),
            ("options", &options.join(", ")),
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

/// The PCRE pattern (delimited by `#`) of a pasted address of the deployment at `public_url`:
/// its scheme and host in any case, its path exactly, then the widget page's name or nothing,
/// then any query or fragment.
fn pattern(public_url: &str) -> String {
    let (scheme, rest) = public_url
        .split_once("://")
        .expect("an absolute PUBLIC_URL has a scheme");
    let at = rest.find('/').unwrap_or(rest.len());
    let (host, path) = rest.split_at(at);
    format!(
        "#^(?i:{}://{}){}(?:index\\.html)?(?:[?\\#].*)?$#",
        regex_quote(scheme),
        regex_quote(host),
        regex_quote(path)
    )
}

/// `text` as a PCRE pattern matching it literally, with `#` as the delimiter: every character
/// but letters, digits and `/` escaped (PCRE takes any other escaped character as itself).
fn regex_quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        if !c.is_ascii_alphanumeric() && c != '/' {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `text` inside a PHP single-quoted string.
fn php_single_quoted(text: &str) -> String {
    text.replace('\\', "\\\\").replace('\'', "\\'")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pin::HostFiles;
    use crate::snippets;
    use std::process::Command;

    const URL: &str = "https://cdn.example.org/ip4/";

    fn php_for(url: &str) -> String {
        let iframe = snippets::iframe(url, &HostFiles::unpinned(b"css", b"js"), 1648);
        let element = snippets::element(url, "<svg></svg>");
        plugin(url, &iframe, &element, "abc123").unwrap()
    }

    #[test]
    fn the_plugin_registers_the_deployment_and_the_shortcode_and_trusts_no_provider() {
        let php = php_for(URL);
        assert!(php.starts_with("<?php\n/**\n * Plugin Name: "), "{php}");
        assert!(php.contains("const NATO_IP4_URL = 'https://cdn.example.org/ip4/';"));
        assert!(
            php.contains(r"'#^(?i:https://cdn\\.example\\.org)/ip4/(?:index\\.html)?"),
            "{php}"
        );
        assert!(php.contains("const NATO_IP4_OPTIONS = array( 'theme', 'view', 'card' );"));
        assert!(php.contains("wp_embed_register_handler( 'nato-ip4', NATO_IP4_PATTERN"));
        assert!(php.contains("add_filter( 'rest_dispatch_request', 'nato_ip4_preview', 10, 3 )"));
        assert!(php.contains("add_shortcode( 'nato-ip4', 'nato_ip4_shortcode' )"));
        assert!(
            !php.contains("wp_oembed_add_provider"),
            "no trusted oEmbed provider"
        );
        assert!(php.contains("Version: abc123"));
    }

    #[test]
    fn the_iframe_is_one_line_with_a_placeholder_for_its_address() {
        let php = php_for(URL);
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

    /// Runs `php` with `args`; fails the test, saying why, if PHP is not there.
    fn php(args: &[&str]) -> String {
        let output = Command::new("php").args(args).output().unwrap_or_else(|e| {
            panic!("php could not run ({e}): make setup-wordpress installs php-cli")
        });
        let text = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(
            output.status.success(),
            "php {args:?}: {text}{}",
            String::from_utf8_lossy(&output.stderr)
        );
        text
    }

    /// The plugin for each deployment, as PHP reads it: it compiles (`php -l`), and its
    /// pattern matches that deployment's addresses and nothing else.
    #[test]
    fn any_valid_address_gives_a_plugin_that_matches_exactly_its_own_deployment() {
        let dir = std::env::temp_dir().join(format!("nato-ip4-plugin-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let driver = dir.join("driver.php");
        std::fs::write(
            &driver,
            "<?php\ndefine('ABSPATH', '/');\nfunction wp_embed_register_handler() {}\n\
             function add_filter() {}\nfunction add_shortcode() {}\nrequire $argv[1];\n\
             $matched = array();\nforeach (array_slice($argv, 2) as $url) { $matched[] = preg_match(NATO_IP4_PATTERN, $url); }\n\
             echo json_encode(array('url' => NATO_IP4_URL, 'matched' => $matched));\n",
        )
        .unwrap();
        for url in [
            URL,
            "http://127.0.0.1:4173/news/2024/ip4/",
            "https://x.example/a&b=c;d+e$f(g)!'h,i*j~k@l%22m%5Cn/ip4/",
            "https://[::1]:8080/x(1)/",
        ] {
            assert!(crate::public_url::check(url).is_ok(), "{url}");
            let file = dir.join("plugin.php");
            std::fs::write(&file, php_for(url)).unwrap();
            let file = file.to_str().unwrap();
            assert!(
                php(&["-l", file]).contains("No syntax errors detected"),
                "{url}"
            );
            let (scheme, rest) = url.split_once("://").unwrap();
            let shouting = format!("{}://{}", scheme.to_uppercase(), {
                let at = rest.find('/').unwrap();
                format!("{}{}", rest[..at].to_uppercase(), &rest[at..])
            });
            let ours = [
                url.to_owned(),
                format!("{url}index.html"),
                format!("{url}?view=people&card=japan"),
                format!("{url}index.html#nato-ip4/japan"),
                shouting,
            ];
            let others = [
                format!("{url}other/"),
                format!("{url}frame.html"),
                url.trim_end_matches('/').to_owned(),
                format!(
                    "{}/",
                    url.trim_end_matches('/')
                        .replace("ip4", "IP4")
                        .replace("x(1)", "X(1)")
                ),
                format!("https://elsewhere.example/{url}"),
            ];
            let args: Vec<&str> = [driver.to_str().unwrap(), file]
                .into_iter()
                .chain(ours.iter().map(String::as_str))
                .chain(others.iter().map(String::as_str))
                .collect();
            let said: serde_json::Value = serde_json::from_str(&php(&args)).unwrap();
            assert_eq!(said["url"], url, "NATO_IP4_URL");
            let expected: Vec<u8> = [1; 5].into_iter().chain([0; 5]).collect();
            let matched: Vec<u8> = said["matched"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m.as_u64().unwrap() as u8)
                .collect();
            assert_eq!(matched, expected, "{url}: {ours:?} then {others:?}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
