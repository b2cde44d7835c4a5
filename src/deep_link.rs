//! Deep links: `#nato-ip4/<card-id>` in the page's address opens that card, and
//! `#nato-ip4/view/<view-id>` (where the tabs link) switches to that view. In element mode
//! this is the host page's own address; in the frame, the frame's. Before the wasm is up,
//! early.js follows them on the widget page and in the frame.

use crate::data::card_index;
use crate::view::View;
use crate::window::{self, Listener};
use nato_ip4_types::contract::{LINK_PREFIX, VIEW_LINK};

/// What a fragment of the address leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    Card(usize),
    View(View),
}

/// What a fragment such as `#nato-ip4/japan` or `#nato-ip4/view/people` names, if anything
/// (card ids have no slash, so no card is named `view/…`).
pub fn link_in(hash: &str) -> Option<Link> {
    let rest = hash.strip_prefix(LINK_PREFIX)?;
    match rest.strip_prefix(VIEW_LINK) {
        Some(view) => View::from_id(view).map(Link::View),
        None => card_index(rest).map(Link::Card),
    }
}

/// The fragment that links to a card.
pub fn href(card_id: &str) -> String {
    [LINK_PREFIX, card_id].concat()
}

/// The fragment that links to a view.
pub fn view_href(view_id: &str) -> String {
    [LINK_PREFIX, VIEW_LINK, view_id].concat()
}

/// What the current address links to, if anything.
#[cfg(target_arch = "wasm32")]
pub fn current() -> Option<Link> {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .and_then(|hash| link_in(&hash))
}

/// Outside the browser (server rendering, native tests) there is no address.
#[cfg(not(target_arch = "wasm32"))]
pub fn current() -> Option<Link> {
    None
}

/// Calls `on_link` whenever the address changes to a card or a view; stops when dropped.
pub fn on_change(on_link: impl Fn(Link) + 'static) -> Option<Listener> {
    window::listen("hashchange", move || {
        if let Some(link) = current() {
            on_link(link);
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fragment_names_its_card_or_view_and_nothing_else_does() {
        let card = |id| card_index(id).map(Link::Card);
        assert_eq!(link_in("#nato-ip4/japan"), card("japan"));
        assert_eq!(link_in(&href("thursday-talks")), card("thursday-talks"));
        for view in View::ALL {
            assert_eq!(link_in(&view_href(view.id())), Some(Link::View(view)));
        }
        assert_eq!(link_in("#nato-ip4/view/japan"), None);
        assert_eq!(link_in("#nato-ip4/view/"), None);
        assert_eq!(link_in("#nato-ip4/nowhere"), None);
        assert_eq!(link_in("#japan"), None);
        assert_eq!(link_in(""), None);
    }
}
