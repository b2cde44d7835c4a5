use crate::components::article_quotes::article_quotes;
use crate::components::{Ids, before_script_popover, expanded};
use crate::data::STORY;
use crate::state::Action;
use yew::prelude::*;

/// The story at a glance, after the cards: the key facts, and the sentences they rest on
/// behind a disclosure.
pub fn story_facts(ids: &Ids, quotes_open: bool, dispatch: &Callback<Action>) -> Html {
    let quotes_id = ids.of("story", "quotes");
    let marker_id = ids.before_script("story");
    html! {
        <footer class="ip4-footer">
            <h3 class="ip4-group-heading">{ "At a glance" }</h3>
            <dl class="ip4-facts">
                { for STORY.facts.iter().map(|fact| html! {
                    <div class="ip4-fact"><dt>{ fact.label }</dt><dd>{ fact.value }</dd></div>
                }) }
            </dl>
            // Before any script has run, the button toggles an empty popover (as a card's does).
            <button type="button" data-toggle=""
                aria-expanded={expanded(quotes_open)}
                aria-controls={quotes_id.clone()}
                popovertarget={marker_id.clone()}
                onclick={dispatch.reform(|event: MouseEvent| {
                    event.prevent_default();
                    Action::ToggleStory
                })}>
                { "From the article" }
            </button>
            { before_script_popover(marker_id) }
            <div class="ip4-story-quotes" id={quotes_id} hidden={!quotes_open}>
                { article_quotes(STORY.quotes) }
            </div>
        </footer>
    }
}
