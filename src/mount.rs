//! The browser entry point: `mount(element, options)`, exported to JavaScript.

use crate::options::{OptionError, Options};
use crate::{Explainer, ExplainerProps};
use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::cell::Cell;
use std::fmt;
use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

thread_local! {
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
}

/// The options object as its keys and string values, in the order given; a value that is
/// not a string is kept as `None` so that it can be reported by its key.
struct OptionPairs(Vec<(String, Option<String>)>);

/// A value that is a string, or anything else (read and dropped, never an error).
struct MaybeText(Option<String>);

impl<'de> Deserialize<'de> for OptionPairs {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Pairs;
        impl<'de> Visitor<'de> for Pairs {
            type Value = OptionPairs;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a plain object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OptionPairs, A::Error> {
                let mut pairs = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    pairs.push((key, map.next_value::<MaybeText>()?.0));
                }
                Ok(OptionPairs(pairs))
            }
        }
        deserializer.deserialize_map(Pairs)
    }
}

impl<'de> Deserialize<'de> for MaybeText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Text;
        impl<'de> Visitor<'de> for Text {
            type Value = MaybeText;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E>(self, text: &str) -> Result<MaybeText, E> {
                Ok(MaybeText(Some(text.to_owned())))
            }
            fn visit_bool<E>(self, _: bool) -> Result<MaybeText, E> {
                Ok(MaybeText(None))
            }
            fn visit_i64<E>(self, _: i64) -> Result<MaybeText, E> {
                Ok(MaybeText(None))
            }
            fn visit_u64<E>(self, _: u64) -> Result<MaybeText, E> {
                Ok(MaybeText(None))
            }
            fn visit_f64<E>(self, _: f64) -> Result<MaybeText, E> {
                Ok(MaybeText(None))
            }
            fn visit_unit<E>(self) -> Result<MaybeText, E> {
                Ok(MaybeText(None))
            }
            fn visit_none<E>(self) -> Result<MaybeText, E> {
                Ok(MaybeText(None))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<MaybeText, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(MaybeText(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<MaybeText, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(MaybeText(None))
            }
        }
        deserializer.deserialize_any(Text)
    }
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
    let Ok(OptionPairs(pairs)) = serde_wasm_bindgen::from_value(value) else {
        report("nato-ip4-explainer: options must be a plain object; using the defaults");
        return Options::default();
    };
    let (options, errors) = Options::from_pairs(
        pairs
            .iter()
            .map(|(key, value)| (key.as_str(), value.as_deref())),
    );
    errors
        .iter()
        .map(OptionError::to_string)
        .for_each(|e| report(&e));
    options
}

fn report(message: &str) {
    web_sys::console::error_1(&message.into());
}
