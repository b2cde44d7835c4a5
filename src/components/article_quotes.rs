use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleQuotesProps {
    pub quotes: &'static [&'static str],
}

/// "From the article": the exact sentences a card rests on.
#[component]
pub fn ArticleQuotes(props: &ArticleQuotesProps) -> Html {
    html! {
        <figure class="ip4-quotes">
            <figcaption class="ip4-quotes-caption">{ "From the article" }</figcaption>
            { for props.quotes.iter().map(|quote| html! {
                <blockquote class="ip4-quote"><p>{ *quote }</p></blockquote>
            }) }
        </figure>
    }
}
