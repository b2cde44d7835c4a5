//! Component tests in headless Chromium (`wasm-bindgen-test`): each test mounts the widget
//! into a fresh element of its own, acts as a reader would, lets Yew settle the render, and
//! asserts on the DOM the reader sees.
#![cfg(target_arch = "wasm32")]

use nato_ip4::mount::mount;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: &str = include_str!("../src/article.txt");
use nato_ip4_types::contract::{CARD_ATTR, PINNED_CARDS, TO_ATTR, TOGGLE_ATTR};

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh host element in the page, mounted with `options` (a JS expression), after Yew's
/// first render and before the browser's next frame.
async fn rendered(options: &str) -> Element {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let options = js_sys::eval(&format!("({options})")).unwrap();
    let _ = mount(host.clone().into(), options, next_instance()).expect("mounted");
    flush().await;
    host
}

/// A number for each widget these tests mount, as static/start.js counts them on a page.
fn next_instance() -> u32 {
    thread_local!(static COUNT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    COUNT.with(|count| {
        count.set(count.get() + 1);
        count.get()
    })
}

/// A fresh host element in the page, mounted with `options` (a JS object literal), settled.
async fn mounted(options: &str) -> Element {
    let host = rendered(options).await;
    settle().await;
    host
}

/// Lets Yew's scheduler run what a mount or an event queued: it runs as a microtask and, in
/// Yew 0.22, runs to the end (effects and what they dispatch included) without yielding.
async fn flush() {
    let resolved = js_sys::Promise::resolve(&JsValue::UNDEFINED);
    wasm_bindgen_futures::JsFuture::from(resolved)
        .await
        .unwrap();
}

async fn settle() {
    flush().await;
    // The closed cards' details are drawn in the task after the next frame: a second flush
    // then settles what that dispatched.
    next_frame().await;
    gloo_timers::future::TimeoutFuture::new(0).await;
    flush().await;
}

async fn next_frame() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn find_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into().unwrap())
        .collect()
}

fn card(root: &Element, id: &str) -> Element {
    find(root, &format!("[{CARD_ATTR}=\"{id}\"]"))
}

fn toggle_of(card: &Element) -> HtmlElement {
    find(card, &format!("[{TOGGLE_ATTR}]")).dyn_into().unwrap()
}

/// Whether an element takes up space on screen (it and its ancestors are displayed).
fn shown(element: &Element) -> bool {
    element.get_client_rects().length() > 0
}

/// A bubbling, cancelable click, as a reader's would be, on any element (SVG shapes too).
/// Cancelable as a reader's is: the widget answers a click on a link to a card itself.
fn click(target: &Element) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

