//! The build's data rules, each shown failing on a broken fixture with the file, line,
//! column and field an editor needs; and the real data file passing them.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/contract.rs"]
mod contract;
use nato_ip4_build::data as data_build;

use contract::CONTRACT_CARDS;
use data_build::{Problem, Rule, check, describe};
use std::fs;

const FIXTURE_ARTICLE: &str = include_str!("fixtures/article.txt");

fn check_fixture(name: &str) -> Result<data_build::Article, Vec<Problem>> {
    let path = format!("tests/fixtures/{name}");
    let source = fs::read_to_string(&path).unwrap();
    check(&path, &source, FIXTURE_ARTICLE)
}

/// The single problem a broken fixture must produce.
fn only_problem(name: &str) -> Problem {
    let problems = check_fixture(name).expect_err("a broken fixture fails the check");
    assert_eq!(
        problems.len(),
        1,
        "exactly one problem in {name}: {problems:#?}"
    );
    problems.into_iter().next().unwrap()
}

/// A broken data file: a fixture as it is, or a valid one with one text replaced.
enum Broken {
    File(&'static str),
    Edit(&'static str, &'static str, &'static str),
}

/// Every rule, broken once: the file, then the field and line the one problem must name.
const BROKEN: [(Rule, Broken, &str, usize); 19] = [
    (Rule::ValidToml, Broken::File("malformed.toml"), "file", 31),
    (
        Rule::IdsPlain,
        Broken::Edit("valid.toml", "id = \"p4\"", "id = \"P_4\""),
        "partner[3].id",
        11,
    ),
    (
        Rule::IdsUnique,
        Broken::File("duplicate-id.toml"),
        "initiative[1].id",
        3,
    ),
    (
        Rule::LinksNameCards,
        Broken::File("dangling-reference.toml"),
        "link[0].to[1]",
        31,
    ),
    (
        Rule::ExcerptsVerbatim,
        Broken::File("excerpt-not-verbatim.toml"),
        "partner[3].excerpts[0]",
        11,
    ),
    (
        Rule::RequiredFields,
        Broken::File("empty-field.toml"),
        "initiative[2].title",
        4,
    ),
    (
        Rule::RolesAndFigures,
        Broken::File("missing-role.toml"),
        "person[0].role",
        14,
    ),
    (
        Rule::FourOfEach,
        Broken::File("three-initiatives.toml"),
        "initiative[2]",
        4,
    ),
    (
        Rule::AtMost64Cards,
        Broken::File("too-many-cards.toml"),
        "figure[55]",
        73,
    ),
    (
        Rule::CardsRestOnSentences,
        Broken::Edit(
            "valid.toml",
            ", excerpts = [\"Delta said \\\"yes\\\" to everyone.\"]",
            "",
        ),
        "partner[3].excerpts",
        11,
    ),
    (
        Rule::HeadlineIsTitle,
        Broken::File("headline-not-title.toml"),
        "story.headline",
        21,
    ),
    (
        Rule::MembersAsTheFigureSays,
        Broken::File("map-member-count.toml"),
        "map.nato",
        39,
    ),
    (
        Rule::Alpha3Codes,
        Broken::Edit("map-valid.toml", "iso = \"AAA\"", "iso = \"Aa1\""),
        "map.nato[0].iso",
        40,
    ),
    (
        Rule::NumericCodes,
        Broken::Edit("map-valid.toml", "id = \"001\"", "id = \"01\""),
        "map.nato[0].id",
        40,
    ),
    (
        Rule::CountriesOnce,
        Broken::File("map-country-twice.toml"),
        "map.nato[3].id",
        43,
    ),
    (
        Rule::CountriesNamed,
        Broken::Edit("map-valid.toml", ", name = \"Aland\"", ""),
        "map.nato[0].name",
        40,
    ),
    (
        Rule::ChallengersInTheirSentence,
        Broken::File("map-challenger-not-named.toml"),
        "map.challengers[1].name",
        48,
    ),
    (
        Rule::CardCountriesTied,
        Broken::Edit("map-valid.toml", "card = \"i1\"", "card = \"four\""),
        "map.cards[4].card",
        55,
    ),
    (
        Rule::PartnersOnTheMap,
        Broken::File("map-partner-without-country.toml"),
        "map.cards",
        50,
    ),
];

#[test]
fn every_rule_refuses_its_broken_file_naming_the_rule_field_and_line() {
    let mut wrong = Vec::new();
    for (rule, broken, field, line) in BROKEN {
        let (name, source) = match broken {
            Broken::File(name) => (
                name,
                fs::read_to_string(format!("tests/fixtures/{name}")).unwrap(),
            ),
            Broken::Edit(name, from, to) => {
                let valid = fs::read_to_string(format!("tests/fixtures/{name}")).unwrap();
                assert_eq!(
                    valid.matches(from).count(),
                    1,
                    "{rule:?}: {from} once in {name}"
                );
                (name, valid.replacen(from, to, 1))
            }
        };
        let problems = check(name, &source, FIXTURE_ARTICLE).expect_err("a broken file fails");
        let found: Vec<(Rule, &str, usize)> = problems
            .iter()
            .map(|p| (p.rule, p.field.as_str(), p.line))
            .collect();
        if found != [(rule, field, line)] {
            wrong.push(format!(
                "{rule:?} broken in {name}: {}",
                describe(&problems)
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    let covered: Vec<Rule> = BROKEN.iter().map(|(rule, ..)| *rule).collect();
    assert_eq!(
        covered,
        Rule::ALL,
        "every rule, in order, has a broken file"
    );
}

#[test]
fn the_data_guide_lists_the_rules_the_build_applies_in_its_order() {
    let guide = fs::read_to_string("docs/data.md").unwrap();
    let list = guide
        .split_once("<!-- rules -->")
        .and_then(|(_, rest)| rest.split_once("<!-- /rules -->"))
        .expect("docs/data.md marks its list of rules")
        .0;
    let listed: Vec<String> = list
        .split("\n- ")
        .skip(1)
        .map(|item| item.split_whitespace().collect::<Vec<_>>().join(" "))
        .map(|item| item.trim_end_matches(';').trim_end_matches('.').to_owned())
        .collect();
    let rules: Vec<&str> = Rule::ALL.iter().map(|rule| rule.refuses()).collect();
    assert_eq!(listed, rules);
}

#[test]
fn the_valid_fixture_passes_with_quotes_and_connections_derived() {
    let article = check_fixture("valid.toml").expect("valid fixture passes");
    let by_id = |id: &str| article.cards.iter().find(|c| c.id == id).unwrap();
    let index = |id: &str| article.cards.iter().position(|c| c.id == id).unwrap();
    // The link's sentence joins each end's own quotes, in article order.
    assert_eq!(by_id("p3").quotes, ["Alpha and Beta met Gamma."]);
    assert_eq!(
        by_id("p3").connections,
        [("Met by".to_owned(), vec![index("p1"), index("p2")])]
    );
    assert_eq!(
        by_id("p1").connections,
        [("Met".to_owned(), vec![index("p3")])]
    );
    assert!(by_id("p4").connections.is_empty());
    assert_eq!(by_id("delta-person").role.as_deref(), Some("Speaker"));
}

#[test]
fn an_excerpt_not_in_the_article_word_for_word_is_refused() {
    let problem = only_problem("excerpt-not-verbatim.toml");
    assert_eq!(problem.field, "partner[3].excerpts[0]");
    assert_eq!(problem.line, 11);
    assert!(
        problem.message.contains("not found word for word"),
        "{problem}"
    );
    assert!(
        problem.message.contains("Delta said \"yes\" to "),
        "says where it differs: {problem}"
    );
}

#[test]
fn problems_print_as_file_line_column_field_message() {
    let problems = check_fixture("dangling-reference.toml").unwrap_err();
    assert_eq!(
        describe(&problems),
        "error: tests/fixtures/dangling-reference.toml:31:13: link[0].to[1]: \"p9\" is not the id of any card"
    );
}

#[test]
fn the_bundled_article_data_passes_every_rule() {
    let source = fs::read_to_string("src/article.toml").unwrap();
    let article_text = fs::read_to_string("src/article.txt").unwrap();
    let article = check("src/article.toml", &source, &article_text)
        .unwrap_or_else(|problems| panic!("{}", describe(&problems)));
    let ids: Vec<&str> = article.cards.iter().map(|c| c.id.as_str()).collect();
    for id in CONTRACT_CARDS
        .into_iter()
        .chain(["sullivan", "hicks", "stoltenberg"])
    {
        assert!(ids.contains(&id), "card {id} exists");
    }
    assert!(article_text.starts_with(&article.headline));
    for card in &article.cards {
        assert!(!card.quotes.is_empty(), "{} rests on the article", card.id);
    }
}

#[test]
fn the_bundled_article_is_a_verbatim_copy_of_the_shared_one() {
    let shared = "../shared/article/nato-indo-pacific.txt";
    let ours = fs::read_to_string("src/article.txt").unwrap();
    match fs::read_to_string(shared) {
        Ok(original) => assert_eq!(ours, original, "src/article.txt differs from {shared}"),
        // Outside the newsroom's checkout there is nothing to compare against.
        Err(error) => eprintln!("note: {shared} not readable ({error}); copy not compared"),
    }
}

#[test]
fn generated_data_escapes_text_and_names_connections_by_index() {
    let article = check_fixture("valid.toml").unwrap();
    let source = data_build::generate(&article, None);
    assert!(source.starts_with("// @generated"));
    assert_eq!(
        source.matches("    Card { id: ").count(),
        article.cards.len()
    );
    // A quotation mark in the article survives as an escaped Rust string.
    assert!(
        source.contains(r#""Delta said \"yes\" to everyone.""#),
        "{source}"
    );
    let p3 = article.cards.iter().position(|c| c.id == "p3").unwrap();
    assert!(source.contains(&format!("Connection {{ label: \"Met\", cards: &[{p3}] }}")));
}

#[test]
fn the_end_to_end_tests_take_the_same_eight_card_ids() {
    let js = fs::read_to_string("tests/e2e/cards.mjs").unwrap();
    let list = js
        .split_once("export const EIGHT = [")
        .and_then(|(_, rest)| rest.split_once("];"))
        .expect("tests/e2e/cards.mjs exports EIGHT")
        .0;
    let ids: Vec<&str> = list
        .split(',')
        .map(|id| id.trim().trim_matches('\''))
        .filter(|id| !id.is_empty())
        .collect();
    assert_eq!(ids, CONTRACT_CARDS);
}
