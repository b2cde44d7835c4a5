//! Checks `src/article.toml` against the article text and writes the typed static data the
//! widget is compiled with. A broken data file stops the build here, with file, line,
//! column and field.

#[path = "src/data_build.rs"]
mod data_build;

use std::{env, fs, path::Path, process};

const DATA: &str = "src/article.toml";
const ARTICLE: &str = "src/article.txt";

fn main() {
    for path in [DATA, ARTICLE, "src/data_build.rs"] {
        println!("cargo::rerun-if-changed={path}");
    }
    let read = |path: &str| {
        fs::read_to_string(path).unwrap_or_else(|error| {
            eprintln!("error: {path}: cannot be read: {error}");
            process::exit(1);
        })
    };
    let (source, article) = (read(DATA), read(ARTICLE));
    match data_build::check(DATA, &source, &article) {
        Ok(checked) => {
            let out =
                Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("article.rs");
            fs::write(&out, data_build::generate(&checked)).expect("OUT_DIR is writable");
        }
        Err(problems) => {
            eprintln!("{}", data_build::describe(&problems));
            eprintln!(
                "error: {DATA} has {} problem(s); the widget was not built",
                problems.len()
            );
            process::exit(1);
        }
    }
}
