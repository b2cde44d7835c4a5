//! Server-renders the explainer to hydratable HTML at build time (`make dist`).
//!
//! `prerender PAGE...` replaces the marker `<!-- prerendered explainer -->` in each page with
//! the rendered explainer, so every word is there before (or without) JavaScript and the
//! browser hydrates it in place. It also drops the `<link data-trunk …>` build directives
//! trunk leaves behind when it injects no script. With no argument it prints the HTML.

use nato_ip4::{Explainer, ExplainerProps};
use std::{env, fs, process};
use yew::LocalServerRenderer;

const MARKER: &str = "<!-- prerendered explainer -->";

fn main() {
    let props = ExplainerProps {
        instance: "ip4".into(),
        options: Default::default(),
    };
    let renderer = LocalServerRenderer::<Explainer>::with_props(props).hydratable(true);
    let html = futures::executor::block_on(renderer.render());

    let pages: Vec<String> = env::args().skip(1).collect();
    if pages.is_empty() {
        print!("{html}");
        return;
    }
    for page in pages {
        let text = fs::read_to_string(&page).unwrap_or_else(|e| fail(&format!("{page}: {e}")));
        if text.matches(MARKER).count() != 1 {
            fail(&format!("{page}: needs exactly one {MARKER}"));
        }
        let finished: String = text
            .replace(MARKER, &html)
            .lines()
            .filter(|line| !line.trim_start().starts_with("<link data-trunk"))
            .filter(|line| !line.trim().is_empty())
            .map(|line| format!("{line}\n"))
            .collect();
        fs::write(&page, finished).unwrap_or_else(|e| fail(&format!("{page}: {e}")));
        eprintln!("prerendered the explainer into {page}");
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1);
}
