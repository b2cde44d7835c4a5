use crate::data::{CARDS, Connection};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConnectionsProps {
    pub connections: &'static [Connection],
    /// Called with a card's index when the reader follows a connection to it.
    pub on_reveal: Callback<usize>,
}

/// How a card connects to the rest of the story, as the article states it.
#[component]
pub fn Connections(props: &ConnectionsProps) -> Html {
    if props.connections.is_empty() {
        return html! {};
    }
    html! {
        <dl class="ip4-connections">
            { for props.connections.iter().map(|connection| html! {
                <div class="ip4-connection">
                    <dt class="ip4-connection-label">{ connection.label }</dt>
                    <dd class="ip4-connection-cards">
                        <ul class="ip4-chips">
                            { for connection.cards.iter().map(|&index| {
                                let on_reveal = props.on_reveal.clone();
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
