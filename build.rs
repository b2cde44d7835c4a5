//! Checks `src/article.toml` against the article text, draws the locator map from
//! `src/map/countries-110m.json`, and writes the typed static data the widget is compiled
//! with, and `static/contract.js`, the names the scripts and tests share with it. A broken
//! data file stops the build here, with file, line, column and field.

use nato_ip4_build::{contract, data as data_build, map as map_build};

use std::{env, fs, path::Path, process};

const DATA: &str = "src/article.toml";
const ARTICLE: &str = "src/article.txt";
const GEOMETRY: &str = "src/map/countries-110m.json";

fn main() {
    for path in [DATA, ARTICLE, GEOMETRY, contract::PATH] {
        println!("cargo::rerun-if-changed={path}");
    }
    let read = |path: &str| {
        fs::read_to_string(path).unwrap_or_else(|error| {
            eprintln!("error: {path}: cannot be read: {error}");
            process::exit(1);
        })
    };
    let (source, article) = (read(DATA), read(ARTICLE));
    let checked = data_build::check(DATA, &source, &article).unwrap_or_else(|problems| {
        eprintln!("{}", data_build::describe(&problems));
        eprintln!(
            "error: {DATA} has {} problem(s); the widget was not built",
            problems.len()
        );
        process::exit(1);
    });
    let drawing = checked.map.as_ref().map(|map| {
        let highlights: Vec<map_build::Highlight> = map
            .countries
            .iter()
            .map(|c| map_build::Highlight {
                iso: c.iso.clone(),
                id: c.id.clone(),
                also: c.also.clone(),
            })
            .collect();
        map_build::draw(&read(GEOMETRY), &highlights).unwrap_or_else(|error| {
            let at = match error.country {
                Some(i) => {
                    let at = &map.countries[i].at;
                    format!("{DATA}:{}:{}: {}: ", at.line, at.column, at.field)
                }
                None => format!("{GEOMETRY}: "),
            };
            eprintln!("error: {at}{}", error.message);
            process::exit(1);
        })
    });
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir);
    fs::write(
        out.join("article.rs"),
        data_build::generate(&checked, drawing.as_ref()),
    )
    .expect("OUT_DIR is writable");
    // What the embed options' errors say they expect, from the contract.
    fs::write(out.join("expected.rs"), contract::expected_values()).expect("OUT_DIR is writable");
    // The scripts' copy of the contract, written only when it changes (a rewrite would make
    // `trunk serve` build again).
    let ids: Vec<&str> = checked.cards.iter().map(|card| card.id.as_str()).collect();
    let js = contract::javascript(&ids);
    if fs::read_to_string(contract::PATH).ok().as_deref() != Some(js.as_str()) {
        fs::write(contract::PATH, js).unwrap_or_else(|error| {
            eprintln!("error: {}: cannot be written: {error}", contract::PATH);
            process::exit(1);
        });
    }
}
