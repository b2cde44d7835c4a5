use crate::components::Handlers;
use crate::components::card::card;
use crate::data::CARDS;
use crate::view::View;
use yew::prelude::*;

/// One tab panel: the view's cards in groups, each group under its heading.
pub fn card_panel(
    view: View,
    selected: bool,
    open: &[bool],
    instance: &str,
    handlers: &Handlers,
) -> Html {
    let id = view.id();
    html! {
        <section class={classes!("ip4-panel", selected.then_some("is-selected"))}
            role="tabpanel"
            id={format!("{instance}-panel-{id}")}
            aria-labelledby={format!("{instance}-tab-{id}")}
            hidden={!selected}>
            { for view.groups().iter().map(|(kind, heading)| html! {
                <div class="ip4-group">
                    <h3 class="ip4-group-heading">{ *heading }</h3>
                    <ul class="ip4-cards" role="list">
                        { for CARDS.iter().enumerate()
                            .filter(|(_, c)| c.kind == *kind)
                            .map(|(index, _)| card(index, open[index], instance, handlers)) }
                    </ul>
                </div>
            }) }
        </section>
    }
}
