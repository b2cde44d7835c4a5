//! `make help` lists every target of the Makefile, one line each.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;

#[test]
fn make_help_lists_every_target() {
    let makefile = fs::read_to_string("Makefile").expect("the Makefile at the top");
    let help: Vec<&str> = makefile
        .lines()
        .filter_map(|line| line.strip_prefix("#   make "))
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    let targets: Vec<&str> = makefile
        .lines()
        .filter(|line| !line.starts_with(['\t', '#', ' ', '.']))
        .filter_map(|line| line.split_once(':').map(|(name, _)| name))
        .filter(|name| {
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        })
        .collect();
    assert!(targets.len() > 10, "{targets:?}");
    let missing: Vec<&&str> = targets.iter().filter(|t| !help.contains(t)).collect();
    assert!(missing.is_empty(), "make help does not list {missing:?}");
    let unknown: Vec<&&str> = help.iter().filter(|h| !targets.contains(h)).collect();
    assert!(
        unknown.is_empty(),
        "make help lists {unknown:?}, which are no targets"
    );
}
