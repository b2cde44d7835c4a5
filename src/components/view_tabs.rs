use crate::components::Ids;
use crate::state::Action;
use crate::view::View;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// The tabs that switch views: the WAI-ARIA tabs pattern with automatic activation
/// (arrow keys, Home and End move and select; only the selected tab is in the tab order).
pub fn view_tabs(selected: View, ids: &Ids, dispatch: &Callback<Action>) -> Html {
    let onkeydown = {
        let dispatch = dispatch.clone();
        move |event: KeyboardEvent| {
            let next = match event.key().as_str() {
                "ArrowRight" | "ArrowDown" => selected.step(true),
                "ArrowLeft" | "ArrowUp" => selected.step(false),
                "Home" => View::ALL[0],
                "End" => View::ALL[View::ALL.len() - 1],
                _ => return,
            };
            event.prevent_default();
            dispatch.emit(Action::SelectView(next));
            // The key went to a tab; the tab for `next` is its sibling at that position.
            let tab = event
                .target()
                .and_then(|t| t.dyn_into::<HtmlElement>().ok())
                .and_then(|tab| tab.parent_element())
                .and_then(|list| list.children().item(next as u32))
                .and_then(|t| t.dyn_into::<HtmlElement>().ok());
            if let Some(tab) = tab {
                let _ = tab.focus();
            }
        }
    };
    html! {
        <div class="ip4-tabs" role="tablist" aria-label="Explore the story" {onkeydown}>
            { for View::ALL.into_iter().map(|view| {
                let is_selected = view == selected;
                html! {
                    <button type="button" role="tab" class="ip4-tab"
                        id={ids.of("tab", view.id())}
                        aria-selected={if is_selected { "true" } else { "false" }}
                        aria-controls={ids.of("panel", view.id())}
                        tabindex={if is_selected { "0" } else { "-1" }}
                        onclick={dispatch.reform(move |_| Action::SelectView(view))}>
                        { view.label() }
                    </button>
                }
            }) }
        </div>
    }
}
