use crate::components::Ids;
use crate::components::article_quotes::article_quotes;
use crate::data::STORY;
use crate::state::Action;
use yew::prelude::*;

/// The story at a glance: headline, what happened, the key facts, and the sentences they
/// rest on behind a disclosure.
pub fn story_header(ids: &Ids, quotes_open: bool, dispatch: &Callback<Action>) -> Html {
    let quotes_id = ids.of("story", "quotes");
    html! {
        <header class="ip4-header">
            <p class="ip4-kicker">{ "Explainer" }</p>
            <h2 class="ip4-headline" id={ids.of("story", "headline")}>{ STORY.headline }</h2>
            <p class="ip4-standfirst">{ STORY.standfirst }</p>
            <dl class="ip4-facts">
                { for STORY.facts.iter().map(|fact| html! {
                    <div class="ip4-fact"><dt>{ fact.label }</dt><dd>{ fact.value }</dd></div>
                }) }
            </dl>
            <button type="button" class="ip4-source-toggle"
                aria-expanded={if quotes_open { "true" } else { "false" }}
                aria-controls={quotes_id.clone()}
                onclick={dispatch.reform(|_| Action::ToggleStory)}>
                { "From the article" }
            </button>
            <div class="ip4-story-quotes" id={quotes_id} hidden={!quotes_open}>
                { article_quotes(STORY.quotes) }
            </div>
        </header>
    }
}
