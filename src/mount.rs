//! The browser entry point: `mount(element, options)`, exported to JavaScript.

use crate::options::{OptionError, Options};
use crate::{Explainer, ExplainerProps};
use serde::Deserialize;
use std::cell::Cell;
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

thread_local! {
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
}

/// A value in the options object: only strings are meaningful.
#[derive(Deserialize)]
#[serde(untagged)]
enum OptionValue {
    Text(String),
    Other(serde::de::IgnoredAny),
}

/// A widget on the page, returned by [`mount`].
#[wasm_bindgen]
pub struct Mounted {
    handle: Option<AppHandle<Explainer>>,
}

#[wasm_bindgen]
impl Mounted {
    /// Removes the widget and its listeners from its element.
    pub fn unmount(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
    }
}

/// Shows the explainer in `element`. If the element holds the prerendered explainer, it is
/// hydrated in place; otherwise the explainer is rendered into it.
///
/// `options` is a plain object with any of `theme`, `view` and `card`. Problems are reported
/// on the console, one per option, and never thrown: the widget then uses the default.
#[wasm_bindgen]
pub fn mount(element: JsValue, options: JsValue) -> Option<Mounted> {
    let Ok(element) = element.dyn_into::<Element>() else {
        report("nato-ip4-explainer: mount(element, options) needs an element to render into");
        return None;
    };
    let options = read_options(options);
    let prerendered = element
        .first_element_child()
        .and_then(|root| root.get_attribute("data-instance"));
    let handle = match prerendered {
        Some(instance) => {
            let props = ExplainerProps {
                instance: instance.into(),
                options,
            };
            yew::Renderer::<Explainer>::with_root_and_props(element, props).hydrate()
        }
        None => {
            let n = MOUNTED.with(|count| {
                count.set(count.get() + 1);
                count.get()
            });
            let props = ExplainerProps {
                instance: format!("ip4-{n}").into(),
                options,
            };
            yew::Renderer::<Explainer>::with_root_and_props(element, props).render()
        }
    };
    Some(Mounted {
        handle: Some(handle),
    })
}

fn read_options(value: JsValue) -> Options {
    if value.is_undefined() || value.is_null() {
        return Options::default();
    }
    let pairs: BTreeMap<String, OptionValue> = match serde_wasm_bindgen::from_value(value) {
        Ok(pairs) => pairs,
        Err(_) => {
            report("nato-ip4-explainer: options must be a plain object; using the defaults");
            return Options::default();
        }
    };
    let (options, errors) = Options::from_pairs(pairs.iter().map(|(key, value)| {
        let text = match value {
            OptionValue::Text(text) => Some(text.as_str()),
            OptionValue::Other(_) => None,
        };
        (key.as_str(), text)
    }));
    errors
        .iter()
        .map(OptionError::to_string)
        .for_each(|e| report(&e));
    options
}

fn report(message: &str) {
    web_sys::console::error_1(&message.into());
}
