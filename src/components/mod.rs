//! One piece of the explainer per file, named for what the reader sees. Only the root,
//! [`explainer::Explainer`], is a Yew component with state; the pieces are plain functions
//! of their inputs, which keeps the wasm small (each component type costs its own copy of
//! Yew's lifecycle code) and the prerendered HTML free of per-component markers.

pub mod article_quotes;
pub mod card;
pub mod card_panel;
pub mod connections;
pub mod explainer;
pub mod story_header;
pub mod view_tabs;

use yew::prelude::*;

/// The callbacks through which the pieces report what the reader did.
#[derive(Clone, PartialEq)]
pub struct Handlers {
    pub select_view: Callback<crate::view::View>,
    /// Opens or closes a card (by index into `CARDS`).
    pub toggle: Callback<usize>,
    /// Follows a connection to a card.
    pub reveal: Callback<usize>,
    pub toggle_story_quotes: Callback<()>,
}
