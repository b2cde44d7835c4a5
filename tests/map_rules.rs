//! The locator map, checked natively: its groups as the data file keeps them (their rules
//! fail on broken files in `tests/data_rules.rs`), and the drawing the build makes
//! from Natural Earth (Crimea is Ukraine's, nothing stripes across the 180° meridian,
//! Antarctica is gone, Greenland is drawn with Denmark, French Guiana is left plain, and no
//! country and no large island of a highlighted one is left out).
#![cfg(not(target_arch = "wasm32"))]

use nato_ip4_build::{data as data_build, map as map_build};

use data_build::{Article, Group, Problem, check};
use map_build::{CRIMEA, Drawing, Frame, Highlight, ISLAND_KM2, area_km2, countries, draw, inside};
use std::collections::HashSet;
use std::fs;

const FIXTURE_ARTICLE: &str = include_str!("fixtures/article.txt");

fn fixture(name: &str) -> (String, Result<Article, Vec<Problem>>) {
    let path = format!("tests/fixtures/{name}");
    let source = fs::read_to_string(&path).unwrap();
    let checked = check(&path, &source, FIXTURE_ARTICLE);
    (source, checked)
}

fn bundled() -> Article {
    let source = fs::read_to_string("src/article.toml").unwrap();
    let article = fs::read_to_string("src/article.txt").unwrap();
    check("src/article.toml", &source, &article)
        .unwrap_or_else(|problems| panic!("{}", data_build::describe(&problems)))
}

fn drawing() -> Drawing {
    let article = bundled();
    let map = article.map.expect("the article has a map");
    let highlights: Vec<Highlight> = map
        .countries
        .iter()
        .map(|c| Highlight {
            iso: c.iso.clone(),
            id: c.id.clone(),
            also: c.also.clone(),
        })
        .collect();
    draw(
        &fs::read_to_string("src/map/countries-110m.json").unwrap(),
        &highlights,
    )
    .unwrap()
}

fn path_of<'a>(drawing: &'a Drawing, iso: &str) -> &'a str {
    &drawing
        .countries
        .iter()
        .find(|c| c.iso == iso)
        .unwrap_or_else(|| panic!("{iso} drawn"))
        .d
}

/// Whether a point (in map units) lies inside a path's shape (even–odd over its rings).
fn covers(d: &str, point: (f64, f64)) -> bool {
    parse_path(d)
        .iter()
        .filter(|ring| inside(point, ring))
        .count()
        % 2
        == 1
}

// ------------------------------------------------------------------------ the groups

#[test]
fn the_bundled_map_lists_the_32_members_the_figure_card_counts_and_the_article_s_states() {
    let article = bundled();
    let map = article.map.as_ref().unwrap();
    let group = |name: Group| -> Vec<&str> {
        map.countries
            .iter()
            .filter(|c| c.group == name)
            .map(|c| c.iso.as_str())
            .collect()
    };
    let members = article.cards.iter().find(|c| c.id == "members").unwrap();
    assert_eq!(members.figure, Some("32"));
    assert_eq!(group(Group::Nato).len(), 32);
    for iso in ["ALB", "FIN", "SWE", "TUR", "USA", "GBR", "MKD", "MNE"] {
        assert!(group(Group::Nato).contains(&iso), "{iso} is a member");
    }
    assert_eq!(group(Group::Challenger), ["CHN", "RUS", "PRK"]);
    assert_eq!(group(Group::Initiative), ["UKR"]);
    let partners: Vec<(&str, &str)> = map
        .countries
        .iter()
        .filter(|c| c.group == Group::Partner)
        .map(|c| (c.iso.as_str(), article.cards[c.card.unwrap()].id))
        .collect();
    assert_eq!(
        partners,
        [
            ("JPN", "japan"),
            ("KOR", "south-korea"),
            ("AUS", "australia"),
            ("NZL", "new-zealand")
        ]
    );
    let ukraine = map.countries.iter().find(|c| c.iso == "UKR").unwrap();
    assert_eq!(article.cards[ukraine.card.unwrap()].id, "ukraine");
    let denmark = map.countries.iter().find(|c| c.iso == "DNK").unwrap();
    assert_eq!(denmark.also, ["304"], "Greenland is drawn with Denmark");
    assert_eq!(map.nato_source, "NATO members as of July 2024");
}

#[test]
fn a_valid_map_passes() {
    let (_, checked) = fixture("map-valid.toml");
    let article = checked.unwrap_or_else(|p| panic!("{}", data_build::describe(&p)));
    assert_eq!(article.map.unwrap().countries.len(), 4 + 2 + 5);
}

