use crate::data::{CARDS, Connection};
use crate::state::Action;
use yew::prelude::*;

/// How a card connects to the rest of the story, as the article states it. Each related
/// card is a button that takes the reader to it (`data-to` names it).
pub fn connections(connections: &'static [Connection], dispatch: &Callback<Action>) -> Html {
    if connections.is_empty() {
        return html! {};
    }
    html! {
        <dl class="ip4-connections">
            { for connections.iter().map(|connection| html! {
                <div class="ip4-connection">
                    <dt class="ip4-connection-label">{ connection.label }</dt>
                    <dd>
                        <ul class="ip4-chips">
                            { for connection.cards.iter().map(|&index| html! {
                                <li>
                                    <button type="button" class="ip4-chip" data-to={CARDS[index].id}
                                        onclick={dispatch.reform(move |_| Action::Reveal(index))}>
                                        { CARDS[index].title }
                                    </button>
                                </li>
                            }) }
                        </ul>
                    </dd>
                </div>
            }) }
        </dl>
    }
}
