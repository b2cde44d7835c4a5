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

use yew::{AttrValue, Html, html};

/// Whether this render is the server's, which the pages carry: it must work before any script
/// has run. The wasm's own render, which takes over from it, leaves out what only that time
/// needs (each toggle's popover) and draws what no one sees yet after its first frame.
pub const PRERENDER: bool = !cfg!(target_arch = "wasm32");

/// DOM ids, unique per widget on a page: `<instance>-<part>-<name>`.
pub struct Ids<'a>(pub &'a str);

impl Ids<'_> {
    pub fn of(&self, part: &str, name: &str) -> AttrValue {
        [self.0, "-", part, "-", name].concat().into()
    }

    /// The id of the empty popover that a toggle named `name` opens before any script has
    /// run; none in the wasm's render.
    pub fn before_script(&self, name: &str) -> Option<AttrValue> {
        PRERENDER.then(|| self.of("before-script", name))
    }
}

/// A toggle's `aria-expanded`: none in the server's render, where the toggle opens its
/// popover (`popovertarget`) and the browser tells assistive technology whether that is open
/// (HTML forbids both on one button); `"true"` or `"false"` in the wasm's, and boot.js sets it
/// when it takes the popovers' state over.
#[inline(always)]
pub fn expanded(open: bool) -> Option<AttrValue> {
    (!PRERENDER).then_some(AttrValue::Static(if open { "true" } else { "false" }))
}

/// That popover (`id` from `Ids::before_script`), which boot.js takes the state of over when
/// it runs; nothing in the wasm's render. Inlined: there `id` is always `None` and the markup
/// folds away, where a call kept it in the wasm.
#[inline(always)]
pub fn before_script_popover(id: Option<AttrValue>) -> Html {
    match id {
        Some(id) => html! { <span class="ip4-before-script" {id} popover="manual"></span> },
        None => html! {},
    }
}
