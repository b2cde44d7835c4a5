//! Release builds, last: a compressed copy beside every file a browser loads from `dist/`,
//! for static hosts that serve such copies as they are (nginx's `gzip_static` and
//! `brotli_static`, Caddy's `precompressed`, Apache with the `.htaccess` the build writes
//! from `static/htaccess`) instead of
//! compressing each response themselves:
//!
//! - `<file>.gz`: gzip made by Zopfli, which any browser reads like any gzip and which is
//!   about 5 % smaller than `gzip -9` (`tests/e2e/deploy.spec.mjs` prints the ratio over the
//!   whole build and holds it under 0.97);
//! - `<file>.br`: brotli at its highest quality, which hosts compressing on the fly rarely
//!   spend the time on.
//!
//! Hosts that compress on the fly, or not at all, ignore them. The originals stay: a host
//! without these rules serves them, and a browser that sends no `Accept-Encoding` gets them.

use std::fs;
use std::num::NonZeroU64;
use std::path::{Path, PathBuf};

/// What browsers load from `dist/` and compresses well; not images already compressed, nor
/// the WordPress plugin (a download for a site's administrator).
const COMPRESSED: [&str; 6] = ["html", "js", "css", "wasm", "svg", "json"];

/// Zopfli's passes over each block: its own default. More passes take the wasm only a few
/// bytes lower, for several times the build's time.
const ZOPFLI_ITERATIONS: u64 = 15;

/// Writes `<file>.gz` and `<file>.br` beside every such file under `dist` but the WordPress
/// plugin's folder. Returns how many files it compressed.
pub fn compress(dist: &Path) -> Result<usize, String> {
    let mut files = Vec::new();
    collect(dist, &mut files)?;
    files.sort();
    for file in &files {
        let body = fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
        write(file, "gz", &gzip(&body))?;
        write(file, "br", &brotli(&body))?;
    }
    Ok(files.len())
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|name| name != "wordpress") {
                collect(&path, files)?;
            }
        } else if path
            .extension()
            .and_then(|ext| ext.to_str())
            .is_some_and(|ext| COMPRESSED.contains(&ext))
        {
            files.push(path);
        }
    }
    Ok(())
}

fn write(file: &Path, ext: &str, body: &[u8]) -> Result<(), String> {
    let mut name = file.as_os_str().to_owned();
    name.push(".");
    name.push(ext);
    fs::write(&name, body).map_err(|e| format!("{}: {e}", Path::new(&name).display()))
}

/// `body` as gzip, by Zopfli.
fn gzip(body: &[u8]) -> Vec<u8> {
    let options = zopfli::Options {
        iteration_count: NonZeroU64::new(ZOPFLI_ITERATIONS).expect("not zero"),
        ..Default::default()
    };
    let mut out = Vec::new();
    zopfli::compress(options, zopfli::Format::Gzip, body, &mut out)
        .expect("compressing in memory cannot fail");
    out
}

/// `body` as brotli, at quality 11 with the largest standard window.
fn brotli(body: &[u8]) -> Vec<u8> {
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 24,
        size_hint: body.len(),
        ..Default::default()
    };
    let mut out = Vec::new();
    let mut input = body;
    brotli::BrotliCompress(&mut input, &mut out, &params)
        .expect("compressing in memory cannot fail");
    out
}
