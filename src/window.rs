//! What the widget waits for from the browser's window: an event on it (the address
//! changing, the page about to print) and its next frame. Outside the browser (server
//! rendering, native tests) there is no window: nothing is listened to and nothing runs.

/// A listener on the window, which stops when dropped (with the widget).
#[cfg(target_arch = "wasm32")]
pub type Listener = gloo_events::EventListener;

#[cfg(not(target_arch = "wasm32"))]
pub struct Listener;

/// Calls `f` on every `event` on the window, until the listener is dropped.
#[cfg(target_arch = "wasm32")]
pub fn listen(event: &'static str, f: impl Fn() + 'static) -> Option<Listener> {
    let window = web_sys::window()?;
    Some(Listener::new(&window, event, move |_| f()))
}

#[cfg(not(target_arch = "wasm32"))]
pub fn listen(_: &'static str, _: impl Fn() + 'static) -> Option<Listener> {
    None
}

/// Runs `f` in a task of its own once the browser has painted what is drawn now: after its
/// next frame. Where frames are held back (a hidden tab, a frame out of sight), `f` waits
/// until they come, when what it draws can be seen.
#[cfg(target_arch = "wasm32")]
pub fn after_next_frame(f: impl FnOnce() + 'static) {
    use wasm_bindgen::{JsCast, closure::Closure};
    let task = Closure::once_into_js(f);
    let after_frame = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(task.unchecked_ref());
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(after_frame.unchecked_ref());
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn after_next_frame(_: impl FnOnce() + 'static) {}
