//! The two embed snippets a producer pastes into an article page. Written into `dist/` at
//! build time; every asset URL is `public_url` followed by the file's path. Nothing they load
//! is told the host page's address (`referrerpolicy`).

use crate::pin::HostFiles;
use nato_ip4::data::{CARDS, Kind, STORY};

/// How both iframes of `frame.html` load: when near the screen, sandboxed without the
/// frame's own origin and with scripts only (the widget opens no window and navigates no
/// page: every link in it is to a place inside it), sending no referrer.
const FRAME_ATTRIBUTES: &str =
    r#"loading="lazy" sandbox="allow-scripts" referrerpolicy="no-referrer""#;

/// What every stylesheet and script of the snippets carries.
const NO_REFERRER: &str = r#"referrerpolicy="no-referrer""#;

/// The width an iframe has where nothing sets one (HTML's default, 300 CSS pixels): what a
/// content system that keeps the iframe snippet's iframe but not its stylesheet shows.
pub const BARE_WIDTH: u32 = 300;

/// The iframe's accessible name.
pub const FRAME_TITLE: &str =
    "Explainer: NATO’s four joint initiatives with its Indo-Pacific partners";

/// `<nato-ip4-explainer>` with its light-DOM fallback: the headline, the map's drawing
/// (`map`, SVG markup; the widget keeps it) and the eight card titles, readable without
/// JavaScript, in RSS readers and in print.
///
/// All in one `<div>`: content systems rewrite what is pasted (WordPress's `wpautop` wraps
/// the unknown element's tags in `<p>`, so its end tag is lost and the element would swallow
/// the article after it). The `<div>`'s own end tag closes the element wherever the parser
/// left it open, and `embed.js` tidies what such rewrites leave inside.
///
/// The script is a plain (deferred) module, not `async`: `async` put the widget's work before
/// the host page's first paint (docs/performance.md, "Tried and left out").
pub fn element(public_url: &str, map: &str) -> String {
    let titles: String = CARDS
        .iter()
        .filter(|card| matches!(card.kind, Kind::Initiative | Kind::Partner))
        .map(|card| format!("      <li>{}</li>\n", escape(card.title)))
        .collect();
    format!(
        r#"<div class="nato-ip4-embed">
<link rel="stylesheet" href="{url}embed.css" {NO_REFERRER}>
<nato-ip4-explainer>
  <div class="nato-ip4-fallback nato-ip4-reserve">
    <h2>{headline}</h2>
    {map}
    <ul>
{titles}    </ul>
    <p><a href="{url}index.html">Open the interactive explainer</a></p>
  </div>
</nato-ip4-explainer>
<script type="module" src="{url}embed.js" {NO_REFERRER}></script>
</div>
"#,
        url = escape(public_url),
        headline = escape(STORY.headline),
    )
}

/// A sandboxed iframe of `frame.html`, kept as tall as its content by `frame-host.js`.
///
/// The stylesheet and the script it puts into the host page are `host`'s: pinned, with their
/// integrity, so that the page runs exactly what its producer pasted (`crate::pin`).
///
/// It is a `<figure>`, and its link to the widget page (with the title) is its caption, in a
/// `<noscript>`: content systems that turn a pasted iframe into an embed of their own keep a
/// figure's iframe and caption and nothing else (Ghost does, where a producer pastes the
/// snippet outside an HTML card), and a reader's browser, which runs scripts, shows no caption
/// beside the working frame, while feed readers, which run none, and content systems that
/// strip the iframe and the `<noscript>` (WordPress does, for every author without
/// `unfiltered_html`) keep the link. Where the stylesheet comes along, it hides the caption
/// beside the iframe. `bare_height` is the height without that stylesheet, at the width an
/// iframe has where nothing sets one: all of the closed widget in view.
pub fn iframe(public_url: &str, host: &HostFiles, bare_height: u32) -> String {
    format!(
        r#"<figure class="nato-ip4-frame">
  {css}
  <iframe data-nato-ip4 class="nato-ip4-reserve" src="{url}frame.html" title="{title}" {attributes} height="{bare_height}"></iframe>
  {script}
  <figcaption class="nato-ip4-frame-link"><noscript><a href="{url}index.html">{title}</a></noscript></figcaption>
</figure>
"#,
        css = host_stylesheet(public_url, host),
        script = host_script(public_url, host),
        url = escape(public_url),
        title = escape(FRAME_TITLE),
        attributes = FRAME_ATTRIBUTES,
    )
}

/// The iframe snippet's stylesheet, pinned.
pub fn host_stylesheet(public_url: &str, host: &HostFiles) -> String {
    format!(
        r#"<link rel="stylesheet" href="{url}{path}" integrity="{integrity}" crossorigin="anonymous" {NO_REFERRER}>"#,
        url = escape(public_url),
        path = escape(&host.css.path),
        integrity = host.css.integrity,
    )
}

