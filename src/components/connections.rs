use crate::data::{CARDS, Connection};
use yew::prelude::*;

/// How a card connects to the rest of the story, as the article states it. Each related
/// card is a button that takes the reader to it.
pub fn connections(connections: &'static [Connection], on_reveal: &Callback<usize>) -> Html {
    if connections.is_empty() {
        return html! {};
    }
    html! {
        <dl class="ip4-connections">
            { for connections.iter().map(|connection| html! {
                <div class="ip4-connection">
                    <dt class="ip4-connection-label">{ connection.label }</dt>
                    <dd class="ip4-connection-cards">
                        <ul class="ip4-chips">
                            { for connection.cards.iter().map(|&index| {
                                let on_reveal = on_reveal.clone();
                                html! {
                                    <li>
                                        <button type="button" class="ip4-chip"
                                            onclick={move |_| on_reveal.emit(index)}>
                                            { CARDS[index].title }
                                        </button>
                                    </li>
                                }
                            }) }
                        </ul>
                    </dd>
                </div>
            }) }
        </dl>
    }
}
