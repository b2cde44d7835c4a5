//! The card ids producers and readers rely on (the `card` option, deep links, the events'
//! details): renaming one breaks pasted snippets and shared links.

pub const CONTRACT_CARDS: [&str; 8] = [
    "ukraine",
    "ai",
    "misinformation",
    "cybersecurity",
    "japan",
    "south-korea",
    "australia",
    "new-zealand",
];
