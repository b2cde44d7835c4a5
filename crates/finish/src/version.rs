//! Release builds: every asset moves into `v/<hash>/`, the hash being of all their contents,
//! so that a host may cache them for a year (`immutable`): a redeploy writes a new folder,
//! and a reader's cached old code never meets new wasm. The entry points keep their names,
//! so that a snippet pasted last month still works; they are the only files a host must
//! serve with a short cache lifetime, and they refer to the versioned assets.

use sha2::{Digest, Sha256};
use std::fs;
use std::path::Path;

/// Files that keep their names: what readers open and what pasted snippets load.
pub const ENTRY_POINTS: [&str; 7] = [
    "index.html",
    "frame.html",
    "sample.html",
    "embed.js",
    "embed.css",
    "frame-host.js",
    "oembed.json",
];

/// Moves the assets into `v/<hash>/` and points the entry points at them. Returns the folder.
pub fn version(dist: &Path) -> Result<String, String> {
    let mut assets: Vec<String> = fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| !ENTRY_POINTS.contains(&name.as_str()))
        .collect();
    assets.sort();
    let mut hasher = Sha256::new();
    for name in &assets {
        hasher.update(name.as_bytes());
        hasher.update(fs::read(dist.join(name)).map_err(|e| format!("{name}: {e}"))?);
    }
    let hash: String = hasher.finalize()[..5]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let folder = format!("v/{hash}/");
    fs::create_dir_all(dist.join(&folder)).map_err(|e| format!("{folder}: {e}"))?;
    for name in &assets {
        fs::rename(dist.join(name), dist.join(&folder).join(name))
            .map_err(|e| format!("{name}: {e}"))?;
    }

    let mut referred: Vec<&String> = Vec::new();
    for entry in ENTRY_POINTS {
        let path = dist.join(entry);
        let Ok(text) = fs::read_to_string(&path) else {
            continue;
        };
        let (updated, found) = point_at(&text, &assets, &folder, entry.ends_with(".js"));
        referred.extend(found);
        fs::write(&path, updated).map_err(|e| format!("{entry}: {e}"))?;
    }
    // An asset may also be loaded by another one (the Embed panel's script, by boot.js).
    for asset in &assets {
        if asset.ends_with(".js") {
            let text = fs::read_to_string(dist.join(&folder).join(asset)).unwrap_or_default();
            referred.extend(
                assets
                    .iter()
                    .filter(|other| text.contains(&format!("\"{other}\""))),
            );
        }
    }
    let unused: Vec<&String> = assets.iter().filter(|a| !referred.contains(a)).collect();
    if !unused.is_empty() {
        return Err(format!(
            "no entry point refers to {unused:?}; keep it out of dist/"
        ));
    }
    Ok(folder)
}

/// Points every reference to an asset at its versioned folder: attribute values in pages
/// (`href="boot.js"`), string literals in scripts (`"./nato-ip4.js"`, `"explainer.css"`).
/// Returns the text and the assets it refers to.
pub fn point_at<'a>(
    text: &str,
    assets: &'a [String],
    folder: &str,
    script: bool,
) -> (String, Vec<&'a String>) {
    let mut text = text.to_owned();
    let mut found = Vec::new();
    for asset in assets {
        let forms: Vec<(String, String)> = if script {
            vec![
                (format!("\"./{asset}\""), format!("\"./{folder}{asset}\"")),
                (format!("\"{asset}\""), format!("\"{folder}{asset}\"")),
            ]
        } else {
            vec![(format!("=\"{asset}\""), format!("=\"{folder}{asset}\""))]
        };
        for (from, to) in forms {
            if text.contains(&from) {
                text = text.replace(&from, &to);
                if !found.contains(&asset) {
                    found.push(asset);
                }
            }
        }
    }
    (text, found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_scripts_are_pointed_at_the_versioned_assets_and_nothing_else() {
        let assets = [
            "boot.js".to_owned(),
            "explainer.css".to_owned(),
            "nato-ip4.js".to_owned(),
        ];
        let page =
            r#"<link href="explainer.css"><script src="boot.js"></script><a href="index.html">"#;
        let (page, found) = point_at(page, &assets, "v/abc/", false);
        assert_eq!(
            page,
            r#"<link href="v/abc/explainer.css"><script src="v/abc/boot.js"></script><a href="index.html">"#
        );
        assert_eq!(found, [&assets[0], &assets[1]]);
        let script = r#"import("./nato-ip4.js");new URL("explainer.css",import.meta.url);"#;
        let (script, _) = point_at(script, &assets, "v/abc/", true);
        assert_eq!(
            script,
            r#"import("./v/abc/nato-ip4.js");new URL("v/abc/explainer.css",import.meta.url);"#
        );
    }
}