/// The iframe snippet's host script, pinned.
pub fn host_script(public_url: &str, host: &HostFiles) -> String {
    format!(
        r#"<script type="module" src="{url}{path}" integrity="{integrity}" crossorigin="anonymous" {NO_REFERRER}></script>"#,
        url = escape(public_url),
        path = escape(&host.script.path),
        integrity = host.script.integrity,
    )
}

/// The `html` of `oembed.json`, one answer for the content systems that embed by URL:
///
/// - WordPress keeps only a blockquote and an iframe of what it discovers (`a[href]`, the
///   iframe's `src`, `width`, `height`, `title`, …): a blockquote linking to the widget page,
///   shown until the frame speaks WordPress's host protocol (`frame.js`), then the iframe;
/// - Ghost keeps all of it, as the iframe snippet is: the pinned stylesheet (which hides the
///   blockquote beside the iframe and reserves its height) and `frame-host.js` (which keeps it
///   as tall as its content), in a figure.
///
/// The width is `100%`, so the frame fills its column at any width; a width in pixels would
/// also make WordPress's block editor give it a fixed aspect ratio (`wp-has-aspect-ratio`),
/// whose CSS overrides the height the frame asks for.
pub fn oembed_html(public_url: &str, height: u32, host: &HostFiles) -> String {
    format!(
        r#"<figure class="nato-ip4-frame">{css}<blockquote class="nato-ip4-frame-link"><a href="{url}index.html">{title}</a></blockquote><iframe data-nato-ip4 class="nato-ip4-reserve" src="{url}frame.html" width="100%" height="{height}" title="{title}" frameborder="0" {attributes}></iframe>{script}</figure>"#,
        css = host_stylesheet(public_url, host),
        script = host_script(public_url, host),
        url = escape(public_url),
        title = escape(FRAME_TITLE),
        attributes = FRAME_ATTRIBUTES,
    )
}

/// Escapes text for HTML content and quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host() -> HostFiles {
        let mut host = HostFiles::unpinned(b"css", b"js");
        host.script.path = "v/0123456789/frame-host.js".to_owned();
        host
    }

    #[test]
    fn the_element_snippet_carries_the_headline_and_eight_titles_as_fallback() {
        let snippet = element("https://cdn.example.org/ip4/", "<svg></svg>");
        assert!(snippet.contains(&format!("<h2>{}</h2>", STORY.headline)));
        assert_eq!(snippet.matches("<li>").count(), 8);
        for title in ["Ukraine", "Cybersecurity", "South Korea", "New Zealand"] {
            assert!(snippet.contains(&format!("<li>{title}</li>")), "{title}");
        }
    }

    #[test]
    fn every_asset_url_starts_with_the_public_url() {
        let url = "https://cdn.example.org/ip4/";
        for snippet in [element(url, "<svg></svg>"), iframe(url, &host(), 1648)] {
            for attr in ["href=\"", "src=\""] {
                for (at, _) in snippet.match_indices(attr) {
                    let value = &snippet[at + attr.len()..];
                    assert!(value.starts_with(url), "{}", &value[..40.min(value.len())]);
                }
            }
        }
    }

    #[test]
    fn snippets_have_no_inline_script_or_style_and_send_no_referrer() {
        for snippet in [element("./", "<svg></svg>"), iframe("./", &host(), 1648)] {
            let inline_style = snippet.split_whitespace().any(|w| w.starts_with("style"));
            assert!(!inline_style, "{snippet}");
            assert!(!snippet.contains("<style"), "{snippet}");
            assert_eq!(
                snippet.matches("<script").count(),
                snippet.matches("<script type=\"module\" src=").count()
            );
            let loads = snippet.matches("<script").count() + snippet.matches("<link").count();
            assert_eq!(loads, 2, "{snippet}");
            let quiet = snippet.matches(r#"referrerpolicy="no-referrer""#).count();
            assert_eq!(
                quiet,
                loads + snippet.matches("<iframe").count(),
                "{snippet}"
            );
        }
    }

    #[test]
    fn the_iframe_snippet_pins_what_it_puts_into_the_host_page() {
        let snippet = iframe("https://cdn.example.org/ip4/", &host(), 1648);
        let pinned = host();
        for file in [&pinned.css, &pinned.script] {
            assert!(
                snippet.contains(&format!(
                    r#"https://cdn.example.org/ip4/{}" integrity="{}" crossorigin="anonymous""#,
                    file.path, file.integrity
                )),
                "{snippet}"
            );
        }
    }

    #[test]
    fn the_iframe_is_titled_lazy_and_sandboxed_with_scripts_only() {
        let snippet = iframe("./", &host(), 1648);
        assert!(snippet.contains(&format!("title=\"{FRAME_TITLE}\"")));
        assert!(snippet.contains("loading=\"lazy\""));
        assert!(snippet.contains("sandbox=\"allow-scripts\""));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape(r#"<a href="x">&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"
        );
    }
}
