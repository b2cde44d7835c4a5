//! An embeddable explainer of one news article: NATO's four joint initiatives with its
//! Indo-Pacific partners, as cards a reader can open.
//!
//! Data flows one way: `src/article.toml` is checked and turned into typed static data at
//! build time ([`data`]); the components render it; the reader's actions change one state
//! ([`state`]).

pub mod components;
pub mod data;
pub mod deep_link;
pub mod events;
pub mod hooks;
pub mod options;
pub mod state;
pub mod theme;
pub mod view;
pub mod window;

#[cfg(target_arch = "wasm32")]
pub mod mount;

pub use components::explainer::{Explainer, ExplainerProps};

/// The release (the workspace's version), as the pages and the WordPress plugin name it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
