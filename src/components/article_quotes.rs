use yew::prelude::*;

/// "From the article": the exact sentences a card rests on.
pub fn article_quotes(quotes: &'static [&'static str]) -> Html {
    html! {
        <figure class="ip4-quotes">
            <figcaption class="ip4-quotes-caption">{ "From the article" }</figcaption>
            { for quotes.iter().map(|quote| html! {
                <blockquote class="ip4-quote">{ *quote }</blockquote>
            }) }
        </figure>
    }
}
