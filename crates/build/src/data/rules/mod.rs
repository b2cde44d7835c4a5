//! The rules a data file must keep. Each is declared once, in `text.rs` or `map.rs`: what the
//! build refuses a file for (as docs/data.md lists it, which a test keeps equal to `RULES`),
//! the function that checks it, and a broken file that breaks it (`tests/fixtures/`, which
//! `tests/data_rules.rs` runs).

mod map;
mod text;

use super::Problem;
use super::line_column;
use super::raw::RawFile;
use std::fmt;

pub use map::*;
pub use text::*;

/// A rule of the data file.
pub struct Rule {
    /// When the build refuses a file for this rule, as docs/data.md lists it.
    pub refuses: &'static str,
    /// Reports to the checker what breaks the rule.
    check: fn(&mut Checker, &RawFile),
    /// A file that breaks it, and the one problem it must give.
    pub broken: Broken,
}

impl fmt::Debug for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the rule that {}", self.refuses)
    }
}

impl PartialEq for Rule {
    fn eq(&self, other: &Rule) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for Rule {}

/// A data file that breaks a rule: a fixture of `tests/fixtures/` as it is, or with one text
/// replaced; and the field and line its one problem must name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Broken {
    File {
        fixture: &'static str,
        field: &'static str,
        line: usize,
    },
    Edit {
        fixture: &'static str,
        from: &'static str,
        to: &'static str,
        field: &'static str,
        line: usize,
    },
}

impl Broken {
    const fn file(fixture: &'static str, field: &'static str, line: usize) -> Broken {
        Broken::File {
            fixture,
            field,
            line,
        }
    }

    const fn edit(
        fixture: &'static str,
        from: &'static str,
        to: &'static str,
        field: &'static str,
        line: usize,
    ) -> Broken {
        Broken::Edit {
            fixture,
            from,
            to,
            field,
            line,
        }
    }
}

/// Every rule, in the order they are checked and docs/data.md lists them.
pub static RULES: [&Rule; 19] = [
    &VALID_TOML,
    &IDS_PLAIN,
    &IDS_UNIQUE,
    &LINKS_NAME_CARDS,
    &EXCERPTS_VERBATIM,
    &REQUIRED_FIELDS,
    &ROLES_AND_FIGURES,
    &FOUR_OF_EACH,
    &AT_MOST_64_CARDS,
    &CARDS_REST_ON_SENTENCES,
    &HEADLINE_IS_TITLE,
    &MEMBERS_AS_THE_FIGURE_SAYS,
    &ALPHA3_CODES,
    &NUMERIC_CODES,
    &COUNTRIES_ONCE,
    &COUNTRIES_NAMED,
    &CHALLENGERS_IN_THEIR_SENTENCE,
    &CARD_COUNTRIES_TIED,
    &PARTNERS_ON_THE_MAP,
];

/// The file is valid TOML, with no field it does not know. (Checked as the file is read, by
/// [`Checker::read`]: the other rules read what it gives.)
pub static VALID_TOML: Rule = Rule {
    refuses: "the file is not valid TOML, or has a field it does not know",
    check: |_, _| {},
    broken: Broken::file("malformed.toml", "file", 31),
};

/// Collects problems with their positions in the data file.
pub struct Checker<'a> {
    /// The rule being checked, which every problem reported names.
    rule: &'static Rule,
    file: &'a str,
    pub source: &'a str,
    pub article: &'a str,
    pub problems: Vec<Problem>,
}

impl<'a> Checker<'a> {
    pub fn new(file: &'a str, source: &'a str, article: &'a str) -> Checker<'a> {
        Checker {
            rule: &VALID_TOML,
            file,
            source,
            article,
            problems: Vec::new(),
        }
    }

    /// The file as TOML reads it, or nothing, with the problem reported.
    pub fn read(&mut self) -> Option<RawFile> {
        self.rule = &VALID_TOML;
        match toml::from_str(self.source) {
            Ok(raw) => Some(raw),
            Err(error) => {
                let offset = error.span().map_or(0, |span| span.start);
                let message = error.message().trim().to_owned();
                self.report(offset, "file", format!("is not valid: {message}"));
                None
            }
        }
    }

    /// Checks every rule after the first, in order.
    pub fn check_all(&mut self, raw: &RawFile) {
        for rule in &RULES[1..] {
            self.rule = rule;
            (rule.check)(self, raw);
        }
    }

    fn report(&mut self, offset: usize, field: impl Into<String>, message: impl Into<String>) {
        let (line, column) = line_column(self.source, offset);
        self.problems.push(Problem {
            rule: self.rule,
            file: self.file.to_owned(),
            line,
            column,
            field: field.into(),
            message: message.into(),
        });
    }
}

/// The part of `quote`, from its start, that appears somewhere in `article`.
fn longest_prefix_in<'q>(article: &str, quote: &'q str) -> &'q str {
    let ends: Vec<usize> = quote
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    let (mut low, mut high) = (0usize, ends.len());
    while low < high {
        let mid = (low + high).div_ceil(2);
        if article.contains(&quote[..ends[mid - 1]]) {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    if low == 0 {
        ""
    } else {
        &quote[..ends[low - 1]]
    }
}
