use crate::components::Handlers;
use crate::components::article_quotes::article_quotes;
use crate::components::connections::connections;
use crate::data::{CARDS, Kind};
use crate::deep_link;
use yew::prelude::*;

/// A card a reader opens for its details: a disclosure (native button with
/// `aria-expanded`) under a heading. `index` is into `CARDS`; `instance` prefixes DOM ids.
pub fn card(index: usize, open: bool, instance: &str, handlers: &Handlers) -> Html {
    let card = &CARDS[index];
    let body_id = format!("{instance}-card-{}", card.id);
    let kind = match card.kind {
        Kind::Initiative => "ip4-card--initiative",
        Kind::Partner => "ip4-card--partner",
        Kind::Person => "ip4-card--person",
        Kind::Figure => "ip4-card--figure",
        Kind::Context => "ip4-card--context",
    };
    let toggle = handlers.toggle.reform(move |_: MouseEvent| index);
    html! {
        <li class={classes!("ip4-card", kind, open.then_some("is-open"))} data-card={card.id}>
            <h4 class="ip4-card-heading">
                <button type="button" class="ip4-card-toggle"
                    aria-expanded={if open { "true" } else { "false" }}
                    aria-controls={body_id.clone()}
                    onclick={toggle}>
                    if let Some(figure) = card.figure {
                        <span class="ip4-card-figure">{ figure }</span>
                    }
                    <span class="ip4-card-title">{ card.title }</span>
                    if let Some(role) = card.role {
                        <span class="ip4-card-role">{ role }</span>
                    }
                    <span class="ip4-card-icon" aria-hidden="true"></span>
                </button>
            </h4>
            <div class="ip4-card-body" id={body_id} hidden={!open}>
                <p class="ip4-card-summary">{ card.summary }</p>
                { connections(card.connections, &handlers.reveal) }
                { article_quotes(card.quotes) }
                <a class="ip4-card-link" href={deep_link::href(card.id)}>
                    { "Link to this card" }
                    <span class="ip4-visually-hidden">{ ": " }{ card.title }</span>
                </a>
            </div>
        </li>
    }
}
