//! Build-time half of the data flow: reads `src/article.toml`, checks it against the article
//! text, and writes the typed static data that `src/data.rs` includes.
//!
//! Used by the widget's `build.rs` and its native tests (`tests/data_rules.rs`); never by the
//! wasm, which carries no TOML parser.
//!
//! [`check`] applies the rules in the order docs/data.md lists them, one function each; only
//! when every rule holds does [`assemble`] turn the file into what the widget shows.

use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::fmt::Write as _;
use toml::Spanned;

use crate::map::Drawing;
pub use nato_ip4_types::{Group, Kind};

/// One thing wrong with the data file, located for the person who edits it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The rule it breaks.
    pub rule: Rule,
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}: {}",
            self.file, self.line, self.column, self.field, self.message
        )
    }
}

/// The rules a data file must keep, in the order they are checked and docs/data.md lists
/// them; each is one method of [`Checker`]. A problem names the rule it breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rule {
    ValidToml,
    IdsPlain,
    IdsUnique,
    LinksNameCards,
    ExcerptsVerbatim,
    RequiredFields,
    RolesAndFigures,
    FourOfEach,
    AtMost64Cards,
    CardsRestOnSentences,
    HeadlineIsTitle,
    MembersAsTheFigureSays,
    Alpha3Codes,
    NumericCodes,
    CountriesOnce,
    CountriesNamed,
    ChallengersInTheirSentence,
    CardCountriesTied,
    PartnersOnTheMap,
}

impl Rule {
    pub const ALL: [Rule; 19] = [
        Rule::ValidToml,
        Rule::IdsPlain,
        Rule::IdsUnique,
        Rule::LinksNameCards,
        Rule::ExcerptsVerbatim,
        Rule::RequiredFields,
        Rule::RolesAndFigures,
        Rule::FourOfEach,
        Rule::AtMost64Cards,
        Rule::CardsRestOnSentences,
        Rule::HeadlineIsTitle,
        Rule::MembersAsTheFigureSays,
        Rule::Alpha3Codes,
        Rule::NumericCodes,
        Rule::CountriesOnce,
        Rule::CountriesNamed,
        Rule::ChallengersInTheirSentence,
        Rule::CardCountriesTied,
        Rule::PartnersOnTheMap,
    ];

    /// When the build refuses a file for this rule, as docs/data.md lists it.
    pub fn refuses(self) -> &'static str {
        match self {
            Rule::ValidToml => "the file is not valid TOML, or has a field it does not know",
            Rule::IdsPlain => "an id is not made of `a-z`, `0-9` and `-`",
            Rule::IdsUnique => "an id repeats",
            Rule::LinksNameCards => "a link names an id that no card has, or no card at one end",
            Rule::ExcerptsVerbatim => {
                "an excerpt is not found word for word in the article (the message says where \
                 it stops matching)"
            }
            Rule::RequiredFields => "a required field is empty",
            Rule::RolesAndFigures => {
                "a person has no `role` or a figure no `figure`, or another card has either"
            }
            Rule::FourOfEach => {
                "there are not exactly four `[[initiative]]` and four `[[partner]]` cards"
            }
            Rule::AtMost64Cards => {
                "there are more than 64 cards (the state keeps the open ones as the bits of a \
                 64-bit number)"
            }
            Rule::CardsRestOnSentences => "a card rests on no sentence of the article",
            Rule::HeadlineIsTitle => "the headline is not the article's title line",
            Rule::MembersAsTheFigureSays => {
                "`map.members_card` is not a `[[figure]]` card, or `map.nato` lists another \
                 number of members than its figure"
            }
            Rule::Alpha3Codes => "a map country's `iso` is not an ISO 3166-1 alpha-3 code",
            Rule::NumericCodes => {
                "a map country's `id` or `also` is not an ISO 3166-1 numeric code"
            }
            Rule::CountriesOnce => "a country is on the map twice",
            Rule::CountriesNamed => "a country of `map.nato` or `map.challengers` has no `name`",
            Rule::ChallengersInTheirSentence => {
                "a challenger's name is not in `map.challengers_excerpt`"
            }
            Rule::CardCountriesTied => {
                "a country of `map.cards` names no card, or one that is not a partner or an \
                 initiative"
            }
            Rule::PartnersOnTheMap => "a partner card has no country in `map.cards`",
        }
    }
}

