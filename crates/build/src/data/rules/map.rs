//! The rules of the map's groups, each declared once: what the build refuses, its check, and
//! a broken file that breaks it.

use super::{Broken, Checker, Rule};
use crate::data::raw::{List, RawFile, RawMap};
use nato_ip4_types::Kind;
use std::collections::HashSet;

/// Every map country's `iso` is three capital letters.
pub static ALPHA3_CODES: Rule = Rule {
    refuses: "a map country's `iso` is not an ISO 3166-1 alpha-3 code",
    check: alpha3_codes,
    broken: Broken::edit(
        "map-valid.toml",
        r#"iso = "AAA""#,
        r#"iso = "Aa1""#,
        "map.nato[0].iso",
        40,
    ),
};

fn alpha3_codes(c: &mut Checker, raw: &RawFile) {
    for (_, field, country) in raw.map.iter().flat_map(RawMap::countries) {
        let iso = country.iso.get_ref();
        if iso.len() != 3 || !iso.chars().all(|c| c.is_ascii_uppercase()) {
            c.report(
                country.iso.span().start,
                format!("{field}.iso"),
                format!("\"{iso}\" is not an ISO 3166-1 alpha-3 code (three capital letters)"),
            );
        }
    }
}

/// Every map country's `id` and `also` are three digits.
pub static NUMERIC_CODES: Rule = Rule {
    refuses: "a map country's `id` or `also` is not an ISO 3166-1 numeric code",
    check: numeric_codes,
    broken: Broken::edit(
        "map-valid.toml",
        r#"id = "001""#,
        r#"id = "01""#,
        "map.nato[0].id",
        40,
    ),
};

fn numeric_codes(c: &mut Checker, raw: &RawFile) {
    for (_, field, country) in raw.map.iter().flat_map(RawMap::countries) {
        for code in country.codes() {
            let id = code.get_ref();
            if id.len() != 3 || !id.chars().all(|c| c.is_ascii_digit()) {
                c.report(
                    code.span().start,
                    format!("{field}.id"),
                    format!("\"{id}\" is not an ISO 3166-1 numeric code (three digits)"),
                );
            }
        }
    }
}

/// No country is on the map twice.
pub static COUNTRIES_ONCE: Rule = Rule {
    refuses: "a country is on the map twice",
    check: countries_once,
    broken: Broken::file("map-country-twice.toml", "map.nato[3].id", 43),
};

fn countries_once(c: &mut Checker, raw: &RawFile) {
    let mut seen = HashSet::new();
    for (_, field, country) in raw.map.iter().flat_map(RawMap::countries) {
        for code in country.codes() {
            let id = code.get_ref();
            if !seen.insert(id.as_str()) {
                c.report(
                    code.span().start,
                    format!("{field}.id"),
                    format!("\"{id}\" is already on the map; a country belongs to one group"),
                );
            }
        }
    }
}

/// Every country of `map.nato` and `map.challengers` has a name.
pub static COUNTRIES_NAMED: Rule = Rule {
    refuses: "a country of `map.nato` or `map.challengers` has no `name`",
    check: countries_named,
    broken: Broken::edit(
        "map-valid.toml",
        r#", name = "Aland""#,
        "",
        "map.nato[0].name",
        40,
    ),
};

fn countries_named(c: &mut Checker, raw: &RawFile) {
    for (list, field, country) in raw.map.iter().flat_map(RawMap::countries) {
        if list != List::Cards && country.name.is_none() {
            c.report(
                country.iso.span().start,
                format!("{field}.name"),
                "is missing; every country in this group needs a name",
            );
        }
    }
}

/// Every challenger is named in the sentence given for them.
pub static CHALLENGERS_IN_THEIR_SENTENCE: Rule = Rule {
    refuses: "a challenger's name is not in `map.challengers_excerpt`",
    check: challengers_in_their_sentence,
    broken: Broken::file(
        "map-challenger-not-named.toml",
        "map.challengers[1].name",
        48,
    ),
};

fn challengers_in_their_sentence(c: &mut Checker, raw: &RawFile) {
    let Some(map) = &raw.map else { return };
    let sentence = map.challengers_excerpt.get_ref();
    for (list, field, country) in map.countries() {
        let Some(name) = country.name.as_ref().filter(|_| list == List::Challengers) else {
            continue;
        };
        if !sentence.contains(name.get_ref().as_str()) {
            c.report(
                name.span().start,
                format!("{field}.name"),
                format!(
                    "\"{}\" is not named in map.challengers_excerpt",
                    name.get_ref()
                ),
            );
        }
    }
}

/// Every country of `map.cards` names a partner or initiative card.
pub static CARD_COUNTRIES_TIED: Rule = Rule {
    refuses: "a country of `map.cards` names no card, or one that is not a partner or an initiative",
    check: card_countries_tied,
    broken: Broken::edit(
        "map-valid.toml",
        r#"card = "i1""#,
        r#"card = "four""#,
        "map.cards[4].card",
        55,
    ),
};

fn card_countries_tied(c: &mut Checker, raw: &RawFile) {
    let Some(map) = &raw.map else { return };
    for (list, field, country) in map.countries() {
        if list != List::Cards {
            continue;
        }
        let Some(id) = &country.card else {
            let message = "is missing; name the card this country is tied to";
            c.report(country.iso.span().start, format!("{field}.card"), message);
            continue;
        };
        let kind = raw.cards().find(|(_, _, c)| c.id.get_ref() == id.get_ref());
        if !matches!(kind, Some((Kind::Partner | Kind::Initiative, _, _))) {
            c.report(
                id.span().start,
                format!("{field}.card"),
                format!(
                    "\"{}\" is not the id of a partner or initiative card",
                    id.get_ref()
                ),
            );
        }
    }
}

/// Every partner card has a country on the map.
pub static PARTNERS_ON_THE_MAP: Rule = Rule {
    refuses: "a partner card has no country in `map.cards`",
    check: partners_on_the_map,
    broken: Broken::file("map-partner-without-country.toml", "map.cards", 50),
};

fn partners_on_the_map(c: &mut Checker, raw: &RawFile) {
    let Some(map) = &raw.map else { return };
    for partner in &raw.partner {
        let id = partner.id.get_ref();
        let tied = map
            .cards
            .get_ref()
            .iter()
            .any(|c| c.card.as_ref().is_some_and(|c| c.get_ref() == id));
        if !tied {
            c.report(
                map.cards.span().start,
                "map.cards",
                format!("has no country for the partner card \"{id}\""),
            );
        }
    }
}