#[test]
fn a_country_missing_from_the_geometry_stops_the_drawing_and_says_which() {
    let geometry = fs::read_to_string("src/map/countries-110m.json").unwrap();
    let highlights = [
        Highlight {
            iso: "FRA".into(),
            id: "250".into(),
            also: vec![],
        },
        Highlight {
            iso: "XXX".into(),
            id: "999".into(),
            also: vec![],
        },
    ];
    let error = draw(&geometry, &highlights).unwrap_err();
    assert_eq!(error.country, Some(1));
    assert!(
        error.message.contains("\"999\" (XXX) is not a country"),
        "{}",
        error.message
    );
}

// ----------------------------------------------------------------------- the drawing

#[test]
fn central_crimea_is_inside_ukraine_s_drawn_shape_and_outside_russia_s() {
    let drawing = drawing();
    let point = Frame::new().project(CRIMEA);
    assert!(covers(path_of(&drawing, "UKR"), point), "Crimea is Ukraine");
    assert!(!covers(path_of(&drawing, "RUS"), point), "not Russia");
    // Kyiv and Moscow, for contrast.
    let frame = Frame::new();
    assert!(covers(
        path_of(&drawing, "UKR"),
        frame.project((30.5, 50.45))
    ));
    assert!(covers(
        path_of(&drawing, "RUS"),
        frame.project((37.6, 55.75))
    ));
}

#[test]
fn no_ring_stripes_across_the_map() {
    let drawing = drawing();
    let paths = std::iter::once(drawing.land.as_str())
        .chain(drawing.countries.iter().map(|c| c.d.as_str()));
    for d in paths {
        for ring in parse_path(d) {
            let (min, max) = ring
                .iter()
                .fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
            assert!(
                max - min < 0.6 * f64::from(drawing.width),
                "a ring spans {min}..{max}"
            );
        }
    }
    // Russia's Chukotka shows east of the 180° meridian, at the map's left edge.
    let frame = Frame::new();
    assert!(covers(
        path_of(&drawing, "RUS"),
        frame.project((-175.0, 66.5))
    ));
}

#[test]
fn antarctica_is_gone_greenland_is_denmark_s_and_french_guiana_is_plain_land() {
    let drawing = drawing();
    let frame = Frame::new();
    let south = frame.project((0.0, -60.0)).1;
    for ring in parse_path(&drawing.land) {
        assert!(
            ring.iter().any(|p| p.1 < south),
            "no ring lies wholly south of 60° S"
        );
    }
    assert!(
        covers(path_of(&drawing, "DNK"), frame.project((-40.0, 72.0))),
        "Greenland"
    );
    let guiana = frame.project((-53.0, 4.0));
    assert!(
        !covers(path_of(&drawing, "FRA"), guiana),
        "French Guiana is not shaded"
    );
    assert!(covers(&drawing.land, guiana), "but it is land");
    assert!(
        covers(path_of(&drawing, "FRA"), frame.project((2.35, 46.5))),
        "France is"
    );
}

/// Whether a ring of the dataset (longitude, latitude) is drawn: one of its points is a point
/// of a drawn ring, or its middle lies inside one.
fn is_drawn(ring: &[(f64, f64)], drawn: &[Vec<(f64, f64)>], frame: &Frame) -> bool {
    let corners: HashSet<(i64, i64)> = drawn
        .iter()
        .flatten()
        .map(|&(x, y)| (x as i64, y as i64))
        .collect();
    let projected: Vec<(f64, f64)> = ring.iter().map(|&p| frame.project(p)).collect();
    let shared = projected
        .iter()
        .any(|&(x, y)| corners.contains(&(x.round() as i64, y.round() as i64)));
    let n = projected.len() as f64;
    let middle = projected
        .iter()
        .fold((0.0, 0.0), |(a, b), &(x, y)| (a + x / n, b + y / n));
    shared || drawn.iter().any(|r| inside(middle, r))
}

