use crate::components::card_panel::card_panel;
use crate::components::locator_map::{self, locator_map};
use crate::components::story_facts::story_facts;
use crate::components::story_header::story_header;
use crate::components::view_tabs::view_tabs;
use crate::components::{Ids, PRERENDER};
use crate::data::CARDS;
use crate::options::Options;
use crate::state::{Action, State};
use crate::view::View;
use crate::{deep_link, events, window};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ExplainerProps {
    /// Prefix for DOM ids, unique per widget on a page.
    pub instance: AttrValue,
    #[prop_or_default]
    pub options: Options,
    /// The map's drawing found in the page, kept as it is (the wasm carries no geometry).
    #[prop_or_default]
    pub map: Option<Element>,
    /// Counts updates of `options` after start: each new one is applied to the running
    /// widget (the element's attributes, `mount()`'s `update`).
    #[prop_or_default]
    pub revision: u32,
}

/// The whole explainer: the story in brief, the view tabs and their card panels (the map
/// leads the first), and the story at a glance.
///
/// It starts in the state its options ask for, so that its first render is already the one
/// the reader sees; the server renders the default options into the pages.
#[component]
pub fn Explainer(props: &ExplainerProps) -> Html {
    let options = props.options;
    // The server draws everything at once: it has no next task. An action that changes
    // nothing (a second DrawClosedBodies, say) renders nothing.
    let state = use_reducer_eq(move || State {
        closed_bodies_drawn: PRERENDER,
        ..State::new(options)
    });
    let root = use_node_ref();
    use_start_and_tell(&state, &root, props.options, props.revision);

    let dispatch = Callback::from(state.dispatcher());
    let ids = Ids(&props.instance);
    html! {
        <section class="ip4" ref={root}
            data-theme={state.theme.id()}
            aria-labelledby={ids.of("story", "headline")}>
            { story_header(&ids) }
            { view_tabs(state.view, &ids, &dispatch) }
            { for View::ALL.into_iter().map(|view| {
                let lead = if view.has_map() {
                    locator_map(locator_map::drawing(props.map.as_ref()), &dispatch)
                } else {
                    html! {}
                };
                card_panel(view, lead, &state, &ids, &dispatch)
            }) }
            { story_facts(&ids, state.story_open, &dispatch) }
            <p class="ip4-visually-hidden" role="status">
                if let Some(card) = state.announced {
                    { CARDS[card].title }{ " opened" }
                }
            </p>
        </section>
    }
}

/// What the widget does after it is drawn. The first time: follows deep links from then on,
/// opens the card the address names, tells the host page it is ready and draws the closed
/// cards' details once the browser has painted it (or is about to print). After each change:
/// applies options given since, tells the host page what the reader opened, closed and
/// switched to, and brings a card into view when asked.
#[hook]
fn use_start_and_tell(
    state: &UseReducerHandle<State>,
    root: &NodeRef,
    options: Options,
    revision: u32,
) {
    // The state last told to the host page with the options' revision then, and the
    // deep-link and print listeners (dropped with the widget).
    let told = use_mut_ref(|| None::<(State, u32)>);
    let listeners = use_mut_ref(Vec::new);
    {
        let (root, dispatcher) = (root.clone(), state.dispatcher());
        use_effect_with((**state, revision), move |&(now, revision)| {
            let Some(host) = root.cast::<Element>().and_then(|r| r.parent_element()) else {
                return;
            };
            let Some((before, applied)) = told.replace(Some((now, revision))) else {
                // The first render: follow deep links from now on. The widget is ready once
                // what it does at start (opening the card the address names) is drawn too.
                let start = deep_link::current().map(Action::OpenAndScroll);
                let follow = dispatcher.clone();
                let mut listeners = listeners.borrow_mut();
                listeners.extend(deep_link::on_change(move |card| {
                    follow.dispatch(Action::OpenAndScroll(card))
                }));
                match start {
                    Some(show) => dispatcher.dispatch(show),
                    None => announce_ready(&host),
                }
                // The closed cards' details once the widget is painted: in a plain next task
                // they ran first, and held back the frame that shows the widget.
                // At once when the page is about to print before that (Yew renders what is
                // dispatched in the microtask after the event, before the print's layout).
                let (draw, print) = (dispatcher.clone(), dispatcher.clone());
                listeners.extend(window::listen("beforeprint", move || {
                    print.dispatch(Action::DrawClosedBodies)
                }));
                window::after_next_frame(move || draw.dispatch(Action::DrawClosedBodies));
                return;
            };
            if revision != applied {
                // Options given after start, applied as the reader's own actions would be.
                State::updates(options).for_each(|action| dispatcher.dispatch(action));
            }
            if !host.has_attribute("data-ready") {
                announce_ready(&host);
            }
            tell_host(&host, &before, &now);
            if now.reveal != before.reveal
                && let Some(reveal) = now.reveal
            {
                reveal_card(&root, CARDS[reveal.card].id, reveal.focus);
            }
        });
    }
}

/// Tells the host page what the reader opened, closed and switched to since `before`.
fn tell_host(host: &Element, before: &State, now: &State) {
    for (index, card) in CARDS.iter().enumerate() {
        let open = now.open.contains(index);
        if open != before.open.contains(index) {
            events::card(host, card.id, open);
        }
    }
    if now.view != before.view {
        events::view(host, now.view.id());
    }
}

/// Marks the element hosting the widget as interactive and tells it with a `ready` event,
/// which neither bubbles nor leaves a shadow root: the host page hears only what it asks.
fn announce_ready(host: &Element) {
    let _ = host.set_attribute("data-ready", "");
    if let Ok(event) = web_sys::CustomEvent::new("ready") {
        let _ = host.dispatch_event(&event);
    }
}

/// Scrolls a card into view and, when asked, moves focus to its toggle button.
fn reveal_card(root: &NodeRef, id: &str, focus: bool) {
    let selector = ["[data-card=\"", id, "\"]"].concat();
    let Some(card) = root
        .cast::<Element>()
        .and_then(|root| root.query_selector(&selector).ok().flatten())
    else {
        return;
    };
    card.scroll_into_view_with_bool(true);
    if focus {
        let button = card.query_selector("button").ok().flatten();
        if let Some(button) = button.and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
            let _ = button.focus();
        }
    }
}
