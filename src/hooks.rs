//! What the explainer does besides rendering, as two hooks that read in the order they run:
//! [`use_start`] once, when it is first drawn, and [`use_tell_host`] after every render.

use crate::data::CARDS;
use crate::options::Options;
use crate::state::{Action, State};
use crate::{deep_link, events, window};
use nato_ip4_types::contract::CARD_ATTR;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// The way into a running widget for options given after it started (the element's
/// attributes, `mount()`'s `update`): each is applied as the reader's own actions would be.
/// Options sent before the widget's first render wait for it.
#[derive(Clone, Default)]
pub struct Updates(Rc<RefCell<Inbox>>);

#[derive(Default)]
struct Inbox {
    widget: Option<UseReducerDispatcher<State>>,
    waiting: Vec<Options>,
}

impl Updates {
    pub fn send(&self, options: Options) {
        let mut inbox = self.0.borrow_mut();
        match &inbox.widget {
            Some(widget) => State::updates(options).for_each(|action| widget.dispatch(action)),
            None => inbox.waiting.push(options),
        }
    }

    fn connect(&self, widget: UseReducerDispatcher<State>) {
        let mut inbox = self.0.borrow_mut();
        for options in std::mem::take(&mut inbox.waiting) {
            State::updates(options).for_each(|action| widget.dispatch(action));
        }
        inbox.widget = Some(widget);
    }
}

/// One widget's updates are the same updates however often it renders.
impl PartialEq for Updates {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Once the widget is first drawn: takes options sent from now on, follows deep links, and
/// draws the closed cards' details once the browser has painted the widget (in a plain next
/// task they ran first, and held back the frame that shows it), or at once when the page is
/// about to print before that. What it listens to stops with the widget.
#[hook]
pub fn use_start(state: &UseReducerHandle<State>, updates: &Updates) {
    let (dispatcher, updates) = (state.dispatcher(), updates.clone());
    use_effect_with((), move |_| {
        updates.connect(dispatcher.clone());
        let (follow, print, draw) = (dispatcher.clone(), dispatcher.clone(), dispatcher);
        let listeners = [
            deep_link::on_change(move |link| follow.dispatch(link.into())),
            // Yew renders what is dispatched in the microtask after the event, before the
            // print's layout.
            window::listen("beforeprint", move || {
                print.dispatch(Action::DrawClosedBodies)
            }),
        ];
        window::after_next_frame(move || draw.dispatch(Action::DrawClosedBodies));
        // Dropped with the widget, the listeners stop.
        move || {
            let _stopped = listeners;
        }
    });
}

/// After every render: marks the element hosting the widget ready the first time, tells it
/// what the reader opened, closed and switched to since the state its options asked for, and
/// brings a card into view when asked.
#[hook]
pub fn use_tell_host(state: &State, root: &NodeRef, options: Options) {
    let told = use_mut_ref(|| State::new(options));
    let root = root.clone();
    use_effect_with(*state, move |now| {
        let Some(host) = root.cast::<Element>().and_then(|r| r.parent_element()) else {
            return;
        };
        let before = told.replace(*now);
        if !host.has_attribute("data-ready") {
            announce_ready(&host);
        }
        tell_host(&host, &before, now);
        if now.reveal != before.reveal
            && let Some(reveal) = now.reveal
        {
            reveal_card(&root, CARDS[reveal.card].id, reveal.focus);
        }
    });
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
    let selector = ["[", CARD_ATTR, "=\"", id, "\"]"].concat();
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
