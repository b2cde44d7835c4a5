//! oEmbed (oembed.com), so that a content system that embeds by URL can take the widget
//! page's address as it is: `oembed.json` (type `rich`, the iframe snippet as `html`), and the
//! discovery link the widget page carries. Both need absolute URLs, so they are written only
//! when `PUBLIC_URL` is one.

use crate::snippets::escape;
use serde_json::json;

/// The oEmbed width offered: the iframe fills its column, this is a common article column.
pub const WIDTH: u32 = 640;

/// `oembed.json`, for the absolute `public_url` on `host`.
pub fn document(public_url: &str, host: &str, iframe: &str, title: &str, height: u32) -> String {
    let document = json!({
        "type": "rich",
        "version": "1.0",
        "title": title,
        "provider_name": host,
        "provider_url": public_url,
        "html": iframe,
        "width": WIDTH,
        "height": height,
    });
    serde_json::to_string_pretty(&document).expect("JSON of strings and numbers")
}

/// The discovery link for the widget page's head.
pub fn link(public_url: &str, title: &str) -> String {
    format!(
        r#"<link rel="alternate" type="application/json+oembed" href="{}oembed.json" title="{}">"#,
        escape(public_url),
        escape(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_absolute_public_url_gets_an_oembed_document_with_the_iframe() {
        let url = "https://cdn.example.org/ip4/";
        let text = document(
            url,
            "cdn.example.org",
            "<iframe src=\"x\"></iframe>",
            "A title",
            900,
        );
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["type"], "rich");
        assert_eq!(value["version"], "1.0");
        assert_eq!(value["html"], "<iframe src=\"x\"></iframe>");
        assert_eq!(
            (value["width"].as_u64(), value["height"].as_u64()),
            (Some(640), Some(900))
        );
        assert_eq!(value["title"], "A title");
        assert_eq!(value["provider_name"], "cdn.example.org");
        assert!(link(url, "A title").contains(r#"href="https://cdn.example.org/ip4/oembed.json""#));
    }
}
