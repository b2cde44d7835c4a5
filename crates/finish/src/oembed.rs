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

/// The height the embed snippets reserve at a width, from the table `make reserve` wrote
/// into `static/embed.css`: each rule is `calc(<rest>px + min(100cqi - <padding>px,
/// <most>em) * <map's height per width>)` (see tools/reserve.mjs), evaluated at `width`
/// with 16 px to the em.
pub fn reserved_height(embed_css: &str, width: u32) -> Option<u32> {
    // The number in `text` after `before` (or at its start, for "") and up to `after`.
    let number = |text: &str, before: &str, after: &str| -> Option<f64> {
        let from = if before.is_empty() {
            text
        } else {
            text.split_once(before)?.1
        };
        from.split_once(after)?.0.trim().parse().ok()
    };
    let mut best = None;
    for rule in embed_css.split("@container nato-ip4 (min-width: ").skip(1) {
        let min = number(rule, "", "px)")?;
        let calc = rule.split("height: calc(").nth(1)?;
        let rest = number(calc, "", "px +")?;
        let padding = number(calc, "100cqi - ", "px")?;
        let most = number(calc, "px,", "em)")?;
        let per_width = number(calc, "em) *", ")")?;
        if min <= f64::from(width) {
            let map = (f64::from(width) - padding).min(most * 16.0) * per_width;
            best = Some((rest + map).ceil() as u32);
        }
    }
    best
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

    #[test]
    fn the_height_comes_from_the_reserve_table() {
        let css = "@container nato-ip4 (min-width: 240px) { .nato-ip4-reserve { height: calc(1000px + min(100cqi - 24px, 34em) * 0.4328125) !important; } }\n\
                   @container nato-ip4 (min-width: 600px) { .nato-ip4-reserve { height: calc(500.5px + min(100cqi - 48px, 34em) * 0.4328125) !important; } }";
        assert_eq!(
            reserved_height(css, 640),
            Some((500.5f64 + 544.0 * 277.0 / 640.0).ceil() as u32)
        );
        assert_eq!(
            reserved_height(css, 300),
            Some((1000.0f64 + 276.0 * 277.0 / 640.0).ceil() as u32)
        );
    }
}
