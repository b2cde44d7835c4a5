//! The release a producer is told about is the one the build names: CHANGELOG.md's latest
//! entry is the workspace's version, which the pages' generator meta and the WordPress
//! plugin carry.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;

#[test]
fn the_latest_changelog_entry_is_the_version_the_build_names() {
    let changelog = fs::read_to_string("CHANGELOG.md").expect("CHANGELOG.md at the top");
    let latest = changelog
        .lines()
        .filter_map(|line| line.strip_prefix("## ["))
        .find(|entry| !entry.starts_with("Unreleased"))
        .and_then(|entry| entry.split_once(']'))
        .map(|(version, _)| version);
    assert_eq!(latest, Some(nato_ip4::VERSION));
}
