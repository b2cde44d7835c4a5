use crate::components::Handlers;
use crate::components::card_panel::card_panel;
use crate::components::story_header::story_header;
use crate::components::view_tabs::view_tabs;
use crate::data::CARDS;
use crate::deep_link;
use crate::options::Options;
use crate::state::{Action, Explainer as State};
use crate::view::View;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ExplainerProps {
    /// Prefix for DOM ids, unique per widget on a page.
    pub instance: AttrValue,
    #[prop_or_default]
    pub options: Options,
}

/// The whole explainer: the story at a glance, the view tabs and their card panels.
///
/// The first render is always the default state, so that it matches the prerendered HTML
/// it hydrates; the embed options are applied right after.
#[component]
pub fn Explainer(props: &ExplainerProps) -> Html {
    let state = use_reducer(State::default);
    let root = use_node_ref();

    {
        let (dispatcher, root, options) = (state.dispatcher(), root.clone(), props.options);
        use_effect_with((), move |_| {
            apply_options(&dispatcher, options);
            if let Some(host) = root.cast::<Element>().and_then(|r| r.parent_element()) {
                announce_ready(&host);
            }
        });
    }
    {
        let root = root.clone();
        use_effect_with(state.reveal, move |reveal| {
            if let Some(reveal) = reveal {
                reveal_card(&root, CARDS[reveal.card].id, reveal.focus);
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            if let Some(card) = deep_link::current() {
                dispatcher.dispatch(Action::Show(card));
            }
            let listener =
                deep_link::on_change(move |card| dispatcher.dispatch(Action::Show(card)));
            move || {
                let _stop_listening = listener;
            }
        });
    }

    let handlers = {
        let dispatch = Callback::<Action>::from(state.dispatcher());
        use_memo((), move |_| Handlers {
            select_view: dispatch.reform(Action::SelectView),
            toggle: dispatch.reform(Action::Toggle),
            reveal: dispatch.reform(Action::Reveal),
            toggle_story_quotes: dispatch.reform(|()| Action::ToggleStory),
        })
    };
    let instance = props.instance.as_str();

    html! {
        <section class="ip4" ref={root}
            data-theme={state.theme.id()}
            data-instance={props.instance.clone()}
            aria-labelledby={format!("{instance}-headline")}>
            { story_header(instance, state.story_open, &handlers.toggle_story_quotes) }
            { view_tabs(state.view, instance, &handlers.select_view) }
            { for View::ALL.iter().map(|&view| {
                card_panel(view, view == state.view, &state.open, instance, &handlers)
            }) }
            <p class="ip4-visually-hidden" role="status">{ state.announcement.clone() }</p>
        </section>
    }
}

fn apply_options(dispatcher: &UseReducerDispatcher<State>, options: Options) {
    dispatcher.dispatch(Action::SetTheme(options.theme));
    dispatcher.dispatch(Action::SelectView(options.view));
    if let Some(card) = options.card {
        dispatcher.dispatch(Action::Open(card));
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
    let Some(card) = root.cast::<Element>().and_then(|root| {
        root.query_selector(&format!("[data-card=\"{id}\"]"))
            .ok()
            .flatten()
    }) else {
        return;
    };
    card.scroll_into_view_with_bool(true);
    if focus {
        let button = card.query_selector(".ip4-card-toggle").ok().flatten();
        if let Some(button) = button.and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
            let _ = button.focus();
        }
    }
}
