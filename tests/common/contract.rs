//! The card ids later work and embedders rely on (the widget issue's contract).

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
