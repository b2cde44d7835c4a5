//! The panic hook Yew installs. A panic in the widget is a bug: say so on the console, once
//! per panic, in the widget's own words. Debug builds add the panic message and location.

use std::panic::PanicHookInfo;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console)]
    fn error(message: &str);
}

const MESSAGE: &str =
    "nato-ip4-explainer: the widget stopped on an internal error; the text stays readable.";

/// Reports a panic on the console.
pub fn hook(info: &PanicHookInfo) {
    if cfg!(debug_assertions) {
        error(&format!("{MESSAGE} {info}"));
    } else {
        let _ = info;
        error(MESSAGE);
    }
}

/// Installs [`hook`] as the panic hook (the original crate's API).
pub fn set_once() {
    std::panic::set_hook(Box::new(hook));
}
