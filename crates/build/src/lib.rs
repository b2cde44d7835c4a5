//! The explainer's build-time half: `data` checks `src/article.toml` against the article text
//! (every rule a function, every problem with file, line, column and field), `map` draws the
//! locator map from Natural Earth, and `contract` writes the names and values the scripts and
//! tests share with the wasm (`static/contract.js`). The widget's `build.rs` calls `script`,
//! which turns what they return into the typed statics the wasm is compiled with; nothing
//! here ships.

pub mod contract;
pub mod data;
pub mod map;
pub mod script;
