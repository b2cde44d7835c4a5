//! `PUBLIC_URL`, where `dist/` is served, which every snippet, `oembed.json` and the WordPress
//! plugin are written for. Checked before the build starts (trunk's pre-build hook runs the
//! finisher with `--check-public-url`): an address that is not a folder, or that would need
//! escaping to be written into HTML, PHP or a pattern, stops the build with what to write
//! instead.

/// What `PUBLIC_URL` is, once checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublicUrl {
    /// `http://…/` or `https://…/`: snippets, oEmbed and the plugin can name it.
    Absolute { url: String, host: String },
    /// A path ending in `/` (`./`, `/news/ip4/`): snippets only.
    Relative(String),
}

impl PublicUrl {
    pub fn as_str(&self) -> &str {
        match self {
            PublicUrl::Absolute { url, .. } | PublicUrl::Relative(url) => url,
        }
    }

    /// `scheme://host`, for an absolute one.
    pub fn origin(&self) -> Option<String> {
        match self {
            PublicUrl::Absolute { url, host } => {
                Some(format!("{}://{host}", url.split_once("://")?.0))
            }
            PublicUrl::Relative(_) => None,
        }
    }
}

/// Characters an address may not hold as they are, and how to write each.
const ENCODE: [(char, &str); 10] = [
    ('"', "%22"),
    ('<', "%3C"),
    ('>', "%3E"),
    ('\\', "%5C"),
    ('`', "%60"),
    ('{', "%7B"),
    ('}', "%7D"),
    ('|', "%7C"),
    ('^', "%5E"),
    (' ', "%20"),
];

/// Checks `value` (`PUBLIC_URL`, `./` when unset).
pub fn check(value: &str) -> Result<PublicUrl, String> {
    let wrong = |what: &str, instead: String| {
        Err(format!(
            "PUBLIC_URL \"{value}\" {what}; write {instead} (where dist/ will be served: \
             https://…/, or a path ending in /, such as ./)"
        ))
    };
    if value.is_empty() {
        return wrong("is empty", "./".to_owned());
    }
    if let Some((c, code)) = ENCODE.iter().find(|(c, _)| value.contains(*c)) {
        return wrong(
            &format!("holds {c:?}, which an address holds only encoded"),
            format!("\"{}\"", value.replace(*c, code)),
        );
    }
    if let Some(c) = value.chars().find(|c| c.is_control() || !c.is_ascii()) {
        return wrong(
            &format!("holds {c:?}"),
            "it percent-encoded (%XX), the host in punycode".to_owned(),
        );
    }
    if let Some(at) = value.find(['?', '#']) {
        return wrong(
            "has a query or fragment, which a folder's address cannot carry",
            format!("\"{}\"", &value[..at]),
        );
    }
    let bytes = value.as_bytes();
    for (at, _) in value.match_indices('%') {
        let hex = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_hexdigit);
        if !(hex(at + 1) && hex(at + 2)) {
            return wrong(
                "has a % that starts no %XX",
                format!("\"{}\"", value.replacen('%', "%25", 1)),
            );
        }
    }
    if !value.ends_with('/') {
        return wrong(
            "does not end with /, so file names would be added to its last part",
            format!("\"{value}/\""),
        );
    }
    if value.starts_with("//") {
        return wrong("leaves out the scheme", format!("\"https:{value}\""));
    }
    let Some((scheme, rest)) = value.split_once("://") else {
        if value.contains(':') && value.find(':') < value.find('/') {
            return wrong(
                "has a scheme other than http or https",
                "\"https://…/\"".to_owned(),
            );
        }
        return Ok(PublicUrl::Relative(value.to_owned()));
    };
    if !matches!(scheme, "http" | "https") {
        return wrong(
            &format!("has the scheme {scheme:?}"),
            format!("\"https://{rest}\""),
        );
    }
    let host = rest.split('/').next().unwrap_or_default();
    if !valid_host(host) {
        return wrong(
            &format!("has no host one can write as it is ({host:?})"),
            "\"https://cdn.example.org/ip4/\"".to_owned(),
        );
    }
    Ok(PublicUrl::Absolute {
        url: value.to_owned(),
        host: host.to_owned(),
    })
}

