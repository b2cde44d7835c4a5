//! The browser entry point: `mount(element, options)`, exported to JavaScript.

use crate::hooks::Updates;
use crate::options::Options;
use crate::{Explainer, ExplainerProps};
use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

/// A widget on the page, returned by [`mount`].
#[wasm_bindgen]
pub struct Mounted {
    handle: Option<AppHandle<Explainer>>,
    updates: Updates,
}

#[wasm_bindgen]
impl Mounted {
    /// Applies options to the running widget, as `mount` reads them: only those given, each
    /// bad one reported on the console and left as it was.
    pub fn update(&mut self, options: JsValue) {
        if self.handle.is_some() {
            self.updates.send(read_options(&options));
        }
    }

    /// Removes the widget and its listeners from its element.
    pub fn unmount(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

/// Renders the explainer into `element`, replacing what it held, but for a map drawing
/// (`svg.ip4-map-svg`) it holds: that is kept and shown in the map.
///
/// `options` is a plain object with any of `theme`, `view` and `card` (static/start.js makes
/// it one of whatever the host page gave). Problems are reported on the console, one per
/// option, and never thrown: the widget then uses the default. `instance` is a number no other
/// widget on the page has (start.js counts them across deployments), for its DOM ids.
#[wasm_bindgen]
pub fn mount(element: JsValue, options: JsValue, instance: u32) -> Option<Mounted> {
    let Ok(element) = element.dyn_into::<Element>() else {
        report("nato-ip4-explainer: mount(element, options) needs an element to render into");
        return None;
    };
    let instance = instance_id(instance);
    // A map drawing in the element (the pages' and the element's prerendered one) is kept.
    let map = element.query_selector("svg.ip4-map-svg").ok().flatten();
    let updates = Updates::default();
    let props = ExplainerProps {
        instance: instance.into(),
        options: read_options(&options),
        map,
        updates: updates.clone(),
    };
    let handle = yew::Renderer::<Explainer>::with_root_and_props(element, props).render();
    Some(Mounted {
        handle: Some(handle),
        updates,
    })
}

/// `ip4-<n>`, the prefix of the ids of the `n`th widget on the page. Written digit by digit:
/// `to_string` would bring Rust's formatting machinery into the wasm for one number.
fn instance_id(mut n: u32) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits.reverse();
    let mut id = String::from("ip4-");
    id.extend(digits.into_iter().map(char::from));
    id
}

/// Reads the options object key by key: only its own enumerable keys, and only string
/// values are usable. Nothing here can throw into the page.
fn read_options(value: &JsValue) -> Options {
    if value.is_undefined() || value.is_null() {
        return Options::default();
    }
    if !value.is_object() || js_sys::Array::is_array(value) {
        report("nato-ip4-explainer: options must be a plain object; using the defaults");
        return Options::default();
    }
    let keys = Object::keys(value.unchecked_ref::<Object>());
    let pairs: Vec<(String, Option<String>)> = keys
        .iter()
        .filter_map(|key| {
            let value = Reflect::get(value, &key).ok()?;
            Some((key.as_string()?, value.as_string()))
        })
        .collect();
    let (options, errors) = Options::from_pairs(
        pairs
            .iter()
            .map(|(key, value)| (key.as_str(), value.as_deref())),
    );
    for error in &errors {
        report(&error.message);
    }
    options
}

fn report(message: &str) {
    web_sys::console::error_1(&message.into());
}

#[cfg(test)]
mod tests {
    use super::instance_id;
    use wasm_bindgen_test::*;

    #[wasm_bindgen_test]
    fn instance_ids_are_written_in_decimal() {
        assert_eq!(instance_id(1), "ip4-1");
        assert_eq!(instance_id(10), "ip4-10");
        assert_eq!(instance_id(21), "ip4-21");
        assert_eq!(instance_id(u32::MAX), "ip4-4294967295");
    }
}