fn press(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

fn active_element() -> Option<Element> {
    document().active_element()
}

#[wasm_bindgen_test]
async fn all_eight_cards_are_there_with_titles_visible_and_host_marked_ready() {
    let host = mounted("{}").await;
    assert!(
        host.has_attribute("data-ready"),
        "host gets data-ready once interactive"
    );
    for id in PINNED_CARDS {
        let card = card(&host, id);
        let title = find(&card, ".ip4-card-title");
        assert!(shown(&title), "{id}'s title is visible in the first view");
        assert!(!title.text_content().unwrap().trim().is_empty());
        assert_eq!(
            toggle_of(&card).get_attribute("aria-expanded").as_deref(),
            Some("false")
        );
    }
    let headline = find(&host, ".ip4-headline").text_content().unwrap();
    assert!(
        ARTICLE.starts_with(&headline),
        "the headline is the article's"
    );
}

#[wasm_bindgen_test]
async fn a_card_opens_and_closes_by_click_and_shows_exact_article_sentences() {
    let host = mounted("{}").await;
    let japan = card(&host, "japan");
    let button = toggle_of(&japan);
    let body = find(
        &host,
        &format!("#{}", button.get_attribute("aria-controls").unwrap()),
    );
    assert!(!shown(&body));

    button.click();
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(shown(&body));
    let quotes = find_all(&body, ".ip4-quote");
    assert!(!quotes.is_empty(), "an open card shows From the article");
    for quote in quotes {
        let text = quote.text_content().unwrap();
        assert!(ARTICLE.contains(&text), "quoted word for word: {text}");
    }
    let status = find(&host, "[role=status]").text_content().unwrap();
    assert_eq!(
        status, "Japan opened",
        "a short announcement names the card"
    );

    button.click();
    settle().await;
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(!shown(&body));
}

#[wasm_bindgen_test]
async fn a_partner_shows_who_named_it_as_the_article_states() {
    let host = mounted("{}").await;
    let names = |id: &str| {
        let card = card(&host, id);
        toggle_of(&card).click();
        card
    };
    let japan = names("japan");
    let nz = names("new-zealand");
    settle().await;
    let named_by = |card: &Element| -> Vec<String> {
        let groups = find_all(card, ".ip4-connection");
        let group = groups
            .iter()
            .find(|g| find(g, "dt").text_content().unwrap() == "Named by")
            .expect("a Named by group");
        find_all(group, ".ip4-chip")
            .iter()
            .map(|chip| chip.text_content().unwrap())
            .collect()
    };
    assert_eq!(
        named_by(&japan),
        ["Jake Sullivan", "Kathleen Hicks", "Jens Stoltenberg"]
    );
    // Hicks named Australia, Japan and South Korea, not New Zealand.
    assert_eq!(named_by(&nz), ["Jake Sullivan", "Jens Stoltenberg"]);
}

#[wasm_bindgen_test]
async fn following_a_connection_switches_view_opens_and_focuses_that_card() {
    let host = mounted("{}").await;
    toggle_of(&card(&host, "ukraine")).click();
    settle().await;
    let chip: HtmlElement = find_all(&card(&host, "ukraine"), ".ip4-chip")
        .into_iter()
        .find(|chip| chip.text_content().unwrap() == "Jake Sullivan")
        .expect("Ukraine was announced by Sullivan")
        .dyn_into()
        .unwrap();
    chip.click();
    settle().await;

    let people_tab = find(&host, "[role=tab][aria-selected=true]");
    assert_eq!(people_tab.text_content().unwrap(), "People");
    let sullivan = card(&host, "sullivan");
    let button = toggle_of(&sullivan);
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert!(shown(&sullivan));
    assert_eq!(
        active_element(),
        Some(button.into()),
        "focus follows the reader"
    );
}

#[wasm_bindgen_test]
async fn tabs_follow_the_apg_pattern_by_click_and_keyboard() {
    let host = mounted("{}").await;
    let tabs = find_all(&host, "[role=tab]");
    assert_eq!(tabs.len(), 4);
    let selected = || find(&host, "[role=tab][aria-selected=true]");
    let in_tab_order: Vec<_> = tabs
        .iter()
        .filter(|t| t.get_attribute("tabindex").as_deref() == Some("0"))
        .collect();
    assert_eq!(in_tab_order.len(), 1, "one tab in the tab order");

    for tab in &tabs {
        let panel_id = tab.get_attribute("aria-controls").unwrap();
        let panel = find(&host, &format!("#{panel_id}"));
        assert_eq!(panel.get_attribute("role").as_deref(), Some("tabpanel"));
    }

    click(&tabs[2]);
    settle().await;
    assert_eq!(selected(), tabs[2]);
    let figures = find(
        &host,
        &format!("#{}", tabs[2].get_attribute("aria-controls").unwrap()),
    );
    assert!(shown(&figures));
    assert!(!shown(&card(&host, "japan")), "the other panels are hidden");

    press(&tabs[2], "ArrowRight");
    settle().await;
    assert_eq!(selected(), tabs[3]);
    assert_eq!(
        active_element().as_ref(),
        Some(&tabs[3]),
        "focus moves with the arrow"
    );
    press(&tabs[3], "ArrowRight");
    settle().await;
    assert_eq!(selected(), tabs[0], "arrows wrap around");
    press(&tabs[0], "End");
    settle().await;
    assert_eq!(selected(), tabs[3]);
    press(&tabs[3], "Home");
    settle().await;
    assert_eq!(selected(), tabs[0]);
    press(&tabs[0], "ArrowLeft");
    settle().await;
    assert_eq!(selected(), tabs[3]);
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_are_independent() {
    let first = mounted("{}").await;
    let second = mounted("{}").await;
    toggle_of(&card(&first, "ai")).click();
    settle().await;
    let expanded = |host: &Element| toggle_of(&card(host, "ai")).get_attribute("aria-expanded");
    assert_eq!(expanded(&first).as_deref(), Some("true"));
    assert_eq!(expanded(&second).as_deref(), Some("false"));
    let ids = |host: &Element| find(host, "[role=tab]").id();
    assert_ne!(ids(&first), ids(&second), "DOM ids do not collide");
}

#[wasm_bindgen_test]
async fn options_set_view_theme_and_open_card() {
    let host = mounted(r#"{ view: "people", theme: "dark", card: "hicks" }"#).await;
    let root = find(&host, ".ip4");
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("dark"));
    assert_eq!(
        find(&host, "[role=tab][aria-selected=true]")
            .text_content()
            .unwrap(),
        "People"
    );
    let hicks = toggle_of(&card(&host, "hicks"));
    assert_eq!(
        hicks.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_ne!(
        active_element(),
        Some(hicks.into()),
        "opening by option steals no focus"
    );
}

#[wasm_bindgen_test]
async fn bad_options_are_reported_by_name_and_fall_back_to_defaults() {
    let errors = js_sys::eval(
        "window.__ip4Errors = []; window.__ip4Error = console.error; \
         console.error = (m) => window.__ip4Errors.push(String(m)); window.__ip4Errors",
    )
    .unwrap();
    let host = mounted(r#"{ theme: "purple", view: 3, colour: "red", card: "mars" }"#).await;
    js_sys::eval("console.error = window.__ip4Error").unwrap();
    let errors: Vec<String> = js_sys::Array::from(&errors)
        .iter()
        .map(|e| e.as_string().unwrap())
        .collect();
    assert_eq!(
        errors.len(),
        4,
        "one console error per bad option: {errors:?}"
    );
    for name in ["theme", "view", "colour", "card"] {
        assert!(
            errors.iter().any(|e| e.contains(&format!("\"{name}\""))),
            "an error names {name}: {errors:?}"
        );
    }
    assert!(
        host.has_attribute("data-ready"),
        "the widget still comes up"
    );
    let root = find(&host, ".ip4");
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("auto"));
    assert_eq!(
        find(&host, "[role=tab][aria-selected=true]")
            .text_content()
            .unwrap(),
        "Overview"
    );
}

#[wasm_bindgen_test]
async fn mount_without_an_element_reports_and_returns_nothing() {
    let mounted = mount(JsValue::NULL, JsValue::UNDEFINED, next_instance());
    assert!(mounted.is_none());
}

/// Records the `detail` of every `type` event that reaches the document, as JSON.
fn record(type_: &str) -> js_sys::Array {
    js_sys::eval(&format!(
        "(() => {{ const seen = []; document.addEventListener('{type_}', \
         (e) => seen.push(JSON.stringify(e.detail) + (e.bubbles && !e.composed ? '' : ' (bad flags)'))); \
         return seen; }})()"
    ))
    .unwrap()
    .into()
}

fn seen(list: &js_sys::Array) -> Vec<String> {
    list.iter().map(|v| v.as_string().unwrap()).collect()
}

#[wasm_bindgen_test]
async fn opening_closing_and_switching_are_told_to_the_page_as_bubbling_events() {
    let cards = record("nato-ip4:card");
    let views = record("nato-ip4:view");
    let host = mounted("{}").await;
    assert!(seen(&cards).is_empty(), "starting is not an event");
    let japan = toggle_of(&card(&host, "japan"));
    japan.click();
    settle().await;
    japan.click();
    settle().await;
    click(&find_all(&host, "[role=tab]")[1]);
    settle().await;
    assert_eq!(
        seen(&cards),
        [
            r#"{"card":"japan","open":true}"#,
            r#"{"card":"japan","open":false}"#
        ]
    );
    assert_eq!(seen(&views), [r#"{"view":"people"}"#]);
}

#[wasm_bindgen_test]
async fn following_a_connection_tells_the_page_the_view_and_the_card() {
    let cards = record("nato-ip4:card");
    let views = record("nato-ip4:view");
    let host = mounted("{}").await;
    toggle_of(&card(&host, "ukraine")).click();
    settle().await;
    let address = || web_sys::window().unwrap().location().hash().unwrap();
    let before = address();
    click(&find(
        &card(&host, "ukraine"),
        &format!("[{TO_ATTR}=\"sullivan\"]"),
    ));
    settle().await;
    // A link to the card, answered by the widget: the address stays as it was.
    assert_eq!(address(), before);
    assert_eq!(
        seen(&cards),
        [
            r#"{"card":"ukraine","open":true}"#,
            r#"{"card":"sullivan","open":true}"#
        ]
    );
    assert_eq!(seen(&views), [r#"{"view":"people"}"#]);
}

/// A fresh widget after its first render, before the browser's next frame, and a closed
/// card's details (Kathleen Hicks's).
async fn rendered_but_not_painted() -> (Element, Element) {
    let host = rendered("undefined").await;
    let body = find(&card(&host, "hicks"), ".ip4-card-body");
    (host, body)
}

#[wasm_bindgen_test]
async fn the_first_render_draws_what_shows_and_the_next_frame_the_rest() {
    let (host, body) = rendered_but_not_painted().await;
    assert!(host.has_attribute("data-ready"));
    assert!(
        find_all(&body, ".ip4-quote").is_empty(),
        "a closed card's details wait for the frame that shows the widget: the takeover stays one short task"
    );
    settle().await;
    let quotes = find_all(&body, ".ip4-quote");
    assert!(!quotes.is_empty(), "then every card's details are there");
    assert!(ARTICLE.contains(&quotes[0].text_content().unwrap()));
    assert_eq!(
        toggle_of(&card(&host, "hicks"))
            .get_attribute("aria-expanded")
            .as_deref(),
        Some("false"),
        "drawing opens nothing"
    );
}

#[wasm_bindgen_test]
async fn a_print_before_the_first_frame_still_prints_every_cards_details() {
    let (_, body) = rendered_but_not_painted().await;
    assert!(find_all(&body, ".ip4-quote").is_empty(), "not drawn yet");
    let print = web_sys::Event::new("beforeprint").unwrap();
    web_sys::window().unwrap().dispatch_event(&print).unwrap();
    flush().await;
    assert!(
        !find_all(&body, ".ip4-quote").is_empty(),
        "drawn before the page lays out for paper"
    );
}

/// A host holding a map drawing, as the pages and the element's fallback do.
fn host_with_drawing() -> (Element, Element) {
    let host = document().create_element("div").unwrap();
    host.set_inner_html(
        "<svg class=\"ip4-map-svg\" viewBox=\"0 0 40 20\"><g class=\"ip4-map-partners\">\
         <path data-iso=\"JPN\" data-map=\"japan\" d=\"M30 5h5v5z\"></path></g></svg>",
    );
    document().body().unwrap().append_child(&host).unwrap();
    let shape = find(&host, "path[data-iso=\"JPN\"]");
    (host, shape)
}

#[wasm_bindgen_test]
async fn the_map_keeps_the_drawing_it_finds_and_its_labels_and_shapes_open_their_cards() {
    let (host, shape) = host_with_drawing();
    let _ = mount(host.clone().into(), JsValue::UNDEFINED, next_instance()).expect("mounted");
    settle().await;
    let drawing = find(&host, ".ip4-map .ip4-map-drawing");
    assert!(
        drawing.contains(Some(&shape)),
        "the very drawing found in the page is kept"
    );
    let labels: Vec<String> = find_all(&host, ".ip4-map-label")
        .iter()
        .map(|label| label.get_attribute("data-map").unwrap())
        .collect();
    assert_eq!(labels, ["japan", "south-korea", "australia", "new-zealand"]);

    click(&find(&host, "[role=tab][aria-selected=false]"));
    settle().await;
    click(&find(&host, ".ip4-map-label[data-map=\"south-korea\"]"));
    settle().await;
    let korea = toggle_of(&card(&host, "south-korea"));
    assert_eq!(
        korea.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        active_element(),
        Some(korea.into()),
        "a label leads to its card"
    );
    assert_eq!(
        find(&host, "[role=tab][aria-selected=true]")
            .text_content()
            .unwrap(),
        "Overview"
    );

    click(&shape);
    settle().await;
    let japan = toggle_of(&card(&host, "japan"));
    assert_eq!(
        japan.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        active_element(),
        Some(japan.into()),
        "so does the partner's shape"
    );
}

#[wasm_bindgen_test]
async fn without_a_drawing_the_map_keeps_its_labels_and_caption() {
    let host = mounted("{}").await;
    let map = find(&host, ".ip4-map");
    assert!(map.query_selector("svg").unwrap().is_none());
    assert_eq!(find_all(&map, ".ip4-map-label").len(), 4);
    let caption = find(&map, "figcaption").text_content().unwrap();
    assert!(
        caption.contains("32 NATO members as of July 2024"),
        "{caption}"
    );
    assert!(
        caption.contains("China, Russia and North Korea"),
        "{caption}"
    );
}
