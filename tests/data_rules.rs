//! The build's data rules, each shown failing on a broken fixture with the file, line,
//! column and field an editor needs; and the real data file passing them.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/contract.rs"]
mod contract;
use nato_ip4_build::data as data_build;

use contract::CONTRACT_CARDS;
use data_build::{Problem, check, describe};
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
fn a_malformed_file_is_reported_where_it_breaks() {
    let problem = only_problem("malformed.toml");
    assert_eq!(problem.file, "tests/fixtures/malformed.toml");
    assert_eq!(problem.field, "file");
    assert_eq!((problem.line, problem.column), (31, 1), "{problem}");
    assert!(problem.message.starts_with("is not valid"), "{problem}");
}

#[test]
fn a_repeated_id_is_refused() {
    let problem = only_problem("duplicate-id.toml");
    assert_eq!(problem.field, "initiative[1].id");
    assert_eq!((problem.line, problem.column), (3, 10));
    assert!(
        problem.message.contains("\"i1\" is already the id"),
        "{problem}"
    );
}

#[test]
fn a_reference_to_no_card_is_refused() {
    let problem = only_problem("dangling-reference.toml");
    assert_eq!(problem.field, "link[0].to[1]");
    assert_eq!((problem.line, problem.column), (31, 13));
    assert!(
        problem.message.contains("\"p9\" is not the id of any card"),
        "{problem}"
    );
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
fn an_empty_required_field_is_refused() {
    let problem = only_problem("empty-field.toml");
    assert_eq!(problem.field, "initiative[2].title");
    assert_eq!(problem.line, 4);
    assert!(problem.message.contains("is empty"), "{problem}");
}

#[test]
fn a_person_without_a_role_is_refused() {
    let problem = only_problem("missing-role.toml");
    assert_eq!(problem.field, "person[0].role");
    assert_eq!(problem.line, 14);
}

#[test]
fn anything_but_four_initiatives_is_refused() {
    let problem = only_problem("three-initiatives.toml");
    assert_eq!(problem.field, "initiative[2]");
    assert!(
        problem.message.contains("there are 3 [[initiative]] cards"),
        "{problem}"
    );
    assert!(problem.message.contains("exactly 4"), "{problem}");
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
fn a_headline_that_is_not_the_article_s_title_is_refused() {
    let problem = only_problem("headline-not-title.toml");
    assert_eq!(problem.field, "story.headline");
    assert_eq!(problem.line, 21);
    assert!(
        problem.message.contains(
            "is not the article's title line, which reads \"Headline of the test article\""
        ),
        "{problem}"
    );
}

#[test]
fn a_65th_card_is_refused_where_it_is_written() {
    let problem = only_problem("too-many-cards.toml");
    assert_eq!(problem.field, "figure[55]", "{problem}");
    assert_eq!(problem.line, 73, "{problem}");
    assert!(problem.message.contains("at most 64"), "{problem}");
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
