use crate::components::Ids;
use crate::deep_link;
use crate::state::Action;
use crate::view::View;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// The tabs that switch views: the WAI-ARIA tabs pattern with automatic activation
/// (arrow keys, Home and End move and select; only the selected tab is in the tab order).
/// Each tab is a link to its view (`#nato-ip4/view/<view>`), so that a click before any
/// script has run is not lost: boot.js reads the address when it runs. Once a script
/// answers the click, it cancels the link.
pub fn view_tabs(selected: View, ids: &Ids, dispatch: &Callback<Action>) -> Html {
    let onkeydown = {
        let dispatch = dispatch.clone();
        move |event: KeyboardEvent| {
            let next = match event.key().as_str() {
                "ArrowRight" | "ArrowDown" => selected.step(true),
                "ArrowLeft" | "ArrowUp" => selected.step(false),
                "Home" => View::ALL[0],
                "End" => View::ALL[View::ALL.len() - 1],
                // A link's Space would scroll the page; the tab is already selected.
                " " => selected,
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
                    <a role="tab" class="ip4-tab" data-view={view.id()}
                        href={deep_link::view_href(view.id())}
                        id={ids.of("tab", view.id())}
                        aria-selected={if is_selected { "true" } else { "false" }}
                        aria-controls={ids.of("panel", view.id())}
                        tabindex={if is_selected { "0" } else { "-1" }}
                        onclick={dispatch.reform(move |event: MouseEvent| {
                            event.prevent_default();
                            Action::SelectView(view)
                        })}>
                        { view.label() }
                    </a>
                }
            }) }
        </div>
    }
}
