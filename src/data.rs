//! The article's facts as typed static data, generated at build time by `build.rs` from
//! `src/article.toml` after every check passed (the types are `nato_ip4_types::data`'s).
//! Nothing here is parsed at run time.

pub use nato_ip4_types::data::{Card, Connection, DrawnCountry, Fact, MapDrawing, MapKey, Story};
pub use nato_ip4_types::{Group, Kind};

include!(concat!(env!("OUT_DIR"), "/article.rs"));

/// The index in [`CARDS`] of the card with this id.
pub fn card_index(id: &str) -> Option<usize> {
    CARDS.iter().position(|card| card.id == id)
}
