use crate::components::Ids;
use crate::components::card::card;
use crate::data::CARDS;
use crate::state::{Action, State};
use crate::view::View;
use yew::prelude::*;

/// One tab panel: what leads the view (the map, in the first), then its cards in groups,
/// each group under its heading.
pub fn card_panel(
    view: View,
    lead: Html,
    state: &State,
    ids: &Ids,
    dispatch: &Callback<Action>,
) -> Html {
    html! {
        <section class="ip4-panel" role="tabpanel"
            id={ids.of("panel", view.id())}
            aria-labelledby={ids.of("tab", view.id())}
            hidden={view != state.view}>
            { lead }
            { for view.groups().iter().map(|(kind, heading)| html! {
                <div class="ip4-group">
                    <h3 class="ip4-group-heading">{ *heading }</h3>
                    <ul class="ip4-cards" role="list">
                        { for (0..CARDS.len())
                            .filter(|&index| CARDS[index].kind == *kind)
                            .map(|index| card(index, state, ids, dispatch)) }
                    </ul>
                </div>
            }) }
        </section>
    }
}
