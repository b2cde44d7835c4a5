use crate::view::View;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// The tabs that switch views: the WAI-ARIA tabs pattern with automatic activation
/// (arrow keys, Home and End move and select; only the selected tab is in the tab order).
pub fn view_tabs(selected: View, instance: &str, on_select: &Callback<View>) -> Html {
    let onkeydown = {
        let (on_select, instance) = (on_select.clone(), instance.to_owned());
        move |event: KeyboardEvent| {
            let next = match event.key().as_str() {
                "ArrowRight" | "ArrowDown" => selected.step(true),
                "ArrowLeft" | "ArrowUp" => selected.step(false),
                "Home" => View::ALL[0],
                "End" => View::ALL[View::ALL.len() - 1],
                _ => return,
            };
            event.prevent_default();
            on_select.emit(next);
            // The key went to a tab; its siblings are the other tabs.
            let tab = event
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|tab| tab.parent_element())
                .and_then(|list| {
                    list.query_selector(&format!("#{instance}-tab-{}", next.id()))
                        .ok()
                        .flatten()
                });
            if let Some(tab) = tab.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
                let _ = tab.focus();
            }
        }
    };
    html! {
        <div class="ip4-tabs" role="tablist" aria-label="Explore the story" {onkeydown}>
            { for View::ALL.iter().map(|&view| {
                let is_selected = view == selected;
                html! {
                    <button type="button" role="tab" class="ip4-tab"
                        id={format!("{instance}-tab-{}", view.id())}
                        aria-selected={if is_selected { "true" } else { "false" }}
                        aria-controls={format!("{instance}-panel-{}", view.id())}
                        tabindex={if is_selected { "0" } else { "-1" }}
                        onclick={on_select.reform(move |_: MouseEvent| view)}>
                        { view.label() }
                    </button>
                }
            }) }
        </div>
    }
}
