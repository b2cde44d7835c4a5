use crate::components::card_panel::card_panel;
use crate::components::locator_map::{self, locator_map};
use crate::components::story_facts::story_facts;
use crate::components::story_header::story_header;
use crate::components::view_tabs::view_tabs;
use crate::components::{Ids, PRERENDER};
use crate::data::CARDS;
use crate::deep_link;
use crate::hooks::{Updates, use_start, use_tell_host};
use crate::options::Options;
use crate::state::State;
use crate::view::View;
use web_sys::Element;
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
    /// Options given after start (the element's attributes, `mount()`'s `update`).
    #[prop_or_default]
    pub updates: Updates,
}

/// The whole explainer: the story in brief, the view tabs and their card panels (the map
/// leads the first), and the story at a glance.
///
/// It starts in the state its options and the address ask for, so that its first render is
/// already the one the reader sees; the server renders the default options into the pages.
#[component]
pub fn Explainer(props: &ExplainerProps) -> Html {
    let options = props.options;
    // The server draws everything at once: it has no next task. An action that changes
    // nothing (a second DrawClosedBodies, say) renders nothing.
    let state = use_reducer_eq(move || State {
        closed_bodies_drawn: PRERENDER,
        ..State::start(options, deep_link::current())
    });
    let root = use_node_ref();
    use_start(&state, &props.updates);
    use_tell_host(&state, &root, options);

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
