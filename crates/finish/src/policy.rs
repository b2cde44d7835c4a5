//! The Content Security Policy our own pages carry, as a `<meta>` (static hosts differ in how
//! they send headers): scripts, styles, images and requests from the widget's own deployment
//! only, the wasm compiled (`'wasm-unsafe-eval'`), no inline script or style, no `eval`, and
//! Trusted Types required, with no policy allowed (nothing writes HTML strings).

use crate::public_url::PublicUrl;

/// Whether a page may frame anything: the sample article frames `frame.html`.
pub enum Frames {
    None,
    Own,
}

/// The `<meta>` for a page whose resources come from `sources`.
pub fn meta(sources: &str, frames: Frames) -> String {
    let frame_src = match frames {
        Frames::None => String::new(),
        Frames::Own => format!(" frame-src {sources};"),
    };
    format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         script-src {sources} 'wasm-unsafe-eval'; style-src {sources}; img-src {sources}; \
         connect-src {sources};{frame_src} base-uri 'none'; form-action 'none'; \
         require-trusted-types-for 'script'; trusted-types 'none'\">"
    )
}

/// The sources of `frame.html`, which content systems frame in a sandbox without its own
/// origin: there WebKit matches `'self'` against nothing, so the deployment's origin is named
/// too; for a relative `PUBLIC_URL`, which names none, any http(s) origin.
pub fn frame_sources(public_url: &PublicUrl) -> String {
    match public_url.origin() {
        Some(origin) => format!("'self' {origin}"),
        None => "'self' https: http:".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::public_url::check;

    #[test]
    fn the_pages_allow_nothing_inline_and_require_trusted_types() {
        let page = meta("'self'", Frames::None);
        assert!(
            page.contains("script-src 'self' 'wasm-unsafe-eval';"),
            "{page}"
        );
        assert!(
            page.contains("require-trusted-types-for 'script'"),
            "{page}"
        );
        assert!(
            !page.contains("unsafe-inline") && !page.contains("frame-src"),
            "{page}"
        );
        assert!(meta("'self'", Frames::Own).contains("frame-src 'self';"));
    }

    #[test]
    fn the_frame_names_its_deployment_where_it_is_known() {
        let absolute = check("https://cdn.example.org:8443/ip4/").unwrap();
        assert_eq!(
            frame_sources(&absolute),
            "'self' https://cdn.example.org:8443"
        );
        assert_eq!(frame_sources(&check("./").unwrap()), "'self' https: http:");
    }
}
