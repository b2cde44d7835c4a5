//! The rules of the story and the cards, each declared once: what the build refuses, its
//! check, and a broken file that breaks it.

use super::{Broken, Checker, Rule, longest_prefix_in};
use crate::data::raw::RawFile;
use nato_ip4_types::Kind;
use std::collections::HashSet;
use toml::Spanned;

/// Ids are made of `a-z`, `0-9` and `-`.
pub static IDS_PLAIN: Rule = Rule {
    refuses: "an id is not made of `a-z`, `0-9` and `-`",
    check: ids_plain,
    broken: Broken::edit(
        "valid.toml",
        r#"id = "p4""#,
        r#"id = "P_4""#,
        "partner[3].id",
        11,
    ),
};

fn ids_plain(c: &mut Checker, raw: &RawFile) {
    for (kind, i, card) in raw.cards() {
        let id = card.id.get_ref();
        let plain = id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !id.trim().is_empty() && !plain {
            c.report(
                card.id.span().start,
                format!("{}[{i}].id", kind.table()),
                format!("\"{id}\" may use only a-z, 0-9 and '-' (it becomes a link anchor)"),
            );
        }
    }
}

/// Ids are unique.
pub static IDS_UNIQUE: Rule = Rule {
    refuses: "an id repeats",
    check: ids_unique,
    broken: Broken::file("duplicate-id.toml", "initiative[1].id", 3),
};

fn ids_unique(c: &mut Checker, raw: &RawFile) {
    let mut seen = HashSet::new();
    for (kind, i, card) in raw.cards() {
        let id = card.id.get_ref();
        if !seen.insert(id.as_str()) {
            c.report(
                card.id.span().start,
                format!("{}[{i}].id", kind.table()),
                format!("\"{id}\" is already the id of another card; ids must be unique"),
            );
        }
    }
}

/// Every link names cards that exist, at least one at each end.
pub static LINKS_NAME_CARDS: Rule = Rule {
    refuses: "a link names an id that no card has, or no card at one end",
    check: links_name_cards,
    broken: Broken::file("dangling-reference.toml", "link[0].to[1]", 31),
};

fn links_name_cards(c: &mut Checker, raw: &RawFile) {
    let ids: HashSet<&str> = raw
        .cards()
        .map(|(_, _, c)| c.id.get_ref().as_str())
        .collect();
    for (i, link) in raw.link.iter().enumerate() {
        for (name, side) in [("from", &link.from), ("to", &link.to)] {
            if side.is_empty() {
                c.report(
                    link.label.span().start,
                    format!("link[{i}].{name}"),
                    "is empty; name at least one card id",
                );
            }
            for (j, id) in side.iter().enumerate() {
                if !ids.contains(id.get_ref().as_str()) {
                    c.report(
                        id.span().start,
                        format!("link[{i}].{name}[{j}]"),
                        format!("\"{}\" is not the id of any card", id.get_ref()),
                    );
                }
            }
        }
    }
}

/// Every excerpt is found word for word in the article.
pub static EXCERPTS_VERBATIM: Rule = Rule {
    refuses: "an excerpt is not found word for word in the article (the message says where it stops matching)",
    check: excerpts_verbatim,
    broken: Broken::file("excerpt-not-verbatim.toml", "partner[3].excerpts[0]", 11),
};

fn excerpts_verbatim(c: &mut Checker, raw: &RawFile) {
    for (field, excerpt) in raw.excerpts() {
        let quote = excerpt.get_ref();
        // An empty one is the required-field rule's to report.
        if quote.trim().is_empty() || c.article.contains(quote.as_str()) {
            continue;
        }
        let agreed = longest_prefix_in(c.article, quote);
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
        c.report(excerpt.span().start, field, message);
    }
}

/// No required field is empty.
pub static REQUIRED_FIELDS: Rule = Rule {
    refuses: "a required field is empty",
    check: required_fields,
    broken: Broken::file("empty-field.toml", "initiative[2].title", 4),
};

fn required_fields(c: &mut Checker, raw: &RawFile) {
    let mut texts: Vec<(String, &Spanned<String>)> = vec![
        ("story.headline".to_owned(), &raw.story.headline),
        ("story.standfirst".to_owned(), &raw.story.standfirst),
    ];
    for (i, fact) in raw.story.fact.iter().enumerate() {
        texts.push((format!("story.fact[{i}].label"), &fact.label));
        texts.push((format!("story.fact[{i}].value"), &fact.value));
    }
    for (kind, i, card) in raw.cards() {
        let field = |name: &str| format!("{}[{i}].{name}", kind.table());
        texts.push((field("id"), &card.id));
        texts.push((field("title"), &card.title));
        texts.push((field("summary"), &card.summary));
        for (name, value, owner) in card.owned_fields() {
            if let (Some(value), true) = (value, kind == owner) {
                texts.push((field(name), value));
            }
        }
    }
    for (i, link) in raw.link.iter().enumerate() {
        texts.push((format!("link[{i}].label"), &link.label));
        texts.push((format!("link[{i}].back"), &link.back));
    }
    if let Some(map) = &raw.map {
        texts.push(("map.nato_source".to_owned(), &map.nato_source));
    }
    texts.extend(raw.excerpts());
    for (field, value) in texts {
        if value.get_ref().trim().is_empty() {
            c.report(
                value.span().start,
                field,
                "is empty; write the text it needs",
            );
        }
    }
}

/// A person has a `role` and a figure a `figure`, and no other card has either.
pub static ROLES_AND_FIGURES: Rule = Rule {
    refuses: "a person has no `role` or a figure no `figure`, or another card has either",
    check: roles_and_figures,
    broken: Broken::file("missing-role.toml", "person[0].role", 14),
};

