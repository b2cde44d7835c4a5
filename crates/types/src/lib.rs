//! The types the build and the widget share: the build checks the data file and assembles
//! what the widget shows as these (`data`), and writes them as the widget's statics
//! (`src/data.rs` includes them); and the names and values every side agrees on
//! (`contract`).
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

/// What the widget shows, as typed static data: the build makes these from a data file that
/// passed every rule, and writes them as Rust source the wasm is compiled with. Nothing at run
/// time parses or checks them again.
pub mod data {
    use super::{Group, Kind};

    /// A line of the story's facts ("When": "July 9").
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Fact {
        pub label: &'static str,
        pub value: &'static str,
    }

    /// The story at a glance.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Story {
        pub headline: &'static str,
        pub standfirst: &'static str,
        pub facts: &'static [Fact],
        /// Sentences quoted word for word from the article, in article order.
        pub quotes: &'static [&'static str],
    }

    /// Cards related to a card, under one label ("Named by", "Partners", …).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Connection {
        pub label: &'static str,
        /// Indices into the cards.
        pub cards: &'static [usize],
    }

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct DrawnCountry {
        /// ISO 3166-1 alpha-3, as in `data-iso`.
        pub iso: &'static str,
        pub group: Group,
        /// Index into the cards of the card it is tied to.
        pub card: Option<usize>,
        /// SVG path data, in map units.
        pub d: &'static str,
    }

    /// The locator map's drawing, made at build time. Only the server render reads it: the
    /// wasm keeps the drawing it finds in the page and carries no geometry.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct MapDrawing {
        pub width: u32,
        pub height: u32,
        /// All land, one outline, under the countries drawn on their own.
        pub land: &'static str,
        pub countries: &'static [DrawnCountry],
    }

    /// What the map's caption says of three of its groups, written at build time (and kept
    /// apart from the drawing, so that the wasm, which shows the caption, does not take it
    /// along).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct MapKey {
        /// How many NATO members the map shows, with the list's source: "32 NATO members
        /// as of July 2024".
        pub nato: &'static str,
        /// The initiatives the map shows a country for, by their cards' titles: "Ukraine".
        pub initiatives: &'static str,
        /// "Authoritarian states the article names: China, Russia and North Korea".
        pub challengers: &'static str,
    }
}

/// The names and values the widget and everything around it agree on: the scripts beside the
/// wasm (`static/*.js` import them from `static/contract.js`, which `build.rs` writes from
/// here), the WordPress plugin (the finisher writes them into it) and the tests. Change one
/// here, and every side follows.
pub mod contract {
    /// The release, as producers see it (the workspace's version; CHANGELOG.md's latest).
    pub const RELEASE: &str = env!("CARGO_PKG_VERSION");
    /// The custom element's tag name.
    pub const TAG: &str = "nato-ip4-explainer";
    /// The element the widget page and frame.html start the explainer in, and deep links'
    /// first segment.
    pub const HOST_ID: &str = "nato-ip4";
    /// The frame's messages to its host carry these, and the host takes no others.
    pub const NAMESPACE: &str = "nato-ip4-explainer";
    pub const PROTOCOL_VERSION: u32 = 1;
    /// What the reader does, told to the host page: a card opened or closed, a tab chosen.
    pub const CARD_EVENT: &str = "nato-ip4:card";
    pub const VIEW_EVENT: &str = "nato-ip4:view";
    /// How long after the reader's click or key press the widget may change the page's
    /// layout, in ms: the browser's own allowance for layout shifts that follow input.
    pub const INPUT_ALLOWANCE_MS: u32 = 500;
    /// The embed options, as attributes, query parameters, `mount()`'s keys and shortcode
    /// attributes.
    pub const OPTIONS: [&str; 3] = ["theme", "view", "card"];
    /// The values of `theme`, the default first.
    pub const THEMES: [&str; 3] = ["auto", "light", "dark"];
    /// The values of `view`, in the tabs' order, the default first.
    pub const VIEWS: [&str; 4] = ["initiatives", "people", "figures", "context"];
    /// A deep link to a card is this, then the card's id; to a view, this, `VIEW_LINK`, then
    /// the view's id (card ids have no slash).
    pub const LINK_PREFIX: &str = "#nato-ip4/";
    pub const VIEW_LINK: &str = "view/";
    /// The attribute that names a card's id on its list item, and on what leads to a card:
    /// a related card's link (`TO_ATTR`), a label or shape on the map (`MAP_ATTR`).
    pub const CARD_ATTR: &str = "data-card";
    pub const TO_ATTR: &str = "data-to";
    pub const MAP_ATTR: &str = "data-map";
    /// The attribute on each tab that names its view (one of `VIEWS`).
    pub const VIEW_ATTR: &str = "data-view";
    /// The attribute (with no value) on each button that opens and closes something: each
    /// card's, and the story's sources. The one in a card (`CARD_ATTR`) opens that card.
    pub const TOGGLE_ATTR: &str = "data-toggle";
    /// The card ids producers and readers rely on (the `card` option, deep links, the
    /// events' details): the four initiatives and the four partners. Renaming one breaks
    /// pasted snippets and shared links; the tests hold the article's data to them.
    pub const PINNED_CARDS: [&str; 8] = [
        "ukraine",
        "ai",
        "misinformation",
        "cybersecurity",
        "japan",
        "south-korea",
        "australia",
        "new-zealand",
    ];
    /// Every attribute above: the finisher checks that the markup it renders carries each.
    pub const ATTRIBUTES: [&str; 5] = [CARD_ATTR, TO_ATTR, MAP_ATTR, VIEW_ATTR, TOGGLE_ATTR];
}
