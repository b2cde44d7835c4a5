//! What the reader does, told to the host page: `nato-ip4:card` when a card opens or
//! closes, `nato-ip4:view` when the reader switches tabs. Both bubble from the element the
//! widget was mounted into and are not composed (the custom element relays them from its
//! shadow root, the frame to its parent). Nothing is ever sent anywhere else.

/// `detail` of `nato-ip4:card`.
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize))]
pub struct CardDetail {
    pub card: &'static str,
    pub open: bool,
}

/// `detail` of `nato-ip4:view`.
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize))]
pub struct ViewDetail {
    pub view: &'static str,
}

pub fn card(host: &web_sys::Element, card: &'static str, open: bool) {
    dispatch(host, "nato-ip4:card", &CardDetail { card, open });
}

pub fn view(host: &web_sys::Element, view: &'static str) {
    dispatch(host, "nato-ip4:view", &ViewDetail { view });
}

#[cfg(target_arch = "wasm32")]
fn dispatch(host: &web_sys::Element, name: &str, detail: &impl serde::Serialize) {
    let Ok(detail) = serde_wasm_bindgen::to_value(detail) else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// Outside the browser (server rendering, native tests) nothing happens in a page.
#[cfg(not(target_arch = "wasm32"))]
fn dispatch<T>(_: &web_sys::Element, _: &str, _: &T) {}
