//! Finishes a trunk build (run by trunk's hooks; see Trunk.toml):
//!
//! - checks `PUBLIC_URL` ([`public_url`]); before the build starts, that is all it does;
//! - for a release build, shrinks the wasm, its glue and every JS and CSS file
//!   ([`shrink`]), and pins what the iframe snippet puts into a host page ([`pin`]);
//! - server-renders the explainer and writes it in place of the marker
//!   `<!-- prerendered explainer -->` in `index.html` and `frame.html`, so every word is
//!   there before (or without) JavaScript; the wasm renders the same markup and takes over;
//! - writes the embed snippets ([`snippets`]) to `snippets/element.html` and
//!   `snippets/iframe.html`, with asset URLs starting with `PUBLIC_URL` (default `./`), and
//!   puts them into the sample article page;
//! - with an absolute `PUBLIC_URL`, writes `oembed.json` and its discovery link ([`oembed`])
//!   and a WordPress plugin for that address ([`wordpress`]);
//! - drops the `<link data-trunk …>` directives trunk leaves when it injects no script;
//! - for a release build, moves the assets into a folder named for their contents
//!   ([`version`]), so that they may be cached for good, and writes Apache's rules for the
//!   folder and for its versioned files;
//! - for a release build, last, writes a Zopfli `.gz` and a brotli `.br` beside every file a
//!   browser loads, for hosts that serve them as they are ([`compress`]).
//!
//! Usage: `finish DIST_DIR` (trunk's `TRUNK_PROFILE` says whether it is a release build), or
//! `finish --check-public-url`.

mod compress;
mod oembed;
mod pin;
mod policy;
mod public_url;
mod reserve;
mod shrink;
mod snippets;
mod version;
mod wordpress;

use nato_ip4::{Explainer, ExplainerProps};
use nato_ip4_types::contract::ATTRIBUTES;
use public_url::PublicUrl;
use std::path::Path;
use std::{env, fs, process};
use yew::LocalServerRenderer;

fn main() {
    let public_url = env::var("PUBLIC_URL").unwrap_or_else(|_| "./".to_owned());
    let public_url = public_url::check(&public_url).unwrap_or_else(|e| fail(&e));
    let Some(dist) = env::args().nth(1) else {
        fail("usage: finish DIST_DIR, or finish --check-public-url");
    };
    if dist == "--check-public-url" {
        return;
    }
    let dist = Path::new(&dist);
    let release = env::var("TRUNK_PROFILE").as_deref() == Ok("release");
    if !release && env::var_os("TRUNK_DIST_DIR").is_some_and(|to| is_deploy_folder(Path::new(&to)))
    {
        fail(
            "a debug build never goes into dist/, which holds the release build a host is given \
             (make dist); trunk serve and trunk build write into target/trunk (Trunk.toml)",
        );
    }
    // The reserved heights first: a release then minifies and pins embed.css with them.
    let reserve = reserve::Table::read().unwrap_or_else(|e| fail(&e));
    reserve::write_css(dist, &reserve).unwrap_or_else(|e| fail(&e));
    if release {
        shrink::shrink(dist).unwrap_or_else(|e| fail(&e));
    }
    let host_files = pin::pin(dist, release).unwrap_or_else(|e| fail(&e));
    let explainer = render();

    let map = render_drawing();
    let url = public_url.as_str();
    let element = snippets::element(url, &map);
    let reserved_height = |width| {
        reserve
            .height_at(width, reserve::map_ratio())
            .unwrap_or_else(|| {
                fail(&format!(
                    "{}: no reserved height for {width} px (run `make reserve`)",
                    reserve::PATH
                ))
            })
    };
    let bare_height = reserved_height(snippets::BARE_WIDTH);
    let iframe = snippets::iframe(url, &host_files, bare_height);
    let snippet_dir = dist.join("snippets");
    fs::create_dir_all(&snippet_dir).unwrap_or_else(|e| fail(&format!("{snippet_dir:?}: {e}")));
    write(&snippet_dir.join("element.html"), &element);
    write(&snippet_dir.join("iframe.html"), &iframe);

    // The pages next to the widget load it from their own folder. (The widget page's Embed
    // panel loads the snippet files when it opens.)
    let local_element = snippets::element("./", &map);
    let local_iframe = snippets::iframe("./", &host_files, bare_height);
    let discovery = write_for_content_systems(
        dist,
        &public_url,
        &host_files,
        (&iframe, &element),
        reserved_height(oembed::WIDTH),
    );
    let generator = format!(
        r#"<meta name="generator" content="nato-ip4-explainer {}">"#,
        nato_ip4::VERSION
    );
    finish(
        &dist.join("index.html"),
        &[
            (
                "<!-- policy -->",
                &policy::meta("'self'", policy::Frames::None),
            ),
            ("<!-- generator -->", generator.as_str()),
            ("<!-- prerendered explainer -->", explainer.as_str()),
            ("<!-- oembed -->", discovery.as_str()),
        ],
    );
    finish(
        &dist.join("frame.html"),
        &[
            (
                "<!-- policy -->",
                &policy::meta(&policy::frame_sources(&public_url), policy::Frames::None),
            ),
            ("<!-- generator -->", generator.as_str()),
            ("<!-- prerendered explainer -->", explainer.as_str()),
        ],
    );
    finish(
        &dist.join("sample.html"),
        &[
            (
                "<!-- policy -->",
                &policy::meta("'self'", policy::Frames::Own),
            ),
            ("<!-- snippet: element -->", local_element.as_str()),
            ("<!-- snippet: iframe -->", local_iframe.as_str()),
        ],
    );
    if release {
        let folder = version::version(dist).unwrap_or_else(|e| fail(&e));
        eprintln!("moved the assets into {folder}");
        // Apache's rules for the folder (static/htaccess), and for its own versioned files
        // (static/htaccess-versioned); other hosts ignore them.
        for (from, to) in [
            ("static/htaccess", ".htaccess"),
            ("static/htaccess-versioned", "v/.htaccess"),
        ] {
            let rules = fs::read_to_string(from).unwrap_or_else(|e| fail(&format!("{from}: {e}")));
            write(&dist.join(to), &rules);
        }
        let count = compress::compress(dist).unwrap_or_else(|e| fail(&e));
        eprintln!("wrote a .gz and a .br beside {count} files");
    }
    eprintln!(
        "prerendered the explainer and wrote the snippets for {url} into {}",
        dist.display()
    );
}

