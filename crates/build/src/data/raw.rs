//! The data file as TOML reads it, every value with where it is written (`Spanned`), so that a
//! rule can name the line of what breaks it.

use nato_ip4_types::Kind;
use serde::Deserialize;
use toml::Spanned;

/// The map's lists in the data file: `Cards` countries take their group from their card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Nato,
    Challengers,
    Cards,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    pub story: RawStory,
    #[serde(default)]
    pub initiative: Vec<RawCard>,
    #[serde(default)]
    pub partner: Vec<RawCard>,
    #[serde(default)]
    pub person: Vec<RawCard>,
    #[serde(default)]
    pub figure: Vec<RawCard>,
    #[serde(default)]
    pub context: Vec<RawCard>,
    #[serde(default)]
    pub link: Vec<RawLink>,
    pub map: Option<RawMap>,
}

impl RawFile {
    /// Every card with its kind and its position in its table.
    pub fn cards(&self) -> impl Iterator<Item = (Kind, usize, &RawCard)> {
        let tables = [
            &self.initiative,
            &self.partner,
            &self.person,
            &self.figure,
            &self.context,
        ];
        Kind::ALL
            .into_iter()
            .zip(tables)
            .flat_map(|(kind, cards)| cards.iter().enumerate().map(move |(i, c)| (kind, i, c)))
    }

    /// Every excerpt in the file (the story's, the cards', the links' and the map's), each
    /// with its field name.
    pub fn excerpts(&self) -> Vec<(String, &Spanned<String>)> {
        let mut excerpts: Vec<(String, &Spanned<String>)> = Vec::new();
        for (i, e) in self.story.excerpts.iter().enumerate() {
            excerpts.push((format!("story.excerpts[{i}]"), e));
        }
        for (kind, i, card) in self.cards() {
            for (j, e) in card.excerpts.iter().enumerate() {
                excerpts.push((format!("{}[{i}].excerpts[{j}]", kind.table()), e));
            }
        }
        for (i, link) in self.link.iter().enumerate() {
            excerpts.push((format!("link[{i}].excerpt"), &link.excerpt));
        }
        if let Some(map) = &self.map {
            excerpts.push((
                "map.challengers_excerpt".to_owned(),
                &map.challengers_excerpt,
            ));
        }
        excerpts
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStory {
    pub headline: Spanned<String>,
    pub standfirst: Spanned<String>,
    #[serde(default)]
    pub excerpts: Vec<Spanned<String>>,
    #[serde(default)]
    pub fact: Vec<RawFact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFact {
    pub label: Spanned<String>,
    pub value: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCard {
    pub id: Spanned<String>,
    pub title: Spanned<String>,
    pub summary: Spanned<String>,
    pub role: Option<Spanned<String>>,
    pub figure: Option<Spanned<String>>,
    #[serde(default)]
    pub excerpts: Vec<Spanned<String>>,
}

impl RawCard {
    /// The fields only one kind of card has: each with its name and that kind.
    pub fn owned_fields(&self) -> [(&'static str, &Option<Spanned<String>>, Kind); 2] {
        [
            ("role", &self.role, Kind::Person),
            ("figure", &self.figure, Kind::Figure),
        ]
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLink {
    pub from: Vec<Spanned<String>>,
    pub to: Vec<Spanned<String>>,
    pub label: Spanned<String>,
    pub back: Spanned<String>,
    pub excerpt: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawMap {
    pub nato_source: Spanned<String>,
    pub members_card: Spanned<String>,
    pub nato: Spanned<Vec<RawCountry>>,
    pub challengers_excerpt: Spanned<String>,
    pub challengers: Vec<RawCountry>,
    pub cards: Spanned<Vec<RawCountry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCountry {
    pub iso: Spanned<String>,
    pub id: Spanned<String>,
    pub name: Option<Spanned<String>>,
    pub card: Option<Spanned<String>>,
    #[serde(default)]
    pub also: Vec<Spanned<String>>,
}

impl RawCountry {
    /// Its numeric codes: `id`, then those it also stands for.
    pub fn codes(&self) -> impl Iterator<Item = &Spanned<String>> {
        std::iter::once(&self.id).chain(&self.also)
    }
}

impl RawMap {
    /// Every country with its list and its field name.
    pub fn countries(&self) -> Vec<(List, String, &RawCountry)> {
        let lists: [(List, &str, &[RawCountry]); 3] = [
            (List::Nato, "nato", self.nato.get_ref()),
            (List::Challengers, "challengers", &self.challengers),
            (List::Cards, "cards", self.cards.get_ref()),
        ];
        lists
            .into_iter()
            .flat_map(|(group, list, countries)| {
                countries
                    .iter()
                    .enumerate()
                    .map(move |(i, c)| (group, format!("map.{list}[{i}]"), c))
            })
            .collect()
    }
}
