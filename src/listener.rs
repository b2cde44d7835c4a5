//! A listener on the page around the widget (its window, a media query) that stops when
//! dropped, so that a removed widget leaves nothing behind.

#[cfg(target_arch = "wasm32")]
pub type Listener = gloo_events::EventListener;

/// Outside the browser (server rendering, native tests) nothing is listened to.
#[cfg(not(target_arch = "wasm32"))]
pub struct Listener;
