//! What the reader does, told to the host page: `nato-ip4:card` when a card opens or
//! closes, `nato-ip4:view` when the reader switches tabs. Both bubble from the element the
//! widget was mounted into and are not composed (the custom element relays them from its
//! shadow root, the frame to its parent). Nothing is ever sent anywhere else.

use nato_ip4_types::contract::{CARD_EVENT, VIEW_EVENT};

/// The `detail` of an event: a plain object of string or boolean fields.
pub struct Detail<'a>(pub &'a [(&'static str, Value<'a>)]);

pub enum Value<'a> {
    Text(&'a str),
    Flag(bool),
}

pub fn card(host: &web_sys::Element, card: &'static str, open: bool) {
    dispatch(
        host,
        CARD_EVENT,
        &Detail(&[("card", Value::Text(card)), ("open", Value::Flag(open))]),
    );
}

pub fn view(host: &web_sys::Element, view: &'static str) {
    dispatch(host, VIEW_EVENT, &Detail(&[("view", Value::Text(view))]));
}

#[cfg(target_arch = "wasm32")]
impl serde::Serialize for Detail<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in self.0 {
            match value {
                Value::Text(text) => map.serialize_entry(key, text)?,
                Value::Flag(flag) => map.serialize_entry(key, flag)?,
            }
        }
        map.end()
    }
}

#[cfg(target_arch = "wasm32")]
fn dispatch(host: &web_sys::Element, name: &str, detail: &Detail) {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    let Ok(detail) = serde::Serialize::serialize(detail, &serializer) else {
        return;
    };
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn dispatch(_: &web_sys::Element, _: &str, _: &Detail) {}
