use crate::components::article_quotes::ArticleQuotes;
use crate::components::connections::Connections;
use crate::data::{CARDS, Kind};
use crate::deep_link;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    /// Index into [`CARDS`].
    pub index: usize,
    pub open: bool,
    /// Prefix for DOM ids, unique per widget on a page.
    pub instance: AttrValue,
    pub on_toggle: Callback<usize>,
    pub on_reveal: Callback<usize>,
}

/// A card a reader opens for its details: a disclosure (native button with
/// `aria-expanded`) under a heading.
#[component]
pub fn Card(props: &CardProps) -> Html {
    let card = &CARDS[props.index];
    let body_id = format!("{}-card-{}", props.instance, card.id);
    let kind = match card.kind {
        Kind::Initiative => "ip4-card--initiative",
        Kind::Partner => "ip4-card--partner",
        Kind::Person => "ip4-card--person",
        Kind::Figure => "ip4-card--figure",
        Kind::Context => "ip4-card--context",
    };
    let toggle = {
        let (on_toggle, index) = (props.on_toggle.clone(), props.index);
        move |_| on_toggle.emit(index)
    };
    html! {
        <li class={classes!("ip4-card", kind, props.open.then_some("is-open"))} data-card={card.id}>
            <h4 class="ip4-card-heading">
                <button type="button" class="ip4-card-toggle"
                    aria-expanded={if props.open { "true" } else { "false" }}
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
            <div class="ip4-card-body" id={body_id} hidden={!props.open}>
                <p class="ip4-card-summary">{ card.summary }</p>
                <Connections connections={card.connections} on_reveal={props.on_reveal.clone()} />
                <ArticleQuotes quotes={card.quotes} />
                <a class="ip4-card-link" href={deep_link::href(card.id)}>
                    { "Link to this card" }
                    <span class="ip4-visually-hidden">{ ": " }{ card.title }</span>
                </a>
            </div>
        </li>
    }
}
