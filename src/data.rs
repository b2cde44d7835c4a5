//! The article's facts as typed static data, generated at build time by `build.rs` from
//! `src/article.toml` after every check passed. Nothing here is parsed at run time.

/// What kind of thing a card is about; decides which view it appears in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Initiative,
    Partner,
    Person,
    Figure,
    Context,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Fact {
    pub label: &'static str,
    pub value: &'static str,
}

/// The story at a glance.
#[derive(Debug, PartialEq, Eq)]
pub struct Story {
    pub headline: &'static str,
    pub standfirst: &'static str,
    pub facts: &'static [Fact],
    pub quotes: &'static [&'static str],
}

/// Cards related to a card, under one label ("Named by", "Partners", …).
#[derive(Debug, PartialEq, Eq)]
pub struct Connection {
    pub label: &'static str,
    /// Indices into [`CARDS`].
    pub cards: &'static [usize],
}

#[derive(Debug, PartialEq, Eq)]
pub struct Card {
    pub id: &'static str,
    pub kind: Kind,
    pub title: &'static str,
    pub role: Option<&'static str>,
    pub figure: Option<&'static str>,
    pub summary: &'static str,
    /// Sentences quoted word for word from the article, in article order.
    pub quotes: &'static [&'static str],
    pub connections: &'static [Connection],
}

include!(concat!(env!("OUT_DIR"), "/article.rs"));

/// The index in [`CARDS`] of the card with this id.
pub fn card_index(id: &str) -> Option<usize> {
    CARDS.iter().position(|card| card.id == id)
}
