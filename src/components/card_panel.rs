use crate::components::card::Card;
use crate::data::CARDS;
use crate::view::View;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CardPanelProps {
    pub view: View,
    pub selected: bool,
    pub open: Vec<bool>,
    pub instance: AttrValue,
    pub on_toggle: Callback<usize>,
    pub on_reveal: Callback<usize>,
}

/// One tab panel: the view's cards in groups, each group under its heading.
#[component]
pub fn CardPanel(props: &CardPanelProps) -> Html {
    let id = props.view.id();
    html! {
        <section class={classes!("ip4-panel", props.selected.then_some("is-selected"))}
            role="tabpanel"
            id={format!("{}-panel-{id}", props.instance)}
            aria-labelledby={format!("{}-tab-{id}", props.instance)}
            hidden={!props.selected}>
            { for props.view.groups().iter().map(|(kind, heading)| html! {
                <div class="ip4-group">
                    <h3 class="ip4-group-heading">{ *heading }</h3>
                    <ul class="ip4-cards" role="list">
                        { for CARDS.iter().enumerate().filter(|(_, card)| card.kind == *kind).map(|(index, _)| html! {
                            <Card key={index} {index}
                                open={props.open[index]}
                                instance={props.instance.clone()}
                                on_toggle={props.on_toggle.clone()}
                                on_reveal={props.on_reveal.clone()} />
                        }) }
                    </ul>
                </div>
            }) }
        </section>
    }
}
