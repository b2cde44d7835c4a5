use crate::components::article_quotes::article_quotes;
use crate::components::connections::connections;
use crate::components::{Ids, before_script_popover, expanded};
use crate::data::CARDS;
use crate::deep_link;
use crate::state::{Action, State};
use yew::prelude::*;

/// A card a reader opens for its details: a disclosure (native button with
/// `aria-expanded`, once a script runs) under a heading. `index` is into `CARDS`. The details of a closed card
/// are drawn once the state says so (`closed_bodies_drawn`, after the first frame).
///
/// Before any script has run on the page, the button still works: it toggles an empty
/// popover of its own (`popovertarget`), which the browser does natively, and the CSS shows
/// the card's details while that is open; boot.js takes the state over when it runs. Once a
/// script answers the click, it cancels that default; the wasm's render has no popover.
pub fn card(index: usize, state: &State, ids: &Ids, dispatch: &Callback<Action>) -> Html {
    let card = &CARDS[index];
    let open = state.open.contains(index);
    let body_id = ids.of("card", card.id);
    let tracker_id = ids.before_script(card.id);
    html! {
        <li class="ip4-card" data-card={card.id}>
            <h4 class="ip4-card-heading">
                <button type="button" data-toggle=""
                    aria-expanded={expanded(open)}
                    aria-controls={body_id.clone()}
                    popovertarget={tracker_id.clone()}
                    onclick={dispatch.reform(move |event: MouseEvent| {
                        event.prevent_default();
                        Action::Toggle(index)
                    })}>
                    if let Some(figure) = card.figure {
                        <span class="ip4-card-figure">{ figure }</span>
                    }
                    <span class="ip4-card-title">{ card.title }</span>
                    if let Some(role) = card.role {
                        <span class="ip4-card-role">{ role }</span>
                    }
                </button>
            </h4>
            { before_script_popover(tracker_id) }
            <div class="ip4-card-body" id={body_id} hidden={!open}>
                if open || state.closed_bodies_drawn {
                    <p class="ip4-card-summary">{ card.summary }</p>
                    { connections(card.connections, dispatch) }
                    { article_quotes(card.quotes) }
                    <a class="ip4-card-link" href={deep_link::href(card.id)}>
                        { "Link to this card" }
                        <span class="ip4-visually-hidden">{ ": " }{ card.title }</span>
                    </a>
                }
            </div>
        </li>
    }
}
