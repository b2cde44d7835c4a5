use crate::view::View;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ViewTabsProps {
    pub selected: View,
    pub instance: AttrValue,
    pub on_select: Callback<View>,
}

/// The tabs that switch views: the WAI-ARIA tabs pattern with automatic activation
/// (arrow keys, Home and End move and select; only the selected tab is in the tab order).
#[component]
pub fn ViewTabs(props: &ViewTabsProps) -> Html {
    let tablist = use_node_ref();
    let onkeydown = {
        let (tablist, on_select) = (tablist.clone(), props.on_select.clone());
        let (selected, instance) = (props.selected, props.instance.clone());
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
            let tab = tablist.cast::<web_sys::Element>().and_then(|list| {
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
        <div class="ip4-tabs" role="tablist" aria-label="Explore the story" ref={tablist} {onkeydown}>
            { for View::ALL.iter().map(|&view| {
                let selected = view == props.selected;
                let on_select = props.on_select.clone();
                html! {
                    <button type="button" role="tab" class="ip4-tab"
                        id={format!("{}-tab-{}", props.instance, view.id())}
                        aria-selected={if selected { "true" } else { "false" }}
                        aria-controls={format!("{}-panel-{}", props.instance, view.id())}
                        tabindex={if selected { "0" } else { "-1" }}
                        onclick={move |_| on_select.emit(view)}>
                        { view.label() }
                    </button>
                }
            }) }
        </div>
    }
}
