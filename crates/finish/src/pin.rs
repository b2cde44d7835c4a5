//! What the iframe snippet loads into a host page, pinned: `frame-host.js` and `embed.css`
//! from a folder named for their own contents (`v/<hash>/`), each with an `integrity`
//! (SHA-384) that the snippet carries. A host page in iframe mode then runs exactly the
//! script its producer pasted, whatever later happens to the widget's host; a release that
//! changes neither file keeps the same folder, so snippets pasted before keep loading it. The
//! files also stay at their stable names, for snippets pasted before they were pinned.

use base64ct::{Base64, Encoding};
use sha2::{Digest, Sha256, Sha384};
use std::fs;
use std::path::Path;

/// The files the iframe snippet loads into the host page, in that order.
pub const HOST_FILES: [&str; 2] = ["embed.css", "frame-host.js"];

/// A file the iframe snippet loads: where (relative to `PUBLIC_URL`), and its integrity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pinned {
    pub path: String,
    pub integrity: String,
}

/// The iframe snippet's stylesheet and host script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostFiles {
    pub css: Pinned,
    pub script: Pinned,
}

impl HostFiles {
    /// The files at their stable names, with the integrity of `css` and `script` (the tests'
    /// snippets, and a debug build, which is never deployed).
    pub fn unpinned(css: &[u8], script: &[u8]) -> HostFiles {
        HostFiles {
            css: Pinned {
                path: HOST_FILES[0].to_owned(),
                integrity: integrity(css),
            },
            script: Pinned {
                path: HOST_FILES[1].to_owned(),
                integrity: integrity(script),
            },
        }
    }
}

/// The integrity attribute's value for `body`: `sha384-` and its digest in base64.
pub fn integrity(body: &[u8]) -> String {
    format!("sha384-{}", Base64::encode_string(&Sha384::digest(body)))
}

/// Copies the host files of `dist` into `v/<hash of both>/` (a release) and returns where
/// they are; for a debug build, leaves them where they are.
pub fn pin(dist: &Path, release: bool) -> Result<HostFiles, String> {
    let read = |name: &str| fs::read(dist.join(name)).map_err(|e| format!("{name}: {e}"));
    let (css, script) = (read(HOST_FILES[0])?, read(HOST_FILES[1])?);
    let mut files = HostFiles::unpinned(&css, &script);
    if !release {
        return Ok(files);
    }
    let mut hasher = Sha256::new();
    for (name, body) in HOST_FILES.iter().zip([&css, &script]) {
        hasher.update(name.as_bytes());
        hasher.update(body);
    }
    let hash: String = hasher.finalize()[..5]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let folder = format!("v/{hash}/");
    fs::create_dir_all(dist.join(&folder)).map_err(|e| format!("{folder}: {e}"))?;
    for (name, body) in HOST_FILES.iter().zip([&css, &script]) {
        fs::write(dist.join(&folder).join(name), body)
            .map_err(|e| format!("{folder}{name}: {e}"))?;
    }
    files.css.path = format!("{folder}{}", HOST_FILES[0]);
    files.script.path = format!("{folder}{}", HOST_FILES[1]);
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_integrity_is_the_sha384_of_the_bytes_in_base64() {
        // `printf abc | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
