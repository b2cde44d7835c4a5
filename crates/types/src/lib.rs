//! The types the build and the widget share: the build checks the data file's cards and map
//! groups as these, and writes the widget's statics (`src/data.rs`) naming them.
#![no_std]

/// What kind of thing a card is about: a table of the data file (`[[partner]]`), and the
/// view the card appears in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Initiative,
    Partner,
    Person,
    Figure,
    Context,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Initiative,
        Kind::Partner,
        Kind::Person,
        Kind::Figure,
        Kind::Context,
    ];

    /// Its table's name in the data file (`[[partner]]`).
    pub fn table(self) -> &'static str {
        match self {
            Kind::Initiative => "initiative",
            Kind::Partner => "partner",
            Kind::Person => "person",
            Kind::Figure => "figure",
            Kind::Context => "context",
        }
    }
}

/// Which group a country on the map belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// A NATO member (the one list from outside the article, with its source).
    Nato,
    /// One of the four Indo-Pacific partners, tied to its card.
    Partner,
    /// A state the article names as an authoritarian challenger.
    Challenger,
    /// A country tied to an initiative card (Ukraine).
    Initiative,
}
