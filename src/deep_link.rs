//! Deep links: `#nato-ip4/<card-id>` in the page's address opens that card. In element mode
//! this is the host page's own address; in the frame, the frame's. The tabs link to
//! `#nato-ip4/view/<view-id>`, which boot.js follows on the page and in the frame.

use crate::data::card_index;
use crate::window::{self, Listener};
use nato_ip4_types::contract::{LINK_PREFIX, VIEW_LINK};

/// The card a fragment such as `#nato-ip4/japan` names.
pub fn card_in(hash: &str) -> Option<usize> {
    card_index(hash.strip_prefix(LINK_PREFIX)?)
}

/// The fragment that links to a card.
pub fn href(card_id: &str) -> String {
    [LINK_PREFIX, card_id].concat()
}

/// The fragment that links to a view (read by boot.js before the wasm is up; card ids have
/// no slash, so it names no card).
pub fn view_href(view_id: &str) -> String {
    [LINK_PREFIX, VIEW_LINK, view_id].concat()
}

/// The card the current address names, if any.
#[cfg(target_arch = "wasm32")]
pub fn current() -> Option<usize> {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .and_then(|hash| card_in(&hash))
}

/// Outside the browser (server rendering, native tests) there is no address.
#[cfg(not(target_arch = "wasm32"))]
pub fn current() -> Option<usize> {
    None
}

/// Calls `on_card` whenever the address changes to name a card; stops when dropped.
pub fn on_change(on_card: impl Fn(usize) + 'static) -> Option<Listener> {
    window::listen("hashchange", move || {
        if let Some(card) = current() {
            on_card(card);
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_card_fragment_names_its_card_and_nothing_else_does() {
        assert_eq!(card_in("#nato-ip4/japan"), card_index("japan"));
        assert_eq!(
            card_in(&href("thursday-talks")),
            card_index("thursday-talks")
        );
        assert_eq!(card_in("#nato-ip4/nowhere"), None);
        assert_eq!(card_in("#japan"), None);
        assert_eq!(card_in(""), None);
    }
}
