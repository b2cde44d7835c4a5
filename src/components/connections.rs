use crate::data::{CARDS, Connection};
use crate::deep_link;
use crate::state::Action;
use yew::prelude::*;

/// How a card connects to the rest of the story, as the article states it. Each related
/// card is a link that takes the reader to it (`data-to` names it): the card's own deep link,
/// which works before any script has run (boot.js follows it when it runs).
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
                                    <a class="ip4-chip" data-to={CARDS[index].id} href={deep_link::href(CARDS[index].id)}
                                        onclick={dispatch.reform(move |event: MouseEvent| {
                                            event.prevent_default();
                                            Action::OpenScrollAndFocus(index)
                                        })}>
                                        { CARDS[index].title }
                                    </a>
                                </li>
                            }) }
                        </ul>
                    </dd>
                </div>
            }) }
        </dl>
    }
}
