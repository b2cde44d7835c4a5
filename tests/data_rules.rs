//! The build's data rules, each shown failing on a broken fixture with the file, line,
//! column and field an editor needs; and the real data file passing them.
#![cfg(not(target_arch = "wasm32"))]

use nato_ip4_build::data as data_build;
use nato_ip4_types::contract::PINNED_CARDS;

use data_build::{Broken, Problem, RULES, Rule, check, describe};
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

/// The data file a rule declares as breaking it: the fixture as it is, or with one text
/// replaced; and the field and line its one problem must name.
fn broken_file(rule: &Rule) -> (&'static str, String, &'static str, usize) {
    let read = |name: &str| fs::read_to_string(format!("tests/fixtures/{name}")).unwrap();
    match rule.broken {
        Broken::File {
            fixture,
            field,
            line,
        } => (fixture, read(fixture), field, line),
        Broken::Edit {
            fixture,
            from,
            to,
            field,
            line,
        } => {
            let valid = read(fixture);
            assert_eq!(
                valid.matches(from).count(),
                1,
                "{rule:?}: {from} once in {fixture}"
            );
            (fixture, valid.replacen(from, to, 1), field, line)
        }
    }
}

#[test]
fn every_rule_refuses_the_file_it_declares_broken_naming_the_rule_field_and_line() {
    let mut wrong = Vec::new();
    for rule in RULES {
        let (name, source, field, line) = broken_file(rule);
        let problems = check(name, &source, FIXTURE_ARTICLE).expect_err("a broken file fails");
        let found: Vec<(&Rule, &str, usize)> = problems
            .iter()
            .map(|p| (p.rule, p.field.as_str(), p.line))
            .collect();
        if found != [(rule, field, line)] {
            wrong.push(format!(
                "{rule:?}, broken in {name}: {}",
                describe(&problems)
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
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
    let rules: Vec<&str> = RULES.iter().map(|rule| rule.refuses).collect();
    assert_eq!(listed, rules);
}

#[test]
fn the_valid_fixture_passes_with_quotes_and_connections_derived() {
    let article = check_fixture("valid.toml").expect("valid fixture passes");
    let by_id = |id: &str| article.cards.iter().find(|c| c.id == id).unwrap();
    let index = |id: &str| article.cards.iter().position(|c| c.id == id).unwrap();
    // The link's sentence joins each end's own quotes, in article order.
    assert_eq!(by_id("p3").quotes, ["Alpha and Beta met Gamma."]);
    assert_eq!(by_id("p3").connections.len(), 1);
    assert_eq!(by_id("p3").connections[0].label, "Met by");
    assert_eq!(by_id("p3").connections[0].cards, [index("p1"), index("p2")]);
    assert_eq!(by_id("p1").connections.len(), 1);
    assert_eq!(by_id("p1").connections[0].label, "Met");
    assert_eq!(by_id("p1").connections[0].cards, [index("p3")]);
    assert!(by_id("p4").connections.is_empty());
    assert_eq!(by_id("delta-person").role, Some("Speaker"));
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
    let ids: Vec<&str> = article.cards.iter().map(|c| c.id).collect();
    for id in PINNED_CARDS
        .into_iter()
        .chain(["sullivan", "hicks", "stoltenberg"])
    {
        assert!(ids.contains(&id), "card {id} exists");
    }
    assert!(article_text.starts_with(article.story.headline));
    for card in article.cards {
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
