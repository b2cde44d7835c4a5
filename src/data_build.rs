//! Build-time half of the data flow: reads `src/article.toml`, checks it against the article
//! text, and writes the typed static data that `src/data.rs` includes.
//!
//! Compiled into `build.rs` and into the native tests (`tests/data_rules.rs`); never into the
//! wasm, which carries no TOML parser.

use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::fmt::Write as _;
use toml::Spanned;

/// One thing wrong with the data file, located for the person who edits it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
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

const KINDS: [(&str, &str); 5] = [
    ("initiative", "Initiative"),
    ("partner", "Partner"),
    ("person", "Person"),
    ("figure", "Figure"),
    ("context", "Context"),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    story: RawStory,
    #[serde(default)]
    initiative: Vec<RawCard>,
    #[serde(default)]
    partner: Vec<RawCard>,
    #[serde(default)]
    person: Vec<RawCard>,
    #[serde(default)]
    figure: Vec<RawCard>,
    #[serde(default)]
    context: Vec<RawCard>,
    #[serde(default)]
    link: Vec<RawLink>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStory {
    headline: Spanned<String>,
    standfirst: Spanned<String>,
    #[serde(default)]
    excerpts: Vec<Spanned<String>>,
    #[serde(default)]
    fact: Vec<RawFact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    label: Spanned<String>,
    value: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCard {
    id: Spanned<String>,
    title: Spanned<String>,
    summary: Spanned<String>,
    role: Option<Spanned<String>>,
    figure: Option<Spanned<String>>,
    #[serde(default)]
    excerpts: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLink {
    from: Vec<Spanned<String>>,
    to: Vec<Spanned<String>>,
    label: Spanned<String>,
    back: Spanned<String>,
    excerpt: Spanned<String>,
}

/// Collects problems with their positions in the data file.
struct Checker<'a> {
    file: &'a str,
    source: &'a str,
    article: &'a str,
    problems: Vec<Problem>,
}

impl<'a> Checker<'a> {
    fn report(&mut self, offset: usize, field: impl Into<String>, message: impl Into<String>) {
        let (line, column) = line_column(self.source, offset);
        self.problems.push(Problem {
            file: self.file.to_owned(),
            line,
            column,
            field: field.into(),
            message: message.into(),
        });
    }

    /// A required text: present, and not only white space.
    fn text(&mut self, value: &Spanned<String>, field: &str) -> String {
        if value.get_ref().trim().is_empty() {
            self.report(
                value.span().start,
                field,
                "is empty; write the text it needs",
            );
        }
        value.get_ref().clone()
    }

    /// An excerpt: quoted word for word from the article.
    fn excerpt(&mut self, value: &Spanned<String>, field: &str) -> Option<usize> {
        let quote = self.text(value, field);
        if quote.trim().is_empty() {
            return None;
        }
        if let Some(position) = self.article.find(&quote) {
            return Some(position);
        }
        let agreed = longest_prefix_in(self.article, &quote);
        let message = if agreed.is_empty() {
            "is not found word for word in the article (no part of its start matches)".to_owned()
        } else {
            let tail: String = agreed
                .chars()
                .rev()
                .take(40)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            format!(
                "is not found word for word in the article: it matches up to \"…{tail}\" and then differs"
            )
        };
        self.report(value.span().start, field, message);
        None
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

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// What the widget shows, after every check has passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub headline: String,
    pub standfirst: String,
    pub facts: Vec<(String, String)>,
    pub quotes: Vec<String>,
    pub cards: Vec<Card>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub kind: &'static str,
    pub id: String,
    pub title: String,
    pub role: Option<String>,
    pub figure: Option<String>,
    pub summary: String,
    /// Sentences from the article, in article order.
    pub quotes: Vec<String>,
    /// Groups of related cards, by label, as indices into `Article::cards`.
    pub connections: Vec<(String, Vec<usize>)>,
}

/// Parses and checks the data file. `file` is the name used in messages.
pub fn check(file: &str, source: &str, article: &str) -> Result<Article, Vec<Problem>> {
    let mut checker = Checker {
        file,
        source,
        article,
        problems: Vec::new(),
    };
    let raw: RawFile = match toml::from_str(source) {
        Ok(raw) => raw,
        Err(error) => {
            let offset = error.span().map_or(0, |span| span.start);
            let message = error.message().trim().to_owned();
            checker.report(offset, "file", format!("is not valid: {message}"));
            return Err(checker.problems);
        }
    };

    let headline = checker.text(&raw.story.headline, "story.headline");
    let standfirst = checker.text(&raw.story.standfirst, "story.standfirst");
    let facts = raw
        .story
        .fact
        .iter()
        .enumerate()
        .map(|(i, fact)| {
            (
                checker.text(&fact.label, &format!("story.fact[{i}].label")),
                checker.text(&fact.value, &format!("story.fact[{i}].value")),
            )
        })
        .collect();
    let mut story_quotes = Vec::new();
    for (i, excerpt) in raw.story.excerpts.iter().enumerate() {
        if let Some(at) = checker.excerpt(excerpt, &format!("story.excerpts[{i}]")) {
            story_quotes.push((at, excerpt.get_ref().clone()));
        }
    }

    let groups = [
        &raw.initiative,
        &raw.partner,
        &raw.person,
        &raw.figure,
        &raw.context,
    ];
    for ((kind, _), cards) in KINDS.iter().zip(groups) {
        if matches!(*kind, "initiative" | "partner") && cards.len() != 4 {
            let (offset, field) = match cards.get(4).or(cards.last()) {
                Some(card) => (card.id.span().start, format!("{kind}[{}]", cards.len() - 1)),
                None => (0, kind.to_string()),
            };
            checker.report(
                offset,
                field,
                format!(
                    "there are {} [[{kind}]] cards; the explainer needs exactly 4",
                    cards.len()
                ),
            );
        }
    }

    let mut cards: Vec<Card> = Vec::new();
    let mut quote_positions: Vec<Vec<(usize, String)>> = Vec::new();
    let mut index_of: HashMap<String, usize> = HashMap::new();
    // Where each card starts, its excerpts' field name, and whether it gave no excerpts.
    let mut origins: Vec<(usize, String, bool)> = Vec::new();
    for ((kind, type_name), raw_cards) in KINDS.iter().zip(groups) {
        for (i, raw_card) in raw_cards.iter().enumerate() {
            let field = |name: &str| format!("{kind}[{i}].{name}");
            let id = checker.text(&raw_card.id, &field("id"));
            let valid_id = !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !id.trim().is_empty() && !valid_id {
                checker.report(
                    raw_card.id.span().start,
                    field("id"),
                    format!("\"{id}\" may use only a-z, 0-9 and '-' (it becomes a link anchor)"),
                );
            }
            if index_of.contains_key(&id) {
                checker.report(
                    raw_card.id.span().start,
                    field("id"),
                    format!("\"{id}\" is already the id of another card; ids must be unique"),
                );
            }
            let title = checker.text(&raw_card.title, &field("title"));
            let summary = checker.text(&raw_card.summary, &field("summary"));
            let at = raw_card.id.span().start;
            let role = optional_for(
                &mut checker,
                &raw_card.role,
                kind,
                "person",
                at,
                &field("role"),
            );
            let figure = optional_for(
                &mut checker,
                &raw_card.figure,
                kind,
                "figure",
                at,
                &field("figure"),
            );
            let mut quotes = Vec::new();
            for (j, excerpt) in raw_card.excerpts.iter().enumerate() {
                if let Some(at) = checker.excerpt(excerpt, &field(&format!("excerpts[{j}]"))) {
                    quotes.push((at, excerpt.get_ref().clone()));
                }
            }
            index_of.entry(id.clone()).or_insert(cards.len());
            quote_positions.push(quotes);
            origins.push((at, field("excerpts"), raw_card.excerpts.is_empty()));
            cards.push(Card {
                kind: type_name,
                id,
                title,
                role,
                figure,
                summary,
                quotes: Vec::new(),
                connections: Vec::new(),
            });
        }
    }

    for (i, link) in raw.link.iter().enumerate() {
        let label = checker.text(&link.label, &format!("link[{i}].label"));
        let back = checker.text(&link.back, &format!("link[{i}].back"));
        let excerpt = checker
            .excerpt(&link.excerpt, &format!("link[{i}].excerpt"))
            .map(|at| (at, link.excerpt.get_ref().clone()));
        let mut ends = |side: &[Spanned<String>], name: &str| -> Vec<usize> {
            if side.is_empty() {
                checker.report(
                    link.label.span().start,
                    format!("link[{i}].{name}"),
                    "is empty; name at least one card id",
                );
            }
            let mut found = Vec::new();
            for (j, id) in side.iter().enumerate() {
                match index_of.get(id.get_ref()) {
                    Some(&index) => found.push(index),
                    None => checker.report(
                        id.span().start,
                        format!("link[{i}].{name}[{j}]"),
                        format!("\"{}\" is not the id of any card", id.get_ref()),
                    ),
                }
            }
            found
        };
        let from = ends(&link.from, "from");
        let to = ends(&link.to, "to");
        for (members, label, others) in [(&from, &label, &to), (&to, &back, &from)] {
            for &card in members {
                if let Some(quote) = &excerpt {
                    quote_positions[card].push(quote.clone());
                }
                let others: Vec<usize> = others.iter().copied().filter(|&o| o != card).collect();
                add_connection(&mut cards[card].connections, label, &others);
            }
        }
    }

    for ((card, mut quotes), (at, field, gave_none)) in
        cards.iter_mut().zip(quote_positions).zip(origins)
    {
        quotes.sort();
        quotes.dedup();
        card.quotes = quotes.into_iter().map(|(_, quote)| quote).collect();
        // A card whose excerpts were all refused has been reported already.
        if card.quotes.is_empty() && gave_none {
            checker.report(
                at,
                field,
                "the card rests on no sentence of the article: give it an excerpt or a link",
            );
        }
    }
    story_quotes.sort();
    story_quotes.dedup();

    if !checker.problems.is_empty() {
        checker.problems.sort_by_key(|p| (p.line, p.column));
        return Err(checker.problems);
    }
    Ok(Article {
        headline,
        standfirst,
        facts,
        quotes: story_quotes.into_iter().map(|(_, q)| q).collect(),
        cards,
    })
}

/// `role` belongs to people and `figure` to figures: required there, refused elsewhere.
fn optional_for(
    checker: &mut Checker<'_>,
    value: &Option<Spanned<String>>,
    kind: &str,
    owner: &str,
    card_at: usize,
    field: &str,
) -> Option<String> {
    match (value, kind == owner) {
        (Some(value), true) => Some(checker.text(value, field)),
        (None, true) => {
            let name = field.rsplit('.').next().unwrap_or(field);
            checker.report(
                card_at,
                field,
                format!("is missing; every [[{owner}]] needs a {name}"),
            );
            None
        }
        (Some(value), false) => {
            checker.report(
                value.span().start,
                field,
                format!("is only used on [[{owner}]] cards; remove it here"),
            );
            None
        }
        (None, false) => None,
    }
}

fn add_connection(connections: &mut Vec<(String, Vec<usize>)>, label: &str, others: &[usize]) {
    if others.is_empty() {
        return;
    }
    let index = match connections.iter().position(|(l, _)| l == label) {
        Some(index) => index,
        None => {
            connections.push((label.to_owned(), Vec::new()));
            connections.len() - 1
        }
    };
    let group = &mut connections[index].1;
    for &other in others {
        if !group.contains(&other) {
            group.push(other);
        }
    }
}

/// Rust source for the checked article, matching the types in `src/data.rs`.
pub fn generate(article: &Article) -> String {
    let mut out = String::from("// @generated by build.rs from src/article.toml; do not edit.\n");
    let strs = |items: &[String]| {
        let inner: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
        format!("&[{}]", inner.join(", "))
    };
    let opt = |value: &Option<String>| match value {
        Some(v) => format!("Some({v:?})"),
        None => "None".to_owned(),
    };
    let facts: Vec<String> = article
        .facts
        .iter()
        .map(|(label, value)| format!("Fact {{ label: {label:?}, value: {value:?} }}"))
        .collect();
    let _ = writeln!(
        out,
        "pub static STORY: Story = Story {{ headline: {:?}, standfirst: {:?}, facts: &[{}], quotes: {} }};",
        article.headline,
        article.standfirst,
        facts.join(", "),
        strs(&article.quotes)
    );
    out.push_str("pub static CARDS: &[Card] = &[\n");
    for card in &article.cards {
        let connections: Vec<String> = card
            .connections
            .iter()
            .map(|(label, cards)| format!("Connection {{ label: {label:?}, cards: &{cards:?} }}"))
            .collect();
        let _ = writeln!(
            out,
            "    Card {{ id: {:?}, kind: Kind::{}, title: {:?}, role: {}, figure: {}, summary: {:?}, quotes: {}, connections: &[{}] }},",
            card.id,
            card.kind,
            card.title,
            opt(&card.role),
            opt(&card.figure),
            card.summary,
            strs(&card.quotes),
            connections.join(", ")
        );
    }
    out.push_str("];\n");
    out
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
