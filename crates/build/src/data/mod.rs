//! Build-time half of the data flow: reads `src/article.toml` (`raw`), checks it against the
//! article text (`rules`, one declared per rule, in the order docs/data.md lists them), and
//! only when every rule holds assembles what the widget shows (`assemble`, as the widget's
//! own types), which `generate` writes as the Rust source `src/data.rs` includes.
//!
//! Used by the widget's `build.rs` and its native tests (`tests/data_rules.rs`); never by the
//! wasm, which carries no TOML parser.

mod assemble;
mod generate;
mod raw;
mod rules;

pub use generate::generate;
pub use nato_ip4_types::data::{Card, Story};
pub use nato_ip4_types::{Group, Kind};
pub use rules::{Broken, RULES, Rule};

use std::collections::HashSet;
use std::fmt;

/// One thing wrong with the data file, located for the person who edits it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The rule it breaks.
    pub rule: &'static Rule,
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file, self.line, self.column, self.field, self.message
        )
    }
}

/// What the widget shows, after every check has passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub story: Story,
    pub cards: &'static [Card],
    pub map: Option<MapGroups>,
}

/// Where something is written in the data file, for messages: `file:line:column: field`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub line: usize,
    pub column: usize,
    pub field: String,
}

/// The map's countries, in groups, as the data file lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapGroups {
    /// Where the one list from outside the article comes from.
    pub nato_source: String,
    pub countries: Vec<MapCountry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapCountry {
    pub group: Group,
    pub iso: String,
    pub id: String,
    pub also: Vec<String>,
    pub name: Option<String>,
    /// The card it is tied to, as an index into `Article::cards`.
    pub card: Option<usize>,
    /// Where it is written in the data file.
    pub at: Place,
}

/// Parses and checks the data file, rule by rule. `file` is the name used in messages.
pub fn check(file: &str, source: &str, article: &str) -> Result<Article, Vec<Problem>> {
    let mut checker = rules::Checker::new(file, source, article);
    let Some(raw) = checker.read() else {
        return Err(checker.problems);
    };
    checker.check_all(&raw);
    if !checker.problems.is_empty() {
        let mut problems = checker.problems;
        problems.sort_by_key(|p| (p.line, p.column));
        return Err(problems);
    }
    Ok(assemble::assemble(&raw, source, article))
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Every problem, one per line, for a build log.
pub fn describe(problems: &[Problem]) -> String {
    let mut seen = HashSet::new();
    problems
        .iter()
        .map(|p| format!("error: {p}"))
        .filter(|line| seen.insert(line.clone()))
        .collect::<Vec<_>>()
        .join("\n")
}
