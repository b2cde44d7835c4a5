//! What the widget's `build.rs` does, whole: checks `src/article.toml` against the article
//! text, draws the locator map from `src/map/countries-110m.json`, and writes into `OUT_DIR`
//! the typed static data the widget is compiled with (`article.rs`) and what its options'
//! errors expect (`expected.rs`), and `static/contract.js`, the names the scripts and tests
//! share with it. A broken data file stops the build here, with file, line, column and field.

use crate::{contract, data, map};
use std::path::Path;
use std::{env, fs, process};

const DATA: &str = "src/article.toml";
const ARTICLE: &str = "src/article.txt";
const GEOMETRY: &str = "src/map/countries-110m.json";

/// Runs the build script (in the widget's folder, as cargo runs it).
pub fn run() {
    for path in [DATA, ARTICLE, GEOMETRY, contract::PATH] {
        println!("cargo::rerun-if-changed={path}");
    }
    let (source, article) = (read(DATA), read(ARTICLE));
    let checked = data::check(DATA, &source, &article).unwrap_or_else(|problems| {
        eprintln!("{}", data::describe(&problems));
        fail(&format!(
            "{DATA} has {} problem(s); the widget was not built",
            problems.len()
        ))
    });
    let drawing = checked.map.as_ref().map(draw);
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir);
    let generated = data::generate(&checked, drawing.as_ref());
    fs::write(out.join("article.rs"), generated).expect("OUT_DIR is writable");
    fs::write(out.join("expected.rs"), contract::expected_values()).expect("OUT_DIR is writable");
    // The scripts' copy of the contract, written only when it changes (a rewrite would make
    // `trunk serve` build again).
    let ids: Vec<&str> = checked.cards.iter().map(|card| card.id).collect();
    let js = contract::javascript(&ids);
    if fs::read_to_string(contract::PATH).ok().as_deref() != Some(js.as_str()) {
        fs::write(contract::PATH, js).unwrap_or_else(|error| {
            fail(&format!("{}: cannot be written: {error}", contract::PATH))
        });
    }
}

/// The map's drawing of `groups`; a code not in the geometry stops the build at its line.
fn draw(groups: &data::MapGroups) -> map::Drawing {
    let highlights: Vec<map::Highlight> = groups
        .countries
        .iter()
        .map(|c| map::Highlight {
            iso: c.iso.clone(),
            id: c.id.clone(),
            also: c.also.clone(),
        })
        .collect();
    map::draw(&read(GEOMETRY), &highlights).unwrap_or_else(|error| {
        let at = match error.country {
            Some(i) => {
                let at = &groups.countries[i].at;
                format!("{DATA}:{}:{}: {}: ", at.line, at.column, at.field)
            }
            None => format!("{GEOMETRY}: "),
        };
        fail(&format!("{at}{}", error.message))
    })
}

fn read(path: &str) -> String {
    fs::read_to_string(path)
        .unwrap_or_else(|error| fail(&format!("{path}: cannot be read: {error}")))
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1);
}