/// A host name (letters, digits, dots and hyphens) or an IPv6 address in brackets, then
/// perhaps a port.
fn valid_host(host: &str) -> bool {
    let (name_ok, port) = match host.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((address, port)) => (
                !address.is_empty() && address.chars().all(|c| c.is_ascii_hexdigit() || c == ':'),
                port,
            ),
            None => return false,
        },
        None => {
            let (name, port) = host.find(':').map_or((host, ""), |at| host.split_at(at));
            let plain = |c: char| c.is_ascii_alphanumeric() || c == '.' || c == '-';
            (!name.is_empty() && name.chars().all(plain), port)
        }
    };
    let port_ok = port.is_empty()
        || port
            .strip_prefix(':')
            .is_some_and(|digits| !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()));
    name_ok && port_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_of_http_and_https_and_relative_paths_pass() {
        for (url, host) in [
            ("https://cdn.example.org/ip4/", "cdn.example.org"),
            ("http://127.0.0.1:4173/news/2024/ip4/", "127.0.0.1:4173"),
            (
                "https://x.example/a&b=c;d+e$f(g)!'h,i*j~k@l%22m%5Cn/",
                "x.example",
            ),
            ("https://[::1]:8080/ip4/", "[::1]:8080"),
        ] {
            assert_eq!(
                check(url),
                Ok(PublicUrl::Absolute {
                    url: url.to_owned(),
                    host: host.to_owned()
                })
            );
        }
        for url in ["./", "/news/ip4/", "../ip4/", "ip4/"] {
            assert_eq!(check(url), Ok(PublicUrl::Relative(url.to_owned())));
        }
    }

    #[test]
    fn anything_else_stops_the_build_with_what_to_write_instead() {
        for (url, says, instead) in [
            (
                "https://cdn.example.org/ip4",
                "does not end with /",
                "\"https://cdn.example.org/ip4/\"",
            ),
            (
                "https://cdn.example.org/a\\b/",
                "holds '\\\\'",
                "\"https://cdn.example.org/a%5Cb/\"",
            ),
            (
                "https://cdn.example.org/a\"b/",
                "holds '\"'",
                "\"https://cdn.example.org/a%22b/\"",
            ),
            (
                "https://cdn.example.org/a b/",
                "holds ' '",
                "\"https://cdn.example.org/a%20b/\"",
            ),
            (
                "https://cdn.example.org/ip4/?v=1",
                "query or fragment",
                "\"https://cdn.example.org/ip4/\"",
            ),
            (
                "https://cdn.example.org/ip4/#x",
                "query or fragment",
                "\"https://cdn.example.org/ip4/\"",
            ),
            (
                "https://cdn.example.org/50%/",
                "starts no %XX",
                "\"https://cdn.example.org/50%25/\"",
            ),
            (
                "//cdn.example.org/ip4/",
                "leaves out the scheme",
                "\"https://cdn.example.org/ip4/\"",
            ),
            (
                "ftp://cdn.example.org/ip4/",
                "scheme \"ftp\"",
                "\"https://cdn.example.org/ip4/\"",
            ),
            (
                "https://bad_host!/ip4/",
                "no host one can write",
                "\"https://cdn.example.org/ip4/\"",
            ),
            (
                "https://café.example/ip4/",
                "holds 'é'",
                "it percent-encoded",
            ),
            ("", "is empty", "./"),
        ] {
            let error = check(url).unwrap_err();
            assert!(error.contains(&format!("PUBLIC_URL \"{url}\"")), "{error}");
            assert!(error.contains(says), "{url}: {error}");
            assert!(
                error.contains(&format!("write {instead}")),
                "{url}: {error}"
            );
        }
    }
}
