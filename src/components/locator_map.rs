use crate::data::{CARDS, Kind, MAP_KEY};
use crate::state::Action;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// The locator map: where NATO is, where its four Indo-Pacific partners are, and the states
/// the article names between them. A supplement to the cards: the drawing is hidden from
/// assistive technology, the caption names the groups in words, and each partner has a real
/// button that does what following a connection does. A click on a partner's shape (or on
/// Ukraine's) does the same.
///
/// `drawing` is the SVG: drawn by the server render from the build's statics, and in the
/// browser the one found in the page, so the wasm carries no geometry.
pub fn locator_map(drawing: Html, dispatch: &Callback<Action>) -> Html {
    let Some(key) = &MAP_KEY else {
        return html! {};
    };
    let on_click = {
        let dispatch = dispatch.clone();
        move |event: MouseEvent| {
            if let Some(card) = shape_clicked(&event) {
                // A label is a link to the card; answered here, not by the browser.
                event.prevent_default();
                dispatch.emit(Action::OpenScrollAndFocus(card));
            }
        }
    };
    html! {
        <figure class="ip4-map" onclick={on_click}>
            <div class="ip4-map-drawing">{ drawing }</div>
            <figcaption class="ip4-map-caption">
                <ul class="ip4-map-labels" aria-label="The four Indo-Pacific partners">
                    { for (0..CARDS.len()).filter(|&i| CARDS[i].kind == Kind::Partner).map(|index| html! {
                        <li>
                            <a class="ip4-map-label" data-map={CARDS[index].id} href={crate::deep_link::href(CARDS[index].id)}>
                                { CARDS[index].title }
                            </a>
                        </li>
                    }) }
                </ul>
                <ul class="ip4-map-key">
                    <li class="ip4-key ip4-key--nato">{ key.nato }</li>
                    <li class="ip4-key ip4-key--initiative">{ key.initiatives }</li>
                    <li class="ip4-key ip4-key--challenger">{ key.challengers }</li>
                </ul>
            </figcaption>
        </figure>
    }
}

/// The card a click on the map asks for: the one the label or shape clicked is tied to
/// (`data-map`; a label holds only text, a shape is a path with nothing inside).
fn shape_clicked(event: &MouseEvent) -> Option<usize> {
    let shape = event.target()?.dyn_into::<Element>().ok()?;
    crate::data::card_index(&shape.get_attribute("data-map")?)
}

/// The drawing the server renders, from the statics `build.rs` generated.
#[cfg(not(target_arch = "wasm32"))]
pub fn drawing(_: Option<&Element>) -> Html {
    use crate::data::{Group, MAP_DRAWING};
    let Some(map) = &MAP_DRAWING else {
        return html! {};
    };
    let shapes = |group: Group| {
        let mut countries: Vec<_> = map.countries.iter().filter(|c| c.group == group).collect();
        // Partners in their cards' order, which is their buttons' order.
        countries.sort_by_key(|c| c.card);
        countries
            .into_iter()
            .map(|c| match c.card {
                Some(card) => html! { <path data-iso={c.iso} data-map={CARDS[card].id} d={c.d} /> },
                None => html! { <path data-iso={c.iso} d={c.d} /> },
            })
            .collect::<Html>()
    };
    html! {
        <svg class="ip4-map-svg" viewBox={format!("0 0 {} {}", map.width, map.height)}
            aria-hidden="true" focusable="false">
            <path class="ip4-map-land" d={map.land} />
            <g class="ip4-map-nato">{ shapes(Group::Nato) }</g>
            <g class="ip4-map-challengers">{ shapes(Group::Challenger) }</g>
            <g class="ip4-map-initiative">{ shapes(Group::Initiative) }</g>
            <g class="ip4-map-partners">{ shapes(Group::Partner) }</g>
        </svg>
    }
}

/// In the browser: the drawing found in the page, kept as it is.
#[cfg(target_arch = "wasm32")]
pub fn drawing(found: Option<&Element>) -> Html {
    match found {
        Some(svg) => Html::VRef(svg.clone().into()),
        None => html! {},
    }
}