/// The map's lists in the data file: `Cards` countries take their group from their card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum List {
    Nato,
    Challengers,
    Cards,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    story: RawStory,
    #[serde(default)]
    initiative: Vec<RawCard>,
    #[serde(default)]
    partner: Vec<RawCard>,
    #[serde(default)]
    person: Vec<RawCard>,
    #[serde(default)]
    figure: Vec<RawCard>,
    #[serde(default)]
    context: Vec<RawCard>,
    #[serde(default)]
    link: Vec<RawLink>,
    map: Option<RawMap>,
}

impl RawFile {
    /// Every card with its kind and its position in its table.
    fn cards(&self) -> impl Iterator<Item = (Kind, usize, &RawCard)> {
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
    fn excerpts(&self) -> Vec<(String, &Spanned<String>)> {
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
struct RawStory {
    headline: Spanned<String>,
    standfirst: Spanned<String>,
    #[serde(default)]
    excerpts: Vec<Spanned<String>>,
    #[serde(default)]
    fact: Vec<RawFact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    label: Spanned<String>,
    value: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCard {
    id: Spanned<String>,
    title: Spanned<String>,
    summary: Spanned<String>,
    role: Option<Spanned<String>>,
    figure: Option<Spanned<String>>,
    #[serde(default)]
    excerpts: Vec<Spanned<String>>,
}

impl RawCard {
    /// The fields only one kind of card has: each with its name and that kind.
    fn owned_fields(&self) -> [(&'static str, &Option<Spanned<String>>, Kind); 2] {
        [
            ("role", &self.role, Kind::Person),
            ("figure", &self.figure, Kind::Figure),
        ]
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLink {
    from: Vec<Spanned<String>>,
    to: Vec<Spanned<String>>,
    label: Spanned<String>,
    back: Spanned<String>,
    excerpt: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMap {
    nato_source: Spanned<String>,
    members_card: Spanned<String>,
    nato: Spanned<Vec<RawCountry>>,
    challengers_excerpt: Spanned<String>,
    challengers: Vec<RawCountry>,
    cards: Spanned<Vec<RawCountry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCountry {
    iso: Spanned<String>,
    id: Spanned<String>,
    name: Option<Spanned<String>>,
    card: Option<Spanned<String>>,
    #[serde(default)]
    also: Vec<Spanned<String>>,
}

impl RawMap {
    /// Every country with its list and its field name.
    fn countries(&self) -> Vec<(List, String, &RawCountry)> {
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

/// Collects problems with their positions in the data file.
struct Checker<'a> {
    /// The rule being checked, which every problem reported names.
    rule: Rule,
    file: &'a str,
    source: &'a str,
    article: &'a str,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, offset: usize, field: impl Into<String>, message: impl Into<String>) {
        let (line, column) = line_column(self.source, offset);
        self.problems.push(Problem {
            rule: self.rule,
            file: self.file.to_owned(),
            line,
            column,
            field: field.into(),
            message: message.into(),
        });
    }

    // ------------------------------------------------------------- the rules, in order

    /// The file is valid TOML, with no field it does not know.
    fn valid_toml(&mut self) -> Option<RawFile> {
        match toml::from_str(self.source) {
            Ok(raw) => Some(raw),
            Err(error) => {
                let offset = error.span().map_or(0, |span| span.start);
                let message = error.message().trim().to_owned();
                self.report(offset, "file", format!("is not valid: {message}"));
                None
            }
        }
    }

    /// Ids are made of `a-z`, `0-9` and `-`.
    fn ids_plain(&mut self, raw: &RawFile) {
        for (kind, i, card) in raw.cards() {
            let id = card.id.get_ref();
            let plain = id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !id.trim().is_empty() && !plain {
                self.report(
                    card.id.span().start,
                    format!("{}[{i}].id", kind.table()),
                    format!("\"{id}\" may use only a-z, 0-9 and '-' (it becomes a link anchor)"),
                );
            }
        }
    }

    /// Ids are unique.
    fn ids_unique(&mut self, raw: &RawFile) {
        let mut seen = HashSet::new();
        for (kind, i, card) in raw.cards() {
            let id = card.id.get_ref();
            if !seen.insert(id.as_str()) {
                self.report(
                    card.id.span().start,
                    format!("{}[{i}].id", kind.table()),
                    format!("\"{id}\" is already the id of another card; ids must be unique"),
                );
            }
        }
    }

    /// Every link names cards that exist, at least one at each end.
    fn links_name_cards(&mut self, raw: &RawFile) {
        let ids: HashSet<&str> = raw
            .cards()
            .map(|(_, _, c)| c.id.get_ref().as_str())
            .collect();
        for (i, link) in raw.link.iter().enumerate() {
            for (name, side) in [("from", &link.from), ("to", &link.to)] {
                if side.is_empty() {
                    self.report(
                        link.label.span().start,
                        format!("link[{i}].{name}"),
                        "is empty; name at least one card id",
                    );
                }
                for (j, id) in side.iter().enumerate() {
                    if !ids.contains(id.get_ref().as_str()) {
                        self.report(
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
    fn excerpts_verbatim(&mut self, raw: &RawFile) {
        for (field, excerpt) in raw.excerpts() {
            let quote = excerpt.get_ref();
            // An empty one is the required-field rule's to report.
            if quote.trim().is_empty() || self.article.contains(quote.as_str()) {
                continue;
            }
            let agreed = longest_prefix_in(self.article, quote);
            let message = if agreed.is_empty() {
                "is not found word for word in the article (no part of its start matches)"
                    .to_owned()
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
            self.report(excerpt.span().start, field, message);
        }
    }

    /// No required field is empty.
    fn required_fields(&mut self, raw: &RawFile) {
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
                self.report(
                    value.span().start,
                    field,
                    "is empty; write the text it needs",
                );
            }
        }
    }

    /// A person has a `role` and a figure a `figure`, and no other card has either.
    fn roles_and_figures(&mut self, raw: &RawFile) {
        for (kind, i, card) in raw.cards() {
            let field = |name: &str| format!("{}[{i}].{name}", kind.table());
            for (name, value, owner) in card.owned_fields() {
                let table = owner.table();
                match (value, kind == owner) {
                    (None, true) => self.report(
                        card.id.span().start,
                        field(name),
                        format!("is missing; every [[{table}]] needs a {name}"),
                    ),
                    (Some(value), false) => self.report(
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
    fn four_of_each(&mut self, raw: &RawFile) {
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
            self.report(
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
    fn at_most_64_cards(&mut self, raw: &RawFile) {
        let count = raw.cards().count();
        if let Some((kind, i, card)) = raw.cards().nth(64) {
            self.report(
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
    fn cards_rest_on_sentences(&mut self, raw: &RawFile) {
        let linked: HashSet<&str> = raw
            .link
            .iter()
            .filter(|link| self.article.contains(link.excerpt.get_ref().as_str()))
            .filter(|link| !link.excerpt.get_ref().trim().is_empty())
            .flat_map(|link| link.from.iter().chain(&link.to))
            .map(|id| id.get_ref().as_str())
            .collect();
        for (kind, i, card) in raw.cards() {
            if card.excerpts.is_empty() && !linked.contains(card.id.get_ref().as_str()) {
                self.report(
                    card.id.span().start,
                    format!("{}[{i}].excerpts", kind.table()),
                    "the card rests on no sentence of the article: give it an excerpt or a link",
                );
            }
        }
    }

    /// The headline is the article's own title, its first line.
    fn headline_is_the_title(&mut self, raw: &RawFile) {
        let title = self.article.lines().next().unwrap_or("").trim();
        let headline = raw.story.headline.get_ref();
        if !headline.trim().is_empty() && headline != title {
            self.report(
                raw.story.headline.span().start,
                "story.headline",
                format!("is not the article's title line, which reads \"{title}\""),
            );
        }
    }

    /// `map.nato` lists as many members as the figure card `map.members_card` says.
    fn members_as_the_figure_says(&mut self, raw: &RawFile) {
        let Some(map) = &raw.map else { return };
        let named = map.members_card.get_ref();
        let figure = raw
            .cards()
            .find(|(kind, _, c)| *kind == Kind::Figure && c.id.get_ref() == named);
        let Some((_, _, figure)) = figure else {
            let message = format!("\"{named}\" is not the id of a [[figure]] card");
            self.report(map.members_card.span().start, "map.members_card", message);
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
            self.report(map.nato.span().start, "map.nato", message);
        }
    }

    /// Every map country's `iso` is three capital letters.
    fn alpha3_codes(&mut self, raw: &RawFile) {
        for (_, field, country) in raw.map.iter().flat_map(RawMap::countries) {
            let iso = country.iso.get_ref();
            if iso.len() != 3 || !iso.chars().all(|c| c.is_ascii_uppercase()) {
                self.report(
                    country.iso.span().start,
                    format!("{field}.iso"),
                    format!("\"{iso}\" is not an ISO 3166-1 alpha-3 code (three capital letters)"),
                );
            }
        }
    }

    /// Every map country's `id` and `also` are three digits.
    fn numeric_codes(&mut self, raw: &RawFile) {
        for (_, field, country) in raw.map.iter().flat_map(RawMap::countries) {
            for code in std::iter::once(&country.id).chain(&country.also) {
                let id = code.get_ref();
                if id.len() != 3 || !id.chars().all(|c| c.is_ascii_digit()) {
                    self.report(
                        code.span().start,
                        format!("{field}.id"),
                        format!("\"{id}\" is not an ISO 3166-1 numeric code (three digits)"),
                    );
                }
            }
        }
    }

    /// No country is on the map twice.
    fn countries_once(&mut self, raw: &RawFile) {
        let mut seen = HashSet::new();
        for (_, field, country) in raw.map.iter().flat_map(RawMap::countries) {
            for code in std::iter::once(&country.id).chain(&country.also) {
                let id = code.get_ref();
                if !seen.insert(id.as_str()) {
                    self.report(
                        code.span().start,
                        format!("{field}.id"),
                        format!("\"{id}\" is already on the map; a country belongs to one group"),
                    );
                }
            }
        }
    }

    /// Every country of `map.nato` and `map.challengers` has a name.
    fn countries_named(&mut self, raw: &RawFile) {
        for (list, field, country) in raw.map.iter().flat_map(RawMap::countries) {
            if list != List::Cards && country.name.is_none() {
                self.report(
                    country.iso.span().start,
                    format!("{field}.name"),
                    "is missing; every country in this group needs a name",
                );
            }
        }
    }

    /// Every challenger is named in the sentence given for them.
    fn challengers_in_their_sentence(&mut self, raw: &RawFile) {
        let Some(map) = &raw.map else { return };
        let sentence = map.challengers_excerpt.get_ref();
        for (list, field, country) in map.countries() {
            let Some(name) = country.name.as_ref().filter(|_| list == List::Challengers) else {
                continue;
            };
            if !sentence.contains(name.get_ref().as_str()) {
                self.report(
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
    fn card_countries_tied(&mut self, raw: &RawFile) {
        let Some(map) = &raw.map else { return };
        for (list, field, country) in map.countries() {
            if list != List::Cards {
                continue;
            }
            let Some(id) = &country.card else {
                let message = "is missing; name the card this country is tied to";
                self.report(country.iso.span().start, format!("{field}.card"), message);
                continue;
            };
            let kind = raw.cards().find(|(_, _, c)| c.id.get_ref() == id.get_ref());
            if !matches!(kind, Some((Kind::Partner | Kind::Initiative, _, _))) {
                self.report(
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
    fn partners_on_the_map(&mut self, raw: &RawFile) {
        let Some(map) = &raw.map else { return };
        for partner in &raw.partner {
            let id = partner.id.get_ref();
            let tied = map
                .cards
                .get_ref()
                .iter()
                .any(|c| c.card.as_ref().is_some_and(|c| c.get_ref() == id));
            if !tied {
                self.report(
                    map.cards.span().start,
                    "map.cards",
                    format!("has no country for the partner card \"{id}\""),
                );
            }
        }
    }
}

/// The part of `quote`, from its start, that appears somewhere in `article`.
fn longest_prefix_in<'q>(article: &str, quote: &'q str) -> &'q str {
    let ends: Vec<usize> = quote
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    let (mut low, mut high) = (0usize, ends.len());
    while low < high {
        let mid = (low + high).div_ceil(2);
        if article.contains(&quote[..ends[mid - 1]]) {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    if low == 0 {
        ""
    } else {
        &quote[..ends[low - 1]]
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// What the widget shows, after every check has passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub headline: String,
    pub standfirst: String,
    pub facts: Vec<Fact>,
    pub quotes: Vec<String>,
    pub cards: Vec<Card>,
    pub map: Option<MapGroups>,
}

/// A line of the story's facts ("When": "July 9").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

/// Where something is written in the data file, for messages: `file:line:column: field`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub line: usize,
    pub column: usize,
    pub field: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub kind: Kind,
    pub id: String,
    pub title: String,
    pub role: Option<String>,
    pub figure: Option<String>,
    pub summary: String,
    /// Sentences from the article, in article order.
    pub quotes: Vec<String>,
    /// Groups of related cards, by label, as indices into `Article::cards`.
    pub connections: Vec<(String, Vec<usize>)>,
}

/// The map's countries, in groups, as the data file lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapGroups {
    /// Where the one list from outside the article comes from.
    pub nato_source: String,
    pub countries: Vec<MapCountry>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MapCountry {
    pub group: Group,
    pub iso: String,
    pub id: String,
    pub also: Vec<String>,
    pub name: Option<String>,
    /// The card it is tied to, as an index into `Article::cards`.
    pub card: Option<usize>,
    /// Where it is written in the data file.
    pub at: Place,
}

/// Every rule after [`Rule::ValidToml`], with the method that checks it, in order.
/// A rule's check: it reports what breaks the rule to the checker.
type Check = fn(&mut Checker, &RawFile);

const RULES: [(Rule, Check); 18] = [
    (Rule::IdsPlain, |c, raw| c.ids_plain(raw)),
    (Rule::IdsUnique, |c, raw| c.ids_unique(raw)),
    (Rule::LinksNameCards, |c, raw| c.links_name_cards(raw)),
    (Rule::ExcerptsVerbatim, |c, raw| c.excerpts_verbatim(raw)),
    (Rule::RequiredFields, |c, raw| c.required_fields(raw)),
    (Rule::RolesAndFigures, |c, raw| c.roles_and_figures(raw)),
    (Rule::FourOfEach, |c, raw| c.four_of_each(raw)),
    (Rule::AtMost64Cards, |c, raw| c.at_most_64_cards(raw)),
    (Rule::CardsRestOnSentences, |c, raw| {
        c.cards_rest_on_sentences(raw)
    }),
    (Rule::HeadlineIsTitle, |c, raw| c.headline_is_the_title(raw)),
    (Rule::MembersAsTheFigureSays, |c, raw| {
        c.members_as_the_figure_says(raw)
    }),
    (Rule::Alpha3Codes, |c, raw| c.alpha3_codes(raw)),
    (Rule::NumericCodes, |c, raw| c.numeric_codes(raw)),
    (Rule::CountriesOnce, |c, raw| c.countries_once(raw)),
    (Rule::CountriesNamed, |c, raw| c.countries_named(raw)),
    (Rule::ChallengersInTheirSentence, |c, raw| {
        c.challengers_in_their_sentence(raw)
    }),
    (Rule::CardCountriesTied, |c, raw| c.card_countries_tied(raw)),
    (Rule::PartnersOnTheMap, |c, raw| c.partners_on_the_map(raw)),
];

/// Parses and checks the data file, rule by rule. `file` is the name used in messages.
pub fn check(file: &str, source: &str, article: &str) -> Result<Article, Vec<Problem>> {
    let mut checker = Checker {
        rule: Rule::ValidToml,
        file,
        source,
        article,
        problems: Vec::new(),
    };
    let Some(raw) = checker.valid_toml() else {
        return Err(checker.problems);
    };
    for (rule, apply) in RULES {
        checker.rule = rule;
        apply(&mut checker, &raw);
    }
    if !checker.problems.is_empty() {
        let mut problems = checker.problems;
        problems.sort_by_key(|p| (p.line, p.column));
        return Err(problems);
    }
    Ok(assemble(&raw, source, article))
}

/// What the widget shows, from a file that passed every rule.
fn assemble(raw: &RawFile, source: &str, article: &str) -> Article {
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
        .map(|map| map_groups_of(map, &index_of, &cards, source));
    Article {
        headline: raw.story.headline.get_ref().clone(),
        standfirst: raw.story.standfirst.get_ref().clone(),
        facts: raw
            .story
            .fact
            .iter()
            .map(|f| Fact {
                label: f.label.get_ref().clone(),
                value: f.value.get_ref().clone(),
            })
            .collect(),
        quotes: in_article_order(story_quotes),
        cards,
        map,
    }
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
fn cards_of(raw: &RawFile, article: &str, index_of: &HashMap<&str, usize>) -> Vec<Card> {
    let mut quotes: Vec<Vec<(usize, String)>> = Vec::new();
    let mut cards: Vec<Card> = raw
        .cards()
        .map(|(kind, _, card)| {
            quotes.push(card.excerpts.iter().map(|e| placed(article, e)).collect());
            Card {
                kind,
                id: card.id.get_ref().clone(),
                title: card.title.get_ref().clone(),
                role: card.role.as_ref().map(|r| r.get_ref().clone()),
                figure: card.figure.as_ref().map(|f| f.get_ref().clone()),
                summary: card.summary.get_ref().clone(),
                quotes: Vec::new(),
                connections: Vec::new(),
            }
        })
        .collect();
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
                quotes[card].push(quote.clone());
                let others: Vec<usize> = others.iter().copied().filter(|&o| o != card).collect();
                add_connection(&mut cards[card].connections, label.get_ref(), &others);
            }
        }
    }
    for (card, quotes) in cards.iter_mut().zip(quotes) {
        card.quotes = in_article_order(quotes);
    }
    cards
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
fn placed(article: &str, quote: &Spanned<String>) -> (usize, String) {
    let text = quote.get_ref();
    (
        article.find(text.as_str()).unwrap_or(usize::MAX),
        text.clone(),
    )
}

/// Quotes by where they stand in the article, each once.
fn in_article_order(mut quotes: Vec<(usize, String)>) -> Vec<String> {
    quotes.sort();
    quotes.dedup();
    quotes.into_iter().map(|(_, quote)| quote).collect()
}

fn add_connection(connections: &mut Vec<(String, Vec<usize>)>, label: &str, others: &[usize]) {
    if others.is_empty() {
        return;
    }
    let index = match connections.iter().position(|(l, _)| l == label) {
        Some(index) => index,
        None => {
            connections.push((label.to_owned(), Vec::new()));
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

/// Rust source for the checked article and the map's drawing (its countries in the order of
/// `article.map`), matching the types in `src/data.rs`.
pub fn generate(article: &Article, drawing: Option<&Drawing>) -> String {
    let mut out = String::from("// @generated by build.rs from src/article.toml; do not edit.\n");
    story_source(&mut out, article);
    cards_source(&mut out, &article.cards);
    match (&article.map, drawing) {
        (Some(map), Some(drawing)) => {
            drawing_source(&mut out, map, drawing);
            key_source(&mut out, map, &article.cards);
        }
        _ => out.push_str(
            "pub static MAP_DRAWING: Option<MapDrawing> = None;\npub static MAP_KEY: Option<MapKey> = None;\n",
        ),
    }
    out
}

/// `&["a", "b"]`
fn strs(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!("&[{}]", inner.join(", "))
}

/// `Some("a")` or `None`
fn opt(value: &Option<String>) -> String {
    match value {
        Some(v) => format!("Some({v:?})"),
        None => "None".to_owned(),
    }
}

/// `STORY`: the headline, standfirst, facts and the story's quotes.
fn story_source(out: &mut String, article: &Article) {
    let facts: Vec<String> = article
        .facts
        .iter()
        .map(|f| format!("Fact {{ label: {:?}, value: {:?} }}", f.label, f.value))
        .collect();
    let _ = writeln!(
        out,
        "pub static STORY: Story = Story {{ headline: {:?}, standfirst: {:?}, facts: &[{}], quotes: {} }};",
        article.headline,
        article.standfirst,
        facts.join(", "),
        strs(&article.quotes)
    );
}

/// `CARDS`, in the data file's order.
fn cards_source(out: &mut String, cards: &[Card]) {
    out.push_str("pub static CARDS: &[Card] = &[\n");
    for card in cards {
        let connections: Vec<String> = card
            .connections
            .iter()
            .map(|(label, cards)| format!("Connection {{ label: {label:?}, cards: &{cards:?} }}"))
            .collect();
        let _ = writeln!(
            out,
            "    Card {{ id: {:?}, kind: Kind::{:?}, title: {:?}, role: {}, figure: {}, summary: {:?}, quotes: {}, connections: &[{}] }},",
            card.id,
            card.kind,
            card.title,
            opt(&card.role),
            opt(&card.figure),
            card.summary,
            strs(&card.quotes),
            connections.join(", ")
        );
    }
    out.push_str("];\n");
}

/// `MAP_DRAWING`: the land, and each country of the map's groups with its path.
fn drawing_source(out: &mut String, map: &MapGroups, drawing: &Drawing) {
    let _ = writeln!(
        out,
        "pub static MAP_DRAWING: Option<MapDrawing> = Some(MapDrawing {{ width: {}, height: {}, land: {:?}, countries: &[",
        drawing.width, drawing.height, drawing.land
    );
    for (country, path) in map.countries.iter().zip(&drawing.countries) {
        let card = country
            .card
            .map_or("None".to_owned(), |c| format!("Some({c})"));
        let _ = writeln!(
            out,
            "    DrawnCountry {{ iso: {:?}, group: Group::{:?}, card: {card}, d: {:?} }},",
            country.iso, country.group, path.d
        );
    }
    out.push_str("] });\n");
}

/// `MAP_KEY`: the caption's words, which the wasm shows.
fn key_source(out: &mut String, map: &MapGroups, cards: &[Card]) {
    let names: Vec<String> = map
        .countries
        .iter()
        .filter(|c| c.group == Group::Challenger)
        .filter_map(|c| c.name.clone())
        .collect();
    let named = match names.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    };
    let members = map
        .countries
        .iter()
        .filter(|c| c.group == Group::Nato)
        .count();
    // "32 NATO members as of July 2024": the count, then the list's source.
    let nato = format!("{members} {}", map.nato_source);
    let challengers = format!("Authoritarian states the article names: {named}");
    // The initiatives the map shows a country for, by their cards' titles ("Ukraine").
    let initiatives: Vec<&str> = map
        .countries
        .iter()
        .filter(|c| c.group == Group::Initiative)
        .filter_map(|c| c.card.map(|card| cards[card].title.as_str()))
        .collect();
    let initiatives = initiatives.join(", ");
    let _ = writeln!(
        out,
        "pub static MAP_KEY: Option<MapKey> = Some(MapKey {{ nato: {nato:?}, initiatives: {initiatives:?}, challengers: {challengers:?} }});"
    );
}

/// Every problem, one per line, for a build log.
pub fn describe(problems: &[Problem]) -> String {
    let mut seen = HashSet::new();
    problems
        .iter()
        .map(|p| format!("error: {p}"))
        .filter(|line| seen.insert(line.clone()))
        .collect::<Vec<_>>()
        .join("\n")
}
