//! One piece of the explainer per file, named for what the reader sees. Only the root,
//! [`explainer::Explainer`], is a Yew component with state; the pieces are plain functions
//! of their inputs that report what the reader does as an [`Action`], which keeps the wasm
//! small (each component type costs its own copy of Yew's lifecycle code).

pub mod article_quotes;
pub mod card;
pub mod card_panel;
pub mod connections;
pub mod explainer;
pub mod locator_map;
pub mod story_facts;
pub mod story_header;
pub mod view_tabs;

use yew::AttrValue;

/// DOM ids, unique per widget on a page: `<instance>-<part>-<name>`.
pub struct Ids<'a>(pub &'a str);

impl Ids<'_> {
    pub fn of(&self, part: &str, name: &str) -> AttrValue {
        [self.0, "-", part, "-", name].concat().into()
    }
}
