//! The explainer's build-time half: `data` checks `src/article.toml` against the article text
//! (every rule a function, every problem with file, line, column and field) and `map` draws
//! the locator map from Natural Earth, and `protocol` reads the names the wasm shares with the
//! JS (`static/protocol.js`). The widget's `build.rs` turns what they return into
//! the typed statics the wasm is compiled with; nothing here ships.

pub mod data;
pub mod map;
pub mod protocol;
