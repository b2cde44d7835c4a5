//! Printing shows every card. In the browser the widget draws the details of open cards
//! only, which keeps each render short; before the page prints, or when its media becomes
//! `print`, it draws the rest.

use crate::listener::Listener;

/// Calls `on_print` before the page prints; stops when the listeners are dropped.
#[cfg(target_arch = "wasm32")]
pub fn on_print(on_print: impl Fn() + Clone + 'static) -> Vec<Listener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let mut listeners = vec![Listener::new(&window, "beforeprint", {
        let on_print = on_print.clone();
        move |_| on_print()
    })];
    if let Ok(Some(print)) = window.match_media("print") {
        listeners.push(Listener::new(&print, "change", move |_| on_print()));
    }
    listeners
}

#[cfg(not(target_arch = "wasm32"))]
pub fn on_print(_: impl Fn() + Clone + 'static) -> Vec<Listener> {
    Vec::new()
}