fn roles_and_figures(c: &mut Checker, raw: &RawFile) {
    for (kind, i, card) in raw.cards() {
        let field = |name: &str| format!("{}[{i}].{name}", kind.table());
        for (name, value, owner) in card.owned_fields() {
            let table = owner.table();
            match (value, kind == owner) {
                (None, true) => c.report(
                    card.id.span().start,
                    field(name),
                    format!("is missing; every [[{table}]] needs a {name}"),
                ),
                (Some(value), false) => c.report(
                    value.span().start,
                    field(name),
                    format!("is only used on [[{table}]] cards; remove it here"),
                ),
                _ => {}
            }
        }
    }
}

/// There are exactly four initiatives and four partners.
pub static FOUR_OF_EACH: Rule = Rule {
    refuses: "there are not exactly four `[[initiative]]` and four `[[partner]]` cards",
    check: four_of_each,
    broken: Broken::file("three-initiatives.toml", "initiative[2]", 4),
};

fn four_of_each(c: &mut Checker, raw: &RawFile) {
    for (kind, cards) in [
        (Kind::Initiative, &raw.initiative),
        (Kind::Partner, &raw.partner),
    ] {
        if cards.len() == 4 {
            continue;
        }
        let kind = kind.table();
        let (offset, field) = match cards.get(4).or(cards.last()) {
            Some(card) => (card.id.span().start, format!("{kind}[{}]", cards.len() - 1)),
            None => (0, kind.to_owned()),
        };
        c.report(
            offset,
            field,
            format!(
                "there are {} [[{kind}]] cards; the explainer needs exactly 4",
                cards.len()
            ),
        );
    }
}

/// There are at most 64 cards: the state keeps the open ones as the bits of a `u64`.
pub static AT_MOST_64_CARDS: Rule = Rule {
    refuses: "there are more than 64 cards (the state keeps the open ones as the bits of a 64-bit number)",
    check: at_most_64_cards,
    broken: Broken::file("too-many-cards.toml", "figure[55]", 73),
};

fn at_most_64_cards(c: &mut Checker, raw: &RawFile) {
    let count = raw.cards().count();
    if let Some((kind, i, card)) = raw.cards().nth(64) {
        c.report(
            card.id.span().start,
            format!("{}[{i}]", kind.table()),
            format!(
                "there are {count} cards; the explainer keeps at most 64 (it holds the open \
                 ones as the bits of a 64-bit number)"
            ),
        );
    }
}

/// Every card rests on a sentence of the article: an excerpt of its own, or the
/// excerpt of a link it takes part in. (A card whose own excerpts are refused has been
/// reported by the excerpt rule already.)
pub static CARDS_REST_ON_SENTENCES: Rule = Rule {
    refuses: "a card rests on no sentence of the article",
    check: cards_rest_on_sentences,
    broken: Broken::edit(
        "valid.toml",
        r#", excerpts = ["Delta said \"yes\" to everyone."]"#,
        "",
        "partner[3].excerpts",
        11,
    ),
};

fn cards_rest_on_sentences(c: &mut Checker, raw: &RawFile) {
    let linked: HashSet<&str> = raw
        .link
        .iter()
        .filter(|link| c.article.contains(link.excerpt.get_ref().as_str()))
        .filter(|link| !link.excerpt.get_ref().trim().is_empty())
        .flat_map(|link| link.from.iter().chain(&link.to))
        .map(|id| id.get_ref().as_str())
        .collect();
    for (kind, i, card) in raw.cards() {
        if card.excerpts.is_empty() && !linked.contains(card.id.get_ref().as_str()) {
            c.report(
                card.id.span().start,
                format!("{}[{i}].excerpts", kind.table()),
                "the card rests on no sentence of the article: give it an excerpt or a link",
            );
        }
    }
}

/// The headline is the article's own title, its first line.
pub static HEADLINE_IS_TITLE: Rule = Rule {
    refuses: "the headline is not the article's title line",
    check: headline_is_the_title,
    broken: Broken::file("headline-not-title.toml", "story.headline", 21),
};

fn headline_is_the_title(c: &mut Checker, raw: &RawFile) {
    let title = c.article.lines().next().unwrap_or("").trim();
    let headline = raw.story.headline.get_ref();
    if !headline.trim().is_empty() && headline != title {
        c.report(
            raw.story.headline.span().start,
            "story.headline",
            format!("is not the article's title line, which reads \"{title}\""),
        );
    }
}

/// `map.nato` lists as many members as the figure card `map.members_card` says.
pub static MEMBERS_AS_THE_FIGURE_SAYS: Rule = Rule {
    refuses: "`map.members_card` is not a `[[figure]]` card, or `map.nato` lists another number of members than its figure",
    check: members_as_the_figure_says,
    broken: Broken::file("map-member-count.toml", "map.nato", 39),
};

fn members_as_the_figure_says(c: &mut Checker, raw: &RawFile) {
    let Some(map) = &raw.map else { return };
    let named = map.members_card.get_ref();
    let figure = raw
        .cards()
        .find(|(kind, _, c)| *kind == Kind::Figure && c.id.get_ref() == named);
    let Some((_, _, figure)) = figure else {
        let message = format!("\"{named}\" is not the id of a [[figure]] card");
        c.report(map.members_card.span().start, "map.members_card", message);
        return;
    };
    let says = figure
        .figure
        .as_ref()
        .map_or("nothing", |f| f.get_ref().as_str());
    let listed = map.nato.get_ref().len();
    if says.trim().parse::<usize>().ok() != Some(listed) {
        let message =
            format!("lists {listed} members, but the figure card \"{named}\" says {says}");
        c.report(map.nato.span().start, "map.nato", message);
    }
}
