//! The article's facts as typed static data, generated at build time by `build.rs` from
//! `src/article.toml` after every check passed. Nothing here is parsed at run time.

pub use nato_ip4_types::{Group, Kind};

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

#[derive(Debug, PartialEq, Eq)]
pub struct DrawnCountry {
    /// ISO 3166-1 alpha-3, as in `data-iso`.
    pub iso: &'static str,
    pub group: Group,
    /// Index into [`CARDS`] of the card it is tied to.
    pub card: Option<usize>,
    /// SVG path data, in map units.
    pub d: &'static str,
}

/// The locator map's drawing, made at build time (`crates/build/src/map.rs`). Only the server
/// render reads it: the wasm keeps the drawing it finds in the page and carries no geometry.
#[derive(Debug, PartialEq, Eq)]
pub struct MapDrawing {
    pub width: u32,
    pub height: u32,
    /// All land, one outline, under the countries drawn on their own.
    pub land: &'static str,
    pub countries: &'static [DrawnCountry],
}

/// What the map's caption says of three of its groups, written at build time (and kept apart
/// from the drawing, so that the wasm, which shows the caption, does not take it along).
#[derive(Debug, PartialEq, Eq)]
pub struct MapKey {
    /// How many NATO members the map shows, with the list's source: "32 NATO members as
    /// of July 2024".
    pub nato: &'static str,
    /// The initiatives the map shows a country for, by their cards' titles: "Ukraine".
    pub initiatives: &'static str,
    /// "Authoritarian states the article names: China, Russia and North Korea".
    pub challengers: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/article.rs"));

/// The index in [`CARDS`] of the card with this id.
pub fn card_index(id: &str) -> Option<usize> {
    CARDS.iter().position(|card| card.id == id)
}
