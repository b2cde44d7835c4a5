use crate::components::article_quotes::ArticleQuotes;
use crate::data::STORY;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryHeaderProps {
    pub instance: AttrValue,
    /// Whether the story's own "From the article" sentences are shown.
    pub quotes_open: bool,
    pub on_toggle_quotes: Callback<()>,
}

/// The story at a glance: headline, what happened, and the key facts.
#[component]
pub fn StoryHeader(props: &StoryHeaderProps) -> Html {
    let quotes_id = format!("{}-story-quotes", props.instance);
    let on_toggle = props.on_toggle_quotes.reform(|_| ());
    html! {
        <header class="ip4-header">
            <p class="ip4-kicker">{ "Explainer" }</p>
            <h2 class="ip4-headline" id={format!("{}-headline", props.instance)}>{ STORY.headline }</h2>
            <p class="ip4-standfirst">{ STORY.standfirst }</p>
            <dl class="ip4-facts">
                { for STORY.facts.iter().map(|fact| html! {
                    <div class="ip4-fact">
                        <dt>{ fact.label }</dt>
                        <dd>{ fact.value }</dd>
                    </div>
                }) }
            </dl>
            <button type="button" class="ip4-source-toggle"
                aria-expanded={if props.quotes_open { "true" } else { "false" }}
                aria-controls={quotes_id.clone()}
                onclick={on_toggle}>
                { "From the article" }
                <span class="ip4-card-icon" aria-hidden="true"></span>
            </button>
            <div class="ip4-story-quotes" id={quotes_id} hidden={!props.quotes_open}>
                <ArticleQuotes quotes={STORY.quotes} />
            </div>
        </header>
    }
}
