use crate::components::Ids;
use crate::data::STORY;
use yew::prelude::*;

/// The story in brief: the headline and what happened.
pub fn story_header(ids: &Ids) -> Html {
    html! {
        <header class="ip4-header">
            <p class="ip4-kicker">{ "Explainer" }</p>
            <h2 class="ip4-headline" id={ids.of("story", "headline")}>{ STORY.headline }</h2>
            <p class="ip4-standfirst">{ STORY.standfirst }</p>
        </header>
    }
}