#[test]
fn every_country_and_every_large_island_of_a_highlighted_one_is_drawn() {
    let drawing = drawing();
    let frame = Frame::new();
    let highlighted: HashSet<String> = bundled()
        .map
        .unwrap()
        .countries
        .iter()
        .flat_map(|c| std::iter::once(c.id.clone()).chain(c.also.clone()))
        .collect();
    let mut drawn = parse_path(&drawing.land);
    for country in &drawing.countries {
        drawn.extend(parse_path(&country.d));
    }
    let geometry = fs::read_to_string("src/map/countries-110m.json").unwrap();
    let mut left_out = Vec::new();
    let mut checked = 0;
    for country in countries(&geometry).unwrap() {
        if country.id == "010" {
            continue; // Antarctica, left out on purpose
        }
        let outer: Vec<&Vec<(f64, f64)>> = country.polygons.iter().map(|p| &p[0]).collect();
        let largest = outer
            .iter()
            .copied()
            .max_by(|a, b| area_km2(a).total_cmp(&area_km2(b)))
            .expect("a country has a shape");
        let required: Vec<&Vec<(f64, f64)>> = if highlighted.contains(&country.id) {
            outer
                .iter()
                .copied()
                .filter(|r| std::ptr::eq(*r, largest) || area_km2(r) > ISLAND_KM2)
                .collect()
        } else {
            vec![largest]
        };
        for ring in required {
            checked += 1;
            if !is_drawn(ring, &drawn, &frame) {
                let (lon, lat) = ring[0];
                left_out.push(format!(
                    "{} ({}): a shape of {:.0} km² at {lon:.1}°, {lat:.1}°",
                    country.name,
                    country.id,
                    area_km2(ring)
                ));
            }
        }
    }
    assert!(checked > 200, "{checked} shapes checked");
    assert!(
        left_out.is_empty(),
        "left out of the map:\n{}",
        left_out.join("\n")
    );
}

#[test]
fn every_highlighted_country_has_its_own_shape_and_the_drawing_stays_small() {
    let drawing = drawing();
    assert_eq!(drawing.countries.len(), 32 + 3 + 5);
    for country in &drawing.countries {
        assert!(
            !parse_path(&country.d).is_empty(),
            "{} is drawn",
            country.iso
        );
    }
    let bytes: usize =
        drawing.land.len() + drawing.countries.iter().map(|c| c.d.len()).sum::<usize>();
    assert!(
        bytes < 12_000,
        "path data of {bytes} bytes: simplify more or mind the budget"
    );
    assert_eq!((drawing.width, drawing.height), (640, 277));
}
/// The rings of a path written by [`path`], in map units (for tests).
pub fn parse_path(d: &str) -> Vec<Vec<(f64, f64)>> {
    // Commands with their numbers: "M1 2l3-4z" is [('M', [1, 2]), ('l', [3, -4]), ('z', [])].
    let mut commands: Vec<(char, Vec<f64>)> = Vec::new();
    let mut token = String::new();
    for c in d.chars().chain(std::iter::once(' ')) {
        let ends_number = !(c.is_ascii_digit() || (c == '-' && token.is_empty()));
        if ends_number && !token.is_empty() {
            let number = token.parse().expect("a number");
            commands.last_mut().expect("a command first").1.push(number);
            token.clear();
        }
        if c.is_ascii_alphabetic() {
            commands.push((c, Vec::new()));
        } else if !ends_number || c == '-' {
            token.push(c);
        }
    }
    let mut rings = Vec::new();
    let mut ring = Vec::new();
    let (mut pen, mut start) = ((0.0, 0.0), (0.0, 0.0));
    for (command, numbers) in commands {
        for (i, pair) in numbers.chunks(2).enumerate() {
            pen = match (command, i) {
                ('M', 0) => (pair[0], pair[1]),
                ('m', 0) => (start.0 + pair[0], start.1 + pair[1]),
                _ => (pen.0 + pair[0], pen.1 + pair[1]),
            };
            if i == 0 && command.eq_ignore_ascii_case(&'m') {
                start = pen;
            }
            ring.push(pen);
        }
        if command == 'z' {
            rings.push(std::mem::take(&mut ring));
            pen = start;
        }
    }
    rings
}

#[test]
fn the_generated_statics_keep_the_drawing_apart_from_the_caption() {
    let article = bundled();
    let drawing = drawing();
    let source = data_build::generate(&article, Some(&drawing));
    assert_eq!(source.matches("    DrawnCountry { iso: ").count(), 40);
    assert!(source.contains(r#"DrawnCountry { iso: "JPN", group: Group::Partner, card: Some("#));
    // The caption's words, which the wasm shows, are a static of their own.
    assert!(source.contains(
        r#"pub static MAP_KEY: Option<MapKey> = Some(MapKey { nato: "32 NATO members as of July 2024", initiatives: "Ukraine", challengers: "Authoritarian states the article names: China, Russia and North Korea" });"#
    ), "{}", &source[source.find("MAP_KEY").unwrap_or(0)..]);
}