/// For an absolute `public_url`, `oembed.json` and the WordPress plugin; returns the widget
/// page's oEmbed discovery link (empty, with the reason printed, for a relative one).
fn write_for_content_systems(
    dist: &Path,
    public_url: &PublicUrl,
    host_files: &pin::HostFiles,
    (iframe, element): (&str, &str),
    height: u32,
) -> String {
    let PublicUrl::Absolute { url, host } = public_url else {
        eprintln!(
            "oembed.json and the WordPress plugin not written: PUBLIC_URL \"{}\" is relative, \
             and both need absolute URLs (make dist PUBLIC_URL=https://…/)",
            public_url.as_str()
        );
        return String::new();
    };
    let title = snippets::FRAME_TITLE;
    let oembed_html = snippets::oembed_html(url, height, host_files);
    let document = oembed::document(url, host, &oembed_html, title, height);
    write(&dist.join("oembed.json"), &document);
    let plugin =
        wordpress::plugin(url, iframe, element, nato_ip4::VERSION).unwrap_or_else(|e| fail(&e));
    let plugin_dir = dist.join("wordpress");
    fs::create_dir_all(&plugin_dir).unwrap_or_else(|e| fail(&format!("{plugin_dir:?}: {e}")));
    write(&plugin_dir.join("nato-ip4-explainer.php"), &plugin);
    oembed::link(url, title)
}

fn render() -> String {
    let props = ExplainerProps {
        instance: "ip4".into(),
        options: Default::default(),
        map: None,
        updates: Default::default(),
    };
    let renderer = LocalServerRenderer::<Explainer>::with_props(props).hydratable(false);
    let html = futures::executor::block_on(renderer.render());
    carries_the_contract(&html).unwrap_or_else(|e| fail(&e));
    html
}

/// Whether the rendered explainer carries each attribute the scripts and tests select on
/// (the contract's `ATTRIBUTES`): a component that stopped writing one stops the build.
fn carries_the_contract(html: &str) -> Result<(), String> {
    let missing: Vec<&str> = ATTRIBUTES
        .into_iter()
        .filter(|attr| !html.contains(&format!(" {attr}=")))
        .collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the prerendered explainer carries none of {missing:?}, which the contract \
             (crates/types/src/lib.rs) says the scripts select on"
        ))
    }
}

/// The map's drawing alone, for the element's fallback.
fn render_drawing() -> String {
    #[yew::component]
    fn Drawing() -> yew::Html {
        nato_ip4::components::locator_map::drawing(None)
    }
    futures::executor::block_on(
        LocalServerRenderer::<Drawing>::new()
            .hydratable(false)
            .render(),
    )
}

/// Replaces each marker (which must appear exactly once) and drops trunk's directives.
fn finish(page: &Path, replacements: &[(&str, &str)]) {
    let mut text = fs::read_to_string(page).unwrap_or_else(|e| fail(&format!("{page:?}: {e}")));
    for (marker, content) in replacements {
        if text.matches(marker).count() != 1 {
            fail(&format!("{}: needs exactly one {marker}", page.display()));
        }
        text = text.replace(marker, content);
    }
    let finished: String = text
        .lines()
        .filter(|line| !line.trim_start().starts_with("<link data-trunk"))
        .filter(|line| !line.trim().is_empty())
        .map(|line| format!("{line}\n"))
        .collect();
    write(page, &finished);
}

/// Whether `folder` is the project's `dist/` (trunk runs its hooks in the project's folder;
/// the folder itself may not exist yet).
fn is_deploy_folder(folder: &Path) -> bool {
    let parent = match folder.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    folder.file_name() == Some("dist".as_ref())
        && parent.canonicalize().ok() == env::current_dir().ok().and_then(|d| d.canonicalize().ok())
}

fn write(path: &Path, text: &str) {
    fs::write(path, text).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1);
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_explainer_carries_every_attribute_of_the_contract() {
        let html = super::render();
        assert_eq!(super::carries_the_contract(&html), Ok(()));
        let error = super::carries_the_contract(&html.replace(" data-view=", " data-x="));
        assert!(error.unwrap_err().contains("[\"data-view\"]"));
    }
}
