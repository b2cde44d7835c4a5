//! What the widget shows, from a file that passed every rule: the story, the cards (each
//! with its quotes and connections) and the map's groups. The text is the widget's own types
//! (`nato_ip4_types::data`), made `'static` by leaking it: the build runs once and ends.

use super::raw::{List, RawFile, RawMap};
use super::{Article, MapCountry, MapGroups, Place, line_column};
use nato_ip4_types::data::{Card, Connection, Fact, Story};
use nato_ip4_types::{Group, Kind};
use std::collections::HashMap;
use toml::Spanned;

/// What the widget shows, from a file that passed every rule.
pub fn assemble(raw: &RawFile, source: &str, article: &str) -> Article {
    let story_quotes = raw
        .story
        .excerpts
        .iter()
        .map(|e| placed(article, e))
        .collect();
    let index_of = index_of(raw);
    let cards = cards_of(raw, article, &index_of);
    let map = raw
        .map
        .as_ref()
        .map(|map| map_groups_of(map, &index_of, cards, source));
    let facts: Vec<Fact> = raw
        .story
        .fact
        .iter()
        .map(|f| Fact {
            label: text(f.label.get_ref()),
            value: text(f.value.get_ref()),
        })
        .collect();
    Article {
        story: Story {
            headline: text(raw.story.headline.get_ref()),
            standfirst: text(raw.story.standfirst.get_ref()),
            facts: facts.leak(),
            quotes: in_article_order(story_quotes),
        },
        cards,
        map,
    }
}

/// `value` as the widget's text: `'static`.
fn text(value: &str) -> &'static str {
    value.to_owned().leak()
}

/// Each card's position among all cards, by id.
fn index_of(raw: &RawFile) -> HashMap<&str, usize> {
    raw.cards()
        .enumerate()
        .map(|(index, (_, _, card))| (card.id.get_ref().as_str(), index))
        .collect()
}

/// The cards, each with its quotes (its own excerpts and its links' sentences, in article
/// order) and its connections (its links' other ends, by label).
fn cards_of(raw: &RawFile, article: &str, index_of: &HashMap<&str, usize>) -> &'static [Card] {
    let mut quotes: Vec<Vec<(usize, &'static str)>> = Vec::new();
    let mut connections: Vec<Vec<(&'static str, Vec<usize>)>> = Vec::new();
    for (_, _, card) in raw.cards() {
        quotes.push(card.excerpts.iter().map(|e| placed(article, e)).collect());
        connections.push(Vec::new());
    }
    for link in &raw.link {
        let quote = placed(article, &link.excerpt);
        let ends = |side: &[Spanned<String>]| -> Vec<usize> {
            side.iter()
                .map(|id| index_of[id.get_ref().as_str()])
                .collect()
        };
        let (from, to) = (ends(&link.from), ends(&link.to));
        for (members, label, others) in [(&from, &link.label, &to), (&to, &link.back, &from)] {
            for &card in members {
                quotes[card].push(quote);
                let others: Vec<usize> = others.iter().copied().filter(|&o| o != card).collect();
                add_connection(&mut connections[card], label.get_ref(), &others);
            }
        }
    }
    let cards: Vec<Card> = raw
        .cards()
        .zip(quotes)
        .zip(connections)
        .map(|(((kind, _, card), quotes), connections)| Card {
            id: text(card.id.get_ref()),
            kind,
            title: text(card.title.get_ref()),
            role: card.role.as_ref().map(|r| text(r.get_ref())),
            figure: card.figure.as_ref().map(|f| text(f.get_ref())),
            summary: text(card.summary.get_ref()),
            quotes: in_article_order(quotes),
            connections: connections
                .into_iter()
                .map(|(label, cards)| Connection {
                    label,
                    cards: cards.leak(),
                })
                .collect::<Vec<_>>()
                .leak(),
        })
        .collect();
    cards.leak()
}

/// The map's countries in their groups: a country of `map.cards` is in its card's.
fn map_groups_of(
    map: &RawMap,
    index_of: &HashMap<&str, usize>,
    cards: &[Card],
    source: &str,
) -> MapGroups {
    let countries = map
        .countries()
        .into_iter()
        .map(|(list, field, country)| {
            let card = country
                .card
                .as_ref()
                .map(|c| index_of[c.get_ref().as_str()]);
            let group = match (list, card.map(|c| cards[c].kind)) {
                (List::Nato, _) => Group::Nato,
                (List::Challengers, _) => Group::Challenger,
                (List::Cards, Some(Kind::Partner)) => Group::Partner,
                (List::Cards, _) => Group::Initiative,
            };
            let (line, column) = line_column(source, country.id.span().start);
            MapCountry {
                group,
                iso: country.iso.get_ref().clone(),
                id: country.id.get_ref().clone(),
                also: country.also.iter().map(|a| a.get_ref().clone()).collect(),
                name: country.name.as_ref().map(|n| n.get_ref().clone()),
                card,
                at: Place {
                    line,
                    column,
                    field: format!("{field}.id"),
                },
            }
        })
        .collect();
    MapGroups {
        nato_source: map.nato_source.get_ref().clone(),
        countries,
    }
}

/// A quote with where it stands in the article (checked to be there).
fn placed(article: &str, quote: &Spanned<String>) -> (usize, &'static str) {
    let quote = quote.get_ref();
    (
        article.find(quote.as_str()).unwrap_or(usize::MAX),
        text(quote),
    )
}

/// Quotes by where they stand in the article, each once.
fn in_article_order(mut quotes: Vec<(usize, &'static str)>) -> &'static [&'static str] {
    quotes.sort();
    quotes.dedup();
    quotes
        .into_iter()
        .map(|(_, quote)| quote)
        .collect::<Vec<_>>()
        .leak()
}

fn add_connection(
    connections: &mut Vec<(&'static str, Vec<usize>)>,
    label: &str,
    others: &[usize],
) {
    if others.is_empty() {
        return;
    }
    let index = match connections.iter().position(|(l, _)| *l == label) {
        Some(index) => index,
        None => {
            connections.push((text(label), Vec::new()));
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
